#include "microask/stats.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace microask {
namespace {

struct WeekSums {
  std::int64_t requests = 0;
  std::int64_t yes = 0, no = 0, discussion = 0;
  std::int64_t stress_sum = 0;
  std::int64_t expected_count = 0;
  std::int64_t expected_sum = 0;

  void add(const DayTotals& d) {
    requests += d.requests;
    yes += d.yes;
    no += d.no;
    discussion += d.discussion;
    stress_sum += d.stress_sum;
    expected_count += d.expected_count;
    expected_sum += d.expected_sum;
  }
};

std::optional<double> mean(std::int64_t sum, std::int64_t count) {
  if (count <= 0) return std::nullopt;
  return static_cast<double>(sum) / static_cast<double>(count);
}

// Entry-weighted mean felt stress over a run of active weeks.
template <typename It>
std::optional<double> stress_mean_of(It first, It last) {
  std::int64_t sum = 0, count = 0;
  for (; first != last; ++first) {
    sum += first->second.stress_sum;
    count += first->second.requests;
  }
  return mean(sum, count);
}

}  // namespace

WeeklyStats weekly_stats(std::span<const DayTotals> days, std::int64_t today, WeekStart ws,
                         std::optional<int> weeks) {
  if (weeks && *weeks < 1) throw std::invalid_argument("weekly_stats: weeks must be at least 1");

  // Every week of the journal, future ones (clock skew) included: the totals cover them all.
  std::map<std::int64_t, WeekSums> by_week;
  for (const DayTotals& d : days) by_week[week_start_day(d.day, ws)].add(d);

  const std::int64_t current = week_start_day(today, ws);
  std::int64_t first = current;
  if (weeks) {
    first = current - 7 * static_cast<std::int64_t>(*weeks - 1);
  } else {
    const auto active = std::find_if(by_week.begin(), by_week.end(),
                                     [](const auto& w) { return w.second.requests > 0; });
    if (active != by_week.end()) first = std::min(active->first, current);
  }

  WeeklyStats out;
  out.week_start = ws;
  out.weeks.reserve(static_cast<std::size_t>((current - first) / 7 + 1));
  for (std::int64_t start = first; start <= current; start += 7) {
    WeekRow row;
    row.start = start;
    row.end = start + 6;
    row.label = week_label(start, ws);
    if (const auto it = by_week.find(start); it != by_week.end()) {
      const WeekSums& w = it->second;
      row.requests = w.requests;
      row.yes = w.yes;
      row.no = w.no;
      row.discussion = w.discussion;
      row.stress_mean = mean(w.stress_sum, w.requests);
      row.expected_stress_mean = mean(w.expected_sum, w.expected_count);
    }
    out.weeks.push_back(std::move(row));
  }

  // Totals over the whole journal.
  StatsTotals& t = out.totals;
  std::vector<std::pair<std::int64_t, WeekSums>> active;  // oldest first
  for (const auto& [start, w] : by_week) {
    t.requests += w.requests;
    t.yes += w.yes;
    t.no += w.no;
    t.discussion += w.discussion;
    if (w.requests > 0) active.emplace_back(start, w);
  }
  t.active_weeks = static_cast<std::int64_t>(active.size());

  auto has_requests = [&](std::int64_t start) {
    const auto it = by_week.find(start);
    return it != by_week.end() && it->second.requests > 0;
  };
  // The streak is not broken by a current week that has no request yet.
  std::int64_t week = has_requests(current) ? current : current - 7;
  while (has_requests(week)) {
    ++t.streak_weeks;
    week -= 7;
  }

  // With fewer than eight active weeks, the first four and the last four overlap.
  const auto n = static_cast<std::ptrdiff_t>(std::min<std::size_t>(4, active.size()));
  t.stress_mean = stress_mean_of(active.begin(), active.end());
  t.first_stress_mean = stress_mean_of(active.begin(), active.begin() + n);
  t.last_stress_mean = stress_mean_of(active.end() - n, active.end());
  return out;
}

}  // namespace microask
