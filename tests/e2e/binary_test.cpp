// What the real binary does before or around run_app, end to end: main()'s reading of
// MICROASK_NOW, and the modes of new files under the umask of its process.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <string>

#include "process.hpp"

using namespace microask::test;
namespace fs = std::filesystem;

namespace {
unsigned mode_of(const fs::path& p) {
  struct stat st {};
  ::stat(p.c_str(), &st);
  return st.st_mode & 0777u;
}
}  // namespace

// Stays end to end: main() reads MICROASK_NOW through real_context(), which the fixture replaces.
TEST_CASE("MICROASK_NOW must be ISO 8601 with an offset") {
  Sandbox s;
  s.env["MICROASK_NOW"] = "tomorrow";
  auto r = s.run({"stats"});
  CHECK(2 == r.code);
  CHECK(r.err.find("MICROASK_NOW") != std::string::npos);
}

// Stays end to end: the umask is the process's, so it is set for a child, as a shell does.
TEST_CASE("a new journal's folders are 0700 and its file 0600, even under umask 000") {
  Sandbox s;
  const auto old = ::umask(0);
  auto r = s.run_raw({"--db", (s.dir() / "a" / "b" / "journal.db").string(), "plan",
                  "Ask the barista for a glass of water"});
  ::umask(old);
  REQUIRE(0 == r.code);
  CHECK(0700u == mode_of(s.dir() / "a"));
  CHECK(0700u == mode_of(s.dir() / "a" / "b"));
  CHECK(0600u == mode_of(s.dir() / "a" / "b" / "journal.db"));
}
