// What the journal's unit tests share: temporary folders, file helpers, sample rows and
// readable descriptions of requests and entries. Every file lives under a mkdtemp folder;
// the user's journal is never touched.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "microask/errors.hpp"
#include "microask/journal.hpp"


namespace microask::test {
namespace fs = std::filesystem;

// A private folder, removed with everything in it (write bits restored first).
class TempDir {
 public:
  TempDir() {
    std::string name = (fs::temp_directory_path() / "microask-journal-XXXXXX").string();
    REQUIRE(::mkdtemp(name.data()) != nullptr);
    path_ = name;
  }
  ~TempDir() {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(path_, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec))
      fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

class ScopedUmask {
 public:
  explicit ScopedUmask(mode_t mask) : old_(::umask(mask)) {}
  ~ScopedUmask() { ::umask(old_); }
  ScopedUmask(const ScopedUmask&) = delete;
  ScopedUmask& operator=(const ScopedUmask&) = delete;

 private:
  mode_t old_;
};

// Read only while no Journal of this process has the file open (see journal.cpp on
// descriptors and POSIX locks).
inline std::string bytes_of(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline void write_bytes(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// Folds the WAL a writer kept into the journal and removes it (with its -shm), as any
// SQLite program that closes the last connection without keeping the WAL does (the
// sqlite3 shell, for one): the file alone is then the whole journal. Only while no
// Journal of this process has the file open.
inline void fold_wal(const fs::path& p) {
  SQLite::Database db(p.string(), SQLite::OPEN_READWRITE);
  db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

// The files SQLite keeps beside a journal that a writer has used: its WAL and the WAL's index.
inline std::set<std::string> with_wal(const std::string& name) { return {name, name + "-shm", name + "-wal"}; }

inline std::set<std::string> names_in(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.insert(e.path().filename().string());
  return names;
}

inline mode_t mode_of(const fs::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

// Request and Entry have no operator==; compare them through a full description, which
// also makes a failure readable.
inline std::string opt(const std::optional<std::string>& v) { return v ? "\"" + *v + "\"" : "null"; }
inline std::string opt(std::optional<int> v) { return v ? std::to_string(*v) : "null"; }
inline std::string opt(std::optional<Response> v) { return v ? std::string(to_string(*v)) : "null"; }
inline std::string at_text(Instant t) { return std::to_string(t.utc) + "/" + std::to_string(t.offset); }

inline std::string describe(const Entry& e) {
  return "entry " + std::to_string(e.id) + " " + e.uid + " req " + std::to_string(e.request_id) +
         " \"" + e.text + "\" at " + at_text(e.asked_at) + " stress " + std::to_string(e.stress) +
         " " + std::string(to_string(e.response)) + " note " + opt(e.note) + " expected " +
         opt(e.expected_stress) + " " + opt(e.expected_response);
}
inline std::string describe(const Request& r) {
  return "request " + std::to_string(r.id) + " " + r.uid + " \"" + r.text + "\" to " +
         opt(r.addressee) + " " + std::string(to_string(r.lang)) + " " +
         std::string(to_string(r.concrete.verdict)) + r.concrete.reasons_json + " " +
         std::string(to_string(r.reversible.verdict)) + r.reversible.reasons_json + " " +
         std::string(to_string(r.low_cost.verdict)) + r.low_cost.reasons_json + " " +
         std::string(to_string(r.status)) + " created " + at_text(r.created) + " asked " +
         (r.asked_at ? at_text(*r.asked_at) : "null") + " expected " + opt(r.expected_stress) +
         " " + opt(r.expected_response);
}
inline std::string describe(const std::optional<Entry>& e) { return e ? describe(*e) : "none"; }
inline std::string describe(const std::optional<Request>& r) { return r ? describe(*r) : "none"; }
inline std::vector<std::string> describe(const std::vector<Entry>& entries) {
  std::vector<std::string> out;
  for (const Entry& e : entries) out.push_back(describe(e));
  return out;
}

constexpr std::int64_t t0 = 1'764'000'000;  // 2025-11-24T16:00:00Z

inline NewRequest request(std::string text, Instant created = {t0, 3600}) {
  NewRequest r;
  r.text = std::move(text);
  r.created = created;
  r.concrete = {Verdict::pass, R"([{"code":"action","quote":"send"}])"};
  r.reversible = {Verdict::unsure, "[]"};
  r.low_cost = {Verdict::pass, "[]"};
  return r;
}

inline NewEntry entry(std::int64_t utc, int stress, Response response,
               std::optional<std::string> note = std::nullopt, std::int32_t offset = 3600) {
  return NewEntry{Instant{utc, offset}, stress, response, std::move(note), std::nullopt};
}

inline std::int64_t count(Journal& j, const std::string& table) {
  return j.database_for_test().execAndGet("SELECT count(*) FROM " + table).getInt64();
}

// The summary computed the slow way, to compare with the one the triggers keep.
inline std::vector<DayTotals> grouped(Journal& j) {
  SQLite::Statement s(j.database_for_test(),
                      "SELECT local_day, count(*), sum(response = 'yes'), sum(response = 'no'), "
                      "sum(response = 'discussion'), sum(stress), count(expected_stress), "
                      "coalesce(sum(expected_stress), 0), "
                      "coalesce(sum(CASE WHEN expected_stress IS NOT NULL THEN stress END), 0), "
                      "count(CASE WHEN stress < expected_stress THEN 1 END), "
                      "count(CASE WHEN stress = expected_stress THEN 1 END), "
                      "count(CASE WHEN stress > expected_stress THEN 1 END), "
                      "coalesce(sum(expected_stress - stress), 0), "
                      "count(CASE WHEN expected_response = 'no' THEN 1 END), "
                      "count(CASE WHEN expected_response = 'no' AND response = 'yes' THEN 1 END), "
                      "count(CASE WHEN expected_response = 'no' AND response = 'no' THEN 1 END) "
                      "FROM entries GROUP BY local_day ORDER BY local_day");
  std::vector<DayTotals> out;
  const auto col = [&](int i) { return s.getColumn(i).getInt64(); };
  while (s.executeStep())
    out.push_back(DayTotals{col(0), col(1), col(2), col(3), col(4), col(5), col(6), col(7), col(8), col(9),
                            col(10), col(11), col(12), col(13), col(14), col(15)});
  return out;
}

inline std::string exported(const Journal& j) {
  std::ostringstream out;
  j.export_jsonl(out);
  return out.str();
}

inline bool is_uid(const std::string& s) {
  return s.size() == 32 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// Runs `body` in a child process; returns its exit status (or 128 + signal).
template <typename F>
inline int in_child(F&& body) {
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int code = 99;
    try {
      code = body();
    } catch (...) {
      code = 98;
    }
    ::_exit(code);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace microask::test
