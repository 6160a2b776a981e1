// The ladder: the level of request to offer next, following the stress felt. It starts at 1;
// three requests logged at the current level with a mean felt stress of 4 or less move it
// one up, three with a mean of 7 or more one down. Only requests at the current level count,
// from the moment it became current.
#pragma once

#include <optional>
#include <span>

#include "microask/calendar.hpp"
#include "microask/ideas.hpp"

namespace microask {

inline constexpr int ladder_window = 3;       // requests at a level before it may move
inline constexpr double ladder_calm_mean = 4;  // at most: one level up
inline constexpr double ladder_hard_mean = 7;  // at least: one level down

struct LadderStep {
  Instant asked_at;
  int level = lowest_level;  // of the request
  int stress = 0;            // felt
};

struct LadderMove {
  Instant at;  // the entry that moved it
  int from = lowest_level, to = lowest_level;
  double mean = 0;  // felt stress of the ladder_window requests that moved it
};

struct Ladder {
  int level = lowest_level;
  std::optional<LadderMove> last_move;  // none: at level 1 since the start
  int count = 0;  // requests logged at this level since it became current (window: the last 3)
  std::optional<double> mean;  // felt stress of the last min(count, ladder_window) of them
};

// The ladder after `steps`, oldest first.
Ladder climb(std::span<const LadderStep> steps);

}  // namespace microask
