#include "microask/ladder.hpp"

#include <algorithm>
#include <deque>
#include <numeric>

namespace microask {

Ladder climb(std::span<const LadderStep> steps) {
  Ladder ladder;
  std::deque<int> window;  // felt stress of the last requests at the current level
  for (const LadderStep& s : steps) {
    if (s.level != ladder.level) continue;
    ++ladder.count;
    window.push_back(s.stress);
    if (window.size() > static_cast<std::size_t>(ladder_window)) window.pop_front();
    const double mean = std::accumulate(window.begin(), window.end(), 0.0) / static_cast<double>(window.size());
    ladder.mean = mean;
    if (window.size() < static_cast<std::size_t>(ladder_window)) continue;
    int to = ladder.level;
    if (mean <= ladder_calm_mean) to = std::min(highest_level, ladder.level + 1);
    else if (mean >= ladder_hard_mean) to = std::max(lowest_level, ladder.level - 1);
    if (to == ladder.level) continue;
    ladder.last_move = LadderMove{s.asked_at, ladder.level, to, mean};
    ladder = Ladder{to, ladder.last_move, 0, std::nullopt};
    window.clear();
  }
  return ladder;
}

}  // namespace microask
