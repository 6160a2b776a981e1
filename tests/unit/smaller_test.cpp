// Smaller versions of failing requests (microask/smaller.hpp).
#include <doctest/doctest.h>

#include "microask/smaller.hpp"

using namespace microask;

TEST_CASE("a passing request has no smaller version") {
  CHECK(smaller_requests("Ask the barista for a glass of water").empty());
}
