// The checker's word tables once compiled (private to the core): the patterns of
// words_*.cpp (syntax in words.hpp) as flat arrays of elements and
// alternatives, the words of the tables numbered and found by a hash table built with them.
//
// They are compiled at build time: microask_tablegen (tablegen.cpp) runs compile()
// on both languages and writes what it gives with to_cpp() into a generated source file,
// <build>/generated/criteria_tables_gen.cpp, which defines generated() with constant arrays;
// a pattern that does not compile fails the build with its culprit. So a process starts with
// its tables ready: nothing to parse, allocate, number or free. word_table_errors() compiles
// them again at run time, and the unit tests check that this gives the generated tables.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "criteria/words.hpp"
#include "microask/criteria.hpp"

namespace microask::tables {

// A string of the tables: text[offset, offset + size) of its language's text.
struct Word {
  std::uint32_t offset = 0, size = 0;
};

// One alternative of an element: an exact word (compared by its number), a prefix, a suffix
// or a number.
enum class How : unsigned char { exact, prefix, suffix, number };
struct Alt {
  How how = How::exact;
  std::uint32_t id = 0;  // exact words: the word's number
  Word text;             // the word, prefix or suffix, folded
};

enum class Op : unsigned char {
  word, optional, absent_next, absent_prev, gap, any, number, amount, big, large, infinitive, start, end, punct };

// One element of a pattern: its alternatives are alts[first_alt, first_alt + alts).
struct Elem {
  Op op = Op::word;
  std::uint32_t gap = 0;
  std::uint32_t first_alt = 0, alts = 0;
  Word punct;
};

// A pattern: elems[first, first + size). Its needs, needs[first_need, first_need + needs), are
// the elements after the first that must each match a word of the text by its number (exact
// words only): a text that has none of an element's words cannot match the pattern.
struct Pattern {
  std::uint32_t first = 0, size = 0;
  std::uint32_t first_need = 0, needs = 0;
};

// The patterns of a set that may start with the word numbered `id`: their indices in the
// set, ascending, are starts[first, first + count) of that set.
struct First {
  std::uint32_t id = 0, first = 0, count = 0;
};

// The patterns of one list of the tables, indexed by the words they can start with, so that
// at each word of a request only the patterns that may start there are tried.
struct PatternSet {
  std::span<const Pattern> items;
  std::span<const First> by_first;  // exact first words, sorted by id
  std::span<const std::uint32_t> starts;
  std::span<const std::uint32_t> loose;  // first element not a list of exact words
};

// A currency or a number written in words, by its word's number.
struct Valued {
  std::uint32_t id = 0;
  double value = 0;
};

// A shorthand (by its word's number) and the words it stands for: respelled[first, first + count).
struct Respelling {
  std::uint32_t id = 0;
  std::uint32_t first = 0, count = 0;
};

// What a word is besides a word of the patterns (bits of Tables::kinds).
enum Kind : std::uint8_t {
  marker = 1u << 0,          // a frequent word of the language, for detect_lang
  not_infinitive = 1u << 1,  // ends like an infinitive and is none: "hier", "dernier"
  step_label = 1u << 2,      // names a step of a ladder: "step", "niveau", "SUDS"
  number_join = 1u << 3,     // joins the words of a number: "and", "of" ("a couple of grand")
  self_opener = 1u << 4,     // opens an instruction to oneself: "demande", "ask"
};

// The hash of the words' table (FNV-1a), the same at build time and at run time.
constexpr std::uint32_t hash(std::string_view w) {
  std::uint32_t h = 2166136261u;
  for (const char c : w) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  return h;
}

// The lists of patterns, in the order of words::LangWords (each named as there).
#define MICROASK_PATTERN_SETS(X)                                                                \
  X(ask_verbs) X(to_someone) X(to_the) X(venues) X(determiners) X(articles) X(close_people)     \
  X(addressee_ends) X(links) X(clause_openers) X(generic) X(businesses) X(time_words) X(vague)  \
  X(specifiers) X(bundles) X(coordinators) X(infinitive_marks) X(justifications)                \
  X(situations) X(rules) X(negations) X(question_words) X(price_words) X(incoming_money)        \
  X(public_places)                                                                              \
  X(public_acts) X(possessives) X(lending) X(possibility) X(addressed) X(just_met) X(sum_followers) X(number_labels) X(brief_times) X(ways_asked) X(passing_groups) X(kin) X(trades) X(trade_work) X(warnings)

// The compiled tables of one language. Views only: of the generated constants, or of a
// Compiled.
struct Tables {
  std::string_view text;  // every string of the tables, one after the other
  // Every word a request's word is looked up among (exact alternatives, markers, currencies,
  // ...), sorted: a word's number is its index + 1. `slots` is their hash table (a word's
  // number at hash(word) modulo its size, or at the next free slot; 0: free), `kinds` their
  // Kind bits.
  std::span<const Word> words;
  std::span<const std::uint32_t> slots;
  std::span<const std::uint8_t> kinds;
  std::span<const Alt> alts;
  std::span<const Elem> elems;
  std::span<const Pattern> patterns;  // the sets' patterns, one set after the other
  std::span<const First> firsts;
  std::span<const std::uint32_t> starts, loose;
  std::span<const std::uint32_t> needs;  // the patterns' needs: indices in elems
#define MICROASK_PATTERN_SET_MEMBER(name) PatternSet name;
  MICROASK_PATTERN_SETS(MICROASK_PATTERN_SET_MEMBER)
#undef MICROASK_PATTERN_SET_MEMBER
  std::span<const Valued> currencies, number_words;  // sorted by number
  std::span<const Respelling> respellings;              // sorted by number
  std::span<const Word> respelled;

  std::string_view str(Word w) const { return {text.data() + w.offset, w.size}; }

  // The number of a word in `words`; 0 when it is none of them.
  std::uint32_t id_of(std::string_view w) const {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = hash(w) & mask; slots[i] != 0; i = (i + 1) & mask)
      if (str(words[slots[i] - 1]) == w) return slots[i];
    return 0;
  }
  bool is(std::uint32_t id, Kind k) const { return id != 0 && (kinds[id - 1] & k) != 0; }
  const Valued* find(std::span<const Valued> sorted, std::uint32_t id) const { return by_id(sorted, id); }
  const Respelling* respelling(std::uint32_t id) const { return by_id(respellings, id); }

 private:
  template <typename T>
  static const T* by_id(std::span<const T> sorted, std::uint32_t id) {
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), id, [](const T& x, std::uint32_t v) { return x.id < v; });
    return id != 0 && it != sorted.end() && it->id == id ? &*it : nullptr;
  }
};

// The generated tables of a language (the generated source file).
const Tables& generated(Lang lang);

// The tables of a language compiled from its word lists, in arrays of its own.
struct Compiled {
  struct Set {
    std::uint32_t items_first = 0, items = 0, firsts_first = 0, firsts = 0, starts_first = 0,
                  starts = 0, loose_first = 0, loose = 0;
  };
  std::string text;
  std::vector<Word> words;
  std::vector<std::uint32_t> slots;
  std::vector<std::uint8_t> kinds;
  std::vector<Alt> alts;
  std::vector<Elem> elems;
  std::vector<Pattern> patterns;
  std::vector<First> firsts;
  std::vector<std::uint32_t> starts, loose;
  std::vector<std::uint32_t> needs;
#define MICROASK_PATTERN_SET_MEMBER(name) Set name;
  MICROASK_PATTERN_SETS(MICROASK_PATTERN_SET_MEMBER)
#undef MICROASK_PATTERN_SET_MEMBER
  std::vector<Valued> currencies, number_words;
  std::vector<Respelling> respellings;
  std::vector<Word> respelled;
  std::vector<std::string> errors;  // the patterns that do not compile, each with its culprit

  Tables view() const;  // valid while this Compiled lives, unmoved
};

Compiled compile(const words::LangWords& w);

// The C++ source of a file that defines generated() with these tables as constants.
std::string to_cpp(const Tables& en, const Tables& fr);

}  // namespace microask::tables
