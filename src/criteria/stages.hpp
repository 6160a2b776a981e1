// The checker as stages (private to the core). assess() (assess.cpp) runs them in order;
// each takes what the earlier ones returned and returns a value of its own, nothing is
// filled in afterwards:
//
//   read_text       tokens.cpp is the tokeniser; text.cpp respells, numbers the words and
//                   indexes sentences and word counts: one immutable Text
//   find_amounts    amounts.cpp: sums of money ("500 €", "two thousand dollars")
//   find_asking     asks.cpp: the ask verbs, the ask, its addressee and the act asked for
//   find_guards     guards.cpp: what cancels a trigger (negations, questions, prices, ...)
//   find_findings   findings.cpp, concrete.cpp: what each criterion found, with its words
//   decide_verdicts verdicts.cpp: a verdict and its reasons per criterion
//   find_warnings   warnings.cpp: hedges, apologies, ... and the text without them
//   suggest         suggestions.cpp, rewrites.cpp: how to make a failing request smaller
//
// The word tables (words_*.cpp, compiled by tables.cpp) are the language
// knowledge; the stages only apply them. Matcher (match.cpp) reads the tables' patterns
// over a Text and its amounts for every stage after them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "criteria/in_order.hpp"
#include "criteria/tables.hpp"
#include "criteria/tokens.hpp"
#include "criteria/words.hpp"
#include "microask/criteria.hpp"

namespace microask::criteria {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);
inline constexpr double trivial_amount = 10.0;  // money at or below this commits nothing that lasts (criteria.md: about 10)
inline constexpr double large_amount = 100.0;   // a discount or a sum haggled from here on is a negotiation
inline constexpr std::size_t max_addressee_words = 6;

using tokens::Token;
using tokens::Type;

// Tokens [first, last); not found when first is npos.
struct Span {
  std::size_t first = npos, last = npos;
  bool found() const { return first != npos; }
};

inline bool overlaps(Span a, Span b) { return a.found() && b.found() && a.first < b.last && b.first < a.last; }

using ByteSpans = std::vector<std::pair<std::size_t, std::size_t>>;

// --- tokens: the text read ---------------------------------------------------------------

const tables::Tables& compiled(Lang lang);
const words::LangWords& word_lists(Lang lang);

// The language of a request from its tokens and its accents.
Lang detect(const std::vector<Token>& tokens, std::string_view typed);

// The request read once: its tokens (shorthands respelled, each with its number in the
// tables of its language) and, per token, where its sentence starts and ends and how many
// typed words come before it.
struct Text {
  std::string_view typed;
  Lang lang = Lang::en;
  const tables::Tables* tables = nullptr;
  const words::LangWords* words = nullptr;
  std::vector<Token> tokens;
  std::vector<std::size_t> first_of_sentence, last_of_sentence, words_before;

  std::size_t size() const { return tokens.size(); }
  const Token& operator[](std::size_t i) const { return tokens[i]; }
  bool wordlike(std::size_t i) const { return i < size() && tokens::is_wordlike(tokens[i]); }
  bool punct(std::size_t i, std::string_view p) const {
    return i < size() && tokens[i].type == Type::punct && tokens[i].norm == p;
  }
  // Punctuation that ends a clause: not quotes, not signs.
  bool clause_break(std::size_t i) const;
  // The words of a span as typed; empty when it is not found or empty.
  std::string quote(Span s) const;
  std::pair<std::size_t, std::size_t> bytes(Span s) const { return {tokens[s.first].begin, tokens[s.last - 1].end}; }
  // The first token of the sentence of token i, and the end of its words (exclusive, the
  // sentence end mark excluded).
  std::size_t sentence_first(std::size_t i) const { return first_of_sentence[std::min(i, size() - 1)]; }
  std::size_t sentence_last(std::size_t i) const { return i >= size() ? size() : std::max(i, last_of_sentence[i]); }
  // A typed word: not glued to the previous one, not a contraction, not punctuation.
  bool counts_as_word(std::size_t i) const { return wordlike(i) && !tokens[i].glued && !tokens[i].contracted; }
  std::size_t words_in(std::size_t first, std::size_t last) const {
    last = std::min(last, size());
    return first >= last ? 0 : words_before[last] - words_before[first];
  }
  // Ends like a French infinitive ("valider", "prendre") and is not one of the exceptions.
  bool looks_infinitive(std::size_t i) const;
};

// `tokens`: tokenise(typed); `lang`: detect() of them.
Text read_text(std::string_view typed, Lang lang, std::vector<Token> tokens);

// --- amounts -------------------------------------------------------------------------------

// A sum of money starting at a token: the tokens up to `end` (0: none starts there).
struct Amount {
  std::size_t end = 0;
  double value = 0;
};
using Amounts = std::vector<Amount>;  // one per token

Amounts find_amounts(const Text& text);

// --- matching the patterns of the tables -------------------------------------------------

// A view of a text and its amounts that reads the patterns of its tables; valid while both live.
class Matcher {
 public:
  Matcher(const Text& text, const Amounts& amounts);
  const Text& text() const { return text_; }
  const Amounts& amounts() const { return amounts_; }
  const tables::Tables& tables() const { return *text_.tables; }
  const words::LangWords& words() const { return *text_.words; }

  struct Hit {
    std::size_t pattern;  // its index in the set
    Span span;
  };
  // The end of a match of `p` that starts at token i, or npos.
  std::size_t match_at(const tables::Pattern& p, std::size_t i) const;
  // The end of the first pattern of `ps` (in table order) that matches at token i, or npos.
  std::size_t any_at(const tables::PatternSet& ps, std::size_t i) const;
  bool any_in(const tables::PatternSet& ps, std::size_t first, std::size_t last) const;
  // Every match of every pattern, in the order of the text, then of the table.
  std::vector<Hit> all_matches(const tables::PatternSet& ps) const;
  // The earliest match of any of the patterns (the longest when two start together).
  Span first_of(const tables::PatternSet& ps) const;
  bool is_determiner(std::size_t i) const { return any_at(tables().determiners, i) != npos; }

  // Calls f(k) for the patterns of `ps` that may start at token i, in table order, until f
  // returns true.
  template <typename F>
  void candidates(const tables::PatternSet& ps, std::size_t i, F&& f) const {
    std::span<const std::uint32_t> exact;
    if (i < text_.size() && text_[i].id != 0) {
      const auto it = std::lower_bound(ps.by_first.begin(), ps.by_first.end(), text_[i].id,
                                       [](const tables::First& x, std::uint32_t id) { return x.id < id; });
      if (it != ps.by_first.end() && it->id == text_[i].id) exact = ps.starts.subspan(it->first, it->count);
    }
    each_in_order(exact, loose_met(ps), f);
  }

 private:
  std::size_t match_from(const tables::Pattern& p, std::size_t k, std::size_t i) const;
  bool bare_sum(std::size_t i) const;
  bool has(std::uint32_t id) const { return (present_[id / 64] >> (id % 64) & 1u) != 0; }
  bool needs_met(const tables::Pattern& p) const;
  bool read_needs(const tables::Pattern& p) const;
  std::span<const std::uint32_t> loose_met(const tables::PatternSet& ps) const;

  const Text& text_;
  const Amounts& amounts_;
  std::vector<std::uint64_t> present_;  // a bit for each word of the tables that the text has, by number
  // Read when first asked (so a Matcher is for one thread): by pattern, 1 needs met, 0 not,
  // -1 not read yet; by set, at the offset of its loose patterns in the tables, those whose
  // needs are met and how many (-1: not read yet).
  mutable std::vector<std::int8_t> needs_met_;
  mutable std::vector<std::uint32_t> loose_met_;
  mutable std::vector<std::int32_t> loose_met_count_;
};

// --- asks and addressee --------------------------------------------------------------------

struct Ask {
  Span verb;
  words::Addressee mode = words::Addressee::object;
};

struct Asking {
  std::vector<Ask> asks;  // every ask verb, in the order of the text
  bool question = false;  // the text has a "?"
  Span ask;               // the ask verb of the addressee, else the first one
  Span addressee;         // whom, as typed
  Span addressee_prep;    // the preposition before the addressee: "à", "au" (not found: none)
  std::size_t act_start = npos;  // where the act asked for starts: the ask's infinitive mark
  // What the addressee is (all false without one): nobody in particular ("people", "ask
  // colleagues"), someone met in passing ("the people behind me", "au serveur"), a business.
  bool generic = false, in_passing = false, business = false;

  bool any() const { return !asks.empty() || question; }
};

Asking find_asking(const Matcher& m);
// The addressee to show: "au serveur" gives "le serveur".
std::string addressee_text(const Text& text, const Asking& asking);

// --- guards: what cancels a trigger ------------------------------------------------------

struct Guards {
  // Per token: a question word or a negation starts there; lending or asking whether it
  // is possible came earlier in its sentence.
  std::vector<char> question_at, negation_at, lend_before, possible_before;
  // Per sentence: a price is asked, money comes back.
  std::vector<char> price_in_sentence, incoming_in_sentence;
  // From their marker ("because", "vu que") to the next comma or the end of the sentence.
  std::vector<Span> justifications;
  // The request names sums of money, none of them above the trivial amount.
  bool trivial_sums_only = false;
  // A short length of time is said somewhere in the request ("It's one page", "for ten minutes").
  bool brief_said = false;

  bool negated(const Text& text, std::size_t s) const;
  bool asked_about(const Text& text, std::size_t s, std::size_t from = 0) const;  // a question word in s's sentence, from `from` on
  bool priced(const Text& text, std::size_t s) const;
  bool incoming(const Text& text, std::size_t s) const { return incoming_in_sentence[text[s].sentence] != 0; }
  // Inside a justification, which describes the situation rather than what is asked;
  // `with_opener`: its opening word ("because", « quand ») counts too.
  bool justifying(std::size_t i, bool with_opener = false) const;
};

Guards find_guards(const Matcher& m);
// Whether `guards` (words::Guard bits) cancel a trigger at token s.
bool guarded(const Text& text, const Guards& g, const Asking& asking, unsigned guards, std::size_t s);

// --- findings per criterion ----------------------------------------------------------------

struct Found {
  ReasonKind kind;
  Span span;
};

struct Findings {
  std::vector<Found> concrete, reversible, low_cost;  // in the order found
  std::vector<Span> bundles;  // where the asks of a bundle join, in the order of the text
  bool long_winded = false;   // the length check fired
};

Findings find_findings(const Matcher& m, const Amounts& amounts, const Asking& asking, const Guards& g);

// Parts of find_findings (concrete.cpp), each given the findings before it.
std::vector<Found> ask_findings(const Matcher& m, const Asking& asking);  // no ask, vague, nobody
std::vector<Span> find_bundles(const Matcher& m, const Asking& asking, const Findings& rules);
std::vector<Found> length_findings(const Matcher& m, const Asking& asking, const Guards& g);

// --- verdicts ------------------------------------------------------------------------------

struct Verdicts {
  CriterionResult concrete, reversible, low_cost;
};

// The verdict of one criterion from its findings: fail on any fail, else unsure on any
// unclear, else pass with `pass` and its words.
CriterionResult decide(const Text& text, const std::vector<Found>& found, ReasonKind pass, std::string pass_words);
Verdicts decide_verdicts(const Text& text, const Asking& asking, const Findings& f);

// --- warnings, rewrites and suggestions --------------------------------------------------

std::vector<Warning> find_warnings(const Matcher& m);

// The asks of a bundle, each a request of its own (fewer than two: none).
std::vector<std::string> split_parts(const Matcher& m, const Asking& asking, const std::vector<Span>& bundles);
// The ask alone: its clause, without justifications.
std::string shortened(const Text& text, const Asking& asking, const std::vector<Span>& justifications);
// The request without its ultimatum at `s`, or the ultimatum's words when too little is left.
std::string without_ultimatum(const Text& text, Span s);

std::vector<Suggestion> suggest(const Matcher& m, const Asking& asking, const Guards& g, const Findings& f,
                                const Verdicts& v);

// --- editing text (edit.cpp) ---------------------------------------------------------------

// Upper-cases the first letter at or after `pos`, past blanks, quotes and brackets.
void capitalise_from(std::string& s, std::size_t pos);
bool starts_upper(std::string_view s, std::size_t pos);
// Single blanks; no blank, comma or semicolon at either end.
std::string tidy(std::string s);
// The text without the given byte spans, tidied; the text itself if nothing would be left.
std::string without(std::string_view text, ByteSpans spans);

}  // namespace microask::criteria
