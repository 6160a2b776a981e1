// microask log, run in process (fixture.hpp); on a real terminal: tests/e2e/terminal_test.cpp.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "fixture.hpp"

using namespace microask::test;
using nlohmann::json;

namespace {
void plan_and_ask(const Sandbox& s, const std::string& text) {
  REQUIRE(0 == s.run({"plan", text}).code);
  REQUIRE(0 == s.run({"ask", "--expect-stress", "7", "--expect", "no"}).code);
}
}  // namespace

TEST_CASE("log ID appends an entry, copies the prediction and marks the request done") {
  Sandbox s;
  plan_and_ask(s, "Ask Tom for a pen");
  auto r = s.run({"log", "1", "--stress", "4", "--response", "yes", "--note", "easy"});
  CHECK(0 == r.code);
  CHECK(r.out.find("Logged entry 1 for request #1") != std::string::npos);
  CHECK(r.out.find("2026-11-26T10:00:00+00:00") != std::string::npos);
  CHECK(1 == s.count("entries"));
  CHECK("4|yes|easy|7|no" ==
        s.query("SELECT stress || '|' || response || '|' || note || '|' || expected_stress || '|' || "
                "expected_response FROM entries"));
  CHECK("done" == s.query("SELECT status FROM requests WHERE id = 1"));
}

TEST_CASE("log with neither id nor text takes the one asked request") {
  Sandbox s;
  plan_and_ask(s, "Ask Tom for a pen");
  auto r = s.run({"log", "-s", "3", "-r", "n"});
  CHECK(0 == r.code);
  CHECK("1|no" == s.query("SELECT request_id || '|' || response FROM entries"));
  CHECK(r.out.find("A no is still a request made") != std::string::npos);
}

TEST_CASE("log with neither id nor text: none or several asked is an error listing them") {
  Sandbox s;
  auto none = s.run({"log", "-s", "3", "-r", "y"});
  CHECK(2 == none.code);
  CHECK(none.err.find("no request is waiting") != std::string::npos);
  REQUIRE(0 == s.run({"plan", "Ask Tom for a pen"}).code);
  REQUIRE(0 == s.run({"plan", "Ask Ana for a pen"}).code);
  REQUIRE(0 == s.run({"ask", "1"}).code);
  REQUIRE(0 == s.run({"ask", "2"}).code);
  auto several = s.run({"log", "-s", "3", "-r", "y"});
  CHECK(2 == several.code);
  CHECK(several.err.find("#1") != std::string::npos);
  CHECK(several.err.find("#2") != std::string::npos);
  CHECK(1 == std::count(several.err.begin(), several.err.end(), '\n'));
  CHECK(0 == s.count("entries"));
}

TEST_CASE("log TEXT records an ad-hoc request with its verdicts, whatever they are") {
  Sandbox s;
  auto r = s.run({"log", "Demander une augmentation à mon patron", "-s", "9", "-r", "discussion"});
  CHECK(0 == r.code);
  CHECK("done|fr|fail" == s.query("SELECT status || '|' || lang || '|' || low_cost FROM requests"));
  CHECK("discussion" == s.query("SELECT response FROM entries"));
}

TEST_CASE("log accepts the response aliases") {
  Sandbox s;
  for (auto [alias, stored] : std::vector<std::pair<std::string, std::string>>{
           {"y", "yes"}, {"oui", "yes"}, {"n", "no"}, {"non", "no"}, {"d", "discussion"}, {"NO", "no"}}) {
    REQUIRE(0 == s.run({"log", "Ask Tom for a pen", "-s", "1", "-r", alias}).code);
    CHECK(stored == s.query("SELECT response FROM entries ORDER BY id DESC LIMIT 1"));
  }
}

TEST_CASE("log --at takes dates, times and words, in the local time zone") {
  Sandbox s;
  s.env["TZ"] = "Europe/Paris";
  struct Case {
    std::string at, stored;
  };
  for (const auto& c : std::vector<Case>{{"2026-11-20 14:30", "2026-11-20T14:30:00+01:00"},
                                         {"2026-07-01T08:00", "2026-07-01T08:00:00+02:00"},
                                         {"2026-11-20", "2026-11-20T12:00:00+01:00"},
                                         {"2026-11-25T23:30:00Z", "2026-11-25T23:30:00+00:00"},
                                         {"09:15", "2026-11-26T09:15:00+01:00"},
                                         {"yesterday", "2026-11-25T11:00:00+01:00"},
                                         {"hier", "2026-11-25T11:00:00+01:00"},
                                         {"today", "2026-11-26T11:00:00+01:00"}}) {
    auto r = s.run({"log", "Ask Tom for a pen", "-s", "1", "-r", "y", "--at", c.at, "--json"});
    REQUIRE_MESSAGE(0 == r.code, c.at, r.err);
    CHECK_MESSAGE(c.stored == json::parse(r.out)["asked_at"], c.at);
  }
}

TEST_CASE("log refuses bad values with exit 2 and leaves the journal byte-identical") {
  Sandbox s;
  plan_and_ask(s, "Ask Tom for a pen");
  REQUIRE(0 == s.run({"plan", "Ask Ana for a pen"}).code);
  REQUIRE(0 == s.run({"plan", "--drop", "2"}).code);
  const auto before = read_file(s.db());
  struct Case {
    std::vector<std::string> args;
    std::string expect;
  };
  const std::vector<Case> cases{
      {{"log", "1", "-s", "11", "-r", "y"}, "'11'"},
      {{"log", "1", "-s", "1e3", "-r", "y"}, "'1e3'"},
      {{"log", "1", "-s", " 5", "-r", "y"}, "' 5'"},
      {{"log", "1", "-s", "5.0", "-r", "y"}, "'5.0'"},
      {{"log", "1", "-s", "five", "-r", "y"}, "0 (calm) to 10"},
      {{"log", "1", "-s", "5", "-r", "maybe"}, "'maybe'"},
      {{"log", "99", "-s", "5", "-r", "y"}, "no request with id 99"},
      {{"log", "2", "-s", "5", "-r", "y"}, "dropped"},
      {{"log", "1", "-s", "5"}, "missing --response"},
      {{"log", "1", "-r", "y"}, "missing --stress"},
      {{"log", "1", "-s", "5", "-r", "y", "--at", "2100-01-01"}, "future"},
      {{"log", "1", "-s", "5", "-r", "y", "--at", "1900-01-01"}, "1970"},
      {{"log", "1", "-s", "5", "-r", "y", "--at", "31/12"}, "'31/12'"},
      {{"log", "1", "-s", "5", "-r", "y", "--at", "2026-02-30"}, "2026-02-30"},
      {{"log", "   ", "-s", "5", "-r", "y"}, "empty"},
      {{"log", std::string(600, 'x'), "-s", "5", "-r", "y"}, "600 characters"},
      {{"log", "Ask \xc3\x28 Tom", "-s", "5", "-r", "y"}, "UTF-8"},
      {{"log", "1", "-s", "5", "-r", "y", "-n", "3"}, "-n"},
  };
  for (const auto& c : cases) {
    auto r = s.run(c.args);
    CHECK_MESSAGE(2 == r.code, c.expect, r.err);
    CHECK_MESSAGE(r.err.find(c.expect) != std::string::npos, c.expect, " -> ", r.err);
    CHECK(1 == std::count(r.err.begin(), r.err.end(), '\n'));
  }
  CHECK(before == read_file(s.db()));
}

TEST_CASE("log lists recent entries newest first, with -n, --since, --json and --csv") {
  Sandbox s;
  for (auto [text, at] : std::vector<std::pair<std::string, std::string>>{
           {"Ask Tom for a pen", "2026-11-01 09:00"},
           {"Ask Ana for a pen", "2026-11-10 09:00"},
           {"Ask Léo, \"the boss\", for a pen", "2026-11-20 09:00"}})
    REQUIRE(0 == s.run({"log", text, "-s", "2", "-r", "y", "--at", at}).code);

  auto table = s.run({"log"});
  CHECK(0 == table.code);
  CHECK(table.out.find("Léo") < table.out.find("Ana"));
  CHECK(table.out.find("Ana") < table.out.find("Tom"));

  const auto all = json::parse(s.run({"log", "--json"}).out);
  REQUIRE(3 == all.size());
  CHECK(3 == all[0]["id"]);
  for (const char* key : {"id", "request_id", "text", "asked_at", "stress", "response", "note", "expected_stress",
                          "expected_response"})
    CHECK_MESSAGE(all[0].contains(key), key);
  CHECK(all[0]["note"].is_null());
  CHECK(all[0]["expected_stress"].is_null());

  CHECK(1 == json::parse(s.run({"log", "-n", "1", "--json"}).out).size());
  CHECK(2 == json::parse(s.run({"log", "--since", "2026-11-10", "--json"}).out).size());

  const auto csv = s.run({"log", "--csv"}).out;
  CHECK(csv.starts_with("id,request_id,text,asked_at,stress,response,note,expected_stress,expected_response,lesson,to\n"));
  CHECK(csv.find("\"Ask Léo, \"\"the boss\"\", for a pen\"") != std::string::npos);
  CHECK(2 == s.run({"log", "-n", "0"}).code);
  CHECK(2 == s.run({"log", "--json", "--csv"}).code);
}

TEST_CASE("control characters in text are stored as given but never echoed raw") {
  Sandbox s;
  const std::string text = "Ask Tom \x1b[31mfor\x1b[0m a pen";
  auto r = s.run({"log", text, "-s", "2", "-r", "y"});
  CHECK(0 == r.code);
  CHECK(text == s.query("SELECT text FROM requests"));
  CHECK(r.out.find('\x1b') == std::string::npos);
  CHECK(r.out.find("\\x1b[31m") != std::string::npos);
  CHECK(s.run({"log"}).out.find('\x1b') == std::string::npos);
  CHECK(s.run({"log", "--csv"}).out.find('\x1b') == std::string::npos);
  CHECK(text == json::parse(s.run({"log", "--json"}).out)[0]["text"]);
}

TEST_CASE("SQL meta-characters are just text") {
  Sandbox s;
  const std::string text = "Ask Bobby'); DROP TABLE entries;-- for a pen";
  REQUIRE(0 == s.run({"log", text, "-s", "2", "-r", "y"}).code);
  REQUIRE(0 == s.run({"log", text, "-s", "2", "-r", "y"}).code);
  CHECK(2 == s.count("entries"));
  CHECK(text == s.query("SELECT text FROM requests LIMIT 1"));
}
