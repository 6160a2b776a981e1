// Prompts in process: the fixture's stdin_is_terminal makes the commands ask and `input`
// answers. The questions (stderr), the output and the exit status come apart here, where
// tests/e2e/terminal_test.cpp reads one transcript of a real terminal.
#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "fixture.hpp"

using namespace microask::test;
using nlohmann::json;

namespace {

bool has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

long long occurrences(const std::string& haystack, const std::string& needle) {
  long long n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

void plan_ask_log(const Sandbox& s) {
  REQUIRE(0 == s.run({"plan", "Ask Tom for a pen"}).code);
  REQUIRE(0 == s.run({"ask", "--expect-stress", "6"}).code);
  REQUIRE(0 == s.run({"log", "-s", "3", "-r", "no", "--note", "fine"}).code);
}

}  // namespace

TEST_CASE("prompt: log asks for a missing stress and response, again after a bad answer") {
  Sandbox s;
  REQUIRE(0 == s.run({"plan", "Ask Tom for a pen"}).code);
  REQUIRE(0 == s.run({"ask", "--expect-stress", "7", "--expect", "no"}).code);
  s.stdin_is_terminal = true;
  auto r = s.run({"log", "1"}, "12\n4\nmaybe\nno\n");
  CHECK_MESSAGE(0 == r.code, r.err);
  CHECK("4|no" == s.query("SELECT stress || '|' || response FROM entries"));
  CHECK(2 == occurrences(r.err, "Stress felt (0 calm .. 10 worst)?"));
  CHECK(has(r.err, "--stress: '12' is not a stress level"));
  CHECK(2 == occurrences(r.err, "Response (yes / no / discussion)?"));
  CHECK(has(r.err, "--response: 'maybe' is not a response"));
  CHECK(has(r.out, "Logged entry 1 for request #1"));
}

TEST_CASE("prompt: log at the end of input is a missing value, and nothing is written") {
  Sandbox s;
  REQUIRE(0 == s.run({"plan", "Ask Tom for a pen"}).code);
  REQUIRE(0 == s.run({"ask"}).code);
  s.stdin_is_terminal = true;
  auto r = s.run({"log", "1"}, "4\n");
  CHECK(2 == r.code);
  CHECK(has(r.err, "missing --response"));
  CHECK(0 == s.count("entries"));
  CHECK("asked" == s.query("SELECT status FROM requests"));
}

TEST_CASE("prompt: undo asks first, no keeps everything, yes undoes, --yes does not ask") {
  Sandbox s;
  plan_ask_log(s);
  s.stdin_is_terminal = true;
  auto no = s.run({"undo"}, "n\n");
  CHECK(1 == no.code);
  CHECK(has(no.err, "Undo the logging of entry 1"));
  CHECK(has(no.err, "[y/N]"));  // the default shown: Enter keeps everything
  CHECK(has(no.err, "Nothing undone."));
  CHECK(1 == s.count("entries"));
  auto yes = s.run({"undo"}, "maybe\ny\n");
  CHECK(0 == yes.code);
  CHECK(has(yes.err, "Please answer y (yes) or n (no)."));
  CHECK(has(yes.out, "Undone: the logging of entry 1"));
  CHECK(0 == s.count("entries"));
  auto unasked = s.run({"undo", "--yes"}, "");
  CHECK(0 == unasked.code);
  CHECK_FALSE(has(unasked.err, "[y/n]"));
  CHECK("planned" == s.query("SELECT status FROM requests"));
}

TEST_CASE("prompt: log --delete asks first, and no answer deletes nothing") {
  Sandbox s;
  plan_ask_log(s);
  s.stdin_is_terminal = true;
  auto none = s.run({"log", "--delete", "1"}, "");
  CHECK(1 == none.code);
  CHECK(has(none.err, "Delete entry 1"));
  CHECK(has(none.err, "Nothing deleted."));
  CHECK(1 == s.count("entries"));
  auto yes = s.run({"log", "--delete", "1"}, "oui\n");
  CHECK(0 == yes.code);
  CHECK(has(yes.out, "Deleted entry 1"));
  CHECK(0 == s.count("entries"));
}

TEST_CASE("prompt: plan asks about an unsure criterion, no refuses, yes saves, no answer saves nothing") {
  Sandbox s;
  const std::string text = "Ask my cousin if I can borrow her car";
  // The precondition: off a terminal the checker assumes this criterion passes.
  const auto check = json::parse(s.run({"plan", "--check", "--json", text}).out);
  REQUIRE_MESSAGE(check["assumed"] == json::array({"low_cost"}), check.dump());
  s.stdin_is_terminal = true;
  auto no = s.run({"plan", text}, "n\n");
  CHECK(1 == no.code);
  CHECK(has(no.err, "Would a no leave the relationship as it is"));
  CHECK(0 == s.count("requests"));
  auto none = s.run({"plan", text}, "");
  CHECK(2 == none.code);
  CHECK(has(none.err, "no answer given; nothing saved"));
  CHECK(0 == s.count("requests"));
  auto yes = s.run({"plan", text}, "y\n");
  CHECK_MESSAGE(0 == yes.code, yes.err);
  CHECK(1 == s.count("requests"));
  CHECK("pass" == s.query("SELECT low_cost FROM requests"));
}
