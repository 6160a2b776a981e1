#include "cli/files.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include <fmt/format.h>

#include "cli/i18n.hpp"
#include "cli/input.hpp"
#include "microask/errors.hpp"
#include "microask/pending_file.hpp"

namespace microask::cli {
namespace {

[[noreturn]] void cannot_write(const std::string& path, int err) {
  throw usage_error(fmt::format(fmt::runtime(_("cannot write '{}': {}")), quote_input(path), std::strerror(err)));
}

}  // namespace

void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& fill) {
  if (std::error_code ec; std::filesystem::is_directory(path, ec)) cannot_write(path, EISDIR);
  try {
    PendingFile pending(path);
    {
      std::ofstream out(pending.path(), std::ios::binary | std::ios::trunc);
      fill(out);
      out.flush();
      if (!out) cannot_write(path, errno ? errno : EIO);
    }
    pending.replace_target();
  } catch (const std::system_error& e) {
    cannot_write(path, e.code().value());
  }
}

}  // namespace microask::cli
