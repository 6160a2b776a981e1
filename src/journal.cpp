// The journal behind SQLiteCpp. Contract in journal.hpp; schema in schema.sql.hpp.
#include "microask/journal.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <istream>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <random>
#include <string_view>
#include <system_error>
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "messages.hpp"
#include "microask/errors.hpp"
#include "microask/text.hpp"
#include "schema.sql.hpp"

namespace microask {
namespace fs = std::filesystem;
using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;

namespace {

static_assert(schema::steps.size() == static_cast<std::size_t>(Journal::schema_version),
              "schema_version must equal the number of migration steps");

constexpr std::int32_t max_offset = 18 * 3600;
constexpr std::int64_t max_utc = 253402300799;  // 9999-12-31T23:59:59Z
constexpr int busy_timeout_ms = 10000;

std::string errno_text(int err) { return std::generic_category().message(err); }

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if (a % b != 0 && ((a < 0) != (b < 0))) --q;
  return q;
}

// The same as calendar.hpp's local_day; kept here so the journal does not depend on it.
std::int64_t day_of(Instant t) { return floor_div(t.utc + t.offset, 86400); }

// A fresh random_device each time: nothing buffered is shared with a forked child.
std::string new_uid() {
  std::random_device device;
  static constexpr char digits[] = "0123456789abcdef";
  std::string uid;
  uid.reserve(32);
  for (int i = 0; i < 4; ++i) {
    std::uint32_t word = device();
    for (int j = 0; j < 8; ++j) {
      uid.push_back(digits[word & 0xfu]);
      word >>= 4;
    }
  }
  return uid;
}

// ---------------------------------------------------------------------------------------
// Errors

// Turns a SQLite failure into the error the CLI maps to an exit status. Bad values that a
// constraint caught are the caller's input (usage_error); anything else means the journal
// cannot be used as asked (journal_error, one line naming the path).
[[noreturn]] void throw_sqlite(const SQLite::Exception& e, const std::string& path,
                               bool writing) {
  const int code = e.getErrorCode() & 0xff;
  // One line: a failed CHECK quotes its expression, line breaks included.
  std::string what;
  for (const char c : std::string_view(e.what())) {
    const bool blank = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!blank) what.push_back(c);
    else if (!what.empty() && what.back() != ' ') what.push_back(' ');
  }
  // One msgid for writing and one for reading, as a translation may word them apart.
  const char* write_msgid = MICROASK_MSG("cannot write the journal {}: {}");
  const char* read_msgid = MICROASK_MSG("cannot read the journal {}: {}");
  std::vector<std::string> args{path, what};
  const auto reason = [&](const char* w, const char* r, std::vector<std::string> more) {
    write_msgid = w;
    read_msgid = r;
    more.insert(more.begin(), path);
    args = std::move(more);
  };
  switch (code) {
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
    case SQLITE_RANGE:
      throw usage_error(MICROASK_MSG("value refused by the journal: {}"), {what});
    case SQLITE_FULL:
      reason(MICROASK_MSG("cannot write the journal {}: disk full"), MICROASK_MSG("cannot read the journal {}: disk full"),
             {});
      break;
    case SQLITE_IOERR:
      // On a full disk, growing the -shm index beside the journal is often the first write
      // to fail (writes to the journal and its WAL report SQLITE_FULL).
      if (e.getExtendedErrorCode() == SQLITE_IOERR_SHMSIZE)
        reason(MICROASK_MSG("cannot write the journal {}: disk full (no room for its index file {}-shm)"),
               MICROASK_MSG("cannot read the journal {}: disk full (no room for its index file {}-shm)"), {path});
      else
        reason(MICROASK_MSG("cannot write the journal {}: input/output error ({})"),
               MICROASK_MSG("cannot read the journal {}: input/output error ({})"), {what});
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      reason(MICROASK_MSG("cannot write the journal {}: locked by another process for more than {} s"),
             MICROASK_MSG("cannot read the journal {}: locked by another process for more than {} s"),
             {std::to_string(busy_timeout_ms / 1000)});
      break;
    case SQLITE_READONLY:
      reason(MICROASK_MSG("cannot write the journal {}: the file or its folder is read-only"),
             MICROASK_MSG("cannot read the journal {}: the file or its folder is read-only"), {});
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      reason(MICROASK_MSG("cannot write the journal {}: the file is damaged ({})"),
             MICROASK_MSG("cannot read the journal {}: the file is damaged ({})"), {what});
      break;
    case SQLITE_CANTOPEN:
      reason(MICROASK_MSG("cannot write the journal {}: cannot open it ({})"),
             MICROASK_MSG("cannot read the journal {}: cannot open it ({})"), {what});
      break;
    case SQLITE_PERM:
    case SQLITE_AUTH:
      reason(MICROASK_MSG("cannot write the journal {}: permission denied"),
             MICROASK_MSG("cannot read the journal {}: permission denied"), {});
      break;
    case SQLITE_NOMEM:
      reason(MICROASK_MSG("cannot write the journal {}: out of memory"),
             MICROASK_MSG("cannot read the journal {}: out of memory"), {});
      break;
    default: break;
  }
  throw journal_error(writing ? write_msgid : read_msgid, std::move(args));
}

[[noreturn]] void throw_damaged(const std::string& what) {
  throw SQLite::Exception("unexpected content: " + what, SQLITE_CORRUPT);
}

[[noreturn]] void throw_newer(const std::string& path, std::int64_t version) {
  throw journal_error(
      MICROASK_MSG("cannot use the journal {}: it was written by a newer microask (schema {}, this one reads up to {})"),
      {path, std::to_string(version), std::to_string(Journal::schema_version)});
}

// One write: BEGIN IMMEDIATE (waits for other writers up to the busy timeout), `f`, COMMIT.
// Any exception rolls the whole change back.
template <typename F>
auto write_txn(SQLite::Database& db, const std::string& path, F&& f) {
  try {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    if constexpr (std::is_void_v<std::invoke_result_t<F&>>) {
      f();
      tx.commit();
    } else {
      auto result = f();
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

// ---------------------------------------------------------------------------------------
// Rows

void bind_opt(SQLite::Statement& s, int i, const std::optional<std::string>& v) {
  if (v) s.bind(i, *v); else s.bind(i);
}
void bind_opt(SQLite::Statement& s, int i, std::optional<int> v) {
  if (v) s.bind(i, *v); else s.bind(i);
}
void bind_opt(SQLite::Statement& s, int i, std::optional<std::int64_t> v) {
  if (v) s.bind(i, *v); else s.bind(i);
}
void bind_opt(SQLite::Statement& s, int i, std::optional<Response> v) {
  if (v) s.bind(i, std::string(to_string(*v))); else s.bind(i);
}

std::optional<std::string> opt_string(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getString();
}
std::optional<int> opt_int(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getInt();
}

template <typename E>
E stored(std::optional<E> v, const char* column) {
  if (!v) throw_damaged(std::string("bad value in column ") + column);
  return *v;
}
std::optional<Response> opt_response(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return stored(parse_response(c.getString()), c.getName());
}

constexpr const char* request_select =
    "SELECT id, uid, text, addressee, lang, concrete, concrete_reasons, reversible, "
    "reversible_reasons, low_cost, low_cost_reasons, status, created_utc, created_offset, "
    "asked_utc, asked_offset, expected_stress, expected_response FROM requests";

Request read_request(const SQLite::Statement& s) {
  Request r;
  r.id = s.getColumn(0).getInt64();
  r.uid = s.getColumn(1).getString();
  r.text = s.getColumn(2).getString();
  r.addressee = opt_string(s.getColumn(3));
  r.lang = stored(parse_lang(s.getColumn(4).getString()), "lang");
  r.concrete = {stored(parse_verdict(s.getColumn(5).getString()), "concrete"),
                s.getColumn(6).getString()};
  r.reversible = {stored(parse_verdict(s.getColumn(7).getString()), "reversible"),
                  s.getColumn(8).getString()};
  r.low_cost = {stored(parse_verdict(s.getColumn(9).getString()), "low_cost"),
                s.getColumn(10).getString()};
  r.status = stored(parse_status(s.getColumn(11).getString()), "status");
  r.created = {s.getColumn(12).getInt64(), s.getColumn(13).getInt()};
  if (!s.getColumn(14).isNull())
    r.asked_at = Instant{s.getColumn(14).getInt64(), s.getColumn(15).getInt()};
  r.expected_stress = opt_int(s.getColumn(16));
  r.expected_response = opt_response(s.getColumn(17));
  return r;
}

constexpr const char* entry_select =
    "SELECT e.id, e.uid, e.request_id, r.text, e.asked_utc, e.asked_offset, e.stress, "
    "e.response, e.note, e.expected_stress, e.expected_response "
    "FROM entries AS e JOIN requests AS r ON r.id = e.request_id";

Entry read_entry(const SQLite::Statement& s) {
  Entry e;
  e.id = s.getColumn(0).getInt64();
  e.uid = s.getColumn(1).getString();
  e.request_id = s.getColumn(2).getInt64();
  e.text = s.getColumn(3).getString();
  e.asked_at = {s.getColumn(4).getInt64(), s.getColumn(5).getInt()};
  e.stress = s.getColumn(6).getInt();
  e.response = stored(parse_response(s.getColumn(7).getString()), "response");
  e.note = opt_string(s.getColumn(8));
  e.expected_stress = opt_int(s.getColumn(9));
  e.expected_response = opt_response(s.getColumn(10));
  return e;
}

std::optional<Request> get_request(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement s(db, std::string(request_select) + " WHERE id = ?");
  s.bind(1, id);
  if (!s.executeStep()) return std::nullopt;
  return read_request(s);
}

std::optional<Entry> get_entry(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement s(db, std::string(entry_select) + " WHERE e.id = ?");
  s.bind(1, id);
  if (!s.executeStep()) return std::nullopt;
  return read_entry(s);
}

Request require_request(SQLite::Database& db, std::int64_t id) {
  auto r = get_request(db, id);
  if (!r) throw usage_error(MICROASK_MSG("no request with id {}"), {std::to_string(id)});
  return *r;
}

// A request that can still be asked or logged: exists and is not dropped.
Request require_open_request(SQLite::Database& db, std::int64_t id) {
  Request r = require_request(db, id);
  if (r.status == Status::dropped)
    throw usage_error(MICROASK_MSG("request {} was dropped"), {std::to_string(id)});
  return r;
}

Entry require_entry(SQLite::Database& db, std::int64_t id) {
  auto e = get_entry(db, id);
  if (!e) throw usage_error(MICROASK_MSG("no entry with id {}"), {std::to_string(id)});
  return *e;
}

// ---------------------------------------------------------------------------------------
// Validation of what the API is given (the CLI validates first; this is the backstop, so
// a bad value never reaches SQL as a constraint error with SQLite's wording).

void check_stress(std::optional<int> s, const char* what) {
  if (s && (*s < 0 || *s > 10))
    throw usage_error(std::string(what) + " must be an integer from 0 to 10, not " +
                      std::to_string(*s));
}

void check_instant(Instant t, const char* what) {
  if (t.offset < -max_offset || t.offset > max_offset)
    throw usage_error(std::string(what) + ": UTC offset out of range (" +
                      std::to_string(t.offset) + " s; accepted: within 18 hours)");
  if (t.utc < 0 || t.utc > max_utc)
    throw usage_error(std::string(what) + ": time out of range (" + std::to_string(t.utc) + ")");
}

void check_request(const NewRequest& r) {
  if (r.text.empty()) throw usage_error("the request's text is empty");
  for (const StoredVerdict* v : {&r.concrete, &r.reversible, &r.low_cost}) {
    const json reasons = json::parse(v->reasons_json, nullptr, false);
    if (!reasons.is_array())
      throw usage_error("verdict reasons must be a JSON array, not: " + v->reasons_json);
  }
  check_instant(r.created, "request time");
}

void check_entry(const NewEntry& e) {
  check_stress(e.stress, "stress");
  check_instant(e.asked_at, "entry time");
}

// ---------------------------------------------------------------------------------------
// Writes shared by several operations

std::int64_t insert_request(SQLite::Database& db, const NewRequest& r, Status status,
                            const std::string& uid) {
  SQLite::Statement s(db,
                      "INSERT INTO requests (uid, text, addressee, lang, concrete, "
                      "concrete_reasons, reversible, reversible_reasons, low_cost, "
                      "low_cost_reasons, status, created_utc, created_offset) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.bind(1, uid);
  s.bind(2, r.text);
  bind_opt(s, 3, r.addressee);
  s.bind(4, std::string(to_string(r.lang)));
  s.bind(5, std::string(to_string(r.concrete.verdict)));
  s.bind(6, r.concrete.reasons_json);
  s.bind(7, std::string(to_string(r.reversible.verdict)));
  s.bind(8, r.reversible.reasons_json);
  s.bind(9, std::string(to_string(r.low_cost.verdict)));
  s.bind(10, r.low_cost.reasons_json);
  s.bind(11, std::string(to_string(status)));
  s.bind(12, r.created.utc);
  s.bind(13, r.created.offset);
  s.exec();
  return db.getLastInsertRowid();
}

struct EntryRow {
  std::optional<std::int64_t> id;  // nullopt: a new id
  std::string uid;
  std::int64_t request_id = 0;
  Instant asked_at;
  int stress = 0;
  Response response = Response::yes;
  std::optional<std::string> note;
  std::optional<int> expected_stress;
  std::optional<Response> expected_response;
};

constexpr const char* insert_entry_sql =
    "INSERT INTO entries (id, uid, request_id, asked_utc, asked_offset, local_day, stress, "
    "response, note, expected_stress, expected_response) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

std::int64_t insert_entry(SQLite::Database& db, SQLite::Statement& s, const EntryRow& e) {
  bind_opt(s, 1, e.id);
  s.bind(2, e.uid);
  s.bind(3, e.request_id);
  s.bind(4, e.asked_at.utc);
  s.bind(5, e.asked_at.offset);
  s.bind(6, day_of(e.asked_at));
  s.bind(7, e.stress);
  s.bind(8, std::string(to_string(e.response)));
  bind_opt(s, 9, e.note);
  bind_opt(s, 10, e.expected_stress);
  bind_opt(s, 11, e.expected_response);
  s.exec();
  s.reset();
  return db.getLastInsertRowid();
}

std::int64_t insert_entry(SQLite::Database& db, const EntryRow& e) {
  SQLite::Statement s(db, insert_entry_sql);
  return insert_entry(db, s, e);
}

void set_status(SQLite::Database& db, std::int64_t request_id, Status status) {
  SQLite::Statement s(db, "UPDATE requests SET status = ? WHERE id = ?");
  s.bind(1, std::string(to_string(status)));
  s.bind(2, request_id);
  s.exec();
}

// The request fields `ask` and `log` change, as the undo log keeps them.
json pending_json(const Request& r) {
  json j = json::object();
  j["status"] = to_string(r.status);
  j["asked_utc"] = r.asked_at ? json(r.asked_at->utc) : json(nullptr);
  j["asked_offset"] = r.asked_at ? json(r.asked_at->offset) : json(nullptr);
  j["expected_stress"] = r.expected_stress ? json(*r.expected_stress) : json(nullptr);
  j["expected_response"] =
      r.expected_response ? json(to_string(*r.expected_response)) : json(nullptr);
  return j;
}

void set_pending(SQLite::Database& db, std::int64_t request_id, Status status,
                 std::optional<Instant> asked_at, std::optional<int> expected_stress,
                 std::optional<Response> expected_response) {
  SQLite::Statement s(db,
                      "UPDATE requests SET status = ?, asked_utc = ?, asked_offset = ?, "
                      "expected_stress = ?, expected_response = ? WHERE id = ?");
  s.bind(1, std::string(to_string(status)));
  bind_opt(s, 2, asked_at ? std::optional<std::int64_t>(asked_at->utc) : std::nullopt);
  bind_opt(s, 3, asked_at ? std::optional<int>(asked_at->offset) : std::nullopt);
  bind_opt(s, 4, expected_stress);
  bind_opt(s, 5, expected_response);
  s.bind(6, request_id);
  s.exec();
}

// Reads back what pending_json wrote; a malformed value means the log was tampered with.
void restore_pending(SQLite::Database& db, std::int64_t request_id, const json& j) {
  try {
    const Status status = stored(parse_status(j.at("status").get<std::string>()), "undo status");
    std::optional<Instant> asked_at;
    if (!j.at("asked_utc").is_null())
      asked_at = Instant{j.at("asked_utc").get<std::int64_t>(), j.at("asked_offset").get<std::int32_t>()};
    std::optional<int> es;
    if (!j.at("expected_stress").is_null()) es = j.at("expected_stress").get<int>();
    std::optional<Response> er;
    if (!j.at("expected_response").is_null())
      er = stored(parse_response(j.at("expected_response").get<std::string>()), "undo response");
    set_pending(db, request_id, status, asked_at, es, er);
  } catch (const json::exception& e) {
    throw_damaged(std::string("undo log: ") + e.what());
  }
}

json entry_json(const Entry& e) {
  json j = json::object();
  j["id"] = e.id;
  j["uid"] = e.uid;
  j["request_id"] = e.request_id;
  j["asked_utc"] = e.asked_at.utc;
  j["asked_offset"] = e.asked_at.offset;
  j["stress"] = e.stress;
  j["response"] = to_string(e.response);
  j["note"] = e.note ? json(*e.note) : json(nullptr);
  j["expected_stress"] = e.expected_stress ? json(*e.expected_stress) : json(nullptr);
  j["expected_response"] =
      e.expected_response ? json(to_string(*e.expected_response)) : json(nullptr);
  return j;
}

// Keeps the undo log to its last Journal::undo_depth rows. Written in the transaction of
// the change it describes. A journal below schema 3 (migration tests only) has no log.
void log_undo(SQLite::Database& db, int version, const char* kind,
              std::optional<std::int64_t> request_id, std::optional<std::int64_t> entry_id,
              const json& before) {
  if (version < 3) return;
  SQLite::Statement s(db,
                      "INSERT INTO undo_log (kind, request_id, entry_id, before_json) "
                      "VALUES (?, ?, ?, ?)");
  s.bind(1, kind);
  bind_opt(s, 2, request_id);
  bind_opt(s, 3, entry_id);
  s.bind(4, before.dump());
  s.exec();
  const std::int64_t id = db.getLastInsertRowid();
  if (id > Journal::undo_depth) {
    SQLite::Statement trim(db, "DELETE FROM undo_log WHERE id <= ?");
    trim.bind(1, id - Journal::undo_depth);
    trim.exec();
  }
}

// ---------------------------------------------------------------------------------------
// Opening

int read_user_version(SQLite::Database& db) {
  return db.execAndGet("PRAGMA user_version").getInt();
}

// Runs steps [from, to) and records `to`. The caller holds the transaction.
void run_steps(SQLite::Database& db, int from, int to) {
  for (int step = from; step < to; ++step) db.exec(schema::steps[static_cast<std::size_t>(step)]);
  db.exec("PRAGMA user_version = " + std::to_string(to));
  db.exec("PRAGMA application_id = " + std::to_string(Journal::application_id));
}

// Migrates forward to `target` in one BEGIN IMMEDIATE transaction. The version is read
// again inside it: when two processes migrate at once, the second finds the work done.
int migrate(SQLite::Database& db, const std::string& path, int target) {
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  const int version = read_user_version(db);
  if (version > Journal::schema_version) throw_newer(path, version);
  if (version >= target) return version;
  run_steps(db, version, target);
  tx.commit();
  return target;
}

std::uint32_t be32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) |
         (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}

struct FileFacts {
  mode_t mode = 0;
  unsigned char write_version = 0;  // header byte 18: 1 rollback journal, 2 WAL
};

bool path_exists(const std::string& p) {
  struct stat st {};
  return ::lstat(p.c_str(), &st) == 0;
}

// Reads the first 100 bytes through SQLite's own VFS rather than open()/close(): closing
// a descriptor drops every POSIX lock this process holds on the file, which would silently
// unlock another connection of this process to the same journal. The VFS shares one inode
// record between connections and defers such closes.
std::pair<std::size_t, std::array<unsigned char, 100>> read_header(const std::string& path,
                                                                   std::int64_t size) {
  std::array<unsigned char, 100> header{};
  sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
  std::unique_ptr<void, decltype(&std::free)> mem(std::malloc(static_cast<std::size_t>(vfs->szOsFile)),
                                                  &std::free);
  auto* file = static_cast<sqlite3_file*>(mem.get());
  if (!file) throw journal_error(MICROASK_MSG("cannot read the journal {}: out of memory"), {path});
  file->pMethods = nullptr;
  int out_flags = 0;
  int rc = vfs->xOpen(vfs, path.c_str(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB,
                      &out_flags);
  if (rc != SQLITE_OK) {
    if (file->pMethods) file->pMethods->xClose(file);
    throw journal_error(MICROASK_MSG("cannot read the journal {}: {}"), {path, sqlite3_errstr(rc)});
  }
  const std::size_t n = static_cast<std::size_t>(std::min<std::int64_t>(size, 100));
  rc = file->pMethods->xRead(file, header.data(), static_cast<int>(n), 0);
  file->pMethods->xClose(file);
  if (rc != SQLITE_OK)
    throw journal_error(MICROASK_MSG("cannot read the journal {}: {}"), {path, sqlite3_errstr(rc)});
  return {n, header};
}

// The file looked short for its header. That is also how a journal looks for a moment while
// another process checkpoints it (the header's page count is written before the last pages)
// and then removes the -wal: probe() looks again before believing it.
class looks_truncated : public journal_error {
 public:
  using journal_error::journal_error;
};

std::optional<FileFacts> probe_once(const fs::path& file) {
  const std::string path = file.string();
  const bool wal_before = path_exists(path + "-wal");
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    const int err = errno;
    if (err == ENOENT) return std::nullopt;
    throw journal_error(MICROASK_MSG("cannot use the journal {}: {}"), {path, errno_text(err)});
  }
  if (S_ISDIR(st.st_mode))
    throw journal_error(MICROASK_MSG("cannot use {}: it is a directory, not a microask journal"), {path});
  if (!S_ISREG(st.st_mode))
    throw journal_error(MICROASK_MSG("cannot use {}: not a regular file, not a microask journal"), {path});
  if (st.st_size == 0) throw journal_error(MICROASK_MSG("cannot use {}: empty file, not a microask journal"), {path});
  if (::access(path.c_str(), R_OK) != 0)
    throw journal_error(MICROASK_MSG("cannot read the journal {}: {}"), {path, errno_text(errno)});

  const auto [n, h] = read_header(path, st.st_size);
  static constexpr unsigned char magic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                              'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
  if (n < 16 || !std::equal(std::begin(magic), std::end(magic), h.begin()))
    throw journal_error(MICROASK_MSG("cannot use {}: not a microask journal (not a SQLite database)"), {path});
  if (n < 100)
    throw journal_error(MICROASK_MSG("cannot use {}: not a usable microask journal (truncated header)"), {path});
  if (be32(&h[68]) != static_cast<std::uint32_t>(Journal::application_id))
    throw journal_error(
        MICROASK_MSG("cannot use {}: not a microask journal (a SQLite database of another application)"), {path});

  std::uint32_t page_size = (std::uint32_t{h[16]} << 8) | h[17];
  if (page_size == 1) page_size = 65536;
  if (page_size < 512 || page_size > 65536 || (page_size & (page_size - 1)) != 0)
    throw journal_error(MICROASK_MSG("cannot use {}: damaged microask journal (bad page size)"), {path});
  // Without a -wal file the main file must hold every page its header counts (the count
  // is valid when its "version valid for" matches the change counter). With one, a crash
  // during a checkpoint may have left the file short or mid-page, and SQLite repairs that
  // from the WAL: leave the judgement to SQLite.
  const auto size = static_cast<std::uint64_t>(st.st_size);
  if (!wal_before && !path_exists(path + "-wal")) {
    if (size % page_size != 0)
      throw looks_truncated(
          MICROASK_MSG("cannot use {}: truncated microask journal ({} bytes is not a whole number of {}-byte pages)"),
          {path, std::to_string(size), std::to_string(page_size)});
    const std::uint32_t header_pages = be32(&h[28]);
    if (be32(&h[92]) == be32(&h[24]) && header_pages > size / page_size)
      throw looks_truncated(MICROASK_MSG("cannot use {}: truncated microask journal ({} of {} pages)"),
                            {path, std::to_string(size / page_size), std::to_string(header_pages)});
  }
  // user_version, as of the last checkpoint; checked again through SQLite after opening.
  const auto version = static_cast<std::int32_t>(be32(&h[60]));
  if (version > Journal::schema_version) throw_newer(path, version);
  return FileFacts{st.st_mode, h[18]};
}

// Checks, before SQLite may touch it, that `path` is a microask journal this version can
// use. nullopt when nothing is there. Never writes. A journal cut short stays so: it is
// refused after 5 looks over about 0.2 s; one caught mid-checkpoint passes at the next.
std::optional<FileFacts> probe(const fs::path& file) {
  for (int attempt = 1;; ++attempt) {
    try {
      return probe_once(file);
    } catch (const looks_truncated&) {
      if (attempt == 5) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(20 * attempt));
    }
  }
}

// Writable for us and meant to be written: some write bit is set. The second half makes a
// chmod a-w journal read-only even for root, who passes every access() check.
bool writable(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  return (st.st_mode & 0222) != 0 && ::access(path.c_str(), W_OK) == 0;
}

std::string folder_of(const fs::path& file) {
  const fs::path dir = file.parent_path();
  return dir.empty() ? std::string(".") : dir.string();
}

void fsync_dir(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)::fsync(fd);
  ::close(fd);
}

// Creates the missing folders above a new journal, 0700 whatever the umask; folders that
// already exist are left as they are.
void make_folders(const fs::path& dir, const std::string& journal) {
  std::vector<fs::path> missing;
  for (fs::path p = dir; !p.empty(); p = p.parent_path()) {
    struct stat st {};
    if (::stat(p.c_str(), &st) == 0) {
      if (!S_ISDIR(st.st_mode))
        throw journal_error(MICROASK_MSG("cannot create the journal {}: {} is not a folder"), {journal, p.string()});
      if (p != dir && !writable(p.string()))  // (dir itself is checked by the caller)
        throw journal_error(MICROASK_MSG("cannot create the journal {}: the folder {} is read-only"),
                            {journal, p.string()});
      break;
    }
    if (errno != ENOENT)
      throw journal_error(MICROASK_MSG("cannot create the journal {}: {}: {}"), {journal, p.string(), errno_text(errno)});
    missing.push_back(p);
    if (p.parent_path() == p) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (::mkdir(it->c_str(), 0700) != 0) {
      const int err = errno;
      struct stat st {};
      if (err == EEXIST && ::stat(it->c_str(), &st) == 0 && S_ISDIR(st.st_mode)) continue;
      throw journal_error(MICROASK_MSG("cannot create the folder {} for the journal: {}"), {it->string(), errno_text(err)});
    }
    (void)::chmod(it->c_str(), 0700);  // mkdir's mode went through the umask
    fsync_dir(folder_of(*it));
  }
}

// Removes a temporary journal and whatever SQLite left beside it, on every path out.
struct TempFiles {
  std::string path;
  ~TempFiles() {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
      (void)::unlink((path + suffix).c_str());
  }
};

// Holds SIGINT, SIGTERM and SIGHUP back in this thread while alive; one that arrived is
// delivered when it ends. Creation takes milliseconds, and an interrupted process exits at
// once (_exit, no destructors): without this, Ctrl-C would leave the temporary journal.
struct HoldInterrupts {
  sigset_t old;
  HoldInterrupts() {
    sigset_t held;
    sigemptyset(&held);
    for (const int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&held, sig);
    ::pthread_sigmask(SIG_BLOCK, &held, &old);
  }
  ~HoldInterrupts() { ::pthread_sigmask(SIG_SETMASK, &old, nullptr); }
  HoldInterrupts(const HoldInterrupts&) = delete;
  HoldInterrupts& operator=(const HoldInterrupts&) = delete;
};

// Builds a journal at schema `version` in a temporary file beside `file`, then links it
// into place. When another process created `file` meanwhile, theirs is kept.
void create_journal(const fs::path& file, int version) {
  const std::string path = file.string();
  const std::string dir = folder_of(file);
  make_folders(fs::path(dir), path);
  if (!writable(dir))
    throw journal_error(MICROASK_MSG("cannot create the journal {}: its folder {} is read-only"), {path, dir});

  const HoldInterrupts hold;  // released after `temp` below has removed the temporary files
  std::string name = (fs::path(dir) / ("." + file.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(name.data());
  if (fd < 0) throw journal_error(MICROASK_MSG("cannot create the journal {}: {}"), {path, errno_text(errno)});
  TempFiles temp{name};
  const int chmod_rc = ::fchmod(fd, 0600);
  const int chmod_err = errno;
  ::close(fd);  // before SQLite opens it: see read_header about closing descriptors
  if (chmod_rc != 0)
    throw journal_error(MICROASK_MSG("cannot create the journal {}: {}"), {path, errno_text(chmod_err)});
  try {
    SQLite::Database db(name, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX);
    // WAL is persistent: set once here, in the file header. synchronous=FULL syncs the WAL
    // at every commit, so an acknowledged entry survives a power loss (NORMAL would not).
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = FULL");
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    run_steps(db, 0, version);
    tx.commit();
  } catch (const SQLite::Exception& e) {
    throw_sqlite(e, path, true);
  }
  // The connection is closed: its checkpoint put everything into the file and removed the
  // -wal and -shm, so the file is complete on its own when it appears under its name.
  if (::link(name.c_str(), path.c_str()) != 0) {
    const int err = errno;
    if (err == EEXIST) return;  // another process created it first: use theirs
    bool moved = false;
    if (err == EPERM || err == EOPNOTSUPP || err == ENOSYS)  // no hard links here
      moved = ::renameat2(AT_FDCWD, name.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0 ||
              errno == EEXIST;
    if (!moved) throw journal_error(MICROASK_MSG("cannot create the journal {}: {}"), {path, errno_text(err)});
  }
  fsync_dir(dir);
}

struct Opened {
  std::unique_ptr<SQLite::Database> db;
  int version = 0;
};

Opened open_rw(const fs::path& file, const FileFacts& facts, std::optional<int> migrate_to) {
  const std::string path = file.string();
  if (!writable(path)) throw journal_error(MICROASK_MSG("cannot write the journal {}: the file is read-only"), {path});
  const std::string dir = folder_of(file);
  if (!writable(dir))
    throw journal_error(MICROASK_MSG("cannot write the journal {}: its folder {} is read-only"), {path, dir});
  try {
    // No OPEN_CREATE: if the file vanished since probe(), fail rather than make an empty one.
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX,
                                                 busy_timeout_ms);
    if (sqlite3_db_readonly(db->getHandle(), "main") == 1)
      throw journal_error(MICROASK_MSG("cannot write the journal {}: the file is read-only"), {path});
    // synchronous=FULL: every commit syncs the WAL, so an acknowledged entry survives a
    // power loss (the default NORMAL in WAL mode may lose the last commits).
    db->exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL");
    if (facts.write_version == 1) db->exec("PRAGMA journal_mode = WAL");  // repair, once
    int version = read_user_version(*db);
    if (version > Journal::schema_version) throw_newer(path, version);
    if (migrate_to && version < *migrate_to) version = migrate(*db, path, *migrate_to);
    return {std::move(db), version};
  } catch (const SQLite::Exception& e) {
    throw_sqlite(e, path, true);
  }
}

std::string uri_escape(const std::string& path) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 0xf]);
    }
  }
  return out;
}

std::unique_ptr<SQLite::Database> memory_db(int version) {
  auto db = std::make_unique<SQLite::Database>(
      ":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
  db->exec("PRAGMA foreign_keys = ON");
  SQLite::Transaction tx(*db, SQLite::TransactionBehavior::IMMEDIATE);
  run_steps(*db, 0, version);
  tx.commit();
  return db;
}

// ---------------------------------------------------------------------------------------
// Import

// One line of an export, validated field by field; every failure names the line.
class LineFields {
 public:
  LineFields(const json& object, std::int64_t line) : o_(object), line_(line) {}

  // msgid starts with the line number's "{}"; `args` fill the others.
  [[noreturn]] void fail(const char* msgid, std::vector<std::string> args = {}) const {
    args.insert(args.begin(), std::to_string(line_));
    throw usage_error(msgid, std::move(args));
  }

  const json* find(const char* key) const {
    const auto it = o_.find(key);
    return it == o_.end() ? nullptr : &*it;
  }

  std::string string(const char* key) const {
    const json* v = find(key);
    if (!v || !v->is_string()) fail(MICROASK_MSG("line {}: \"{}\" must be a string"), {key});
    std::string s = v->get<std::string>();
    if (s.find('\0') != std::string::npos) fail(MICROASK_MSG("line {}: \"{}\" contains a NUL character"), {key});
    return s;
  }

  // The limits the command line puts on what is typed hold for what is imported too.
  void within(const char* key, const std::string& s, std::size_t max_chars) const {
    std::size_t chars = 0;
    if (check_text(s, max_chars, &chars) == TextProblem::too_long)
      fail(MICROASK_MSG("line {}: \"{}\" has {} characters; at most {} are accepted"),
           {key, std::to_string(chars), std::to_string(max_chars)});
  }

  std::optional<std::string> opt_string(const char* key) const {
    const json* v = find(key);
    if (!v || v->is_null()) return std::nullopt;
    return string(key);
  }

  std::string uid(const char* key) const {
    std::string s = string(key);
    const bool hex = s.size() == 32 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
    if (!hex) fail(MICROASK_MSG("line {}: \"{}\" must be 32 lower-case hex digits"), {key});
    return s;
  }

  std::int64_t integer(const char* key, std::int64_t lo, std::int64_t hi) const {
    const json* v = find(key);
    if (!v || !v->is_number_integer())
      fail(MICROASK_MSG("line {}: \"{}\" must be an integer"), {key});
    bool in_range = false;
    std::int64_t value = 0;
    if (v->is_number_unsigned()) {  // nlohmann reads every non-negative integer as unsigned
      const auto u = v->get<std::uint64_t>();
      in_range = u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
      value = static_cast<std::int64_t>(u);
    } else {
      in_range = true;
      value = v->get<std::int64_t>();
    }
    if (!in_range || value < lo || value > hi)
      fail(MICROASK_MSG("line {}: \"{}\" must be from {} to {}"), {key, std::to_string(lo), std::to_string(hi)});
    return value;
  }

  std::optional<std::int64_t> opt_integer(const char* key, std::int64_t lo, std::int64_t hi) const {
    const json* v = find(key);
    if (!v || v->is_null()) return std::nullopt;
    return integer(key, lo, hi);
  }

  template <typename E>
  E value(const char* key, std::optional<E> (*parse)(std::string_view), const char* accepted) const {
    const std::string s = string(key);
    const auto v = parse(s);
    // Only the canonical names: an export never writes aliases.
    if (!v || to_string(*v) != s) fail(MICROASK_MSG("line {}: \"{}\" must be one of {}"), {key, accepted});
    return *v;
  }

  std::optional<Response> opt_response(const char* key) const {
    const json* v = find(key);
    if (!v || v->is_null()) return std::nullopt;
    return value<Response>(key, parse_response, "yes, no, discussion");
  }

  std::string reasons(const char* key) const {
    const json* v = find(key);
    if (!v) return "[]";
    if (!v->is_array()) fail(MICROASK_MSG("line {}: \"{}\" must be an array"), {key});
    return v->dump();
  }

  Instant instant(const char* utc_key, const char* offset_key) const {
    return Instant{integer(utc_key, 0, max_utc),
                   static_cast<std::int32_t>(integer(offset_key, -max_offset, max_offset))};
  }

 private:
  const json& o_;
  std::int64_t line_;
};

struct ImportedRequest {
  NewRequest request;
  std::string uid;
  std::optional<Instant> asked_at;
  std::optional<int> expected_stress;
  std::optional<Response> expected_response;
};

ImportedRequest parse_request_line(const LineFields& f) {
  ImportedRequest r;
  r.uid = f.uid("uid");
  r.request.text = f.string("text");
  if (r.request.text.empty()) f.fail(MICROASK_MSG("line {}: \"text\" is empty"));
  f.within("text", r.request.text, max_text_chars);
  r.request.addressee = f.opt_string("addressee");
  if (r.request.addressee) f.within("addressee", *r.request.addressee, max_addressee_chars);
  r.request.lang = f.value<Lang>("lang", parse_lang, "en, fr");
  r.request.concrete = {f.value<Verdict>("concrete", parse_verdict, "pass, fail, unsure"),
                        f.reasons("concrete_reasons")};
  r.request.reversible = {f.value<Verdict>("reversible", parse_verdict, "pass, fail, unsure"),
                          f.reasons("reversible_reasons")};
  r.request.low_cost = {f.value<Verdict>("low_cost", parse_verdict, "pass, fail, unsure"),
                        f.reasons("low_cost_reasons")};
  r.request.status = f.value<Status>("status", parse_status, "planned, asked, done, dropped");
  r.request.created = f.instant("created_utc", "created_offset");
  const json* asked = f.find("asked_utc");
  if (asked && !asked->is_null()) r.asked_at = f.instant("asked_utc", "asked_offset");
  if (auto es = f.opt_integer("expected_stress", 0, 10)) r.expected_stress = static_cast<int>(*es);
  r.expected_response = f.opt_response("expected_response");
  return r;
}

EntryRow parse_entry_line(const LineFields& f) {
  EntryRow e;
  e.uid = f.uid("uid");
  e.asked_at = f.instant("asked_utc", "asked_offset");
  e.stress = static_cast<int>(f.integer("stress", 0, 10));
  e.response = f.value<Response>("response", parse_response, "yes, no, discussion");
  e.note = f.opt_string("note");
  if (e.note) f.within("note", *e.note, max_note_chars);
  if (auto es = f.opt_integer("expected_stress", 0, 10)) e.expected_stress = static_cast<int>(*es);
  e.expected_response = f.opt_response("expected_response");
  return e;
}

json nullable(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }

json reasons_value(const std::string& stored_json) {
  json v = json::parse(stored_json, nullptr, false);
  if (v.is_array()) return v;
  return json::array({stored_json});  // not written by this code: kept, as text
}

}  // namespace

// -----------------------------------------------------------------------------------------

std::filesystem::path journal_path(const std::optional<std::string>& db_flag,
                                   const std::function<const char*(const char*)>& getenv) {
  if (db_flag) {
    if (db_flag->empty()) throw usage_error(MICROASK_MSG("--db is empty; give the path of a journal"));
    return fs::path(*db_flag);
  }
  if (const char* db = getenv("MICROASK_DB")) {
    if (*db == '\0') throw usage_error(MICROASK_MSG("MICROASK_DB is set but empty; unset it or give a path"));
    return fs::path(db);
  }
  // XDG Base Directory: an empty value counts as unset, a relative one is ignored.
  if (const char* xdg = getenv("XDG_DATA_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
    return fs::path(xdg) / "microask" / "journal.db";
  const char* home = getenv("HOME");
  if (!home || *home == '\0')
    throw usage_error(
        MICROASK_MSG("cannot place the journal: HOME is not set (set HOME or MICROASK_DB, or give --db PATH)"));
  return fs::path(home) / ".local" / "share" / "microask" / "journal.db";
}

Journal::Journal(std::unique_ptr<SQLite::Database> db, std::string path, int version)
    : db_(std::move(db)), path_(std::move(path)), version_(version) {}
Journal::Journal(Journal&&) noexcept = default;
Journal& Journal::operator=(Journal&&) noexcept = default;
Journal::~Journal() = default;

Journal Journal::open_for_write(const std::filesystem::path& path) {
  auto facts = probe(path);
  if (!facts) {
    create_journal(path, schema_version);
    facts = probe(path);
    if (!facts) throw journal_error(MICROASK_MSG("cannot create the journal {}: it vanished"), {path.string()});
  }
  Opened opened = open_rw(path, *facts, schema_version);
  return Journal(std::move(opened.db), path.string(), opened.version);
}

std::optional<Journal> Journal::open_for_read(const std::filesystem::path& path) {
  const auto facts = probe(path);
  if (!facts) return std::nullopt;
  const std::string shown = path.string();
  // A reader in WAL mode needs the -shm file, which it creates when missing and leaves
  // behind. When no -wal exists and the file or its folder is read-only, no writer can be
  // at work (a writer needs both), so read the file as immutable: no lock, no -shm.
  const bool immutable = !path_exists(shown + "-wal") && (!writable(shown) || !writable(folder_of(path)));
  try {
    std::unique_ptr<SQLite::Database> db;
    if (immutable) {
      db = std::make_unique<SQLite::Database>("file:" + uri_escape(shown) + "?immutable=1",
                                              SQLite::OPEN_READONLY | SQLite::OPEN_URI | SQLite::OPEN_NOMUTEX,
                                              busy_timeout_ms);
    } else {
      db = std::make_unique<SQLite::Database>(shown, SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX,
                                              busy_timeout_ms);
    }
    const int version = read_user_version(*db);
    if (version > schema_version) throw_newer(shown, version);
    if (version < 1)
      throw journal_error(MICROASK_MSG("cannot use {}: not a usable microask journal (no schema)"), {shown});
    return Journal(std::move(db), shown, version);
  } catch (const SQLite::Exception& e) {
    throw_sqlite(e, shown, false);
  }
}

Journal Journal::in_memory() { return Journal(memory_db(schema_version), ":memory:", schema_version); }

Journal Journal::open_at_version_for_test(const std::filesystem::path& path, int version) {
  if (version < 1 || version > schema_version)
    throw usage_error("schema version out of range: " + std::to_string(version));
  if (path == ":memory:") return Journal(memory_db(version), ":memory:", version);
  if (probe(path)) throw usage_error("open_at_version_for_test needs a new path: " + path.string());
  create_journal(path, version);
  const auto facts = probe(path);
  if (!facts) throw journal_error("cannot create the journal " + path.string());
  Opened opened = open_rw(path, *facts, std::nullopt);
  return Journal(std::move(opened.db), path.string(), opened.version);
}

int Journal::user_version() const {
  return read_op(path_, [&] { return read_user_version(*db_); });
}

// ---- Requests --------------------------------------------------------------------------

std::int64_t Journal::add_request(const NewRequest& r) {
  check_request(r);
  return write_txn(*db_, path_, [&] {
    const std::int64_t id = insert_request(*db_, r, r.status, new_uid());
    log_undo(*db_, version_, "plan", id, std::nullopt, json::object());
    return id;
  });
}

std::optional<Request> Journal::find_request(std::int64_t id) const {
  return read_op(path_, [&] { return get_request(*db_, id); });
}

std::vector<Request> Journal::requests_with_status(Status status) const {
  return read_op(path_, [&] {
    SQLite::Statement s(*db_, std::string(request_select) +
                                  " WHERE status = ? ORDER BY created_utc, id");
    s.bind(1, std::string(to_string(status)));
    std::vector<Request> out;
    while (s.executeStep()) out.push_back(read_request(s));
    return out;
  });
}

std::optional<Request> Journal::oldest_planned() const {
  return read_op(path_, [&]() -> std::optional<Request> {
    SQLite::Statement s(*db_, std::string(request_select) +
                                  " WHERE status = 'planned' ORDER BY created_utc, id LIMIT 1");
    if (!s.executeStep()) return std::nullopt;
    return read_request(s);
  });
}

Request Journal::mark_asked(std::int64_t id, Instant at, std::optional<int> expected_stress,
                            std::optional<Response> expected_response) {
  check_instant(at, "ask time");
  check_stress(expected_stress, "expected stress");
  return write_txn(*db_, path_, [&] {
    const Request before = require_open_request(*db_, id);
    set_pending(*db_, id, Status::asked, at, expected_stress, expected_response);
    log_undo(*db_, version_, "ask", id, std::nullopt, pending_json(before));
    return require_request(*db_, id);
  });
}

Request Journal::drop_request(std::int64_t id) {
  return write_txn(*db_, path_, [&] {
    const Request before = require_request(*db_, id);
    if (before.status == Status::dropped)
      throw usage_error(MICROASK_MSG("request {} is already dropped"), {std::to_string(id)});
    set_status(*db_, id, Status::dropped);
    log_undo(*db_, version_, "drop", id, std::nullopt,
             json{{"status", to_string(before.status)}});
    return require_request(*db_, id);
  });
}

// ---- Entries ---------------------------------------------------------------------------

Entry Journal::add_entry(std::int64_t request_id, const NewEntry& e) {
  check_entry(e);
  return write_txn(*db_, path_, [&] {
    const Request request = require_open_request(*db_, request_id);
    const std::int64_t id =
        insert_entry(*db_, EntryRow{std::nullopt, new_uid(), request_id, e.asked_at, e.stress,
                                    e.response, e.note, request.expected_stress,
                                    request.expected_response});
    // The prediction now lives in the entry; the request is done until asked again. (A done
    // request logged again without `ask` has nothing to change: skip the write.)
    if (request.status != Status::done || request.asked_at || request.expected_stress ||
        request.expected_response)
      set_pending(*db_, request_id, Status::done, std::nullopt, std::nullopt, std::nullopt);
    json before = pending_json(request);
    before["adhoc"] = false;
    log_undo(*db_, version_, "log", request_id, id, before);
    return require_entry(*db_, id);
  });
}

Entry Journal::add_adhoc_entry(const NewRequest& r, const NewEntry& e) {
  check_request(r);
  check_entry(e);
  return write_txn(*db_, path_, [&] {
    const std::int64_t request_id = insert_request(*db_, r, Status::done, new_uid());
    const std::int64_t id = insert_entry(
        *db_, EntryRow{std::nullopt, new_uid(), request_id, e.asked_at, e.stress, e.response,
                       e.note, std::nullopt, std::nullopt});
    log_undo(*db_, version_, "log", request_id, id, json{{"adhoc", true}});
    return require_entry(*db_, id);
  });
}

std::optional<Entry> Journal::find_entry(std::int64_t id) const {
  return read_op(path_, [&] { return get_entry(*db_, id); });
}

std::vector<Entry> Journal::recent_entries(std::optional<std::int64_t> limit,
                                           std::optional<std::int64_t> since_utc) const {
  if (limit && *limit < 0)
    throw usage_error("the number of entries must be 0 or more, not " + std::to_string(*limit));
  return read_op(path_, [&] {
    std::string sql = entry_select;
    if (since_utc) sql += " WHERE e.asked_utc >= ?";
    sql += " ORDER BY e.asked_utc DESC, e.id DESC LIMIT ?";
    SQLite::Statement s(*db_, sql);
    int i = 1;
    if (since_utc) s.bind(i++, *since_utc);
    s.bind(i, limit.value_or(-1));
    std::vector<Entry> out;
    while (s.executeStep()) out.push_back(read_entry(s));
    return out;
  });
}

Entry Journal::edit_entry(std::int64_t id, const EntryEdit& edit) {
  check_stress(edit.stress, "stress");
  if (edit.asked_at) check_instant(*edit.asked_at, "entry time");
  return write_txn(*db_, path_, [&] {
    const Entry before = require_entry(*db_, id);
    const Instant at = edit.asked_at.value_or(before.asked_at);
    SQLite::Statement s(*db_,
                        "UPDATE entries SET asked_utc = ?, asked_offset = ?, local_day = ?, "
                        "stress = ?, response = ?, note = ? WHERE id = ?");
    s.bind(1, at.utc);
    s.bind(2, at.offset);
    s.bind(3, day_of(at));
    s.bind(4, edit.stress.value_or(before.stress));
    s.bind(5, std::string(to_string(edit.response.value_or(before.response))));
    bind_opt(s, 6, edit.note ? *edit.note : before.note);
    s.bind(7, id);
    s.exec();
    log_undo(*db_, version_, "edit", before.request_id, id, entry_json(before));
    return require_entry(*db_, id);
  });
}

Entry Journal::delete_entry(std::int64_t id) {
  return write_txn(*db_, path_, [&] {
    const Entry before = require_entry(*db_, id);
    const Request request = require_request(*db_, before.request_id);
    SQLite::Statement del(*db_, "DELETE FROM entries WHERE id = ?");
    del.bind(1, id);
    del.exec();
    SQLite::Statement left(*db_, "SELECT EXISTS (SELECT 1 FROM entries WHERE request_id = ?)");
    left.bind(1, before.request_id);
    left.executeStep();
    // A done request left without entries goes back to asked (a dropped one stays dropped).
    if (left.getColumn(0).getInt() == 0 && request.status == Status::done)
      set_status(*db_, before.request_id, Status::asked);
    json j = entry_json(before);
    j["request_status"] = to_string(request.status);
    log_undo(*db_, version_, "delete", before.request_id, id, j);
    return before;
  });
}

std::optional<Undone> Journal::last_change() const {
  if (version_ < 3) return std::nullopt;
  return read_op(path_, [&]() -> std::optional<Undone> {
    SQLite::Statement last(*db_, "SELECT id, kind, request_id, entry_id FROM undo_log ORDER BY id DESC LIMIT 1");
    if (!last.executeStep()) return std::nullopt;
    const std::string kind = last.getColumn(1).getString();
    Undone u{};
    u.change_id = last.getColumn(0).getInt64();
    if (kind == "plan") u.kind = Undone::Kind::plan;
    else if (kind == "ask") u.kind = Undone::Kind::ask;
    else if (kind == "drop") u.kind = Undone::Kind::drop;
    else if (kind == "log") u.kind = Undone::Kind::log;
    else if (kind == "edit") u.kind = Undone::Kind::edit;
    else if (kind == "delete") u.kind = Undone::Kind::remove;
    else throw_damaged("undo log kind " + kind);
    if (!last.getColumn(2).isNull()) u.request = get_request(*db_, last.getColumn(2).getInt64());
    if (!last.getColumn(3).isNull()) u.entry = get_entry(*db_, last.getColumn(3).getInt64());
    return u;
  });
}

std::optional<Undone> Journal::undo_last(std::optional<std::int64_t> expected_change) {
  if (version_ < 3) return std::nullopt;
  return write_txn(*db_, path_, [&]() -> std::optional<Undone> {
    SQLite::Statement last(*db_,
                           "SELECT id, kind, request_id, entry_id, before_json FROM undo_log "
                           "ORDER BY id DESC LIMIT 1");
    if (!last.executeStep()) return std::nullopt;
    const std::int64_t log_id = last.getColumn(0).getInt64();
    if (expected_change && *expected_change != log_id)
      throw usage_error(MICROASK_MSG("the journal changed since the change to undo was shown; run undo again"));
    const std::string kind = last.getColumn(1).getString();
    const std::int64_t request_id = last.getColumn(2).isNull() ? 0 : last.getColumn(2).getInt64();
    const std::int64_t entry_id = last.getColumn(3).isNull() ? 0 : last.getColumn(3).getInt64();
    const json before = json::parse(last.getColumn(4).getString(), nullptr, false);
    if (!before.is_object()) throw_damaged("undo log entry " + std::to_string(log_id));
    const auto gone = [&](const std::string& what) {
      throw_damaged("the change to undo refers to " + what + ", which is not there");
    };

    Undone undone{};
    undone.change_id = log_id;
    if (kind == "plan") {
      undone.kind = Undone::Kind::plan;
      undone.request = get_request(*db_, request_id);
      if (!undone.request) gone("request " + std::to_string(request_id));
      SQLite::Statement del(*db_, "DELETE FROM requests WHERE id = ?");
      del.bind(1, request_id);
      del.exec();  // a request with entries cannot go: the foreign key refuses
    } else if (kind == "ask" || kind == "drop") {
      undone.kind = kind == "ask" ? Undone::Kind::ask : Undone::Kind::drop;
      undone.request = get_request(*db_, request_id);
      if (!undone.request) gone("request " + std::to_string(request_id));
      if (kind == "ask") {
        restore_pending(*db_, request_id, before);
      } else {
        const auto status = parse_status(before.value("status", std::string()));
        set_status(*db_, request_id, stored(status, "undo status"));
      }
    } else if (kind == "log") {
      undone.kind = Undone::Kind::log;
      undone.entry = get_entry(*db_, entry_id);
      undone.request = get_request(*db_, request_id);
      if (!undone.entry || !undone.request) gone("entry " + std::to_string(entry_id));
      SQLite::Statement del(*db_, "DELETE FROM entries WHERE id = ?");
      del.bind(1, entry_id);
      del.exec();
      if (before.value("adhoc", false)) {
        SQLite::Statement req(*db_, "DELETE FROM requests WHERE id = ?");
        req.bind(1, request_id);
        req.exec();
      } else {
        restore_pending(*db_, request_id, before);
      }
    } else if (kind == "edit") {
      undone.kind = Undone::Kind::edit;
      if (!get_entry(*db_, entry_id)) gone("entry " + std::to_string(entry_id));
      try {
        const Instant at{before.at("asked_utc").get<std::int64_t>(),
                         before.at("asked_offset").get<std::int32_t>()};
        SQLite::Statement s(*db_,
                            "UPDATE entries SET asked_utc = ?, asked_offset = ?, local_day = ?, "
                            "stress = ?, response = ?, note = ? WHERE id = ?");
        s.bind(1, at.utc);
        s.bind(2, at.offset);
        s.bind(3, day_of(at));
        s.bind(4, before.at("stress").get<int>());
        s.bind(5, before.at("response").get<std::string>());
        bind_opt(s, 6, before.at("note").is_null()
                           ? std::nullopt
                           : std::optional<std::string>(before.at("note").get<std::string>()));
        s.bind(7, entry_id);
        s.exec();
      } catch (const json::exception& e) {
        throw_damaged(std::string("undo log: ") + e.what());
      }
      undone.entry = get_entry(*db_, entry_id);
    } else if (kind == "delete") {
      undone.kind = Undone::Kind::remove;
      try {
        EntryRow row;
        row.id = before.at("id").get<std::int64_t>();
        row.uid = before.at("uid").get<std::string>();
        row.request_id = before.at("request_id").get<std::int64_t>();
        row.asked_at = {before.at("asked_utc").get<std::int64_t>(),
                        before.at("asked_offset").get<std::int32_t>()};
        row.stress = before.at("stress").get<int>();
        row.response = stored(parse_response(before.at("response").get<std::string>()), "undo response");
        if (!before.at("note").is_null()) row.note = before.at("note").get<std::string>();
        if (!before.at("expected_stress").is_null())
          row.expected_stress = before.at("expected_stress").get<int>();
        if (!before.at("expected_response").is_null())
          row.expected_response = stored(
              parse_response(before.at("expected_response").get<std::string>()), "undo response");
        insert_entry(*db_, row);
        set_status(*db_, row.request_id,
                   stored(parse_status(before.at("request_status").get<std::string>()), "undo status"));
      } catch (const json::exception& e) {
        throw_damaged(std::string("undo log: ") + e.what());
      }
      undone.entry = get_entry(*db_, entry_id);
    } else {
      throw_damaged("undo log kind " + kind);
    }
    SQLite::Statement consume(*db_, "DELETE FROM undo_log WHERE id = ?");
    consume.bind(1, log_id);
    consume.exec();
    return undone;
  });
}

// ---- Stats -----------------------------------------------------------------------------

std::vector<DayTotals> Journal::day_totals() const {
  return read_op(path_, [&] {
    // Schema 1 (a journal read-only opened before its migration) has no summary table.
    const char* sql =
        version_ >= 2
            ? "SELECT local_day, requests, yes, no, discussion, stress_sum, expected_count, "
              "expected_sum FROM day_totals ORDER BY local_day"
            : "SELECT local_day, count(*), sum(response = 'yes'), sum(response = 'no'), "
              "sum(response = 'discussion'), sum(stress), count(expected_stress), "
              "coalesce(sum(expected_stress), 0) FROM entries GROUP BY local_day "
              "ORDER BY local_day";
    // Up to a few thousand rows read on every `stats`: straight from the C API, without a
    // SQLite::Column (and its shared reference count) per value.
    sqlite3* handle = db_->getHandle();
    sqlite3_stmt* raw = nullptr;
    if (const int rc = sqlite3_prepare_v2(handle, sql, -1, &raw, nullptr); rc != SQLITE_OK)
      throw SQLite::Exception(handle, rc);
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(raw, &sqlite3_finalize);
    std::vector<DayTotals> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
      out.push_back(DayTotals{sqlite3_column_int64(raw, 0), sqlite3_column_int64(raw, 1),
                              sqlite3_column_int64(raw, 2), sqlite3_column_int64(raw, 3),
                              sqlite3_column_int64(raw, 4), sqlite3_column_int64(raw, 5),
                              sqlite3_column_int64(raw, 6), sqlite3_column_int64(raw, 7)});
    if (rc != SQLITE_DONE) throw SQLite::Exception(handle, rc);
    return out;
  });
}

// ---- Backups ---------------------------------------------------------------------------

void Journal::export_jsonl(std::ostream& out) const {
  read_op(path_, [&] {
    SQLite::Transaction snapshot(*db_);  // one consistent read of both tables
    const auto write = [&](const ordered_json& o) {
      // Text that is not valid UTF-8 (never written by microask) is exported with U+FFFD
      // rather than making the whole backup fail.
      out << o.dump(-1, ' ', false, ordered_json::error_handler_t::replace) << '\n';
    };
    SQLite::Statement requests(*db_, std::string(request_select) + " ORDER BY id");
    while (requests.executeStep()) {
      const Request r = read_request(requests);
      ordered_json o;
      o["type"] = "request";
      o["uid"] = r.uid;
      o["text"] = r.text;
      o["addressee"] = nullable(r.addressee);
      o["lang"] = to_string(r.lang);
      o["concrete"] = to_string(r.concrete.verdict);
      o["concrete_reasons"] = reasons_value(r.concrete.reasons_json);
      o["reversible"] = to_string(r.reversible.verdict);
      o["reversible_reasons"] = reasons_value(r.reversible.reasons_json);
      o["low_cost"] = to_string(r.low_cost.verdict);
      o["low_cost_reasons"] = reasons_value(r.low_cost.reasons_json);
      o["status"] = to_string(r.status);
      o["created_utc"] = r.created.utc;
      o["created_offset"] = r.created.offset;
      o["asked_utc"] = r.asked_at ? json(r.asked_at->utc) : json(nullptr);
      o["asked_offset"] = r.asked_at ? json(r.asked_at->offset) : json(nullptr);
      o["expected_stress"] = r.expected_stress ? json(*r.expected_stress) : json(nullptr);
      o["expected_response"] =
          r.expected_response ? json(to_string(*r.expected_response)) : json(nullptr);
      write(o);
    }
    SQLite::Statement entries(*db_,
                              "SELECT e.uid, r.uid, e.asked_utc, e.asked_offset, e.stress, "
                              "e.response, e.note, e.expected_stress, e.expected_response "
                              "FROM entries AS e JOIN requests AS r ON r.id = e.request_id "
                              "ORDER BY e.id");
    while (entries.executeStep()) {
      ordered_json o;
      o["type"] = "entry";
      o["uid"] = entries.getColumn(0).getString();
      o["request_uid"] = entries.getColumn(1).getString();
      o["asked_utc"] = entries.getColumn(2).getInt64();
      o["asked_offset"] = entries.getColumn(3).getInt();
      o["stress"] = entries.getColumn(4).getInt();
      o["response"] = entries.getColumn(5).getString();
      o["note"] = nullable(opt_string(entries.getColumn(6)));
      const auto es = opt_int(entries.getColumn(7));
      o["expected_stress"] = es ? json(*es) : json(nullptr);
      o["expected_response"] = nullable(opt_string(entries.getColumn(8)));
      write(o);
    }
    snapshot.commit();
  });
}

ImportResult Journal::import_jsonl(std::istream& in) {
  return write_txn(*db_, path_, [&] {
    ImportResult result;
    std::unordered_map<std::string, std::int64_t> request_ids;  // uid -> local id
    SQLite::Statement find_request_uid(*db_, "SELECT id FROM requests WHERE uid = ?");
    SQLite::Statement find_entry_uid(*db_, "SELECT 1 FROM entries WHERE uid = ?");
    SQLite::Statement insert(*db_, insert_entry_sql);

    const auto local_request = [&](const std::string& uid) -> std::optional<std::int64_t> {
      if (const auto it = request_ids.find(uid); it != request_ids.end()) return it->second;
      find_request_uid.reset();
      find_request_uid.bind(1, uid);
      if (!find_request_uid.executeStep()) return std::nullopt;
      const std::int64_t id = find_request_uid.getColumn(0).getInt64();
      request_ids.emplace(uid, id);
      return id;
    };
    // Entries whose request comes later in the file wait for the end.
    std::vector<std::pair<std::int64_t, EntryRow>> waiting;
    std::vector<std::string> waiting_request_uids;

    const auto add_entry_row = [&](std::int64_t line, EntryRow row, const std::string& request_uid,
                                   bool last_chance) {
      find_entry_uid.reset();
      find_entry_uid.bind(1, row.uid);
      if (find_entry_uid.executeStep()) {
        ++result.entries_skipped;
        return;
      }
      const auto request_id = local_request(request_uid);
      if (!request_id) {
        if (last_chance)
          throw usage_error(MICROASK_MSG("line {}: the entry's request_uid {} is neither in the file nor in the journal"),
                            {std::to_string(line), request_uid});
        waiting.emplace_back(line, std::move(row));
        waiting_request_uids.push_back(request_uid);
        return;
      }
      row.request_id = *request_id;
      insert_entry(*db_, insert, row);
      ++result.entries_added;
    };

    std::string text;
    std::int64_t line = 0;
    while (std::getline(in, text)) {
      ++line;
      if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
      json object;
      try {
        object = json::parse(text);
      } catch (const json::parse_error& e) {
        throw usage_error(MICROASK_MSG("line {}: not valid JSON (at byte {})"),
                          {std::to_string(line), std::to_string(e.byte)});
      }
      if (!object.is_object()) throw usage_error(MICROASK_MSG("line {}: not a JSON object"), {std::to_string(line)});
      const LineFields fields(object, line);
      const std::string type = fields.string("type");
      if (type == "request") {
        const ImportedRequest r = parse_request_line(fields);
        if (local_request(r.uid)) {
          ++result.requests_skipped;
          continue;
        }
        const std::int64_t id = insert_request(*db_, r.request, r.request.status, r.uid);
        if (r.asked_at || r.expected_stress || r.expected_response)
          set_pending(*db_, id, r.request.status, r.asked_at, r.expected_stress, r.expected_response);
        request_ids.emplace(r.uid, id);
        ++result.requests_added;
      } else if (type == "entry") {
        EntryRow row = parse_entry_line(fields);
        add_entry_row(line, std::move(row), fields.uid("request_uid"), false);
      } else {
        fields.fail(MICROASK_MSG("line {}: unknown \"type\" {} (accepted: request, entry)"), {json(type).dump()});
      }
    }
    if (in.bad()) throw usage_error(MICROASK_MSG("cannot read the import: input error"));
    for (std::size_t i = 0; i < waiting.size(); ++i)
      add_entry_row(waiting[i].first, std::move(waiting[i].second), waiting_request_uids[i], true);
    // Undo walks back through changes in order; rows merged from elsewhere are not one of
    // them, so history stops here.
    if (result.requests_added + result.entries_added > 0 && version_ >= 3)
      db_->exec("DELETE FROM undo_log");
    return result;
  });
}

bool Journal::integrity_ok() const {
  return read_op(path_, [&] {
    SQLite::Statement s(*db_, "PRAGMA integrity_check");
    return s.executeStep() && s.getColumn(0).getString() == "ok" && !s.executeStep();
  });
}

SQLite::Database& Journal::database_for_test() { return *db_; }

}  // namespace microask
