// The ladder the writers keep in the journal (ladder_state, schema step 5): advanced by each
// append of the newest entry, computed again from every entry after any other change to
// them, in the transaction of the change. The rules are the core's (src/ladder.cpp); this
// file only reads the entries in the ladder's order and stores what `climb_from` goes on from.
// Contract in include/microask/journal.hpp.
#include <sqlite3.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "journal/internal.hpp"

namespace microask {
using namespace journal_detail;

namespace journal_detail {
namespace {

// Every entry in the order the ladder reads them (asked_utc, then id: the order of
// entries_by_time), with what decides the level its request counts at.
constexpr const char* walk_sql =
    "SELECT e.id, e.asked_utc, e.asked_offset, e.stress, r.level, CASE WHEN r.level IS NULL THEN r.text END "
    "FROM entries AS e JOIN requests AS r ON r.id = e.request_id ORDER BY e.asked_utc, e.id";

// The window as stored: a JSON array of integers; nullopt for anything else.
std::optional<std::vector<int>> parse_window(const std::string& text) {
  const json j = json::parse(text, nullptr, false);
  if (!j.is_array()) return std::nullopt;
  std::vector<int> out;
  for (const json& v : j) {
    if (!v.is_number_integer()) return std::nullopt;
    const auto s = v.get<std::int64_t>();
    if (s < 0 || s > 10) return std::nullopt;
    out.push_back(static_cast<int>(s));
  }
  return out;
}

void save(SQLite::Database& db, const SavedLadder& s) {
  SQLite::Statement put(db,
                        "REPLACE INTO ladder_state (id, rules, stale, level, count, window, moved_utc, moved_offset, "
                        "moved_from, moved_to, moved_mean, covered_utc, covered_id) "
                        "VALUES (1, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const Ladder& l = s.ladder;
  put.bind(1, std::string(ladder_rules()));
  put.bind(2, l.level);
  put.bind(3, l.count);
  put.bind(4, json(l.window).dump());
  if (l.last_move) {
    put.bind(5, l.last_move->at.utc);
    put.bind(6, l.last_move->at.offset);
    put.bind(7, l.last_move->from);
    put.bind(8, l.last_move->to);
    put.bind(9, l.last_move->mean);
  } else {
    for (int i = 5; i <= 9; ++i) put.bind(i);
  }
  if (s.covered) {
    put.bind(10, s.covered->asked_utc);
    put.bind(11, s.covered->entry_id);
  } else {
    put.bind(10);
    put.bind(11);
  }
  put.exec();
}

}  // namespace

std::optional<SavedLadder> trusted_ladder(SQLite::Database& db, int version) {
  if (version < ladder_state_version) return std::nullopt;
  SQLite::Statement s(db,
                      "SELECT rules, stale, level, count, window, moved_utc, moved_offset, moved_from, moved_to, "
                      "moved_mean, covered_utc, covered_id FROM ladder_state WHERE id = 1");
  if (!s.executeStep()) return std::nullopt;
  if (s.getColumn(0).getString() != ladder_rules() || s.getColumn(1).getInt() != 0) return std::nullopt;
  SavedLadder saved;
  Ladder& l = saved.ladder;
  l.level = s.getColumn(2).getInt();
  l.count = s.getColumn(3).getInt();
  auto window = parse_window(s.getColumn(4).getString());
  if (!window) return std::nullopt;
  l.window = std::move(*window);
  l.mean = window_mean(l.window);
  if (!s.getColumn(5).isNull())
    l.last_move = LadderMove{Instant{s.getColumn(5).getInt64(), s.getColumn(6).getInt()}, s.getColumn(7).getInt(),
                             s.getColumn(8).getInt(), s.getColumn(9).getDouble()};
  if (const auto utc = nullable<std::int64_t>(s.getColumn(10)))
    saved.covered = LadderCover{*utc, s.getColumn(11).getInt64()};
  if (!ladder_consistent(l)) return std::nullopt;
  return saved;
}

SavedLadder walk_ladder(SQLite::Database& db) {
  // Straight from the C API (a million rows in a large journal), in batches through climb_from.
  sqlite3* handle = db.getHandle();
  sqlite3_stmt* raw = nullptr;
  if (const int rc = sqlite3_prepare_v2(handle, walk_sql, -1, &raw, nullptr); rc != SQLITE_OK)
    throw SQLite::Exception(handle, rc);
  const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(raw, &sqlite3_finalize);
  SavedLadder out;
  std::vector<LadderStep> batch;
  constexpr std::size_t batch_size = 4096;
  batch.reserve(batch_size);
  // The level the checker suggests for a request older than the ladder, by text: such
  // requests often repeat a text, and the checker is the slow part of the walk.
  std::unordered_map<std::string, int> suggested;
  int rc = SQLITE_ROW;
  while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
    const Instant at{sqlite3_column_int64(raw, 1), sqlite3_column_int(raw, 2)};
    out.covered = LadderCover{at.utc, sqlite3_column_int64(raw, 0)};
    int level = 0;
    if (sqlite3_column_type(raw, 4) != SQLITE_NULL) {
      level = sqlite3_column_int(raw, 4);
    } else {
      const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(raw, 5));
      std::string text(p ? p : "", static_cast<std::size_t>(sqlite3_column_bytes(raw, 5)));
      const auto found = suggested.find(text);
      if (found != suggested.end()) {
        level = found->second;
      } else {
        level = counted_level(std::nullopt, text);
        suggested.emplace(std::move(text), level);
      }
    }
    batch.push_back(LadderStep{at, level, sqlite3_column_int(raw, 3)});
    if (batch.size() == batch_size) {
      out.ladder = climb_from(std::move(out.ladder), batch);
      batch.clear();
    }
  }
  if (rc != SQLITE_DONE) throw SQLite::Exception(handle, rc);
  out.ladder = climb_from(std::move(out.ladder), batch);
  return out;
}

void settle_ladder(SQLite::Database& db, int version) {
  if (version < ladder_state_version || trusted_ladder(db, version)) return;
  save(db, walk_ladder(db));
}

void ladder_after_append(SQLite::Database& db, int version, const std::optional<SavedLadder>& before,
                         std::int64_t entry_id, Instant asked_at, int stress, std::optional<int> level,
                         std::string_view text) {
  if (version < ladder_state_version) return;
  const LadderCover added{asked_at.utc, entry_id};
  if (!before || (before->covered && added <= *before->covered)) {
    save(db, walk_ladder(db));  // no state to go on from, or an entry logged in the past
    return;
  }
  const LadderStep step{asked_at, counted_level(level, text), stress};
  save(db, SavedLadder{climb_from(before->ladder, std::span(&step, 1)), added});
}

}  // namespace journal_detail

// ---- The ladder, for readers -------------------------------------------------------------

std::optional<Ladder> Journal::saved_ladder() const {
  return read_op(path_, [&]() -> std::optional<Ladder> {
    auto saved = trusted_ladder(*db_, version_);
    if (!saved) return std::nullopt;
    return std::move(saved->ladder);
  });
}

Ladder Journal::walked_ladder() const {
  return read_op(path_, [&] { return walk_ladder(*db_).ladder; });
}

Ladder Journal::ladder() const {
  if (auto saved = saved_ladder()) return std::move(*saved);
  return walked_ladder();
}

}  // namespace microask
