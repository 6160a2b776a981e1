// The ladder: the level of request to offer next, following the stress felt. It starts at 1;
// three requests logged at the current level with a mean felt stress of 4 or less move it
// one up, three with a mean of 7 or more one down. Only requests at the current level count,
// from the moment it became current.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

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
  friend bool operator==(const LadderMove&, const LadderMove&) = default;
};

struct Ladder {
  int level = lowest_level;
  std::optional<LadderMove> last_move;  // none: at level 1 since the start
  int count = 0;  // requests logged at this level since it became current (window: the last 3)
  std::optional<double> mean;  // felt stress of the last min(count, ladder_window) of them
  // Their felt stresses, oldest first: with the rest, all `climb_from` needs to go on.
  std::vector<int> window;
  friend bool operator==(const Ladder&, const Ladder&) = default;
};

// The ladder `from` goes on to after `steps` (logged after everything `from` saw), oldest
// first. `from` must be a ladder `climb_from` made (or Ladder{}): see ladder_consistent.
// (Not `advance`: with a std::span argument, ADL would find std::advance.)
Ladder climb_from(Ladder from, std::span<const LadderStep> steps);

// The ladder after `steps`, oldest first: climb_from(Ladder{}, steps).
Ladder climb(std::span<const LadderStep> steps);

// The mean of a window as Ladder::mean gives it (none for an empty window).
std::optional<double> window_mean(std::span<const int> window);

// Whether `l` is a ladder `climb_from` can make: levels in range, a window of min(count,
// ladder_window) stresses from 0 to 10 and the mean it gives, a last move one level to the
// current one. A saved ladder that is not is not to be continued.
bool ladder_consistent(const Ladder& l);

// The level an entry counts at: its request's, or for a request older than the ladder (no
// level) the level the checker's findings suggest for its text (suggested_level).
int counted_level(std::optional<int> request_level, std::string_view request_text);

// A key of the rules a ladder is computed with: the constants above, counted_level (the
// catalogue, its settings' words, the checker), and the order the journal walks its entries
// in. A hash of their sources, made by the build (src/ladder_rules.cmake): a ladder saved
// under another key was computed by another build and is computed again, not trusted.
std::string_view ladder_rules();

}  // namespace microask
