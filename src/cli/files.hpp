// Files the user asked for (exports, charts), written through the core's PendingFile so
// that none is ever left half-written.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

namespace microask::cli {

// Writes through `fill` into a pending file beside `path` (mode 0600), then puts it over
// `path`. On any failure the pending file is removed, `path` is left as it was, and
// usage_error names the path and the reason. Streamed: a large export stays small in RAM.
void write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& fill);

}  // namespace microask::cli
