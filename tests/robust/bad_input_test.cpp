// Hostile and mistaken input across every subcommand: the expected exit status and a
// one-line message naming the problem, no crash, no raw control character echoed, and the
// journal byte-identical when the input was refused. Hostile input that is legitimate text
// (SQL meta-characters, escapes) is stored exactly as given and shown escaped.
#include <doctest/doctest.h>

#include <optional>

#include <nlohmann/json.hpp>

#include "support.hpp"

using namespace microask::test;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string esc = "\x1b[31mRED\x1b[0m";

struct Row {
  std::vector<std::string> args;  // after --db <journal>
  int code;
  std::string says;  // a substring of the one-line message
  std::map<std::string, std::optional<std::string>> env = {};  // nullopt: unset
  bool no_db = false;  // do not add --db
};

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

// A journal with: #1 planned, #2 ad hoc with entry #1, #3 asked.
void prepare(const Sandbox& s) {
  const std::string water = "Ask the barista for a glass of water";
  REQUIRE(0 == s.run({"plan", water}).code);
  REQUIRE(0 == s.run({"log", "Asked the baker to slice the bread", "-s", "2", "-r", "yes"}).code);
  REQUIRE(0 == s.run({"plan", water}).code);
  REQUIRE(0 == s.run({"ask", "3"}).code);
}

std::vector<Row> refused_rows(const fs::path& dir) {
  const std::string mb_word = repeat("a", 65536);
  std::vector<std::string> one_mb{"log"};
  for (int i = 0; i < 16; ++i) one_mb.push_back(mb_word);  // 1 MiB in 16 arguments (128 KiB each at most)
  one_mb.insert(one_mb.end(), {"-s", "1", "-r", "yes"});
  const fs::path missing = dir / "missing.jsonl";
  const fs::path garbage = dir / "garbage.jsonl";
  const fs::path half = dir / "half.jsonl";
  const fs::path huge_text = dir / "huge-text.jsonl";
  const fs::path bad_utf8 = dir / "bad-utf8.jsonl";
  write_file(garbage, "'); DROP TABLE entries;--\n");
  write_file(half, "{\"type\":\"request\",\"uid\":\"0123");
  auto request_line = [](const std::string& text) {
    return "{\"type\":\"request\",\"uid\":\"" + repeat("ab", 16) + "\",\"text\":" + text +
           ",\"lang\":\"en\",\"concrete\":\"pass\",\"reversible\":\"pass\",\"low_cost\":\"pass\","
           "\"status\":\"done\",\"created_utc\":1795687200,\"created_offset\":0}\n";
  };
  write_file(huge_text, request_line("\"" + repeat("a", 1 << 20) + "\""));
  write_file(bad_utf8, request_line("\"\xff\xfe\""));

  return {
      // log: a text with no ask in it is a typo, not a request made
      {{"log", "lsit", "-s", "2", "-r", "yes"}, 2, "'lsit' does not read as a request"},
      {{"log", "1 2", "-s", "2", "-r", "yes"}, 2, "'1 2' does not read as a request"},
      {{"log", repeat("z", 500), "-s", "2", "-r", "yes"}, 2, "does not read as a request"},
      {{"log", "--lesson", "line one\nline two", "1", "-s", "2", "-r", "yes"}, 2, "--lesson is one line"},
      {{"log", "1", "-s", "2", "-r", "yes", "--lesson", repeat("a", 301)}, 2, "--lesson has 301 characters"},
      // log: stress and response
      {{"log", "1", "-s", "11", "-r", "yes"}, 2, "'11' is not a stress level"},
      {{"log", "1", "-s", "-1", "-r", "yes"}, 2, "'-1' is not a stress level"},
      {{"log", "1", "-s", "1e3", "-r", "yes"}, 2, "'1e3' is not a stress level"},
      {{"log", "1", "-s", " 5", "-r", "yes"}, 2, "' 5' is not a stress level"},
      {{"log", "1", "-s", "5 ", "-r", "yes"}, 2, "'5 ' is not a stress level"},
      {{"log", "1", "-s", "0x5", "-r", "yes"}, 2, "'0x5' is not a stress level"},
      {{"log", "1", "-s", "5.0", "-r", "yes"}, 2, "'5.0' is not a stress level"},
      {{"log", "1", "-s", "", "-r", "yes"}, 2, "'' is not a stress level"},
      {{"log", "1", "-s", "99999999999999999999", "-r", "yes"}, 2, "is not a stress level"},
      {{"log", "1", "-s", "5", "-r", "maybe"}, 2, "'maybe' is not a response"},
      {{"log", "1", "-s", "5", "-r", ""}, 2, "'' is not a response"},
      {{"log", "1", "-s", "5", "-r", "yes; DROP TABLE entries"}, 2, "is not a response"},
      // log: ids
      {{"log", "-5", "-s", "5", "-r", "yes"}, 2, "'-5' is not an id"},
      {{"log", "+5", "-s", "5", "-r", "yes"}, 2, "'+5' is not an id"},
      {{"log", "0", "-s", "5", "-r", "yes"}, 2, "'0' is not an id"},
      {{"log", "99999999999999999999", "-s", "5", "-r", "yes"}, 2, "'99999999999999999999' is not an id"},
      {{"log", "9223372036854775808", "-s", "5", "-r", "yes"}, 2, "is not an id"},
      {{"log", "42", "-s", "5", "-r", "yes"}, 2, "no request with id 42"},
      // log: text
      {{"log", "   ", "-s", "5", "-r", "yes"}, 2, "empty"},
      {{"log", "", "-s", "5", "-r", "yes"}, 2, "empty"},
      {{"log", "\xc2\xa0\t", "-s", "5", "-r", "yes"}, 2, "empty"},
      {{"log", repeat("a", 501), "-s", "5", "-r", "yes"}, 2, "501 characters; at most 500"},
      {one_mb, 2, "at most 500"},
      {{"log", "Asked \xff\xfe the baker", "-s", "5", "-r", "yes"}, 2, "not valid UTF-8"},
      {{"log", "Asked \xc0\xaf the baker", "-s", "5", "-r", "yes"}, 2, "not valid UTF-8"},      // overlong '/'
      {{"log", "Asked \xed\xa0\x80 the baker", "-s", "5", "-r", "yes"}, 2, "not valid UTF-8"},  // a surrogate
      {{"log", "Asked \xe2\x82", "-s", "5", "-r", "yes"}, 2, "not valid UTF-8"},                // cut short
      // log: --at
      {{"log", "x", "-s", "5", "-r", "yes", "--at", "garbage"}, 2, "'garbage' is not a date or time"},
      {{"log", "x", "-s", "5", "-r", "yes", "--at", ""}, 2, "--at"},
      {{"log", "x", "-s", "5", "-r", "yes", "--at", "1900-01-01"}, 2, "before 1970-01-01"},
      {{"log", "x", "-s", "5", "-r", "yes", "--at", "1969-12-31T23:59:59Z"}, 2, "before 1970-01-01"},
      {{"log", "x", "-s", "5", "-r", "yes", "--at", "2100-01-01"}, 2, "in the future"},
      {{"log", "x", "-s", "5", "-r", "yes", "--at", "2026-11-27"}, 2, "in the future"},
      {{"log", "x", "-s", "5", "-r", "yes", "--at", "2026-02-30"}, 2, "not a valid date"},
      {{"log", "x", "-s", "5", "-r", "yes", "--at", "25:00"}, 2, "not a valid time"},
      {{"log", "x", "-s", "5", "-r", "yes", "--at", "2026-11-26T09:00:00+25:00"}, 2, "--at"},
      {{"log", "x", "-s", "5", "-r", "yes", "--at", "99999-01-01"}, 2, "--at"},
      {{"log", "x", "-s", "5", "-r", "yes", "--at", esc}, 2, "\\x1b[31mRED"},
      // log: --note
      {{"log", "x", "-s", "5", "-r", "yes", "--note", ""}, 2, "--note is empty"},
      {{"log", "x", "-s", "5", "-r", "yes", "--note", repeat("n", 2001)}, 2, "--note has 2001 characters"},
      {{"log", "x", "-s", "5", "-r", "yes", "--note", "\xff"}, 2, "--note is not valid UTF-8"},
      // log: listing, edit, delete
      {{"log", "-n", "0"}, 2, "'0' is not a count"},
      {{"log", "-n", "-1"}, 2, "'-1' is not a count"},
      {{"log", "-n", "99999999999"}, 2, "'99999999999' is not a count"},
      {{"log", "-n", "abc"}, 2, "'abc' is not a count"},
      {{"log", "-n", esc}, 2, "'\\x1b[31mRED\\x1b[0m' is not a count"},
      {{"log", "--since", "garbage"}, 2, "--since: 'garbage'"},
      {{"log", "--since", "2100-01-01"}, 2, "in the future"},
      {{"log", "--json", "--csv"}, 2, "excludes"},
      {{"log", "x", "-s", "1", "-r", "yes", "-n", "5"}, 2, "do not go with logging one"},
      {{"log", "--edit", "999", "-s", "3"}, 2, "no entry with id 999"},
      {{"log", "--edit", "1"}, 2, "--edit needs what to change"},
      {{"log", "--edit", "abc", "-s", "3"}, 2, "'abc' is not an id"},
      {{"log", "--edit", "1", "-s", "11"}, 2, "'11' is not a stress level"},
      {{"log", "--delete", "999", "-y"}, 2, "no entry with id 999"},
      {{"log", "--delete", "-1", "-y"}, 2, "'-1' is not an id"},
      {{"log", "--delete", "1", "--edit", "1"}, 2, "excludes"},
      // log: backups
      {{"log", "--import", missing.string()}, 2, "cannot read"},
      {{"log", "--import", dir.string()}, 2, "cannot read"},
      {{"log", "--import", garbage.string()}, 2, "line 1"},
      {{"log", "--import", half.string()}, 2, "line 1"},
      {{"log", "--import", huge_text.string()}, 2, "line 1"},
      {{"log", "--import", bad_utf8.string()}, 2, "line 1"},
      {{"log", "--export", (dir / "no" / "such" / "folder" / "x.jsonl").string()}, 2, "No such file or directory"},
      {{"log", "--export", dir.string()}, 2, "Is a directory"},
      {{"log", "--export", "a", "--import", "b"}, 2, "excludes"},
      // plan
      {{"plan", ""}, 2, "empty"},
      {{"plan", repeat("é", 501)}, 2, "501 characters"},
      {{"plan", "Ask \xff the barista"}, 2, "not valid UTF-8"},
      {{"plan", "--cost", "medium", "Ask the barista for water"}, 2, "'medium' is not a cost"},
      {{"plan", "--reversible", "--irreversible", "Ask the barista for water"}, 2, "excludes"},
      {{"plan", "--to", "", "Ask the barista for water"}, 2, "--to is empty"},
      {{"plan", "--to", repeat("w", 101), "Ask the barista for water"}, 2, "--to has 101 characters"},
      {{"plan", "--drop", "-3"}, 2, "'-3' is not an id"},
      {{"plan", "--drop", "99999999999999999999"}, 2, "is not an id"},
      {{"plan", "--drop", "77"}, 2, "no request with id 77"},
      {{"plan", "--drop", "abc"}, 2, "'abc' is not an id"},
      {{"plan", "--batch", missing.string()}, 2, "--batch: cannot read"},
      // ask
      {{"ask", "-5"}, 2, "'-5' is not an id"},
      {{"ask", "0"}, 2, "'0' is not an id"},
      {{"ask", "99999999999999999999"}, 2, "is not an id"},
      {{"ask", "77"}, 2, "no request with id 77"},
      {{"ask", "1", "--expect-stress", "11"}, 2, "'11' is not a stress level"},
      {{"ask", "1", "--expect-stress", " 5"}, 2, "' 5' is not a stress level"},
      {{"ask", "1", "--expect", "maybe"}, 2, "'maybe' is not a response"},
      // stats
      {{"stats", "--weeks", "0"}, 2, "'0' is not a count"},
      {{"stats", "--weeks", "99999999"}, 2, "'99999999' is not a count"},
      {{"stats", "--weeks", "-1"}, 2, "'-1' is not a count"},
      {{"stats", "--weeks", "1e3"}, 2, "'1e3' is not a count"},
      {{"stats", "--weeks", ""}, 2, "is not a count"},
      {{"stats", "--week-start", "tuesday"}, 2, "'tuesday' is not a day"},
      {{"stats", "--week-start", ""}, 2, "is not a day"},
      {{"stats", "--week-start", esc}, 2, "\\x1b[31mRED"},
      {{"stats", "--all", "--weeks", "3"}, 2, "excludes"},
      {{"stats", "--json", "--csv"}, 2, "excludes"},
      // undo
      {{"undo", "extra"}, 2, "extra"},
      {{"undo", "--frobnicate"}, 2, "--frobnicate"},
      // global
      {{"frobnicate"}, 2, "frobnicate"},
      {{esc}, 2, "\\x1b[31mRED"},
      {{"--frobnicate", "stats"}, 2, "--frobnicate"},
      {{"log", "--frob" + esc}, 2, "--frob\\x1b[31mRED"},
      {{"--color", "purple", "stats"}, 2, "'purple' is not a choice"},
      {{"--color", esc, "stats"}, 2, "\\x1b[31mRED"},
      {{"--color", "", "stats"}, 2, "is not a choice"},
      {{"--db", "", "stats"}, 2, "--db is empty", {}, true},
      {{"stats"}, 2, "MICROASK_DB is set but empty", {{"MICROASK_DB", ""}}, true},
      {{"stats"}, 2, "HOME is not set", {{"HOME", std::nullopt}}, true},
      {{"stats"}, 2, "MICROASK_NOW: 'garbage'", {{"MICROASK_NOW", "garbage"}}},
      {{"stats"}, 2, "MICROASK_NOW", {{"MICROASK_NOW", "2026-11-26T10:00:00"}}},
  };
}

}  // namespace

TEST_CASE("bad input table: exit status, one-line message, nothing raw echoed, journal byte-identical") {
  Sandbox s;
  prepare(s);
  const fs::path files = s.dir() / "files";
  fs::create_directories(files);
  const auto rows = refused_rows(files);
  const std::string bytes = read_file(s.db());
  const std::string wal = read_file(s.db().string() + "-wal");  // the WAL the writers kept
  const std::string exported = s.run({"log", "--export", "-"}).out;
  REQUIRE(!exported.empty());

  for (const auto& row : rows) {
    auto env = s.env;
    for (const auto& [k, v] : row.env) {
      if (v) env[k] = *v;
      else env.erase(k);
    }
    std::vector<std::string> args;
    if (!row.no_db) args = {"--db", s.db().string()};
    args.insert(args.end(), row.args.begin(), row.args.end());
    const Result r = run_process(exe, args, env);
    std::string shown;
    for (const auto& a : row.args) shown += (shown.empty() ? "" : " ") + (a.size() > 40 ? a.substr(0, 40) + "..." : a);
    INFO("microask " << shown << " -> " << describe(r));
    CHECK(row.code == r.code);
    CHECK(r.code < 128);
    CHECK(one_line(r.err));
    CHECK(r.err.starts_with("microask: error: "));
    CHECK(r.err.find(row.says) != std::string::npos);
    CHECK(r.out.empty());
    CHECK(r.err.find('\x1b') == std::string::npos);
    CHECK(bytes == read_file(s.db()));
    CHECK(wal == read_file(s.db().string() + "-wal"));
  }
  CHECK(exported == s.run({"log", "--export", "-"}).out);
  CHECK("ok" == integrity(s.db()));
  MESSAGE("bad input: " << rows.size() << " refused inputs, each with its exit status and message, journal unchanged");
}

TEST_CASE("hostile but legitimate text is stored exactly and never echoed raw") {
  Sandbox s;
  prepare(s);
  const std::vector<std::string> texts{
      "Asked Robert'); DROP TABLE entries;-- for a pen",
      "Asked the baker \"quoted\" 100% of the time \\ % _ * ?",
      "Asked the baker for bread " + esc,
      "Asked the baker \x01\x07\x08\x7f for bread \xc2\x9b" "31m and \xe2\x80\xae" "reversed",
      "Asked the baker\tfor\nbread",
      "Asked the baker for 🥖 and 面包",
      // As long as a text may be (a text with no ask in it is refused as a typo: see refused_rows).
      "Asked the baker for " + std::string(480, 'z'),
  };
  for (const auto& text : texts) {
    INFO("text: " << text.substr(0, 60));
    const Result r = s.run({"log", text, "-s", "4", "-r", "no", "--note", "note " + esc, "--json"});
    REQUIRE_MESSAGE(0 == r.code, describe(r));
    const json j = json::parse(r.out);
    const auto id = j["id"].get<long long>();
    CHECK(text == j["text"].get<std::string>());
    // Stored as given (trimmed of outer blanks only), escapes included.
    CHECK(text == query_db(s.db(), "SELECT r.text FROM entries e JOIN requests r ON r.id = e.request_id WHERE e.id = " +
                                       std::to_string(id)));
    CHECK("note " + esc == query_db(s.db(), "SELECT note FROM entries WHERE id = " + std::to_string(id)));
    // Every human-readable view shows it escaped.
    for (const auto& view : std::vector<std::vector<std::string>>{
             {"log", text, "-s", "4", "-r", "no"}, {"log"}, {"log", "--csv"}, {"stats", "--all"}, {"plan"},
             {"log", "--edit", std::to_string(id), "-s", "5"}, {"undo", "-y"}, {"plan", "--check", text}}) {
      const Result v = s.run(view);
      INFO(view[0] << (view.size() > 1 ? " " + view[1].substr(0, 20) : "") << " -> " << describe(v));
      CHECK(v.code < 128);
      CHECK(v.out.find('\x1b') == std::string::npos);
      CHECK(v.err.find('\x1b') == std::string::npos);
      CHECK(v.out.find('\x07') == std::string::npos);
      CHECK(v.out.find("\xe2\x80\xae") == std::string::npos);
    }
  }
  CHECK("ok" == integrity(s.db()));
  CHECK(s.count("entries") > 0);
  CHECK("entries" == s.query("SELECT name FROM sqlite_master WHERE name = 'entries'"));
  // A journal path with control characters is shown escaped, also in the command ask suggests.
  const fs::path odd = s.dir() / ("odd" + esc + ".db");
  REQUIRE(0 == s.run_raw({"--db", odd.string(), "plan", "Ask the barista for a glass of water"}).code);
  const Result a = s.run_raw({"--db", odd.string(), "ask"});
  CHECK_MESSAGE(0 == a.code, describe(a));
  CHECK(a.out.find('\x1b') == std::string::npos);
  // And so is one in an error message.
  write_file(s.dir() / ("file" + esc), "not a folder");
  const Result d = s.run_raw({"--db", (s.dir() / ("file" + esc) / "journal.db").string(), "log", "Asked Tom for a pen", "-s", "1", "-r", "yes"});
  fs::create_directory(s.dir() / ("dir" + esc));
  const Result e = s.run_raw({"--db", (s.dir() / ("dir" + esc)).string(), "stats"});
  for (const auto& r : {d, e}) {
    CHECK_MESSAGE(3 == r.code, describe(r));
    CHECK(one_line(r.err));
    CHECK(r.err.find('\x1b') == std::string::npos);
    CHECK(r.err.find("\\x1b[31mRED") != std::string::npos);
  }
}
