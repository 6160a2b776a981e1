// Smaller versions of a failing request: complete rewritten requests that themselves pass
// all three criteria by the checker (criteria.hpp). "How to make it smaller" answered with
// requests one can make, not with advice.
//
// The stage reads only what assess() returns (reasons, suggestions, addressee) and the text;
// its word lists per language live in src/criteria/smaller_words.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "microask/criteria.hpp"

namespace microask {

// Up to 3 rewritten requests for `text`, best first: the ones that keep most of the text
// (a bundle split into its asks, the time or sum scaled down, the ultimatum taken out, the
// commitment turned into asking for the quote) before whole first asks of the same person.
// Each one passes assess(r).micro(); none repeats another or equals `text`. `a` is
// assess(text); empty when nothing in it fails. Costs at most a few assess() calls.
std::vector<std::string> smaller_requests(std::string_view text, const Assessment& a);

// The same, assessing `text` itself.
std::vector<std::string> smaller_requests(std::string_view text);

}  // namespace microask
