// Writers killed at random moments (SIGKILL: no clean-up at all), interrupted (SIGINT,
// SIGTERM), and interrupted while waiting at a terminal prompt. After each: the journal
// passes PRAGMA integrity_check, every entry a process printed is there, and no request
// exists without its entry (an ad-hoc log writes both or neither).
#include <doctest/doctest.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <random>
#include <thread>

#include <nlohmann/json.hpp>

#include "support.hpp"

using namespace microask::test;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct Printed {
  fs::path db;
  long long id;
  std::string text;
};

// A seed from the environment (ROBUST_SEED) to replay a run, else a fresh one.
std::uint64_t seed() {
  if (const char* s = std::getenv("ROBUST_SEED"); s && *s) return std::strtoull(s, nullptr, 10);
  return std::random_device{}();
}

// The median wall time of a plain `log` on this machine (sanitizers make it much slower),
// so the random delays cover a whole run.
std::chrono::microseconds log_duration(const Sandbox& s) {
  std::vector<long long> us;
  for (int i = 0; i < 5; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    s.run({"log", "Asked the baker to slice the bread", "-s", "1", "-r", "yes"});
    us.push_back(std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(us.begin(), us.end());
  return std::chrono::microseconds(us[2]);
}

// Requests and entries of an ad-hoc log are written together: never one without the other.
void check_whole(const fs::path& db) {
  if (!fs::exists(db)) return;
  CHECK("ok" == integrity(db));
  CHECK("0" == query_db(db, "SELECT count(*) FROM requests r WHERE NOT EXISTS "
                            "(SELECT 1 FROM entries e WHERE e.request_id = r.id)"));
  CHECK(query_db(db, "SELECT count(*) FROM requests") == query_db(db, "SELECT count(*) FROM entries"));
  CHECK(query_db(db, "SELECT count(*) FROM entries") == query_db(db, "SELECT coalesce(sum(requests), 0) FROM day_totals"));
}

void check_printed_present(const std::vector<Printed>& printed) {
  for (const auto& p : printed)
    CHECK_MESSAGE(p.text == query_db(p.db, "SELECT r.text FROM entries e JOIN requests r ON r.id = e.request_id "
                                           "WHERE e.id = " + std::to_string(p.id)),
                  "entry #" << p.id << " was printed, so it must be in " << p.db);
}

std::set<std::string> temp_files(const fs::path& dir) {
  std::set<std::string> found;
  for (const auto& name : listing(dir))
    if (name.find(".tmp-") != std::string::npos) found.insert(name);
  return found;
}

}  // namespace

TEST_CASE("SIGKILL at random moments, 60 rounds of 2 writers: journal whole, every printed entry kept") {
  Sandbox s;
  const auto run_time = log_duration(s);
  const auto sd = seed();
  std::mt19937_64 rng(sd);
  // Up to 1.2 times a typical run: some kills land before SQLite starts, some inside the
  // write, some after the commit, some after the output. Runs measured while the machine was
  // busier than later (sanitizers, ctest -j) would put most kills after the writers are done:
  // a round where no writer was still running narrows the window, one where every kill landed
  // before the commit widens it again.
  long long window = run_time.count() * 6 / 5;

  constexpr int rounds = 60;
  std::vector<Printed> printed;
  int kills = 0, before_commit = 0, committed_unprinted = 0, printed_then_killed = 0, finished = 0;
  std::set<std::string> leftovers;
  for (int round = 0; round < rounds; ++round) {
    // Every tenth round on a journal that does not exist yet, in a folder that does not
    // exist either: kills land during creation too.
    const fs::path db = round % 10 == 0 ? s.dir() / ("fresh" + std::to_string(round)) / "journal.db" : s.db();
    std::vector<std::unique_ptr<Child>> children;
    std::vector<std::string> texts;
    for (int w = 0; w < 2; ++w) {
      texts.push_back("Asked the baker for bread, kill round " + std::to_string(round) + " writer " + std::to_string(w));
      children.push_back(std::make_unique<Child>(
          std::vector<std::string>{"--db", db.string(), "log", texts.back(), "-s", std::to_string(round % 11), "-r",
                                   "no", "--json"},
          s.env));
    }
    std::this_thread::sleep_for(std::chrono::microseconds(std::uniform_int_distribution<long long>(0, window)(rng)));
    const int kills_before = kills, early_before = before_commit;
    for (std::size_t w = 0; w < children.size(); ++w) {
      const Result r = children[w]->finish(SIGKILL);
      const json j = json::parse(r.out, nullptr, false);
      const bool acknowledged = j.is_object() && j.contains("id");
      if (acknowledged) printed.push_back({db, j["id"].get<long long>(), texts[w]});
      if (!children[w]->signalled() || r.code != 128 + SIGKILL) {
        ++finished;
        CHECK_MESSAGE(0 == r.code, describe(r));
        CHECK_MESSAGE(acknowledged, describe(r));
        continue;
      }
      ++kills;
      const bool stored = "1" == query_db(db, "SELECT count(*) FROM requests WHERE text = '" + texts[w] + "'");
      if (acknowledged) ++printed_then_killed;
      else if (stored) ++committed_unprinted;
      else ++before_commit;
    }
    if (kills == kills_before) window = std::max(window * 4 / 5, 1000LL);
    else if (before_commit - early_before == static_cast<int>(children.size())) window = window * 5 / 4;
    check_whole(db);
    check_printed_present(printed);
    for (const auto& t : temp_files(db.parent_path())) leftovers.insert(t);
    // And the command line carries on with the journal as it was left.
    const Result next = s.run_raw({"--db", db.string(), "log", "-n", "1", "--json"});
    CHECK_MESSAGE(0 == next.code, describe(next));
  }
  check_printed_present(printed);  // nothing printed early was lost by a later recovery
  CHECK(kills >= rounds / 2);      // many kills must land on a running writer (runs vary under load)
  MESSAGE("SIGKILL (seed " << sd << ", runs of ~" << run_time.count() << " us): " << kills << " writers killed: "
                           << before_commit << " before their commit, " << committed_unprinted
                           << " after the commit but before printing, " << printed_then_killed
                           << " after printing; " << finished << " finished first; " << printed.size()
                           << " printed entries all present; leftover temporary files of killed creators: "
                           << leftovers.size());
}

TEST_CASE("SIGINT and SIGTERM during plan and log: exit 130 / 143 or done, never a partial row") {
  Sandbox s;
  const auto run_time = log_duration(s);
  const auto sd = seed();
  std::mt19937_64 rng(sd);
  std::uniform_int_distribution<long long> delay(0, run_time.count() * 3 / 2);
  std::vector<Printed> printed;
  int interrupted = 0, completed = 0;
  std::set<std::string> leftovers;
  for (int round = 0; round < 80; ++round) {
    const int sig = round % 2 ? SIGTERM : SIGINT;
    const bool plan = round % 4 >= 2;
    const fs::path db = round % 8 == 0 ? s.dir() / ("fresh" + std::to_string(round)) / "journal.db" : s.db();
    const std::string text = plan ? "Ask the barista for a glass of water"
                                  : "Asked the baker for bread, signal round " + std::to_string(round);
    std::vector<std::string> args{"--db", db.string()};
    if (plan) args.insert(args.end(), {"plan", text, "--json"});
    else args.insert(args.end(), {"log", text, "-s", "3", "-r", "discussion", "--json"});
    Child child(args, s.env);
    std::this_thread::sleep_for(std::chrono::microseconds(delay(rng)));
    const Result r = child.finish(sig);
    CHECK_MESSAGE((r.code == 0 || r.code == 128 + sig), describe(r));
    if (r.code == 128 + sig) ++interrupted;
    else ++completed;
    const json j = json::parse(r.out, nullptr, false);
    if (j.is_object() && j.contains("id") && !j["id"].is_null()) {
      if (plan)
        CHECK(text == query_db(db, "SELECT text FROM requests WHERE id = " + std::to_string(j["id"].get<long long>())));
      else
        printed.push_back({db, j["id"].get<long long>(), text});
    } else {
      CHECK_MESSAGE(r.code != 0, "a command that finished must have printed its JSON: " << describe(r));
    }
    if (fs::exists(db)) {
      CHECK("ok" == integrity(db));
      // Ad-hoc requests come with their entry; planned ones have none.
      CHECK("0" == query_db(db, "SELECT count(*) FROM requests r WHERE r.status <> 'planned' AND NOT EXISTS "
                                "(SELECT 1 FROM entries e WHERE e.request_id = r.id)"));
    }
    for (const auto& t : temp_files(db.parent_path())) leftovers.insert(t);
  }
  check_printed_present(printed);
  CHECK(interrupted > 0);
  CHECK_MESSAGE(leftovers.empty(), "temporary files left by interrupted commands: " << leftovers.size());
  MESSAGE("SIGINT/SIGTERM (seed " << sd << "): 80 plan/log processes, " << interrupted << " interrupted, "
                                  << completed << " finished first; " << printed.size() << " printed entries present");
}

TEST_CASE("Ctrl-C and SIGTERM at the terminal prompts of log, plan, log --delete and undo write nothing") {
  Sandbox s;
  REQUIRE(0 == s.run({"log", "Asked the baker to slice the bread", "-s", "2", "-r", "yes"}).code);
  const auto entries = s.count("entries");
  const auto requests = s.count("requests");
  auto at = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", s.db().string()});
    return std::make_unique<PtyChild>(args, s.env);
  };

  SUBCASE("log: Ctrl-C at the stress prompt") {
    auto t = at({"log", "Asked the baker for a bag"});
    REQUIRE_MESSAGE(t->wait_for("Stress felt"), t->transcript());
    t->type("\x03");
    CHECK(130 == t->wait());
  }
  SUBCASE("log: SIGTERM at the response prompt, the stress already typed") {
    auto t = at({"log", "Asked the baker for a bag"});
    REQUIRE_MESSAGE(t->wait_for("Stress felt"), t->transcript());
    t->type("4\n");
    REQUIRE_MESSAGE(t->wait_for("Response"), t->transcript());
    t->signal(SIGTERM);
    CHECK(143 == t->wait());
  }
  SUBCASE("log --delete: Ctrl-C at the confirmation") {
    auto t = at({"log", "--delete", "1"});
    REQUIRE_MESSAGE(t->wait_for("[y/N]"), t->transcript());
    t->type("\x03");
    CHECK(130 == t->wait());
  }
  SUBCASE("undo: SIGINT at the confirmation") {
    auto t = at({"undo"});
    REQUIRE_MESSAGE(t->wait_for("[y/N]"), t->transcript());
    t->signal(SIGINT);
    CHECK(130 == t->wait());
  }
  SUBCASE("plan: Ctrl-C at an unsure criterion's question") {
    // The checker's verdicts move as its word tables grow: find a request it cannot settle
    // today (flags settle the rest), and say so when there is none.
    std::vector<std::string> found;
    const std::vector<std::vector<std::string>> candidates{
        {"--cost", "low", "Ask my brother to lend me some money"},
        {"--cost", "low", "Ask my sister to lend me some cash"},
        {"Ask my neighbour to look after my dog"},
        {"--cost", "low", "Ask my neighbour to keep my keys for a while"},
        {"Ask a colleague to cover my shift"}};
    for (const auto& c : candidates) {
      std::vector<std::string> args{"plan", "--check", "--json"};
      args.insert(args.end(), c.begin(), c.end());
      const json j = json::parse(s.run(args).out, nullptr, false);
      if (!j.is_object()) continue;
      // --check --json settles an unsure criterion as a pass and lists it as "assumed".
      if (j.value("micro", false) && j.contains("assumed") && !j["assumed"].empty()) {
        found = c;
        break;
      }
    }
    if (found.empty()) {
      MESSAGE("no candidate request is 'unsure' for the checker today: the plan prompt was not exercised");
    } else {
      found.insert(found.begin(), "plan");
      auto t = at(found);
      REQUIRE_MESSAGE(t->wait_for("[y/n]"), t->transcript());
      t->type("\x03");
      CHECK(130 == t->wait());
    }
  }
  SUBCASE("log: Ctrl-C at the lesson prompt, stress and response typed") {
    auto t = at({"log", "Asked the baker for a bag"});
    REQUIRE_MESSAGE(t->wait_for("Stress felt"), t->transcript());
    t->type("4\n");
    REQUIRE_MESSAGE(t->wait_for("Response"), t->transcript());
    t->type("yes\n");
    REQUIRE_MESSAGE(t->wait_for("What did you learn"), t->transcript());
    t->type("\x03");
    CHECK(130 == t->wait());
  }
  SUBCASE("control: the same prompts answered write the entry") {
    auto t = at({"log", "Asked the baker for a bag"});
    REQUIRE_MESSAGE(t->wait_for("Stress felt"), t->transcript());
    t->type("4\n");
    REQUIRE_MESSAGE(t->wait_for("Response"), t->transcript());
    t->type("yes\n");
    REQUIRE_MESSAGE(t->wait_for("What did you learn"), t->transcript());
    t->type("\n");
    CHECK(0 == t->wait());
    CHECK(entries + 1 == s.count("entries"));
    return;
  }
  CHECK("ok" == integrity(s.db()));
  CHECK(entries == s.count("entries"));
  CHECK(requests == s.count("requests"));
  CHECK("2" == s.query("SELECT stress FROM entries WHERE id = 1"));  // not edited, not deleted
}
