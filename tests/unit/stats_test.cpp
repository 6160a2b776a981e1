#include "microask/stats.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <vector>

using namespace microask;

namespace {

std::int64_t day_of(int y, int m, int d) { return days_from_civil(CivilDate{y, m, d}); }

// Thursday 26 November 2026: week 2026-W48 (Monday 23), or the Sunday week of the 22nd.
const std::int64_t today = day_of(2026, 11, 26);

// One day's totals with `n` requests of the given stress, all answered yes.
DayTotals day(std::int64_t d, std::int64_t n = 1, std::int64_t stress = 5) {
  DayTotals t;
  t.day = d;
  t.requests = n;
  t.yes = n;
  t.stress_sum = n * stress;
  return t;
}

std::vector<std::string> labels(const WeeklyStats& s) {
  std::vector<std::string> out;
  for (const WeekRow& r : s.weeks) out.push_back(r.label);
  return out;
}

}  // namespace

TEST_CASE("an empty journal: zero rows for the weeks asked, null means") {
  const WeeklyStats s = weekly_stats({}, today, WeekStart::monday, 8);
  CHECK(WeekStart::monday == s.week_start);
  REQUIRE(8 == s.weeks.size());
  CHECK(std::vector<std::string>{"2026-W41", "2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46",
                                 "2026-W47", "2026-W48"} == labels(s));
  CHECK(day_of(2026, 10, 5) == s.weeks.front().start);
  CHECK(day_of(2026, 10, 11) == s.weeks.front().end);
  CHECK(day_of(2026, 11, 23) == s.weeks.back().start);
  CHECK(day_of(2026, 11, 29) == s.weeks.back().end);
  for (const WeekRow& r : s.weeks) {
    CHECK(0 == r.requests);
    CHECK(0 == r.yes + r.no + r.discussion);
    CHECK(std::nullopt == r.stress_mean);
    CHECK(std::nullopt == r.expected_stress_mean);
  }
  CHECK(0 == s.totals.requests);
  CHECK(0 == s.totals.active_weeks);
  CHECK(0 == s.totals.streak);
  CHECK(0 == s.totals.best_streak);
  CHECK(std::nullopt == s.totals.yes_rate);
  CHECK(std::nullopt == s.totals.trend);
  CHECK(0 == s.totals.predictions.count);
  CHECK(std::nullopt == s.totals.predictions.mean_gap);
  CHECK(s.weeks.back().partial);
  CHECK_FALSE(s.weeks.front().partial);
  CHECK(std::nullopt == s.weeks.back().goal_met);
}

TEST_CASE("an empty journal with --all shows just the current week") {
  const WeeklyStats monday = weekly_stats({}, today, WeekStart::monday, std::nullopt);
  CHECK(std::vector<std::string>{"2026-W48"} == labels(monday));
  const WeeklyStats sunday = weekly_stats({}, today, WeekStart::sunday, std::nullopt);
  CHECK(std::vector<std::string>{"2026-11-22"} == labels(sunday));
  CHECK(day_of(2026, 11, 28) == sunday.weeks.front().end);
}

TEST_CASE("--weeks 1 is the current week only") {
  const DayTotals days[] = {day(today)};
  const WeeklyStats s = weekly_stats(days, today, WeekStart::monday, 1);
  REQUIRE(1 == s.weeks.size());
  CHECK(1 == s.weeks[0].requests);
}

TEST_CASE("weeks below 1 are a programming error") {
  CHECK_THROWS_AS(weekly_stats({}, today, WeekStart::monday, 0), std::invalid_argument);
  CHECK_THROWS_AS(weekly_stats({}, today, WeekStart::monday, -3), std::invalid_argument);
}

TEST_CASE("days fold into their week, counts and means") {
  DayTotals mon = day(day_of(2026, 11, 23), 2, 4);  // stress 4 and 4
  mon.yes = 1;
  mon.no = 1;
  mon.expected_count = 1;
  mon.expected_sum = 7;
  DayTotals thu = day(today, 1, 9);
  thu.yes = 0;
  thu.discussion = 1;
  thu.expected_count = 1;
  thu.expected_sum = 2;
  const DayTotals days[] = {mon, thu};
  const WeeklyStats s = weekly_stats(days, today, WeekStart::monday, 2);
  REQUIRE(2 == s.weeks.size());
  const WeekRow& w = s.weeks[1];
  CHECK("2026-W48" == w.label);
  CHECK(3 == w.requests);
  CHECK(1 == w.yes);
  CHECK(1 == w.no);
  CHECK(1 == w.discussion);
  CHECK(doctest::Approx(17.0 / 3.0) == *w.stress_mean);
  CHECK(doctest::Approx(4.5) == *w.expected_stress_mean);
  CHECK(0 == s.weeks[0].requests);
  CHECK(std::nullopt == s.weeks[0].stress_mean);
}

TEST_CASE("expected stress mean is null when no prediction that week, stress 0 is a real mean") {
  const DayTotals days[] = {day(today, 2, 0)};
  const WeeklyStats s = weekly_stats(days, today, WeekStart::monday, 1);
  CHECK(0.0 == *s.weeks[0].stress_mean);
  CHECK(std::nullopt == s.weeks[0].expected_stress_mean);
}

TEST_CASE("Monday and Sunday weeks cut between Sunday and Monday differently") {
  const DayTotals days[] = {day(day_of(2026, 11, 21), 1, 1),   // Saturday
                            day(day_of(2026, 11, 22), 1, 3),   // Sunday
                            day(day_of(2026, 11, 23), 1, 5)};  // Monday
  const WeeklyStats monday = weekly_stats(days, today, WeekStart::monday, 2);
  CHECK(std::vector<std::string>{"2026-W47", "2026-W48"} == labels(monday));
  CHECK(2 == monday.weeks[0].requests);  // Saturday and Sunday
  CHECK(1 == monday.weeks[1].requests);  // Monday
  CHECK(2.0 == *monday.weeks[0].stress_mean);
  const WeeklyStats sunday = weekly_stats(days, today, WeekStart::sunday, 2);
  CHECK(WeekStart::sunday == sunday.week_start);
  CHECK(std::vector<std::string>{"2026-11-15", "2026-11-22"} == labels(sunday));
  CHECK(1 == sunday.weeks[0].requests);  // Saturday
  CHECK(2 == sunday.weeks[1].requests);  // Sunday and Monday
  CHECK(4.0 == *sunday.weeks[1].stress_mean);
  CHECK(day_of(2026, 11, 28) == sunday.weeks[1].end);
}

TEST_CASE("week labels across the turn of a year with 53 ISO weeks") {
  const std::int64_t sat = day_of(2021, 1, 2);  // in 2020-W53
  const WeeklyStats monday = weekly_stats({}, sat, WeekStart::monday, 3);
  CHECK(std::vector<std::string>{"2020-W51", "2020-W52", "2020-W53"} == labels(monday));
  const WeeklyStats next = weekly_stats({}, day_of(2021, 1, 4), WeekStart::monday, 2);
  CHECK(std::vector<std::string>{"2020-W53", "2021-W01"} == labels(next));
  const WeeklyStats sunday = weekly_stats({}, sat, WeekStart::sunday, 3);
  CHECK(std::vector<std::string>{"2020-12-13", "2020-12-20", "2020-12-27"} == labels(sunday));
  const WeeklyStats turn = weekly_stats({}, day_of(2025, 1, 1), WeekStart::monday, 2);
  CHECK(std::vector<std::string>{"2024-W52", "2025-W01"} == labels(turn));
}

TEST_CASE("weeks before 1970 (negative day numbers) fold the same way") {
  const DayTotals days[] = {day(-1), day(-5)};  // Wednesday 31 and Saturday 27 December 1969
  const WeeklyStats s = weekly_stats(days, 3, WeekStart::monday, 2);  // today Sunday 4 January 1970
  CHECK(std::vector<std::string>{"1969-W52", "1970-W01"} == labels(s));
  CHECK(1 == s.weeks[0].requests);
  CHECK(1 == s.weeks[1].requests);
}

TEST_CASE("--all starts at the week of the first day with requests, gaps as zeros") {
  const DayTotals days[] = {day(day_of(2026, 10, 28)), day(day_of(2026, 11, 12)), day(today)};
  const WeeklyStats s = weekly_stats(days, today, WeekStart::monday, std::nullopt);
  CHECK(std::vector<std::string>{"2026-W44", "2026-W45", "2026-W46", "2026-W47", "2026-W48"} == labels(s));
  CHECK(1 == s.weeks[0].requests);
  CHECK(0 == s.weeks[1].requests);
  CHECK(1 == s.weeks[2].requests);
  CHECK(0 == s.weeks[3].requests);
  CHECK(1 == s.weeks[4].requests);
  CHECK(3 == s.totals.active_weeks);
}

TEST_CASE("--all ignores days that carry no request") {
  const DayTotals days[] = {day(day_of(2026, 9, 1), 0), day(day_of(2026, 11, 17))};
  const WeeklyStats s = weekly_stats(days, today, WeekStart::monday, std::nullopt);
  CHECK(std::vector<std::string>{"2026-W47", "2026-W48"} == labels(s));
  CHECK(1 == s.totals.active_weeks);
}

TEST_CASE("totals cover the weeks shown, all_time the whole journal") {
  DayTotals old = day(day_of(2025, 3, 3), 4, 6);
  old.yes = 1;
  old.no = 2;
  old.discussion = 1;
  const DayTotals days[] = {old, day(day_of(2026, 1, 5), 2), day(today, 1)};
  const WeeklyStats s = weekly_stats(days, today, WeekStart::monday, 1);
  REQUIRE(1 == s.weeks.size());
  CHECK(1 == s.weeks[0].requests);
  CHECK(1 == s.totals.requests);
  CHECK(1 == s.totals.yes);
  CHECK(1 == s.totals.active_weeks);
  CHECK(5.0 == *s.totals.stress_mean);
  CHECK(7 == s.all_time.requests);
  CHECK(4 == s.all_time.yes);
  CHECK(2 == s.all_time.no);
  CHECK(1 == s.all_time.discussion);
  CHECK(3 == s.all_time.active_weeks);
  CHECK(doctest::Approx((24.0 + 10 + 5) / 7) == *s.all_time.stress_mean);
  CHECK(doctest::Approx(4.0 / 7) == *s.all_time.yes_rate);
}

TEST_CASE("entries after today (clock skew) count in all_time, rows stop at the current week") {
  const DayTotals days[] = {day(today), day(day_of(2026, 11, 28)), day(day_of(2026, 12, 3), 2)};
  const WeeklyStats s = weekly_stats(days, today, WeekStart::monday, 2);
  CHECK(std::vector<std::string>{"2026-W47", "2026-W48"} == labels(s));
  CHECK(2 == s.weeks[1].requests);  // Saturday the 28th is still this week
  CHECK(2 == s.totals.requests);
  CHECK(4 == s.all_time.requests);
  CHECK(1 == s.all_time.streak);  // a future week does not extend the streak
  const DayTotals only_future[] = {day(day_of(2027, 1, 10))};
  const WeeklyStats all = weekly_stats(only_future, today, WeekStart::monday, std::nullopt);
  CHECK(std::vector<std::string>{"2026-W48"} == labels(all));
  CHECK(0 == all.totals.requests);
  CHECK(1 == all.all_time.requests);
}

TEST_CASE("streak: consecutive active weeks up to the current one") {
  const std::int64_t w48 = day_of(2026, 11, 23);
  SUBCASE("the current week active") {
    const DayTotals days[] = {day(w48 - 14), day(w48 - 7), day(w48)};
    CHECK(3 == weekly_stats(days, today, WeekStart::monday, 8).totals.streak);
  }
  SUBCASE("the current week not active yet: the streak ends last week") {
    const DayTotals days[] = {day(w48 - 21), day(w48 - 14), day(w48 - 7)};
    CHECK(3 == weekly_stats(days, today, WeekStart::monday, 8).totals.streak);
  }
  SUBCASE("a gap breaks it") {
    const DayTotals days[] = {day(w48 - 28), day(w48 - 21), day(w48 - 7), day(w48)};
    CHECK(2 == weekly_stats(days, today, WeekStart::monday, 8).totals.streak);
  }
  SUBCASE("nothing this week nor last week: no streak") {
    const DayTotals days[] = {day(w48 - 21), day(w48 - 14)};
    CHECK(0 == weekly_stats(days, today, WeekStart::monday, 8).totals.streak);
  }
  SUBCASE("only the current week") {
    const DayTotals days[] = {day(today)};
    CHECK(1 == weekly_stats(days, today, WeekStart::monday, 8).totals.streak);
  }
  SUBCASE("longer than the weeks shown: the weeks shown hold 4 of it, the journal 31") {
    std::vector<DayTotals> days;
    for (int k = 30; k >= 0; --k) days.push_back(day(w48 - 7 * k + 2));
    const WeeklyStats s = weekly_stats(days, today, WeekStart::monday, 4);
    CHECK(4 == s.totals.streak);
    CHECK(4 == s.totals.best_streak);
    CHECK(31 == s.all_time.streak);
    CHECK(31 == s.all_time.best_streak);
  }
  SUBCASE("Sunday weeks: Sunday the 22nd starts this week") {
    const DayTotals days[] = {day(day_of(2026, 11, 15)), day(day_of(2026, 11, 22))};
    CHECK(2 == weekly_stats(days, today, WeekStart::sunday, 8).totals.streak);
    // Monday weeks: the 15th is in W46, the 22nd in W47, and W48 has nothing yet.
    CHECK(2 == weekly_stats(days, today, WeekStart::monday, 8).totals.streak);
    const DayTotals sundays_apart[] = {day(day_of(2026, 11, 8)), day(day_of(2026, 11, 22))};
    CHECK(1 == weekly_stats(sundays_apart, today, WeekStart::sunday, 8).totals.streak);
    CHECK(1 == weekly_stats(sundays_apart, today, WeekStart::monday, 8).totals.streak);
  }
}

TEST_CASE("the trend: first half of the active weeks shown against the second, entry-weighted") {
  const std::int64_t w48 = day_of(2026, 11, 23);
  SUBCASE("from two active weeks on, said as down, steady or up by half a point") {
    const DayTotals down[] = {day(w48 - 7, 1, 7), day(w48, 1, 3)};
    const auto t = weekly_stats(down, today, WeekStart::monday, 8).totals;
    CHECK(7.0 == *t.first_half_stress_mean);
    CHECK(3.0 == *t.second_half_stress_mean);
    CHECK(Trend::down == t.trend);
    const DayTotals steady[] = {day(w48 - 7, 1, 4), day(w48, 2, 4)};
    CHECK(Trend::steady == weekly_stats(steady, today, WeekStart::monday, 8).totals.trend);
    DayTotals small = day(w48, 2, 4);
    small.stress_sum = 9;  // 4.5: up by half a point exactly
    const DayTotals up[] = {day(w48 - 7, 1, 4), small};
    CHECK(Trend::up == weekly_stats(up, today, WeekStart::monday, 8).totals.trend);
  }
  SUBCASE("one active week: no trend yet") {
    const DayTotals days[] = {day(w48, 2, 3)};
    const auto t = weekly_stats(days, today, WeekStart::monday, 8).totals;
    CHECK(std::nullopt == t.trend);
    CHECK(std::nullopt == t.first_half_stress_mean);
  }
  SUBCASE("an odd number of active weeks leaves the middle one out, gaps are not weeks") {
    const DayTotals days[] = {day(w48 - 35, 1, 10), day(w48 - 21, 3, 5), day(w48 - 7, 1, 2)};
    const auto t = weekly_stats(days, today, WeekStart::monday, 8).totals;
    CHECK(3 == t.active_weeks);
    CHECK(10.0 == *t.first_half_stress_mean);
    CHECK(2.0 == *t.second_half_stress_mean);
  }
  SUBCASE("weighted by entries, not by weeks") {
    const DayTotals days[] = {day(w48 - 21, 3, 8), day(w48 - 14, 1, 0), day(w48 - 7, 1, 2), day(w48, 1, 2)};
    const auto t = weekly_stats(days, today, WeekStart::monday, 8).totals;
    CHECK(6.0 == *t.first_half_stress_mean);  // (3 * 8 + 0) / 4
    CHECK(2.0 == *t.second_half_stress_mean);
  }
  SUBCASE("only the weeks shown count") {
    const DayTotals days[] = {day(w48 - 70, 5, 10), day(w48 - 7, 1, 4), day(w48, 1, 4)};
    const auto t = weekly_stats(days, today, WeekStart::monday, 4).totals;
    CHECK(Trend::steady == t.trend);
  }
}

TEST_CASE("felt and expected stress compare on the same entries") {
  // The week: felt 6 for 8 expected, felt 3 for 6 expected, and one unpredicted felt 1.
  DayTotals d = day(today, 3, 0);
  d.stress_sum = 6 + 3 + 1;
  d.expected_count = 2;
  d.expected_sum = 8 + 6;
  d.predicted_stress_sum = 6 + 3;
  d.lower = 2;
  d.gap_sum = (8 - 6) + (6 - 3);
  const DayTotals days[] = {d};
  const WeeklyStats s = weekly_stats(days, today, WeekStart::monday, 1);
  const WeekRow& w = s.weeks[0];
  CHECK(doctest::Approx(10.0 / 3) == *w.stress_mean);
  CHECK(2 == w.predicted);
  CHECK(4.5 == *w.predicted_stress_mean);
  CHECK(7.0 == *w.expected_stress_mean);
  CHECK(2 == s.totals.predictions.count);
  CHECK(2 == s.totals.predictions.lower);
  CHECK(2.5 == *s.totals.predictions.mean_gap);
  CHECK(4.5 == *s.totals.predicted_stress_mean);
}

TEST_CASE("predictions over the weeks shown: lower, equal, higher, the mean gap, the feared no") {
  const std::int64_t w48 = day_of(2026, 11, 23);
  DayTotals a = day(w48 - 7, 2, 3);
  a.expected_count = 2, a.expected_sum = 14, a.predicted_stress_sum = 6, a.lower = 1, a.higher = 1, a.gap_sum = 8;
  a.expected_no = 2, a.expected_no_got_yes = 1, a.expected_no_got_no = 1;
  DayTotals b = day(w48, 1, 5);
  b.expected_count = 1, b.expected_sum = 5, b.predicted_stress_sum = 5, b.equal = 1;
  const DayTotals old = [&] {
    DayTotals o = day(w48 - 70, 1, 9);
    o.expected_count = 1, o.expected_sum = 2, o.predicted_stress_sum = 9, o.higher = 1, o.gap_sum = -7;
    return o;
  }();
  const DayTotals days[] = {old, a, b};
  const auto s = weekly_stats(days, today, WeekStart::monday, 4);
  const auto& p = s.totals.predictions;
  CHECK(3 == p.count);
  CHECK(1 == p.lower);
  CHECK(1 == p.equal);
  CHECK(1 == p.higher);
  CHECK(doctest::Approx(8.0 / 3) == *p.mean_gap);
  CHECK(2 == p.expected_no);
  CHECK(1 == p.expected_no_got_yes);
  CHECK(1 == p.expected_no_got_no);
  CHECK(4 == s.all_time.predictions.count);
  CHECK(doctest::Approx(1.0 / 4) == *s.all_time.predictions.mean_gap);
}

TEST_CASE("a weekly goal: each week met or not, the streak counts weeks that met it") {
  const std::int64_t w48 = day_of(2026, 11, 23);
  const DayTotals days[] = {day(w48 - 28, 3), day(w48 - 21, 1), day(w48 - 14, 2), day(w48 - 7, 4), day(w48, 1)};
  const auto s = weekly_stats(days, today, WeekStart::monday, 5, 2);
  REQUIRE(5 == s.weeks.size());
  CHECK(2 == s.goal);
  CHECK(true == s.weeks[0].goal_met);
  CHECK(false == s.weeks[1].goal_met);
  CHECK(true == s.weeks[2].goal_met);
  CHECK(true == s.weeks[3].goal_met);
  CHECK(false == s.weeks[4].goal_met);  // this week, so far
  CHECK(s.weeks[4].partial);
  CHECK(3 == s.totals.goal_met_weeks);
  CHECK(2 == s.totals.streak);  // this week has not met it yet: the streak ends last week
  CHECK(2 == s.totals.best_streak);
  // Without a goal, every active week counts.
  const auto plain = weekly_stats(days, today, WeekStart::monday, 5);
  CHECK(5 == plain.totals.streak);
  CHECK(std::nullopt == plain.weeks[0].goal_met);
}

TEST_CASE("a week's mean is its stress sum over its requests") {
  DayTotals d = day(today, 3, 0);
  d.stress_sum = 10;
  const DayTotals days[] = {d};
  const WeeklyStats s = weekly_stats(days, today, WeekStart::monday, 1);
  CHECK(doctest::Approx(10.0 / 3.0) == *s.weeks[0].stress_mean);
}

TEST_CASE("the overall felt stress is entry-weighted over the weeks shown and over the journal") {
  const std::vector<DayTotals> days{day(day_of(2026, 1, 5), 1, 9), day(day_of(2026, 6, 1), 3, 1), day(today, 2, 4)};
  const WeeklyStats s = weekly_stats(days, today, WeekStart::monday, 2);
  CHECK(4.0 == *s.totals.stress_mean);
  CHECK(doctest::Approx(20.0 / 6) == *s.all_time.stress_mean);  // (9 + 3 * 1 + 2 * 4) / 6
  CHECK_FALSE(weekly_stats({}, today, WeekStart::monday, 2).totals.stress_mean.has_value());
}
