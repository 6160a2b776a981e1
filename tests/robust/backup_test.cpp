// Backups: log --export writes every request and entry as JSON Lines, atomically and
// privately; log --import merges such a file without duplicating anything.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/stat.h>

#include <chrono>
#include <random>
#include <thread>

#include <nlohmann/json.hpp>

#include "support.hpp"

using namespace microask::test;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string water = "Ask the barista for a glass of water";

// A journal with every kind of row: planned (with an addressee), asked with a prediction,
// dropped, done with an entry carrying a prediction and a note, ad-hoc entries in other
// UTC offsets and languages, an edited entry, a deleted one.
void fill_varied(const Sandbox& s, const std::string& tag) {
  auto ok = [&](const std::vector<std::string>& args) {
    const Result r = s.run(args);
    REQUIRE_MESSAGE(0 == r.code, describe(r));
  };
  ok({"plan", water, "--to", "Ann " + tag});                               // #1 planned
  ok({"plan", water});                                                     // #2
  ok({"ask", "2", "--expect-stress", "6", "--expect", "no"});              //    asked
  ok({"plan", water});                                                     // #3
  ok({"plan", "--drop", "3"});                                             //    dropped
  ok({"plan", water});                                                     // #4
  ok({"ask", "4", "--expect-stress", "3", "--expect", "yes"});             //    asked
  ok({"log", "4", "-s", "5", "-r", "discussion", "--note", "é 面包 \x1b[1m " + tag, "--at", "2026-11-20 08:15"});
  ok({"log", "Demander à la boulangère de couper le pain " + tag, "-s", "7", "-r", "non", "--at", "yesterday"});
  ok({"log", "Asked the baker for a bag " + tag, "-s", "1", "-r", "y", "--at", "2026-11-01T09:00:00+05:30"});
  ok({"log", "Asked the florist for a ribbon " + tag, "-s", "0", "-r", "d", "--at", "2025-12-31T23:30:00-10:00"});
  ok({"log", "--edit", "2", "-s", "9", "--note", "edited " + tag});
  ok({"log", "Asked for something I regret logging " + tag, "-s", "3", "-r", "yes"});
  ok({"log", "--delete", "5", "-y"});
}

// log --json without the local ids, which a journal assigns for itself.
json without_local_ids(const std::string& listing) {
  json j = json::parse(listing);
  for (auto& e : j) {
    e.erase("id");
    e.erase("request_id");
  }
  return j;
}

std::set<std::string> line_set(const std::string& text) {
  const auto lines = lines_of(text);
  return {lines.begin(), lines.end()};
}

}  // namespace

TEST_CASE("export then import into a new journal: every request and entry round-trips, re-import adds nothing") {
  Sandbox a, b;
  fill_varied(a, "A");
  const fs::path file = a.dir() / "backup.jsonl";
  const Result exported = a.run({"log", "--export", file.string()});
  REQUIRE_MESSAGE(0 == exported.code, describe(exported));
  CHECK(0600u == mode_of(file));
  const auto lines = lines_of(read_file(file));
  CHECK(a.count("requests") + a.count("entries") == static_cast<long long>(lines.size()));

  const Result imported = b.run({"log", "--import", file.string(), "--json"});
  REQUIRE_MESSAGE(0 == imported.code, describe(imported));
  const json counts = json::parse(imported.out);
  CHECK(a.count("requests") == counts["requests_added"].get<long long>());
  CHECK(a.count("entries") == counts["entries_added"].get<long long>());

  // The same journal seen from every side.
  CHECK(a.run({"log", "--export", "-"}).out == b.run({"log", "--export", "-"}).out);
  CHECK(read_file(file) == b.run({"log", "--export", "-"}).out);
  CHECK(a.run({"plan", "--json"}).out == b.run({"plan", "--json"}).out);
  CHECK(a.run({"plan"}).out == b.run({"plan"}).out);
  CHECK(a.run({"stats", "--all", "--json"}).out == b.run({"stats", "--all", "--json"}).out);
  CHECK(without_local_ids(a.run({"log", "-n", "1000", "--json"}).out) ==
        without_local_ids(b.run({"log", "-n", "1000", "--json"}).out));
  CHECK(a.query("SELECT group_concat(uid || status || coalesce(expected_stress, '-'), ',') FROM "
                "(SELECT * FROM requests ORDER BY uid)") ==
        b.query("SELECT group_concat(uid || status || coalesce(expected_stress, '-'), ',') FROM "
                "(SELECT * FROM requests ORDER BY uid)"));

  // Again: nothing added, nothing changed.
  const std::string b_bytes = b.run({"log", "--export", "-"}).out;
  const Result again = b.run({"log", "--import", file.string(), "--json"});
  REQUIRE_MESSAGE(0 == again.code, describe(again));
  const json again_counts = json::parse(again.out);
  CHECK(0 == again_counts["requests_added"].get<long long>());
  CHECK(0 == again_counts["entries_added"].get<long long>());
  CHECK(a.count("entries") == again_counts["entries_skipped"].get<long long>());
  CHECK(b_bytes == b.run({"log", "--export", "-"}).out);
  CHECK("ok" == integrity(b.db()));
}

TEST_CASE("merging two journals with disjoint entries gives their union, both ways") {
  Sandbox a, b;
  fill_varied(a, "A");
  fill_varied(b, "B");
  const std::string a_lines = a.run({"log", "--export", "-"}).out;
  const std::string b_lines = b.run({"log", "--export", "-"}).out;
  const fs::path a_file = a.dir() / "a.jsonl", b_file = b.dir() / "b.jsonl";
  REQUIRE(0 == a.run({"log", "--export", a_file.string()}).code);
  REQUIRE(0 == b.run({"log", "--export", b_file.string()}).code);
  const auto a_entries = a.count("entries"), b_entries = b.count("entries");
  const auto a_requests = a.count("requests"), b_requests = b.count("requests");

  REQUIRE(0 == b.run({"log", "--import", a_file.string()}).code);
  REQUIRE(0 == a.run({"log", "--import", b_file.string()}).code);
  for (const Sandbox* s : {&a, &b}) {
    CHECK(a_entries + b_entries == s->count("entries"));
    CHECK(a_requests + b_requests == s->count("requests"));
    CHECK("ok" == integrity(s->db()));
    std::set<std::string> both = line_set(a_lines);
    for (const auto& l : line_set(b_lines)) both.insert(l);
    CHECK(both == line_set(s->run({"log", "--export", "-"}).out));
  }
  CHECK(without_local_ids(a.run({"log", "-n", "1000", "--json"}).out).size() ==
        static_cast<std::size_t>(a_entries + b_entries));
  CHECK(a.run({"stats", "--all", "--json"}).out == b.run({"stats", "--all", "--json"}).out);
}

TEST_CASE("export is atomic: an existing file is replaced whole (0600), interrupted exports leave it intact") {
  Sandbox s;
  fill_varied(s, "A");
  // Enough rows that an export takes a while.
  {
    std::string more;
    for (int i = 0; i < 3000; ++i) {
      char uid[33], euid[33];
      std::snprintf(uid, sizeof uid, "%032x", i + 1);
      std::snprintf(euid, sizeof euid, "f%031x", i + 1);
      more += json({{"type", "request"}, {"uid", uid}, {"text", "Asked the baker for bread " + std::to_string(i)},
                    {"lang", "en"}, {"concrete", "pass"}, {"reversible", "pass"}, {"low_cost", "pass"},
                    {"status", "done"}, {"created_utc", 1795000000 + i}, {"created_offset", 0}})
                  .dump() +
              "\n" +
              json({{"type", "entry"}, {"uid", euid}, {"request_uid", uid}, {"asked_utc", 1795000000 + i},
                    {"asked_offset", 0}, {"stress", i % 11}, {"response", "no"}, {"note", std::string(100, 'n')}})
                  .dump() +
              "\n";
    }
    write_file(s.dir() / "more.jsonl", more);
    REQUIRE(0 == s.run({"log", "--import", (s.dir() / "more.jsonl").string()}).code);
  }
  const std::string full = s.run({"log", "--export", "-"}).out;
  const fs::path out_dir = s.dir() / "exports";
  fs::create_directories(out_dir);
  const fs::path target = out_dir / "journal.jsonl";
  const std::string old_content = std::string(full.size() + 4096, 'O') + "\n";  // longer than the new one

  // Replaced whole, and private even where the old file was not.
  write_file(target, old_content);
  fs::permissions(target, fs::perms(0644));
  auto t0 = std::chrono::steady_clock::now();
  REQUIRE(0 == s.run({"log", "--export", target.string()}).code);
  const auto run_us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0).count();
  CHECK(full == read_file(target));
  CHECK(0600u == mode_of(target));

  std::mt19937_64 rng(std::random_device{}());
  std::uniform_int_distribution<long long> delay(0, run_us * 3 / 2);
  int old_kept = 0, new_whole = 0, kill_leftovers = 0;
  for (int round = 0; round < 45; ++round) {
    const int sig = round % 3 == 0 ? SIGKILL : round % 3 == 1 ? SIGINT : SIGTERM;
    write_file(target, old_content);
    Child child({"--db", s.db().string(), "log", "--export", target.string()}, s.env);
    std::this_thread::sleep_for(std::chrono::microseconds(delay(rng)));
    const Result r = child.finish(sig);
    const std::string now = read_file(target);
    INFO("round " << round << " signal " << sig << " -> " << describe(r));
    CHECK((now == old_content || now == full));  // never a mix, never a part
    if (now == old_content) ++old_kept;
    if (now == full) ++new_whole;
    CHECK((r.code == 0 || r.code == 128 + sig));
    if (r.code == 0) CHECK(now == full);
    std::set<std::string> temps;
    for (const auto& name : listing(out_dir))
      if (name != "journal.jsonl") temps.insert(name);
    if (sig == SIGKILL) kill_leftovers += static_cast<int>(temps.size());  // nothing can clean up after SIGKILL
    else CHECK_MESSAGE(temps.empty(), "an interrupted export left " << *temps.begin());
    for (const auto& t : temps) fs::remove(out_dir / t);
  }
  CHECK(old_kept > 0);
  MESSAGE("export interrupted 45 times (SIGKILL/SIGINT/SIGTERM): old file kept whole " << old_kept
                                                                                    << ", new file complete " << new_whole
                                                                                    << ", temporary files left by SIGKILL "
                                                                                    << kill_leftovers);
}
