#include "support.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <SQLiteCpp/SQLiteCpp.h>

namespace microask::test {
namespace fs = std::filesystem;

namespace {

struct Argv {
  std::vector<std::string> strings;
  std::vector<char*> pointers;
  explicit Argv(std::vector<std::string> s) : strings(std::move(s)) {
    for (auto& a : strings) pointers.push_back(a.data());
    pointers.push_back(nullptr);
  }
};

Argv argv_of(const std::vector<std::string>& args) {
  std::vector<std::string> all{exe};
  all.insert(all.end(), args.begin(), args.end());
  return Argv(std::move(all));
}

Argv envp_of(const std::map<std::string, std::string>& env) {
  std::vector<std::string> all;
  for (const auto& [k, v] : env) all.push_back(k + "=" + v);
  return Argv(std::move(all));
}

int code_of(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); }

}  // namespace

// ---------------------------------------------------------------------------------------

Child::Child(const std::vector<std::string>& args, const std::map<std::string, std::string>& env) {
  int out[2], err[2];
  if (::pipe2(out, O_CLOEXEC) || ::pipe2(err, O_CLOEXEC)) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err[1], 2);
  auto argv = argv_of(args);
  auto envp = envp_of(env);
  const int rc = ::posix_spawn(&pid_, exe.c_str(), &actions, nullptr, argv.pointers.data(), envp.pointers.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  ::close(err[1]);
  out_ = out[0];
  err_ = err[0];
  if (rc != 0) {
    ::close(out_);
    ::close(err_);
    throw std::runtime_error("posix_spawn failed: " + std::string(std::strerror(rc)));
  }
}

Child::~Child() {
  if (!reaped_) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, &status_, 0);
  }
  if (out_ >= 0) ::close(out_);
  if (err_ >= 0) ::close(err_);
}

bool Child::running() {
  if (reaped_) return false;
  const pid_t r = ::waitpid(pid_, &status_, WNOHANG);
  if (r == pid_) reaped_ = true;
  return !reaped_;
}

Result Child::finish(std::optional<int> sig) {
  if (sig && running()) {
    ::kill(pid_, *sig);
    signalled_ = true;
  }
  Result r;
  // The output of these commands is small; a full pipe would only stall, never lose it,
  // as both are drained to the end below before waiting.
  pollfd fds[2] = {{out_, POLLIN, 0}, {err_, POLLIN, 0}};
  while (out_ >= 0 || err_ >= 0) {
    fds[0].fd = out_;
    fds[1].fd = err_;
    if (::poll(fds, 2, -1) < 0 && errno != EINTR) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      char buf[65536];
      const auto n = ::read(fds[i].fd, buf, sizeof buf);
      if (n > 0) {
        (i == 0 ? r.out : r.err).append(buf, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        ::close(fds[i].fd);
        (i == 0 ? out_ : err_) = -1;
      }
    }
  }
  if (!reaped_) {
    while (::waitpid(pid_, &status_, 0) < 0 && errno == EINTR) {
    }
    reaped_ = true;
  }
  r.code = code_of(status_);
  return r;
}

// ---------------------------------------------------------------------------------------

PtyChild::PtyChild(const std::vector<std::string>& args, const std::map<std::string, std::string>& env) {
  auto argv = argv_of(args);
  auto envp = envp_of(env);
  pid_ = ::forkpty(&master_, nullptr, nullptr, nullptr);
  if (pid_ < 0) throw std::runtime_error("forkpty failed: " + std::string(std::strerror(errno)));
  if (pid_ == 0) {
    ::execve(exe.c_str(), argv.pointers.data(), envp.pointers.data());
    ::_exit(127);
  }
  ::fcntl(master_, F_SETFD, FD_CLOEXEC);
}

PtyChild::~PtyChild() {
  if (!reaped_) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  if (master_ >= 0) ::close(master_);
}

void PtyChild::read_some(int timeout_ms) {
  if (master_ < 0) return;
  pollfd fd{master_, POLLIN, 0};
  if (::poll(&fd, 1, timeout_ms) <= 0) return;
  char buf[4096];
  const auto n = ::read(master_, buf, sizeof buf);
  if (n > 0) transcript_.append(buf, static_cast<std::size_t>(n));
  else if (n < 0 && errno == EIO) {  // the child closed the terminal
    ::close(master_);
    master_ = -1;
  }
}

bool PtyChild::wait_for(const std::string& text, std::chrono::milliseconds timeout) {
  const auto end = std::chrono::steady_clock::now() + timeout;
  while (transcript_.find(text) == std::string::npos) {
    if (master_ < 0 || std::chrono::steady_clock::now() > end) return false;
    read_some(50);
  }
  return true;
}

void PtyChild::type(const std::string& keys) {
  for (std::size_t done = 0; done < keys.size();) {
    const auto n = ::write(master_, keys.data() + done, keys.size() - done);
    if (n <= 0) throw std::runtime_error("cannot type at the terminal");
    done += static_cast<std::size_t>(n);
  }
}

void PtyChild::signal(int sig) { ::kill(pid_, sig); }

int PtyChild::wait() {
  const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  int status = 0;
  while (!reaped_) {
    const pid_t r = ::waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
      reaped_ = true;
      break;
    }
    if (std::chrono::steady_clock::now() > end) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, &status, 0);
      reaped_ = true;
      break;
    }
    read_some(20);
  }
  for (int i = 0; i < 10 && master_ >= 0; ++i) read_some(10);
  code_ = code_of(status);
  return code_;
}

// ---------------------------------------------------------------------------------------

TmpfsMount::TmpfsMount(const fs::path& dir, std::size_t bytes) : dir_(dir) {
  fs::create_directories(dir_);
  const std::string options = "size=" + std::to_string(bytes) + ",mode=0700";
  if (::mount("tmpfs", dir_.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) == 0) {
    mounted_ = true;
  } else {
    why_ = "cannot mount a tmpfs on " + dir_.string() + ": " + std::strerror(errno) +
           " (needs root or CAP_SYS_ADMIN, as in a privileged container)";
  }
}

TmpfsMount::~TmpfsMount() {
  if (mounted_ && ::umount2(dir_.c_str(), MNT_DETACH) != 0) {
    // Leave it: the sandbox removal then fails quietly rather than deleting through it.
  }
}

fs::path fill_disk(const fs::path& dir) {
  const fs::path p = dir / "filler";
  const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error("cannot create " + p.string());
  const std::string block(4096, 'x');
  for (;;) {
    const auto n = ::write(fd, block.data(), block.size());
    if (n > 0) continue;
    if (n < 0 && errno == EINTR) continue;
    break;
  }
  // Then byte by byte, so that not even a partial block is left.
  for (;;) {
    const auto n = ::write(fd, "x", 1);
    if (n == 1) continue;
    if (n < 0 && errno == EINTR) continue;
    break;
  }
  ::close(fd);
  return p;
}

unsigned mode_of(const fs::path& p) {
  struct stat st {};
  if (::lstat(p.c_str(), &st) != 0) return 0;
  return st.st_mode & 0777u;
}

std::set<std::string> listing(const fs::path& dir) {
  std::set<std::string> names;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    names.insert(fs::relative(it->path(), dir).string());
  return names;
}

void write_file(const fs::path& p, const std::string& bytes) {
  std::ofstream f(p, std::ios::binary | std::ios::trunc);
  f << bytes;
  if (!f) throw std::runtime_error("cannot write " + p.string());
}

std::string query_db(const fs::path& db, const std::string& sql) {
  if (!fs::exists(db)) return "";
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY, 10000);
  SQLite::Statement st(d, sql);
  if (!st.executeStep()) return "";
  return st.getColumn(0).isNull() ? "NULL" : st.getColumn(0).getString();
}

void fold_wal(const fs::path& db) {
  SQLite::Database d(db.string(), SQLite::OPEN_READWRITE);
  d.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

std::string integrity(const fs::path& db) {
  if (!fs::exists(db)) return "";
  SQLite::Database d(db.string(), SQLite::OPEN_READONLY, 10000);
  SQLite::Statement st(d, "PRAGMA integrity_check");
  std::string all;
  while (st.executeStep()) all += (all.empty() ? "" : "; ") + st.getColumn(0).getString();
  return all;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool one_line(const std::string& s) {
  return !s.empty() && s.back() == '\n' && s.find('\n') == s.size() - 1;
}

std::string describe(const Result& r) {
  auto cut = [](const std::string& s) { return s.size() > 400 ? s.substr(0, 400) + "..." : s; };
  return "exit " + std::to_string(r.code) + ", stdout [" + cut(r.out) + "], stderr [" + cut(r.err) + "]";
}

}  // namespace microask::test
