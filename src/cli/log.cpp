// microask log: append what happened right after a request; with no entry options, list
// recent entries.
#include <sys/stat.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/i18n.hpp"
#include "cli/input.hpp"
#include "cli/files.hpp"
#include "cli/render.hpp"
#include "microask/criteria.hpp"
#include "microask/journal.hpp"
#include "microask/text.hpp"

namespace microask::cli::log {
namespace {

struct Options {
  std::vector<std::string> target;  // an id, or the text of an ad-hoc request
  std::optional<std::string> stress, response, note, at;
  std::optional<std::string> limit, since;
  bool json = false, csv = false;
  std::optional<std::string> edit, remove;  // entry ids
  std::optional<std::string> export_to, import_from;
  bool yes = false;
};

bool appends(const Options& o) {
  return !o.target.empty() || o.stress || o.response || o.note || o.at;
}

std::string join(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
  return text;
}

// A lone number, signed too: "-5" is a mistaken id (refused by parse_id), not the text of
// a request made without planning.
bool is_id(const std::vector<std::string>& words) {
  if (words.size() != 1) return false;
  const std::string_view w = words[0];
  const auto digits = w.substr(!w.empty() && (w[0] == '-' || w[0] == '+') ? 1 : 0);
  return !digits.empty() && digits.find_first_not_of("0123456789") == std::string_view::npos;
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

std::string list_requests(const std::vector<Request>& rs) {
  std::string s;
  for (const auto& r : rs)
    s += fmt::format("{}#{} {}", s.empty() ? "" : ", ", r.id, in_quotes(truncate_to_width(shown(r.text), 30)));
  return s;
}

exit_status run_append(const Options& o, Context& ctx, const GlobalOptions& g) {
  // Validate everything before touching the journal.
  const auto now = ctx.now();
  std::optional<std::int64_t> id;
  std::optional<std::string> adhoc;
  if (is_id(o.target))
    id = parse_id(o.target[0], _("request id"));
  else if (!o.target.empty())
    adhoc = require_text(join(o.target));
  NewEntry e;
  e.asked_at = o.at ? parse_at(*o.at, now, *ctx.zone) : now;
  if (o.note) e.note = require_short_text(*o.note, "--note", max_note_chars);
  const auto path = journal_location(ctx, g);

  if (!id && !adhoc) {  // the one request waiting in state `asked`
    auto reader = Journal::open_for_read(path);
    const auto asked = reader ? reader->requests_with_status(Status::asked) : std::vector<Request>{};
    if (asked.empty())
      throw usage_error(_("no request is waiting to be logged; give its id (see 'microask plan') "
                          "or the text of a request made without planning"));
    if (asked.size() > 1)
      throw usage_error(fmt::format(fmt::runtime(_("several requests are waiting to be logged: {}; give one id")),
                                    list_requests(asked)));
    id = asked.front().id;
  }
  e.stress = value_or_prompt<int>(o.stress, ctx, "--stress", _("Stress felt (0 calm .. 10 worst)?"),
                                  _("a whole number from 0 to 10"), parse_stress);
  e.response = value_or_prompt<Response>(o.response, ctx, "--response", _("Response (yes / no / discussion)?"),
                                         _("yes, no or discussion"), parse_response_arg);

  std::optional<Entry> logged;
  if (id) {
    // Refuse an unknown id without creating a journal. A stat, not a reader's connection:
    // that one created the -wal and -shm only for the writer to redo it (tests/bench), and
    // the writer's own checks refuse whatever a reader would have refused.
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 && errno == ENOENT)
      throw usage_error(fmt::format(fmt::runtime(_("no request with id {}")), *id));
    logged = Journal::open_for_write(path).add_entry(*id, e);
  } else {
    const auto a = assess(*adhoc);
    NewRequest r;
    r.text = *adhoc;
    r.lang = a.lang;
    r.concrete = {a.concrete.verdict, reasons_to_json(a.concrete.reasons)};
    r.reversible = {a.reversible.verdict, reasons_to_json(a.reversible.reasons)};
    r.low_cost = {a.low_cost.verdict, reasons_to_json(a.low_cost.reasons)};
    r.status = Status::done;
    r.created = e.asked_at;
    logged = Journal::open_for_write(path).add_adhoc_entry(r, e);
  }
  if (o.json)
    write_json(ctx.out, entry_json(*logged));
  else
    render_logged(ctx.out, style_for(ctx, g), *logged);
  return exit_status::success;
}

exit_status run_list(const Options& o, Context& ctx, const GlobalOptions& g) {
  const auto limit = o.limit ? parse_count(*o.limit, "-n", 1'000'000'000) : 20;
  std::optional<std::int64_t> since;
  if (o.since) since = parse_since(*o.since, ctx.now(), *ctx.zone).utc;
  std::vector<Entry> entries;
  if (auto journal = Journal::open_for_read(journal_location(ctx, g)))
    entries = journal->recent_entries(limit, since);
  if (o.json)
    write_json(ctx.out, entries_json(entries));
  else if (o.csv)
    render_entries_csv(ctx.out, entries);
  else
    render_entries(ctx.out, style_for(ctx, g), entries);
  return exit_status::success;
}

exit_status run_edit(const Options& o, Context& ctx, const GlobalOptions& g) {
  const auto id = parse_id(*o.edit, "--edit");
  EntryEdit edit;
  if (o.stress) edit.stress = parse_stress(*o.stress, "--stress");
  if (o.response) edit.response = parse_response_arg(*o.response, "--response");
  if (o.at) edit.asked_at = parse_at(*o.at, ctx.now(), *ctx.zone);
  if (o.note) edit.note = o.note->empty() ? std::nullopt : std::optional(require_short_text(*o.note, "--note", max_note_chars));
  if (!edit.stress && !edit.response && !edit.asked_at && !edit.note)
    throw usage_error(_("--edit needs what to change: --stress, --response, --note (\"\" clears it) or --at"));
  const auto path = journal_location(ctx, g);
  if (!Journal::open_for_read(path))
    throw usage_error(fmt::format(fmt::runtime(_("no entry with id {}")), id));
  const auto e = Journal::open_for_write(path).edit_entry(id, edit);
  if (o.json)
    write_json(ctx.out, entry_json(e));
  else
    ctx.out << fmt::format(fmt::runtime(_("Edited entry #{}: {}")), e.id, entry_summary(e)) << '\n';
  return exit_status::success;
}

exit_status run_delete(const Options& o, Context& ctx, const GlobalOptions& g) {
  const auto id = parse_id(*o.remove, "--delete");
  const auto path = journal_location(ctx, g);
  std::optional<Entry> entry;
  if (auto reader = Journal::open_for_read(path)) entry = reader->find_entry(id);
  if (!entry) throw usage_error(fmt::format(fmt::runtime(_("no entry with id {}")), id));
  if (ctx.stdin_is_terminal && !o.yes) {
    const auto sure = ask_yes_no(ctx, fmt::format(fmt::runtime(_("Delete entry #{} ({})?")), id, entry_summary(*entry)));
    if (!sure || !*sure) {
      ctx.err << _("Nothing deleted.") << '\n';
      return exit_status::negative;
    }
  }
  const auto e = Journal::open_for_write(path).delete_entry(id);
  if (o.json)
    write_json(ctx.out, entry_json(e));
  else
    ctx.out << fmt::format(fmt::runtime(_("Deleted entry #{}: {} (microask undo brings it back)")), e.id,
                           entry_summary(e))
            << '\n';
  return exit_status::success;
}

exit_status run_export(const Options& o, Context& ctx, const GlobalOptions& g) {
  const auto reader = Journal::open_for_read(journal_location(ctx, g));
  if (*o.export_to == "-") {
    if (reader) reader->export_jsonl(ctx.out);
    return exit_status::success;
  }
  write_atomically(*o.export_to, [&](std::ostream& out) {
    if (reader) reader->export_jsonl(out);
  });
  ctx.err << fmt::format(fmt::runtime(_("Exported the journal to {}")), shown(*o.export_to)) << '\n';
  return exit_status::success;
}

exit_status run_import(const Options& o, Context& ctx, const GlobalOptions& g) {
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
  const auto r = Journal::open_for_write(journal_location(ctx, g)).import_jsonl(*in);
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

exit_status run(const Options& o, Context& ctx, const GlobalOptions& g) {
  if (o.export_to) return run_export(o, ctx, g);
  if (o.import_from) return run_import(o, ctx, g);
  if (o.remove) return run_delete(o, ctx, g);
  if (o.edit) return run_edit(o, ctx, g);
  if (appends(o)) {
    if (o.limit || o.since || o.csv)
      throw usage_error(_("-n, --since and --csv list entries; they do not go with logging one"));
    return run_append(o, ctx, g);
  }
  return run_list(o, ctx, g);
}

}  // namespace

Run setup(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  sub.add_option("request", o->target, _("the request's id, or the text of a request made without planning"))
      ->type_name(_("ID|TEXT"));
  const std::string entry = _("Log what happened");
  sub.add_option("-s,--stress", o->stress, _("the stress you felt, 0 (calm) to 10 (worst)"))->type_name("0-10")->group(entry);
  sub.add_option("-r,--response", o->response, _("the answer you got"))->type_name("yes|no|discussion")->group(entry);
  sub.add_option("--note", o->note, _("a note on what happened"))->type_name(_("TEXT"))->group(entry);
  sub.add_option("--at", o->at, _("when you asked: YYYY-MM-DD, 'YYYY-MM-DD HH:MM', HH:MM, ISO 8601, today, yesterday (default: now)"))
      ->type_name(_("WHEN"))
      ->group(entry);
  const std::string list = _("List entries (no request given)");
  sub.add_option("-n", o->limit, _("how many entries (default 20)"))->type_name("N")->group(list);
  sub.add_option("--since", o->since, _("entries from this date or time on"))->type_name(_("WHEN"))->group(list);
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
  return [o](Context& ctx, const GlobalOptions& g) { return run(*o, ctx, g); };
}

}  // namespace microask::cli::log
