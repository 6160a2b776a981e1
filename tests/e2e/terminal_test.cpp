// What only a real terminal shows, end to end under script(1): prompts and confirmations.
// The rest of these commands' tests run in process (tests/cli/).
#include <doctest/doctest.h>

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
  CHECK(no.out.find("Undo the logging of entry #1") != std::string::npos);
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
