// The labelled requests of tests/unit/data/*.tsv, read once for every test that measures
// the checker against them: id, lang, text, then the three labels (pass, fail, unsure).
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "microask/request.hpp"

namespace microask::test {

struct LabelledRow {
  std::string id, lang, text;
  Verdict labels[3];  // concrete, reversible, low_cost

  bool any_fail() const {
    return labels[0] == Verdict::fail || labels[1] == Verdict::fail || labels[2] == Verdict::fail;
  }
};

// The rows of one file, its header line skipped; a line of fewer than six columns is none.
inline std::vector<LabelledRow> read_labelled(const std::filesystem::path& path) {
  const auto label = [](const std::string& s) { return parse_verdict(s).value_or(Verdict::unsure); };
  std::ifstream in(path);
  std::vector<LabelledRow> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() < 6) continue;
    rows.push_back({cols[0], cols[1], cols[2], {label(cols[3]), label(cols[4]), label(cols[5])}});
  }
  return rows;
}

}  // namespace microask::test
