// Backups as JSON Lines: one object per request and per entry, in the JSON mapping of
// json.hpp with a "type" key first and without the local numbers, keyed by stable uids.
// Contract in journal.hpp.
#include <istream>
#include <ostream>
#include <unordered_map>
#include <utility>
#include <vector>

#include "journal/internal.hpp"

namespace microask {
using namespace journal_detail;

namespace {

// A field the mapping refused, worded with its line.
[[noreturn]] void refuse_field(const json_field_error& e, std::int64_t line) {
  using P = json_field_error::Problem;
  const char* msgid = MICROASK_MSG("line {}: \"{}\" must be a string");
  switch (e.problem) {
    case P::not_string: break;
    case P::has_nul: msgid = MICROASK_MSG("line {}: \"{}\" contains a NUL character"); break;
    case P::too_long: msgid = MICROASK_MSG("line {}: \"{}\" has {} characters; at most {} are accepted"); break;
    case P::not_uid: msgid = MICROASK_MSG("line {}: \"{}\" must be 32 lower-case hex digits"); break;
    case P::not_integer: msgid = MICROASK_MSG("line {}: \"{}\" must be an integer"); break;
    case P::out_of_range: msgid = MICROASK_MSG("line {}: \"{}\" must be from {} to {}"); break;
    case P::not_one_of: msgid = MICROASK_MSG("line {}: \"{}\" must be one of {}"); break;
    case P::not_array: msgid = MICROASK_MSG("line {}: \"{}\" must be an array"); break;
    case P::not_instant:
      msgid = MICROASK_MSG("line {}: \"{}\" must be an ISO 8601 time with its offset, like 2026-11-26T09:30:00+01:00");
      break;
    case P::empty: msgid = MICROASK_MSG("line {}: \"{}\" is empty"); break;
  }
  std::vector<std::string> args{std::to_string(line), e.key};
  args.insert(args.end(), e.args.begin(), e.args.end());
  throw usage_error(msgid, std::move(args));
}

NewRequest as_new(const Request& r) {
  NewRequest n;
  n.text = r.text;
  n.addressee = r.addressee;
  n.lang = r.lang;
  n.concrete = r.concrete;
  n.reversible = r.reversible;
  n.low_cost = r.low_cost;
  n.status = r.status;
  n.created = r.created;
  n.idea = r.idea;
  n.level = r.level;
  return n;
}

// The merge of one import, in the transaction of import_jsonl.
class Merge {
 public:
  Merge(SQLite::Database& db) : db_(db), find_request_(db, "SELECT id FROM requests WHERE uid = ?"),
                                find_entry_(db, "SELECT 1 FROM entries WHERE uid = ?"), entries_(db) {}

  void line(const json& object, std::int64_t line) {
    const auto type = object.find("type");
    if (type == object.end() || !type->is_string()) refuse_field({json_field_error::Problem::not_string, "type", {}}, line);
    try {
      if (*type == "request") {
        add_request(request_from_json(object));
      } else if (*type == "entry") {
        add_entry(line, entry_from_json(object), false);
      } else if (*type == "goal") {
        add_goal(object, line);
      } else {
        throw usage_error(MICROASK_MSG("line {}: unknown \"type\" {} (accepted: request, entry, goal)"),
                          {std::to_string(line), type->dump()});
      }
    } catch (const json_field_error& e) {
      refuse_field(e, line);
    }
  }

  // Entries whose request came later in the file.
  ImportResult finish() {
    for (auto& [line, e] : waiting_) add_entry(line, std::move(e), true);
    return result_;
  }

 private:
  std::optional<std::int64_t> local_request(const std::string& uid) {
    if (const auto it = request_ids_.find(uid); it != request_ids_.end()) return it->second;
    find_request_.reset();
    find_request_.bind(1, uid);
    if (!find_request_.executeStep()) return std::nullopt;
    const std::int64_t id = find_request_.getColumn(0).getInt64();
    request_ids_.emplace(uid, id);
    return id;
  }

  void add_request(const Request& r) {
    if (local_request(r.uid)) {
      ++result_.requests_skipped;
      return;
    }
    const std::int64_t id = insert_request(db_, as_new(r), r.status, r.uid);
    if (r.asked_at || r.expected_stress || r.expected_response)
      set_pending(db_, id, r.status, r.asked_at, r.expected_stress, r.expected_response);
    request_ids_.emplace(r.uid, id);
    ++result_.requests_added;
  }

  // The journal's own goal wins: an import only fills it in.
  void add_goal(const json& object, std::int64_t line) {
    const auto v = object.find("requests_per_week");
    if (v == object.end() || !v->is_number_integer())
      refuse_field({json_field_error::Problem::not_integer, "requests_per_week", {}}, line);
    const auto goal = v->get<std::int64_t>();
    if (goal < 1 || goal > Journal::max_weekly_goal)
      refuse_field({json_field_error::Problem::out_of_range, "requests_per_week",
                    {"1", std::to_string(Journal::max_weekly_goal)}},
                   line);
    SQLite::Statement s(db_, "INSERT INTO settings (key, value) VALUES ('weekly_goal', ?) ON CONFLICT (key) DO NOTHING");
    s.bind(1, std::to_string(goal));
    s.exec();
  }

  void add_entry(std::int64_t line, Entry e, bool last_chance) {
    find_entry_.reset();
    find_entry_.bind(1, e.uid);
    if (find_entry_.executeStep()) {
      ++result_.entries_skipped;
      return;
    }
    const auto request_id = local_request(e.request_uid);
    if (!request_id) {
      if (last_chance)
        throw usage_error(MICROASK_MSG("line {}: the entry's request_uid {} is neither in the file nor in the journal"),
                          {std::to_string(line), e.request_uid});
      waiting_.emplace_back(line, std::move(e));
      return;
    }
    e.request_id = *request_id;
    entries_.insert(e, false);
    ++result_.entries_added;
  }

  SQLite::Database& db_;
  SQLite::Statement find_request_, find_entry_;
  EntryWriter entries_;
  std::unordered_map<std::string, std::int64_t> request_ids_;  // uid -> local id
  std::vector<std::pair<std::int64_t, Entry>> waiting_;
  ImportResult result_;
};

}  // namespace

void Journal::export_jsonl(std::ostream& out) const {
  read_op(path_, [&] {
    SQLite::Transaction snapshot(*db_);  // one consistent read of both tables
    // Local numbers are left out: they differ from journal to journal (an import renumbers),
    // and the uids say the same for good. The request's text is on its own line.
    const auto write = [&](const char* type, json o) {
      for (const char* local : {"id", "request_id"}) o.erase(local);
      if (o.contains("request_uid"))  // an entry: what it shows of its request is on the request's line
        for (const char* joined : {"text", "to"}) o.erase(joined);
      json line{{"type", type}};
      line.update(o);
      // Text that is not valid UTF-8 (never written by microask) is exported with U+FFFD
      // rather than making the whole backup fail.
      out << line.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    };
    if (const auto goal = weekly_goal()) write("goal", json{{"requests_per_week", *goal}});
    each_request(*db_, [&](const Request& r) { write("request", r); });
    each_entry(*db_, [&](const Entry& e) { write("entry", e); });
    snapshot.commit();
  });
}

ImportResult Journal::import_jsonl(std::istream& in) {
  return write_txn(*db_, path_, stand_in_, [&] {
    Merge merge(*db_);
    std::string text;
    for (std::int64_t line = 1; std::getline(in, text); ++line) {
      if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
      json object;
      try {
        object = json::parse(text);
      } catch (const json::parse_error& e) {
        throw usage_error(MICROASK_MSG("line {}: not valid JSON (at byte {})"),
                          {std::to_string(line), std::to_string(e.byte)});
      }
      if (!object.is_object()) throw usage_error(MICROASK_MSG("line {}: not a JSON object"), {std::to_string(line)});
      merge.line(object, line);
    }
    if (in.bad()) throw usage_error(MICROASK_MSG("cannot read the import: input error"));
    const ImportResult result = merge.finish();
    // Undo walks back through changes in order; rows merged from elsewhere are not one of
    // them, so history stops here.
    if (result.requests_added + result.entries_added > 0 && version_ >= 3) db_->exec("DELETE FROM undo_log");
    // Computed again when entries came in (or when it could not be trusted: an import of
    // nothing settles a state another program left stale).
    settle_ladder(*db_, version_);
    return result;
  });
}

}  // namespace microask
