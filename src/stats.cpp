#include "microask/stats.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace microask {
namespace {

// The sums of a run of days, from which every figure is taken.
struct Sums {
  std::int64_t requests = 0, yes = 0, no = 0, discussion = 0, stress_sum = 0;
  std::int64_t expected_count = 0, expected_sum = 0, predicted_stress_sum = 0;
  std::int64_t lower = 0, equal = 0, higher = 0, gap_sum = 0;
  std::int64_t expected_no = 0, expected_no_got_yes = 0, expected_no_got_no = 0;

  void add(const DayTotals& d) {
    requests += d.requests, yes += d.yes, no += d.no, discussion += d.discussion, stress_sum += d.stress_sum;
    expected_count += d.expected_count, expected_sum += d.expected_sum;
    predicted_stress_sum += d.predicted_stress_sum;
    lower += d.lower, equal += d.equal, higher += d.higher, gap_sum += d.gap_sum;
    expected_no += d.expected_no, expected_no_got_yes += d.expected_no_got_yes;
    expected_no_got_no += d.expected_no_got_no;
  }
  void add(const Sums& s) {
    requests += s.requests, yes += s.yes, no += s.no, discussion += s.discussion, stress_sum += s.stress_sum;
    expected_count += s.expected_count, expected_sum += s.expected_sum;
    predicted_stress_sum += s.predicted_stress_sum;
    lower += s.lower, equal += s.equal, higher += s.higher, gap_sum += s.gap_sum;
    expected_no += s.expected_no, expected_no_got_yes += s.expected_no_got_yes;
    expected_no_got_no += s.expected_no_got_no;
  }
};

std::optional<double> mean(std::int64_t sum, std::int64_t count) {
  if (count <= 0) return std::nullopt;
  return static_cast<double>(sum) / static_cast<double>(count);
}

constexpr double steady_band = 0.5;  // a trend is a change of at least half a point

// The week's figures, from its sums.
WeekRow row_of(std::int64_t start, WeekStart ws, const Sums& w) {
  WeekRow row;
  row.start = start;
  row.end = start + 6;
  row.label = week_label(start, ws);
  row.requests = w.requests;
  row.yes = w.yes;
  row.no = w.no;
  row.discussion = w.discussion;
  row.stress_mean = mean(w.stress_sum, w.requests);
  row.predicted = w.expected_count;
  row.predicted_stress_mean = mean(w.predicted_stress_sum, w.expected_count);
  row.expected_stress_mean = mean(w.expected_sum, w.expected_count);
  return row;
}

// `weeks`: the sums of consecutive weeks (start -> sums), every week from the first to
// `current` present, oldest first. The streak counts back from `current`.
StatsTotals totals_of(const std::map<std::int64_t, Sums>& weeks, std::int64_t current, std::optional<int> goal) {
  StatsTotals t;
  Sums all;
  std::vector<const Sums*> active;
  for (const auto& [start, w] : weeks) {
    all.add(w);
    if (w.requests > 0) active.push_back(&w);
  }
  t.requests = all.requests;
  t.yes = all.yes;
  t.no = all.no;
  t.discussion = all.discussion;
  t.yes_rate = mean(all.yes, all.requests);
  t.active_weeks = static_cast<std::int64_t>(active.size());
  t.stress_mean = mean(all.stress_sum, all.requests);
  t.predicted = all.expected_count;
  t.predicted_stress_mean = mean(all.predicted_stress_sum, all.expected_count);
  t.expected_stress_mean = mean(all.expected_sum, all.expected_count);
  t.predictions = {all.expected_count, all.lower, all.equal, all.higher, mean(all.gap_sum, all.expected_count),
                   all.expected_no, all.expected_no_got_yes, all.expected_no_got_no};

  const auto counts = [&](const Sums& w) { return goal ? w.requests >= *goal : w.requests > 0; };
  std::int64_t run = 0;
  for (const auto& [start, w] : weeks) {
    if (start > current) break;
    run = counts(w) ? run + 1 : 0;
    t.best_streak = std::max(t.best_streak, run);
    if (goal && counts(w)) ++t.goal_met_weeks;
  }
  // The current week that has not met it yet does not break the streak: it ends last week.
  const auto at = weeks.find(current);
  const bool current_counts = at != weeks.end() && counts(at->second);
  for (std::int64_t week = current_counts ? current : current - 7;; week -= 7) {
    const auto it = weeks.find(week);
    if (it == weeks.end() || !counts(it->second)) break;
    ++t.streak;
  }

  if (active.size() >= 2) {
    const std::size_t half = active.size() / 2;
    Sums first, second;
    for (std::size_t i = 0; i < half; ++i) first.add(*active[i]);
    for (std::size_t i = active.size() - half; i < active.size(); ++i) second.add(*active[i]);
    t.first_half_stress_mean = mean(first.stress_sum, first.requests);
    t.second_half_stress_mean = mean(second.stress_sum, second.requests);
    const double change = *t.second_half_stress_mean - *t.first_half_stress_mean;
    t.trend = change <= -steady_band ? Trend::down : change >= steady_band ? Trend::up : Trend::steady;
  }
  return t;
}

}  // namespace

WeeklyStats weekly_stats(std::span<const DayTotals> days, std::int64_t today, WeekStart ws,
                         std::optional<int> weeks, std::optional<int> goal) {
  if (weeks && *weeks < 1) throw std::invalid_argument("weekly_stats: weeks must be at least 1");

  // Every week of the journal, future ones (clock skew) included.
  std::map<std::int64_t, Sums> by_week;
  for (const DayTotals& d : days) by_week[week_start_day(d.day, ws)].add(d);

  const std::int64_t current = week_start_day(today, ws);
  std::int64_t first = current;
  if (weeks) {
    first = current - 7 * static_cast<std::int64_t>(*weeks - 1);
  } else {
    const auto active = std::find_if(by_week.begin(), by_week.end(), [](const auto& w) { return w.second.requests > 0; });
    if (active != by_week.end()) first = std::min(active->first, current);
  }

  WeeklyStats out;
  out.week_start = ws;
  out.goal = goal;
  std::map<std::int64_t, Sums> shown;
  out.weeks.reserve(static_cast<std::size_t>((current - first) / 7 + 1));
  for (std::int64_t start = first; start <= current; start += 7) {
    const auto it = by_week.find(start);
    const Sums w = it == by_week.end() ? Sums{} : it->second;
    shown.emplace(start, w);
    WeekRow row = row_of(start, ws, w);
    row.partial = start == current;
    if (goal) row.goal_met = w.requests >= *goal;
    out.weeks.push_back(std::move(row));
  }
  out.totals = totals_of(shown, current, goal);

  // The whole journal: every week from the first one on, gaps included, so that streaks
  // see the gaps.
  std::map<std::int64_t, Sums> every = by_week;
  if (!every.empty())
    for (std::int64_t start = every.begin()->first; start <= std::max(current, every.rbegin()->first); start += 7)
      every.try_emplace(start);
  out.all_time = totals_of(every, current, goal);
  return out;
}

}  // namespace microask
