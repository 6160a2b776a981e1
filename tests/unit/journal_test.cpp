// The journal: round trips, statuses, constraints, the per-day summary, migrations, the
// open-time safety checks, permissions, concurrent creation, export/import and undo.
// Every file lives under a mkdtemp folder; the user's journal is never touched.
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

using namespace microask;
namespace fs = std::filesystem;

namespace {

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
std::string bytes_of(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void write_bytes(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
}

std::set<std::string> names_in(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.insert(e.path().filename().string());
  return names;
}

mode_t mode_of(const fs::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

// Request and Entry have no operator==; compare them through a full description, which
// also makes a failure readable.
std::string opt(const std::optional<std::string>& v) { return v ? "\"" + *v + "\"" : "null"; }
std::string opt(std::optional<int> v) { return v ? std::to_string(*v) : "null"; }
std::string opt(std::optional<Response> v) { return v ? std::string(to_string(*v)) : "null"; }
std::string at_text(Instant t) { return std::to_string(t.utc) + "/" + std::to_string(t.offset); }

std::string describe(const Entry& e) {
  return "entry " + std::to_string(e.id) + " " + e.uid + " req " + std::to_string(e.request_id) +
         " \"" + e.text + "\" at " + at_text(e.asked_at) + " stress " + std::to_string(e.stress) +
         " " + std::string(to_string(e.response)) + " note " + opt(e.note) + " expected " +
         opt(e.expected_stress) + " " + opt(e.expected_response);
}
std::string describe(const Request& r) {
  return "request " + std::to_string(r.id) + " " + r.uid + " \"" + r.text + "\" to " +
         opt(r.addressee) + " " + std::string(to_string(r.lang)) + " " +
         std::string(to_string(r.concrete.verdict)) + r.concrete.reasons_json + " " +
         std::string(to_string(r.reversible.verdict)) + r.reversible.reasons_json + " " +
         std::string(to_string(r.low_cost.verdict)) + r.low_cost.reasons_json + " " +
         std::string(to_string(r.status)) + " created " + at_text(r.created) + " asked " +
         (r.asked_at ? at_text(*r.asked_at) : "null") + " expected " + opt(r.expected_stress) +
         " " + opt(r.expected_response);
}
std::string describe(const std::optional<Entry>& e) { return e ? describe(*e) : "none"; }
std::string describe(const std::optional<Request>& r) { return r ? describe(*r) : "none"; }
std::vector<std::string> describe(const std::vector<Entry>& entries) {
  std::vector<std::string> out;
  for (const Entry& e : entries) out.push_back(describe(e));
  return out;
}

constexpr std::int64_t t0 = 1'764'000'000;  // 2025-11-24T16:00:00Z

NewRequest request(std::string text, Instant created = {t0, 3600}) {
  NewRequest r;
  r.text = std::move(text);
  r.created = created;
  r.concrete = {Verdict::pass, R"([{"code":"action","quote":"send"}])"};
  r.reversible = {Verdict::unsure, "[]"};
  r.low_cost = {Verdict::pass, "[]"};
  return r;
}

NewEntry entry(std::int64_t utc, int stress, Response response,
               std::optional<std::string> note = std::nullopt, std::int32_t offset = 3600) {
  return NewEntry{Instant{utc, offset}, stress, response, std::move(note)};
}

std::int64_t count(Journal& j, const std::string& table) {
  return j.database_for_test().execAndGet("SELECT count(*) FROM " + table).getInt64();
}

// The summary computed the slow way, to compare with the one the triggers keep.
std::vector<DayTotals> grouped(Journal& j) {
  SQLite::Statement s(j.database_for_test(),
                      "SELECT local_day, count(*), sum(response = 'yes'), sum(response = 'no'), "
                      "sum(response = 'discussion'), sum(stress), count(expected_stress), "
                      "coalesce(sum(expected_stress), 0) FROM entries GROUP BY local_day "
                      "ORDER BY local_day");
  std::vector<DayTotals> out;
  while (s.executeStep())
    out.push_back(DayTotals{s.getColumn(0).getInt64(), s.getColumn(1).getInt64(),
                            s.getColumn(2).getInt64(), s.getColumn(3).getInt64(),
                            s.getColumn(4).getInt64(), s.getColumn(5).getInt64(),
                            s.getColumn(6).getInt64(), s.getColumn(7).getInt64()});
  return out;
}

std::string exported(const Journal& j) {
  std::ostringstream out;
  j.export_jsonl(out);
  return out.str();
}

bool is_uid(const std::string& s) {
  return s.size() == 32 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// Runs `body` in a child process; returns its exit status (or 128 + signal).
template <typename F>
int in_child(F&& body) {
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

}  // namespace

// ---- Location ----------------------------------------------------------------------------

TEST_CASE("journal_path: --db > MICROASK_DB > XDG_DATA_HOME > HOME") {
  std::map<std::string, std::string> env;
  const auto getenv = [&](const char* name) -> const char* {
    const auto it = env.find(name);
    return it == env.end() ? nullptr : it->second.c_str();
  };
  env["HOME"] = "/home/ana";
  CHECK(fs::path("/home/ana/.local/share/microask/journal.db") == journal_path(std::nullopt, getenv));
  env["XDG_DATA_HOME"] = "";  // empty counts as unset
  CHECK(fs::path("/home/ana/.local/share/microask/journal.db") == journal_path(std::nullopt, getenv));
  env["XDG_DATA_HOME"] = "relative/data";  // relative is ignored
  CHECK(fs::path("/home/ana/.local/share/microask/journal.db") == journal_path(std::nullopt, getenv));
  env["XDG_DATA_HOME"] = "/data";
  CHECK(fs::path("/data/microask/journal.db") == journal_path(std::nullopt, getenv));
  env["MICROASK_DB"] = "/tmp/j.db";
  CHECK(fs::path("/tmp/j.db") == journal_path(std::nullopt, getenv));
  CHECK(fs::path("flag.db") == journal_path(std::string("flag.db"), getenv));
  env["MICROASK_DB"] = "";
  CHECK_THROWS_WITH_AS(journal_path(std::nullopt, getenv),
                       "MICROASK_DB is set but empty; unset it or give a path", usage_error);
  CHECK(fs::path("flag.db") == journal_path(std::string("flag.db"), getenv));
  CHECK_THROWS_AS(journal_path(std::string(), getenv), usage_error);
  env.clear();
  CHECK_THROWS_AS(journal_path(std::nullopt, getenv), usage_error);
  env["HOME"] = "";
  CHECK_THROWS_AS(journal_path(std::nullopt, getenv), usage_error);
}

// ---- Round trips and statuses --------------------------------------------------------------

TEST_CASE("a request round-trips with every field") {
  Journal j = Journal::in_memory();
  CHECK(Journal::schema_version == j.user_version());
  NewRequest r = request("Envoie-moi le lien");
  r.addressee = "Léa";
  r.lang = Lang::fr;
  r.created = {t0, -18000};
  const std::int64_t id = j.add_request(r);
  const auto got = j.find_request(id);
  REQUIRE(got.has_value());
  CHECK(id == got->id);
  CHECK(is_uid(got->uid));
  CHECK("Envoie-moi le lien" == got->text);
  CHECK(std::optional<std::string>("Léa") == got->addressee);
  CHECK(Lang::fr == got->lang);
  CHECK(Verdict::pass == got->concrete.verdict);
  CHECK(r.concrete.reasons_json == got->concrete.reasons_json);
  CHECK(Verdict::unsure == got->reversible.verdict);
  CHECK(Status::planned == got->status);
  CHECK(Instant{t0, -18000} == got->created);
  CHECK_FALSE(got->asked_at.has_value());
  CHECK_FALSE(got->expected_stress.has_value());
  CHECK_FALSE(j.find_request(id + 1).has_value());
  CHECK(got->uid != j.find_request(j.add_request(request("Another")))->uid);
}

TEST_CASE("requests are refused when their values are not valid") {
  Journal j = Journal::in_memory();
  CHECK_THROWS_AS(j.add_request(request("")), usage_error);
  NewRequest bad = request("ok");
  bad.concrete.reasons_json = "not json";
  CHECK_THROWS_AS(j.add_request(bad), usage_error);
  bad = request("ok", Instant{t0, 20 * 3600});
  CHECK_THROWS_AS(j.add_request(bad), usage_error);
  CHECK(0 == count(j, "requests"));
}

TEST_CASE("statuses: planned -> asked -> done, prediction copied into the entry") {
  Journal j = Journal::in_memory();
  const std::int64_t a = j.add_request(request("First", {t0, 0}));
  const std::int64_t b = j.add_request(request("Second", {t0 + 10, 0}));
  CHECK(a == j.oldest_planned()->id);
  CHECK(2 == j.requests_with_status(Status::planned).size());

  const Request asked = j.mark_asked(a, {t0 + 100, 3600}, 6, Response::no);
  CHECK(Status::asked == asked.status);
  CHECK(std::optional<Instant>(Instant{t0 + 100, 3600}) == asked.asked_at);
  CHECK(std::optional<int>(6) == asked.expected_stress);
  CHECK(std::optional<Response>(Response::no) == asked.expected_response);
  CHECK(b == j.oldest_planned()->id);
  CHECK(1 == j.requests_with_status(Status::asked).size());

  const Entry e = j.add_entry(a, entry(t0 + 200, 4, Response::yes, "went well"));
  CHECK(a == e.request_id);
  CHECK("First" == e.text);
  CHECK(is_uid(e.uid));
  CHECK(4 == e.stress);
  CHECK(Response::yes == e.response);
  CHECK(std::optional<std::string>("went well") == e.note);
  CHECK(std::optional<int>(6) == e.expected_stress);
  CHECK(std::optional<Response>(Response::no) == e.expected_response);
  const Request done = *j.find_request(a);
  CHECK(Status::done == done.status);
  CHECK_FALSE(done.expected_stress.has_value());
  CHECK_FALSE(done.expected_response.has_value());

  // Repeatable: a done request can be asked and logged again; no prediction this time.
  CHECK(Status::asked == j.mark_asked(a, {t0 + 300, 3600}, std::nullopt, std::nullopt).status);
  const Entry again = j.add_entry(a, entry(t0 + 400, 2, Response::discussion));
  CHECK_FALSE(again.expected_stress.has_value());
  CHECK(describe(e) == describe(j.find_entry(e.id)));
  CHECK_FALSE(j.find_entry(again.id + 1).has_value());
}

TEST_CASE("unknown and dropped ids are usage errors that change nothing") {
  Journal j = Journal::in_memory();
  const std::int64_t id = j.add_request(request("Ask"));
  CHECK_THROWS_WITH_AS(j.mark_asked(99, {t0, 0}, std::nullopt, std::nullopt),
                       "no request with id 99", usage_error);
  CHECK_THROWS_WITH_AS(j.add_entry(99, entry(t0, 1, Response::yes)), "no request with id 99",
                       usage_error);
  CHECK_THROWS_WITH_AS(j.drop_request(99), "no request with id 99", usage_error);
  CHECK(Status::dropped == j.drop_request(id).status);
  CHECK_THROWS_WITH_AS(j.drop_request(id), "request 1 is already dropped", usage_error);
  CHECK_THROWS_WITH_AS(j.mark_asked(id, {t0, 0}, std::nullopt, std::nullopt),
                       "request 1 was dropped", usage_error);
  CHECK_THROWS_WITH_AS(j.add_entry(id, entry(t0, 1, Response::yes)), "request 1 was dropped",
                       usage_error);
  CHECK_THROWS_WITH_AS(j.edit_entry(7, EntryEdit{}), "no entry with id 7", usage_error);
  CHECK_THROWS_WITH_AS(j.delete_entry(7), "no entry with id 7", usage_error);
  const std::int64_t other = j.add_request(request("Other"));
  CHECK_THROWS_AS(j.add_entry(other, entry(t0, 11, Response::yes)), usage_error);
  CHECK_THROWS_AS(j.add_entry(other, entry(t0, -1, Response::yes)), usage_error);
  CHECK_THROWS_AS(j.mark_asked(other, {t0, 0}, 11, std::nullopt), usage_error);
  CHECK(0 == count(j, "entries"));
  CHECK(Status::planned == j.find_request(other)->status);
}

TEST_CASE("CHECK constraints refuse bad values written with raw SQL") {
  Journal j = Journal::in_memory();
  const Entry e = j.add_adhoc_entry(request("Ad hoc"), entry(t0, 3, Response::no));
  auto& db = j.database_for_test();
  const std::string id = std::to_string(e.id);
  CHECK_THROWS_AS(db.exec("UPDATE entries SET stress = 11 WHERE id = " + id), SQLite::Exception);
  CHECK_THROWS_AS(db.exec("UPDATE entries SET stress = -1 WHERE id = " + id), SQLite::Exception);
  CHECK_THROWS_AS(db.exec("UPDATE entries SET stress = 5.5 WHERE id = " + id), SQLite::Exception);
  CHECK_THROWS_AS(db.exec("UPDATE entries SET response = 'maybe' WHERE id = " + id),
                  SQLite::Exception);
  CHECK_THROWS_AS(db.exec("UPDATE entries SET expected_stress = 11 WHERE id = " + id),
                  SQLite::Exception);
  CHECK_THROWS_AS(db.exec("UPDATE entries SET local_day = local_day + 1 WHERE id = " + id),
                  SQLite::Exception);
  CHECK_THROWS_AS(db.exec("UPDATE entries SET request_id = 999 WHERE id = " + id),
                  SQLite::Exception);  // foreign key
  CHECK_THROWS_AS(db.exec("UPDATE requests SET status = 'maybe'"), SQLite::Exception);
  CHECK_THROWS_AS(db.exec("UPDATE requests SET lang = 'de'"), SQLite::Exception);
  CHECK_THROWS_AS(db.exec("UPDATE requests SET expected_stress = 11"), SQLite::Exception);
  CHECK_THROWS_AS(db.exec("UPDATE requests SET expected_response = 'maybe'"), SQLite::Exception);
  CHECK_THROWS_AS(db.exec("UPDATE requests SET uid = 'XYZ'"), SQLite::Exception);
  CHECK(describe(e) == describe(j.find_entry(e.id)));
}

TEST_CASE("local_day is the floor of local seconds, before 1970 and west of UTC too") {
  Journal j = Journal::in_memory();
  auto& db = j.database_for_test();
  const auto day_of = [&](std::int64_t utc, std::int32_t offset) {
    const Entry e = j.add_adhoc_entry(request("x"), entry(utc, 1, Response::yes, {}, offset));
    return db.execAndGet("SELECT local_day FROM entries WHERE id = " + std::to_string(e.id))
        .getInt64();
  };
  CHECK(0 == day_of(0, 0));
  CHECK(0 == day_of(86399, 0));
  CHECK(1 == day_of(86400, 0));
  CHECK(-1 == day_of(3600, -7200));  // 1969-12-31T23:00 local
  CHECK(1 == day_of(86400 - 3600, 3600));
  CHECK(20416 == day_of(t0, 3600));  // 2025-11-24
}

TEST_CASE("ad-hoc entries create a done request in the same transaction") {
  Journal j = Journal::in_memory();
  const Entry e = j.add_adhoc_entry(request("Could you pass the salt?"),
                                    entry(t0, 2, Response::yes, "easy"));
  const Request r = *j.find_request(e.request_id);
  CHECK(Status::done == r.status);
  CHECK("Could you pass the salt?" == e.text);
  CHECK(1 == count(j, "entries"));
  CHECK_THROWS_AS(j.add_adhoc_entry(request("bad stress"), entry(t0, 12, Response::yes)),
                  usage_error);
  CHECK(1 == count(j, "requests"));
}

TEST_CASE("recent entries: newest first, ties by id, limit and since") {
  Journal j = Journal::in_memory();
  const std::int64_t r = j.add_request(request("Repeat"));
  std::vector<std::int64_t> ids;
  for (const std::int64_t at : {t0 + 50, t0 + 10, t0 + 30, t0 + 30, t0 + 20})
    ids.push_back(j.add_entry(r, entry(at, 1, Response::yes)).id);
  std::vector<std::int64_t> got;
  for (const Entry& e : j.recent_entries(std::nullopt, std::nullopt)) got.push_back(e.id);
  CHECK(std::vector<std::int64_t>{ids[0], ids[3], ids[2], ids[4], ids[1]} == got);
  CHECK(2 == j.recent_entries(2, std::nullopt).size());
  CHECK(ids[0] == j.recent_entries(1, std::nullopt).front().id);
  CHECK(0 == j.recent_entries(0, std::nullopt).size());
  CHECK(3 == j.recent_entries(std::nullopt, t0 + 30).size());
  CHECK(2 == j.recent_entries(2, t0 + 20).size());
  CHECK("Repeat" == j.recent_entries(1, std::nullopt).front().text);
  CHECK_THROWS_AS(j.recent_entries(-1, std::nullopt), usage_error);

  // The listing is an index scan, never a sort of the whole table.
  SQLite::Statement plan(j.database_for_test(),
                         "EXPLAIN QUERY PLAN SELECT e.id FROM entries AS e JOIN requests AS r "
                         "ON r.id = e.request_id ORDER BY e.asked_utc DESC, e.id DESC LIMIT 20");
  std::string details;
  while (plan.executeStep()) details += plan.getColumn(3).getString() + ";";
  CHECK(details.find("entries_by_time") != std::string::npos);
  CHECK(details.find("TEMP B-TREE") == std::string::npos);
}

TEST_CASE("editing an entry recomputes its local day and the day totals") {
  Journal j = Journal::in_memory();
  const Entry e = j.add_adhoc_entry(request("x"), entry(t0, 3, Response::no, "n"));
  EntryEdit edit;
  edit.asked_at = Instant{t0 - 3 * 86400, -7200};
  edit.stress = 8;
  edit.response = Response::discussion;
  edit.note = std::optional<std::string>();  // cleared
  const Entry changed = j.edit_entry(e.id, edit);
  CHECK(8 == changed.stress);
  CHECK(Response::discussion == changed.response);
  CHECK_FALSE(changed.note.has_value());
  CHECK(Instant{t0 - 3 * 86400, -7200} == changed.asked_at);
  CHECK(grouped(j) == j.day_totals());
  REQUIRE(1 == j.day_totals().size());
  CHECK(20413 == j.day_totals().front().day);
  CHECK(1 == j.day_totals().front().discussion);
  // An empty edit keeps everything.
  CHECK(describe(changed) == describe(j.edit_entry(e.id, EntryEdit{})));
  CHECK_THROWS_AS(j.edit_entry(e.id, EntryEdit{std::nullopt, 11, std::nullopt, std::nullopt}),
                  usage_error);
}

TEST_CASE("deleting the last entry of a request puts it back to asked") {
  Journal j = Journal::in_memory();
  const std::int64_t r = j.add_request(request("Twice"));
  const Entry first = j.add_entry(r, entry(t0, 1, Response::yes));
  const Entry second = j.add_entry(r, entry(t0 + 60, 2, Response::no));
  CHECK(describe(second) == describe(j.delete_entry(second.id)));
  CHECK(Status::done == j.find_request(r)->status);
  j.delete_entry(first.id);
  CHECK(Status::asked == j.find_request(r)->status);
  CHECK(0 == count(j, "entries"));
  CHECK(j.day_totals().empty());
}

// ---- Undo --------------------------------------------------------------------------------

TEST_CASE("undo reverses each kind of change exactly, newest first") {
  Journal j = Journal::in_memory();
  CHECK_FALSE(j.undo_last().has_value());

  SUBCASE("plan") {
    const std::int64_t id = j.add_request(request("Plan me"));
    const auto u = j.undo_last();
    REQUIRE(u.has_value());
    CHECK(ChangeKind::plan == u->kind);
    CHECK("Plan me" == u->request->text);
    CHECK_FALSE(j.find_request(id).has_value());
  }
  SUBCASE("ask restores the status and the earlier prediction") {
    const std::int64_t id = j.add_request(request("Ask me"));
    j.mark_asked(id, {t0, 0}, 3, Response::yes);
    const Request first = *j.find_request(id);
    j.mark_asked(id, {t0 + 60, 0}, 7, Response::no);
    const auto u = j.undo_last();
    REQUIRE(u.has_value());
    CHECK(ChangeKind::ask == u->kind);
    CHECK(std::optional<int>(7) == u->request->expected_stress);
    CHECK(describe(first) == describe(j.find_request(id)));
    j.undo_last();
    CHECK(Status::planned == j.find_request(id)->status);
    CHECK_FALSE(j.find_request(id)->asked_at.has_value());
  }
  SUBCASE("drop") {
    const std::int64_t id = j.add_request(request("Drop me"));
    j.mark_asked(id, {t0, 0}, std::nullopt, std::nullopt);
    j.drop_request(id);
    const auto u = j.undo_last();
    CHECK(ChangeKind::drop == u->kind);
    CHECK(Status::dropped == u->request->status);
    CHECK(Status::asked == j.find_request(id)->status);
  }
  SUBCASE("log restores the request's status and prediction") {
    const std::int64_t id = j.add_request(request("Log me"));
    const Request asked = j.mark_asked(id, {t0, 0}, 4, Response::discussion);
    const Entry e = j.add_entry(id, entry(t0 + 60, 5, Response::yes));
    const auto u = j.undo_last();
    CHECK(ChangeKind::log == u->kind);
    CHECK(describe(e) == describe(u->entry));
    CHECK_FALSE(j.find_entry(e.id).has_value());
    CHECK(describe(asked) == describe(j.find_request(id)));
    CHECK(j.day_totals().empty());
  }
  SUBCASE("log of an ad-hoc request deletes the request too") {
    const Entry e = j.add_adhoc_entry(request("Ad hoc"), entry(t0, 5, Response::no));
    const auto u = j.undo_last();
    CHECK(ChangeKind::log == u->kind);
    CHECK(describe(e) == describe(u->entry));
    CHECK("Ad hoc" == u->request->text);
    CHECK(0 == count(j, "requests"));
    CHECK(0 == count(j, "entries"));
  }
  SUBCASE("edit") {
    const Entry e = j.add_adhoc_entry(request("Edit me"), entry(t0, 5, Response::no, "before"));
    j.edit_entry(e.id, EntryEdit{Instant{t0 - 86400, 0}, 9, Response::yes,
                                 std::optional<std::string>("after")});
    const auto u = j.undo_last();
    CHECK(ChangeKind::edit == u->kind);
    CHECK(describe(e) == describe(u->entry));
    CHECK(describe(e) == describe(j.find_entry(e.id)));
    CHECK(grouped(j) == j.day_totals());
  }
  SUBCASE("delete re-inserts the entry with its id and uid") {
    const std::int64_t id = j.add_request(request("Delete me"));
    j.mark_asked(id, {t0, 0}, 2, Response::yes);
    const Entry e = j.add_entry(id, entry(t0 + 60, 5, Response::no, "kept"));
    j.delete_entry(e.id);
    CHECK(Status::asked == j.find_request(id)->status);
    const auto u = j.undo_last();
    CHECK(ChangeKind::remove == u->kind);
    CHECK(describe(e) == describe(u->entry));
    CHECK(describe(e) == describe(j.find_entry(e.id)));
    CHECK(Status::done == j.find_request(id)->status);
    CHECK(grouped(j) == j.day_totals());
  }
  SUBCASE("a whole session walks back to empty") {
    const std::int64_t id = j.add_request(request("Session"));
    j.mark_asked(id, {t0, 0}, 2, Response::yes);
    const Entry e = j.add_entry(id, entry(t0 + 60, 5, Response::no));
    j.edit_entry(e.id, EntryEdit{std::nullopt, 6, std::nullopt, std::nullopt});
    j.delete_entry(e.id);
    j.drop_request(id);
    std::vector<ChangeKind> kinds;
    while (auto u = j.undo_last()) kinds.push_back(u->kind);
    CHECK(std::vector<ChangeKind>{ChangeKind::drop, ChangeKind::remove, ChangeKind::edit,
                                    ChangeKind::log, ChangeKind::ask, ChangeKind::plan} ==
          kinds);
    CHECK(0 == count(j, "requests"));
    CHECK(j.day_totals().empty());
  }
  SUBCASE("the log keeps the last undo_depth changes") {
    for (int i = 0; i < Journal::undo_depth + 20; ++i) j.add_request(request("r"));
    CHECK(Journal::undo_depth == count(j, "undo_log"));
  }
}

// ---- The per-day summary -----------------------------------------------------------------

TEST_CASE("last_change shows what undo would undo, and undo refuses a change it was not shown") {
  Journal j = Journal::in_memory();
  CHECK_FALSE(j.last_change().has_value());
  const std::int64_t id = j.add_request(request("Plan me"));
  const auto shown = j.last_change();
  REQUIRE(shown.has_value());
  CHECK(ChangeKind::plan == shown->kind);
  CHECK("Plan me" == shown->request->text);
  CHECK(j.find_request(id).has_value());  // looking changed nothing

  j.mark_asked(id, {t0, 0}, 4, Response::no);  // another change lands in between
  CHECK_THROWS_AS(j.undo_last(shown->change_id), usage_error);
  CHECK(Status::asked == j.find_request(id)->status);

  const auto now_shown = j.last_change();
  REQUIRE(now_shown.has_value());
  CHECK(ChangeKind::ask == now_shown->kind);
  const auto undone = j.undo_last(now_shown->change_id);
  REQUIRE(undone.has_value());
  CHECK(now_shown->change_id == undone->change_id);
  CHECK(Status::planned == j.find_request(id)->status);
}

TEST_CASE("day_totals equals a GROUP BY over entries after random changes and undos") {
  Journal j = Journal::in_memory();
  std::mt19937 rng(20261126);
  const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const std::int32_t offsets[] = {-43200, -18000, 0, 3600, 19800, 50400};
  const auto at = [&] {
    return Instant{t0 + pick(0, 40 * 86400), offsets[pick(0, 5)]};
  };
  std::vector<std::int64_t> requests;
  for (int i = 0; i < 10; ++i) requests.push_back(j.add_request(request("r" + std::to_string(i))));
  const Response responses[] = {Response::yes, Response::no, Response::discussion};
  for (int step = 0; step < 600; ++step) {
    auto entries = j.recent_entries(std::nullopt, std::nullopt);
    const int op = pick(0, 9);
    if (op <= 3) {
      std::int64_t& r = requests[static_cast<std::size_t>(pick(0, 9))];
      if (!j.find_request(r)) r = j.add_request(request("again"));  // its plan was undone
      if (pick(0, 1) == 1)
        j.mark_asked(r, at(), pick(0, 10), responses[pick(0, 2)]);
      j.add_entry(r, NewEntry{at(), pick(0, 10), responses[pick(0, 2)], std::nullopt});
    } else if (op == 4) {
      j.add_adhoc_entry(request("adhoc"), NewEntry{at(), pick(0, 10), responses[pick(0, 2)], {}});
    } else if (op <= 6 && !entries.empty()) {
      const Entry& e = entries[static_cast<std::size_t>(pick(0, static_cast<int>(entries.size()) - 1))];
      EntryEdit edit;
      if (pick(0, 1) == 1) edit.asked_at = at();
      if (pick(0, 1) == 1) edit.stress = pick(0, 10);
      if (pick(0, 1) == 1) edit.response = responses[pick(0, 2)];
      j.edit_entry(e.id, edit);
    } else if (op == 7 && !entries.empty()) {
      j.delete_entry(entries[static_cast<std::size_t>(pick(0, static_cast<int>(entries.size()) - 1))].id);
    } else {
      j.undo_last();
    }
    if (step % 50 == 0) REQUIRE(grouped(j) == j.day_totals());
  }
  CHECK(grouped(j) == j.day_totals());
  CHECK(j.integrity_ok());
}

// ---- Files: creation, settings, permissions -----------------------------------------------

TEST_CASE("a new journal: folders 0700, file 0600 under umask 000, WAL, no temp file left") {
  const ScopedUmask umask(0);
  const TempDir dir;
  const fs::path path = dir / "a/b/journal.db";
  {
    Journal j = Journal::open_for_write(path);
    auto& db = j.database_for_test();
    CHECK("wal" == db.execAndGet("PRAGMA journal_mode").getString());
    CHECK(2 == db.execAndGet("PRAGMA synchronous").getInt());  // FULL
    CHECK(1 == db.execAndGet("PRAGMA foreign_keys").getInt());
    CHECK(10000 == db.execAndGet("PRAGMA busy_timeout").getInt());
    CHECK(Journal::application_id == db.execAndGet("PRAGMA application_id").getInt());
    CHECK(Journal::schema_version == j.user_version());
    j.add_adhoc_entry(request("x"), entry(t0, 1, Response::yes));
    CHECK(j.integrity_ok());
  }
  CHECK(0700 == mode_of(dir / "a"));
  CHECK(0700 == mode_of(dir / "a/b"));
  CHECK(0600 == mode_of(path));
  CHECK(0700 == mode_of(dir.path()));  // an existing folder is left as it was (mkdtemp's)
  CHECK(std::set<std::string>{"journal.db"} == names_in(dir / "a/b"));
  // Reopening does not rewrite anything.
  const std::string before = bytes_of(path);
  { Journal j = Journal::open_for_write(path); CHECK(1 == j.recent_entries(std::nullopt, std::nullopt).size()); }
  CHECK(before == bytes_of(path));
}

TEST_CASE("a relative path in the current folder works") {
  const TempDir dir;
  const fs::path cwd = fs::current_path();
  fs::current_path(dir.path());
  {
    Journal j = Journal::open_for_write("plain.db");
    j.add_request(request("here"));
  }
  CHECK(std::set<std::string>{"plain.db"} == names_in(dir.path()));
  CHECK(Journal::open_for_read("plain.db").has_value());
  fs::current_path(cwd);
}

TEST_CASE("read opens never create, never write, and refuse to write") {
  const TempDir dir;
  CHECK_FALSE(Journal::open_for_read(dir / "missing/journal.db").has_value());
  CHECK_FALSE(Journal::open_for_read(dir / "journal.db").has_value());
  CHECK(names_in(dir.path()).empty());

  const fs::path path = dir / "journal.db";
  { Journal::open_for_write(path).add_adhoc_entry(request("x"), entry(t0, 1, Response::yes)); }
  const std::string before = bytes_of(path);
  {
    auto j = Journal::open_for_read(path);
    REQUIRE(j.has_value());
    CHECK(1 == j->recent_entries(std::nullopt, std::nullopt).size());
    CHECK(1 == j->day_totals().size());
    CHECK_THROWS_AS(j->add_request(request("no")), journal_error);
  }
  CHECK(before == bytes_of(path));
}

TEST_CASE("a read-only journal file or folder can be read but not written") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  { Journal::open_for_write(path).add_adhoc_entry(request("x"), entry(t0, 1, Response::yes)); }
  const std::string before = bytes_of(path);

  SUBCASE("file chmod 0400") {
    fs::permissions(path, fs::perms::owner_read, fs::perm_options::replace);
    CHECK_THROWS_WITH_AS(Journal::open_for_write(path),
                         ("cannot write the journal " + path.string() + ": the file is read-only").c_str(),
                         journal_error);
    auto j = Journal::open_for_read(path);
    REQUIRE(j.has_value());
    CHECK(1 == j->recent_entries(std::nullopt, std::nullopt).size());
  }
  SUBCASE("folder chmod 0500") {
    fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec,
                    fs::perm_options::replace);
    CHECK_THROWS_AS(Journal::open_for_write(path), journal_error);
    CHECK_THROWS_AS(Journal::open_for_write(dir / "other.db"), journal_error);
    CHECK_THROWS_AS(Journal::open_for_write(dir / "sub/other.db"), journal_error);
    auto j = Journal::open_for_read(path);
    REQUIRE(j.has_value());
    CHECK(1 == j->day_totals().size());
    fs::permissions(dir.path(), fs::perms::owner_all, fs::perm_options::replace);
  }
  CHECK(before == bytes_of(path));
  CHECK(std::set<std::string>{"journal.db"} == names_in(dir.path()));  // no -wal, no -shm
}

TEST_CASE("as another user, a journal they may only read is read and refused for writing") {
  if (::geteuid() != 0) return;  // needs root to switch to an unprivileged user
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  { Journal::open_for_write(path).add_adhoc_entry(request("x"), entry(t0, 1, Response::yes)); }
  fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec,
                  fs::perm_options::replace);
  fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read,
                  fs::perm_options::replace);
  const std::string before = bytes_of(path);
  const int status = in_child([&] {
    if (::setgid(65534) != 0 || ::setuid(65534) != 0) return 10;
    try {
      Journal::open_for_write(path);
      return 11;
    } catch (const journal_error&) {
    }
    auto j = Journal::open_for_read(path);
    if (!j || j->recent_entries(std::nullopt, std::nullopt).size() != 1) return 12;
    return 0;
  });
  CHECK(0 == status);
  CHECK(before == bytes_of(path));
  CHECK(std::set<std::string>{"journal.db"} == names_in(dir.path()));
}

// ---- Files that are not ours ---------------------------------------------------------------

TEST_CASE("files that are not microask journals are refused and left byte-identical") {
  const TempDir dir;
  const fs::path path = dir / "victim";
  std::string bytes;
  std::string message;

  SUBCASE("random bytes") {
    std::mt19937 rng(7);
    for (int i = 0; i < 8192; ++i) bytes.push_back(static_cast<char>(rng() & 0xff));
    write_bytes(path, bytes);
    message = "not a microask journal (not a SQLite database)";
  }
  SUBCASE("a text file") {
    bytes = "dear diary\n";
    write_bytes(path, bytes);
    message = "not a microask journal (not a SQLite database)";
  }
  SUBCASE("an empty file") {
    write_bytes(path, "");
    message = "empty file, not a microask journal";
  }
  SUBCASE("another application's SQLite database") {
    {
      SQLite::Database other(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')");
    }
    bytes = bytes_of(path);
    message = "not a microask journal (a SQLite database of another application)";
  }
  SUBCASE("a journal truncated mid-page") {
    { Journal::open_for_write(path).add_adhoc_entry(request("x"), entry(t0, 1, Response::yes)); }
    bytes = bytes_of(path).substr(0, 4096 + 1000);
    write_bytes(path, bytes);
    message = "truncated microask journal";
  }
  SUBCASE("a journal truncated at a page boundary") {
    { Journal::open_for_write(path).add_adhoc_entry(request("x"), entry(t0, 1, Response::yes)); }
    bytes = bytes_of(path).substr(0, 2 * 4096);
    write_bytes(path, bytes);
    message = "truncated microask journal (2 of";
  }
  SUBCASE("a header cut short") {
    { Journal::open_for_write(path).add_request(request("x")); }
    bytes = bytes_of(path).substr(0, 50);
    write_bytes(path, bytes);
    message = "truncated header";
  }
  SUBCASE("a directory") {
    fs::create_directory(path);
    message = "it is a directory, not a microask journal";
  }
  const auto refused = [&](auto&& open) {
    try {
      open();
    } catch (const journal_error& e) {
      const std::string what = e.what();
      CHECK_MESSAGE(what.find(message) != std::string::npos, what);
      CHECK_MESSAGE(what.find(path.string()) != std::string::npos, what);
      CHECK(what.find('\n') == std::string::npos);
      return true;
    }
    return false;
  };
  CHECK(refused([&] { Journal::open_for_write(path); }));
  CHECK(refused([&] { Journal::open_for_read(path); }));
  if (fs::is_regular_file(path)) CHECK(bytes == bytes_of(path));
  CHECK(std::set<std::string>{"victim"} == names_in(dir.path()));
}

TEST_CASE("a journal from a newer schema is refused and left byte-identical") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  {
    Journal j = Journal::open_for_write(path);
    j.add_request(request("from the future"));
    j.database_for_test().exec("PRAGMA user_version = 7");
  }
  const std::string before = bytes_of(path);
  const std::string message = "cannot use the journal " + path.string() +
                              ": it was written by a newer microask (schema 7, this one reads up to " +
                              std::to_string(Journal::schema_version) + ")";
  CHECK_THROWS_WITH_AS(Journal::open_for_write(path), message.c_str(), journal_error);
  CHECK_THROWS_WITH_AS(Journal::open_for_read(path), message.c_str(), journal_error);
  CHECK(before == bytes_of(path));
  CHECK(std::set<std::string>{"journal.db"} == names_in(dir.path()));
}

// ---- Migrations ----------------------------------------------------------------------------

namespace {

// Rows written with raw SQL into a schema-1 journal, the way an old microask would have.
void fill_v1(SQLite::Database& db) {
  db.exec(
      "INSERT INTO requests (id, uid, text, lang, concrete, reversible, low_cost, status, "
      "created_utc, created_offset) VALUES "
      "(1, '0123456789abcdef0123456789abcdef', 'Old one', 'en', 'pass', 'pass', 'pass', 'done', "
      "1700000000, 3600), "
      "(2, '1123456789abcdef0123456789abcdef', 'Old two', 'fr', 'pass', 'unsure', 'pass', "
      "'planned', 1700000100, 3600)");
  db.exec(
      "INSERT INTO entries (uid, request_id, asked_utc, asked_offset, local_day, stress, response, "
      "expected_stress) VALUES "
      "('a123456789abcdef0123456789abcdef', 1, 1700000000, 3600, 19675, 4, 'yes', 5), "
      "('b123456789abcdef0123456789abcdef', 1, 1700001000, 3600, 19675, 6, 'no', NULL), "
      "('c123456789abcdef0123456789abcdef', 1, 1700040000, -36000, 19675, 2, 'discussion', 1)");
}

}  // namespace

TEST_CASE("migrating a schema-1 journal with data backfills the day totals") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  {
    Journal old = Journal::open_at_version_for_test(path, 1);
    CHECK(1 == old.user_version());
    CHECK_FALSE(old.database_for_test().tableExists("day_totals"));
    fill_v1(old.database_for_test());
  }
  const std::string v1_bytes = bytes_of(path);
  {
    // A read-only open reads an old schema as it is, without migrating it.
    auto reader = Journal::open_for_read(path);
    REQUIRE(reader.has_value());
    CHECK(1 == reader->user_version());
    CHECK(grouped(*reader) == reader->day_totals());
  }
  CHECK(v1_bytes == bytes_of(path));
  {
    Journal j = Journal::open_for_write(path);
    CHECK(Journal::schema_version == j.user_version());
    const auto totals = j.day_totals();
    CHECK(grouped(j) == totals);
    REQUIRE(1 == totals.size());
    CHECK(DayTotals{19675, 3, 1, 1, 1, 12, 2, 6} == totals.front());
    // The triggers work on the migrated journal, and undo starts from here.
    CHECK_FALSE(j.undo_last().has_value());
    j.add_entry(2, entry(1700000000, 9, Response::yes, {}, 3600));
    CHECK(grouped(j) == j.day_totals());
    CHECK(ChangeKind::log == j.undo_last()->kind);
    CHECK(Status::planned == j.find_request(2)->status);
  }
}

TEST_CASE("migrating a schema-2 journal adds the undo log and keeps the totals") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  {
    Journal old = Journal::open_at_version_for_test(path, 2);
    fill_v1(old.database_for_test());
    CHECK(grouped(old) == old.day_totals());  // kept by the step-2 triggers
    CHECK_FALSE(old.database_for_test().tableExists("undo_log"));
  }
  Journal j = Journal::open_for_write(path);
  CHECK(Journal::schema_version == j.user_version());
  CHECK(j.database_for_test().tableExists("undo_log"));
  CHECK(grouped(j) == j.day_totals());
  CHECK(3 == count(j, "entries"));
}

TEST_CASE("processes migrating the same journal at once migrate it once") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  {
    Journal old = Journal::open_at_version_for_test(path, 1);
    fill_v1(old.database_for_test());
  }
  std::vector<pid_t> pids;
  for (int p = 0; p < 4; ++p) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      int code = 0;
      try {
        Journal j = Journal::open_for_write(path);
        j.add_entry(1, entry(1700000000 + p, p, Response::no, {}, 3600));
      } catch (...) {
        code = 1;
      }
      ::_exit(code);
    }
    pids.push_back(pid);
  }
  for (const pid_t pid : pids) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  }
  Journal j = Journal::open_for_write(path);
  CHECK(Journal::schema_version == j.user_version());
  CHECK(7 == count(j, "entries"));
  CHECK(grouped(j) == j.day_totals());
}

TEST_CASE("in-memory journals can be built at any version") {
  for (int v = 1; v <= Journal::schema_version; ++v) {
    Journal j = Journal::open_at_version_for_test(":memory:", v);
    CHECK(v == j.user_version());
  }
  CHECK_THROWS_AS(Journal::open_at_version_for_test(":memory:", 0), usage_error);
  CHECK_THROWS_AS(Journal::open_at_version_for_test(":memory:", Journal::schema_version + 1),
                  usage_error);
}

// ---- Concurrency and SQLite errors --------------------------------------------------------

TEST_CASE("processes creating the same journal at once all land in one journal") {
  const TempDir dir;
  const fs::path path = dir / "new/journal.db";
  constexpr int processes = 6, per_process = 5;
  std::vector<pid_t> pids;
  for (int p = 0; p < processes; ++p) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      int code = 0;
      try {
        Journal j = Journal::open_for_write(path);
        for (int i = 0; i < per_process; ++i)
          j.add_adhoc_entry(request("p" + std::to_string(p)), entry(t0 + i, i, Response::yes));
      } catch (...) {
        code = 1;
      }
      ::_exit(code);
    }
    pids.push_back(pid);
  }
  for (const pid_t pid : pids) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  }
  auto j = Journal::open_for_read(path);
  REQUIRE(j.has_value());
  CHECK(processes * per_process == static_cast<int>(j->recent_entries(std::nullopt, std::nullopt).size()));
  CHECK(j->integrity_ok());
  j.reset();
  // No temporary journal left behind. The -wal and -shm may stay: the last connection
  // closed was a read-only one, which cannot remove them (the next writer does).
  for (const std::string& name : names_in(dir / "new"))
    CHECK_MESSAGE(name.rfind("journal.db", 0) == 0, name);
}

TEST_CASE("a writer and a reader of the same journal in one process") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  Journal writer = Journal::open_for_write(path);
  writer.add_request(request("one"));
  auto reader = Journal::open_for_read(path);
  REQUIRE(reader.has_value());
  writer.add_adhoc_entry(request("two"), entry(t0, 1, Response::yes));
  CHECK(1 == reader->recent_entries(std::nullopt, std::nullopt).size());
  Journal second = Journal::open_for_write(path);
  second.add_adhoc_entry(request("three"), entry(t0, 1, Response::yes));
  CHECK(2 == reader->day_totals().front().requests);
  CHECK(writer.integrity_ok());
}

TEST_CASE("SQLite failures during a write are one-line journal errors, earlier rows intact") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  Journal j = Journal::open_for_write(path);
  const std::int64_t r = j.add_request(request("fill"));

  SUBCASE("disk full") {
    auto& db = j.database_for_test();
    const int pages = db.execAndGet("PRAGMA page_count").getInt();
    db.exec("PRAGMA max_page_count = " + std::to_string(pages + 2));
    int written = 0;
    try {
      for (; written < 10000; ++written)
        j.add_entry(r, entry(t0, 1, Response::yes, std::string(2000, 'n')));
      FAIL("the journal never filled up");
    } catch (const journal_error& e) {
      CHECK(("cannot write the journal " + path.string() + ": disk full") == std::string(e.what()));
    }
    CHECK(written == static_cast<int>(j.recent_entries(std::nullopt, std::nullopt).size()));
    CHECK(j.integrity_ok());
  }
  SUBCASE("locked by another writer") {
    SQLite::Database other(path.string(), SQLite::OPEN_READWRITE);
    SQLite::Transaction hold(other, SQLite::TransactionBehavior::IMMEDIATE);
    j.database_for_test().setBusyTimeout(50);
    CHECK_THROWS_WITH_AS(j.add_entry(r, entry(t0, 1, Response::yes)),
                         ("cannot write the journal " + path.string() +
                          ": locked by another process for more than 10 s").c_str(),
                         journal_error);
    CHECK(Status::planned == j.find_request(r)->status);
  }
}

TEST_CASE("a constraint SQLite enforces comes back as a one-line usage error") {
  Journal j = Journal::in_memory();
  const std::int64_t r = j.add_request(request("x"));
  j.database_for_test().exec(
      "CREATE TEMP TRIGGER refuse BEFORE INSERT ON entries\n"
      "BEGIN SELECT RAISE(ABORT, 'no entries\ntoday'); END");
  CHECK_THROWS_WITH_AS(j.add_entry(r, entry(t0, 1, Response::yes)),
                       "value refused by the journal: no entries today", usage_error);
  CHECK(Status::planned == j.find_request(r)->status);
}

TEST_CASE("a journal switched out of WAL mode is switched back by the next writer") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  { Journal::open_for_write(path).database_for_test().exec("PRAGMA journal_mode = DELETE"); }
  Journal j = Journal::open_for_write(path);
  CHECK("wal" == j.database_for_test().execAndGet("PRAGMA journal_mode").getString());
}

TEST_CASE("a journal path below a file is a journal error") {
  const TempDir dir;
  write_bytes(dir / "file", "x");
  CHECK_THROWS_AS(Journal::open_for_write(dir / "file/journal.db"), journal_error);
  CHECK_THROWS_AS(Journal::open_for_write(dir / "file/sub/journal.db"), journal_error);
  CHECK_THROWS_AS(Journal::open_for_read(dir / "file/journal.db"), journal_error);
  CHECK("x" == bytes_of(dir / "file"));
}

// ---- Export and import -----------------------------------------------------------------------

namespace {

void fill_sample(Journal& j) {
  NewRequest r = request("Peux-tu relire ma page ? \"vite\"\n2e ligne");
  r.addressee = "Zoé";
  r.lang = Lang::fr;
  const std::int64_t a = j.add_request(r);
  j.mark_asked(a, {t0 + 10, 7200}, 6, Response::discussion);
  j.add_entry(a, entry(t0 + 20, 3, Response::yes, "emoji 🙂 and \t tab", 7200));
  j.mark_asked(a, {t0 + 30, 7200}, 2, std::nullopt);  // a pending prediction
  const std::int64_t b = j.add_request(request("Lend me a pen", {t0 - 100, -25200}));
  j.drop_request(b);
  j.add_adhoc_entry(request("Pass the salt"), entry(t0 - 86400 * 400, 0, Response::no, {}, -25200));
}

}  // namespace

TEST_CASE("export then import round-trips every field, and a second import adds nothing") {
  Journal a = Journal::in_memory();
  fill_sample(a);
  const std::string dump = exported(a);
  std::istringstream lines(dump);
  std::string first;
  std::getline(lines, first);
  CHECK(first.rfind(R"({"type":"request","text":")", 0) == 0);
  CHECK(5 == std::count(dump.begin(), dump.end(), '\n'));

  Journal b = Journal::in_memory();
  std::istringstream in(dump);
  const ImportResult added = b.import_jsonl(in);
  CHECK(3 == added.requests_added);
  CHECK(2 == added.entries_added);
  CHECK(0 == added.requests_skipped + added.entries_skipped);
  CHECK(dump == exported(b));
  CHECK(a.day_totals() == b.day_totals());
  CHECK(describe(a.find_request(1)) == describe(b.find_request(1)));
  CHECK(describe(a.recent_entries(std::nullopt, std::nullopt)) ==
        describe(b.recent_entries(std::nullopt, std::nullopt)));

  std::istringstream again(dump);
  const ImportResult second = b.import_jsonl(again);
  CHECK(0 == second.requests_added + second.entries_added);
  CHECK(3 == second.requests_skipped);
  CHECK(2 == second.entries_skipped);
  CHECK(dump == exported(b));

  // Merging: a journal with its own rows keeps them and gains the others'.
  Journal c = Journal::in_memory();
  c.add_adhoc_entry(request("Mine"), entry(t0, 5, Response::yes));
  std::istringstream merge(dump);
  c.import_jsonl(merge);
  CHECK(3 == c.recent_entries(std::nullopt, std::nullopt).size());
  CHECK(grouped(c) == c.day_totals());
  CHECK_FALSE(c.undo_last().has_value());  // history does not reach across an import
}

TEST_CASE("import accepts entries before their request and blank lines") {
  Journal a = Journal::in_memory();
  fill_sample(a);
  std::istringstream dump(exported(a));
  std::vector<std::string> lines;
  for (std::string line; std::getline(dump, line);) lines.push_back(line);
  std::reverse(lines.begin(), lines.end());
  std::string reversed;
  for (const auto& line : lines) reversed += line + "\n\n";
  Journal b = Journal::in_memory();
  std::istringstream in(reversed);
  const ImportResult r = b.import_jsonl(in);
  CHECK(3 == r.requests_added);
  CHECK(2 == r.entries_added);
  CHECK(a.day_totals() == b.day_totals());
}

TEST_CASE("an import with a bad line changes nothing and names the line") {
  Journal j = Journal::in_memory();
  fill_sample(j);
  const std::string before = exported(j);
  Journal source = Journal::in_memory();
  source.add_adhoc_entry(request("Fresh"), entry(t0, 4, Response::yes));
  const std::string good = exported(source);  // two lines: request, entry

  const auto refused = [&](const std::string& bad, const std::string& message) {
    std::istringstream in(good + bad + "\n");
    try {
      j.import_jsonl(in);
      FAIL("accepted: " << bad);
    } catch (const usage_error& e) {
      CHECK(message == std::string(e.what()));
    }
    CHECK(before == exported(j));
  };
  const std::string entry_prefix =
      R"({"type":"entry","uid":"ffffffffffffffffffffffffffffffff","request_uid":")" +
      source.find_request(1)->uid + R"(","asked_utc":1764000000,"asked_offset":0,)";
  refused("{not json", "line 3: not valid JSON (at byte 3)");
  refused("[1,2]", "line 3: not a JSON object");
  refused(R"({"type":"comment"})", R"(line 3: unknown "type" "comment" (accepted: request, entry))");
  refused(entry_prefix + R"("stress":11,"response":"yes"})", R"(line 3: "stress" must be from 0 to 10)");
  refused(entry_prefix + R"("stress":5.0,"response":"yes"})", R"(line 3: "stress" must be an integer)");
  refused(entry_prefix + R"("stress":5,"response":"maybe"})",
          R"(line 3: "response" must be one of yes, no, discussion)");
  refused(entry_prefix + R"("stress":5,"response":"y"})",
          R"(line 3: "response" must be one of yes, no, discussion)");
  refused(R"({"type":"entry","uid":"XYZ"})", R"(line 3: "uid" must be 32 lower-case hex digits)");
  refused(R"({"type":"entry","uid":"eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee","request_uid":"dddddddddddddddddddddddddddddddd","asked_utc":1764000000,"asked_offset":0,"stress":1,"response":"no"})",
          "line 3: the entry's request_uid dddddddddddddddddddddddddddddddd is neither in the file "
          "nor in the journal");
  refused(R"({"type":"request","uid":"dddddddddddddddddddddddddddddddd","text":"","lang":"en"})",
          R"(line 3: "text" is empty)");
  refused(entry_prefix + R"("stress":5,"response":"yes","asked_offset":99999})",
          R"(line 3: "asked_offset" must be from -64800 to 64800)");
}

TEST_CASE("integrity_ok on a fresh and a used journal") {
  Journal j = Journal::in_memory();
  CHECK(j.integrity_ok());
  fill_sample(j);
  CHECK(j.integrity_ok());
}
