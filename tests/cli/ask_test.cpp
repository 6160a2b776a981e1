// microask ask, run in process (fixture.hpp).
#include <doctest/doctest.h>

#include "fixture.hpp"

using namespace microask::test;

TEST_CASE("ask with nothing planned: one line, exit 1, no journal created") {
  Sandbox s;
  auto r = s.run({"ask"});
  CHECK(1 == r.code);
  CHECK("" == r.out);
  CHECK(r.err.find("nothing planned") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(s.db()));
  CHECK(1 == s.run({"ask", "--quiet"}).code);
}

TEST_CASE("ask picks the oldest planned request, marks it asked and shows the log command") {
  Sandbox s;
  REQUIRE(0 == s.run({"plan", "Ask Tom for a pen"}).code);
  REQUIRE(0 == s.run({"plan", "Ask the barista for a glass of water"}).code);
  auto r = s.run({"ask"});
  CHECK(0 == r.code);
  CHECK(r.out.find("#1") != std::string::npos);
  CHECK(r.out.find("Ask Tom for a pen") != std::string::npos);
  CHECK(r.out.find("microask --db " + s.db().string() + " log 1 --stress N --response yes|no|discussion") !=
        std::string::npos);
  CHECK("asked" == s.query("SELECT status FROM requests WHERE id = 1"));
  CHECK("planned" == s.query("SELECT status FROM requests WHERE id = 2"));
  // Until it is logged, #1 stays the request to make now: asking again changes nothing.
  const auto before = read_file(s.db());
  CHECK(s.run({"ask", "--quiet"}).out == "Ask Tom for a pen\n");
  CHECK(before == read_file(s.db()));
  REQUIRE(0 == s.run({"log", "-s", "2", "-r", "y"}).code);
  // Then the next planned one.
  CHECK(s.run({"ask"}).out.find("#2") != std::string::npos);
  REQUIRE(0 == s.run({"log", "-s", "2", "-r", "y"}).code);
  CHECK(1 == s.run({"ask"}).code);
}

TEST_CASE("asking again keeps the prediction unless a new one is given") {
  Sandbox s;
  REQUIRE(0 == s.run({"plan", "Ask Tom for a pen"}).code);
  REQUIRE(0 == s.run({"ask", "--expect-stress", "6", "--expect", "no"}).code);
  REQUIRE(0 == s.run({"ask"}).code);
  CHECK("6|no" == s.query("SELECT expected_stress || '|' || expected_response FROM requests"));
  REQUIRE(0 == s.run({"ask", "1", "--expect-stress", "4"}).code);
  CHECK("4|no" == s.query("SELECT expected_stress || '|' || expected_response FROM requests"));
}

TEST_CASE("ask records the prediction") {
  Sandbox s;
  REQUIRE(0 == s.run({"plan", "Ask Tom for a pen"}).code);
  auto r = s.run({"ask", "1", "--expect-stress", "6", "--expect", "non"});
  CHECK(0 == r.code);
  CHECK("6" == s.query("SELECT expected_stress FROM requests WHERE id = 1"));
  CHECK("no" == s.query("SELECT expected_response FROM requests WHERE id = 1"));
}

TEST_CASE("ask --quiet prints only the request's text") {
  Sandbox s;
  REQUIRE(0 == s.run({"plan", "Demander à Sophie le nom du resto de samedi"}).code);
  auto r = s.run({"ask", "--quiet"});
  CHECK(0 == r.code);
  CHECK("Demander à Sophie le nom du resto de samedi\n" == r.out);
  CHECK("" == r.err);
}

TEST_CASE("ask refuses bad values and unknown or dropped ids, leaving the journal as it was") {
  Sandbox s;
  REQUIRE(0 == s.run({"plan", "Ask Tom for a pen"}).code);
  REQUIRE(0 == s.run({"plan", "Ask Ana for a pen"}).code);
  REQUIRE(0 == s.run({"plan", "--drop", "2"}).code);
  const auto before = s.query("SELECT group_concat(status || coalesce(expected_stress, '-')) FROM requests");
  struct Case {
    std::vector<std::string> args;
    std::string expect;
  };
  for (const auto& c : std::vector<Case>{{{"ask", "99"}, "99"},
                                         {{"ask", "2"}, "dropped"},
                                         {{"ask", "x"}, "'x'"},
                                         {{"ask", "--expect-stress", "11"}, "0 (calm) to 10"},
                                         {{"ask", "--expect-stress", "1e3"}, "'1e3'"},
                                         {{"ask", "--expect", "maybe"}, "yes, no or discussion"}}) {
    auto r = s.run(c.args);
    CHECK_MESSAGE(2 == r.code, c.args.back());
    CHECK_MESSAGE(r.err.find(c.expect) != std::string::npos, r.err);
  }
  CHECK(before == s.query("SELECT group_concat(status || coalesce(expected_stress, '-')) FROM requests"));
}
