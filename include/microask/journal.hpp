// The journal: one local SQLite file. Typed reads and writes, one BEGIN IMMEDIATE
// transaction per change, schema versioned with PRAGMA user_version and migrated forward.
//
// Safety rules, all enforced here:
// - A file that is not a microask journal (not SQLite, another application's database,
//   empty, truncated, a directory) is refused with journal_error before SQLite may write to
//   it; it is never modified.
// - A journal written by a newer schema is refused and left untouched.
// - Read-only opens never create or write the file.
// - A new journal is built in a temporary file beside it and linked into place, so a crash
//   or a concurrent creator never leaves a half-made journal; the folder is created 0700,
//   the file 0600. SIGINT, SIGTERM and SIGHUP are held back in the calling thread for the
//   few milliseconds this takes, so an interruption never leaves the temporary file behind
//   (only SIGKILL or a power cut can).
// - A write that returns is in the WAL beside the journal and synced (synchronous=FULL),
//   so neither a crash of the process at any later point nor a power cut loses it. Writers
//   keep the WAL and its -shm index between runs (0600 like the journal): nothing is done
//   at close, so an append syncs the WAL once and nothing else. A commit that leaves the
//   WAL at wal_checkpoint_frames or more copies it into the file and empties it (as does
//   opening for writing on a nearly full disk), never waiting for other processes. The
//   file alone is always a whole journal as of that last copy: a copy of the journal must
//   take its -wal along, or be made with export_jsonl, which reads through the WAL.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "microask/calendar.hpp"
#include "microask/ladder.hpp"
#include "microask/request.hpp"
#include "microask/stats.hpp"

namespace SQLite {
class Database;
}

namespace microask {

// Where the journal is: --db > MICROASK_DB > $XDG_DATA_HOME/microask/journal.db >
// $HOME/.local/share/microask/journal.db. `getenv` is the environment seam (returns
// nullptr when unset); an empty value counts as unset except for MICROASK_DB, where it is a
// usage_error. Throws usage_error when no location can be derived (no HOME).
std::filesystem::path journal_path(const std::optional<std::string>& db_flag,
                                   const std::function<const char*(const char*)>& getenv);

// A request to create: its text and verdicts (from criteria) and when.
struct NewRequest {
  std::string text;
  std::optional<std::string> addressee;
  Lang lang = Lang::en;
  StoredVerdict concrete, reversible, low_cost;
  Status status = Status::planned;
  Instant created;
  std::optional<std::string> idea;  // the catalogue id it came from
  std::optional<int> level;         // 1..5, given by the person or the idea
};

struct NewEntry {
  Instant asked_at;
  int stress = 0;
  Response response = Response::yes;
  std::optional<std::string> note;
  std::optional<std::string> lesson;
};

// A change to an entry; unset fields keep their value.
struct EntryEdit {
  std::optional<Instant> asked_at;
  std::optional<int> stress;
  std::optional<Response> response;
  std::optional<std::optional<std::string>> note;    // set to nullopt inside to clear it
  std::optional<std::optional<std::string>> lesson;  // likewise
};

// Which entries a listing shows, newest first.
struct EntryFilter {
  std::optional<std::int64_t> since_utc;  // asked at or after
  std::optional<std::string> grep;        // in the request's text, note or lesson, folded
  std::optional<std::string> to;          // the request's addressee, folded
};

// The changes undo takes back. One list gives the names stored in the undo log (read back
// through it: any other name is damage; the journal tests insert every name to prove the
// schema takes it), the enum, and the label the CLI shows: a msgid whose "{}" is the request
// (`about_entry` false) or the entry concerned.
enum class ChangeKind { plan, ask, drop, log, edit, remove, edit_request };
struct ChangeKindInfo {
  ChangeKind kind;
  std::string_view name;
  const char* label;  // msgid
  bool about_entry;
};
inline constexpr ChangeKindInfo change_kinds[] = {
    {ChangeKind::plan, "plan", MICROASK_MSG("the planning of request {}"), false},
    {ChangeKind::ask, "ask", MICROASK_MSG("the ask of request {}"), false},
    {ChangeKind::drop, "drop", MICROASK_MSG("the drop of request {}"), false},
    {ChangeKind::log, "log", MICROASK_MSG("the logging of entry {}"), true},
    {ChangeKind::edit, "edit", MICROASK_MSG("the edit of entry {}"), true},
    {ChangeKind::remove, "delete", MICROASK_MSG("the deletion of entry {}"), true},
    {ChangeKind::edit_request, "edit_request", MICROASK_MSG("the edit of request {}"), false},
};
const ChangeKindInfo& info_of(ChangeKind k);
std::optional<ChangeKind> parse_change_kind(std::string_view name);

// What `undo` did, for the CLI to show.
struct Undone {
  ChangeKind kind;
  std::int64_t change_id = 0;  // the undo-log row, for undo_last(expected_change)
  // The request as it was before undo: plan (now deleted), ask, drop, and log (the
  // request the entry belonged to; for an ad-hoc entry, the request deleted with it).
  std::optional<Request> request;
  // The entry concerned: log (as it was, now deleted), edit (as restored), remove (as
  // re-inserted, with its old id and uid).
  std::optional<Entry> entry;
};

struct ImportResult {
  std::int64_t requests_added = 0, requests_skipped = 0;
  std::int64_t entries_added = 0, entries_skipped = 0;
};

// One connection to the journal. Use a Journal from one thread at a time (its connection
// is opened without SQLite's per-call mutex). Every method that writes runs as one
// BEGIN IMMEDIATE transaction and throws usage_error for bad values or unknown ids (nothing
// written) and journal_error when the file cannot be written (disk full, locked for more
// than 10 s, read-only, damaged).
class Journal {
 public:
  // The number of migration steps in src/journal/schema.hpp: 1 requests and entries,
  // 2 per-day totals, 3 the undo log, 4 lessons, ideas and levels, settings, prediction
  // totals, request edits, 5 the ladder kept by the writers, the index of ideas used.
  static constexpr int schema_version = 5;
  static constexpr int application_id = 0x6d41736b;  // "mAsk", in the file header at offset 68
  // A commit that leaves the WAL with this many frames (pages) or more copies them into the
  // journal and empties the WAL (a TRUNCATE checkpoint). Each process, being the first
  // connection, rebuilds SQLite's index of the WAL by reading the WAL whole (about 2 us a
  // frame on the benchmark machine): 128 frames (512 KiB of 4 KiB pages, a dozen appends)
  // keep that near 0.1 ms, while the checkpoint and the new WAL after it (four syncs more)
  // come once every dozen appends.
  static constexpr int wal_checkpoint_frames = 128;

  // Opens (creating and migrating when needed) for writing. Throws journal_error.
  static Journal open_for_write(const std::filesystem::path& path);
  // Opens an existing journal for writing (migrating it when needed); nullopt when the file
  // does not exist, which is then left so. Throws journal_error.
  static std::optional<Journal> open_existing_for_write(const std::filesystem::path& path);
  // Opens an existing journal read-only; nullopt when the file does not exist. Never writes
  // the journal. In WAL mode a reader needs SQLite's -shm index beside the file: it may
  // create the -wal/-shm pair (writers keep them anyway). When no writer can be at work and
  // the WAL holds nothing (the file is read-only and the WAL has no frame, or the folder is
  // read-only and there is no -wal), the file is read as immutable: nothing is created. A
  // WAL with frames is read through SQLite, even in a read-only folder (with the -shm
  // there, read-only or not); one that cannot be read is a journal_error naming it, not a
  // silent read of the older file alone. Reads an older schema as it is (no migration).
  // Throws journal_error for a file that is not a usable microask journal.
  static std::optional<Journal> open_for_read(const std::filesystem::path& path);
  // A fresh in-memory journal, for tests.
  static Journal in_memory();
  // An empty journal in memory that keeps no write (a change that would go through is
  // refused with journal_error; an unknown id is still reported as such): what a command
  // reads when the file does not exist yet.
  static Journal empty();
  // For migration tests: an in-memory or file journal built only up to `version`.
  static Journal open_at_version_for_test(const std::filesystem::path& path, int version);

  Journal(Journal&&) noexcept;
  Journal& operator=(Journal&&) noexcept;
  ~Journal();

  int user_version() const;

  // Requests.
  std::int64_t add_request(const NewRequest& r);
  std::optional<Request> find_request(std::int64_t id) const;
  std::vector<Request> requests_with_status(Status s) const;  // oldest first
  std::optional<Request> oldest_planned() const;
  // Marks a request asked with the prediction (replacing an earlier one). Throws
  // usage_error for an unknown or dropped id.
  Request mark_asked(std::int64_t id, Instant at, std::optional<int> expected_stress,
                     std::optional<Response> expected_response);
  // Throws usage_error for an unknown or already dropped id.
  Request drop_request(std::int64_t id);
  // Replaces a request's text with `r`'s (its text, addressee, language, verdicts and
  // level: the new text re-assessed); undoable. Throws usage_error for an unknown id.
  Request edit_request(std::int64_t id, const NewRequest& r);

  // Entries. Appending sets the request `done` and copies its pending prediction into the
  // entry. Throws usage_error for an unknown or dropped request id.
  Entry add_entry(std::int64_t request_id, const NewEntry& e);
  // An ad-hoc request made without planning, and its entry, in one transaction.
  Entry add_adhoc_entry(const NewRequest& r, const NewEntry& e);
  std::optional<Entry> find_entry(std::int64_t id) const;
  // Newest first; `since`: only entries asked at or after that instant.
  std::vector<Entry> recent_entries(std::optional<std::int64_t> limit,
                                    std::optional<std::int64_t> since_utc) const;
  // The entries `filter` keeps, newest first, at most `limit` (none: all), and how many it
  // keeps in all (so a listing can say how many it leaves out).
  struct Found {
    std::vector<Entry> entries;
    std::int64_t total = 0;
  };
  Found find_entries(const EntryFilter& filter, std::optional<std::int64_t> limit) const;
  // The ladder (ladder.hpp) over every entry, oldest first (by time, then id), each at the
  // level its request counts at (counted_level). The writers keep it in the journal, in the
  // transaction of each change: an append of the newest entry advances it by that entry;
  // any other change to the entries or their requests' levels (an entry logged in the past,
  // an edit of its time or stress, a delete, an undo, an import, a request's level or text)
  // computes it again from every entry. Read from there when it can be trusted; else (a
  // journal before schema 5 opened read-only, a state another program's write left stale,
  // one saved by a build of other rules: ladder_rules) computed from every entry, without
  // writing. Never writes.
  Ladder ladder() const;
  // The ladder the writers saved, when it can be trusted; nullopt otherwise. Never writes.
  std::optional<Ladder> saved_ladder() const;
  // The ladder computed from every entry (the full walk), whatever is saved. Never writes.
  Ladder walked_ladder() const;
  // The catalogue ids of the ideas planned so far, whatever became of them (from the index
  // requests_by_idea from schema 5 on, not from every request).
  std::vector<std::string> ideas_used() const;
  // The newest `limit` requests not dropped (planned, asked or done), newest first.
  std::vector<Request> latest_requests(std::int64_t limit) const;
  Entry edit_entry(std::int64_t id, const EntryEdit& edit);  // usage_error for unknown id
  // Deletes an entry; a request left with no entry goes back to `asked`.
  Entry delete_entry(std::int64_t id);
  // Undoes the last change (plan, ask, drop, log, edit, delete); nullopt when none.
  // Repeated calls walk back through the last `undo_depth` changes, newest first. An
  // import that adds rows clears the history (undo never reaches across an import).
  // With `expected_change`, refuses (usage_error) when the last change is no longer that
  // one: what the user confirmed is what is undone, even with another writer at work.
  std::optional<Undone> undo_last(std::optional<std::int64_t> expected_change = std::nullopt);
  // What undo_last would undo, as things stand now (for a deleted entry, `entry` is empty);
  // nullopt when there is nothing to undo. Never writes.
  std::optional<Undone> last_change() const;
  static constexpr int undo_depth = 100;

  // Per-day totals, sorted by day, from the summary the schema maintains.
  std::vector<DayTotals> day_totals() const;

  // The weekly goal: requests per week, 1..100; none when not set.
  std::optional<int> weekly_goal() const;
  // Sets it (nullopt clears it). Throws usage_error for a value outside 1..100.
  void set_weekly_goal(std::optional<int> goal);
  static constexpr int max_weekly_goal = 100;

  // Backups: JSON Lines, one object per request and per entry, keyed by stable uids, and
  // one for the weekly goal when set ({"type":"goal","requests_per_week":N}).
  void export_jsonl(std::ostream& out) const;
  // Merges a JSON Lines export; rows whose uid is already here are skipped (an existing
  // request keeps its local fields; a goal is taken only when the journal has none). All
  // or nothing: one transaction. Throws usage_error
  // naming the line ("line N: ...") for malformed input; blank lines are ignored.
  ImportResult import_jsonl(std::istream& in);

  // PRAGMA integrity_check == "ok".
  bool integrity_ok() const;

  // Low-level access for tests only.
  SQLite::Database& database_for_test();

 private:
  Journal(std::unique_ptr<SQLite::Database> db, std::string path, int version);
  std::unique_ptr<SQLite::Database> db_;
  std::string path_;  // as given, for error messages (":memory:" for in-memory journals)
  int version_ = 0;   // user_version when opened (a read-only open may see an older one)
  bool stand_in_ = false;  // Journal::empty(): no file behind it, nothing it writes may stay
};

}  // namespace microask
