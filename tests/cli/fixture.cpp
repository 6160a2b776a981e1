#include "fixture.hpp"

#include <cstdlib>
#include <functional>
#include <ctime>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>

#include <SQLiteCpp/SQLiteCpp.h>

#include "cli/app.hpp"
#include "cli/context.hpp"
#include "microask/calendar.hpp"

namespace microask::test {
namespace {

// The process's TZ for one run, put back after: system_zone() reads it through tzset().
class ScopedTz {
 public:
  explicit ScopedTz(const std::string& tz) {
    if (const char* old = std::getenv("TZ")) old_ = old;
    ::setenv("TZ", tz.c_str(), 1);
    ::tzset();
  }
  ~ScopedTz() {
    if (old_)
      ::setenv("TZ", old_->c_str(), 1);
    else
      ::unsetenv("TZ");
    ::tzset();
  }
  ScopedTz(const ScopedTz&) = delete;
  ScopedTz& operator=(const ScopedTz&) = delete;

 private:
  std::optional<std::string> old_;
};

// What nl_langinfo(CODESET) would say under env's locale variables: the first one set, in
// the C library's order, names UTF-8 or not.
bool utf8_locale(const std::function<const char*(const char*)>& var) {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    if (const char* v = var(name); v && *v) {
      const std::string value(v);
      return value.find("UTF-8") != std::string::npos || value.find("utf8") != std::string::npos;
    }
  }
  return false;
}

}  // namespace

Sandbox::Sandbox() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "microask-cli-XXXXXX").string();
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
  return run_raw(full, input);
}

Result Sandbox::run_raw(const std::vector<std::string>& args, const std::string& input) const {
  const auto var = [this](const char* name) -> const char* {
    const auto it = env.find(name);
    return it == env.end() ? nullptr : it->second.c_str();
  };

  std::optional<ScopedTz> tz;  // outlives the zone and the run
  std::unique_ptr<TimeZone> zone;
  if (const char* name = var("TZ"); !name || !*name || std::string(name) == "UTC") {
    zone = std::make_unique<FixedZone>(0);
  } else {
    tz.emplace(name);
    zone = system_zone();
  }
  std::optional<Instant> now;
  if (const char* fixed = var("MICROASK_NOW"); fixed && *fixed) {
    const auto t = parse_iso8601(fixed);
    // real_context() refuses it in main(); tests/e2e checks that refusal.
    if (!t) throw std::invalid_argument(std::string("fixture: MICROASK_NOW is not ISO 8601: ") + fixed);
    now = zone->at(t->utc);
  }

  std::ostringstream out, err;
  std::istringstream in(input);
  cli::Context ctx{out, err, in, stdin_is_terminal, stdout_is_terminal, var, std::move(zone), now, terminal_columns,
                   utf8_locale(var)};
  std::vector<std::string> argv_s{"microask"};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<const char*> argv;
  for (const auto& a : argv_s) argv.push_back(a.c_str());
  argv.push_back(nullptr);  // as a real argv ends

  Result r;
  r.code = cli::run_app(static_cast<int>(argv_s.size()), argv.data(), ctx);
  r.out = out.str();
  r.err = err.str();
  return r;
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

}  // namespace microask::test
