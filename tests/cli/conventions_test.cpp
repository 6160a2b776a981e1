// Everyday conventions (issue 13), run in process: finding entries by word and by person,
// correcting a request's text, numbers that tell requests and entries apart, CSV line
// breaks as RFC 4180 has them.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "fixture.hpp"
#include "microask/text.hpp"

using namespace microask::test;
using nlohmann::json;

namespace {

bool has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// Text as one line: every run of blanks and line breaks as one space (undoes the wrapping).
std::string flat(const std::string& text) {
  std::string out;
  for (const char c : text) {
    const bool blank = c == ' ' || c == '\n';
    if (!blank) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  return out;
}

Result ok(const Sandbox& s, const std::vector<std::string>& args, int code = 0, const std::string& input = {}) {
  auto r = s.run(args, input);
  REQUIRE_MESSAGE(code == r.code, args[0] << ": " << r.out << r.err);
  return r;
}

}  // namespace

TEST_CASE("log --grep finds a word in the request, the note or the lesson, whatever its case and accents") {
  Sandbox s;
  ok(s, {"log", "Demander à la boulangère une baguette", "-s", "2", "-r", "oui"});
  ok(s, {"log", "Asked Tom for a pen", "-s", "2", "-r", "yes", "--note", "He gave me his BOULANGERIE card"});
  ok(s, {"log", "Asked Ana for a pen", "-s", "2", "-r", "yes", "--lesson", "Ana is always kind"});
  ok(s, {"log", "Asked the baker to slice the bread", "-s", "2", "-r", "yes"});
  const auto ids = [&](const std::vector<std::string>& args) {
    std::vector<long long> out;
    for (const auto& e : json::parse(ok(s, args).out)) out.push_back(e["id"].get<long long>());
    return out;
  };
  CHECK(std::vector<long long>{2, 1} == ids({"log", "--grep", "BOULANGER", "--json"}));
  CHECK(std::vector<long long>{2, 1} == ids({"log", "--grep", "boulangér", "--json"}));
  CHECK(std::vector<long long>{3} == ids({"log", "--grep", "kind", "--json"}));
  CHECK(std::vector<long long>{} == ids({"log", "--grep", "nothing like it", "--json"}));
  // Decomposed accents (as macOS keyboards type them) read like composed ones.
  CHECK(std::vector<long long>{1} == ids({"log", "--grep", "boulange\xcc\x80re", "--json"}));
  CHECK(has(ok(s, {"log", "--grep", "pen", "-n", "1"}).out, "1 older entry not shown"));
  CHECK(2 == s.run({"log", "--grep", ""}).code);
}

TEST_CASE("log --to lists the entries of one person, with a new request's text, it says whom") {
  Sandbox s;
  ok(s, {"plan", "Ask Tom for a pen"});
  ok(s, {"log", "1", "-s", "2", "-r", "yes"});
  ok(s, {"log", "Asked my neighbour for the wifi password", "--to", "Ms Lebrun", "-s", "3", "-r", "no"});
  ok(s, {"log", "Asked the barista for a glass of water", "-s", "1", "-r", "yes"});
  const auto to_lebrun = json::parse(ok(s, {"log", "--to", "lebrun", "--json"}).out);
  REQUIRE(1 == to_lebrun.size());
  CHECK("Ms Lebrun" == to_lebrun[0]["to"]);
  CHECK(1 == json::parse(ok(s, {"log", "--to", "TOM", "--json"}).out).size());
  CHECK(has(ok(s, {"log", "--to", "barista"}).out, "the barista"));
  const auto refused = s.run({"log", "1", "--to", "Tom", "-s", "2", "-r", "yes"});
  CHECK(2 == refused.code);
  CHECK(has(refused.err, "--to names whom a request made without planning was asked of"));
}

TEST_CASE("plan --edit corrects a request's text: re-assessed, kept a micro-request, undone") {
  Sandbox s;
  ok(s, {"plan", "Ask Tom for a pen"});
  const auto edited = ok(s, {"plan", "--edit", "1", "Ask", "Tom", "for", "a", "red", "pen"});
  CHECK(has(edited.out, "Edited request #1: \"Ask Tom for a red pen\" (was \"Ask Tom for a pen\"; microask undo brings it back)"));
  CHECK("Ask Tom for a red pen" == s.query("SELECT text FROM requests WHERE id = 1"));
  // A request still to make stays a micro-request: a failing text changes nothing, exit 1.
  const auto refused = ok(s, {"plan", "--edit", "1", "Ask Tom to lend me 500 euros"}, 1);
  CHECK(has(refused.out, "Request #1 is unchanged"));
  CHECK("Ask Tom for a red pen" == s.query("SELECT text FROM requests WHERE id = 1"));
  CHECK(has(ok(s, {"undo", "-y"}).out, "Undone: the edit of request #1"));
  CHECK("Ask Tom for a pen" == s.query("SELECT text FROM requests WHERE id = 1"));
  // A request already made takes the new text whatever it is: it happened.
  ok(s, {"log", "1", "-s", "3", "-r", "yes"});
  ok(s, {"plan", "--edit", "1", "Asked Tom to lend me 500 euros"});
  CHECK("fail" == s.query("SELECT reversible FROM requests WHERE id = 1"));
  CHECK(has(ok(s, {"log"}).out, "Asked Tom to lend me 500 euros"));
  // --json says what it was; bad ids and a missing text are refused, the journal as it was.
  const auto j = json::parse(ok(s, {"plan", "--edit", "1", "--json", "Asked Tom for a pen"}).out);
  CHECK("Asked Tom to lend me 500 euros" == j["before"]);
  CHECK(1 == j["id"]);
  CHECK(2 == s.run({"plan", "--edit", "7", "Ask Ana for a pen"}).code);
  CHECK(2 == s.run({"plan", "--edit", "1"}).code);
  CHECK(2 == s.run({"plan", "--edit", "x", "Ask Ana for a pen"}).code);
  CHECK(2 == s.run({"plan", "--edit", "1", "--drop", "1", "Ask Ana for a pen"}).code);
}

TEST_CASE("requests are #N, entries plain numbers, wherever both appear") {
  Sandbox s;
  ok(s, {"log", "Asked the baker to slice the bread", "-s", "2", "-r", "yes"});
  const auto planned = ok(s, {"plan", "Ask Tom for a pen"});
  CHECK(has(planned.out, "Planned as request #2: run 'microask ask 2'"));
  CHECK(has(ok(s, {"ask"}).out, "Ask now (request #2)"));
  const auto logged = ok(s, {"log", "-s", "2", "-r", "yes"});
  CHECK(has(logged.out, "Logged entry 2 for request #2"));
  CHECK(has(ok(s, {"log"}).out, "Entry  When"));
  CHECK(has(ok(s, {"log", "--edit", "2", "-s", "3"}).out, "Edited entry 2:"));
  CHECK(has(ok(s, {"undo", "-y"}).out, "the edit of entry 2 ("));
}

TEST_CASE("CSV keeps a note's line break inside its quoted field (RFC 4180)") {
  Sandbox s;
  ok(s, {"log", "Asked Tom for a pen", "-s", "2", "-r", "yes", "--note", "first line\nsecond, \"quoted\"\tline"});
  const auto csv = ok(s, {"log", "--csv"}).out;
  CHECK(has(csv, ",\"first line\nsecond, \"\"quoted\"\"\\tline\","));
  CHECK_FALSE(has(csv, "first line\\n"));
}

TEST_CASE("help: 'microask help SUB' is 'microask SUB --help', which lists the global options too") {
  Sandbox s;
  for (const char* sub : {"plan", "ask", "log", "stats", "undo", "goal", "help"}) {
    const auto via_help = ok(s, {"help", sub}).out;
    CHECK_MESSAGE(via_help == ok(s, {sub, "--help"}).out, sub);
    CHECK(has(via_help, "\nGlobal options:\n  --db PATH"));
    CHECK(has(via_help, "  --color auto|always|never"));
  }
  CHECK(ok(s, {"help"}).out == ok(s, {"--help"}).out);
  CHECK(has(flat(ok(s, {"--help"}).out), "130 interrupted (Ctrl-C), 143 stopped (SIGTERM)"));
  const auto unknown = s.run({"help", "lgo"});
  CHECK(2 == unknown.code);
  CHECK(has(unknown.err, "help: there is no subcommand 'lgo'; did you mean 'log'?"));
}

TEST_CASE("help is wrapped to the width (80 off a terminal), never cutting a word") {
  Sandbox s;
  for (const int width : {80, 60, 100}) {
    s.env["COLUMNS"] = std::to_string(width);
    for (const char* sub : {"log", "plan", "stats"}) {
      const auto text = ok(s, {sub, "--help"}).out;
      std::istringstream lines(text);
      for (std::string line; std::getline(lines, line);)
        CHECK_MESSAGE(microask::display_width(line) < static_cast<std::size_t>(width), sub << " at " << width << ": " << line);
      // The descriptions are all there, whole: wrapped at spaces, no word cut in two.
      if (std::string(sub) == "log")
        CHECK(has(flat(text), "merge a JSON Lines export into the journal; entries already here are skipped"));
    }
  }
  s.env.erase("COLUMNS");
  const auto text = ok(s, {"log", "--help"}).out;
  CHECK(has(text, "  --import FILE                 merge a JSON Lines export into the journal;\n"
                  "                                entries already here are skipped\n"));
}

TEST_CASE("a mistyped subcommand or option gets a 'did you mean'") {
  Sandbox s;
  const auto sub = s.run({"lgo"});
  CHECK(2 == sub.code);
  CHECK(has(sub.err, "unexpected argument: lgo; did you mean 'log'?"));
  const auto opt = s.run({"log", "--stres", "4"});
  CHECK(2 == opt.code);
  CHECK(has(opt.err, "--stres; did you mean '--stress'?"));
  CHECK(has(s.run({"stats", "--week-strat", "sunday"}).err, "did you mean '--week-start'?"));
  CHECK(has(s.run({"--colour", "never", "stats"}).err, "did you mean '--color'?"));
  // Too far from anything: no guess.
  CHECK_FALSE(has(s.run({"xyzzy"}).err, "did you mean"));
  CHECK_FALSE(has(s.run({"log", "--zzzzzz"}).err, "did you mean"));
}

TEST_CASE("the configuration file gives defaults, the command line wins, a bad value is named") {
  Sandbox s;
  const auto dir = s.dir() / "config";
  std::filesystem::create_directories(dir / "microask");
  s.env["XDG_CONFIG_HOME"] = dir.string();
  const auto file = dir / "microask" / "config.toml";
  const auto write = [&](const std::string& text) { std::ofstream(file) << text; };
  for (int i = 1; i <= 4; ++i)
    ok(s, {"log", "Asked Tom for a pen", "-s", "2", "-r", "yes", "--at", "2026-11-2" + std::to_string(i) + " 10:00"});
  write("# mine\nweek-start = \"sunday\"\nlist = 2\ncolor = \"always\"\nidea-lang = \"fr\"\n");
  const auto listing = ok(s, {"log"}).out;
  CHECK(has(listing, "2 older entries not shown"));
  CHECK(has(listing, "\x1b["));  // colour: always
  CHECK_FALSE(has(ok(s, {"log", "--color", "never"}).out, "\x1b["));  // the command line wins
  CHECK("sunday" == json::parse(ok(s, {"stats", "--json"}).out)["week_start"]);
  CHECK("monday" == json::parse(ok(s, {"stats", "--json", "--week-start", "monday"}).out)["week_start"]);
  CHECK(4 == json::parse(ok(s, {"log", "--json"}).out).size());  // data is never cut
  for (const auto& [text, says] : std::vector<std::pair<std::string, std::string>>{
           {"week-start = \"friday\"\n", "week-start = 'friday' is not accepted; use monday, sunday"},
           {"list = 0\n", "list = '0' is not accepted; use a whole number from 1 up"},
           {"color = \"pink\"\n", "color = 'pink' is not accepted; use auto, always, never"},
           {"idea-lang = \"de\"\n", "idea-lang = 'de' is not accepted; use en, fr"},
           {"colour = \"never\"\n", "unknown key 'colour' (accepted: week-start, list, color, idea-lang)"},
           {"[stats]\nweek-start = \"sunday\"\n", "[stats] sections are not read"}}) {
    write(text);
    const auto r = s.run({"stats"});
    CHECK_MESSAGE(2 == r.code, text);
    CHECK_MESSAGE(has(r.err, file.string() + ": " + says), r.err);
    CHECK(1 == std::count(r.err.begin(), r.err.end(), '\n'));
  }
  // --help and completion work whatever the file holds.
  CHECK(0 == s.run({"--help"}).code);
  CHECK(0 == s.run({"__complete", "--", "st"}).code);
  // Without XDG_CONFIG_HOME: ~/.config/microask/config.toml.
  s.env.erase("XDG_CONFIG_HOME");
  std::filesystem::create_directories(s.dir() / "home" / ".config" / "microask");
  std::ofstream(s.dir() / "home" / ".config" / "microask" / "config.toml") << "week-start = \"sunday\"\n";
  CHECK("sunday" == json::parse(ok(s, {"stats", "--json"}).out)["week_start"]);
}
