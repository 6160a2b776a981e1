// The journal: where it lives, requests and entries round trip, statuses, constraints, local days.
#include <doctest/doctest.h>

#include "journal_support.hpp"

using namespace microask;
using namespace microask::test;

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
  CHECK_THROWS_AS(j.edit_entry(e.id, EntryEdit{std::nullopt, 11, std::nullopt, std::nullopt, std::nullopt}),
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

TEST_CASE("the empty journal that stands in for a missing file reads nothing and keeps nothing") {
  Journal j = Journal::empty();
  CHECK(j.requests_with_status(Status::planned).empty());
  CHECK(j.day_totals().empty());
  CHECK_FALSE(j.last_change().has_value());
  // An unknown id is still what the user hears about...
  CHECK_THROWS_WITH_AS(j.add_entry(3, entry(t0, 2, Response::yes)), "no request with id 3", usage_error);
  CHECK_THROWS_WITH_AS(j.edit_entry(9, EntryEdit{std::nullopt, 4, std::nullopt, std::nullopt, std::nullopt}), "no entry with id 9",
                       usage_error);
  // ...and a change that would go through is refused rather than lost.
  CHECK_THROWS_WITH_AS(j.add_request(request("Ask Tom for a pen")), "there is no journal yet: nothing to change",
                       journal_error);
  CHECK(0 == count(j, "requests"));
}

TEST_CASE("latest_requests: the newest not dropped, newest first, ties by id, whatever their status") {
  Journal j = Journal::in_memory();
  std::mt19937 rng(20261203);
  const Status statuses[] = {Status::planned, Status::asked, Status::done, Status::dropped};
  for (int i = 0; i < 60; ++i) {
    NewRequest r = request("Ask for a pen " + std::to_string(i), Instant{t0 + static_cast<std::int64_t>(rng() % 20) * 60, 0});
    r.status = statuses[rng() % 4];
    j.add_request(r);
  }
  // The slow way: every request kept, sorted.
  SQLite::Statement all(j.database_for_test(),
                        "SELECT id FROM requests WHERE status != 'dropped' ORDER BY created_utc DESC, id DESC");
  std::vector<std::int64_t> expected;
  while (all.executeStep()) expected.push_back(all.getColumn(0).getInt64());
  for (const std::int64_t n : {0, 1, 5, 30, 100}) {
    std::vector<std::int64_t> got;
    for (const Request& r : j.latest_requests(n)) got.push_back(r.id);
    const auto want = std::vector<std::int64_t>(expected.begin(), expected.begin() + std::min<std::int64_t>(n, static_cast<std::int64_t>(expected.size())));
    CHECK(want == got);
  }
}
