#include "microask/pending_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <system_error>

namespace microask {
namespace fs = std::filesystem;
namespace {

// The file being written, for remove_pending_file() in a signal handler: fixed buffers
// (nothing to allocate there) and a flag set only while the names in them are whole.
constexpr const char* side_suffixes[] = {"", "-wal", "-shm", "-journal"};
constexpr std::size_t max_path = 4096;
char pending_names[std::size(side_suffixes)][max_path + 16];
volatile std::sig_atomic_t pending_set = 0;

[[noreturn]] void fail(int err, const std::string& what) { throw std::system_error(err, std::generic_category(), what); }

// Holds SIGINT, SIGTERM and SIGHUP back in this thread while alive.
class HeldSignals {
 public:
  HeldSignals() {
    sigset_t held;
    sigemptyset(&held);
    for (const int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&held, sig);
    ::pthread_sigmask(SIG_BLOCK, &held, &old_);
  }
  ~HeldSignals() { ::pthread_sigmask(SIG_SETMASK, &old_, nullptr); }
  HeldSignals(const HeldSignals&) = delete;
  HeldSignals& operator=(const HeldSignals&) = delete;

 private:
  sigset_t old_;
};

void register_pending(const std::string& name) {
  if (name.size() >= max_path) return;
  for (std::size_t k = 0; k < std::size(side_suffixes); ++k) {
    std::memcpy(pending_names[k], name.c_str(), name.size());
    std::strcpy(pending_names[k] + name.size(), side_suffixes[k]);
  }
  pending_set = 1;
}

int sync_path(const std::string& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return errno;
  const int rc = ::fsync(fd) == 0 ? 0 : errno;
  ::close(fd);
  return rc;
}

}  // namespace

PendingFile::PendingFile(const fs::path& target) : target_(target.string()) {
  const fs::path dir = target.parent_path();
  folder_ = dir.empty() ? std::string(".") : dir.string();
  path_ = (fs::path(folder_) / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = -1, err = 0;
  {
    const HeldSignals held;
    fd = ::mkstemp(path_.data());
    err = errno;
    if (fd >= 0) register_pending(path_);
  }
  if (fd < 0) fail(err, target_);
  // Closed at once: SQLite opens the file by name, and closing a descriptor later would
  // drop the POSIX locks SQLite holds on it.
  const int chmod_err = ::fchmod(fd, 0600) == 0 ? 0 : errno;
  ::close(fd);
  if (chmod_err != 0) {
    ::unlink(path_.c_str());
    pending_set = 0;
    fail(chmod_err, target_);
  }
}

PendingFile::~PendingFile() {
  if (!placed_)
    for (const char* suffix : side_suffixes) (void)::unlink((path_ + suffix).c_str());
  pending_set = 0;
}

void PendingFile::replace_target() {
  if (const int err = sync_path(path_, O_RDONLY); err != 0) fail(err, target_);
  if (::rename(path_.c_str(), target_.c_str()) != 0) fail(errno, target_);
  placed_ = true;
  pending_set = 0;
  (void)sync_path(folder_, O_RDONLY | O_DIRECTORY);
}

bool PendingFile::link_as_target() {
  if (const int err = sync_path(path_, O_RDONLY); err != 0) fail(err, target_);
  if (::link(path_.c_str(), target_.c_str()) != 0) {
    const int err = errno;
    if (err == EEXIST) return false;  // another process was first: keep theirs
    // No hard links on this file system: a rename that never replaces.
    if (err != EPERM && err != EOPNOTSUPP && err != ENOSYS) fail(err, target_);
    if (::renameat2(AT_FDCWD, path_.c_str(), AT_FDCWD, target_.c_str(), RENAME_NOREPLACE) != 0) {
      if (errno == EEXIST) return false;
      fail(errno, target_);
    }
    placed_ = true;
    pending_set = 0;
  }
  (void)sync_path(folder_, O_RDONLY | O_DIRECTORY);
  return true;
}

void remove_pending_file() noexcept {
  if (pending_set == 0) return;
  for (const auto& name : pending_names) (void)::unlink(name);
}

}  // namespace microask
