// The undo log: each change (plan, ask, drop, log, edit, delete, edit_request) writes one row in its own
// transaction, with what undo needs to put things back (`before_json`: the request or the
// entry as it was, in the JSON mapping of json.hpp). Contract in include/microask/journal.hpp.
#include <algorithm>

#include "journal/internal.hpp"

namespace microask {
using namespace journal_detail;

const ChangeKindInfo& info_of(ChangeKind k) {
  return *std::find_if(std::begin(change_kinds), std::end(change_kinds),
                       [&](const ChangeKindInfo& i) { return i.kind == k; });
}

std::optional<ChangeKind> parse_change_kind(std::string_view name) {
  for (const auto& i : change_kinds)
    if (i.name == name) return i.kind;
  return std::nullopt;
}

namespace journal_detail {

void log_change(SQLite::Database& db, int version, ChangeKind kind, std::optional<std::int64_t> request_id,
                std::optional<std::int64_t> entry_id, const json& before) {
  if (version < 3) return;  // a journal below schema 3 (migration tests only) has no log
  SQLite::Statement s(db, "INSERT INTO undo_log (kind, request_id, entry_id, before_json) VALUES (?, ?, ?, ?)");
  s.bind(1, std::string(info_of(kind).name));
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

}  // namespace journal_detail

namespace {

// The newest row of the undo log.
struct LoggedChange {
  std::int64_t id = 0;
  ChangeKind kind = ChangeKind::plan;
  std::int64_t request_id = 0, entry_id = 0;  // 0: none
  json before;
};

std::optional<LoggedChange> newest_change(SQLite::Database& db) {
  SQLite::Statement last(db, "SELECT id, kind, request_id, entry_id, before_json FROM undo_log ORDER BY id DESC LIMIT 1");
  if (!last.executeStep()) return std::nullopt;
  LoggedChange c;
  c.id = last.getColumn(0).getInt64();
  const std::string name = last.getColumn(1).getString();
  const auto kind = parse_change_kind(name);
  if (!kind) throw_damaged("undo log kind " + name);
  c.kind = *kind;
  c.request_id = last.getColumn(2).isNull() ? 0 : last.getColumn(2).getInt64();
  c.entry_id = last.getColumn(3).isNull() ? 0 : last.getColumn(3).getInt64();
  c.before = json::parse(last.getColumn(4).getString(), nullptr, false);
  if (!c.before.is_object()) throw_damaged("undo log entry " + std::to_string(c.id));
  return c;
}

// What the undo row kept, read through the mapping; a field that is not as written means
// the log was tampered with.
template <typename T>
T kept(T (*from_json)(const json&, bool), const json& before) {
  try {
    return from_json(before, false);
  } catch (const json_field_error& e) {
    throw_damaged("undo log field " + e.key);
  }
}

[[noreturn]] void gone(const std::string& what) {
  throw_damaged("the change to undo refers to " + what + ", which is not there");
}

Request existing_request(SQLite::Database& db, std::int64_t id) {
  auto r = get_request(db, id);
  if (!r) gone("request " + std::to_string(id));
  return *r;
}

void delete_row(SQLite::Database& db, const char* table, std::int64_t id) {
  SQLite::Statement del(db, std::string("DELETE FROM ") + table + " WHERE id = ?");
  del.bind(1, id);
  del.exec();  // a request with entries cannot go: the foreign key refuses
}

void restore_pending(SQLite::Database& db, std::int64_t request_id, const json& before) {
  const Request was = kept(request_from_json, before);
  set_pending(db, request_id, was.status, was.asked_at, was.expected_stress, was.expected_response);
}

// Each kind put back, in the transaction of undo_last.
void undo_log_entry(SQLite::Database& db, const LoggedChange& c, Undone& u) {
  u.entry = get_entry(db, c.entry_id);
  u.request = get_request(db, c.request_id);
  if (!u.entry || !u.request) gone("entry " + std::to_string(c.entry_id));
  delete_row(db, "entries", c.entry_id);
  if (c.before.value("adhoc", false))
    delete_row(db, "requests", c.request_id);
  else
    restore_pending(db, c.request_id, c.before);
}

void undo_deletion(SQLite::Database& db, const LoggedChange& c, Undone& u) {
  Entry e = kept(entry_from_json, c.before);
  if (e.id == 0 || e.uid.empty() || e.request_id == 0) throw_damaged("undo log entry " + std::to_string(c.id));
  EntryWriter(db).insert(e, true);
  const auto status = parse_status(c.before.value("request_status", std::string()));
  if (!status) throw_damaged("undo log field request_status");
  set_status(db, e.request_id, *status);
  u.entry = get_entry(db, c.entry_id);
}

Undone undo(SQLite::Database& db, const LoggedChange& c) {
  Undone u{};
  u.kind = c.kind;
  u.change_id = c.id;
  switch (c.kind) {
    case ChangeKind::plan:
      u.request = existing_request(db, c.request_id);
      delete_row(db, "requests", c.request_id);
      break;
    case ChangeKind::ask:
      u.request = existing_request(db, c.request_id);
      restore_pending(db, c.request_id, c.before);
      break;
    case ChangeKind::drop:
      u.request = existing_request(db, c.request_id);
      set_status(db, c.request_id, kept(request_from_json, c.before).status);
      break;
    case ChangeKind::log: undo_log_entry(db, c, u); break;
    case ChangeKind::edit: {
      Entry was = kept(entry_from_json, c.before);
      if (!get_entry(db, c.entry_id)) gone("entry " + std::to_string(c.entry_id));
      was.id = c.entry_id;
      update_entry(db, was);
      u.entry = get_entry(db, c.entry_id);
      break;
    }
    case ChangeKind::remove: undo_deletion(db, c, u); break;
    case ChangeKind::edit_request: {
      u.request = existing_request(db, c.request_id);
      const Request was = kept(request_from_json, c.before);
      NewRequest text;
      text.text = was.text;
      text.addressee = was.addressee;
      text.lang = was.lang;
      text.concrete = was.concrete;
      text.reversible = was.reversible;
      text.low_cost = was.low_cost;
      text.level = was.level;
      if (text.text.empty()) throw_damaged("undo log entry " + std::to_string(c.id));
      replace_text(db, c.request_id, text);
      break;
    }
  }
  return u;
}

}  // namespace

std::optional<Undone> Journal::last_change() const {
  if (version_ < 3) return std::nullopt;
  return read_op(path_, [&]() -> std::optional<Undone> {
    const auto c = newest_change(*db_);
    if (!c) return std::nullopt;
    Undone u{};
    u.kind = c->kind;
    u.change_id = c->id;
    if (c->request_id != 0) u.request = get_request(*db_, c->request_id);
    if (c->entry_id != 0) u.entry = get_entry(*db_, c->entry_id);
    return u;
  });
}

std::optional<Undone> Journal::undo_last(std::optional<std::int64_t> expected_change) {
  if (version_ < 3) return std::nullopt;
  return write_txn(*db_, path_, stand_in_, [&]() -> std::optional<Undone> {
    const auto c = newest_change(*db_);
    if (!c) return std::nullopt;
    if (expected_change && *expected_change != c->id)
      throw usage_error(MICROASK_MSG("the journal changed since the change to undo was shown; run undo again"));
    Undone u = undo(*db_, *c);
    SQLite::Statement consume(*db_, "DELETE FROM undo_log WHERE id = ?");
    consume.bind(1, c->id);
    consume.exec();
    settle_ladder(*db_, version_);  // computed again when what was undone touched the entries
    return u;
  });
}

}  // namespace microask
