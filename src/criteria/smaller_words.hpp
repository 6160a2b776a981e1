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

// Whom a first ask needs: anyone (the addressee when the request has one), the request's
// addressee, or a request with no addressee (the first ask names its own).
enum class Who { anyone, addressee, nobody };

// A whole first ask, for a request failing with a reason of `kind` and holding one of the
// `cue` words ("a|b", empty: any request). {a} as for Uncommit; {x|y} is x for one
// addressee, y for several ("son avis" / "leur avis"). Only the first row that fits is used
// for each kind, so a row with a cue comes before the general one.
struct FirstAsk {
  ReasonKind kind;
  sv cue;
  Who who;
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
  std::span<const sv> plural_starts;  // an addressee starting so is several people
  std::span<const sv> dangling;       // a rewrite may not end on one ("Text my flatmate that")
  std::span<const sv> joining;        // the words that join a bundle ("and", "also", "et")
  std::span<const sv> ask_words;      // an ask verb the checker drops on purpose in a split part
  std::span<const sv> groups;         // an addressee with one is an audience, not one person
  std::span<const sv> object_links;   // after one ("l'achat du"), an object may lack its article
  std::span<const sv> pronouns;       // "sign me up": no object to ask about
  std::span<const sv> to_do;          // between the addressee and the action: "to", "de"
  std::span<const sv> price_links;    // the action ends before one: "for 180 €", "avec un acompte"
  sv price_ask;                       // the action's price asked: {a} addressee, {o} the action
  std::span<const sv> clue_links;     // after a vague object, what names its topic: "about the project"
  sv clue_ask;                        // the specific ask on that topic: {a} addressee, {o} the topic
};

const Words& words_of(Lang lang);

}  // namespace microask::smaller
