// microask stats, run in process (fixture.hpp).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "fixture.hpp"

using namespace microask::test;
using nlohmann::json;

namespace {
void log_at(const Sandbox& s, const std::string& at, int stress, const std::string& response) {
  auto r = s.run({"log", "Ask Tom for a pen", "-s", std::to_string(stress), "-r", response, "--at", at});
  REQUIRE_MESSAGE(0 == r.code, r.err);
}
}  // namespace

TEST_CASE("stats on a new journal: the current week and the 7 before, all zero") {
  Sandbox s;
  auto j = json::parse(s.run({"stats", "--json"}).out);
  REQUIRE(8 == j["weeks"].size());
  CHECK("2026-W41" == j["weeks"][0]["week"]);
  CHECK("2026-W48" == j["weeks"][7]["week"]);
  CHECK("2026-11-23" == j["weeks"][7]["start"]);
  CHECK("2026-11-29" == j["weeks"][7]["end"]);
  CHECK(0 == j["totals"]["requests"]);
  CHECK(j["weeks"][7]["stress_mean"].is_null());
  CHECK("monday" == j["week_start"]);
}

TEST_CASE("stats counts requests and answers per week, with felt and expected stress") {
  Sandbox s;
  log_at(s, "2026-11-02 10:00", 8, "no");  // W45
  log_at(s, "2026-11-03 10:00", 6, "yes");
  log_at(s, "2026-11-24 10:00", 3, "d");   // W48
  REQUIRE(0 == s.run({"plan", "Ask Ana for a pen"}).code);
  REQUIRE(0 == s.run({"ask", "--expect-stress", "6", "--expect", "no"}).code);
  REQUIRE(0 == s.run({"log", "-s", "2", "-r", "yes"}).code);  // at now, W48

  auto j = json::parse(s.run({"stats", "--json"}).out);
  const auto& w45 = j["weeks"][4];
  CHECK("2026-W45" == w45["week"]);
  CHECK(2 == w45["requests"]);
  CHECK(1 == w45["yes"]);
  CHECK(1 == w45["no"]);
  CHECK(7.0 == w45["stress_mean"]);
  CHECK(w45["expected_stress_mean"].is_null());
  const auto& w48 = j["weeks"][7];
  CHECK(2 == w48["requests"]);
  CHECK(1 == w48["discussion"]);
  CHECK(2.5 == w48["stress_mean"]);
  CHECK(6.0 == w48["expected_stress_mean"]);
  CHECK(0 == j["weeks"][5]["requests"]);
  CHECK(4 == j["totals"]["requests"]);
  CHECK(1 == j["totals"]["streak"]);
  CHECK(1 == j["weeks"][7]["predicted"]);

  auto text = s.run({"stats"});
  CHECK(0 == text.code);
  CHECK(text.out.find("2026-W45") != std::string::npos);
  CHECK(text.out.find("4 requests made") != std::string::npos);

  auto csv = s.run({"stats", "--csv"}).out;
  CHECK(csv.starts_with("week,start,end,requests,yes,no,discussion,stress_mean,predicted,predicted_stress_mean,"
                        "expected_stress_mean,partial,goal_met\n"));
  CHECK(csv.find("2026-W45,2026-11-02,2026-11-08,2,1,1,0,7.00,0,,,false,\n") != std::string::npos);
}

TEST_CASE("stats --weeks, --all and --week-start") {
  Sandbox s;
  log_at(s, "2025-12-30 10:00", 5, "y");  // ISO week 2026-W01
  CHECK(3 == json::parse(s.run({"stats", "--weeks", "3", "--json"}).out)["weeks"].size());
  auto all = json::parse(s.run({"stats", "--all", "--json"}).out);
  CHECK("2026-W01" == all["weeks"][0]["week"]);
  CHECK(48 == all["weeks"].size());
  auto sunday = json::parse(s.run({"stats", "--week-start", "sunday", "--json"}).out);
  CHECK("sunday" == sunday["week_start"]);
  CHECK("2026-11-22" == sunday["weeks"][7]["week"]);
}

TEST_CASE("stats refuses bad options with exit 2") {
  Sandbox s;
  for (auto args : std::vector<std::vector<std::string>>{{"stats", "--weeks", "0"},
                                                         {"stats", "--weeks", "-3"},
                                                         {"stats", "--weeks", "two"},
                                                         {"stats", "--week-start", "friday"},
                                                         {"stats", "--all", "--weeks", "3"},
                                                         {"stats", "--json", "--csv"}}) {
    auto r = s.run(args);
    CHECK_MESSAGE(2 == r.code, args[1], r.err);
  }
}

TEST_CASE("a week is the week the person lived, whatever the time zone later") {
  Sandbox s;
  // Monday 2026-11-23 01:00 in Tokyo is still Sunday in UTC: it belongs to Tokyo's W48.
  s.env["TZ"] = "Asia/Tokyo";
  log_at(s, "2026-11-23 01:00", 4, "y");
  s.env["TZ"] = "America/Los_Angeles";
  auto j = json::parse(s.run({"stats", "--json"}).out);
  CHECK(1 == j["weeks"][7]["requests"]);
  CHECK(0 == j["weeks"][6]["requests"]);
}
