// Weekly aggregation as pure functions over per-day totals. Every figure says what it is
// taken over: a mean compared with another covers the same entries, and a total covers
// the weeks it is shown with.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "microask/calendar.hpp"

namespace microask {

// What the journal keeps per local day (maintained in the same transaction as entries).
struct DayTotals {
  std::int64_t day = 0;  // local day number, see calendar.hpp
  std::int64_t requests = 0;
  std::int64_t yes = 0, no = 0, discussion = 0;
  std::int64_t stress_sum = 0;
  std::int64_t expected_count = 0;  // entries with an expected stress
  std::int64_t expected_sum = 0;
  // Over those same entries: their felt stress, how it compares with the expected one, and
  // the signed gap expected - felt; then the entries that expected a no, and what came.
  std::int64_t predicted_stress_sum = 0;
  std::int64_t lower = 0, equal = 0, higher = 0;
  std::int64_t gap_sum = 0;
  std::int64_t expected_no = 0, expected_no_got_yes = 0, expected_no_got_no = 0;
  friend bool operator==(const DayTotals&, const DayTotals&) = default;
};

struct WeekRow {
  std::int64_t start = 0;  // day number of the week's first day
  std::int64_t end = 0;    // day number of its last day (start + 6)
  std::string label;       // week_label(start, week_start)
  std::int64_t requests = 0;
  std::int64_t yes = 0, no = 0, discussion = 0;
  std::optional<double> stress_mean;  // felt, over every entry; nullopt when none
  // Felt against expected on the same entries: those that carry an expected stress.
  std::int64_t predicted = 0;
  std::optional<double> predicted_stress_mean;  // felt, over them; nullopt when none
  std::optional<double> expected_stress_mean;   // expected, over them; nullopt when none
  bool partial = false;            // the current week: not over yet
  std::optional<bool> goal_met;    // with a goal: at least that many requests
};

// What predictions taught over some weeks: the entries with an expected stress, whether felt
// stress came out lower, equal or higher, and the mean of expected - felt (above 0: less
// stress than feared); then the entries that expected a no and what they got.
struct PredictionTotals {
  std::int64_t count = 0, lower = 0, equal = 0, higher = 0;
  std::optional<double> mean_gap;
  std::int64_t expected_no = 0, expected_no_got_yes = 0, expected_no_got_no = 0;
};

// Felt stress in the second half of the active weeks against the first: down or up by at
// least half a point, else steady.
enum class Trend { down, steady, up };

// Figures over a run of weeks (the weeks shown, or the whole journal).
struct StatsTotals {
  std::int64_t requests = 0;  // every request made, whatever the answer
  std::int64_t yes = 0, no = 0, discussion = 0;
  std::optional<double> yes_rate;  // yes / requests; nullopt when none
  std::int64_t active_weeks = 0;   // weeks with at least one request
  std::optional<double> stress_mean;  // felt, over every entry
  std::int64_t predicted = 0;
  std::optional<double> predicted_stress_mean, expected_stress_mean;  // on the same entries
  PredictionTotals predictions;
  // Consecutive weeks meeting the goal (with no goal: with at least one request), ending at
  // the current week, or at the previous one while the current week has not met it yet (a
  // streak is not broken mid-week); and the longest such run.
  std::int64_t streak = 0, best_streak = 0;
  std::int64_t goal_met_weeks = 0;  // with a goal
  // From two active weeks on: the entry-weighted felt stress of the first half of the active
  // weeks and of the second half (the middle one left out when their number is odd).
  std::optional<double> first_half_stress_mean, second_half_stress_mean;
  std::optional<Trend> trend;
};

struct WeeklyStats {
  WeekStart week_start = WeekStart::monday;
  std::optional<int> goal;     // requests per week
  std::vector<WeekRow> weeks;  // oldest first, empty weeks included as zeros
  StatsTotals totals;          // over the weeks shown
  StatsTotals all_time;        // over the whole journal (future days included)
};

// `days` sorted by day, one element per day at most. `today` is the current local day.
// weeks = N shows the current week and the N-1 before it; nullopt shows from the week of
// the first day with requests (or the current week when there is none) to the current one.
// weeks < 1 throws std::invalid_argument. Days after `today` (clock skew) count in
// all_time, but the rows stop at the current week.
WeeklyStats weekly_stats(std::span<const DayTotals> days, std::int64_t today, WeekStart ws,
                         std::optional<int> weeks, std::optional<int> goal = std::nullopt);

}  // namespace microask
