// The word tables of the smaller-versions stage (src/criteria/smaller.cpp), one per
// language, in src/criteria/smaller_words.cpp: data apart from the code that applies it.
//
// A pattern is words separated by spaces, matched against the request's words folded (lower
// case, accents removed; apostrophes and hyphens split words: "l'appart" reads "l appart",
// "week-end" reads "week end"). Each element is one of:
//   word     that word          a|b|c   one of these words
//   #        a number ("3", "three", "trois", "a few")
//   *        any one word
// Each element matched is captured: $1 is the text of the first, $2 of the second, ...
#pragma once

#include <span>
#include <string_view>

#include "microask/criteria.hpp"

namespace microask::smaller {

using sv = std::string_view;

// The words matching `pattern` are replaced with `to` (with $N captures) in the request.
struct Swap {
  sv pattern;
  sv to;
};

// A commitment taken out: the ask rewritten as `to`, where {a} is the addressee (" my boss",
// " au patron", or nothing) and {o} the object that followed `pattern` in the request.
struct Uncommit {
  sv pattern;
  sv to;
};

// A whole first ask, for a request failing with a reason of `kind` and holding one of the
// `cue` words ("a|b", empty: any request). {a} as for Uncommit.
struct FirstAsk {
  ReasonKind kind;
  sv cue;
  bool needs_addressee;
  sv to;
};

struct Words {
  std::span<const Swap> scale;        // time, amount, number and habit, down
  std::span<const Swap> in_private;   // said in public -> the same in private
  std::span<const Swap> someone;      // "people" -> one person who can answer now
  std::span<const Uncommit> uncommit; // "sign the lease" -> "ask for a copy of the lease"
  std::span<const FirstAsk> first_asks;
  std::span<const sv> numbers;        // number words, for # and for sums of money
  std::span<const sv> gift_verbs;     // a loan or a gift: its sum can be scaled down
  std::span<const Swap> currencies;   // a currency word or sign -> the small sum in it
  sv small_sum;                       // when no currency says otherwise
  std::span<const sv> object_ends;    // words that end the object of a commitment
  std::span<const sv> determiners;    // an object starts with one, or gets `the_object`
  sv the_object;                      // "the", "le"
  sv to_addressee;                    // "{}" (en), "à {}" (fr)
  std::span<const Swap> contractions; // "à le " -> "au ", "de les " -> "des "
};

const Words& words_of(Lang lang);

}  // namespace microask::smaller
