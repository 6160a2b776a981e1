// The command line as a whole, run in process (fixture.hpp): help, version, exit statuses,
// journal location, safety of files that are not journals. What needs the real binary (a
// terminal, main()'s MICROASK_NOW, the umask) is in tests/e2e/.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

#include <SQLiteCpp/SQLiteCpp.h>

#include "fixture.hpp"

using namespace microask::test;
namespace fs = std::filesystem;

TEST_CASE("--version prints the name and version") {
  Sandbox s;
  auto r = s.run_raw({"--version"});
  CHECK(0 == r.code);
  CHECK(r.out.starts_with("microask 0."));
  CHECK("" == r.err);
}

TEST_CASE("--help lists the subcommands, the exit statuses and the journal location") {
  Sandbox s;
  auto r = s.run_raw({"--help"});
  CHECK(0 == r.code);
  for (const char* word : {"plan", "ask", "log", "stats", "Exit status", "130", "MICROASK_DB", "--db", "--color"})
    CHECK_MESSAGE(r.out.find(word) != std::string::npos, word);
}

TEST_CASE("each subcommand's help shows an example") {
  Sandbox s;
  for (const char* sub : {"plan", "ask", "log", "stats"}) {
    auto r = s.run_raw({sub, "--help"});
    CHECK(0 == r.code);
    CHECK_MESSAGE(r.out.find("Example:") != std::string::npos, sub);
    CHECK_MESSAGE(r.out.find(std::string("microask ") + sub) != std::string::npos, sub);
  }
}

TEST_CASE("no subcommand prints the help") {
  Sandbox s;
  auto r = s.run_raw({});
  CHECK(0 == r.code);
  CHECK(r.out.find("Subcommands") != std::string::npos);
}

TEST_CASE("an unknown option is a one-line usage error, exit 2") {
  Sandbox s;
  auto r = s.run({"stats", "--frobnicate"});
  CHECK(2 == r.code);
  CHECK(r.err.find("--frobnicate") != std::string::npos);
  CHECK(1 == std::count(r.err.begin(), r.err.end(), '\n'));
  CHECK(r.err.starts_with("microask: error: "));
}

TEST_CASE("--color accepts auto, always, never only") {
  Sandbox s;
  auto r = s.run({"--color", "sometimes", "stats"});
  CHECK(2 == r.code);
  CHECK(r.err.find("'sometimes'") != std::string::npos);
  CHECK(r.err.find("auto, always or never") != std::string::npos);
}

TEST_CASE("global options may also follow the subcommand") {
  Sandbox s;
  auto r = s.run_raw({"plan", "Ask the barista for a glass of water", "--db", s.db().string()});
  CHECK(0 == r.code);
  CHECK(1 == s.count("requests"));
}

TEST_CASE("journal location: --db, then MICROASK_DB, then XDG_DATA_HOME, then HOME") {
  Sandbox s;
  const auto plan = std::vector<std::string>{"plan", "Ask the barista for a glass of water"};
  s.env["XDG_DATA_HOME"] = (s.dir() / "xdg").string();
  CHECK(0 == s.run_raw(plan).code);
  CHECK(fs::exists(s.dir() / "xdg" / "microask" / "journal.db"));

  s.env.erase("XDG_DATA_HOME");
  CHECK(0 == s.run_raw(plan).code);
  CHECK(fs::exists(s.dir() / "home" / ".local" / "share" / "microask" / "journal.db"));

  s.env["MICROASK_DB"] = (s.dir() / "env.db").string();
  CHECK(0 == s.run_raw(plan).code);
  CHECK(fs::exists(s.dir() / "env.db"));

  CHECK(0 == s.run(plan).code);  // --db wins over MICROASK_DB
  CHECK(fs::exists(s.db()));
}

TEST_CASE("an empty MICROASK_DB is a usage error") {
  Sandbox s;
  s.env["MICROASK_DB"] = "";
  auto r = s.run_raw({"stats"});
  CHECK(2 == r.code);
  CHECK(r.err.find("MICROASK_DB") != std::string::npos);
}

TEST_CASE("read-only commands on a missing journal show empty results and create nothing") {
  Sandbox s;
  for (auto args : std::vector<std::vector<std::string>>{{"stats"}, {"log"}, {"plan"}, {"log", "--json"},
                                                         {"stats", "--json"}, {"plan", "--check", "Ask Tom for a pen"}}) {
    auto r = s.run(args);
    CHECK_MESSAGE(0 == r.code, args[0]);
  }
  CHECK_FALSE(fs::exists(s.db()));
  CHECK_FALSE(fs::exists(s.dir() / "home"));
}

TEST_CASE("--db pointing at a directory: exit 3, nothing written") {
  Sandbox s;
  fs::create_directory(s.db());
  auto r = s.run({"plan", "Ask the barista for a glass of water"});
  CHECK(3 == r.code);
  CHECK(r.err.find(s.db().string()) != std::string::npos);
  CHECK(fs::is_empty(s.db()));
  CHECK(3 == s.run({"stats"}).code);
}

TEST_CASE("a file that is not a SQLite journal is refused and never modified") {
  Sandbox s;
  const std::string text = "my precious notes\nnot a database\n";
  { std::ofstream(s.db()) << text; }
  for (auto args : std::vector<std::vector<std::string>>{
           {"plan", "Ask the barista for a glass of water"}, {"log", "Asked Tom for a pen", "-s", "2", "-r", "y"},
           {"stats"}, {"log"}, {"ask"}}) {
    auto r = s.run(args);
    CHECK_MESSAGE(3 == r.code, args[0]);
    CHECK(1 == std::count(r.err.begin(), r.err.end(), '\n'));
  }
  CHECK(text == read_file(s.db()));
}

TEST_CASE("another application's SQLite database is refused and never modified") {
  Sandbox s;
  {
    SQLite::Database db(s.db().string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('Ana')");
  }
  const auto before = read_file(s.db());
  auto r = s.run({"plan", "Ask the barista for a glass of water"});
  CHECK(3 == r.code);
  CHECK(r.err.find("not a microask journal") != std::string::npos);
  CHECK(before == read_file(s.db()));
}

TEST_CASE("a journal from a newer schema is refused and left untouched") {
  Sandbox s;
  REQUIRE(0 == s.run({"plan", "Ask the barista for a glass of water"}).code);
  {
    SQLite::Database db(s.db().string(), SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = 999");
  }
  const auto before = read_file(s.db());
  auto r = s.run({"log", "1", "-s", "3", "-r", "no"});
  CHECK(3 == r.code);
  CHECK(r.err.find("newer") != std::string::npos);
  CHECK(3 == s.run({"stats"}).code);
  CHECK(before == read_file(s.db()));
}
