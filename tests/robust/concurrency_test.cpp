// Many writers and readers on one journal at once: every acknowledged entry is there,
// once, and nobody is told the journal is locked.
#include <doctest/doctest.h>

#include <atomic>
#include <mutex>
#include <chrono>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "support.hpp"

using namespace microask::test;
using json = nlohmann::json;

namespace {
constexpr int writers = 8;
constexpr int entries_per_writer = 100;
}  // namespace

TEST_CASE("8 writers x 100 log processes on one journal, readers alongside: 800 entries, none lost, never locked") {
  Sandbox s;  // no journal yet: the first writers also race to create it
  std::vector<std::vector<Result>> written(writers);
  std::atomic<bool> done{false};
  std::vector<Result> reader_failures;
  std::atomic<int> stats_runs{0}, list_runs{0};
  std::mutex failures_mutex;

  auto reader = [&](std::vector<std::string> args, std::atomic<int>& runs, bool is_list) {
    while (!done) {
      Result r = s.run(args);
      ++runs;
      bool ok = r.code == 0 && r.err.empty();
      if (ok) {
        const json j = json::parse(r.out, nullptr, false);
        ok = is_list ? (j.is_array() && j.size() <= 20) : (j.is_object() && j.contains("weeks"));
      }
      if (!ok) {
        std::lock_guard lock(failures_mutex);
        reader_failures.push_back(r);
      }
    }
  };

  const auto start = std::chrono::steady_clock::now();
  std::thread stats_reader(reader, std::vector<std::string>{"stats", "--json"}, std::ref(stats_runs), false);
  std::thread list_reader(reader, std::vector<std::string>{"log", "-n", "20", "--json"}, std::ref(list_runs), true);
  std::vector<std::thread> pool;
  for (int w = 0; w < writers; ++w)
    pool.emplace_back([&, w] {
      for (int i = 0; i < entries_per_writer; ++i)
        written[static_cast<std::size_t>(w)].push_back(
            s.run({"log", "Asked the baker for bread, writer " + std::to_string(w) + " entry " + std::to_string(i),
                   "-s", std::to_string((w + i) % 11), "-r", i % 3 == 0 ? "no" : "yes", "--json"}));
    });
  for (auto& t : pool) t.join();
  const auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  done = true;
  stats_reader.join();
  list_reader.join();

  // Every process succeeded, silently, and printed the entry it stored.
  std::set<long long> printed_ids;
  std::set<std::string> printed_texts;
  int failures = 0;
  for (const auto& per_writer : written)
    for (const auto& r : per_writer) {
      const json j = json::parse(r.out, nullptr, false);
      if (r.code != 0 || !r.err.empty() || !j.is_object() || !j.contains("id")) {
        if (++failures <= 5) FAIL_CHECK("a writer failed: " << describe(r));
        continue;
      }
      printed_ids.insert(j["id"].get<long long>());
      printed_texts.insert(j["text"].get<std::string>());
    }
  CHECK(0 == failures);
  CHECK(writers * entries_per_writer == static_cast<int>(printed_ids.size()));
  CHECK(writers * entries_per_writer == static_cast<int>(printed_texts.size()));
  for (std::size_t i = 0; i < reader_failures.size() && i < 5; ++i)
    FAIL_CHECK("a reader failed: " << describe(reader_failures[i]));
  CHECK(reader_failures.empty());

  // The journal holds exactly those entries, each once, each with its own id.
  CHECK("ok" == integrity(s.db()));
  CHECK(800 == s.count("entries"));
  CHECK("800" == s.query("SELECT count(DISTINCT id) FROM entries"));
  CHECK("800" == s.query("SELECT count(DISTINCT uid) FROM entries"));
  CHECK("800" == s.query("SELECT count(*) FROM requests"));
  CHECK("800" == s.query("SELECT sum(requests) FROM day_totals"));
  const Result all = s.run({"log", "-n", "1000", "--json"});
  REQUIRE(0 == all.code);
  std::set<long long> stored_ids;
  std::set<std::string> stored_texts;
  for (const auto& e : json::parse(all.out)) {
    stored_ids.insert(e["id"].get<long long>());
    stored_texts.insert(e["text"].get<std::string>());
  }
  CHECK(printed_ids == stored_ids);
  CHECK(printed_texts == stored_texts);
  CHECK(all.err.find("locked") == std::string::npos);

  MESSAGE("concurrency: " << writers << " writers x " << entries_per_writer << " log processes = "
                          << printed_ids.size() << " entries stored in " << elapsed << " s; readers ran stats "
                          << stats_runs.load() << " times and log -n 20 " << list_runs.load()
                          << " times, failures " << reader_failures.size());
}
