// Writing files the user asked for (exports, charts) without ever leaving half a file.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

namespace microask::cli {

// Writes through `fill` into a temporary file beside `path` (mode 0600), flushes it to
// disk, then renames it over `path`. On any failure the temporary file is removed, `path`
// is left as it was, and usage_error names the path and the reason.
void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& fill);

// Removes the temporary file write_atomically is writing, if any. Async-signal-safe: for the
// SIGINT/SIGTERM handler, so an interrupted export leaves nothing behind.
void remove_partial_file() noexcept;

}  // namespace microask::cli
