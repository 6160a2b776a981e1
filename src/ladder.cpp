#include "microask/ladder.hpp"

#include <algorithm>
#include <numeric>

#include "microask/criteria.hpp"

namespace microask {

std::optional<double> window_mean(std::span<const int> window) {
  if (window.empty()) return std::nullopt;
  return std::accumulate(window.begin(), window.end(), 0.0) / static_cast<double>(window.size());
}

Ladder climb_from(Ladder ladder, std::span<const LadderStep> steps) {
  for (const LadderStep& s : steps) {
    if (s.level != ladder.level) continue;
    ++ladder.count;
    ladder.window.push_back(s.stress);
    if (ladder.window.size() > static_cast<std::size_t>(ladder_window)) ladder.window.erase(ladder.window.begin());
    const double mean = *window_mean(ladder.window);
    ladder.mean = mean;
    if (ladder.window.size() < static_cast<std::size_t>(ladder_window)) continue;
    int to = ladder.level;
    if (mean <= ladder_calm_mean) to = std::min(highest_level, ladder.level + 1);
    else if (mean >= ladder_hard_mean) to = std::max(lowest_level, ladder.level - 1);
    if (to == ladder.level) continue;
    ladder = Ladder{to, LadderMove{s.asked_at, ladder.level, to, mean}, 0, std::nullopt, {}};
  }
  return ladder;
}

Ladder climb(std::span<const LadderStep> steps) { return climb_from(Ladder{}, steps); }

bool ladder_consistent(const Ladder& l) {
  const auto in_range = [](int level) { return level >= lowest_level && level <= highest_level; };
  if (!in_range(l.level) || l.count < 0) return false;
  if (l.window.size() != static_cast<std::size_t>(std::min(l.count, ladder_window))) return false;
  if (std::any_of(l.window.begin(), l.window.end(), [](int s) { return s < 0 || s > 10; })) return false;
  if (l.mean != window_mean(l.window)) return false;
  if (l.last_move) {
    const LadderMove& m = *l.last_move;
    if (!in_range(m.from) || m.to != l.level || (m.from != m.to + 1 && m.from != m.to - 1)) return false;
  }
  return true;
}

int counted_level(std::optional<int> request_level, std::string_view request_text) {
  return request_level ? *request_level : suggested_level(assess(request_text));
}

}  // namespace microask
