// Support for the robustness tests: children that can be killed mid-run, children on a
// pseudo-terminal, a size-limited tmpfs, and facts about files (bytes, modes, listings).
// Builds on tests/e2e/process.hpp (Sandbox, run_process).
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "../e2e/process.hpp"

namespace microask::test {

// The built binary.
inline const std::string exe = MICROASK_EXE;

// A child with its standard output and error on pipes and stdin on /dev/null, started at
// once; finish() waits for it, optionally signalling it first, and collects its output.
class Child {
 public:
  Child(const std::vector<std::string>& args, const std::map<std::string, std::string>& env);
  ~Child();
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  pid_t pid() const { return pid_; }
  // True while it has not exited (reaps it when it has).
  bool running();
  // Sends `sig` (when given and the child still runs), then drains and reaps it.
  Result finish(std::optional<int> sig = std::nullopt);
  // Whether the signal passed to finish() reached a running child.
  bool signalled() const { return signalled_; }

 private:
  pid_t pid_ = -1;
  int out_ = -1, err_ = -1;
  bool reaped_ = false, signalled_ = false;
  int status_ = 0;
};

// A child on a pseudo-terminal (its stdin, stdout and stderr), in its own session, so that
// typing Ctrl-C at the terminal sends SIGINT to it as a shell would.
class PtyChild {
 public:
  PtyChild(const std::vector<std::string>& args, const std::map<std::string, std::string>& env);
  ~PtyChild();
  PtyChild(const PtyChild&) = delete;
  PtyChild& operator=(const PtyChild&) = delete;

  pid_t pid() const { return pid_; }
  // Reads the terminal until `text` appears; false on timeout or when the child is gone.
  bool wait_for(const std::string& text, std::chrono::milliseconds timeout = std::chrono::seconds(10));
  void type(const std::string& keys);
  void signal(int sig);
  // Waits for the exit (at most 10 s, then SIGKILL); 128 + signal when killed.
  int wait();
  const std::string& transcript() const { return transcript_; }

 private:
  void read_some(int timeout_ms);
  pid_t pid_ = -1;
  int master_ = -1;
  bool reaped_ = false;
  int code_ = -1;
  std::string transcript_;
};

// A tmpfs of `bytes` mounted on `dir` (created), unmounted on destruction. mounted() is
// false, with why(), where mounting is not allowed (no privilege, no tmpfs).
class TmpfsMount {
 public:
  TmpfsMount(const std::filesystem::path& dir, std::size_t bytes);
  ~TmpfsMount();
  TmpfsMount(const TmpfsMount&) = delete;
  TmpfsMount& operator=(const TmpfsMount&) = delete;
  bool mounted() const { return mounted_; }
  const std::string& why() const { return why_; }

 private:
  std::filesystem::path dir_;
  bool mounted_ = false;
  std::string why_;
};

// Fills the filesystem holding `dir` with a file until it refuses more; returns the path.
std::filesystem::path fill_disk(const std::filesystem::path& dir);

// Permission bits (0777 part) of a path, without following a final symlink.
unsigned mode_of(const std::filesystem::path& p);

// Every path under `dir` (recursive), relative to it, in order.
std::set<std::string> listing(const std::filesystem::path& dir);

void write_file(const std::filesystem::path& p, const std::string& bytes);

// The first column of the first row of `sql` on the journal at `db`, through a read-only
// connection of the test's own ("" when the file or the row does not exist).
std::string query_db(const std::filesystem::path& db, const std::string& sql);

// Folds the WAL that microask keeps beside a journal into the file and removes it (with
// its -shm), as a SQLite program that closes last without keeping the WAL does (the
// sqlite3 shell, for one): the file alone is then the whole journal. Nothing may have the
// journal open.
void fold_wal(const std::filesystem::path& db);

// PRAGMA integrity_check through a connection of the test's own ("" when no file).
std::string integrity(const std::filesystem::path& db);

// Lines of `text` ("\n"-separated, the last one without its newline).
std::vector<std::string> lines_of(const std::string& text);

// True when `s` is exactly one line ending with '\n'.
bool one_line(const std::string& s);

// A short description of a result, for failure messages.
std::string describe(const Result& r);

}  // namespace microask::test
