// The weekly review (issue 11), run in process: felt against expected on the same entries,
// totals of what is shown, no silent cut, no typo as an entry, predictions against reality,
// lessons, the goal and the streak, what waits, and the coach's sheet.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "fixture.hpp"
#include <SQLiteCpp/SQLiteCpp.h>

#include "microask/journal.hpp"

using namespace microask::test;
using nlohmann::json;

namespace {

bool has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

Result ok(const Sandbox& s, const std::vector<std::string>& args, int code = 0, const std::string& input = {}) {
  auto r = s.run(args, input);
  REQUIRE_MESSAGE(code == r.code, args[0] << ": " << r.out << r.err);
  return r;
}

// A request planned, asked with a prediction, and logged at `at`.
void predicted(const Sandbox& s, const std::string& text, int expected, int felt, const std::string& at,
               const std::string& expected_answer = "no", const std::string& answer = "yes") {
  ok(s, {"plan", text});
  ok(s, {"ask", "--expect-stress", std::to_string(expected), "--expect", expected_answer});
  ok(s, {"log", "-s", std::to_string(felt), "-r", answer, "--at", at});
}

}  // namespace

TEST_CASE("review: felt and expected compare on the same entries, felt over all is shown apart") {
  Sandbox s;
  // The week of the issue: felt 6 for 8 expected, 3 for 6, and one unpredicted felt 1.
  predicted(s, "Ask Tom for a pen", 8, 6, "2026-11-24 10:00");
  predicted(s, "Ask Ana for a pen", 6, 3, "2026-11-24 11:00");
  ok(s, {"log", "Asked the baker to slice the bread", "-s", "1", "-r", "yes", "--at", "2026-11-24 12:00"});
  const auto j = json::parse(ok(s, {"stats", "--weeks", "1", "--json"}).out);
  const auto& w = j["weeks"][0];
  CHECK(3.33 == w["stress_mean"]);
  CHECK(2 == w["predicted"]);
  CHECK(4.5 == w["predicted_stress_mean"]);
  CHECK(7.0 == w["expected_stress_mean"]);
  CHECK(true == w["partial"]);
  const auto& p = j["totals"]["predictions"];
  CHECK(2 == p["count"]);
  CHECK(2 == p["lower"]);
  CHECK(0 == p["equal"]);
  CHECK(0 == p["higher"]);
  CHECK(2.5 == p["mean_gap"]);
  CHECK(2 == p["expected_no"]);
  CHECK(2 == p["expected_no_got_yes"]);
  const auto table = ok(s, {"stats", "--weeks", "1"}).out;
  CHECK(has(table, "2026-W48*         3    3    0           0          3.3    4.5/7.0 (2)\n"));
  CHECK(has(table, "Predictions on 2 of the 3 requests: felt stress lower than expected in 2, equal in 0, higher in 0; "
                   "2.5 lower than feared on average."));
  CHECK(has(table, "Expected a no: 2; the no came in 0, a yes in 2."));
  CHECK(has(table, "2026-W48*: this week is not over, its figures are so far."));
  const auto csv = ok(s, {"stats", "--weeks", "1", "--csv"}).out;
  CHECK(has(csv, "\n2026-W48,2026-11-23,2026-11-29,3,3,0,0,3.33,2,4.50,7.00,true,\n"));
  const auto svg = ok(s, {"stats", "--weeks", "1", "--svg", "-"}).out;
  CHECK(has(svg, R"(data-stress-mean="3.33" data-predicted-stress-mean="4.5" data-expected-stress-mean="7")"));
}

TEST_CASE("review: totals cover the weeks shown, all_time the journal, and the text says both") {
  Sandbox s;
  ok(s, {"log", "Asked Tom for a pen", "-s", "8", "-r", "no", "--at", "2026-09-01 10:00"});
  ok(s, {"log", "Asked Ana for a pen", "-s", "2", "-r", "yes", "--at", "2026-11-25 10:00"});
  const auto j = json::parse(ok(s, {"stats", "--weeks", "2", "--json"}).out);
  CHECK(1 == j["totals"]["requests"]);
  CHECK(2.0 == j["totals"]["stress_mean"]);
  CHECK(1.0 == j["totals"]["yes_rate"]);
  CHECK(2 == j["all_time"]["requests"]);
  CHECK(5.0 == j["all_time"]["stress_mean"]);
  const auto text = ok(s, {"stats", "--weeks", "2"}).out;
  CHECK(has(text, "Total: 1 request made (1 yes, 0 no, 0 discussion): every no counts. Yes rate: 100%."));
  CHECK(has(text, "All time: 2 requests made in 2 active weeks (best streak: 1)."));
  // Every week shown: nothing left out, no all-time line.
  CHECK_FALSE(has(ok(s, {"stats", "--all"}).out, "All time:"));
}

TEST_CASE("review: the trend of felt stress shows from the second active week") {
  Sandbox s;
  ok(s, {"log", "Asked Tom for a pen", "-s", "7", "-r", "yes", "--at", "2026-11-17 10:00"});
  CHECK(has(ok(s, {"stats"}).out, "Felt stress: 7.0 over the one active week shown; its trend shows from two active weeks on."));
  ok(s, {"log", "Asked Ana for a pen", "-s", "3", "-r", "yes", "--at", "2026-11-24 10:00"});
  CHECK(has(ok(s, {"stats"}).out,
            "Felt stress: 5.0 on average, going down: 7.0 in the first half of the active weeks, 3.0 in the second."));
  CHECK("down" == json::parse(ok(s, {"stats", "--json"}).out)["totals"]["trend"]);
}

TEST_CASE("review: a weekly goal, each week against it, the streak and the best one") {
  Sandbox s;
  CHECK(has(ok(s, {"goal"}).out, "No weekly goal."));
  CHECK_FALSE(std::filesystem::exists(s.db()));  // showing writes nothing
  CHECK(has(ok(s, {"goal", "2"}).out, "Weekly goal: 2 requests a week."));
  CHECK(2 == json::parse(ok(s, {"goal", "--json"}).out)["goal"]);
  for (const char* at : {"2026-11-02 10:00", "2026-11-03 10:00", "2026-11-10 10:00", "2026-11-17 10:00",
                         "2026-11-18 10:00", "2026-11-24 10:00"})
    ok(s, {"log", "Asked Tom for a pen", "-s", "3", "-r", "yes", "--at", at});
  const auto j = json::parse(ok(s, {"stats", "--weeks", "4", "--json"}).out);
  CHECK(2 == j["goal"]);
  CHECK(true == j["weeks"][0]["goal_met"]);   // W45: 2
  CHECK(false == j["weeks"][1]["goal_met"]);  // W46: 1
  CHECK(true == j["weeks"][2]["goal_met"]);   // W47: 2
  CHECK(false == j["weeks"][3]["goal_met"]);  // W48: 1 so far
  CHECK(1 == j["totals"]["streak"]);          // W47 (this week is not over)
  CHECK(1 == j["totals"]["best_streak"]);
  CHECK(2 == j["totals"]["goal_met_weeks"]);
  const auto text = ok(s, {"stats", "--weeks", "4"}).out;
  CHECK(has(text, "Goal: 2 requests a week, met in 2 of the 4 weeks shown."));
  CHECK(has(text, "Streak: 1 week in a row meeting the goal (best: 1)."));
  CHECK(has(text, "  Goal\n"));
  CHECK(has(text, "   2/2\n"));
  // The goal travels with the journal: exported, imported where none is set.
  const auto exported = ok(s, {"log", "--export", "-"}).out;
  CHECK(has(exported, R"({"type":"goal","requests_per_week":2})"));
  Sandbox other;
  ok(other, {"log", "--import", "-"}, 0, exported);
  CHECK(2 == json::parse(ok(other, {"goal", "--json"}).out)["goal"]);
  CHECK(has(ok(s, {"goal", "--clear"}).out, "Weekly goal cleared."));
  CHECK(json::parse(ok(s, {"stats", "--json"}).out)["goal"].is_null());
  CHECK(has(ok(s, {"stats", "--weeks", "4"}).out, "Streak: 4 weeks in a row with at least one request (best: 4)."));
  for (const char* bad : {"0", "101", "x", "-3", "2.5"}) {
    const auto r = s.run({"goal", bad});
    CHECK_MESSAGE(2 == r.code, bad);
    CHECK(has(r.err, "is not a count; use a whole number from 1 to 100"));
  }
  Sandbox fresh;
  ok(fresh, {"goal", "--clear"});
  CHECK_FALSE(std::filesystem::exists(fresh.db()));  // nothing to clear: no journal made for it
}

TEST_CASE("review: lessons are one line, stored, shown, exported and in the report") {
  Sandbox s;
  ok(s, {"plan", "Ask Tom for a pen"});
  auto logged = ok(s, {"log", "1", "-s", "3", "-r", "yes", "--lesson", "People like to help", "--json"});
  CHECK("People like to help" == json::parse(logged.out)["lesson"]);
  CHECK("People like to help" == s.query("SELECT lesson FROM entries"));
  CHECK(has(ok(s, {"log"}).out, "       Lesson: People like to help\n"));
  CHECK(has(ok(s, {"log", "--csv"}).out, ",People like to help,Tom\n"));
  ok(s, {"log", "--edit", "1", "--lesson", "Asking early is easier"});
  CHECK("Asking early is easier" == s.query("SELECT lesson FROM entries"));
  const auto exported = ok(s, {"log", "--export", "-"}).out;
  CHECK(has(exported, R"("lesson":"Asking early is easier")"));
  Sandbox other;
  ok(other, {"log", "--import", "-"}, 0, exported);
  CHECK("Asking early is easier" == other.query("SELECT lesson FROM entries"));
  const auto report = ok(s, {"stats", "--report"}).out;
  CHECK(has(report, "# microask: the weeks in review\n"));
  CHECK(has(report, "| Week | Requests | Yes | No | Discussion | Stress felt | Felt/expected |\n"));
  CHECK(has(report, "| 2026-W48\\* | 1 | 1 | 0 | 0 | 3.0 | - |\n"));
  CHECK(has(report, "## Lessons\n\n- 2026-11-26, \"Ask Tom for a pen\": Asking early is easier\n"));
  ok(s, {"log", "--edit", "1", "--lesson", ""});  // "" clears it
  CHECK("NULL" == s.query("SELECT lesson FROM entries"));
  CHECK(2 == s.run({"log", "1", "-s", "2", "-r", "y", "--lesson", "one\ntwo"}).code);
}

TEST_CASE("review: stats --report writes a file atomically, or standard output") {
  Sandbox s;
  ok(s, {"log", "Asked Tom for a pen", "-s", "4", "-r", "no"});
  const auto file = s.dir() / "review.md";
  const auto r = ok(s, {"stats", "--report", file.string(), "--weeks", "2"});
  CHECK(has(r.err, "Wrote the report to " + file.string()));
  CHECK(has(r.out, "Total: 1 request made"));  // the table as well
  const auto sheet = read_file(file);
  CHECK(has(sheet, "From 2026-W47 to 2026-W48 (2026-11-16 to 2026-11-29).\n"));
  CHECK(has(sheet, "- Total: 1 request made (0 yes, 1 no, 0 discussion): every no counts. Yes rate: 0%.\n"));
  CHECK(sheet == ok(s, {"stats", "--report", "-", "--weeks", "2"}).out);
  CHECK(2 == s.run({"stats", "--report", "--json"}).code);
  CHECK(2 == s.run({"stats", "--report", (s.dir() / "no" / "such" / "folder.md").string()}).code);
}

TEST_CASE("review: a log with a prediction says how it went against it") {
  Sandbox s;
  predicted(s, "Ask Tom for a pen", 7, 3, "2026-11-26 09:00");
  CHECK(has(s.run({"log", "--json"}).out, R"("expected_stress":7)"));
  ok(s, {"plan", "Ask Ana for a pen"});
  ok(s, {"ask", "--expect-stress", "4", "--expect", "yes"});
  auto higher = ok(s, {"log", "-s", "6", "-r", "yes"});
  CHECK(has(higher.out, "Stress 6, you expected 4: 2 higher than expected.\n"));
  CHECK(has(higher.out, "The answer was yes, as you expected.\n"));
  ok(s, {"plan", "Ask Léa for a pen"});
  ok(s, {"ask", "--expect-stress", "5", "--expect", "discussion"});
  auto same = ok(s, {"log", "-s", "5", "-r", "no"});
  CHECK(has(same.out, "Stress 5, as you expected.\n"));
  CHECK(has(same.out, "You expected discussion, the answer was no.\n"));
  ok(s, {"plan", "Ask Max for a pen"});
  ok(s, {"ask", "--expect-stress", "8"});
  CHECK(has(ok(s, {"log", "-s", "2", "-r", "yes"}).out, "Stress 2, you expected 8: 6 lower than feared.\n"));
  CHECK_FALSE(has(ok(s, {"log", "Asked Bob for a pen", "-s", "2", "-r", "yes"}).out, "expected"));
}

TEST_CASE("review: no silent cut: data gets every entry, the screen says what it leaves out") {
  Sandbox s;
  for (int i = 0; i < 23; ++i)
    ok(s, {"log", "Asked Tom for a pen", "-s", "2", "-r", "yes", "--at",
           "2026-11-" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1) + " 10:00"});
  const auto screen = ok(s, {"log"}).out;
  CHECK(has(screen, "3 older entries not shown: microask log --all shows every one, -n N the last N.\n"));
  CHECK(23 == json::parse(ok(s, {"log", "--json"}).out).size());
  const auto csv = ok(s, {"log", "--csv"}).out;
  CHECK(24 == std::count(csv.begin(), csv.end(), '\n'));  // the header and every entry
  CHECK(10 == json::parse(ok(s, {"log", "--since", "2026-11-14", "--json"}).out).size());
  CHECK_FALSE(has(ok(s, {"log", "--since", "2026-11-02"}).out, "not shown"));
  CHECK_FALSE(has(ok(s, {"log", "--all"}).out, "not shown"));
  CHECK(has(ok(s, {"log", "-n", "5"}).out, "18 older entries not shown"));
  CHECK(5 == json::parse(ok(s, {"log", "-n", "5", "--json"}).out).size());
  CHECK(2 == s.run({"log", "-n", "5", "--all"}).code);
}

TEST_CASE("review: a text with no ask in it is not logged: exit 2 in a script, a question on a terminal") {
  Sandbox s;
  for (const char* typo : {"lsit", "1 2", "???"}) {
    const auto r = s.run({"log", typo, "-s", "2", "-r", "yes"});
    CHECK_MESSAGE(2 == r.code, typo);
    CHECK(has(r.err, "does not read as a request (no ask found)"));
  }
  CHECK_FALSE(std::filesystem::exists(s.db()));
  s.stdin_is_terminal = true;
  const auto no = s.run({"log", "lsit", "-s", "2", "-r", "yes"}, "\n");  // Enter: the default, no
  CHECK(2 == no.code);
  CHECK(has(no.err, "\"lsit\" does not read as a request. Log it anyway? [y/N]"));
  const auto yes = s.run({"log", "lsit", "-s", "2", "-r", "yes"}, "y\n\n");
  CHECK(0 == yes.code);
  CHECK(1 == s.count("entries"));
}

TEST_CASE("review: on a terminal, ask asks what is expected, Enter skips") {
  Sandbox s;
  ok(s, {"plan", "Ask Tom for a pen"});
  ok(s, {"plan", "Ask Ana for a pen"});
  s.stdin_is_terminal = true;
  auto r = ok(s, {"ask"}, 0, "11\n6\nnon\n");
  CHECK(has(r.err, "What stress do you expect to feel (0 calm .. 10 worst, Enter to skip)?"));
  CHECK(has(r.err, "'11' is not a stress level"));
  CHECK(has(r.out, "  You expect: stress 6/10, answer no\n"));
  CHECK("6|no" == s.query("SELECT expected_stress || '|' || expected_response FROM requests WHERE id = 1"));
  ok(s, {"log", "-s", "2", "-r", "y"}, 0, "\n");
  auto skipped = ok(s, {"ask"}, 0, "\n\n");
  CHECK_FALSE(has(skipped.out, "You expect"));
  CHECK("NULL" == s.query("SELECT coalesce(expected_stress, expected_response) FROM requests WHERE id = 2"));
  auto quiet = ok(s, {"ask", "--quiet"}, 0, "");
  CHECK("Ask Ana for a pen\n" == quiet.out);
  CHECK(quiet.err.empty());
}

TEST_CASE("review: on a terminal, log asks for a lesson and offers the request waiting") {
  Sandbox s;
  ok(s, {"plan", "Ask Tom for a pen"});
  ok(s, {"ask", "--expect-stress", "5"});
  s.stdin_is_terminal = true;
  // The listing, then the offer: Enter says no.
  auto listed = ok(s, {"log"}, 0, "\n");
  CHECK(has(listed.err, "Request #1 \"Ask Tom for a pen\" is waiting to be logged. Log it now? [y/N]"));
  CHECK(0 == s.count("entries"));
  auto logged = ok(s, {"log"}, 0, "y\n3\nyes\nIt took ten seconds\n");
  CHECK(has(logged.err, "What did you learn (one line, Enter to skip)?"));
  CHECK(has(logged.out, "Logged entry 1 for request #1"));
  CHECK("3|yes|It took ten seconds|5" ==
        s.query("SELECT stress || '|' || response || '|' || lesson || '|' || expected_stress FROM entries"));
  // Nothing waits any more: no offer.
  CHECK_FALSE(has(ok(s, {"log"}, 0, "").err, "waiting"));
}

TEST_CASE("review: what is asked and not logged shows in plan, who is asked shows where a request is shown") {
  Sandbox s;
  ok(s, {"plan", "Ask Tom for a pen"});
  ok(s, {"plan", "Ask the bus driver which stop is closest to the museum"});
  ok(s, {"ask", "2"});
  const auto listing = ok(s, {"plan"}).out;
  CHECK(has(listing, "    #  Planned           State    To              Request\n"));
  CHECK(has(listing, "    1  2026-11-26 10:00  planned  Tom             Ask Tom for a pen\n"));
  CHECK(has(listing, "    2  2026-11-26 10:00  asked    the bus driver  Ask the bus driver"));
  const auto j = json::parse(ok(s, {"plan", "--json"}).out);
  CHECK(2 == j.size());
  CHECK("asked" == j[1]["status"]);
  CHECK("the bus driver" == j[1]["to"]);
  ok(s, {"log", "-s", "2", "-r", "yes"});
  CHECK("the bus driver" == json::parse(ok(s, {"log", "--json"}).out)[0]["to"]);
}

TEST_CASE("review: a request planned over two weeks ago and not asked is shown as waiting") {
  Sandbox s;
  s.env["MICROASK_NOW"] = "2026-11-01T10:00:00+00:00";
  ok(s, {"plan", "Ask Tom for a pen"});
  s.env["MICROASK_NOW"] = "2026-11-20T10:00:00+00:00";
  ok(s, {"plan", "Ask Ana for a pen"});
  s.env["MICROASK_NOW"] = "2026-11-26T10:00:00+00:00";
  const auto text = ok(s, {"stats"}).out;
  CHECK(has(text, "Waiting since 2026-11-01: #1 \"Ask Tom for a pen\", planned and not asked yet.\n"));
  CHECK_FALSE(has(text, "#2"));
  const auto j = json::parse(ok(s, {"stats", "--json"}).out);
  REQUIRE(1 == j["waiting"].size());
  CHECK(1 == j["waiting"][0]["id"]);
}

TEST_CASE("review: a journal of the previous schema opens, keeps every row and gains the new fields") {
  Sandbox s;
  {
    // What microask 0.1 left: schema 3, two requests, an entry with a prediction.
    auto old = microask::Journal::open_at_version_for_test(s.db(), 3);
    old.database_for_test().exec(
        "INSERT INTO requests (id, uid, text, lang, concrete, reversible, low_cost, status, created_utc, "
        "created_offset) VALUES (1, '0123456789abcdef0123456789abcdef', 'Ask Tom for a pen', 'en', 'pass', 'pass', "
        "'pass', 'done', 1795600000, 0), (2, '1123456789abcdef0123456789abcdef', 'Ask Ana for a pen', 'en', 'pass', "
        "'pass', 'pass', 'planned', 1795600000, 0)");
    old.database_for_test().exec(
        "INSERT INTO entries (uid, request_id, asked_utc, asked_offset, local_day, stress, response, "
        "expected_stress, expected_response) VALUES ('a123456789abcdef0123456789abcdef', 1, 1795600000, 0, "
        "20782, 3, 'yes', 7, 'no')");
  }
  // Read first: an old journal is read as it is (no migration on a read).
  auto j = json::parse(ok(s, {"stats", "--json"}).out);
  CHECK(1 == j["totals"]["requests"]);
  CHECK(4.0 == j["totals"]["predictions"]["mean_gap"]);
  CHECK("3" == s.query("PRAGMA user_version"));
  // The first write migrates it: every row is there, with the new fields.
  ok(s, {"log", "2", "-s", "2", "-r", "yes", "--lesson", "Easy"});
  CHECK(std::to_string(microask::Journal::schema_version) == s.query("PRAGMA user_version"));
  CHECK(2 == s.count("requests"));
  CHECK(2 == s.count("entries"));
  j = json::parse(ok(s, {"stats", "--json"}).out);
  CHECK(2 == j["totals"]["requests"]);
  CHECK(1 == j["totals"]["predictions"]["count"]);
  CHECK(1 == j["totals"]["predictions"]["lower"]);
  const auto entries = json::parse(ok(s, {"log", "--json"}).out);
  CHECK("Easy" == entries[0]["lesson"]);
  CHECK(entries[1]["lesson"].is_null());
  CHECK(7 == entries[1]["expected_stress"]);
}
