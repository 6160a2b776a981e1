// Files that are not (or no longer) usable microask journals, given to every command:
// one-line error, exit 3, and the file byte-identical with nothing created beside it.
// A read-only journal can still be read, and only read.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <random>

#include <SQLiteCpp/SQLiteCpp.h>

#include "support.hpp"

using namespace microask::test;
namespace fs = std::filesystem;

namespace {

// A real journal with planned, asked and logged requests, as bytes: the WAL microask keeps
// beside it folded into the file first, so that the file alone is the whole journal.
std::string real_journal(const Sandbox& s) {
  // #1 done with an entry, #2 ad hoc, #3 asked with a prediction, #4 planned.
  const std::string water = "Ask the barista for a glass of water";
  REQUIRE(0 == s.run({"plan", water}).code);
  REQUIRE(0 == s.run({"log", "1", "-s", "3", "-r", "no", "--note", "maybe later"}).code);
  REQUIRE(0 == s.run({"log", "Asked the baker to slice the bread", "-s", "2", "-r", "yes"}).code);
  REQUIRE(0 == s.run({"plan", water}).code);
  REQUIRE(0 == s.run({"ask", "--expect-stress", "4"}).code);
  REQUIRE(0 == s.run({"plan", water}).code);
  fold_wal(s.db());
  REQUIRE_FALSE(fs::exists(s.db().string() + "-wal"));
  return read_file(s.db());
}

std::string random_bytes(std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::string b(n, '\0');
  for (auto& c : b) c = static_cast<char>(rng() & 0xff);
  return b;
}

std::uint32_t be32(const std::string& b, std::size_t at) {
  return (std::uint32_t{static_cast<unsigned char>(b[at])} << 24) | (std::uint32_t{static_cast<unsigned char>(b[at + 1])} << 16) |
         (std::uint32_t{static_cast<unsigned char>(b[at + 2])} << 8) | std::uint32_t{static_cast<unsigned char>(b[at + 3])};
}

struct Kind {
  std::string name;
  std::string bytes;         // the file's content (unless a directory or a FIFO)
  std::string says;          // a substring of the expected message
  bool directory = false, fifo = false;
  // A file that passes every check on its header reaches SQLite, which makes its -shm
  // index (and an empty -wal) beside it before finding the damage, and cannot remove them
  // as a reader. Those two may appear; the file itself stays byte-identical.
  bool sqlite_side_files = false;
};

std::vector<std::vector<std::string>> write_commands(const fs::path& import_file) {
  return {{"log", "Asked the baker for a bag", "-s", "2", "-r", "yes"},
          {"log", "1", "-s", "2", "-r", "yes"},
          {"log", "-s", "2", "-r", "yes"},
          {"plan", "Ask the barista for a glass of water"},
          {"plan", "--drop", "4"},
          {"ask"},
          {"ask", "4", "--expect", "no"},
          {"log", "--edit", "1", "-s", "4"},
          {"log", "--delete", "1", "-y"},
          {"undo", "-y"},
          {"log", "--import", import_file.string()}};
}

std::vector<std::vector<std::string>> read_commands(const fs::path& export_file) {
  return {{"log"},           {"log", "--json"}, {"log", "--csv"},         {"log", "--since", "2026-01-01"},
          {"stats"},         {"stats", "--all", "--json"}, {"plan"},    {"plan", "--json"},
          {"log", "--export", "-"}, {"log", "--export", export_file.string()}};
}

std::string joined(const std::vector<std::string>& args) {
  std::string s;
  for (const auto& a : args) s += (s.empty() ? "" : " ") + a;
  return s;
}

}  // namespace

TEST_CASE("damaged and foreign files: every command exits 3 with one line, the file byte-identical") {
  Sandbox s;
  const std::string journal = real_journal(s);
  const std::size_t page = (std::size_t{static_cast<unsigned char>(journal[16])} << 8) | static_cast<unsigned char>(journal[17]);
  REQUIRE(journal.size() >= 4 * page);
  const fs::path import_file = s.dir() / "import.jsonl";
  write_file(import_file, s.run({"log", "--export", "-"}).out);

  std::vector<Kind> kinds;
  kinds.push_back({"truncated mid-page", journal.substr(0, 2 * page + page / 2), "truncated"});
  kinds.push_back({"truncated at a page boundary", journal.substr(0, 2 * page), "truncated"});
  kinds.push_back({"random bytes", random_bytes(journal.size(), 4), "not a SQLite database"});
  kinds.push_back({"empty file", "", "empty"});
  kinds.push_back({"a directory", "", "directory", true});
  kinds.push_back({"a named pipe", "", "not a regular file", false, true});
  {  // The header of a journal over pages of noise: passes every check on the header.
    std::string b = journal.substr(0, 100) + random_bytes(journal.size() - 100, 5);
    kinds.push_back({"a journal header over random pages", b, "damaged", false, false, true});
  }
  {  // Another application's SQLite database.
    const fs::path other = s.dir() / "other.sqlite";
    {
      SQLite::Database d(other.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      d.exec("CREATE TABLE entries (id INTEGER PRIMARY KEY, what TEXT); INSERT INTO entries (what) VALUES ('theirs')");
    }
    kinds.push_back({"another application's SQLite database", read_file(other), "another application"});
  }
  {  // A journal from a newer microask: user_version 9 in the header.
    std::string b = journal;
    b[60] = 0, b[61] = 0, b[62] = 0, b[63] = 9;
    REQUIRE(be32(journal, 60) >= 1);  // the user_version is there (a number below 9)
    REQUIRE(be32(journal, 60) < 9);
    kinds.push_back({"a newer schema", b, "newer microask"});
  }

  int tried = 0;
  for (const auto& kind : kinds) {
    for (const bool writes : {true, false}) {
      const fs::path dir = s.dir() / ("case" + std::to_string(tried));
      const fs::path export_file = dir / "out" / "export.jsonl";
      const auto commands = writes ? write_commands(import_file) : read_commands(export_file);
      for (const auto& command : commands) {
        fs::remove_all(dir);
        fs::create_directories(dir / "out");
        const fs::path db = dir / "journal.db";
        if (kind.directory) fs::create_directory(db);
        else if (kind.fifo) REQUIRE(0 == ::mkfifo(db.c_str(), 0600));
        else write_file(db, kind.bytes);
        const auto before = listing(dir);
        std::vector<std::string> args{"--db", db.string()};
        args.insert(args.end(), command.begin(), command.end());
        const Result r = s.run_raw(args);
        ++tried;
        INFO(kind.name << ": microask " << joined(command) << " -> " << describe(r));
        CHECK(3 == r.code);
        CHECK(one_line(r.err));
        CHECK(r.err.starts_with("microask: error: "));
        CHECK(r.err.find(kind.says) != std::string::npos);
        CHECK(r.err.find(db.string()) != std::string::npos);
        CHECK(r.out.empty());
        auto after = listing(dir);
        if (kind.sqlite_side_files) {
          CHECK(read_file(db.string() + "-wal").empty());
          after.erase("journal.db-wal");
          after.erase("journal.db-shm");
        }
        CHECK(before == after);  // no -wal, -shm, -journal, temp or export file
        if (!kind.directory && !kind.fifo) CHECK(kind.bytes == read_file(db));
      }
    }
  }
  MESSAGE("damaged and foreign files: " << kinds.size() << " kinds, " << tried << " commands, all refused");
}

TEST_CASE("plan --check needs no journal: a foreign --db is not even opened") {
  Sandbox s;
  write_file(s.db(), random_bytes(5000, 6));
  const std::string bytes = read_file(s.db());
  const Result r = s.run({"plan", "--check", "Ask the barista for a glass of water"});
  CHECK_MESSAGE(0 == r.code, describe(r));
  CHECK(bytes == read_file(s.db()));
}

TEST_CASE("a read-only journal (chmod 0444, even for root) is read, never written") {
  Sandbox s;
  const std::string journal = real_journal(s);
  const fs::path import_file = s.dir() / "import.jsonl";
  write_file(import_file, s.run({"log", "--export", "-"}).out);
  // What the reads show on the writable journal, to compare with.
  const fs::path export_file = s.dir() / "export.jsonl";
  std::vector<std::string> expected;
  for (const auto& c : read_commands(export_file)) expected.push_back(s.run(c).out);
  fs::remove(s.db().string() + "-wal");
  fs::remove(s.db().string() + "-shm");
  fs::remove(export_file);

  for (const bool folder_read_only : {false, true}) {
    const fs::path dir = s.dir() / (folder_read_only ? "ro-folder" : "ro-file");
    fs::create_directories(dir);
    const fs::path db = dir / "journal.db";
    write_file(db, journal);
    ::chmod((folder_read_only ? dir : db).c_str(), folder_read_only ? 0555 : 0444);
    const auto before = listing(dir);
    for (const auto& command : write_commands(import_file)) {
      std::vector<std::string> args{"--db", db.string()};
      args.insert(args.end(), command.begin(), command.end());
      const Result r = s.run_raw(args);
      INFO((folder_read_only ? "read-only folder" : "read-only file") << ": microask " << joined(command) << " -> "
                                                                     << describe(r));
      if (command == std::vector<std::string>{"ask"} && r.code == 0) {
        // `ask` shows the request already waiting to be logged (#3) and writes nothing:
        // a fair thing to do with a journal that can only be read.
        CHECK(r.out.find("#3") != std::string::npos);
        CHECK(r.err.empty());
      } else {
        CHECK(3 == r.code);
        CHECK(r.err.find("read-only") != std::string::npos);
        CHECK(one_line(r.err));
        CHECK(r.out.empty());
      }
      CHECK(journal == read_file(db));
      CHECK(before == listing(dir));
    }
    const auto reads = read_commands(export_file);
    for (std::size_t i = 0; i < reads.size(); ++i) {
      std::vector<std::string> args{"--db", db.string()};
      args.insert(args.end(), reads[i].begin(), reads[i].end());
      const Result r = s.run_raw(args);
      INFO("read-only: microask " << joined(reads[i]) << " -> " << describe(r));
      CHECK(0 == r.code);
      CHECK(expected[i] == r.out);
      CHECK(journal == read_file(db));
      CHECK(before == listing(dir));  // read as immutable: no -wal, no -shm
    }
    CHECK(fs::exists(export_file));
    fs::remove(export_file);
    ::chmod(dir.c_str(), 0700);
  }
}
