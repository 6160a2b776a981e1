// End-to-end test support: run the built binary as a child process on an isolated
// sandbox (its own temporary folder, HOME and journal) and capture (code, out, err).
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "spawn.hpp"

namespace microask::test {

// A temporary folder with a journal path inside it, removed at the end. The environment
// is minimal and fixed: HOME points inside the sandbox (so no test can reach a real
// journal), TZ=UTC, English messages, and MICROASK_NOW fixed at 2026-11-26T10:00:00Z.
class Sandbox {
 public:
  Sandbox();
  ~Sandbox();
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  const std::filesystem::path& db() const { return db_; }
  std::map<std::string, std::string> env;

  // microask --db <db> args...
  Result run(const std::vector<std::string>& args, const std::string& input = {}) const;
  // microask args... (no --db added)
  Result run_raw(const std::vector<std::string>& args, const std::string& input = {}) const;

  // One value from the journal by SQL (read-only; "" when the journal does not exist).
  std::string query(const std::string& sql) const;
  long long count(const std::string& table) const;

 private:
  std::filesystem::path dir_, db_;
};

// Runs a command under a pseudo-terminal (via script(1)), for prompt tests; `input` is
// typed at the prompts.
Result run_in_terminal(const Sandbox& s, const std::vector<std::string>& args, const std::string& input);

}  // namespace microask::test
