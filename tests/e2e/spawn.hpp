// Running a program as a child process and reading a file: what the end-to-end tests are
// made of, shared with the robustness tests and the in-process CLI tests (which run xmllint).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace microask::test {

struct Result {
  int code = -1;  // exit status, or 128 + signal
  std::string out;
  std::string err;
};

// Runs `exe` with `args`, exactly the environment `env`, and `input` on standard input.
Result run_process(const std::string& exe, const std::vector<std::string>& args,
                   const std::map<std::string, std::string>& env, const std::string& input = {});

// Reads a whole file ("" when missing).
std::string read_file(const std::filesystem::path& p);

}  // namespace microask::test
