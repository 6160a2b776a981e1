// microask under ptrace, stopped at each of its system calls (skipped, saying why, where
// ptrace is not allowed):
// - the files an append syncs: the WAL once when the writers kept it; a new WAL's header
//   and folder entry too; the journal file when a commit folds the WAL into it;
// - writers killed after their commit and before they close the journal (stopped at a
//   system call once their entry can be read by another process, the WAL still open, then
//   SIGKILLed): nothing of the close is needed, the entry is in the journal when it is
//   opened again and the journal is whole. Some kills land in the checkpoint a commit makes
//   past the WAL's bound, leaving the file half-copied.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>

#include "support.hpp"

using namespace microask::test;
namespace fs = std::filesystem;

namespace {

struct Syscall {
  long number = -1;
  std::vector<unsigned long> args;
};

// The system call a stopped tracee is in, from /proc (the numbers of this architecture).
std::optional<Syscall> syscall_of(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/syscall");
  std::string first;
  if (!(in >> first) || first == "running") return std::nullopt;
  Syscall s;
  s.number = std::stol(first);
  for (std::string a; in >> a;) s.args.push_back(std::stoul(a, nullptr, 16));
  return s;
}

// The descriptor on which a process has `file` open, or -1.
long fd_of(pid_t pid, const fs::path& file) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator("/proc/" + std::to_string(pid) + "/fd", ec)) {
    std::error_code ec2;
    if (fs::read_symlink(e.path(), ec2) == file) return std::stol(e.path().filename().string());
  }
  return -1;
}

// A run of microask under ptrace, stopped at every system call (entry and exit).
struct Traced {
  bool traced = false;  // false: ptrace refused (why says so)
  std::string why;
  bool killed = false;  // on_stop asked for it
};

// Runs microask with `args` under ptrace; at each system call stop calls
// on_stop(pid, entering, call), which returns true to SIGKILL it there.
template <typename OnStop>
Traced trace(const std::vector<std::string>& args, const std::map<std::string, std::string>& env, OnStop&& on_stop) {
  std::vector<std::string> argv_s{exe};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_s;
  for (const auto& [k, v] : env) env_s.push_back(k + "=" + v);
  std::vector<char*> envp;
  for (auto& e : env_s) envp.push_back(e.data());
  envp.push_back(nullptr);

  Traced t;
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const int null = ::open("/dev/null", O_RDWR);
    ::dup2(null, 0);
    ::dup2(null, 1);
    ::dup2(null, 2);
    if (::ptrace(PTRACE_TRACEME, 0, nullptr, nullptr) != 0) ::_exit(126);
    ::raise(SIGSTOP);
    ::execve(exe.c_str(), argv.data(), envp.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFSTOPPED(status)) {
    t.why = "ptrace is not allowed here (PTRACE_TRACEME failed)";
    return t;
  }
  if (::ptrace(PTRACE_SETOPTIONS, pid, nullptr, PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL | PTRACE_O_TRACEEXEC) != 0) {
    t.why = std::string("ptrace is not allowed here: ") + std::strerror(errno);
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    return t;
  }
  t.traced = true;
  bool entering = false;
  ::ptrace(PTRACE_SYSCALL, pid, nullptr, nullptr);
  for (;;) {
    if (::waitpid(pid, &status, 0) < 0) break;
    if (WIFEXITED(status) || WIFSIGNALED(status)) break;  // finished
    const int sig = WSTOPSIG(status);
    int deliver = 0;
    if (sig == (SIGTRAP | 0x80)) {
      entering = !entering;
      const auto call = syscall_of(pid);
      if (call && on_stop(pid, entering, *call)) {
        t.killed = true;
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        return t;
      }
    } else if ((status >> 8) != (SIGTRAP | (PTRACE_EVENT_EXEC << 8)) && sig != SIGTRAP && sig != SIGSTOP) {
      deliver = sig;
    }
    ::ptrace(PTRACE_SYSCALL, pid, nullptr, reinterpret_cast<void*>(static_cast<long>(deliver)));
  }
  return t;
}

bool is_sync(const Syscall& c) { return c.number == SYS_fdatasync || c.number == SYS_fsync; }

long fd_arg(const Syscall& c) { return c.args.empty() ? -1 : static_cast<long>(c.args[0]); }

struct Outcome {
  Traced run;
  bool killed = false;       // killed after the commit, the WAL still open
  bool during_fold = false;  // after the commit had started writing the journal file itself
  int syscalls_after_commit = 0;
};

// SIGKILLs microask at the `target`-th system call stop after `committed()` first holds
// (looked at from the first sync on), or just before it closes the WAL, whichever is first.
template <typename Committed>
Outcome kill_after_commit(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                          const fs::path& db, int target, Committed&& committed) {
  Outcome o;
  const fs::path wal = db.string() + "-wal";
  bool synced = false;
  int after = -1;
  long db_fd = -1;
  o.run = trace(args, env, [&](pid_t pid, bool entering, const Syscall& call) {
    if (entering && is_sync(call)) synced = true;
    if (synced && after < 0 && committed()) {
      after = 0;
      db_fd = fd_of(pid, db);
    }
    if (after < 0) return false;
    if (entering && call.number == SYS_pwrite64 && db_fd >= 0 && fd_arg(call) == db_fd) o.during_fold = true;
    const long wal_fd = fd_of(pid, wal);
    const bool closing_wal = entering && call.number == SYS_close && fd_arg(call) == wal_fd;
    if (after >= target || closing_wal || wal_fd < 0) {
      o.killed = wal_fd >= 0;  // the WAL still open: before the close
      o.syscalls_after_commit = after;
      return true;
    }
    ++after;
    return false;
  });
  return o;
}

// The files microask syncs in one run, in order (a folder by its path).
std::vector<fs::path> synced_files(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                                   Traced* run = nullptr) {
  std::vector<fs::path> synced;
  const Traced t = trace(args, env, [&](pid_t pid, bool entering, const Syscall& call) {
    if (entering && is_sync(call)) {
      std::error_code ec;
      synced.push_back(fs::read_symlink("/proc/" + std::to_string(pid) + "/fd/" + std::to_string(fd_arg(call)), ec));
    }
    return false;
  });
  if (run) *run = t;
  return synced;
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

void check_whole(const fs::path& db) {
  CHECK("ok" == integrity(db));
  CHECK(query_db(db, "SELECT count(*) FROM requests") == query_db(db, "SELECT count(*) FROM entries"));
  CHECK(query_db(db, "SELECT count(*) FROM entries") == query_db(db, "SELECT coalesce(sum(requests), 0) FROM day_totals"));
}

}  // namespace

TEST_CASE("SIGKILL between the commit and the close: the entry is there when the journal is opened again") {
  Sandbox s;
  REQUIRE(0 == s.run({"log", "Asked the baker to slice the bread", "-s", "1", "-r", "yes"}).code);
  const fs::path wal = s.db().string() + "-wal";
  const auto run_killed = [&](const std::string& text, int target) {
    return kill_after_commit({"--db", s.db().string(), "log", text, "-s", "3", "-r", "no", "--json"}, s.env, s.db(),
                             target, [&] { return "1" == query_db(s.db(), "SELECT count(*) FROM requests WHERE text = " + quoted(text)); });
  };
  const auto reopened_shows = [&](const std::string& text) {
    const Result r = s.run({"log", "-n", "1", "--json"});
    CHECK_MESSAGE(0 == r.code, describe(r));
    return r.out.find("\"text\":\"" + text + "\"") != std::string::npos;
  };

  // Appends in their common case (the WAL kept), killed 0 to 20 system calls after the commit.
  int killed = 0, in_folds = 0;
  long long expected = s.count("entries");
  for (int round = 0; round < 24; ++round) {
    const std::string text = "Asked the baker for bread, killed after commit " + std::to_string(round);
    const Outcome o = run_killed(text, round % 21);
    if (!o.run.traced) {
      MESSAGE("commit-kill test skipped: " << o.run.why);
      return;
    }
    INFO("round " << round << ", killed " << o.syscalls_after_commit << " system calls after the commit");
    CHECK(o.killed);
    killed += o.killed;
    in_folds += o.during_fold;
    ++expected;
    CHECK(reopened_shows(text));
    CHECK(expected == s.count("entries"));
    check_whole(s.db());
  }

  // The commit that crosses the WAL's bound, killed at points all through the checkpoint it
  // makes: each time from the same journal, its WAL just under the bound.
  for (int i = 0; i < 40 && fs::file_size(wal) < 32 + (128 - 12) * (4096 + 24); ++i)
    REQUIRE(0 == s.run({"log", "Asked the baker for a bag " + std::to_string(i), "-s", "2", "-r", "yes"}).code);
  const fs::path saved = s.dir() / "saved";
  fs::create_directories(saved);
  fs::copy_file(s.db(), saved / "journal.db");
  fs::copy_file(wal, saved / "journal.db-wal");
  const long long before = s.count("entries");
  int folds_cut = 0;
  for (int target = 0; target < 300; target += 20) {
    fs::copy_file(saved / "journal.db", s.db(), fs::copy_options::overwrite_existing);
    fs::copy_file(saved / "journal.db-wal", wal, fs::copy_options::overwrite_existing);
    fs::remove(s.db().string() + "-shm");  // as after a crash: rebuilt from the WAL
    const std::string text = "Asked the baker for bread, killed in the fold " + std::to_string(target);
    const Outcome o = run_killed(text, target);
    INFO("killed " << o.syscalls_after_commit << " system calls after the commit that crosses the bound");
    CHECK(o.killed);
    folds_cut += o.during_fold;
    CHECK(reopened_shows(text));
    CHECK(before + 1 == s.count("entries"));
    check_whole(s.db());
    // And the journal takes the next append as usual.
    REQUIRE(0 == s.run({"log", "Asked the baker for one more", "-s", "2", "-r", "yes"}).code);
    CHECK(before + 2 == s.count("entries"));
    check_whole(s.db());
  }
  CHECK(folds_cut > 0);
  MESSAGE("killed between commit and close: " << killed << " appends (" << in_folds << " in a checkpoint), then "
                                              << folds_cut << " kills inside the checkpoint past the WAL's bound; every entry there");
}

TEST_CASE("an append with the WAL kept syncs the WAL once, one that starts a WAL also syncs its folder first") {
  Sandbox s;
  REQUIRE(0 == s.run({"log", "Asked the baker to slice the bread", "-s", "1", "-r", "yes"}).code);
  const fs::path wal = fs::canonical(s.dir()) / "journal.db-wal";
  const auto log = [&](const std::string& text, Traced* run = nullptr) {
    return synced_files({"--db", s.db().string(), "log", text, "-s", "2", "-r", "yes"}, s.env, run);
  };
  Traced run;
  const auto first = log("Asked the baker for a bag", &run);
  if (!run.traced) {
    MESSAGE("sync-count test skipped: " << run.why);
    return;
  }
  CHECK(std::vector<fs::path>{wal} == first);
  // Until the commit that crosses the bound: that one also copies the WAL into the file.
  int appends = 1, ones = 1;
  std::vector<fs::path> crossing;
  for (; appends < 40; ++appends) {
    const auto synced = log("Asked the baker for bread " + std::to_string(appends));
    if (fs::file_size(wal) == 0) {
      crossing = synced;
      break;
    }
    CHECK(std::vector<fs::path>{wal} == synced);
    ones += synced.size() == 1;
  }
  REQUIRE(!crossing.empty());
  CHECK(std::vector<fs::path>{wal, wal, fs::canonical(s.db())} == crossing);  // commit, then the checkpoint's two
  // The next append starts a new WAL: its header and the folder's entry for it are synced
  // before the commit is.
  const auto fresh = log("Asked the baker for one more");
  CHECK(std::vector<fs::path>{wal, fs::canonical(s.dir()), wal} == fresh);
  // And after it, one sync again.
  CHECK(std::vector<fs::path>{wal} == log("Asked the baker for the last one"));
  MESSAGE("syncs: 1 for " << ones << " appends, 3 for the one that folds the WAL, 3 for the next (a new WAL)");
}
