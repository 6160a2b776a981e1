// The micro-request checker: assess(text, answers) -> three verdicts with their reasons,
// clarity warnings and suggestions. See ../shared/criteria.md for the criteria.
//
// The checker is data-driven: the word families and phrasings per language live in
// src/criteria/words_en.cpp and src/criteria/words_fr.cpp; the stages of src/criteria/
// (stages.hpp) only apply them. Messages are English msgids (translated by the CLI through
// gettext); what the checker found in the text is carried verbatim in `words`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "microask/request.hpp"

namespace microask {

enum class Criterion { concrete, reversible, low_cost };
std::string_view to_string(Criterion c);  // "concrete", "reversible", "low_cost"

// Why a criterion got its verdict. Fail and unsure reasons name the triggering words;
// pass reasons say what the checker saw (for example the ask and its addressee). A kind
// may serve more than one criterion: an ultimatum fails both reversible and low_cost.
enum class ReasonKind {
  // concrete
  clear_ask,         // pass: one ask, with its addressee when found
  no_ask,            // a wish, a goal, a feeling: nothing to ask
  vague_object,      // "something", "un truc", "de l'aide" with nothing saying what
  bundled,           // several asks: "and also", "et aussi"
  long_winded,       // over ~25 words, or several sentences of justification
  no_addressee,      // "people", "les gens", nobody who can answer now
  habit,             // "more often", "plus souvent": a habit, not one ask
  // reversible
  nothing_lasting,   // pass: nothing in the text locks anything in
  money,             // commits money beyond a trivial amount
  commitment,        // signs or commits to something lasting (lease, contract, subscription)
  relationship,      // ends or starts a relationship
  job,               // quits or starts a job
  ultimatum,         // "or else", "sinon je ...", "soit ... soit"
  public_statement,  // said in public, cannot be taken back
  // low_cost
  small_favour,      // pass: small stakes, minutes of the other's time
  raise,             // a raise: a negotiation
  promotion,         // a promotion
  loan,              // money asked of someone, lent or given
  big_favour,        // hours of work, a big favour
  declaration,       // a declaration of feelings
  change_person,     // asking someone to change who they are or a habit
  confrontation,     // accusation, criticism, confrontation
  emotional_load,    // heavy emotional stakes
  negotiation,       // bargaining over lasting stakes: a rent cut, a better grade
  // any criterion
  user_answer,       // the verdict comes from the user's own answer (flag or prompt)
  unclear,           // unsure: the text alone does not tell
};

struct Reason {
  ReasonKind kind;
  std::string words;  // the triggering words, quoted from the text as typed; may be empty for pass
};

struct CriterionResult {
  Verdict verdict = Verdict::unsure;
  std::vector<Reason> reasons;
};

enum class WarningKind { hedge, apology, self_deprecation, minimiser };

// A clarity warning: not a failure. `instead` is the request rewritten without the words
// of all its warnings, re-spaced and re-punctuated ("Ask the barista for a glass of water,
// sorry to bother" -> "Ask the barista for a glass of water").
struct Warning {
  WarningKind kind;
  std::string words;
  std::string instead;
};

enum class SuggestionKind {
  split,         // parts: the separate asks, each to plan on its own
  specify,       // parts: the vague words; say exactly what
  name_someone,  // ask one person who can answer now
  shorten,       // parts: the ask itself, without the justification
  scale_down,    // parts: the big thing; ask for a smaller, reversible first step
  first_step,    // a habit or goal: plan its first single ask
  no_ultimatum,  // ask without the "or else"
  private_first, // ask privately rather than in public
};

// `parts` are quoted from the request or rebuilt from it; message_of(kind) has one "{}"
// (in double quotes) for them: the caller joins several with "\" / \"".
struct Suggestion {
  SuggestionKind kind;
  std::vector<std::string> parts;
};

// The user's own answers (flags or prompts); each overrides the text analysis for its
// criterion with reason `user_answer`.
struct Answers {
  std::optional<bool> concrete;
  std::optional<bool> reversible;
  std::optional<bool> low_cost;
};

struct Assessment {
  Lang lang = Lang::en;
  CriterionResult concrete, reversible, low_cost;
  std::vector<Warning> warnings;  // in the order of the text; all share the same `instead`
  std::vector<Suggestion> suggestions;  // only for failing criteria
  // Whom the request is addressed to, as typed ("the waiter", "mon voisin", "Sophie"; "au
  // serveur" gives "le serveur"), when the checker found someone.
  std::optional<std::string> addressee;

  const CriterionResult& result(Criterion c) const;
  CriterionResult& result(Criterion c);
  bool any_fail() const;
  bool any_unsure() const;
  bool micro() const;  // all three pass
};

// Detects the language of a request (French or English) from its words and accents.
Lang detect_lang(std::string_view text);

// Assesses `text` (valid UTF-8, already trimmed, 1..500 characters: the caller validates).
// Never throws on such input; fast (well under a millisecond).
Assessment assess(std::string_view text, const Answers& answers = {});

// Untranslated English message templates (gettext msgids). `{}` stands for the words (for
// a suggestion: its parts). The pass reasons nothing_lasting and small_favour, and
// user_answer, have no `{}`: their words are empty.
std::string_view message_of(ReasonKind k);
std::string_view message_of(WarningKind k);
std::string_view message_of(SuggestionKind k);

// The reasons of one criterion as a JSON array text, and back, for the journal:
// [{"kind": "bundled", "words": "and also"}, ...]. Unknown kinds read back as `unclear`;
// text that is not a JSON array reads back as no reasons (never throws).
std::string reasons_to_json(const std::vector<Reason>& reasons);
std::vector<Reason> reasons_from_json(std::string_view json);
std::string_view to_string(ReasonKind k);

// The word-table patterns that do not compile, each with its culprit; empty when the tables
// are sound (checked by the unit tests).
std::vector<std::string> word_table_errors();

// The rows of the word tables that do not prove themselves: a row with no example sentence,
// one whose pattern the checker's own matcher does not find in its example, or whose example
// reads as the other language. Empty when every row matches (checked by the unit tests).
std::vector<std::string> word_rows_not_matching_examples();

}  // namespace microask
