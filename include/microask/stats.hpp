// Weekly aggregation as pure functions over per-day totals.
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
  friend bool operator==(const DayTotals&, const DayTotals&) = default;
};

struct WeekRow {
  std::int64_t start = 0;  // day number of the week's first day
  std::int64_t end = 0;    // day number of its last day (start + 6)
  std::string label;       // week_label(start, week_start)
  std::int64_t requests = 0;
  std::int64_t yes = 0, no = 0, discussion = 0;
  std::optional<double> stress_mean;           // nullopt when no request that week
  std::optional<double> expected_stress_mean;  // nullopt when no prediction that week
};

struct StatsTotals {
  std::int64_t requests = 0;  // every request made, whatever the answer
  std::int64_t yes = 0, no = 0, discussion = 0;
  std::int64_t active_weeks = 0;
  // Consecutive weeks with at least one request, ending at the current week (or at the
  // previous week when the current one has none yet: the streak is not broken mid-week).
  std::int64_t streak_weeks = 0;
  std::optional<double> stress_mean;  // mean felt stress over every entry; nullopt when none
  // Mean felt stress over the first four and the last four active weeks (entry-weighted).
  // Each covers min(4, active_weeks) weeks, so with fewer than eight active weeks they overlap;
  // nullopt when there is no active week.
  std::optional<double> first_stress_mean;
  std::optional<double> last_stress_mean;
};

struct WeeklyStats {
  WeekStart week_start = WeekStart::monday;
  std::vector<WeekRow> weeks;  // oldest first, empty weeks included as zeros
  StatsTotals totals;          // over the whole journal, not only the weeks shown
};

// `days` sorted by day, one element per day at most. `today` is the current local day.
// weeks = N shows the current week and the N-1 before it; nullopt shows from the week of
// the first day with requests (or the current week when there is none) to the current one.
// weeks < 1 throws std::invalid_argument. Days after `today` (clock skew) count in the
// totals, but the rows stop at the current week.
WeeklyStats weekly_stats(std::span<const DayTotals> days, std::int64_t today, WeekStart ws,
                         std::optional<int> weeks);

}  // namespace microask
