// Corrections, run in process (fixture.hpp): undo, log --edit, log --delete; backups with
// --export/--import. The confirmations on a real terminal: tests/e2e/terminal_test.cpp.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <memory>

#include <nlohmann/json.hpp>

#include "fixture.hpp"

using namespace microask::test;
using nlohmann::json;

namespace {
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

TEST_CASE("undo walks back the last changes one by one, showing each") {
  Sandbox s;
  plan_ask_log(s);
  CHECK("1:done/1:3:no:fine" == state(s));
  auto r = s.run({"undo"});
  CHECK(0 == r.code);
  CHECK(r.out.find("the logging of entry 1") != std::string::npos);
  CHECK("1:asked/" == state(s));
  CHECK("6" == s.query("SELECT expected_stress FROM requests"));  // the prediction is back
  CHECK(s.run({"undo"}).out.find("the ask of request #1") != std::string::npos);
  CHECK("1:planned/" == state(s));
  CHECK(s.run({"undo"}).out.find("the planning of request #1") != std::string::npos);
  CHECK("/" == state(s));
  auto none = s.run({"undo"});
  CHECK(1 == none.code);
  CHECK(none.err.find("nothing to undo") != std::string::npos);
}

TEST_CASE("undo with nothing written: exit 1 and no journal created") {
  Sandbox s;
  CHECK(1 == s.run({"undo"}).code);
  CHECK_FALSE(std::filesystem::exists(s.db()));
}

TEST_CASE("log --edit changes stress, response, note and time, undo restores them") {
  Sandbox s;
  plan_ask_log(s);
  auto r = s.run({"log", "--edit", "1", "--stress", "5", "--response", "d", "--note", "", "--at", "2026-11-20 09:00"});
  CHECK(0 == r.code);
  CHECK(r.out.find("Edited entry 1") != std::string::npos);
  CHECK("1:done/1:5:discussion:-" == state(s));
  CHECK("2026-11-20T09:00:00+00:00" == json::parse(s.run({"log", "--json"}).out)[0]["asked_at"]);
  // The weekly summary follows the new time: from this week (W48) to the one before.
  const auto weeks = json::parse(s.run({"stats", "--json"}).out)["weeks"];
  CHECK(1 == weeks[6]["requests"]);
  CHECK(0 == weeks[7]["requests"]);
  CHECK(0 == s.run({"undo"}).code);
  CHECK("1:done/1:3:no:fine" == state(s));
}

TEST_CASE("log --edit and --delete refuse bad ids and empty edits, changing nothing") {
  Sandbox s;
  plan_ask_log(s);
  const auto before = read_file(s.db());
  for (auto args : std::vector<std::vector<std::string>>{{"log", "--edit", "9", "-s", "1"},
                                                         {"log", "--edit", "1"},
                                                         {"log", "--edit", "1", "-s", "12"},
                                                         {"log", "--edit", "x", "-s", "1"},
                                                         {"log", "--delete", "9"},
                                                         {"log", "--delete", "1", "--edit", "1"}}) {
    auto r = s.run(args);
    CHECK_MESSAGE(2 == r.code, r.err);
    CHECK(1 == std::count(r.err.begin(), r.err.end(), '\n'));
  }
  CHECK(before == read_file(s.db()));
}

TEST_CASE("log --delete removes an entry, the request goes back to asked, undo brings it back") {
  Sandbox s;
  plan_ask_log(s);
  auto r = s.run({"log", "--delete", "1"});
  CHECK(0 == r.code);
  CHECK(r.out.find("Deleted entry 1") != std::string::npos);
  CHECK("1:asked/" == state(s));
  CHECK(0 == json::parse(s.run({"stats", "--json"}).out)["totals"]["requests"]);
  CHECK(0 == s.run({"undo"}).code);
  CHECK("1:done/1:3:no:fine" == state(s));
}

TEST_CASE("export writes JSON Lines (0600), import into another journal round-trips, re-import adds nothing") {
  Sandbox s;
  plan_ask_log(s);
  REQUIRE(0 == s.run({"log", "Demander l'heure à un passant", "-s", "1", "-r", "oui"}).code);
  const auto file = s.dir() / "backup.jsonl";
  REQUIRE(0 == s.run({"log", "--export", file.string()}).code);
  struct stat st {};
  ::stat(file.c_str(), &st);
  CHECK(0600u == (st.st_mode & 0777u));
  CHECK(4 == std::count(std::istreambuf_iterator<char>(*std::make_unique<std::ifstream>(file)), {}, '\n'));

  const auto other = (s.dir() / "other.db").string();
  auto imp = s.run({"--db", other, "log", "--import", file.string(), "--json"});
  CHECK(0 == imp.code);
  CHECK(2 == json::parse(imp.out)["entries_added"]);
  CHECK(s.run({"log", "--json"}).out == s.run({"--db", other, "log", "--json"}).out);
  auto again = json::parse(s.run({"--db", other, "log", "--import", file.string(), "--json"}).out);
  CHECK(0 == again["entries_added"]);
  CHECK(2 == again["entries_skipped"]);
  CHECK(read_file(file) == s.run({"--db", other, "log", "--export", "-"}).out);
}

TEST_CASE("import of a malformed file names the line and imports nothing") {
  Sandbox s;
  plan_ask_log(s);
  const auto file = s.dir() / "bad.jsonl";
  REQUIRE(0 == s.run({"log", "--export", file.string()}).code);
  { std::ofstream(file, std::ios::app) << "{\"type\": \"entry\", \"uid\": 12}\n"; }
  const auto other = (s.dir() / "other.db").string();
  auto r = s.run({"--db", other, "log", "--import", file.string()});
  CHECK(2 == r.code);
  CHECK(r.err.find("line 3") != std::string::npos);
  CHECK(0 == s.run({"--db", other, "log", "--json"}).out.compare("[]\n"));
}
