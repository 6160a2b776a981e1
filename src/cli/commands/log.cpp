// microask log: append what happened right after a request; with no entry options, list
// recent entries. Also corrects entries and backs the journal up.
#include <filesystem>
#include <fstream>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands/commands.hpp"
#include "cli/files.hpp"
#include "cli/i18n.hpp"
#include "cli/input.hpp"
#include "cli/output/data.hpp"
#include "cli/output/text.hpp"
#include "microask/actions.hpp"
#include "microask/text.hpp"

namespace microask::cli::log {
namespace {

struct Options {
  std::vector<std::string> target;  // an id, or the text of an ad-hoc request
  std::optional<std::string> stress, response, note, lesson, at;
  std::optional<std::string> limit, since, grep, to;
  bool all = false, json = false, csv = false;
  std::optional<std::string> edit, remove;  // entry ids
  std::optional<std::string> export_to, import_from;
  bool yes = false;
};

enum class Mode { append, list, edit, remove, export_to, import_from };

// What prepare() found, for run().
struct Prepared {
  Mode mode = Mode::list;
  std::optional<std::int64_t> request_id;  // append: the id given
  std::optional<std::string> adhoc;        // append: the text of a request made without planning
  std::optional<std::string> to;           // append ad hoc: whom it was asked of
  NewEntry entry;                          // append: what was given (stress and response may be asked)
  std::int64_t entry_id = 0;               // edit, remove
  EntryEdit edit;
  std::optional<std::int64_t> limit;  // list: none shows every entry that matches
  EntryFilter filter;
  bool offer_waiting = false;  // list on a terminal: offer to log the request waiting
};

// The terminal listing shows the last ones unless asked for more (and says so): 20, or the
// configuration file's `list`.
constexpr std::int64_t listed_by_default = 20;

bool appends(const Options& o) {
  return !o.target.empty() || o.stress || o.response || o.note || o.lesson || o.at;
}

bool lists_with_options(const Options& o) { return o.limit || o.since || o.all || o.json || o.csv || o.grep || o.to; }

// A lone number, signed too: "-5" is a mistaken id (refused by parse_id), not the text of
// a request made without planning.
bool is_id(const std::vector<std::string>& words) {
  if (words.size() != 1) return false;
  const std::string_view w = words[0];
  const auto digits = w.substr(!w.empty() && (w[0] == '-' || w[0] == '+') ? 1 : 0);
  return !digits.empty() && digits.find_first_not_of("0123456789") == std::string_view::npos;
}

Mode mode_of(const Options& o) {
  if (o.export_to) return Mode::export_to;
  if (o.import_from) return Mode::import_from;
  if (o.remove) return Mode::remove;
  if (o.edit) return Mode::edit;
  if (appends(o)) {
    if (o.limit || o.since || o.csv || o.all || o.grep)
      throw usage_error(_("-n, --since, --all, --grep and --csv list entries; they do not go with logging one"));
    return Mode::append;
  }
  return Mode::list;
}

// A value from its option, or from a prompt on a terminal; a usage error otherwise.
template <typename T, typename Parse>
T value_or_prompt(const std::optional<std::string>& given, Context& ctx, const char* option,
                  const char* question, const char* accepted, Parse parse) {
  if (given) return parse(*given, option);
  if (!ctx.stdin_is_terminal)
    throw usage_error(fmt::format(fmt::runtime(_("missing {}: {}")), option, accepted));
  for (;;) {
    auto line = ask_line(ctx, question);
    if (!line) throw usage_error(fmt::format(fmt::runtime(_("missing {}: {}")), option, accepted));
    try {
      return parse(trim(*line), option);
    } catch (const usage_error& e) {
      ctx.err << translate(e.message()) << '\n';
    }
  }
}

// A text in which the checker finds no ask at all ("lsit", "1 2") is most likely a typo: it
// is refused (in a script), or logged only if the person says so (on a terminal, default no).
void refuse_typo(const std::string& text, Context& ctx) {
  if (reads_as_request(assess(text))) return;
  const auto refused = [&] {
    return usage_error(fmt::format(fmt::runtime(_("'{}' does not read as a request (no ask found); give the text of "
                                                  "the request you made, or its id (see 'microask plan')")),
                                   quote_input(text)));
  };
  if (!ctx.stdin_is_terminal) throw refused();
  const auto sure = ask_yes_no(
      ctx, fmt::format(fmt::runtime(_("\"{}\" does not read as a request. Log it anyway?")), shown(text)), false);
  if (!sure || !*sure) throw refused();
}

JournalNeed prepare_append(const Options& o, Prepared& p, Context& ctx) {
  const auto now = ctx.now();
  if (is_id(o.target))
    p.request_id = parse_id(o.target[0], _("request id"));
  else if (!o.target.empty())
    p.adhoc = require_text(join_words(o.target));
  p.entry.asked_at = o.at ? parse_at(*o.at, now, *ctx.zone) : now;
  if (o.note) p.entry.note = require_short_text(*o.note, "--note", max_note_chars);
  if (o.lesson) p.entry.lesson = require_line(*o.lesson, "--lesson", max_lesson_chars);
  if (o.stress) p.entry.stress = parse_stress(*o.stress, "--stress");
  if (o.response) p.entry.response = parse_response_arg(*o.response, "--response");
  if (o.to) {
    if (!p.adhoc) throw usage_error(_("--to names whom a request made without planning was asked of; a planned request has its own"));
    p.to = require_short_text(*o.to, "--to", max_addressee_chars);
  }
  if (p.adhoc) refuse_typo(*p.adhoc, ctx);  // last, every value checked; before any journal is made for it
  return p.adhoc ? JournalNeed::write : JournalNeed::write_existing;
}

JournalNeed prepare_edit(const Options& o, Prepared& p, Context& ctx) {
  p.entry_id = parse_id(*o.edit, "--edit");
  if (o.stress) p.edit.stress = parse_stress(*o.stress, "--stress");
  if (o.response) p.edit.response = parse_response_arg(*o.response, "--response");
  if (o.at) p.edit.asked_at = parse_at(*o.at, ctx.now(), *ctx.zone);
  if (o.note)
    p.edit.note = o.note->empty() ? std::nullopt : std::optional(require_short_text(*o.note, "--note", max_note_chars));
  if (o.lesson)
    p.edit.lesson = o.lesson->empty() ? std::nullopt : std::optional(require_line(*o.lesson, "--lesson", max_lesson_chars));
  if (!p.edit.stress && !p.edit.response && !p.edit.asked_at && !p.edit.note && !p.edit.lesson)
    throw usage_error(_("--edit needs what to change: --stress, --response, --note, --lesson (\"\" clears them) or --at"));
  return JournalNeed::write_existing;
}

JournalNeed prepare(const Options& o, Prepared& p, Context& ctx, const GlobalOptions& g) {
  p.mode = mode_of(o);
  switch (p.mode) {
    case Mode::append: return prepare_append(o, p, ctx);
    case Mode::edit: return prepare_edit(o, p, ctx);
    case Mode::remove: p.entry_id = parse_id(*o.remove, "--delete"); return JournalNeed::write_existing;
    case Mode::export_to: return JournalNeed::read;
    case Mode::import_from: return JournalNeed::write;
    case Mode::list:
      if (o.limit) p.limit = parse_count(*o.limit, "-n", 1'000'000'000);
      if (o.limit && o.all) throw usage_error(_("-n and --all both say how many entries; give one"));
      if (o.since) p.filter.since_utc = parse_since(*o.since, ctx.now(), *ctx.zone).utc;
      if (o.grep) p.filter.grep = require_short_text(*o.grep, "--grep", max_text_chars);
      if (o.to) p.filter.to = require_short_text(*o.to, "--to", max_addressee_chars);
      // No silent cut: data gets every entry that matches, and so does a listing by date;
      // only the plain listing for people is cut (and says how many it leaves out).
      if (!o.limit && !o.all && !o.since && !o.json && !o.csv) p.limit = g.settings.list.value_or(listed_by_default);
      p.offer_waiting = ctx.stdin_is_terminal && !lists_with_options(o);
      return p.offer_waiting ? JournalNeed::write_existing : JournalNeed::read;
  }
  return JournalNeed::read;
}

exit_status run_append(const Options& o, Prepared& p, Context& ctx, const GlobalOptions& g, Journal& journal) {
  // The request first (the one waiting, when none is named), then what was felt and got:
  // nobody types a stress to hear that nothing was waiting.
  if (!p.adhoc && !p.request_id) p.request_id = waiting_to_log(journal).id;
  p.entry.stress = value_or_prompt<int>(o.stress, ctx, "--stress", _("Stress felt (0 calm .. 10 worst)?"),
                                        _("a whole number from 0 to 10"), parse_stress);
  p.entry.response = value_or_prompt<Response>(o.response, ctx, "--response", _("Response (yes / no / discussion)?"),
                                               _("yes, no or discussion"), parse_response_arg);
  if (!o.lesson && ctx.stdin_is_terminal)
    if (auto line = ask_line(ctx, _("What did you learn (one line, Enter to skip)?")); line && !trim(*line).empty())
      p.entry.lesson = require_line(*line, "--lesson", max_lesson_chars);
  const Entry logged =
      p.adhoc ? log_unplanned(journal, *p.adhoc, p.to, p.entry) : log_planned(journal, p.request_id, p.entry);
  if (o.json)
    write_json(ctx.out, json(logged));
  else
    render_logged(ctx.out, style_for(ctx, g), logged);
  return exit_status::success;
}

exit_status run_list(const Options& o, Prepared& p, Context& ctx, const GlobalOptions& g, Journal& journal) {
  const auto found = journal.find_entries(p.filter, p.limit);
  if (o.json)
    write_json(ctx.out, json(found.entries));
  else if (o.csv)
    render_entries_csv(ctx.out, found.entries);
  else
    render_entries(ctx.out, style_for(ctx, g), found.entries, found.total);
  if (!p.offer_waiting) return exit_status::success;
  // On a terminal, the request asked and not yet logged is one question away.
  const auto waiting = journal.requests_with_status(Status::asked);
  if (waiting.size() != 1) return exit_status::success;
  const auto& r = waiting.front();
  const auto now = ask_yes_no(
      ctx, fmt::format(fmt::runtime(_("Request #{} {} is waiting to be logged. Log it now?")), r.id,
                       in_quotes(truncate_to_width(shown(r.text), 40))),
      false);
  if (!now || !*now) return exit_status::success;
  p.request_id = r.id;
  p.entry.asked_at = ctx.now();
  return run_append(o, p, ctx, g, journal);
}

exit_status run_edit(const Options& o, const Prepared& p, Context& ctx, Journal& journal) {
  const auto e = journal.edit_entry(p.entry_id, p.edit);
  if (o.json)
    write_json(ctx.out, json(e));
  else
    ctx.out << fmt::format(fmt::runtime(_("Edited entry {}: {}")), e.id, entry_summary(e)) << '\n';
  return exit_status::success;
}

exit_status run_delete(const Options& o, const Prepared& p, Context& ctx, Journal& journal) {
  const auto entry = journal.find_entry(p.entry_id);
  if (!entry) throw usage_error(fmt::format(fmt::runtime(_("no entry with id {}")), p.entry_id));
  if (ctx.stdin_is_terminal && !o.yes) {
    const auto sure =
        ask_yes_no(ctx, fmt::format(fmt::runtime(_("Delete entry {} ({})?")), p.entry_id, entry_summary(*entry)), false);
    if (!sure || !*sure) {
      ctx.err << _("Nothing deleted.") << '\n';
      return exit_status::negative;
    }
  }
  const auto e = journal.delete_entry(p.entry_id);
  if (o.json)
    write_json(ctx.out, json(e));
  else
    ctx.out << fmt::format(fmt::runtime(_("Deleted entry {}: {} (microask undo brings it back)")), e.id,
                           entry_summary(e))
            << '\n';
  return exit_status::success;
}

exit_status run_export(const Options& o, Context& ctx, Journal& journal) {
  if (*o.export_to == "-") {
    journal.export_jsonl(ctx.out);
    return exit_status::success;
  }
  write_file_atomically(*o.export_to, [&](std::ostream& out) { journal.export_jsonl(out); });
  ctx.err << fmt::format(fmt::runtime(_("Exported the journal to {}")), shown(*o.export_to)) << '\n';
  return exit_status::success;
}

exit_status run_import(const Options& o, Context& ctx, Journal& journal) {
  std::ifstream file;
  std::istream* in = &ctx.in;
  if (*o.import_from != "-") {
    if (std::error_code ec; std::filesystem::is_directory(*o.import_from, ec))
      throw usage_error(fmt::format(fmt::runtime(_("--import: cannot read '{}': it is a directory")),
                                    quote_input(*o.import_from)));
    file.open(*o.import_from, std::ios::binary);
    if (!file)
      throw usage_error(fmt::format(fmt::runtime(_("--import: cannot read '{}'")), quote_input(*o.import_from)));
    in = &file;
  }
  const auto r = journal.import_jsonl(*in);
  if (o.json)
    write_json(ctx.out, {{"requests_added", r.requests_added},
                         {"requests_skipped", r.requests_skipped},
                         {"entries_added", r.entries_added},
                         {"entries_skipped", r.entries_skipped}});
  else
    ctx.out << fmt::format(fmt::runtime(_("Imported {} requests and {} entries; {} requests and {} entries were already here.")),
                           r.requests_added, r.entries_added, r.requests_skipped, r.entries_skipped)
            << '\n';
  return exit_status::success;
}

exit_status run(const Options& o, Prepared& p, Context& ctx, const GlobalOptions& g, Journal& journal) {
  switch (p.mode) {
    case Mode::append: return run_append(o, p, ctx, g, journal);
    case Mode::list: return run_list(o, p, ctx, g, journal);
    case Mode::edit: return run_edit(o, p, ctx, journal);
    case Mode::remove: return run_delete(o, p, ctx, journal);
    case Mode::export_to: return run_export(o, ctx, journal);
    case Mode::import_from: return run_import(o, ctx, journal);
  }
  return exit_status::success;
}

}  // namespace

Handler setup(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  sub.add_option("request", o->target, _("the request's id, or the text of a request made without planning"))
      ->type_name(_("ID|TEXT"));
  const std::string entry = _("Log what happened");
  sub.add_option("-s,--stress", o->stress, _("the stress you felt, 0 (calm) to 10 (worst)"))->type_name("0-10")->group(entry);
  sub.add_option("-r,--response", o->response, _("the answer you got"))->type_name("yes|no|discussion")->group(entry);
  sub.add_option("--note", o->note, _("a note on what happened"))->type_name(_("TEXT"))->group(entry);
  sub.add_option("--lesson", o->lesson, _("what you learned, one line (asked on a terminal; Enter skips)"))
      ->type_name(_("TEXT"))
      ->group(entry);
  sub.add_option("--at", o->at, _("when you asked: YYYY-MM-DD, HH:MM, 6pm, monday, yesterday 18:00, 3 days ago, "
                                   "ISO 8601; a day alone is noon (default: now)"))
      ->type_name(_("WHEN"))
      ->group(entry);
  const std::string list = _("List entries (no request given)");
  sub.add_option("-n", o->limit, _("how many entries, newest first (default: the last 20 on screen, all in JSON, CSV and with --since)"))
      ->type_name("N")
      ->group(list);
  sub.add_flag("--all", o->all, _("every entry"))->group(list);
  sub.add_option("--grep", o->grep, _("entries whose request, note or lesson has this word (any case, any accent)"))
      ->type_name(_("WORD"))
      ->group(list);
  sub.add_option("--to", o->to, _("entries of requests made of this person; with a new request's text: whom you asked"))
      ->type_name(_("WHO"))
      ->group(list);
  sub.add_option("--since", o->since, _("entries from this day or time on (as --at; a day alone from its start)"))->type_name(_("WHEN"))->group(list);
  auto json = sub.add_flag("--json", o->json, _("print JSON"))->group(list);
  auto csv = sub.add_flag("--csv", o->csv, _("print CSV with a header"))->group(list);
  json->excludes(csv);
  const std::string correct = _("Correct an entry");
  auto edit = sub.add_option("--edit", o->edit, _("change an entry: give --stress, --response, --note or --at"))
                  ->type_name(_("ENTRY"))
                  ->group(correct);
  auto remove = sub.add_option("--delete", o->remove, _("delete an entry (asks first on a terminal)"))
                    ->type_name(_("ENTRY"))
                    ->group(correct);
  sub.add_flag("-y,--yes", o->yes, _("do not ask for confirmation"))->group(correct);
  const std::string backup = _("Back up and move");
  auto exp = sub.add_option("--export", o->export_to, _("write the whole journal as JSON Lines to FILE (- for standard output)"))
                 ->type_name(_("FILE"))
                 ->group(backup);
  auto imp = sub.add_option("--import", o->import_from, _("merge a JSON Lines export into the journal; entries already here are skipped"))
                 ->type_name(_("FILE"))
                 ->group(backup);
  edit->excludes(remove)->excludes(exp)->excludes(imp);
  remove->excludes(exp)->excludes(imp);
  exp->excludes(imp);
  auto p = std::make_shared<Prepared>();
  return {[o, p](Context& ctx, const GlobalOptions& g) { return prepare(*o, *p, ctx, g); },
          [o, p](Context& ctx, const GlobalOptions& g, Journal* j) { return run(*o, *p, ctx, g, *j); }};
}

}  // namespace microask::cli::log
