// What the build-time generators (microask_tablegen, microask_ideagen) share: writing their
// generated source. Header-only, because the generators link no part of the core.
#pragma once

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace microask {

// Writes `text` to `path` through a .tmp file and a rename, only when it differs from what is
// there: an edit that generates the same source recompiles nothing. On failure, says so on
// stderr under `tool`'s name and returns false.
inline bool write_if_changed(const std::string& path, const std::string& text, const char* tool) {
  {
    std::ifstream old(path, std::ios::binary);
    std::ostringstream content;
    content << old.rdbuf();
    if (old && content.str() == text) return true;
  }
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f << text;
    if (!f.flush()) {
      std::cerr << tool << ": cannot write " << tmp << "\n";
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::cerr << tool << ": cannot write " << path << "\n";
    return false;
  }
  return true;
}

}  // namespace microask
