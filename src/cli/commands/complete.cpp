// microask __complete: see complete.hpp for the protocol and what is completed.
#include "cli/commands/complete.hpp"

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/i18n.hpp"
#include "microask/actions.hpp"
#include "microask/journal.hpp"
#include "microask/text.hpp"

namespace microask::cli::complete {
namespace {

struct Candidate {
  std::string value;
  std::string description;  // may be empty
};

// Values that no type name can tell: they come from the journal. Each row names a real
// option or positional (tests/e2e/complete_test.cpp checks every row gives ids).
enum class Ids { to_ask, to_log, planned, entries, ideas };
struct IdValues {
  const char* command;
  const char* option;  // as CLI::Option::check_name takes it: "--drop", or a positional's name
  Ids ids;
};
constexpr IdValues id_values[] = {
    {"ask", "id", Ids::to_ask},
    {"log", "request", Ids::to_log},
    {"plan", "--drop", Ids::planned},
    {"log", "--edit", Ids::entries},
    {"log", "--delete", Ids::entries},
    {"plan", "--idea", Ids::ideas},
};

constexpr std::size_t description_columns = 50;

bool visible(const CLI::App* app) { return !app->get_group().empty() && !app->get_name().empty(); }
bool visible(const CLI::Option* opt) { return !opt->get_group().empty(); }

bool takes_value(const CLI::Option* opt) { return opt->get_items_expected_max() > 0; }

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string one_line(std::string_view s) { return escape_controls(s); }

const CLI::App* visible_subcommand(const CLI::App& app, const std::string& word) {
  for (const auto* sub : app.get_subcommands([](const CLI::App* a) { return visible(a); }))
    if (sub->get_name() == word) return sub;
  return nullptr;
}

// The state of the command line before the word under the cursor, as CLI11 would parse it:
// the innermost subcommand, the options given, the positional words, --db.
struct Line {
  const CLI::App* root = nullptr;
  const CLI::App* command = nullptr;
  std::vector<const CLI::Option*> given;
  std::vector<const CLI::App*> used;  // subcommands named so far
  std::size_t positionals = 0;        // positional words given to `command`
  bool only_positionals = false;      // after "--"
  const CLI::Option* waiting = nullptr;  // an option whose value is the word under the cursor
  std::optional<std::string> db;

  // An option of the current subcommand, else a global one (the root app falls through).
  const CLI::Option* find(const std::string& name) const {
    for (const auto* app : {command, root}) {
      for (const auto* opt : app->get_options([](const CLI::Option* o) { return o->nonpositional(); }))
        if (opt->check_name(name)) return opt;
    }
    return nullptr;
  }

  void value_of(const CLI::Option* opt, const std::string& value) {
    if (opt->check_name("--db") && root->get_option_no_throw("--db") == opt) db = value;
  }
};

// A path as typed on a shell line: surrounding quotes and backslashes removed, a leading
// "~/" expanded. Enough for --db, which is only used to find the journal.
std::string unquote_path(const std::string& word, const Context& ctx) {
  std::string s;
  char quote = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (quote) {
      if (c == quote) quote = 0;
      else if (c == '\\' && quote == '"' && i + 1 < word.size()) s += word[++i];
      else s += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '\\' && i + 1 < word.size()) {
      s += word[++i];
    } else {
      s += c;
    }
  }
  if (s == "~" || starts_with(s, "~/")) {
    if (const char* home = ctx.getenv("HOME"); home && *home) s = std::string(home) + s.substr(1);
  }
  return s;
}

Line parse_line(const CLI::App& root, const std::vector<std::string>& before) {
  Line line;
  line.root = &root;
  line.command = &root;
  for (std::size_t i = 0; i < before.size(); ++i) {
    const std::string& w = before[i];
    // The value of the option in front, if any ("--db PATH", or bash's "--db" "=" "PATH").
    auto next_value = [&](const CLI::Option* opt) {
      if (i + 1 < before.size() && before[i + 1] == "=") ++i;
      if (i + 1 < before.size()) line.value_of(opt, before[++i]);
      else line.waiting = opt;
    };
    if (line.only_positionals) {
      ++line.positionals;
    } else if (w == "--") {
      line.only_positionals = true;
    } else if (w.size() > 2 && starts_with(w, "--")) {
      const auto eq = w.find('=');
      const auto* opt = line.find(w.substr(0, eq));
      if (!opt) continue;
      line.given.push_back(opt);
      if (!takes_value(opt)) continue;
      if (eq != std::string::npos) line.value_of(opt, w.substr(eq + 1));
      else next_value(opt);
    } else if (w.size() > 1 && w[0] == '-' && !(w[1] >= '0' && w[1] <= '9')) {
      // -s 5, -s5, -yq: a cluster of short flags, the last of which may take a value.
      for (std::size_t k = 1; k < w.size(); ++k) {
        const auto* opt = line.find(std::string{'-', w[k]});
        if (!opt) break;
        line.given.push_back(opt);
        if (!takes_value(opt)) continue;
        if (k + 1 < w.size()) line.value_of(opt, w.substr(k + 1));
        else next_value(opt);
        break;
      }
    } else if (const auto* sub = visible_subcommand(root, w);
               sub && std::find(line.used.begin(), line.used.end(), sub) == line.used.end()) {
      // Like CLI11 (the root app falls through), a subcommand's name switches to it.
      line.command = sub;
      line.used.push_back(sub);
      line.positionals = 0;
    } else {
      ++line.positionals;
    }
  }
  return line;
}

// The positional that the next positional word would fill, if any, and how many words it
// already has.
std::pair<const CLI::Option*, std::size_t> next_positional(const Line& line) {
  std::size_t filled = line.positionals;
  for (const auto* opt : line.command->get_options([](const CLI::Option* o) { return o->get_positional(); })) {
    const auto max = static_cast<std::size_t>(std::max(0, opt->get_items_expected_max()));
    if (filled < max) return {opt, filled};
    filled -= max;
  }
  return {nullptr, 0};
}

// What the shell completes itself: any file (FILE), or a journal (PATH: --db), which leaves
// out the -wal, -shm and -journal files SQLite keeps beside one.
enum class Files { none, any, journal };
Files file_type(const std::string& type_name) {
  if (type_name == "FILE" || type_name == tr("FILE")) return Files::any;
  if (type_name == "PATH" || type_name == tr("PATH")) return Files::journal;
  return Files::none;
}

// Values no type name can tell and that need no journal: the words --at and --since take.
struct WordValues {
  const char* option;
  std::vector<std::string_view> words;
};
const WordValues word_values[] = {
    {"--at", {"now", "today", "yesterday"}},
    {"--since", {"today", "yesterday"}},
    {"--setting", {idea_settings.begin(), idea_settings.end()}},
};

// "low|high" -> {low, high}; "0-10" -> {0, ..., 10}; anything else (a placeholder like "N"
// or "ID|TEXT") -> nothing.
std::vector<std::string> choices_of(std::string_view type_name) {
  std::vector<std::string> choices;
  const auto all_of = [](std::string_view s, auto pred) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [&](char c) { return pred(c); });
  };
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  if (const auto dash = type_name.find('-'); dash != std::string_view::npos &&
                                             all_of(type_name.substr(0, dash), is_digit) &&
                                             all_of(type_name.substr(dash + 1), is_digit) &&
                                             type_name.size() < 12) {
    const int low = std::stoi(std::string(type_name.substr(0, dash)));
    const int high = std::stoi(std::string(type_name.substr(dash + 1)));
    for (int n = low; n <= high && n - low < 1000; ++n) choices.push_back(std::to_string(n));
    return choices;
  }
  if (type_name.find('|') == std::string_view::npos) return choices;
  for (std::size_t start = 0; start <= type_name.size();) {
    auto end = type_name.find('|', start);
    if (end == std::string_view::npos) end = type_name.size();
    const auto choice = type_name.substr(start, end - start);
    if (!all_of(choice, [&](char c) { return (c >= 'a' && c <= 'z') || is_digit(c) || c == '-' || c == '_'; }))
      return {};
    choices.emplace_back(choice);
    start = end + 1;
  }
  return choices;
}

std::string describe_text(std::string_view text) { return truncate_to_width(one_line(text), description_columns); }

// Ids from the journal; nothing when it is missing or cannot be read.
std::vector<Candidate> ids_from_journal(Ids ids, const Line& line, const Context& ctx, const GlobalOptions& g) {
  std::vector<Candidate> out;
  try {
    GlobalOptions here = g;
    if (line.db) here.db = unquote_path(*line.db, ctx);
    auto journal = Journal::open_for_read(journal_location(ctx, here));
    if (!journal && ids == Ids::ideas) journal = Journal::empty();  // every idea is still to plan
    if (!journal) return out;
    const auto requests = [&](std::initializer_list<Status> statuses) {
      for (auto s : statuses)
        for (const auto& r : journal->requests_with_status(s))
          out.push_back({std::to_string(r.id), describe_text(r.text)});
    };
    switch (ids) {
      case Ids::to_ask: requests({Status::planned, Status::asked}); break;
      case Ids::to_log: requests({Status::asked, Status::planned}); break;
      case Ids::planned: requests({Status::planned}); break;
      case Ids::entries:
        for (const auto& e : journal->recent_entries(100, std::nullopt))
          out.push_back({std::to_string(e.id), format_date(local_day(e.asked_at)) + " " + describe_text(e.text)});
        break;
      case Ids::ideas:
        for (const Lang lang : {Lang::en, Lang::fr})
          for (const Idea& i : ideas_left(*journal, IdeaQuery{lang, std::nullopt, std::nullopt}))
            out.push_back({std::string(i.id), describe_text(i.text)});
        break;
    }
  } catch (...) {
    // A journal that cannot be used gives no ids; the command itself will say why.
    out.clear();
  }
  return out;
}

struct Answer {
  std::vector<Candidate> candidates;
  Files files = Files::none;
};

// The values of `opt` (an option or a positional of the current command).
Answer values_of(const CLI::Option* opt, const Line& line, const Context& ctx, const GlobalOptions& g) {
  for (const auto& row : id_values)
    if (line.command->get_name() == row.command && opt->check_name(row.option))
      return {ids_from_journal(row.ids, line, ctx, g), Files::none};
  if (const auto files = file_type(opt->get_type_name()); files != Files::none) return {{}, files};
  Answer a;
  for (const auto& row : word_values)
    if (opt->check_name(row.option))
      for (const auto w : row.words) a.candidates.push_back({std::string(w), ""});
  for (auto& choice : choices_of(opt->get_type_name())) a.candidates.push_back({std::move(choice), ""});
  return a;
}

// The options that may still be given, the current subcommand's first, then the global ones.
std::vector<Candidate> options_of(const Line& line) {
  std::vector<Candidate> out;
  // The sub's --help and the root's are two options with the same names.
  const auto same = [](const CLI::Option* a, const CLI::Option* b) {
    return a == b || (a->get_lnames() == b->get_lnames() && a->get_snames() == b->get_snames());
  };
  const auto given = [&](const CLI::Option* opt) {
    return std::any_of(line.given.begin(), line.given.end(), [&](const CLI::Option* g) { return same(g, opt); });
  };
  const auto excludes = [](const CLI::Option* a, const CLI::Option* b) {
    const auto ex = a->get_excludes();
    return std::any_of(ex.begin(), ex.end(), [&](const CLI::Option* e) { return e == b; });
  };
  const auto excluded = [&](const CLI::Option* opt) {
    return std::any_of(line.given.begin(), line.given.end(),
                       [&](const CLI::Option* g) { return excludes(g, opt) || excludes(opt, g); });
  };
  std::vector<std::string> names;
  for (const auto* app : {line.command, line.root}) {
    for (const auto* opt : app->get_options()) {
      if (!visible(opt) || opt->get_positional() || excluded(opt)) continue;
      if (given(opt) && opt->get_items_expected_max() <= 1) continue;
      std::vector<std::string> spellings;
      for (const auto& l : opt->get_lnames()) spellings.push_back("--" + l);
      if (spellings.empty())
        for (const auto& s : opt->get_snames()) spellings.push_back("-" + s);
      for (auto& s : spellings) {
        if (std::find(names.begin(), names.end(), s) != names.end()) continue;  // --help, in both
        names.push_back(s);
        out.push_back({std::move(s), one_line(opt->get_description())});
      }
    }
  }
  return out;
}

Answer answer(const CLI::App& root, std::vector<std::string> words, const Context& ctx, const GlobalOptions& g) {
  if (words.empty()) words.emplace_back();
  const std::string cur = words.back();
  words.pop_back();
  Line line = parse_line(root, words);

  Answer a;
  std::string prefix = cur, shown_before;  // candidates start with prefix; shown_before is kept in front
  if (line.waiting) {
    if (cur == "=") prefix.clear();  // bash splits "--db=" into "--db" "="
    a = values_of(line.waiting, line, ctx, g);
  } else if (!line.only_positionals && starts_with(cur, "--") && cur.find('=') != std::string::npos) {
    const auto eq = cur.find('=');
    const auto* opt = line.find(cur.substr(0, eq));
    if (!opt || !takes_value(opt)) return {};
    a = values_of(opt, line, ctx, g);
    shown_before = cur.substr(0, eq + 1);
    prefix = cur.substr(eq + 1);
  } else if (!line.only_positionals && starts_with(cur, "-")) {
    a.candidates = options_of(line);
  } else if (line.command == &root) {
    for (const auto* sub : root.get_subcommands([](const CLI::App* s) { return visible(s); }))
      a.candidates.push_back({sub->get_name(), one_line(sub->get_description())});
  } else if (const auto [pos, filled] = next_positional(line); pos) {
    if (filled == 0) a = values_of(pos, line, ctx, g);  // `log 3 ...`: the rest is text
  } else if (cur.empty() && !line.only_positionals) {
    a.candidates = options_of(line);  // nothing positional left: say what may follow
  }
  if (a.files != Files::none) return a;
  std::erase_if(a.candidates, [&](const Candidate& c) { return !starts_with(c.value, prefix); });
  for (auto& c : a.candidates) c.value = shown_before + c.value;
  return a;
}

}  // namespace

Handler setup(CLI::App& sub) {
  auto words = std::make_shared<std::vector<std::string>>();
  sub.group("");        // hidden: not in --help, not completed
  sub.set_help_flag();  // "--help" is a word of the line being completed
  sub.fallthrough(false);
  sub.allow_extras();
  sub.positionals_at_end();  // after the first positional word, every word is positional
  sub.add_option("words", *words);
  // The words must reach the completer, never another subcommand: from here on, a word like
  // "plan" is not a subcommand's name. (Option-like words before the first positional one
  // are kept, in order, as extras.)
  sub.preparse_callback([&sub](std::size_t) {
    for (auto* other : sub.get_parent()->get_subcommands([&sub](CLI::App* a) { return a != &sub; }))
      other->disabled();
  });
  // No journal from app.cpp: the one to read ids from is named on the line being completed,
  // and a journal that cannot be used only means no ids.
  return {[](Context&, const GlobalOptions&) { return JournalNeed::none; },
          [&sub, words](Context& ctx, const GlobalOptions& g, Journal*) {
    auto line = sub.remaining();
    if (!line.empty() && line.front() == "--") line.erase(line.begin());  // the separator, not a word
    line.insert(line.end(), words->begin(), words->end());
    const auto a = answer(*sub.get_parent(), std::move(line), ctx, g);
    if (a.files != Files::none) {
      ctx.out << (a.files == Files::journal ? ":journal\n" : ":file\n");
      return exit_status::success;
    }
    for (const auto& c : a.candidates) {
      ctx.out << c.value;
      if (!c.description.empty()) ctx.out << '\t' << c.description;
      ctx.out << '\n';
    }
    return exit_status::success;
  }};
}

}  // namespace microask::cli::complete
