// The journal: export and import.
#include <doctest/doctest.h>

#include "journal_support.hpp"

using namespace microask;
using namespace microask::test;

// ---- Export and import -----------------------------------------------------------------------

namespace {

void fill_sample(Journal& j) {
  NewRequest r = request("Peux-tu relire ma page ? \"vite\"\n2e ligne");
  r.addressee = "Zoé";
  r.lang = Lang::fr;
  const std::int64_t a = j.add_request(r);
  j.mark_asked(a, {t0 + 10, 7200}, 6, Response::discussion);
  j.add_entry(a, entry(t0 + 20, 3, Response::yes, "emoji 🙂 and \t tab", 7200));
  j.mark_asked(a, {t0 + 30, 7200}, 2, std::nullopt);  // a pending prediction
  const std::int64_t b = j.add_request(request("Lend me a pen", {t0 - 100, -25200}));
  j.drop_request(b);
  j.add_adhoc_entry(request("Pass the salt"), entry(t0 - 86400 * 400, 0, Response::no, {}, -25200));
}

}  // namespace

TEST_CASE("export then import round-trips every field, and a second import adds nothing") {
  Journal a = Journal::in_memory();
  fill_sample(a);
  const std::string dump = exported(a);
  std::istringstream lines(dump);
  std::string first;
  std::getline(lines, first);
  CHECK(first.rfind(R"({"type":"request","text":")", 0) == 0);
  CHECK(5 == std::count(dump.begin(), dump.end(), '\n'));

  Journal b = Journal::in_memory();
  std::istringstream in(dump);
  const ImportResult added = b.import_jsonl(in);
  CHECK(3 == added.requests_added);
  CHECK(2 == added.entries_added);
  CHECK(0 == added.requests_skipped + added.entries_skipped);
  CHECK(dump == exported(b));
  CHECK(a.day_totals() == b.day_totals());
  CHECK(describe(a.find_request(1)) == describe(b.find_request(1)));
  CHECK(describe(a.recent_entries(std::nullopt, std::nullopt)) ==
        describe(b.recent_entries(std::nullopt, std::nullopt)));

  std::istringstream again(dump);
  const ImportResult second = b.import_jsonl(again);
  CHECK(0 == second.requests_added + second.entries_added);
  CHECK(3 == second.requests_skipped);
  CHECK(2 == second.entries_skipped);
  CHECK(dump == exported(b));

  // Merging: a journal with its own rows keeps them and gains the others'.
  Journal c = Journal::in_memory();
  c.add_adhoc_entry(request("Mine"), entry(t0, 5, Response::yes));
  std::istringstream merge(dump);
  c.import_jsonl(merge);
  CHECK(3 == c.recent_entries(std::nullopt, std::nullopt).size());
  CHECK(grouped(c) == c.day_totals());
  CHECK_FALSE(c.undo_last().has_value());  // history does not reach across an import
}

TEST_CASE("import accepts entries before their request and blank lines") {
  Journal a = Journal::in_memory();
  fill_sample(a);
  std::istringstream dump(exported(a));
  std::vector<std::string> lines;
  for (std::string line; std::getline(dump, line);) lines.push_back(line);
  std::reverse(lines.begin(), lines.end());
  std::string reversed;
  for (const auto& line : lines) reversed += line + "\n\n";
  Journal b = Journal::in_memory();
  std::istringstream in(reversed);
  const ImportResult r = b.import_jsonl(in);
  CHECK(3 == r.requests_added);
  CHECK(2 == r.entries_added);
  CHECK(a.day_totals() == b.day_totals());
}

TEST_CASE("an import with a bad line changes nothing and names the line") {
  Journal j = Journal::in_memory();
  fill_sample(j);
  const std::string before = exported(j);
  Journal source = Journal::in_memory();
  source.add_adhoc_entry(request("Fresh"), entry(t0, 4, Response::yes));
  const std::string good = exported(source);  // two lines: request, entry

  const auto refused = [&](const std::string& bad, const std::string& message) {
    std::istringstream in(good + bad + "\n");
    try {
      j.import_jsonl(in);
      FAIL("accepted: " << bad);
    } catch (const usage_error& e) {
      CHECK(message == std::string(e.what()));
    }
    CHECK(before == exported(j));
  };
  const std::string entry_prefix =
      R"({"type":"entry","uid":"ffffffffffffffffffffffffffffffff","request_uid":")" +
      source.find_request(1)->uid + R"(","asked_utc":1764000000,"asked_offset":0,)";
  refused("{not json", "line 3: not valid JSON (at byte 3)");
  refused("[1,2]", "line 3: not a JSON object");
  refused(R"({"type":"comment"})", R"(line 3: unknown "type" "comment" (accepted: request, entry, goal))");
  refused(entry_prefix + R"("stress":11,"response":"yes"})", R"(line 3: "stress" must be from 0 to 10)");
  refused(entry_prefix + R"("stress":5.0,"response":"yes"})", R"(line 3: "stress" must be an integer)");
  refused(entry_prefix + R"("stress":5,"response":"maybe"})",
          R"(line 3: "response" must be one of yes, no, discussion)");
  refused(entry_prefix + R"("stress":5,"response":"y"})",
          R"(line 3: "response" must be one of yes, no, discussion)");
  refused(R"({"type":"entry","uid":"XYZ"})", R"(line 3: "uid" must be 32 lower-case hex digits)");
  refused(R"({"type":"entry","uid":"eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee","request_uid":"dddddddddddddddddddddddddddddddd","asked_utc":1764000000,"asked_offset":0,"stress":1,"response":"no"})",
          "line 3: the entry's request_uid dddddddddddddddddddddddddddddddd is neither in the file "
          "nor in the journal");
  refused(R"({"type":"request","uid":"dddddddddddddddddddddddddddddddd","text":"","lang":"en"})",
          R"(line 3: "text" is empty)");
  refused(entry_prefix + R"("stress":5,"response":"yes","asked_offset":99999})",
          R"(line 3: "asked_offset" must be from -64800 to 64800)");
}

TEST_CASE("integrity_ok on a fresh and a used journal") {
  Journal j = Journal::in_memory();
  CHECK(j.integrity_ok());
  fill_sample(j);
  CHECK(j.integrity_ok());
}

TEST_CASE("an export written by an older microask (integer times, \"addressee\") still imports") {
  // The lines microask 0.1 wrote before the JSON mapping was one.
  const std::string old_export =
      R"({"type":"request","uid":"0123456789abcdef0123456789abcdef","text":"Ask Tom for a pen","addressee":"Tom","lang":"en","concrete":"pass","concrete_reasons":[{"kind":"clear_ask","words":"Tom"}],"reversible":"pass","reversible_reasons":[],"low_cost":"pass","low_cost_reasons":[],"status":"done","created_utc":1764000000,"created_offset":3600,"asked_utc":null,"asked_offset":null,"expected_stress":null,"expected_response":null})"
      "\n"
      R"({"type":"entry","uid":"fedcba9876543210fedcba9876543210","request_uid":"0123456789abcdef0123456789abcdef","asked_utc":1764003600,"asked_offset":3600,"stress":4,"response":"yes","note":"easy","expected_stress":6,"expected_response":"no"})"
      "\n";
  Journal j = Journal::in_memory();
  std::istringstream in(old_export);
  const ImportResult r = j.import_jsonl(in);
  CHECK(1 == r.requests_added);
  CHECK(1 == r.entries_added);
  const auto request = j.find_request(1);
  REQUIRE(request);
  CHECK("Tom" == request->addressee.value_or(""));
  CHECK(Instant{1764000000, 3600} == request->created);
  const auto e = j.find_entry(1);
  REQUIRE(e);
  CHECK(Instant{1764003600, 3600} == e->asked_at);
  CHECK(4 == e->stress);
  CHECK("easy" == e->note.value_or(""));
  CHECK(6 == e->expected_stress.value_or(-1));
  CHECK(Response::no == e->expected_response.value_or(Response::yes));
  CHECK("fedcba9876543210fedcba9876543210" == e->uid);
  // Exported again, in today's form: ISO times with their offset, "to", no local ids.
  const std::string now = exported(j);
  CHECK(now.find(R"("created_at":"2025-11-24T17:00:00+01:00")") != std::string::npos);
  CHECK(now.find(R"("to":"Tom")") != std::string::npos);
  CHECK(now.find(R"("id":)") == std::string::npos);
}

TEST_CASE("an import refuses a time that is not ISO 8601 with its offset, naming the line") {
  Journal j = Journal::in_memory();
  std::istringstream in(
      R"({"type":"request","uid":"0123456789abcdef0123456789abcdef","text":"Ask Tom for a pen","lang":"en","concrete":"pass","reversible":"pass","low_cost":"pass","status":"planned","created_at":"yesterday"})"
      "\n");
  CHECK_THROWS_WITH_AS(j.import_jsonl(in),
                       R"(line 1: "created_at" must be an ISO 8601 time with its offset, like 2026-11-26T09:30:00+01:00)",
                       usage_error);
  CHECK(0 == count(j, "requests"));
}
