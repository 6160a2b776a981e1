// The journal is private: folders microask creates are 0700 and the file 0600 whatever the
// umask, and nothing is left anywhere else (no temporary files, nothing in HOME or TMPDIR
// but the journal).
#include <doctest/doctest.h>
#include <sys/stat.h>

#include "support.hpp"

using namespace microask::test;
namespace fs = std::filesystem;

namespace {

// Restores the umask on every way out.
struct Umask {
  mode_t old;
  explicit Umask(mode_t m) : old(::umask(m)) {}
  ~Umask() { ::umask(old); }
};

std::set<std::string> suspicious_in_tmp() {
  std::set<std::string> found;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator("/tmp", ec)) {
    const std::string name = e.path().filename().string();
    // What microask or SQLite would leave: SQLite's temporary files, a journal, a
    // temporary export. (Other tests running at the same time make their own sandboxes.)
    if (name.find("etilqs") != std::string::npos || name.find("journal") != std::string::npos ||
        name.find(".tmp-") != std::string::npos)
      found.insert(name);
  }
  return found;
}

}  // namespace

TEST_CASE("under umask 000: folders 0700, journal and side files 0600, export 0600, nothing else written") {
  Sandbox s;
  const fs::path home = s.dir() / "home";
  const fs::path tmp = s.dir() / "tmp";
  const fs::path backup = s.dir() / "backup";
  for (const auto& d : {home, tmp, backup}) fs::create_directories(d);
  fs::permissions(home, fs::perms(0755));  // an ordinary home: microask must not change it
  fs::permissions(tmp, fs::perms(0777));
  auto env = s.env;
  env["TMPDIR"] = tmp.string();
  env["SQLITE_TMPDIR"] = tmp.string();
  const auto tmp_before = suspicious_in_tmp();
  const fs::path journal = home / ".local" / "share" / "microask" / "journal.db";
  const std::string water = "Ask the barista for a glass of water";
  {
    Umask permissive(0);
    // No --db: the default place under HOME.
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"plan", "--check", water},
             {"plan", water},
             {"plan", water},
             {"ask", "--expect-stress", "5"},
             {"log", "-s", "4", "-r", "yes", "--note", "fine"},
             {"log", "Asked the baker to slice the bread", "-s", "2", "-r", "no"},
             {"log", "--edit", "2", "-s", "3"},
             {"log", "--delete", "2", "-y"},
             {"undo", "-y"},
             {"plan", "--drop", "2"},
             {"stats", "--all"},
             {"log", "--json"},
             {"log", "--csv"},
             {"log", "--export", (backup / "journal.jsonl").string()},
             {"log", "--export", (backup / "journal.jsonl").string()},  // over the first one
             {"log", "--import", (backup / "journal.jsonl").string()},
             {"plan", "--batch", "-"},
         }) {
      const Result r = run_process(exe, args, env, args[0] == "plan" && args.size() > 1 && args[1] == "--batch" ? water + "\n" : "");
      CHECK_MESSAGE(0 == r.code, args[0] << " " << (args.size() > 1 ? args[1] : "") << " -> " << describe(r));
    }
    // A journal given with --db in folders that do not exist yet.
    const Result r = run_process(exe, {"--db", (s.dir() / "a" / "b" / "j.db").string(), "plan", water}, env);
    CHECK_MESSAGE(0 == r.code, describe(r));
    // And through XDG_DATA_HOME.
    auto xdg_env = env;
    xdg_env["XDG_DATA_HOME"] = (s.dir() / "xdg").string();
    const Result x = run_process(exe, {"log", "Asked the baker for a bag", "-s", "1", "-r", "yes"}, xdg_env);
    CHECK_MESSAGE(0 == x.code, describe(x));
  }

  CHECK(0755u == mode_of(home));
  for (const auto& d : {home / ".local", home / ".local" / "share", home / ".local" / "share" / "microask",
                        s.dir() / "a", s.dir() / "a" / "b", s.dir() / "xdg", s.dir() / "xdg" / "microask"})
    CHECK_MESSAGE(0700u == mode_of(d), d);
  for (const auto& f : {journal, s.dir() / "a" / "b" / "j.db", s.dir() / "xdg" / "microask" / "journal.db",
                        backup / "journal.jsonl"})
    CHECK_MESSAGE(0600u == mode_of(f), f);
  for (const char* side : {"-wal", "-shm"})
    if (fs::exists(journal.string() + side)) CHECK(0600u == mode_of(journal.string() + side));

  // Nothing but the journal (and SQLite's own -wal/-shm) under HOME; nothing in TMPDIR.
  std::set<std::string> allowed{".local", ".local/share", ".local/share/microask", ".local/share/microask/journal.db",
                                ".local/share/microask/journal.db-wal", ".local/share/microask/journal.db-shm"};
  for (const auto& name : listing(home)) CHECK_MESSAGE(allowed.count(name) == 1, "unexpected file in HOME: " << name);
  CHECK(listing(home).count(".local/share/microask/journal.db") == 1);
  CHECK(listing(tmp).empty());
  CHECK(std::set<std::string>{"journal.jsonl"} == listing(backup));
  for (const auto& name : listing(s.dir() / "a" / "b"))
    CHECK_MESSAGE((name == "j.db" || name == "j.db-wal" || name == "j.db-shm"), name);
  const auto tmp_after = suspicious_in_tmp();
  for (const auto& name : tmp_after) CHECK_MESSAGE(tmp_before.count(name) == 1, "new in /tmp: " << name);
  CHECK("ok" == integrity(journal));
}
