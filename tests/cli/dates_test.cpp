// The dates people type for --at and --since (issue 13), through `microask log`, in process
// (fixture.hpp). The grammar itself is tested in tests/unit/calendar_test.cpp; here, that the
// command stores the instant it names and that --since starts a day at its midnight.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "fixture.hpp"

using namespace microask::test;
using nlohmann::json;

namespace {

// The fixture's now, 2026-11-26T10:00:00Z, is Thursday 11:00 in Paris.
std::string logged_at(const Sandbox& s, const std::string& at) {
  auto r = s.run({"log", "Ask Tom for a pen", "-s", "3", "-r", "y", "--at", at, "--json"});
  REQUIRE_MESSAGE(0 == r.code, at, " -> ", r.err);
  return json::parse(r.out)["asked_at"];
}

std::size_t listed_since(const Sandbox& s, const std::string& since) {
  auto r = s.run({"log", "--since", since, "--json"});
  REQUIRE_MESSAGE(0 == r.code, since, " -> ", r.err);
  return json::parse(r.out).size();
}

}  // namespace

TEST_CASE("log --at stores the instant a day and a time name, in the local zone") {
  Sandbox s;
  s.env["TZ"] = "Europe/Paris";
  CHECK("2026-11-25T18:00:00+01:00" == logged_at(s, "hier 18h"));
  CHECK("2026-11-20T18:00:00+01:00" == logged_at(s, "last friday 6pm"));
  CHECK("2026-11-25T18:30:00+01:00" == logged_at(s, "hier à 18h30"));
  CHECK("2026-11-23T12:00:00+01:00" == logged_at(s, "lundi"));
  CHECK("2026-11-23T11:00:00+01:00" == logged_at(s, "il y a 3 jours"));
  CHECK("2026-11-26T11:00:00+01:00" == logged_at(s, "now"));
  // What the journal holds: the UTC instant and the offset in force there and then.
  CHECK("1795626000|3600" == s.query("SELECT asked_utc || '|' || asked_offset FROM entries WHERE id = 1"));
  CHECK("1795194000|3600" == s.query("SELECT asked_utc || '|' || asked_offset FROM entries WHERE id = 2"));
}

TEST_CASE("log --since with a day and no time starts at that day's midnight") {
  Sandbox s;
  s.env["TZ"] = "Europe/Paris";
  for (const char* at : {"2026-11-22 23:30", "2026-11-23 00:30", "2026-11-25 18:00"}) logged_at(s, at);
  // Three days before Thursday is Monday the 23rd: from 00:00, so its 00:30 is in.
  CHECK(2 == listed_since(s, "3 days ago"));
  CHECK(2 == listed_since(s, "il y a 3 jours"));
  CHECK(2 == listed_since(s, "monday"));
  CHECK(2 == listed_since(s, "lundi dernier"));
  CHECK(3 == listed_since(s, "last sunday"));
  CHECK(1 == listed_since(s, "yesterday"));
  CHECK(0 == listed_since(s, "today"));
  // With a time, from that time.
  CHECK(1 == listed_since(s, "3 days ago 12:00"));
  CHECK(1 == listed_since(s, "lundi à 1h"));
}

TEST_CASE("log --since and --at name the option and list what is accepted when refused") {
  Sandbox s;
  auto since = s.run({"log", "--since", "lundi prochain"});
  CHECK(2 == since.code);
  CHECK(since.err.find("--since: 'lundi prochain' is not a date or time; use a day") != std::string::npos);
  CHECK(1 == std::count(since.err.begin(), since.err.end(), '\n'));
  auto at = s.run({"log", "Ask Tom for a pen", "-s", "3", "-r", "y", "--at", "il y a 0 jour"});
  CHECK(2 == at.code);
  CHECK(at.err.find("--at: 'il y a 0 jour' is not a number of days ago; use 1 to 3650") != std::string::npos);
  CHECK(0 == s.count("entries"));
}
