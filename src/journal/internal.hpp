// What the journal's files share (private to src/journal/): the SQLite error mapping, the
// transaction wrappers, and the rows as SQL reads and writes them. The contract is in
// include/microask/journal.hpp; the schema in schema.hpp.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <functional>
#include <type_traits>

#include "microask/errors.hpp"
#include "microask/journal.hpp"
#include "microask/json.hpp"
#include "microask/ladder.hpp"

namespace microask::journal_detail {

constexpr int busy_timeout_ms = 10000;

// A column's value, or nullopt where it is NULL (int, std::int64_t or std::string).
template <typename T>
std::optional<T> nullable(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  if constexpr (std::is_same_v<T, std::string>) {
    return c.getString();
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    return c.getInt64();
  } else {
    static_assert(std::is_same_v<T, int>);
    return c.getInt();
  }
}
constexpr std::int32_t max_offset = 18 * 3600;
constexpr std::int64_t max_utc = 253402300799;  // 9999-12-31T23:59:59Z

// --- SQLite error mapping (sqlite_errors.cpp) ------------------------------------------

// Turns a SQLite failure into the error the CLI maps to an exit status: a bad value a
// constraint caught is the caller's input (usage_error); anything else means the journal
// cannot be used as asked (journal_error, one line naming the path).
[[noreturn]] void throw_sqlite(const SQLite::Exception& e, const std::string& path, bool writing);
// Content that this code never writes: reported as a damaged journal.
[[noreturn]] void throw_damaged(const std::string& what);
[[noreturn]] void throw_newer(const std::string& path, std::int64_t version);
std::string errno_text(int err);

// A write to the journal that stands in for a missing file (Journal::empty()) that went
// through: it would be lost, so it is refused instead (rolled back).
[[noreturn]] void refuse_stand_in_write();

// One write: BEGIN IMMEDIATE (waits for other writers up to the busy timeout), `f`, COMMIT.
// Any exception rolls the whole change back. On a stand-in journal `f` runs (so that an
// unknown id is reported as such) but is never committed.
template <typename F>
auto write_txn(SQLite::Database& db, const std::string& path, bool stand_in, F&& f) {
  try {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    if constexpr (std::is_void_v<std::invoke_result_t<F&>>) {
      f();
      if (stand_in) refuse_stand_in_write();
      tx.commit();
    } else {
      auto result = f();
      if (stand_in) refuse_stand_in_write();
      tx.commit();
      return result;
    }
  } catch (const SQLite::Exception& e) {
    throw_sqlite(e, path, true);
  }
}

template <typename F>
auto read_op(const std::string& path, F&& f) {
  try {
    return f();
  } catch (const SQLite::Exception& e) {
    throw_sqlite(e, path, false);
  }
}

// --- rows (rows.cpp) --------------------------------------------------------------------

// floor((utc + offset) / 86400), as the schema checks entries.local_day.
std::int64_t day_of(Instant t);
// 32 random hex digits.
std::string new_uid();

void bind_opt(SQLite::Statement& s, int i, const std::optional<std::string>& v);
void bind_opt(SQLite::Statement& s, int i, std::optional<int> v);
void bind_opt(SQLite::Statement& s, int i, std::optional<std::int64_t> v);
void bind_opt(SQLite::Statement& s, int i, std::optional<Response> v);

std::optional<Request> get_request(SQLite::Database& db, std::int64_t id);
std::optional<Entry> get_entry(SQLite::Database& db, std::int64_t id);
// usage_error "no request with id N" / "no entry with id N" when missing.
Request require_request(SQLite::Database& db, std::int64_t id);
Entry require_entry(SQLite::Database& db, std::int64_t id);

// Every request or entry in id order, for the export: f(row) for each.
void each_request(SQLite::Database& db, const std::function<void(const Request&)>& f);
void each_entry(SQLite::Database& db, const std::function<void(const Entry&)>& f);

std::int64_t insert_request(SQLite::Database& db, const NewRequest& r, Status status, const std::string& uid);
// Inserts entries through one prepared statement (an import inserts many).
class EntryWriter {
 public:
  explicit EntryWriter(SQLite::Database& db);
  // Stores `e` (its text and request_uid are the request's: not stored) and returns its id:
  // e.id itself with `keep_id` (undo of a deletion), else a new one.
  std::int64_t insert(const Entry& e, bool keep_id);

 private:
  SQLite::Database& db_;
  SQLite::Statement insert_;
};
void set_status(SQLite::Database& db, std::int64_t request_id, Status status);
// The prediction `ask` records, waiting for the entry that will carry it.
void set_pending(SQLite::Database& db, std::int64_t request_id, Status status, std::optional<Instant> asked_at,
                 std::optional<int> expected_stress, std::optional<Response> expected_response);
// Sets the text of a request and what comes with it (addressee, language, verdicts, level).
void replace_text(SQLite::Database& db, std::int64_t request_id, const NewRequest& r);
// Sets every field an entry edit may change to the values of `e`.
void update_entry(SQLite::Database& db, const Entry& e);

// --- the undo log (undo.cpp) ------------------------------------------------------------

// Writes the change's row, in the transaction of the change; keeps the last undo_depth.
void log_change(SQLite::Database& db, int version, ChangeKind kind, std::optional<std::int64_t> request_id,
                std::optional<std::int64_t> entry_id, const json& before);

// --- the ladder kept in the journal (ladder_state.cpp) -----------------------------------

// The schema that brought ladder_state: below it, there is no state to keep or read.
constexpr int ladder_state_version = 5;

// The newest entry a saved ladder has taken in, in the order the ladder walks the entries.
struct LadderCover {
  std::int64_t asked_utc = 0, entry_id = 0;
  friend auto operator<=>(const LadderCover&, const LadderCover&) = default;
};
struct SavedLadder {
  Ladder ladder;
  std::optional<LadderCover> covered;  // none: no entry
};

// The saved ladder when it can be trusted: there, not stale, computed under ladder_rules()
// and consistent. nullopt otherwise (and below ladder_state_version). Never writes.
std::optional<SavedLadder> trusted_ladder(SQLite::Database& db, int version);
// The full walk: every entry, oldest first, at the level its request counts at.
SavedLadder walk_ladder(SQLite::Database& db);
// In a write transaction: computes the state again unless it can be trusted.
void settle_ladder(SQLite::Database& db, int version);
// In the transaction of an append, after the insert: `before` is trusted_ladder() as it was
// before it. The state goes on by the new entry when it is the newest of all; else it is
// computed again. `level` and `text` are its request's (see counted_level).
void ladder_after_append(SQLite::Database& db, int version, const std::optional<SavedLadder>& before,
                         std::int64_t entry_id, Instant asked_at, int stress, std::optional<int> level,
                         std::string_view text);

}  // namespace microask::journal_detail
