// In-process CLI tests: the command line run by calling run_app() in this process, as
// CLI11's own tests (tests/app_helper.hpp, TApp) parse an App without starting a program.
// A command touches the outside world only through its Context, so the fixture fakes it:
//  - streams: out and err are string streams, `input` is standard input;
//  - environment: getenv answers from `env` only, never from this process's environment;
//  - "now": the instant of env's MICROASK_NOW, its offset from the zone (as real_context());
//  - time zone: env's TZ; UTC (or unset) is a FixedZone, a named zone goes through the C
//    library (TZ set and tzset() for the run, put back after);
//  - terminals: stdin and stdout are not terminals unless a test says so, so prompts can be
//    answered by `input`.
// The interface is tests/e2e/process.hpp's Sandbox, so a test moves by changing its include.
// What is not faked stays in tests/e2e: main() (signal handlers; init_i18n, so here gettext
// returns the English msgid), real_context(), real terminals, umask and file permissions.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "../e2e/spawn.hpp"  // Result, read_file, run_process (for tools such as xmllint)

namespace microask::test {

// A temporary folder with a journal path inside it, removed at the end, and the same fixed
// environment as the e2e Sandbox: HOME inside the sandbox, TZ=UTC, English, MICROASK_NOW.
class Sandbox {
 public:
  Sandbox();
  ~Sandbox();
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  const std::filesystem::path& db() const { return db_; }
  std::map<std::string, std::string> env;
  // What the command is told about its streams (all false/unknown, as on pipes).
  bool stdin_is_terminal = false;
  bool stdout_is_terminal = false;
  int terminal_columns = 0;

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

}  // namespace microask::test
