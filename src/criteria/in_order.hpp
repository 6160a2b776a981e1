// Two ascending lists of indices read as one, in order: the patterns indexed by the word they
// start with and those tried at every word (the checker's Matcher, the smaller requests' rows).
#pragma once

#include <cstddef>
#include <span>

namespace microask {

// Calls f(k) for each index of `a` and of `b`, ascending, until f returns true.
template <typename T, typename F>
void each_in_order(std::span<const T> a, std::span<const T> b, F&& f) {
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    const bool take_a = j >= b.size() || (i < a.size() && a[i] < b[j]);
    if (f(take_a ? a[i++] : b[j++])) return;
  }
}

}  // namespace microask
