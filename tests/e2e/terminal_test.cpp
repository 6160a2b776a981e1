// What only a real terminal shows, end to end under script(1): prompts and confirmations,
// colour and the chart on a terminal. The rest of these commands' tests run in process
// (tests/cli/).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "process.hpp"

using namespace microask::test;

namespace {
const std::string water = "Ask the barista for a glass of water";

void plan_and_ask(const Sandbox& s, const std::string& text) {
  REQUIRE(0 == s.run({"plan", text}).code);
  REQUIRE(0 == s.run({"ask", "--expect-stress", "7", "--expect", "no"}).code);
}
void plan_ask_log(const Sandbox& s) {
  REQUIRE(0 == s.run({"plan", "Ask Tom for a pen"}).code);
  REQUIRE(0 == s.run({"ask", "--expect-stress", "6"}).code);
  REQUIRE(0 == s.run({"log", "-s", "3", "-r", "no", "--note", "fine"}).code);
}
std::string state(const Sandbox& s) {
  return s.query("SELECT coalesce(group_concat(id || ':' || status, ','), '') FROM requests") + "/" +
         s.query("SELECT coalesce(group_concat(id || ':' || stress || ':' || response || ':' || coalesce(note, '-'), ','), '') "
                 "FROM entries");
}

void log_at(const Sandbox& s, const std::string& text, int stress, const std::string& response,
            const std::string& at) {
  auto r = s.run({"log", text, "-s", std::to_string(stress), "-r", response, "--at", at});
  REQUIRE_MESSAGE(0 == r.code, r.err);
}

void predicted(const Sandbox& s, const std::string& text, int expected, int stress, const std::string& response,
               const std::string& at) {
  REQUIRE(0 == s.run({"plan", "--yes", text}).code);
  REQUIRE(0 == s.run({"ask", "--expect-stress", std::to_string(expected)}).code);
  auto r = s.run({"log", "-s", std::to_string(stress), "-r", response, "--at", at});
  REQUIRE_MESSAGE(0 == r.code, r.err);
}

// The journal of tests/cli/chart_test.cpp: some months with gaps, in both languages, some
// with predictions (now is 2026-11-26).
void seed(const Sandbox& s) {
  log_at(s, "Ask the baker to slice the bread", 7, "yes", "2026-08-04 09:10");
  log_at(s, "Demander au voisin de garder mon colis", 8, "no", "2026-08-06 18:30");
  log_at(s, "Ask the waiter for a glass of water", 6, "discussion", "2026-08-14 20:00");
  predicted(s, "Ask Tom to lend me his stapler", 8, 5, "yes", "2026-09-08 14:00");
  log_at(s, "Demander l'heure à un passant", 3, "no", "2026-09-10 09:00");
  predicted(s, "Demander à Léa de m'envoyer la recette", 7, 4, "discussion", "2026-10-13 19:00");
  log_at(s, "Ask a neighbour for a cup of sugar", 3, "yes", "2026-10-21 19:00");
  log_at(s, "Ask a colleague for five minutes of help", 4, "no", "2026-10-22 11:00");
  log_at(s, "Ask the gym staff for a towel", 2, "yes", "2026-11-12 18:00");
  predicted(s, "Demander au caviste un conseil sur un vin", 6, 2, "yes", "2026-11-24 09:00");
  log_at(s, "Ask the barista to use my own cup", 1, "no", "2026-11-25 08:00");
}

bool has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

bool all_ascii(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}
}  // namespace

// Needs a real terminal (script(1)): real_context()'s isatty() turns the prompt on.
TEST_CASE("plan on a terminal asks about an unsure criterion and saves on yes") {
  Sandbox s;
  // A flag-free request the checker cannot settle is rare; --cost/--irreversible cover
  // scripts. Here the terminal path is exercised with a plain pass: nothing is asked.
  auto r = run_in_terminal(s, {"plan", water}, "");
  CHECK(r.out.find("[exit 0]") != std::string::npos);
  CHECK(1 == s.count("requests"));
}

// Needs a real terminal (script(1)): real_context()'s isatty() turns the prompt on.
TEST_CASE("log on a terminal prompts for a missing stress and response") {
  Sandbox s;
  plan_and_ask(s, "Ask Tom for a pen");
  auto r = run_in_terminal(s, {"log", "1"}, "12\n4\nmaybe\nno\n");
  CHECK(r.out.find("[exit 0]") != std::string::npos);
  CHECK("4|no" == s.query("SELECT stress || '|' || response FROM entries"));
}

// Needs a real terminal (script(1)): real_context()'s isatty() turns the prompt on.
TEST_CASE("undo on a terminal asks first, no keeps everything") {
  Sandbox s;
  plan_ask_log(s);
  auto no = run_in_terminal(s, {"undo"}, "n\n");
  CHECK(no.out.find("Undo the logging of entry 1") != std::string::npos);
  CHECK(no.out.find("[exit 1]") != std::string::npos);
  CHECK(1 == s.count("entries"));
  auto yes = run_in_terminal(s, {"undo"}, "y\n");
  CHECK(yes.out.find("[exit 0]") != std::string::npos);
  CHECK(0 == s.count("entries"));
  CHECK(run_in_terminal(s, {"undo", "--yes"}, "").out.find("[exit 0]") != std::string::npos);
  CHECK("1:planned/" == state(s));
}

// Needs a real terminal (script(1)): real_context()'s isatty() turns the prompt on.
TEST_CASE("log --delete on a terminal asks first") {
  Sandbox s;
  plan_ask_log(s);
  CHECK(run_in_terminal(s, {"log", "--delete", "1"}, "n\n").out.find("[exit 1]") != std::string::npos);
  CHECK(1 == s.count("entries"));
  CHECK(run_in_terminal(s, {"log", "--delete", "1"}, "oui\n").out.find("[exit 0]") != std::string::npos);
  CHECK(0 == s.count("entries"));
}

// Its last check needs a real terminal (script(1)), where isatty() turns colour on.
TEST_CASE("colour only when asked or on a terminal, never with NO_COLOR") {
  Sandbox s;
  CHECK(s.run({"plan", "--check", "Ask the barista for a glass of water"}).out.find("\x1b[") == std::string::npos);
  CHECK(s.run({"--color", "always", "plan", "--check", "Ask the barista for a glass of water"}).out.find("\x1b[") !=
        std::string::npos);
  CHECK(s.run({"--color", "never", "plan", "--check", "Ask the barista for a glass of water"}).out.find("\x1b[") ==
        std::string::npos);
  s.env["NO_COLOR"] = "1";
  auto r = run_in_terminal(s, {"plan", "--check", "Ask the barista for a glass of water"}, "");
  CHECK(r.out.find("\x1b[") == std::string::npos);
}

// Needs a real terminal (script(1)): real_context()'s isatty() turns the chart and colour on.
TEST_CASE("chart: drawn on a terminal in colour, and --no-chart leaves only the table") {
  Sandbox s;
  seed(s);
  auto t = run_in_terminal(s, {"stats"}, "");
  CHECK(has(t.out, "[exit 0]"));
  CHECK(has(t.out, "█"));
  CHECK(has(t.out, "\x1b[32m█"));  // yes in green
  CHECK(has(t.out, "stress from 0 to 10"));

  auto none = run_in_terminal(s, {"stats", "--no-chart"}, "");
  CHECK(has(none.out, "[exit 0]"));
  CHECK(has(none.out, "2026-W48"));
  CHECK_FALSE(has(none.out, "█"));
  CHECK_FALSE(has(none.out, "stress from 0 to 10"));
}

// Its first half needs a real terminal (script(1)), where isatty() turns the chart on.
TEST_CASE("chart: ASCII when the locale is not UTF-8, on a terminal or with --chart") {
  Sandbox s;
  seed(s);
  s.env["LANG"] = "C";
  auto t = run_in_terminal(s, {"stats"}, "");
  CHECK(has(t.out, "[exit 0]"));
  CHECK(all_ascii(t.out));
  CHECK(has(t.out, "stress from 0 to 10: _.-:=+*#%@"));

  auto forced = s.run({"stats", "--chart"});
  CHECK(all_ascii(forced.out));
  CHECK(has(forced.out, "2026-W48  2 #"));
  CHECK(has(forced.out, "# yes  = no  ~ discussion"));

  // LC_ALL wins over a UTF-8 LANG.
  s.env["LANG"] = "C.UTF-8";
  s.env["LC_ALL"] = "POSIX";
  CHECK(all_ascii(s.run({"stats", "--chart"}).out));
}
