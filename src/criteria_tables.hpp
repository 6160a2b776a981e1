// The checker's word tables once compiled (private to the core): the patterns of
// criteria_words_*.cpp (syntax in criteria_words.hpp) as flat arrays of elements and
// alternatives, the words of the tables numbered, and the lookups sorted for binary search.
//
// They are compiled at build time: microask_tablegen (criteria_tablegen.cpp) runs compile()
// on both languages and writes what it gives with to_cpp() into a generated source file,
// <build>/generated/criteria_tables_gen.cpp, which defines generated() with constant arrays;
// a pattern that does not compile fails the build with its culprit. So a process starts with
// its tables ready: no allocation, no hashing, nothing to free. word_table_errors() compiles
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

#include "criteria_words.hpp"
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
  word, optional, absent_next, absent_prev, gap, any, number, amount, big, infinitive, start, end, punct };

// One element of a pattern: its alternatives are alts[first_alt, first_alt + alts).
struct Elem {
  Op op = Op::word;
  std::uint32_t gap = 0;
  std::uint32_t first_alt = 0, alts = 0;
  Word punct;
};

// A pattern: elems[first, first + size).
struct Pattern {
  std::uint32_t first = 0, size = 0;
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

struct Valued {
  Word word;
  double value = 0;
};

// A shorthand and the words it stands for: respelled[first, first + count).
struct Respelling {
  Word typed;
  std::uint32_t first = 0, count = 0;
};

// The lists of patterns, in the order of words::LangWords (each named as there).
#define MICROASK_PATTERN_SETS(X)                                                                \
  X(ask_verbs) X(to_someone) X(to_the) X(venues) X(determiners) X(articles) X(close_people)     \
  X(addressee_ends) X(links) X(clause_openers) X(generic) X(businesses) X(time_words) X(vague)  \
  X(specifiers) X(bundles) X(coordinators) X(infinitive_marks) X(justifications) X(rules)       \
  X(negations) X(question_words) X(price_words) X(incoming_money) X(public_places)              \
  X(public_acts) X(possessives) X(lending) X(possibility) X(warnings)

// The compiled tables of one language. Views only: of the generated constants, or of a
// Compiled.
struct Tables {
  std::string_view text;  // every string of the tables, one after the other
  std::span<const Word> words;  // the words of exact alternatives, sorted: a word's number is its index + 1
  std::span<const Alt> alts;
  std::span<const Elem> elems;
  std::span<const Pattern> patterns;  // the sets' patterns, one set after the other
  std::span<const First> firsts;
  std::span<const std::uint32_t> starts, loose;
#define MICROASK_PATTERN_SET_MEMBER(name) PatternSet name;
  MICROASK_PATTERN_SETS(MICROASK_PATTERN_SET_MEMBER)
#undef MICROASK_PATTERN_SET_MEMBER
  std::span<const Word> not_infinitives;  // folded, sorted
  std::span<const Word> markers;          // folded, sorted
  std::span<const Valued> currencies, number_words;  // folded, sorted
  std::span<const Respelling> respellings;  // sorted by `typed`
  std::span<const Word> respelled;

  std::string_view str(Word w) const { return {text.data() + w.offset, w.size}; }

  // The number of a word in `words`; 0 when it is none of them.
  std::uint32_t id_of(std::string_view w) const {
    const auto it = lower(words, w, [](const Word& x) { return x; });
    return it != words.end() && str(*it) == w ? static_cast<std::uint32_t>(it - words.begin()) + 1 : 0;
  }
  bool contains(std::span<const Word> sorted, std::string_view w) const {
    const auto it = lower(sorted, w, [](const Word& x) { return x; });
    return it != sorted.end() && str(*it) == w;
  }
  const Valued* find(std::span<const Valued> sorted, std::string_view w) const {
    const auto it = lower(sorted, w, [](const Valued& x) { return x.word; });
    return it != sorted.end() && str(it->word) == w ? &*it : nullptr;
  }
  const Respelling* respelling(std::string_view typed) const {
    const auto it = lower(respellings, typed, [](const Respelling& x) { return x.typed; });
    return it != respellings.end() && str(it->typed) == typed ? &*it : nullptr;
  }

 private:
  template <typename T, typename Key>
  typename std::span<const T>::iterator lower(std::span<const T> sorted, std::string_view w, Key key) const {
    return std::lower_bound(sorted.begin(), sorted.end(), w,
                            [&](const T& x, std::string_view v) { return str(key(x)) < v; });
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
  std::vector<Alt> alts;
  std::vector<Elem> elems;
  std::vector<Pattern> patterns;
  std::vector<First> firsts;
  std::vector<std::uint32_t> starts, loose;
#define MICROASK_PATTERN_SET_MEMBER(name) Set name;
  MICROASK_PATTERN_SETS(MICROASK_PATTERN_SET_MEMBER)
#undef MICROASK_PATTERN_SET_MEMBER
  std::vector<Word> not_infinitives, markers;
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
