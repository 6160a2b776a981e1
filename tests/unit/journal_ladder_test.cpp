// The ladder the writers keep in the journal (schema 5): the migration computes it, each
// change keeps it equal to the full walk, and a reader that cannot trust it walks instead.
#include <doctest/doctest.h>

#include <random>
#include <sstream>

#include "journal_support.hpp"
#include "microask/ladder.hpp"

using namespace microask;
using namespace microask::test;

namespace {

// The oracle: every entry in the ladder's order, at the level its request counts at,
// climbed from the start. Written here from the tables, apart from the journal's own walk.
Ladder full_walk(Journal& j) {
  SQLite::Statement s(j.database_for_test(),
                      "SELECT e.asked_utc, e.asked_offset, e.stress, r.level, r.text FROM entries AS e "
                      "JOIN requests AS r ON r.id = e.request_id ORDER BY e.asked_utc, e.id");
  std::vector<LadderStep> steps;
  while (s.executeStep()) {
    const std::optional<int> level = s.getColumn(3).isNull() ? std::nullopt : std::optional(s.getColumn(3).getInt());
    steps.push_back(LadderStep{Instant{s.getColumn(0).getInt64(), s.getColumn(1).getInt()},
                               counted_level(level, s.getColumn(4).getString()), s.getColumn(2).getInt()});
  }
  return climb(steps);
}

std::string text_of(const Ladder& l) {
  std::ostringstream out;
  out << "level " << l.level << " count " << l.count << " window [";
  for (const int s : l.window) out << ' ' << s;
  out << " ]";
  if (l.last_move)
    out << " moved at " << l.last_move->at.utc << " from " << l.last_move->from << " to " << l.last_move->to
        << " mean " << l.last_move->mean;
  return out.str();
}
std::string text_of(const std::optional<Ladder>& l) { return l ? text_of(*l) : "none"; }

NewRequest at_level(const std::string& text, std::optional<int> level, std::int64_t created = t0) {
  NewRequest r = request(text, Instant{created, 3600});
  r.level = level;
  return r;
}

NewEntry felt(std::int64_t utc, int stress) { return NewEntry{Instant{utc, 3600}, stress, Response::yes, {}, {}}; }

// A history that moves the ladder (1 -> 2 -> 1 -> 2) with a request older than the ladder
// (no level) and an entry logged out of order.
void fill(Journal& j) {
  const auto one = j.add_request(at_level("Ask the baker to slice the bread", 1));
  const auto two = j.add_request(at_level("Ask a colleague to swap seats", 2));
  const auto old = j.add_request(at_level("Ask the pharmacist which aisle has the plasters", std::nullopt));
  std::int64_t t = t0;
  for (const int s : {2, 3, 4}) j.add_entry(one, felt(t += 600, s));
  for (const int s : {9, 8, 7}) j.add_entry(two, felt(t += 600, s));
  j.add_entry(old, felt(t += 600, 5));
  j.add_entry(one, felt(t0 + 1, 0));  // logged later, asked before everything else
  for (const int s : {1, 1}) j.add_entry(one, felt(t += 600, s));
  j.add_entry(two, felt(t += 600, 6));
}

std::string ladder_state_row(SQLite::Database& db) {
  return db.execAndGet("SELECT rules || '|' || stale || '|' || level || '|' || count || '|' || window || '|' || "
                       "coalesce(covered_utc, '-') || '|' || coalesce(covered_id, '-') FROM ladder_state")
      .getString();
}

}  // namespace

// ---- The migration --------------------------------------------------------------------------

TEST_CASE("migrating a schema-4 journal keeps every row and saves the ladder of the full walk") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  std::string rows_before;
  Ladder walked;
  {
    Journal old = Journal::open_at_version_for_test(path, 4);
    fill(old);
    old.set_weekly_goal(3);
    CHECK_FALSE(old.database_for_test().tableExists("ladder_state"));
    rows_before = exported(old);
    walked = full_walk(old);
    REQUIRE(walked.last_move);  // it moved (where to depends on the catalogue's level for `old`)
  }
  const std::string v4_bytes = bytes_of(path);
  {
    // Read-only, a schema-4 journal has no saved ladder: the full walk, and nothing written.
    auto reader = Journal::open_for_read(path);
    REQUIRE(reader.has_value());
    CHECK(4 == reader->user_version());
    CHECK_FALSE(reader->saved_ladder().has_value());
    CHECK(text_of(walked) == text_of(reader->ladder()));
    CHECK(reader->ideas_used().empty());  // read without the new index
  }
  CHECK(v4_bytes == bytes_of(path));
  Journal j = Journal::open_for_write(path);
  CHECK(Journal::schema_version == j.user_version());
  CHECK(5 == Journal::schema_version);
  CHECK(rows_before == exported(j));  // every request, entry and the goal, as they were
  CHECK(3 == count(j, "requests"));
  CHECK(11 == count(j, "entries"));
  CHECK(grouped(j) == j.day_totals());
  const auto saved = j.saved_ladder();
  CHECK(text_of(walked) == text_of(saved));
  CHECK(saved == walked);
  CHECK(j.walked_ladder() == walked);
  // The state covers the newest entry, under this build's rules.
  auto& db = j.database_for_test();
  const auto newest = db.execAndGet("SELECT asked_utc || '|' || id FROM entries ORDER BY asked_utc DESC, id DESC LIMIT 1")
                          .getString();
  CHECK(ladder_state_row(db).starts_with(std::string(ladder_rules()) + "|0|"));
  CHECK(ladder_state_row(db).ends_with(newest));
  // The ideas used are read from the new index.
  SQLite::Statement q(db, "EXPLAIN QUERY PLAN SELECT DISTINCT idea FROM requests WHERE idea IS NOT NULL");
  std::string details;
  while (q.executeStep()) details += q.getColumn(3).getString() + "\n";
  CHECK(details.find("requests_by_idea") != std::string::npos);
  // And the writers go on from it.
  j.add_entry(2, felt(t0 + 100 * 86400, 0));
  CHECK(j.saved_ladder() == full_walk(j));
  CHECK(j.integrity_ok());
}

TEST_CASE("a new journal starts with the ladder at level 1, saved and trusted") {
  Journal j = Journal::in_memory();
  REQUIRE(j.saved_ladder().has_value());
  CHECK(*j.saved_ladder() == Ladder{});
  CHECK(std::string(ladder_rules()) + "|0|1|0|[]|-|-" == ladder_state_row(j.database_for_test()));
}

// ---- The writers ------------------------------------------------------------------------------

TEST_CASE("an append of the newest entry goes on from the saved ladder, one in the past walks every entry") {
  Journal j = Journal::in_memory();
  const auto one = j.add_request(at_level("Ask the baker to slice the bread", 1));
  const auto three = j.add_request(at_level("Ask a stranger for the time", 3));
  j.add_entry(one, felt(t0 + 600, 2));
  // A saved ladder at level 3, trusted (this build's rules, not stale): only a writer that
  // goes on from it, rather than walking, can end up at level 3.
  j.database_for_test().exec("UPDATE ladder_state SET level = 3, count = 0, window = '[]'");
  j.add_entry(three, felt(t0 + 1200, 5));
  const auto went_on = j.saved_ladder();
  REQUIRE(went_on.has_value());
  CHECK(3 == went_on->level);
  CHECK(1 == went_on->count);
  CHECK(std::vector<int>{5} == went_on->window);
  // An entry asked before the newest one: computed again from every entry.
  j.add_entry(one, felt(t0 + 900, 4));
  CHECK(text_of(full_walk(j)) == text_of(j.saved_ladder()));
  CHECK(1 == j.saved_ladder()->level);
  CHECK(2 == j.saved_ladder()->count);
  // The same instant as the newest: after it (entries of one instant go by id).
  j.add_entry(one, felt(t0 + 1200, 4));
  CHECK(2 == j.saved_ladder()->level);
  CHECK(j.saved_ladder() == full_walk(j));
}

TEST_CASE("changes that leave the ladder's entries as they were keep the saved ladder as it is") {
  Journal j = Journal::in_memory();
  const auto one = j.add_request(at_level("Ask the baker to slice the bread", 1));
  const Entry e = j.add_entry(one, felt(t0 + 600, 2));
  auto& db = j.database_for_test();
  // Set apart from what a walk gives, so that any recomputation would show.
  db.exec("UPDATE ladder_state SET level = 4, count = 0, window = '[]'");
  EntryEdit note;
  note.note = std::string("she smiled");
  note.response = Response::no;
  j.edit_entry(e.id, note);
  j.mark_asked(j.add_request(at_level("Ask for a pen", 2)), Instant{t0 + 700, 0}, 3, std::nullopt);
  j.set_weekly_goal(2);
  NewRequest same = at_level("Ask the baker to slice the bread thinly", 1);
  j.edit_request(one, same);  // a new text, the same level
  CHECK(4 == j.saved_ladder()->level);
  // Its level is a change to the history.
  same.level = 2;
  j.edit_request(one, same);
  CHECK(j.saved_ladder() == full_walk(j));
  CHECK(1 == j.saved_ladder()->level);
}

TEST_CASE("random appends, entries in the past, edits, deletes, undos and imports keep the saved ladder equal to the full walk") {
  Journal j = Journal::in_memory();
  std::mt19937_64 rng(20261202);
  const auto pick = [&](int lo, int hi) { return lo + static_cast<int>(rng() % static_cast<std::uint64_t>(hi - lo + 1)); };
  const std::string texts[] = {"Ask the pharmacist which aisle has the plasters", "Ask my neighbour to keep my parcel",
                               "Demander au serveur une carafe d'eau"};
  std::int64_t newest = t0;
  // Mostly calm or hard, so that the ladder moves; mostly at the ladder's level, so that
  // the entries count.
  const auto stress = [&] { return pick(0, 1) == 0 ? pick(0, 4) : pick(7, 10); };
  const auto level = [&]() -> std::optional<int> {
    const int roll = pick(0, 9);
    if (roll < 6) return full_walk(j).level;
    if (roll < 9) return pick(1, 5);
    return std::nullopt;  // older than the ladder: the level its words suggest
  };
  const auto any_request = [&] {
    const auto open = j.latest_requests(6);
    if (!open.empty() && pick(0, 2) > 0) return open[static_cast<std::size_t>(pick(0, static_cast<int>(open.size()) - 1))].id;
    return j.add_request(at_level(texts[pick(0, 2)], level(), newest));
  };
  const auto any_entry = [&]() -> std::optional<Entry> {
    const auto all = j.recent_entries(std::nullopt, std::nullopt);
    if (all.empty()) return std::nullopt;
    return all[static_cast<std::size_t>(pick(0, static_cast<int>(all.size()) - 1))];
  };
  std::set<int> levels_seen;
  int moves = 0;
  std::optional<LadderMove> last_move;
  const char* const names[] = {"append", "append ad hoc", "append at the same instant", "append in the past", "edit",
                               "delete", "undo", "edit request", "import", "plan"};
  for (int step = 0; step < 400; ++step) {
    const int op = pick(0, 9);
    INFO("step " << step << ": " << std::string(names[op]));
    if (op == 0) {
      j.add_entry(any_request(), felt(newest += pick(1, 3) * 3600, stress()));
    } else if (op == 1) {
      newest += 60;
      j.add_adhoc_entry(at_level(texts[pick(0, 2)], level(), newest), felt(newest, stress()));
    } else if (op == 2) {
      j.add_entry(any_request(), felt(newest, stress()));
    } else if (op == 3) {
      j.add_entry(any_request(), felt(newest - pick(0, 30) * 3600, stress()));
    } else if (op == 4) {
      if (const auto e = any_entry()) {
        EntryEdit edit;
        const int what = pick(0, 2);
        if (what == 0) edit.stress = stress();
        if (what == 1) edit.asked_at = Instant{e->asked_at.utc + pick(-20, 20) * 3600, 3600};
        if (what == 2) edit.note = std::string("a note");
        j.edit_entry(e->id, edit);
      }
    } else if (op == 5) {
      if (const auto e = any_entry()) j.delete_entry(e->id);
    } else if (op == 6) {
      j.undo_last();
    } else if (op == 7) {
      if (const auto e = any_entry()) j.edit_request(e->request_id, at_level(texts[pick(0, 2)], level()));
    } else if (op == 8) {
      Journal other = Journal::in_memory();
      const auto r = other.add_request(at_level(texts[pick(0, 2)], level()));
      for (int k = pick(1, 3); k > 0; --k) other.add_entry(r, felt(newest + pick(-40, 2) * 3600, stress()));
      std::istringstream in(exported(other));
      j.import_jsonl(in);
    } else {
      j.add_request(at_level(texts[pick(0, 2)], level(), newest));
    }
    const Ladder oracle = full_walk(j);
    const auto saved = j.saved_ladder();
    REQUIRE(saved.has_value());
    CHECK(text_of(oracle) == text_of(*saved));
    REQUIRE(*saved == oracle);
    levels_seen.insert(oracle.level);
    if (oracle.last_move && oracle.last_move != last_move) ++moves;
    last_move = oracle.last_move;
  }
  // The history was one that moves the ladder, up and down.
  CHECK(levels_seen.size() >= 3);
  CHECK(moves >= 10);
  CHECK(j.walked_ladder() == full_walk(j));
  CHECK(j.integrity_ok());
}

// ---- The readers ------------------------------------------------------------------------------

TEST_CASE("a reader that cannot trust the saved ladder walks every entry, and writes nothing") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  Ladder walked;
  {
    Journal j = Journal::open_for_write(path);
    fill(j);
    walked = full_walk(j);
    REQUIRE(j.saved_ladder() == walked);
  }
  // What a reader may find, set by another program (the sqlite3 shell, say), each apart from
  // what the walk gives so that a reader that trusted it would show it.
  const char* const untrusted[] = {
      "UPDATE ladder_state SET stale = 1, level = 5, count = 0, window = '[]'",      // stale
      "DELETE FROM ladder_state",                                                        // missing
      "UPDATE ladder_state SET rules = 'another build', level = 5, count = 0, window = '[]'",
      "UPDATE ladder_state SET level = 5, count = 0, window = '[1, 2]'",                // not consistent
      "UPDATE ladder_state SET window = 'oops'",                                          // not JSON
  };
  for (const char* sql : untrusted) {
    INFO(sql);
    {
      SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
      db.exec("PRAGMA ignore_check_constraints = ON");
      db.exec(sql);
    }  // the shell, last connection out, folds its WAL into the file
    const std::string bytes = bytes_of(path);
    {
      auto reader = Journal::open_for_read(path);
      REQUIRE(reader.has_value());
      CHECK_FALSE(reader->saved_ladder().has_value());
      CHECK(text_of(walked) == text_of(reader->ladder()));
    }
    CHECK(bytes == bytes_of(path));
    // The next writer that touches the history computes it again (an import of nothing
    // does: `log --import /dev/null`).
    {
      Journal j = Journal::open_for_write(path);
      std::istringstream nothing("");
      j.import_jsonl(nothing);
      CHECK(j.saved_ladder() == walked);
    }
    fold_wal(path);
  }
}

TEST_CASE("an entry written by another program makes the saved ladder stale, and readers walk") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  {
    Journal j = Journal::open_for_write(path);
    const auto one = j.add_request(at_level("Ask the baker to slice the bread", 1));
    j.add_request(at_level("Ask a colleague to swap seats", 2));
    for (const int s : {2, 3, 4}) j.add_entry(one, felt(t0 + 600 * s, s));
    REQUIRE(2 == j.saved_ladder()->level);
  }
  {
    // Three calm requests at level 2, newest, straight into the table (as the bench's
    // generator or the sqlite3 shell would): the trigger marks the state stale.
    SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
    for (int i = 1; i <= 3; ++i)
      db.exec("INSERT INTO entries (uid, request_id, asked_utc, asked_offset, local_day, stress, response) VALUES ('" +
              std::string(31, 'a') + std::to_string(i) + "', 2, " + std::to_string(t0 + 86400 + i) + ", 0, " +
              std::to_string((t0 + 86400) / 86400) + ", 1, 'yes')");
    CHECK(1 == db.execAndGet("SELECT stale FROM ladder_state").getInt());
  }
  // Read-only even for the file (read as immutable): the walk still gives the new entries.
  fs::permissions(path, fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                  fs::perm_options::remove);
  auto reader = Journal::open_for_read(path);
  REQUIRE(reader.has_value());
  CHECK_FALSE(reader->saved_ladder().has_value());
  const Ladder l = reader->ladder();
  CHECK(3 == l.level);
  CHECK(l == reader->walked_ladder());
}

TEST_CASE("a journal with a ladder saved by another build's rules is computed again by the next writer") {
  const TempDir dir;
  const fs::path path = dir / "journal.db";
  {
    Journal j = Journal::open_for_write(path);
    fill(j);
    j.database_for_test().exec("UPDATE ladder_state SET rules = '0123456789abcdef', level = 4, count = 0, window = '[]'");
    CHECK_FALSE(j.saved_ladder().has_value());
    CHECK(j.ladder() == full_walk(j));
  }
  Journal j = Journal::open_for_write(path);
  j.add_entry(1, felt(t0 + 50 * 86400, 3));  // the newest, but no state to go on from
  CHECK(j.saved_ladder() == full_walk(j));
  CHECK(ladder_state_row(j.database_for_test()).starts_with(std::string(ladder_rules()) + "|0|"));
}
