#include "cli/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
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

}  // namespace

void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& fill) {
  namespace fs = std::filesystem;
  if (std::error_code ec; fs::is_directory(path, ec)) cannot_write(path, EISDIR);
  const auto dir = fs::path(path).parent_path();
  std::string tmp =
      ((dir.empty() ? fs::path(".") : dir) / ("." + fs::path(path).filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(tmp.data());
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
    throw;
  }
  if (ok) {  // durable before it replaces anything
    const int sync_fd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
    ok = sync_fd >= 0 && ::fsync(sync_fd) == 0;
    if (!ok) err = errno;
    if (sync_fd >= 0) ::close(sync_fd);
  }
  if (ok && ::rename(tmp.c_str(), path.c_str()) != 0) ok = false, err = errno;
  if (!ok) {
    ::unlink(tmp.c_str());
    cannot_write(path, err);
  }
}

}  // namespace microask::cli
