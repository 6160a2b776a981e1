// gen_journal: fills a journal that microask has just created (empty, schema current) with
// N entries spread over ten years, from a fixed seed, and optionally writes the same
// entries as taskwarrior data files for the peer benchmark.
//
//   gen_journal JOURNAL TEMPLATE N SEED END_UTC [TASK_DIR]
//
// JOURNAL   a journal made by `microask log --import /dev/null` (so the file, its header,
//           its schema and its pragmas are microask's own); it must hold no request yet.
// TEMPLATE  a journal in which microask logged a few requests: their text, language and
//           verdicts (with the reasons microask's checker gave) are reused row by row, so
//           every request row holds values microask itself wrote.
// END_UTC   the last instant of the ten years (the bench runs microask with MICROASK_NOW
//           set to it, so `stats` shows full weeks).
//
// Rows are written with the statements and value encodings of src/journal.cpp, in one
// transaction, with the schema's triggers maintaining day_totals as they do for every
// microask write. The ladder microask keeps (ladder_state) is left to microask: the
// triggers mark it stale here, and `tests/bench/run` has microask compute it afterwards.
// The last Journal::undo_depth (100) entries also get their undo-log row, as if they had
// been logged one by one, so appends start in the steady state (each one trims the log).
// What microask would refuse never gets in: the CHECK constraints run.
// `tests/bench/run` then verifies day_totals against a GROUP BY over entries and
// PRAGMA integrity_check, and (at 10,000 entries) that an export of the generated journal
// imports into a fresh journal and exports back identical.
#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

// splitmix64: small, fast, and the same sequence on every platform and compiler (the
// standard distributions are not).
struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::int64_t below(std::int64_t n) { return static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
};

std::string hex_uid(Rng& rng) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string uid;
  for (int i = 0; i < 2; ++i) {
    std::uint64_t w = rng.next();
    for (int j = 0; j < 16; ++j, w >>= 4) uid.push_back(digits[w & 0xf]);
  }
  return uid;
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if (a % b != 0 && ((a < 0) != (b < 0))) --q;
  return q;
}

// Paris-like offsets: +2 h from April to October, +1 h otherwise (close enough to a
// real zone for the day boundaries to move with the seasons).
std::int32_t offset_at(std::int64_t utc) {
  const std::int64_t day_of_year = floor_div(utc, 86400) % 365;  // calendar drift is fine
  return day_of_year >= 90 && day_of_year < 300 ? 7200 : 3600;
}

struct Db {
  sqlite3* h = nullptr;
  explicit Db(const char* path) {
    if (sqlite3_open_v2(path, &h, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
      throw std::runtime_error(std::string("cannot open ") + path + ": " + sqlite3_errmsg(h));
  }
  ~Db() { sqlite3_close(h); }
  void exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(h, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string what = err ? err : "?";
      sqlite3_free(err);
      throw std::runtime_error(std::string(sql).substr(0, 60) + ": " + what);
    }
  }
  void check(int rc, const char* what) const {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
      throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(h));
  }
};

struct Stmt {
  sqlite3_stmt* s = nullptr;
  Db& db;
  Stmt(Db& d, const char* sql) : db(d) { db.check(sqlite3_prepare_v2(db.h, sql, -1, &s, nullptr), sql); }
  ~Stmt() { sqlite3_finalize(s); }
  void text(int i, const std::string& v) { sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT); }
  void text(int i, const std::optional<std::string>& v) { v ? text(i, *v) : null(i); }
  void integer(int i, std::int64_t v) { sqlite3_bind_int64(s, i, v); }
  void integer(int i, std::optional<std::int64_t> v) { v ? integer(i, *v) : null(i); }
  void null(int i) { sqlite3_bind_null(s, i); }
  void run(const char* what) {
    const int rc = sqlite3_step(s);
    if (rc != SQLITE_DONE) db.check(rc == SQLITE_ROW ? SQLITE_ERROR : rc, what);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
  }
};

struct Template {
  std::string text, lang, concrete, concrete_reasons, reversible, reversible_reasons, low_cost,
      low_cost_reasons;
  std::optional<std::int64_t> level;
};

std::vector<Template> read_templates(const char* path) {
  Db db(path);
  Stmt s(db,
         "SELECT text, lang, concrete, concrete_reasons, reversible, reversible_reasons, low_cost, "
         "low_cost_reasons, level FROM requests ORDER BY id");
  std::vector<Template> out;
  const auto col = [&](int i) { return std::string(reinterpret_cast<const char*>(sqlite3_column_text(s.s, i))); };
  while (sqlite3_step(s.s) == SQLITE_ROW)
    out.push_back({col(0), col(1), col(2), col(3), col(4), col(5), col(6), col(7),
                   sqlite3_column_type(s.s, 8) == SQLITE_NULL ? std::nullopt
                                                              : std::optional(sqlite3_column_int64(s.s, 8))});
  if (out.empty()) throw std::runtime_error(std::string("no request in the template ") + path);
  return out;
}

const char* const responses[] = {"yes", "no", "discussion"};
const char* const addressees[] = {"the baker", "my neighbour", "a colleague", "la boulangère",
                                  "mon voisin", "the barista"};
const char* const notes[] = {"she said maybe next week", "quicker than I feared",
                             "il a dit oui tout de suite", "had to ask twice",
                             "smiled and said of course"};
const char* const lessons[] = {"people say yes more often than I think", "asking early is easier",
                               "un non ne dure qu'une seconde"};

// taskwarrior 2.x file format: [name:"value" ...], attributes sorted by name.
std::string task_uuid(Rng& rng) {
  std::string h = hex_uid(rng);
  h[12] = '4';
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-" +
         h.substr(20, 12);
}

std::string task_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"') out += "&dquot;";
    else if (c == '[') out += "&open;";
    else if (c == ']') out += "&close;";
    else out.push_back(c);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc < 6 || argc > 7) {
    std::fprintf(stderr, "usage: gen_journal JOURNAL TEMPLATE N SEED END_UTC [TASK_DIR]\n");
    return 2;
  }
  const char* journal = argv[1];
  const auto templates = read_templates(argv[2]);
  const std::int64_t n = std::stoll(argv[3]);
  Rng rng{std::stoull(argv[4])};
  const std::int64_t end_utc = std::stoll(argv[5]);
  const std::int64_t span = 3652 * 86400LL;  // ten years
  const std::int64_t start_utc = end_utc - span;
  const std::optional<std::string> task_dir = argc == 7 ? std::optional<std::string>(argv[6]) : std::nullopt;

  // Asked instants, sorted: ids grow with time as when entries are logged as they happen.
  std::vector<std::int64_t> asked(static_cast<std::size_t>(n));
  for (auto& t : asked) t = start_utc + rng.below(span);
  std::sort(asked.begin(), asked.end());

  Db db(journal);
  // Generation only: a large cache (random uids go into their UNIQUE indexes) and no
  // syncs; the bench checkpoints and checks the file afterwards.
  db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000");
  // No WAL while generating (every page would be written twice): pages go straight into
  // the file. WAL mode is set back at the end, as microask left it (header bytes 18-19).
  db.exec("PRAGMA journal_mode = OFF");
  {
    Stmt version(db, "PRAGMA user_version");
    sqlite3_step(version.s);
    if (sqlite3_column_int(version.s, 0) != 5)
      throw std::runtime_error("the journal is not at schema 5: update gen_journal with the schema");
  }
  db.exec("BEGIN IMMEDIATE");
  {
    Stmt count(db, "SELECT (SELECT count(*) FROM requests) + (SELECT count(*) FROM undo_log)");
    sqlite3_step(count.s);
    if (sqlite3_column_int64(count.s, 0) != 0) throw std::runtime_error("the journal is not empty");
  }
  // The statements of src/journal.cpp (insert_request, set_pending, insert_entry, log_undo).
  Stmt insert_request(db,
                      "INSERT INTO requests (uid, text, addressee, lang, concrete, "
                      "concrete_reasons, reversible, reversible_reasons, low_cost, "
                      "low_cost_reasons, status, created_utc, created_offset, idea, level) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)");
  Stmt set_pending(db,
                   "UPDATE requests SET status = ?, asked_utc = ?, asked_offset = ?, "
                   "expected_stress = ?, expected_response = ? WHERE id = ?");
  Stmt insert_entry(db,
                    "INSERT INTO entries (id, uid, request_id, asked_utc, asked_offset, local_day, stress, "
                    "response, note, expected_stress, expected_response, lesson) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  Stmt insert_undo(db,
                   "INSERT INTO undo_log (kind, request_id, entry_id, before_json, at) "
                   "VALUES (?, ?, ?, ?, ?)");

  std::ofstream completed, pending;
  if (task_dir) {
    completed.open(*task_dir + "/completed.data", std::ios::trunc);
    pending.open(*task_dir + "/pending.data", std::ios::trunc);
    if (!completed || !pending) throw std::runtime_error("cannot write in " + *task_dir);
  }

  const auto add_request = [&](const Template& t, std::optional<std::string> addressee, const char* status,
                               std::int64_t created) {
    insert_request.text(1, hex_uid(rng));
    insert_request.text(2, t.text);
    insert_request.text(3, addressee);
    insert_request.text(4, t.lang);
    insert_request.text(5, t.concrete);
    insert_request.text(6, t.concrete_reasons);
    insert_request.text(7, t.reversible);
    insert_request.text(8, t.reversible_reasons);
    insert_request.text(9, t.low_cost);
    insert_request.text(10, t.low_cost_reasons);
    insert_request.text(11, std::string(status));
    insert_request.integer(12, created);
    insert_request.integer(13, offset_at(created));
    insert_request.integer(14, t.level);
    insert_request.run("insert request");
    return sqlite3_last_insert_rowid(db.h);
  };

  for (std::int64_t i = 0; i < n; ++i) {
    const std::int64_t at = asked[static_cast<std::size_t>(i)];
    const Template& t = templates[static_cast<std::size_t>(rng.below(static_cast<std::int64_t>(templates.size())))];
    // Seven in ten were planned (often with who to ask) and asked with a prediction
    // before being logged; the others were logged ad hoc.
    const bool planned = rng.chance(70);
    std::optional<std::string> addressee;
    if (planned && rng.chance(40)) addressee = addressees[rng.below(6)];
    const std::int64_t created = planned ? std::max(start_utc, at - rng.below(3 * 86400)) : at;
    const std::int64_t request_id = add_request(t, addressee, "done", created);
    const int stress = static_cast<int>(rng.below(11));
    const int r = static_cast<int>(rng.below(100));
    const char* response = r < 60 ? "yes" : r < 85 ? "no" : "discussion";
    std::optional<std::string> note;
    if (rng.chance(20)) note = notes[rng.below(5)];
    std::optional<std::int64_t> expected_stress;
    std::optional<std::string> expected_response;
    if (planned) {
      expected_stress = rng.below(11);
      expected_response = responses[rng.below(3)];
    }
    const std::int32_t offset = offset_at(at);
    insert_entry.null(1);
    insert_entry.text(2, hex_uid(rng));
    insert_entry.integer(3, request_id);
    insert_entry.integer(4, at);
    insert_entry.integer(5, offset);
    insert_entry.integer(6, floor_div(at + offset, 86400));
    insert_entry.integer(7, stress);
    insert_entry.text(8, std::string(response));
    insert_entry.text(9, note);
    insert_entry.integer(10, expected_stress);
    insert_entry.text(11, expected_response);
    std::optional<std::string> lesson;
    if (rng.chance(10)) lesson = lessons[rng.below(3)];
    insert_entry.text(12, lesson);
    insert_entry.run("insert entry");
    const std::int64_t entry_id = sqlite3_last_insert_rowid(db.h);
    if (i >= n - 100) {  // the undo log of the last changes, as log_undo writes it
      insert_undo.text(1, std::string("log"));
      insert_undo.integer(2, request_id);
      insert_undo.integer(3, entry_id);
      insert_undo.text(4, planned ? "{\"adhoc\":false,\"asked_offset\":" + std::to_string(offset) +
                                        ",\"asked_utc\":" + std::to_string(at) + ",\"expected_response\":\"" +
                                        *expected_response + "\",\"expected_stress\":" +
                                        std::to_string(*expected_stress) + ",\"status\":\"asked\"}"
                                  : std::string("{\"adhoc\":true}"));
      insert_undo.integer(5, at);
      insert_undo.run("insert undo");
    }
    if (task_dir) {
      completed << "[description:\"" << task_escape(t.text) << "\" end:\"" << at << "\" entry:\"" << created
                << "\" modified:\"" << at << "\" status:\"completed\" uuid:\"" << task_uuid(rng) << "\"]\n";
    }
  }
  // What is still open at the end: three planned requests and one asked with a prediction.
  for (int k = 0; k < 4; ++k) {
    const Template& t = templates[static_cast<std::size_t>(k) % templates.size()];
    const std::int64_t created = end_utc - 3600 * (4 - k);
    const std::int64_t id = add_request(t, std::nullopt, "planned", created);
    if (k == 3) {
      set_pending.text(1, std::string("asked"));
      set_pending.integer(2, created + 600);
      set_pending.integer(3, offset_at(created));
      set_pending.integer(4, 5);
      set_pending.text(5, std::string("no"));
      set_pending.integer(6, id);
      set_pending.run("set pending");
    }
    if (task_dir)
      pending << "[description:\"" << task_escape(t.text) << "\" entry:\"" << created << "\" modified:\""
              << created << "\" status:\"pending\" uuid:\"" << task_uuid(rng) << "\"]\n";
  }
  db.exec("COMMIT");
  db.exec("PRAGMA journal_mode = WAL");
  if (task_dir && (!completed.flush() || !pending.flush())) throw std::runtime_error("cannot write the task data");
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "gen_journal: %s\n", e.what());
  return 1;
}
