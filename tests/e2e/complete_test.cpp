// microask __complete, end to end: what the shell scripts in completions/ receive.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "process.hpp"

using namespace microask::test;
namespace fs = std::filesystem;

namespace {

using Lines = std::vector<std::string>;

// `microask --db <sandbox journal> __complete -- words...`, checked to be quiet and successful.
Result complete(const Sandbox& s, const Lines& words) {
  Lines args{"__complete", "--"};
  args.insert(args.end(), words.begin(), words.end());
  auto r = s.run(args);
  CHECK_MESSAGE(0 == r.code, r.err);
  CHECK("" == r.err);
  return r;
}

Lines lines_of(const std::string& out) {
  Lines lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The values, without their descriptions.
Lines values(const std::string& out) {
  Lines v;
  for (const auto& line : lines_of(out)) v.push_back(line.substr(0, line.find('\t')));
  return v;
}

// The description of `value` ("" when it has none, "<missing>" when the value is not there).
std::string description(const std::string& out, const std::string& value) {
  for (const auto& line : lines_of(out))
    if (line.substr(0, line.find('\t')) == value)
      return line.find('\t') == std::string::npos ? "" : line.substr(line.find('\t') + 1);
  return "<missing>";
}

bool has(const Lines& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// Subcommand names as --help lists them (the lines under "Subcommands:").
Lines subcommands_in_help(const Sandbox& s) {
  Lines names;
  bool in_section = false;
  for (const auto& line : lines_of(s.run_raw({"--help"}).out)) {
    if (line.starts_with("Subcommands:")) {
      in_section = true;
    } else if (in_section && line.starts_with("  ") && line.size() > 2 && line[2] != ' ') {  // not a wrapped description
      const auto start = line.find_first_not_of(' ');
      names.push_back(line.substr(start, line.find(' ', start) - start));
    } else if (in_section && !line.empty() && line[0] != ' ') {
      break;
    }
  }
  return names;
}

void plan_three(const Sandbox& s) {
  REQUIRE(0 == s.run({"plan", "-y", "Ask Tom for a pen"}).code);
  REQUIRE(0 == s.run({"plan", "-y", "Ask the barista for a glass of water"}).code);
  REQUIRE(0 == s.run({"plan", "-y", "Ask the neighbour to keep my parcel tomorrow"}).code);
}

}  // namespace

TEST_CASE("__complete: completing the first word lists the subcommands of --help, with their summaries") {
  Sandbox s;
  auto r = complete(s, {""});
  const auto help = subcommands_in_help(s);
  REQUIRE(help.size() >= 5);
  CHECK(help == values(r.out));
  CHECK("pick the request to make now and record what you expect" == description(r.out, "ask"));
  CHECK(Lines{"plan"} == values(complete(s, {"pl"}).out));
  CHECK(Lines{} == values(complete(s, {"x"}).out));
}

TEST_CASE("__complete: __complete is hidden: not in --help, not completed") {
  Sandbox s;
  CHECK(s.run_raw({"--help"}).out.find("__complete") == std::string::npos);
  CHECK(Lines{} == values(complete(s, {"__"}).out));
}

TEST_CASE("__complete: options of the subcommand, then the global ones, with their descriptions") {
  Sandbox s;
  auto r = complete(s, {"plan", "--"});
  const auto v = values(r.out);
  for (const char* o : {"--to", "--concrete", "--vague", "--reversible", "--irreversible", "--cost", "--check", "--json", "--yes", "--drop",
                        "--batch", "--help", "--version", "--db", "--color"})
    CHECK_MESSAGE(has(v, o), o);
  CHECK(1 == std::count(v.begin(), v.end(), "--help"));
  CHECK(v.end() - std::find(v.begin(), v.end(), "--db") < v.end() - std::find(v.begin(), v.end(), "--cost"));
  CHECK("the relational cost of a no, as you see it" == description(r.out, "--cost"));
  CHECK(Lines{"--concrete", "--cost", "--check", "--color"} == values(complete(s, {"plan", "--c"}).out));
  // Global options only, before any subcommand.
  CHECK(Lines{"--help", "--version", "--db", "--color"} == values(complete(s, {"-"}).out));
  // An option without a long name is offered by its short one.
  CHECK(has(values(complete(s, {"log", "-"}).out), "-n"));
}

TEST_CASE("__complete: options already given, or excluded by one given, are not offered again") {
  Sandbox s;
  auto v = values(complete(s, {"plan", "--reversible", "--"}).out);
  CHECK_FALSE(has(v, "--reversible"));
  CHECK_FALSE(has(v, "--irreversible"));
  v = values(complete(s, {"log", "--edit", "3", "--"}).out);
  for (const char* o : {"--edit", "--delete", "--export", "--import"}) CHECK_MESSAGE(!has(v, o), o);
  CHECK(has(v, "--stress"));
  v = values(complete(s, {"undo", "--help", "--"}).out);
  CHECK_FALSE(has(v, "--help"));
  CHECK(has(values(complete(s, {"--color", "never", "undo", "--"}).out), "--db"));
  CHECK_FALSE(has(values(complete(s, {"--color", "never", "undo", "--"}).out), "--color"));
}

TEST_CASE("__complete: a subcommand without positionals offers its options on an empty word") {
  Sandbox s;
  auto v = values(complete(s, {"undo", ""}).out);
  CHECK(has(v, "--yes"));
  CHECK(has(v, "--json"));
  // plan's text is free: nothing to offer.
  CHECK(Lines{} == values(complete(s, {"plan", ""}).out));
}

TEST_CASE("__complete: option values come from the type name's choices") {
  Sandbox s;
  CHECK(Lines{"low", "high"} == values(complete(s, {"plan", "--cost", ""}).out));
  CHECK(Lines{"monday", "sunday"} == values(complete(s, {"stats", "--week-start", ""}).out));
  CHECK(Lines{"auto", "always", "never"} == values(complete(s, {"--color", ""}).out));
  CHECK(Lines{"auto", "always", "never"} == values(complete(s, {"stats", "--color", ""}).out));
  CHECK(Lines{"yes", "no", "discussion"} == values(complete(s, {"log", "--response", ""}).out));
  CHECK(Lines{"yes", "no", "discussion"} == values(complete(s, {"log", "-r", ""}).out));
  CHECK(Lines{"yes", "no", "discussion"} == values(complete(s, {"ask", "--expect", ""}).out));
  CHECK(Lines{"discussion"} == values(complete(s, {"log", "-r", "d"}).out));
  CHECK(Lines{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"} ==
        values(complete(s, {"log", "--stress", ""}).out));
  CHECK(Lines{"1", "10"} == values(complete(s, {"ask", "--expect-stress", "1"}).out));
  // A placeholder is no list of choices.
  CHECK(Lines{} == values(complete(s, {"stats", "--weeks", ""}).out));
  CHECK(Lines{} == values(complete(s, {"log", "--note", ""}).out));
}

TEST_CASE("__complete: --opt=value in one word, and bash's --opt = value split") {
  Sandbox s;
  CHECK(Lines{"--color=always"} == values(complete(s, {"--color=al"}).out));
  CHECK(Lines{"--cost=low", "--cost=high"} == values(complete(s, {"plan", "--cost="}).out));
  CHECK(Lines{"auto", "always", "never"} == values(complete(s, {"--color", "="}).out));
  CHECK(Lines{"always"} == values(complete(s, {"--color", "=", "al"}).out));
  // A value given either way is skipped over.
  CHECK(has(values(complete(s, {"--color=never", "st"}).out), "stats"));
  CHECK(has(values(complete(s, {"--color", "=", "never", "st"}).out), "stats"));
}

TEST_CASE("__complete: file options print the :file marker, --db the :journal one") {
  Sandbox s;
  CHECK(":journal\n" == complete(s, {"--db", ""}).out);
  CHECK(":journal\n" == complete(s, {"--db=jo"}).out);
  CHECK(":journal\n" == complete(s, {"--db", "="}).out);
  CHECK(":file\n" == complete(s, {"log", "--export", ""}).out);
  CHECK(":file\n" == complete(s, {"log", "--import", "x"}).out);
  CHECK(":file\n" == complete(s, {"plan", "--batch", ""}).out);
  CHECK(":file\n" == complete(s, {"stats", "--svg", ""}).out);
}

TEST_CASE("__complete: request ids with their text: ask, log, plan --drop") {
  Sandbox s;
  plan_three(s);
  REQUIRE(0 == s.run({"ask", "2"}).code);  // 1 and 3 planned, 2 asked
  auto r = complete(s, {"ask", ""});
  CHECK(Lines{"1", "3", "2"} == values(r.out));  // planned, then asked
  CHECK("Ask Tom for a pen" == description(r.out, "1"));
  CHECK(Lines{"2", "1", "3"} == values(complete(s, {"log", ""}).out));  // asked, then planned
  CHECK(Lines{"1", "3"} == values(complete(s, {"plan", "--drop", ""}).out));
  CHECK(Lines{"--drop=3"} == values(complete(s, {"plan", "--drop=3"}).out));
  CHECK(Lines{"3"} == values(complete(s, {"ask", "3"}).out));
  // Only log's first word is an id: the rest is text.
  CHECK(Lines{} == values(complete(s, {"log", "2", ""}).out));
  const auto after_id = values(complete(s, {"ask", "1", ""}).out);
  CHECK_FALSE(has(after_id, "3"));
  CHECK(has(after_id, "--expect"));
  // Options still work after the id.
  CHECK(Lines{"yes", "no", "discussion"} == values(complete(s, {"log", "2", "-r", ""}).out));
}

TEST_CASE("__complete: entry ids for log --edit and --delete, newest first, with the date and the text") {
  Sandbox s;
  plan_three(s);
  REQUIRE(0 == s.run({"log", "1", "-s", "3", "-r", "yes", "--at", "2026-11-20 09:00"}).code);
  REQUIRE(0 == s.run({"log", "2", "-s", "5", "-r", "no"}).code);
  auto r = complete(s, {"log", "--edit", ""});
  CHECK(Lines{"2", "1"} == values(r.out));
  CHECK("2026-11-20 Ask Tom for a pen" == description(r.out, "1"));
  CHECK(Lines{"2", "1"} == values(complete(s, {"log", "--delete", ""}).out));
  CHECK(Lines{"--delete=1"} == values(complete(s, {"log", "--delete=1"}).out));
}

TEST_CASE("__complete: every journal-backed value row names a real option: each gives ids") {
  Sandbox s;
  plan_three(s);
  REQUIRE(0 == s.run({"ask", "1"}).code);
  REQUIRE(0 == s.run({"log", "1", "-s", "3", "-r", "yes"}).code);
  for (const Lines& words : {Lines{"ask", ""}, Lines{"log", ""}, Lines{"plan", "--drop", ""},
                             Lines{"log", "--edit", ""}, Lines{"log", "--delete", ""}, Lines{"plan", "--idea", ""}})
    CHECK_MESSAGE(!values(complete(s, words).out).empty(), (words[0] + " " + words[1]));
}

TEST_CASE("__complete: idea's options and values, plan --idea offers the ids not planned yet, with their text") {
  Sandbox s;
  const auto v = values(complete(s, {"idea", "--"}).out);
  for (const char* o : {"--lang", "--level", "--setting", "--list", "--plan", "--json"}) CHECK_MESSAGE(has(v, o), o);
  CHECK(Lines{"en", "fr"} == values(complete(s, {"idea", "--lang", ""}).out));
  CHECK(Lines{"1", "2", "3", "4", "5"} == values(complete(s, {"idea", "--level", ""}).out));
  CHECK(Lines{"1", "2", "3", "4", "5"} == values(complete(s, {"plan", "--level", ""}).out));
  CHECK(Lines{"services", "shop", "street"} == [&] {
    auto got = values(complete(s, {"idea", "--setting", "s"}).out);
    std::sort(got.begin(), got.end());
    return got;
  }());
  CHECK_FALSE(has(values(complete(s, {"idea", "--list", "--"}).out), "--plan"));  // excluded
  // Ideas come from the catalogue even before there is a journal, and leave it uncreated.
  auto ideas = values(complete(s, {"plan", "--idea", "en-cafe-0"}).out);
  CHECK(ideas.size() >= 3);
  CHECK(has(ideas, "en-cafe-01"));
  CHECK_FALSE(fs::exists(s.db()));
  const auto first = complete(s, {"plan", "--idea", "en-cafe-01"}).out;
  CHECK(description(first, "en-cafe-01").starts_with("Ask "));
  REQUIRE(0 == s.run({"plan", "--idea", "en-cafe-01"}).code);
  CHECK_FALSE(has(values(complete(s, {"plan", "--idea", "en-cafe-0"}).out), "en-cafe-01"));
  CHECK(has(values(complete(s, {"plan", "--idea", "fr-"}).out), "fr-cafe-01"));
}

TEST_CASE("__complete: descriptions are one line, controls escaped, cut to 50 columns") {
  Sandbox s;
  const std::string text = "Ask Paul\tfor the salt\x1b[31m please, the big blue salt cellar on the kitchen table next to the bread";
  REQUIRE(0 == s.run({"plan", "-y", text}).code);
  const auto d = description(complete(s, {"ask", ""}).out, "1");
  CHECK(d.starts_with("Ask Paul\\tfor the salt\\x1b[31m please"));
  CHECK(d.ends_with("…"));
  CHECK(d.find('\t') == std::string::npos);
  CHECK(d.find('\x1b') == std::string::npos);
  CHECK(d.size() <= 50 + std::string("…").size());
}

TEST_CASE("__complete: the journal is found as every command finds it: --db on the line, --db, MICROASK_DB") {
  Sandbox s;
  plan_three(s);
  const auto other = s.dir() / "other.db";
  REQUIRE(0 == s.run_raw({"--db", other.string(), "plan", "-y", "Ask Sam for the time"}).code);
  // --db on the line being completed wins over the one given to microask (the sandbox's).
  auto r = complete(s, {"--db", other.string(), "ask", ""});
  CHECK(Lines{"1"} == values(r.out));
  CHECK("Ask Sam for the time" == description(r.out, "1"));
  CHECK(Lines{"1"} == values(complete(s, {"ask", "--db=" + other.string(), ""}).out));
  CHECK(Lines{"1"} == values(complete(s, {"ask", "--db", "=", other.string(), ""}).out));
  // The last --db wins; quotes as typed on a shell line are removed.
  CHECK(Lines{"1", "2", "3"} == values(complete(s, {"--db", other.string(), "ask", "--db", "'" + s.db().string() + "'", ""}).out));
  // A leading ~/ is the home folder.
  fs::create_directories(s.dir() / "home");
  fs::copy_file(other, s.dir() / "home" / "j.db");
  fs::copy_file(other.string() + "-wal", s.dir() / "home" / "j.db-wal");  // the latest writes are in the WAL
  CHECK(Lines{"1"} == values(complete(s, {"--db", "~/j.db", "ask", ""}).out));
  // MICROASK_DB, when microask itself has no --db.
  Sandbox t;
  t.env["MICROASK_DB"] = other.string();
  auto raw = t.run_raw({"__complete", "--", "ask", ""});
  CHECK(Lines{"1"} == values(raw.out));
  // The --db given to microask itself.
  CHECK(Lines{"1"} == values(t.run_raw({"--db", other.string(), "__complete", "--", "ask", ""}).out));
}

TEST_CASE("__complete: completing never creates nor changes a journal") {
  Sandbox s;
  CHECK(Lines{} == values(complete(s, {"ask", ""}).out));
  CHECK(Lines{} == values(complete(s, {"log", "--edit", ""}).out));
  CHECK_FALSE(fs::exists(s.db()));
  CHECK_FALSE(fs::exists(s.dir() / "home" / ".local"));
  plan_three(s);
  const auto before = read_file(s.db());
  for (const Lines& words : {Lines{"ask", ""}, Lines{"log", ""}, Lines{"plan", "--drop", ""}, Lines{"log", "--edit", ""}})
    complete(s, words);
  CHECK(before == read_file(s.db()));
}

TEST_CASE("__complete: a journal that cannot be used gives no ids and no error") {
  Sandbox s;
  { std::ofstream(s.db()) << "not a journal, just text\n"; }
  const auto before = read_file(s.db());
  for (const Lines& words : {Lines{"ask", ""}, Lines{"log", ""}, Lines{"log", "--edit", ""}}) {
    auto r = complete(s, words);  // checks exit 0 and an empty stderr
    CHECK(Lines{} == values(r.out));
  }
  CHECK(before == read_file(s.db()));
  // Subcommands and options still complete.
  CHECK(has(values(complete(s, {""}).out), "log"));
  // An empty MICROASK_DB is a usage error for commands; here, only no ids.
  Sandbox t;
  t.env["MICROASK_DB"] = "";
  auto r = t.run_raw({"__complete", "--", "ask", ""});
  CHECK(0 == r.code);
  CHECK("" == r.err);
  CHECK("" == r.out);
}

TEST_CASE("__complete: every word reaches the completer as it is, even --help, --version, -- and subcommand names") {
  Sandbox s;
  CHECK(has(values(complete(s, {"--help", ""}).out), "plan"));
  CHECK(has(values(complete(s, {"--version", "l"}).out), "log"));
  // After "--", log's words are positional: no options offered.
  CHECK(Lines{} == values(complete(s, {"log", "--", "--"}).out));
  CHECK(has(values(complete(s, {"plan", "buy", "--"}).out), "--cost"));
  // Completing must never run what the words say.
  CHECK(0 == s.run({"__complete", "--", "plan", "-y", "Ask Tom for a pen", ""}).code);
  CHECK(0 == s.run({"__complete", "plan", "-y", "Ask Tom for a pen", ""}).code);
  CHECK(0 == s.run({"__complete", "--", "--help"}).code);
  CHECK_FALSE(fs::exists(s.db()));
  // Without the "--", words still arrive in order.
  auto r = s.run({"__complete", "plan", "--cost", ""});
  CHECK("" == r.err);
  CHECK(Lines{"low", "high"} == values(r.out));
  CHECK(Lines{"auto", "always", "never"} == values(s.run({"__complete", "--db", "x", "--color", ""}).out));
}
