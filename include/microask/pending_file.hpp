// The one way microask writes a file that must never be seen half-written (a new journal,
// an export, a chart): a temporary file beside the final one, synced, then moved into place.
#pragma once

#include <filesystem>
#include <string>

namespace microask {

// A temporary file `.NAME.tmp-XXXXXX` (mode 0600) in the folder of `target`. SIGINT, SIGTERM
// and SIGHUP are held back while it is created and registered, so that a signal handler
// calling remove_pending_file() finds either no file or its whole name. Removed (with the
// -wal, -shm and -journal files SQLite may have made beside it) unless put in place.
// Throws std::system_error (with errno) when it cannot be created.
class PendingFile {
 public:
  explicit PendingFile(const std::filesystem::path& target);
  ~PendingFile();
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;

  const std::string& path() const { return path_; }

  // Syncs the file, renames it over the target and syncs the folder. Throws
  // std::system_error; the target is then left as it was.
  void replace_target();
  // Syncs the file, links it in as the target unless one exists by then (another process
  // was first: false, and theirs is kept), and syncs the folder. Throws std::system_error.
  bool link_as_target();

 private:
  std::string path_, target_, folder_;
  bool placed_ = false;
};

// Removes the pending file being written, if any, and its SQLite side files.
// Async-signal-safe: for the SIGINT/SIGTERM handler, so an interruption leaves nothing behind.
void remove_pending_file() noexcept;

}  // namespace microask
