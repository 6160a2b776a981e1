// The ladder: three requests at the current level move it, calm ones up, hard ones down.
#include <doctest/doctest.h>

#include <vector>

#include "microask/ladder.hpp"

namespace microask {
namespace {

// Steps a minute apart, at the levels and felt stresses given.
std::vector<LadderStep> steps(std::initializer_list<std::pair<int, int>> level_stress) {
  std::vector<LadderStep> out;
  std::int64_t t = 1'790'000'000;
  for (const auto& [level, stress] : level_stress) out.push_back(LadderStep{Instant{t += 60, 3600}, level, stress});
  return out;
}

}  // namespace

TEST_CASE("the ladder starts at level 1 with nothing logged") {
  const Ladder l = climb({});
  CHECK(l.level == 1);
  CHECK_FALSE(l.last_move);
  CHECK(l.count == 0);
  CHECK_FALSE(l.mean);
}

TEST_CASE("three calm requests at the current level move it one up, from the third") {
  const auto s = steps({{1, 2}, {1, 4}, {1, 3}});
  CHECK(climb(std::span(s).first(2)).level == 1);
  const Ladder l = climb(s);
  CHECK(l.level == 2);
  REQUIRE(l.last_move);
  CHECK(l.last_move->from == 1);
  CHECK(l.last_move->to == 2);
  CHECK(l.last_move->at.utc == s[2].asked_at.utc);
  CHECK(l.last_move->mean == doctest::Approx(3.0));
  CHECK(l.count == 0);  // counting starts again at the new level
}

TEST_CASE("the bounds are inclusive: a mean of 4 moves up, a mean of 7 moves down") {
  CHECK(climb(steps({{1, 4}, {1, 4}, {1, 4}})).level == 2);
  CHECK(climb(steps({{1, 5}, {1, 4}, {1, 4}})).level == 1);  // 4.33
  CHECK(climb(steps({{1, 0}, {1, 0}, {1, 0}, {2, 7}, {2, 7}, {2, 7}})).level == 1);
  CHECK(climb(steps({{1, 0}, {1, 0}, {1, 0}, {2, 7}, {2, 7}, {2, 6}})).level == 2);  // 6.67
}

TEST_CASE("three hard requests at a level move it one down, never below 1") {
  const auto s = steps({{1, 1}, {1, 1}, {1, 1}, {2, 8}, {2, 9}, {2, 7}});
  const Ladder l = climb(s);
  CHECK(l.level == 1);
  REQUIRE(l.last_move);
  CHECK(l.last_move->from == 2);
  CHECK(l.last_move->mean == doctest::Approx(8.0));
  CHECK(climb(steps({{1, 9}, {1, 9}, {1, 9}})).level == 1);
  CHECK_FALSE(climb(steps({{1, 9}, {1, 9}, {1, 9}})).last_move);
}

TEST_CASE("the window slides: the last three at the level decide") {
  // 8, 3, 2: mean 4.33, no move; then 3: the last three are 3, 2, 3.
  const auto s = steps({{1, 8}, {1, 3}, {1, 2}, {1, 3}});
  CHECK(climb(std::span(s).first(3)).level == 1);
  CHECK(climb(std::span(s).first(3)).count == 3);
  CHECK(climb(std::span(s).first(3)).mean == doctest::Approx(13.0 / 3));
  CHECK(climb(s).level == 2);
}

TEST_CASE("requests at other levels than the current one do not count") {
  const Ladder l = climb(steps({{3, 0}, {3, 0}, {3, 0}, {1, 2}, {5, 9}, {1, 2}}));
  CHECK(l.level == 1);
  CHECK(l.count == 2);
  CHECK(l.mean == doctest::Approx(2.0));
}

TEST_CASE("the ladder goes up level by level and stays at 5") {
  std::vector<std::pair<int, int>> all;
  for (int level = 1; level <= 5; ++level)
    for (int i = 0; i < 3; ++i) all.push_back({level, 1});
  std::vector<LadderStep> s;
  std::int64_t t = 1'790'000'000;
  for (const auto& [level, stress] : all) s.push_back(LadderStep{Instant{t += 60, 0}, level, stress});
  const Ladder l = climb(s);
  CHECK(l.level == 5);
  REQUIRE(l.last_move);
  CHECK(l.last_move->from == 4);   // the three calm ones at 5 moved nothing
  CHECK(l.count == 3);
}

}  // namespace microask
