// The journal's rows: requests, entries and the per-day totals. Contract in
// include/microask/journal.hpp; the SQL in schema.hpp.
#include <sqlite3.h>

#include <functional>
#include <memory>
#include <random>
#include <string_view>
#include <vector>

#include "journal/internal.hpp"
#include "microask/text.hpp"

namespace microask {
using namespace journal_detail;

namespace journal_detail {
namespace {

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if (a % b != 0 && ((a < 0) != (b < 0))) --q;
  return q;
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
    "asked_utc, asked_offset, expected_stress, expected_response, idea, level FROM requests";

Request read_request(const SQLite::Statement& s) {
  Request r;
  r.id = s.getColumn(0).getInt64();
  r.uid = s.getColumn(1).getString();
  r.text = s.getColumn(2).getString();
  r.addressee = nullable<std::string>(s.getColumn(3));
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
  r.expected_stress = nullable<int>(s.getColumn(16));
  r.expected_response = opt_response(s.getColumn(17));
  r.idea = nullable<std::string>(s.getColumn(18));
  r.level = nullable<int>(s.getColumn(19));
  return r;
}

constexpr const char* entry_select =
    "SELECT e.id, e.uid, e.request_id, r.text, e.asked_utc, e.asked_offset, e.stress, "
    "e.response, e.note, e.expected_stress, e.expected_response, r.uid, e.lesson, r.addressee "
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
  e.note = nullable<std::string>(s.getColumn(8));
  e.expected_stress = nullable<int>(s.getColumn(9));
  e.expected_response = opt_response(s.getColumn(10));
  e.request_uid = s.getColumn(11).getString();
  e.lesson = nullable<std::string>(s.getColumn(12));
  e.addressee = nullable<std::string>(s.getColumn(13));
  return e;
}

}  // namespace

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

Entry require_entry(SQLite::Database& db, std::int64_t id) {
  auto e = get_entry(db, id);
  if (!e) throw usage_error(MICROASK_MSG("no entry with id {}"), {std::to_string(id)});
  return *e;
}

void each_request(SQLite::Database& db, const std::function<void(const Request&)>& f) {
  SQLite::Statement s(db, std::string(request_select) + " ORDER BY id");
  while (s.executeStep()) f(read_request(s));
}

void each_entry(SQLite::Database& db, const std::function<void(const Entry&)>& f) {
  SQLite::Statement s(db, std::string(entry_select) + " ORDER BY e.id");
  while (s.executeStep()) f(read_entry(s));
}

std::int64_t insert_request(SQLite::Database& db, const NewRequest& r, Status status,
                            const std::string& uid) {
  SQLite::Statement s(db,
                      "INSERT INTO requests (uid, text, addressee, lang, concrete, "
                      "concrete_reasons, reversible, reversible_reasons, low_cost, "
                      "low_cost_reasons, status, created_utc, created_offset, idea, level) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
  bind_opt(s, 14, r.idea);
  bind_opt(s, 15, r.level);
  s.exec();
  return db.getLastInsertRowid();
}

EntryWriter::EntryWriter(SQLite::Database& db)
    : db_(db),
      insert_(db,
              "INSERT INTO entries (id, uid, request_id, asked_utc, asked_offset, local_day, stress, "
              "response, note, expected_stress, expected_response, lesson) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") {}

std::int64_t EntryWriter::insert(const Entry& e, bool keep_id) {
  bind_opt(insert_, 1, keep_id ? std::optional(e.id) : std::nullopt);
  insert_.bind(2, e.uid);
  insert_.bind(3, e.request_id);
  insert_.bind(4, e.asked_at.utc);
  insert_.bind(5, e.asked_at.offset);
  insert_.bind(6, day_of(e.asked_at));
  insert_.bind(7, e.stress);
  insert_.bind(8, std::string(to_string(e.response)));
  bind_opt(insert_, 9, e.note);
  bind_opt(insert_, 10, e.expected_stress);
  bind_opt(insert_, 11, e.expected_response);
  bind_opt(insert_, 12, e.lesson);
  insert_.exec();
  insert_.reset();
  return db_.getLastInsertRowid();
}

void set_status(SQLite::Database& db, std::int64_t request_id, Status status) {
  SQLite::Statement s(db, "UPDATE requests SET status = ? WHERE id = ?");
  s.bind(1, std::string(to_string(status)));
  s.bind(2, request_id);
  s.exec();
}

void set_pending(SQLite::Database& db, std::int64_t request_id, Status status, std::optional<Instant> asked_at,
                 std::optional<int> expected_stress, std::optional<Response> expected_response) {
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

void replace_text(SQLite::Database& db, std::int64_t request_id, const NewRequest& r) {
  SQLite::Statement s(db,
                      "UPDATE requests SET text = ?, addressee = ?, lang = ?, concrete = ?, concrete_reasons = ?, "
                      "reversible = ?, reversible_reasons = ?, low_cost = ?, low_cost_reasons = ?, level = ? "
                      "WHERE id = ?");
  s.bind(1, r.text);
  bind_opt(s, 2, r.addressee);
  s.bind(3, std::string(to_string(r.lang)));
  s.bind(4, std::string(to_string(r.concrete.verdict)));
  s.bind(5, r.concrete.reasons_json);
  s.bind(6, std::string(to_string(r.reversible.verdict)));
  s.bind(7, r.reversible.reasons_json);
  s.bind(8, std::string(to_string(r.low_cost.verdict)));
  s.bind(9, r.low_cost.reasons_json);
  bind_opt(s, 10, r.level);
  s.bind(11, request_id);
  s.exec();
}

void update_entry(SQLite::Database& db, const Entry& e) {
  SQLite::Statement s(db,
                      "UPDATE entries SET asked_utc = ?, asked_offset = ?, local_day = ?, "
                      "stress = ?, response = ?, note = ?, lesson = ? WHERE id = ?");
  s.bind(1, e.asked_at.utc);
  s.bind(2, e.asked_at.offset);
  s.bind(3, day_of(e.asked_at));
  s.bind(4, e.stress);
  s.bind(5, std::string(to_string(e.response)));
  bind_opt(s, 6, e.note);
  bind_opt(s, 7, e.lesson);
  s.bind(8, e.id);
  s.exec();
}

}  // namespace journal_detail

namespace {

// A request that can still be asked or logged: exists and is not dropped.
Request require_open_request(SQLite::Database& db, std::int64_t id) {
  Request r = require_request(db, id);
  if (r.status == Status::dropped)
    throw usage_error(MICROASK_MSG("request {} was dropped"), {std::to_string(id)});
  return r;
}

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


}  // namespace

// ---- Requests --------------------------------------------------------------------------

std::int64_t Journal::add_request(const NewRequest& r) {
  check_request(r);
  return write_txn(*db_, path_, stand_in_, [&] {
    const std::int64_t id = insert_request(*db_, r, r.status, new_uid());
    log_change(*db_, version_, ChangeKind::plan, id, std::nullopt, json::object());
    return id;
  });
}

std::optional<Request> Journal::find_request(std::int64_t id) const {
  return read_op(path_, [&] { return get_request(*db_, id); });
}

std::vector<Request> Journal::requests_with_status(Status status) const {
  return read_op(path_, [&] {
    SQLite::Statement s(*db_, std::string(request_select) + " WHERE status = ? ORDER BY created_utc, id");
    s.bind(1, std::string(to_string(status)));
    std::vector<Request> out;
    while (s.executeStep()) out.push_back(read_request(s));
    return out;
  });
}

std::optional<Request> Journal::oldest_planned() const {
  return read_op(path_, [&]() -> std::optional<Request> {
    SQLite::Statement s(*db_, std::string(request_select) + " WHERE status = 'planned' ORDER BY created_utc, id LIMIT 1");
    if (!s.executeStep()) return std::nullopt;
    return read_request(s);
  });
}

Request Journal::mark_asked(std::int64_t id, Instant at, std::optional<int> expected_stress,
                            std::optional<Response> expected_response) {
  check_instant(at, "ask time");
  check_stress(expected_stress, "expected stress");
  return write_txn(*db_, path_, stand_in_, [&] {
    const Request before = require_open_request(*db_, id);
    set_pending(*db_, id, Status::asked, at, expected_stress, expected_response);
    log_change(*db_, version_, ChangeKind::ask, id, std::nullopt, json(before));
    return require_request(*db_, id);
  });
}

Request Journal::drop_request(std::int64_t id) {
  return write_txn(*db_, path_, stand_in_, [&] {
    const Request before = require_request(*db_, id);
    if (before.status == Status::dropped)
      throw usage_error(MICROASK_MSG("request {} is already dropped"), {std::to_string(id)});
    set_status(*db_, id, Status::dropped);
    log_change(*db_, version_, ChangeKind::drop, id, std::nullopt, json(before));
    return require_request(*db_, id);
  });
}

Request Journal::edit_request(std::int64_t id, const NewRequest& r) {
  check_request(r);
  return write_txn(*db_, path_, stand_in_, [&] {
    const Request before = require_request(*db_, id);
    replace_text(*db_, id, r);
    log_change(*db_, version_, ChangeKind::edit_request, id, std::nullopt, json(before));
    settle_ladder(*db_, version_);  // its level, or the text a request without one counts by
    return require_request(*db_, id);
  });
}

// ---- Entries ---------------------------------------------------------------------------

Entry Journal::add_entry(std::int64_t request_id, const NewEntry& e) {
  check_entry(e);
  return write_txn(*db_, path_, stand_in_, [&] {
    const Request request = require_open_request(*db_, request_id);
    const auto ladder = trusted_ladder(*db_, version_);
    Entry row;
    row.uid = new_uid();
    row.request_id = request_id;
    row.asked_at = e.asked_at;
    row.stress = e.stress;
    row.response = e.response;
    row.note = e.note;
    row.lesson = e.lesson;
    row.expected_stress = request.expected_stress;
    row.expected_response = request.expected_response;
    const std::int64_t id = EntryWriter(*db_).insert(row, false);
    // The prediction now lives in the entry; the request is done until asked again. (A done
    // request logged again without `ask` has nothing to change: skip the write.)
    if (request.status != Status::done || request.asked_at || request.expected_stress || request.expected_response)
      set_pending(*db_, request_id, Status::done, std::nullopt, std::nullopt, std::nullopt);
    json before = request;
    before["adhoc"] = false;
    log_change(*db_, version_, ChangeKind::log, request_id, id, before);
    ladder_after_append(*db_, version_, ladder, id, row.asked_at, row.stress, request.level, request.text);
    return require_entry(*db_, id);
  });
}

Entry Journal::add_adhoc_entry(const NewRequest& r, const NewEntry& e) {
  check_request(r);
  check_entry(e);
  return write_txn(*db_, path_, stand_in_, [&] {
    const auto ladder = trusted_ladder(*db_, version_);
    Entry row;
    row.uid = new_uid();
    row.request_id = insert_request(*db_, r, Status::done, new_uid());
    row.asked_at = e.asked_at;
    row.stress = e.stress;
    row.response = e.response;
    row.note = e.note;
    row.lesson = e.lesson;
    const std::int64_t id = EntryWriter(*db_).insert(row, false);
    log_change(*db_, version_, ChangeKind::log, row.request_id, id, json{{"adhoc", true}});
    ladder_after_append(*db_, version_, ladder, id, row.asked_at, row.stress, r.level, r.text);
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

Journal::Found Journal::find_entries(const EntryFilter& filter, std::optional<std::int64_t> limit) const {
  if (limit && *limit < 0)
    throw usage_error("the number of entries must be 0 or more, not " + std::to_string(*limit));
  return read_op(path_, [&] {
    Found found;
    const bool by_text = filter.grep || filter.to;
    if (!by_text) {
      found.entries = recent_entries(limit, filter.since_utc);
      // The total from the per-day summary when every entry counts (cheap at any size);
      // from the time index when only the recent ones do.
      SQLite::Statement count(*db_, filter.since_utc ? "SELECT count(*) FROM entries WHERE asked_utc >= ?"
                                                     : "SELECT coalesce(sum(requests), 0) FROM day_totals");
      if (filter.since_utc) count.bind(1, *filter.since_utc);
      count.executeStep();
      found.total = count.getColumn(0).getInt64();
      return found;
    }
    const std::string grep = filter.grep ? fold(*filter.grep) : std::string();
    const std::string to = filter.to ? fold(*filter.to) : std::string();
    const auto contains = [](const std::optional<std::string>& field, const std::string& folded_word) {
      return field && fold(*field).find(folded_word) != std::string::npos;
    };
    std::string sql = entry_select;
    if (filter.since_utc) sql += " WHERE e.asked_utc >= ?";
    sql += " ORDER BY e.asked_utc DESC, e.id DESC";
    SQLite::Statement s(*db_, sql);
    if (filter.since_utc) s.bind(1, *filter.since_utc);
    while (s.executeStep()) {
      Entry e = read_entry(s);
      if (filter.grep && !contains(e.text, grep) && !contains(e.note, grep) && !contains(e.lesson, grep)) continue;
      if (filter.to && !contains(e.addressee, to)) continue;
      ++found.total;
      if (!limit || static_cast<std::int64_t>(found.entries.size()) < *limit) found.entries.push_back(std::move(e));
    }
    return found;
  });
}

std::vector<std::string> Journal::ideas_used() const {
  return read_op(path_, [&] {
    SQLite::Statement s(*db_, "SELECT DISTINCT idea FROM requests WHERE idea IS NOT NULL");
    std::vector<std::string> out;
    while (s.executeStep()) out.push_back(s.getColumn(0).getString());
    return out;
  });
}

std::vector<Request> Journal::latest_requests(std::int64_t limit) const {
  return read_op(path_, [&] {
    // The newest `limit` of each status kept, each a backward range of requests_by_status
    // (status, created_utc, then the id), merged: not a sort of every request.
    const std::string newest_of = "SELECT * FROM (" + std::string(request_select) +
                                  " WHERE status = ? ORDER BY created_utc DESC, id DESC LIMIT ?)";
    SQLite::Statement s(*db_, newest_of + " UNION ALL " + newest_of + " UNION ALL " + newest_of +
                                  " ORDER BY created_utc DESC, id DESC LIMIT ?");
    int i = 1;
    for (const Status kept : {Status::planned, Status::asked, Status::done}) {
      s.bind(i++, std::string(to_string(kept)));
      s.bind(i++, limit);
    }
    s.bind(i, limit);
    std::vector<Request> out;
    while (s.executeStep()) out.push_back(read_request(s));
    return out;
  });
}

Entry Journal::edit_entry(std::int64_t id, const EntryEdit& edit) {
  check_stress(edit.stress, "stress");
  if (edit.asked_at) check_instant(*edit.asked_at, "entry time");
  return write_txn(*db_, path_, stand_in_, [&] {
    const Entry before = require_entry(*db_, id);
    Entry after = before;
    if (edit.asked_at) after.asked_at = *edit.asked_at;
    if (edit.stress) after.stress = *edit.stress;
    if (edit.response) after.response = *edit.response;
    if (edit.note) after.note = *edit.note;
    if (edit.lesson) after.lesson = *edit.lesson;
    update_entry(*db_, after);
    log_change(*db_, version_, ChangeKind::edit, before.request_id, id, json(before));
    settle_ladder(*db_, version_);  // computed again when its time or stress changed
    return require_entry(*db_, id);
  });
}

Entry Journal::delete_entry(std::int64_t id) {
  return write_txn(*db_, path_, stand_in_, [&] {
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
    json j = before;
    j["request_status"] = to_string(request.status);
    log_change(*db_, version_, ChangeKind::remove, before.request_id, id, j);
    settle_ladder(*db_, version_);
    return before;
  });
}

// ---- Stats -----------------------------------------------------------------------------

std::vector<DayTotals> Journal::day_totals() const {
  return read_op(path_, [&] {
    // (An older journal opened read-only reads a view that computes the same columns from
    // the entries: see the compatible views in open.cpp.)
    const char* sql =
        "SELECT local_day, requests, yes, no, discussion, stress_sum, expected_count, expected_sum, "
        "predicted_stress_sum, lower, equal, higher, gap_sum, expected_no, expected_no_got_yes, "
        "expected_no_got_no FROM day_totals ORDER BY local_day";
    // Up to a few thousand rows read on every `stats`: straight from the C API, without a
    // SQLite::Column (and its shared reference count) per value.
    sqlite3* handle = db_->getHandle();
    sqlite3_stmt* raw = nullptr;
    if (const int rc = sqlite3_prepare_v2(handle, sql, -1, &raw, nullptr); rc != SQLITE_OK)
      throw SQLite::Exception(handle, rc);
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(raw, &sqlite3_finalize);
    std::vector<DayTotals> out;
    int rc = SQLITE_ROW;
    const auto col = [raw](int i) { return sqlite3_column_int64(raw, i); };
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
      out.push_back(DayTotals{col(0), col(1), col(2), col(3), col(4), col(5), col(6), col(7), col(8), col(9),
                              col(10), col(11), col(12), col(13), col(14), col(15)});
    if (rc != SQLITE_DONE) throw SQLite::Exception(handle, rc);
    return out;
  });
}

// ---- Settings ----------------------------------------------------------------------------

std::optional<int> Journal::weekly_goal() const {
  return read_op(path_, [&]() -> std::optional<int> {
    SQLite::Statement s(*db_, "SELECT value FROM settings WHERE key = 'weekly_goal'");
    if (!s.executeStep()) return std::nullopt;
    const std::string v = s.getColumn(0).getString();
    const int goal = std::atoi(v.c_str());
    if (goal < 1 || goal > max_weekly_goal || std::to_string(goal) != v) throw_damaged("weekly goal " + v);
    return goal;
  });
}

void Journal::set_weekly_goal(std::optional<int> goal) {
  if (goal && (*goal < 1 || *goal > max_weekly_goal))
    throw usage_error(MICROASK_MSG("a weekly goal is from 1 to {} requests, not {}"),
                      {std::to_string(max_weekly_goal), std::to_string(*goal)});
  write_txn(*db_, path_, stand_in_, [&] {
    if (goal) {
      SQLite::Statement s(*db_, "INSERT INTO settings (key, value) VALUES ('weekly_goal', ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
      s.bind(1, std::to_string(*goal));
      s.exec();
    } else {
      db_->exec("DELETE FROM settings WHERE key = 'weekly_goal'");
    }
  });
}

}  // namespace microask
