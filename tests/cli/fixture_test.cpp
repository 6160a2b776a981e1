// The in-process fixture itself: it must fake the world as the e2e Sandbox's process sees it.
#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "fixture.hpp"

using namespace microask::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// Sets a variable of this process for one test, and puts it back.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_)
      ::setenv(name_, old_->c_str(), 1);
    else
      ::unsetenv(name_);
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

std::optional<std::string> process_env(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::optional<std::string>(v) : std::nullopt;
}

}  // namespace

TEST_CASE("fixture: commands see the env map only, never this process's environment") {
  Sandbox s;
  const ScopedEnv real_db("MICROASK_DB", (s.dir() / "real.db").string());
  const ScopedEnv real_now("MICROASK_NOW", "2000-01-01T00:00:00+00:00");
  auto r = s.run_raw({"log", "Ask Tom for a pen", "-s", "2", "-r", "y", "--json"});
  REQUIRE_MESSAGE(0 == r.code, r.err);
  CHECK("2026-11-26T10:00:00+00:00" == json::parse(r.out)["asked_at"]);
  CHECK_FALSE(fs::exists(s.dir() / "real.db"));
  CHECK(fs::exists(s.dir() / "home" / ".local" / "share" / "microask" / "journal.db"));
}

TEST_CASE("fixture: now is MICROASK_NOW's instant with the offset of the zone in TZ") {
  Sandbox s;
  s.env["TZ"] = "Asia/Tokyo";
  auto r = s.run({"log", "Ask Tom for a pen", "-s", "2", "-r", "y", "--json"});
  REQUIRE_MESSAGE(0 == r.code, r.err);
  CHECK("2026-11-26T19:00:00+09:00" == json::parse(r.out)["asked_at"]);
}

TEST_CASE("fixture: a named zone sets this process's TZ for the run only") {
  const ScopedEnv before("TZ", "America/Los_Angeles");
  Sandbox s;
  s.env["TZ"] = "Europe/Paris";
  auto r = s.run({"log", "Ask Tom for a pen", "-s", "2", "-r", "y", "--at", "2026-07-01T08:00", "--json"});
  REQUIRE_MESSAGE(0 == r.code, r.err);
  CHECK("2026-07-01T08:00:00+02:00" == json::parse(r.out)["asked_at"]);
  CHECK(std::optional<std::string>("America/Los_Angeles") == process_env("TZ"));
}

TEST_CASE("fixture: standard output and error are captured apart, standard input is `input`") {
  Sandbox s;
  auto r = s.run({"plan", "--check", "--json", "--batch", "-"}, "Ask Tom for a pen\n");
  CHECK(0 == r.code);
  CHECK("Ask Tom for a pen" == json::parse(r.out)["text"]);
  CHECK("" == r.err);
  auto e = s.run({"stats", "--weeks", "0"});
  CHECK(2 == e.code);
  CHECK("" == e.out);
  CHECK(e.err.starts_with("microask: error: "));
}
