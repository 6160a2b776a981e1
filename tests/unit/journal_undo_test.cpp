// The journal: undo of each kind of change, and the per-day summary kept by triggers.
#include <doctest/doctest.h>

#include "journal_support.hpp"

using namespace microask;
using namespace microask::test;

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
                                 std::optional<std::string>("after"), std::nullopt});
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
    j.edit_entry(e.id, EntryEdit{std::nullopt, 6, std::nullopt, std::nullopt, std::nullopt});
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
      j.add_entry(r, NewEntry{at(), pick(0, 10), responses[pick(0, 2)], std::nullopt, std::nullopt});
    } else if (op == 4) {
      j.add_adhoc_entry(request("adhoc"), NewEntry{at(), pick(0, 10), responses[pick(0, 2)], std::nullopt, std::nullopt});
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

TEST_CASE("the schema takes every change kind of the list, and undo calls any other name damage") {
  Journal j = Journal::in_memory();
  auto& db = j.database_for_test();
  for (const auto& kind : change_kinds) {
    INFO(kind.name);
    CHECK(kind.kind == parse_change_kind(kind.name));
    CHECK(&kind == &info_of(kind.kind));
    CHECK_NOTHROW(db.exec("INSERT INTO undo_log (kind) VALUES ('" + std::string(kind.name) + "')"));
  }
  CHECK_THROWS(db.exec("INSERT INTO undo_log (kind) VALUES ('rename')"));
  db.exec("DELETE FROM undo_log");
  // A row whose kind this version does not know (the CHECK bypassed) is refused as damage.
  db.exec("PRAGMA ignore_check_constraints = ON");
  db.exec("INSERT INTO undo_log (kind) VALUES ('rename')");
  CHECK_THROWS_AS(j.last_change(), journal_error);
  CHECK_THROWS_AS(j.undo_last(), journal_error);
}

TEST_CASE("undo rows written by an older microask (integer times) are undone") {
  Journal j = Journal::in_memory();
  const auto id = j.add_request(request("Ask Tom for a pen"));
  j.mark_asked(id, Instant{t0, 3600}, 6, Response::no);
  auto& db = j.database_for_test();
  // What 0.1 kept for an ask: the pending fields, times as two integers.
  db.exec(R"(UPDATE undo_log SET before_json = '{"status":"planned","asked_utc":null,"asked_offset":null,"expected_stress":null,"expected_response":null}' WHERE kind = 'ask')");
  const auto undone = j.undo_last();
  REQUIRE(undone);
  CHECK(ChangeKind::ask == undone->kind);
  const auto r = j.find_request(id);
  CHECK(Status::planned == r->status);
  CHECK_FALSE(r->asked_at.has_value());
  CHECK_FALSE(r->expected_stress.has_value());
}
