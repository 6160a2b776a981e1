#include "cli/app.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Exception.h>
#include <fmt/format.h>

#include "cli/commands/commands.hpp"
#include "cli/commands/complete.hpp"
#include "cli/config.hpp"
#include "cli/help.hpp"
#include "cli/output/chart.hpp"
#include "cli/i18n.hpp"
#include "cli/output/text.hpp"
#include "microask/actions.hpp"
#include "microask/errors.hpp"
#include "microask/journal.hpp"
#include "microask/text.hpp"

namespace microask::cli {
namespace {

constexpr std::array<Command, 8> command_list{{
    {"idea", N_("what to ask next: an idea of the catalogue at your level on the ladder, with the command to plan it"),
     N_("microask idea\n"
        "  microask idea --setting work --level 2\n"
        "  microask idea --plan           (save it as planned)\n"
        "  microask idea --list --lang fr"),
     idea::setup},
    {"plan", N_("check a request against the three criteria; save it when it is a micro-request"),
     N_("microask plan \"Ask the barista for a glass of water\"\n"
        "  microask plan --check --json \"Demander au voisin de garder mon colis demain\"\n"
        "  microask plan                  (list planned requests)"),
     plan::setup},
    {"ask", N_("pick the request to make now and record what you expect"),
     N_("microask ask --expect-stress 6 --expect no\n"
        "  microask ask --quiet           (only the text, for reminders)"),
     ask::setup},
    {"log", N_("record what happened right after a request, or list entries"),
     N_("microask log 3 --stress 5 --response no --note \"she said maybe next week\"\n"
        "  microask log \"Asked the baker to slice the bread\" -s 2 -r yes\n"
        "  microask log -n 10 --json      (list entries)"),
     log::setup},
    {"stats", N_("the weeks in review: requests made, answers, felt against expected stress, goal and streak"),
     N_("microask stats --weeks 12\n"
        "  microask stats --all --json"),
     stats::setup},
    {"undo", N_("take back the last change: a request planned, asked or dropped, an entry logged, edited or deleted"),
     N_("microask undo\n"
        "  microask log --edit 12 --stress 4   (change an entry)\n"
        "  microask log --delete 12            (delete one)"),
     undo::setup},
    {"goal", N_("set or show the weekly goal: how many requests you mean to make each week"),
     N_("microask goal 3\n"
        "  microask goal           (show it)\n"
        "  microask goal --clear"),
     goal::setup},
    {"help", N_("show the help of microask or of one subcommand (the same as SUBCOMMAND --help)"),
     N_("microask help log\n"
        "  man microask            (the manual)"),
     help::setup},
}};

// The subcommand whose --help was asked for (the innermost one selected), else the root.
const CLI::App& asked_for(const CLI::App& app) {
  for (const auto* sub : app.get_subcommands())
    if (sub->parsed()) return asked_for(*sub);
  return app;
}

// One line, whatever CLI11 wrote.
std::string one_line(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

// Reads `text` against `pattern`, where each `{}` stands for some text (at least one
// character) up to the first following occurrence of the next literal part, the last one up
// to the end: the captured texts, or nullopt when the text does not read so.
std::optional<std::vector<std::string>> read_back(std::string_view text, std::string_view pattern) {
  std::vector<std::string_view> literals;
  for (std::size_t from = 0;;) {
    const auto at = pattern.find("{}", from);
    literals.push_back(pattern.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
    if (at == std::string_view::npos) break;
    from = at + 2;
  }
  if (text.substr(0, literals[0].size()) != literals[0]) return std::nullopt;
  std::size_t pos = literals[0].size();
  std::vector<std::string> captures;
  for (std::size_t i = 1; i < literals.size(); ++i) {
    const bool last = i + 1 == literals.size();
    const auto end = last ? (text.size() >= literals[i].size() && text.ends_with(literals[i])
                                 ? text.size() - literals[i].size()
                                 : std::string_view::npos)
                          : text.find(literals[i], pos + 1);
    if (end == std::string_view::npos || end <= pos) return std::nullopt;
    captures.emplace_back(text.substr(pos, end - pos));
    pos = end + literals[i].size();
  }
  if (pos != text.size()) return std::nullopt;
  return captures;
}

// What a mistyped word most likely meant: an option of the subcommand being parsed (or a
// global one) for a word that starts with '-', else a subcommand's name.
std::optional<std::string> did_you_mean(const std::string& word, const CLI::App& app) {
  const CLI::App* command = &app;
  for (const auto* sub : app.get_subcommands())
    if (!sub->get_group().empty()) command = sub;
  std::vector<std::string> names;
  if (word.starts_with("-")) {
    const std::string typed = word.substr(0, word.find('='));
    for (const auto* owner : {command, &app})
      for (const auto* o : owner->get_options()) {
        for (const auto& l : o->get_lnames()) names.push_back("--" + l);
      }
    return closest(typed, names);
  }
  if (command != &app) return std::nullopt;  // a subcommand's argument, not a subcommand
  for (const auto* sub : app.get_subcommands([](const CLI::App* a) { return !a->get_group().empty(); }))
    names.push_back(sub->get_name());
  return closest(word, names);
}

// A CLI11 parse error in the language of the messages, naming the offending argument(s) as
// typed, with where to look next. CLI11 builds its messages in English from fixed phrases:
// the arguments are read back from them (extra arguments from the app, which keeps them
// whole). An error not recognised here keeps CLI11's text.
std::string parse_error_text(const CLI::ParseError& e, const CLI::App& app) {
  const std::string what = one_line(e.what());
  std::vector<std::string> v;
  const auto reads = [&](std::string_view pattern) {
    auto captures = read_back(what, pattern);
    if (captures) v = std::move(*captures);
    return captures.has_value();
  };
  const auto say = [](const char* msgid, const auto&... args) { return fmt::format(fmt::runtime(tr(msgid)), args...); };
  std::string text;
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    const auto extras = app.remaining(true);
    std::string shown;
    for (const auto& a : extras) shown += (shown.empty() ? "" : " ") + a;
    if (shown.empty() && (reads("The following argument was not expected: {}") ||
                          reads("The following arguments were not expected: {}")))
      shown = v[0];
    text = fmt::format(fmt::runtime(ngettext("unexpected argument: {}", "unexpected arguments: {}",
                                             static_cast<unsigned long>(std::max<std::size_t>(extras.size(), 1)))),
                       shown);
    if (const auto hint = did_you_mean(extras.empty() ? shown : extras.front(), app))
      text += fmt::format(fmt::runtime(_("; did you mean '{}'?")), *hint);
  } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    if (reads("{}: {} required {} missing"))
      // Translators: an option and the kind of value it takes (N, PATH, 0-10...).
      text = say(N_("{} needs a value ({})"), v[0], v[2]);
    else if (reads("{}: At Most {} required but received {}"))
      text = say(N_("{} is given {} times; give it once"), v[0], v[2]);
  } else if (dynamic_cast<const CLI::ExcludesError*>(&e)) {
    // Translators: two options that cannot be used together.
    if (reads("{} excludes {}")) text = say(N_("{} excludes {}"), v[0], v[1]);
  } else if (dynamic_cast<const CLI::RequiresError*>(&e)) {
    if (reads("{} requires {}")) text = say(N_("{} requires {}"), v[0], v[1]);
  } else if (dynamic_cast<const CLI::RequiredError*>(&e)) {
    if (reads("{} is required")) text = say(N_("{} is required"), v[0]);
  } else if (dynamic_cast<const CLI::ConversionError*>(&e)) {
    if (reads("Could not convert: {} = {}"))
      text = say(N_("{}: '{}' is not a valid value"), v[0], v[1]);
    else if (reads("The value {} is not an allowed value for {}"))
      text = say(N_("{}: '{}' is not a valid value"), v[1], v[0]);
    else if (reads("{}: too many inputs for a flag") || reads("{}: Should be true/false or a number"))
      text = say(N_("{} takes no value"), v[0]);
  }
  if (text.empty()) text = what;
  for (const auto* sub : app.get_subcommands())
    if (!sub->get_group().empty())
      return text + " " + fmt::format(fmt::runtime(_("(see 'microask {} --help')")), sub->get_name());
  return text + " " + _("(see 'microask --help')");
}

// The journal `need` calls for, opened once; nullopt for none.
std::optional<Journal> open_journal(JournalNeed need, const Context& ctx, const GlobalOptions& g) {
  if (need == JournalNeed::none) return std::nullopt;
  const auto path = journal_location(ctx, g);
  std::optional<Journal> journal;
  switch (need) {
    case JournalNeed::none: break;
    case JournalNeed::hint:
      try {
        journal = Journal::open_for_read(path);
      } catch (const journal_error&) {
      }
      break;
    case JournalNeed::read: journal = Journal::open_for_read(path); break;
    case JournalNeed::write_existing: journal = Journal::open_existing_for_write(path); break;
    case JournalNeed::write: journal = Journal::open_for_write(path); break;
  }
  if (!journal) journal = Journal::empty();  // no file yet: nothing to read, nothing created
  return journal;
}

// Parsed: the subcommand's two steps, with its journal opened in between.
exit_status run_command(const Handler& h, Context& ctx, const GlobalOptions& g) {
  const JournalNeed need = h.prepare(ctx, g);
  auto journal = open_journal(need, ctx, g);
  return h.run(ctx, g, journal ? &*journal : nullptr);
}

}  // namespace

std::span<const Command> commands() { return command_list; }

int run_app(int argc, const char* const* argv, Context& ctx) {
  CLI::App app{_("microask: a journal for micro-requests. Confidence in asking grows by doing: "
                 "plan a small request, make it, log what happened, watch the weeks add up."),
               "microask"};
  app.formatter(help_formatter(static_cast<std::size_t>(chart_width(ctx))));  // before the subcommands, which copy it
  app.option_defaults()->group(_("Options"));
  app.set_help_flag("-h,--help", _("print this help and exit"));
  app.set_version_flag("--version", "microask " MICROASK_VERSION, _("print the version and exit"));
  app.fallthrough();  // global options may follow the subcommand
  app.footer(_("Exit status: 0 success; 1 a negative answer (not a micro-request, nothing to ask); "
               "2 usage or bad input; 3 the journal cannot be used; 130 interrupted (Ctrl-C), 143 stopped (SIGTERM).\n"
               "Journal: --db PATH, else $MICROASK_DB, else $XDG_DATA_HOME/microask/journal.db, "
               "else ~/.local/share/microask/journal.db.\n"
               "Run 'microask SUBCOMMAND --help' for a subcommand's options and examples."));

  GlobalOptions g;
  app.add_option("--db", g.db, _("the journal file (the last one given wins)"))
      ->type_name(_("PATH"))
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  auto* color = app.add_option("--color", g.color, _("colour: auto (only on a terminal, never with NO_COLOR), always, never"))
                    ->type_name("auto|always|never");

  struct Parsed {
    CLI::App* sub;
    Handler handler;
  };
  std::vector<Parsed> subs;
  for (const auto& c : commands()) {
    auto* sub = app.add_subcommand(c.name, tr(c.summary));
    sub->group(_("Subcommands"));
    sub->footer(std::string(_("Example:")) + "\n  " + tr(c.example));
    subs.push_back({sub, c.setup(*sub)});
  }
  auto* completer = app.add_subcommand(complete::name);  // hidden; called by completions/
  subs.push_back({completer, complete::setup(*completer)});
  auto* manual = app.add_subcommand("__man");  // hidden; called by the build (man/microask.1)
  subs.push_back({manual, man::setup(*manual)});

  const Style plain_style = style_for(ctx, g);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    ctx.out << help_text(asked_for(app));
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    ctx.out << help_text(asked_for(app));
    return 0;
  } catch (const CLI::CallForVersion& e) {
    ctx.out << e.what() << '\n';
    return 0;
  } catch (const CLI::ParseError& e) {
    print_error(ctx.err, plain_style, parse_error_text(e, app));
    return static_cast<int>(exit_status::usage);
  }

  try {
    // Parsed: the configuration file's defaults, for what the command line left out. Not for
    // the hidden commands: completion must answer whatever the file holds, and the manual is
    // the same on every machine.
    const bool hidden = completer->parsed() || manual->parsed();
    if (!hidden) g.settings = read_settings(ctx);
    if (color->count() == 0 && g.settings.color) g.color = *g.settings.color;
  } catch (const usage_error& e) {
    print_error(ctx.err, plain_style, one_line(translate(e.message())));
    return static_cast<int>(exit_status::usage);
  }
  const Style style = style_for(ctx, g);
  try {
    if (g.color != "auto" && g.color != "always" && g.color != "never")
      throw usage_error(fmt::format(fmt::runtime(_("--color: '{}' is not a choice; use auto, always or never")),
                                    g.color));
    for (auto& [sub, handler] : subs)
      if (sub->parsed()) return static_cast<int>(run_command(handler, ctx, g));
    ctx.out << help_text(app);
    return 0;
  } catch (const several_waiting& e) {
    print_error(ctx.err, style, one_line(several_waiting_text(e)));
    return static_cast<int>(exit_status::usage);
  } catch (const usage_error& e) {
    print_error(ctx.err, style, one_line(translate(e.message())));
    return static_cast<int>(exit_status::usage);
  } catch (const journal_error& e) {
    print_error(ctx.err, style, one_line(translate(e.message())));
    return static_cast<int>(exit_status::journal);
  } catch (const SQLite::Exception& e) {
    print_error(ctx.err, style, one_line(fmt::format(fmt::runtime(_("the journal cannot be used: {}")), e.what())));
    return static_cast<int>(exit_status::journal);
  } catch (const std::exception& e) {
    print_error(ctx.err, style, one_line(fmt::format(fmt::runtime(_("unexpected error: {}")), e.what())));
    return static_cast<int>(exit_status::journal);
  }
}

}  // namespace microask::cli
