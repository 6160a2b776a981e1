#include "cli/files.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "cli/i18n.hpp"
#include "cli/input.hpp"
#include "microask/errors.hpp"

namespace microask::cli {
namespace {

[[noreturn]] void cannot_write(const std::string& path, int err) {
  throw usage_error(fmt::format(fmt::runtime(_("cannot write '{}': {}")), quote_input(path), std::strerror(err)));
}

// The temporary file being written, for remove_partial_file() in a signal handler: a fixed
// buffer (nothing to allocate there) and a flag set only while the name in it is whole.
char partial_path[4096];
volatile std::sig_atomic_t partial_set = 0;

// Creates the temporary file and records its name with SIGINT and SIGTERM held back, so an
// interruption finds either no file or its name.
int make_temporary(std::string& name) {
  sigset_t interrupts, old;
  sigemptyset(&interrupts);
  sigaddset(&interrupts, SIGINT);
  sigaddset(&interrupts, SIGTERM);
  ::pthread_sigmask(SIG_BLOCK, &interrupts, &old);
  const int fd = ::mkstemp(name.data());
  const int err = errno;
  if (fd >= 0 && name.size() < sizeof partial_path) {
    std::memcpy(partial_path, name.c_str(), name.size() + 1);
    partial_set = 1;
  }
  ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
  errno = err;
  return fd;
}

}  // namespace

void remove_partial_file() noexcept {
  if (partial_set) (void)::unlink(partial_path);
}

void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& fill) {
  namespace fs = std::filesystem;
  if (std::error_code ec; fs::is_directory(path, ec)) cannot_write(path, EISDIR);
  const auto dir = fs::path(path).parent_path();
  std::string tmp =
      ((dir.empty() ? fs::path(".") : dir) / ("." + fs::path(path).filename().string() + ".tmp-XXXXXX")).string();
  const int fd = make_temporary(tmp);
  if (fd < 0) cannot_write(path, errno);
  ::fchmod(fd, 0600);
  ::close(fd);
  // Streamed, not built in memory: an export of a large journal stays small in RAM.
  bool ok = false;
  int err = EIO;
  try {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    fill(out);
    out.flush();
    ok = static_cast<bool>(out);
    if (!ok) err = errno ? errno : EIO;
  } catch (...) {
    ::unlink(tmp.c_str());
    partial_set = 0;
    throw;
  }
  if (ok) {  // durable before it replaces anything
    const int sync_fd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
    ok = sync_fd >= 0 && ::fsync(sync_fd) == 0;
    if (!ok) err = errno;
    if (sync_fd >= 0) ::close(sync_fd);
  }
  if (ok && ::rename(tmp.c_str(), path.c_str()) != 0) ok = false, err = errno;
  if (!ok) ::unlink(tmp.c_str());
  partial_set = 0;
  if (!ok) cannot_write(path, err);
}

}  // namespace microask::cli
