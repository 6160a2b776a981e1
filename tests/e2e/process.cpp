#include "process.hpp"

#include <cstdlib>
#include <stdexcept>

#include <SQLiteCpp/SQLiteCpp.h>

namespace microask::test {

Sandbox::Sandbox() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "microask-e2e-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  dir_ = tmpl;
  db_ = dir_ / "journal.db";
  env = {{"PATH", "/usr/bin:/bin"},
         {"HOME", (dir_ / "home").string()},
         {"TZ", "UTC"},
         {"LANG", "C.UTF-8"},
         {"LANGUAGE", "en"},
         {"MICROASK_NOW", "2026-11-26T10:00:00+00:00"}};
}

Sandbox::~Sandbox() {
  std::error_code ec;
  std::filesystem::permissions(dir_, std::filesystem::perms::owner_all, ec);
  std::filesystem::remove_all(dir_, ec);
}

Result Sandbox::run(const std::vector<std::string>& args, const std::string& input) const {
  std::vector<std::string> full{"--db", db_.string()};
  full.insert(full.end(), args.begin(), args.end());
  return run_process(MICROASK_EXE, full, env, input);
}

Result Sandbox::run_raw(const std::vector<std::string>& args, const std::string& input) const {
  return run_process(MICROASK_EXE, args, env, input);
}

std::string Sandbox::query(const std::string& sql) const {
  if (!std::filesystem::exists(db_)) return "";
  SQLite::Database db(db_.string(), SQLite::OPEN_READONLY);
  SQLite::Statement st(db, sql);
  if (!st.executeStep()) return "";
  return st.getColumn(0).isNull() ? "NULL" : st.getColumn(0).getString();
}

long long Sandbox::count(const std::string& table) const {
  const auto v = query("SELECT count(*) FROM " + table);
  return v.empty() ? 0 : std::stoll(v);
}

Result run_in_terminal(const Sandbox& s, const std::vector<std::string>& args, const std::string& input) {
  // script(1) gives the command a terminal; its own output is the terminal's transcript.
  std::string cmd = std::string("'") + MICROASK_EXE + "' --db '" + s.db().string() + "'";
  for (const auto& a : args) {
    std::string q = "'";
    for (char c : a) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    cmd += " " + q + "'";
  }
  cmd += "; echo \"[exit $?]\"";
  return run_process("/usr/bin/script", {"-qec", cmd, "/dev/null"}, s.env, input);
}

}  // namespace microask::test
