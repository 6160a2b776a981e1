// The ladder: three requests at the current level move it, calm ones up, hard ones down.
#include <doctest/doctest.h>

#include <random>
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

TEST_CASE("climb_from goes on from any point exactly as climb over the whole history") {
  // Random histories (fixed seed) whose levels often follow the ladder, split at every point.
  std::mt19937_64 rng(20261202);
  for (int run = 0; run < 200; ++run) {
    std::vector<LadderStep> s;
    std::int64_t t = 1'790'000'000;
    for (int i = 0; i < 40; ++i) {
      const int level = rng() % 3 == 0 ? static_cast<int>(rng() % 5) + 1 : climb(s).level;
      const int stress = rng() % 2 == 0 ? static_cast<int>(rng() % 5) : static_cast<int>(rng() % 4) + 7;
      s.push_back(LadderStep{Instant{t += 60, 0}, level, stress});
    }
    const Ladder whole = climb(s);
    CHECK(ladder_consistent(whole));
    for (std::size_t at = 0; at <= s.size(); ++at) {
      const Ladder first = climb(std::span(s).first(at));
      CHECK(ladder_consistent(first));
      CHECK(climb_from(first, std::span(s).subspan(at)) == whole);
    }
  }
}

TEST_CASE("the window holds the felt stresses the mean is taken over") {
  const Ladder l = climb(steps({{1, 8}, {1, 3}, {1, 2}, {1, 9}}));  // 4.33, then 4.67: no move
  CHECK(l.window == std::vector<int>{3, 2, 9});
  CHECK(l.count == 4);
  CHECK(l.mean == window_mean(l.window));
  CHECK(climb(steps({{1, 1}, {1, 1}, {1, 1}})).window.empty());  // moved: counting starts again
  CHECK_FALSE(window_mean({}).has_value());
}

TEST_CASE("a ladder climb_from cannot make is not consistent") {
  Ladder l = climb(steps({{1, 1}, {1, 1}, {1, 1}, {2, 5}}));
  REQUIRE(ladder_consistent(l));
  Ladder bad = l;
  bad.window = {5, 5};  // count 1
  CHECK_FALSE(ladder_consistent(bad));
  bad = l;
  bad.level = 6;
  CHECK_FALSE(ladder_consistent(bad));
  bad = l;
  bad.last_move->to = 3;  // not where it stands
  CHECK_FALSE(ladder_consistent(bad));
  bad = l;
  bad.window = {11};
  bad.mean = 11;
  CHECK_FALSE(ladder_consistent(bad));
}

TEST_CASE("the rules' key is a fixed hash of this build") {
  CHECK(ladder_rules().size() == 16);
  CHECK(ladder_rules().find_first_not_of("0123456789abcdef") == std::string_view::npos);
}

}  // namespace microask
