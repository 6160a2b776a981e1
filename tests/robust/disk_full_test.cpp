// A full disk, on a 256 KiB tmpfs the test mounts (skipped, saying why, where it cannot):
// writes fail with exit 3 and "disk full", and what was there stays there.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "support.hpp"

using namespace microask::test;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t disk_size = 256 * 1024;

std::vector<std::string> with_db(const fs::path& db, std::vector<std::string> args) {
  args.insert(args.begin(), {"--db", db.string()});
  return args;
}

// An export of `n` ad-hoc requests and their entries, made up here (uids are hex).
std::string made_up_export(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    char uid[33];
    std::snprintf(uid, sizeof uid, "%032x", i + 1);
    char entry_uid[33];
    std::snprintf(entry_uid, sizeof entry_uid, "e%031x", i + 1);
    out += json({{"type", "request"}, {"uid", uid}, {"text", "Asked the baker for bread number " + std::to_string(i)},
                 {"addressee", nullptr}, {"lang", "en"}, {"concrete", "pass"}, {"concrete_reasons", json::array()},
                 {"reversible", "pass"}, {"reversible_reasons", json::array()}, {"low_cost", "pass"},
                 {"low_cost_reasons", json::array()}, {"status", "done"}, {"created_utc", 1795687200 - i * 60},
                 {"created_offset", 0}, {"asked_utc", nullptr}, {"asked_offset", nullptr},
                 {"expected_stress", nullptr}, {"expected_response", nullptr}})
               .dump() +
           "\n";
    out += json({{"type", "entry"}, {"uid", entry_uid}, {"request_uid", uid}, {"asked_utc", 1795687200 - i * 60},
                 {"asked_offset", 0}, {"stress", i % 11}, {"response", "yes"}, {"note", std::string(200, 'n')},
                 {"expected_stress", nullptr}, {"expected_response", nullptr}})
               .dump() +
           "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("full disk: an append fails with exit 3 and 'disk full', earlier entries intact, works again once freed") {
  Sandbox s;
  const fs::path small = s.dir() / "small";
  TmpfsMount disk(small, disk_size);
  if (!disk.mounted()) {
    MESSAGE("full-disk test skipped: " << disk.why());
    return;
  }
  const fs::path db = small / "journal.db";
  for (int i = 0; i < 5; ++i)
    REQUIRE(0 == s.run_raw(with_db(db, {"log", "Asked the baker for bread " + std::to_string(i), "-s", "2", "-r", "yes"})).code);
  const std::string listed = s.run_raw(with_db(db, {"log", "--json"})).out;

  // First with nothing beside the journal (SQLite must create its -shm index on a full
  // disk), then with the -wal/-shm pair a reader left (the WAL itself cannot grow).
  for (const bool reader_first : {false, true}) {
    INFO((reader_first ? "with -wal/-shm left by a reader" : "with the journal alone"));
    if (reader_first) {
      REQUIRE(0 == s.run_raw(with_db(db, {"stats"})).code);
    } else {  // the WAL the writers kept, folded into the file: nobody uses them now
      fold_wal(db);
      REQUIRE(read_file(db.string() + "-wal").empty());
      fs::remove(db.string() + "-wal");
      fs::remove(db.string() + "-shm");
    }
    const fs::path filler = fill_disk(small);
    const std::string bytes = read_file(db);
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"log", "Asked the baker for one more", "-s", "2", "-r", "yes"},
             {"log", "1", "-s", "2", "-r", "no"},
             {"plan", "Ask the barista for a glass of water"},
             {"log", "--edit", "1", "-s", "9"}}) {
      const Result r = s.run_raw(with_db(db, args));
      INFO(args[0] << " " << args[1] << " -> " << describe(r));
      CHECK(3 == r.code);
      CHECK(one_line(r.err));
      CHECK(r.err.find("disk full") != std::string::npos);
      CHECK(r.out.empty());
      CHECK(bytes == read_file(db));
    }
    // Reading needs no room when the index is already there; without it, a clear refusal.
    const Result read = s.run_raw(with_db(db, {"log", "--json"}));
    if (reader_first) {
      CHECK_MESSAGE(0 == read.code, describe(read));
      CHECK(listed == read.out);
    } else {
      CHECK_MESSAGE((read.code == 0 || (read.code == 3 && read.err.find("disk full") != std::string::npos)),
                    describe(read));
      if (read.code == 0) CHECK(listed == read.out);
    }
    fs::remove(filler);
    CHECK("ok" == integrity(db));
    CHECK(5 == std::stoll(query_db(db, "SELECT count(*) FROM entries")));
    CHECK("2" == query_db(db, "SELECT stress FROM entries WHERE id = 1"));
    const Result again = s.run_raw(with_db(db, {"log", "--json"}));
    CHECK_MESSAGE(0 == again.code, describe(again));
    CHECK(listed == again.out);
  }
  // Room again: writing works.
  const Result r = s.run_raw(with_db(db, {"log", "Asked the baker for one more", "-s", "2", "-r", "yes"}));
  CHECK_MESSAGE(0 == r.code, describe(r));
  CHECK(6 == std::stoll(query_db(db, "SELECT count(*) FROM entries")));
}

TEST_CASE("full disk during a large import: exit 3, nothing imported (one transaction)") {
  Sandbox s;
  const fs::path small = s.dir() / "small";
  TmpfsMount disk(small, disk_size);
  if (!disk.mounted()) {
    MESSAGE("full-disk test skipped: " << disk.why());
    return;
  }
  const fs::path db = small / "journal.db";
  REQUIRE(0 == s.run_raw(with_db(db, {"log", "Asked the baker for bread", "-s", "2", "-r", "yes"})).code);
  const fs::path big = s.dir() / "big.jsonl";  // outside the small disk
  write_file(big, made_up_export(1500));
  const Result r = s.run_raw(with_db(db, {"log", "--import", big.string()}));
  CHECK_MESSAGE(3 == r.code, describe(r));
  CHECK(one_line(r.err));
  CHECK(r.err.find("disk full") != std::string::npos);
  CHECK("ok" == integrity(db));
  CHECK("1" == query_db(db, "SELECT count(*) FROM entries"));
  CHECK("1" == query_db(db, "SELECT count(*) FROM requests"));
  // The WAL the failed transaction grew fills the disk; the next writer reuses its room
  // from the start. (Its entry stays in the WAL until the disk has room for a checkpoint.)
  const Result next = s.run_raw(with_db(db, {"log", "Asked the baker for a bag", "-s", "2", "-r", "yes"}));
  CHECK_MESSAGE(0 == next.code, describe(next));
  CHECK("2" == query_db(db, "SELECT count(*) FROM entries"));
  CHECK("ok" == integrity(db));
  for (const auto& name : listing(small))
    CHECK_MESSAGE((name == "journal.db" || name == "journal.db-wal" || name == "journal.db-shm"), name);
}

TEST_CASE("full disk: an export fails, leaves the old export whole and no temporary file") {
  Sandbox s;
  const fs::path small = s.dir() / "small";
  TmpfsMount disk(small, disk_size);
  if (!disk.mounted()) {
    MESSAGE("full-disk test skipped: " << disk.why());
    return;
  }
  // The journal elsewhere, with enough in it that its export needs room.
  write_file(s.dir() / "some.jsonl", made_up_export(50));
  REQUIRE(0 == s.run({"log", "--import", (s.dir() / "some.jsonl").string()}).code);
  const fs::path old_export = small / "export.jsonl";
  write_file(old_export, "an older export\n");
  const fs::path filler = fill_disk(small);
  const auto before = listing(small);
  for (const fs::path& target : {old_export, small / "new.jsonl"}) {
    const Result r = s.run({"log", "--export", target.string()});
    INFO(target << " -> " << describe(r));
    // A target that cannot be written is the user's bad output path (2), not the journal (3).
    CHECK(2 == r.code);
    CHECK(one_line(r.err));
    CHECK(r.err.find("No space left on device") != std::string::npos);
    CHECK(before == listing(small));  // no temporary file, no partial new file
    CHECK("an older export\n" == read_file(old_export));
  }
  fs::remove(filler);
  const Result ok = s.run({"log", "--export", old_export.string()});
  CHECK_MESSAGE(0 == ok.code, describe(ok));
  CHECK(s.run({"log", "--export", "-"}).out == read_file(old_export));
}
