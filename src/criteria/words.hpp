// The shape of the checker's word tables (private to the core). One table per language,
// in words_en.cpp and words_fr.cpp; the build compiles them (microask_tablegen,
// tables.hpp) and the stages of src/criteria/ apply them (stages.hpp).
//
// Patterns are written in plain words, separated by spaces, and matched against the
// request's words once folded (lower case, accents removed, "’" read as "'", French
// elisions expanded: "qu'on" is "que on", "d'un" is "de un", "m'aider" is "me aider";
// English contractions expanded: "didn't" is "did not", "he'd" is "he would", "I'm" is
// "i am", "it's" is "it s"; hyphenated words split: "co-sign" is "co sign"). So a pattern
// written "qu'on se sépare" matches "qu'on se sépare", "qu’on se separe", "QU'ON SE SÉPARE".
// Each space-separated element is one of:
//   word            that word (typed as people write it: accents and apostrophes are fine)
//   a|b|c           one of these words
//   stem*  *ending  any word that starts with `stem` / ends with `ending` (in alternatives too)
//   [a|b]           optionally one of these words
//   !a|b            the next word is not one of these (consumes nothing)
//   <a|b            the previous word is not one of these (consumes nothing)
//   ~N              up to N words of anything in between, within the sentence
//   _               any one word
//   #num            a number;  #amount  a sum of money ("500 €", "$5,000", "2 000 balles")
//   #big            a sum above the trivial amount (about 10), or a bare number above it
//   #large          a sum of money of 100 or more: where haggling stops being small
//   #inf            a word that looks like a French infinitive ("valider", "prendre")
//   ^               the start of the request
//   $               the end of a clause: no word follows (consumes nothing)
//   , : ; ? " « » / % )  that punctuation mark
//
// Every row (AskVerb, Vague, Bundle, Rule, Trade, TradeWork, WarningRule) carries an `example`: a short
// sentence of our own, in the row's language, that its pattern matches (checked by the unit
// tests, tests/unit/corpus_test.cpp).
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "microask/criteria.hpp"

namespace microask::words {

// What cancels a trigger in its sentence.
enum Guard : unsigned {
  unguarded = 0,
  negated = 1u << 0,      // a negation just before: "without signing", "sans m'engager"
  asked_about = 1u << 1,  // only asked about: "how much would", "comment résilier", "quand"
  priced = 1u << 6,       // a price is what is asked: "the price", "a quote", "le devis"
  business = 1u << 2,     // addressed to a business or an institution, whose job it is
  of_the_ask = 1u << 3,   // must describe the asking, not the act asked for: "ask for feedback
                          // every week" is a habit, "ask my dad to stop calling every day" is not
  they_pay = 1u << 4,     // cancelled when a person (not a business) is asked to do it: "ask my
                          // parents to pay the deposit" commits their money, not mine
  close_only = 1u << 5,   // only when someone close is asked ("my husband", "Sophie"): not a
                          // stranger in passing ("the people behind me", "au serveur"), not
                          // people in general, not a business ("ask the bank why my transfer
                          // has not arrived"), not a wish with no ask
  possible = 1u << 8,     // only asked whether it can be done, earlier in the sentence: "ask the
                          // gym whether I can cancel online", "si je peux résilier en ligne"
  lent = 1u << 7,         // a thing is lent or borrowed earlier in the sentence: the time said
                          // is the thing's, not the lender's ("lend me his charger for the
                          // weekend", "me prêter sa perceuse pour la semaine")
  trivial_sum = 1u << 9,  // the request names sums, and none above the trivial: "I'll pay you
                          // back the £4", "je te rends les 3 € demain"
  met_in_passing = 1u << 10,  // only when the person is met in passing ("the woman beside me",
                              // "la fille de la salle de sport"): a dinner with a friend is no
                              // approach, with someone met on the train it is
  ask_sentence = 1u << 11,    // only in the sentence that holds the ask: "My back has hurt for
                              // three months. I'll ask my GP for a referral" asks no months
  unaddressed = 1u << 12,     // only when no one is named as asked: "Dare to ask for a discount"
                              // is a goal, "Ose demander une promotion à ton boss" is one ask
  told_before = 1u << 13,     // cancelled when told before the ask of someone named: "he has left
                              // his dishes for a week, so can I ask him to ..." is the situation
  brief = 1u << 14,           // cancelled when a short length of time is said: "cover my phone shift
                              // for half an hour", "look over my CV? It's one page" are minutes
};

// A trigger and what it does to each criterion: nothing, or a reason of that kind.
struct Rule {
  std::string_view pattern;
  std::optional<ReasonKind> concrete, reversible, low_cost;
  unsigned guards = unguarded;
  std::string_view example{};  // a sentence of our own that the pattern matches
};

// Where the person asked is found after an ask verb.
enum class Addressee {
  object,       // right after the verb: "ask the waiter", "appeler la CAF"
  preposition,  // after one of the `to_someone` words: "demander ... à la boulangère"
  none,         // the verb names nobody: "could you", "s'il te plaît"
};

struct AskVerb {
  std::string_view pattern;
  Addressee addressee = Addressee::object;
  std::string_view example{};
};

// When a vague word stops being vague.
enum class Qualified {
  never,           // "un truc", "stuff": always vague
  by_preposition,  // "de l'aide" unless "pour ...", "help" unless "with ..."
  by_word,         // "something" unless a word says which: "something to drink"
  by_any,          // either: "help me move", "help me with my tax return"
};

struct Vague {
  std::string_view pattern;
  Qualified qualified = Qualified::never;
  std::string_view example{};
};

// A second ask joined to the first. `after_infinitive`: only when the first ask had an
// infinitive ("ask X to ... and lend me", "demander à X de ... et arroser").
struct Bundle {
  std::string_view pattern;
  bool after_infinitive = false;
  std::string_view example{};
};

// A trade and the people who have it, as an addressee names them: "mechanic|garage".
// `name` ties it to its work.
struct Trade {
  std::string_view name;
  std::string_view pattern;
  std::string_view example{};
};

// Work of a trade: asked of someone who has another trade and not this one, it is a
// service outside their trade ("ask the pharmacist to fix my brakes").
struct TradeWork {
  std::string_view trade;  // the name of a Trade
  std::string_view pattern;
  std::string_view example{};
};

struct WarningRule {
  std::string_view pattern;
  WarningKind kind;
  std::string_view example{};
};

// A shorthand typed in a hurry and what it means: "sil" -> "s il", "u" -> "you", "&" -> "and".
struct Respelling {
  std::string_view typed, meant;
};

// A currency word after a number, and what one of it is worth in whole units.
struct Currency {
  std::string_view word;
  double factor = 1.0;
};

struct NumberWord {
  std::string_view word;
  double value = 0.0;
};

using List = std::span<const std::string_view>;

struct LangWords {
  List markers;  // frequent words of the language, for detect_lang

  // Asking, and whom.
  std::span<const AskVerb> ask_verbs;
  List to_someone;      // the words before an addressee: "to", "à", "auprès de"
  List to_the;          // the same with the article inside: "au", "aux"
  List venues;          // "ask in the channel": the place stands for the addressee
  List determiners;     // may open the addressee: "the", "my", "la", "mon"
  List articles;        // open an addressee met in passing: "the", "a", "le", "un"
  List close_people;    // ... unless close whatever the article: "the team", "la famille"
  List passing_groups;  // ... but not these, after an article: "a family at the next table"
  List kin;             // family and friends: one who has a trade is still asked as kin
  List addressee_ends;  // end the addressee: "for", "if", "si", "pour", determiners, ...
  List links;           // may join a longer addressee: "of", "de" ("la salle de sport")
  List clause_openers;  // end the search for an addressee: "if", "whether", "si", "comment"
  List generic;         // nobody in particular: "people", "les gens", "quelqu'un"
  List businesses;      // an addressee whose job it is: "bank", "garagiste"
  List time_words;      // "tomorrow", "demain": not an object, not an addressee

  // Concrete.
  std::span<const Vague> vague;
  List specifiers;  // say what a vague word is about: "with", "pour", "sur"
  std::span<const Bundle> bundles;
  List coordinators;      // join two stakes into two asks: "a raise and a promotion", "et"
  List infinitive_marks;  // the infinitive of an ask: "to _", "de #inf"
  List justifications;    // "because", "parce que", "vu que"
  List situations;        // the situation an NVC request starts from, up to its comma: "When
                          // you shout, ...", « Quand tu cries, ... » (with no comma after it,
                          // "ask my brother when he ..." is the question asked)
  List not_infinitives;   // words ending like infinitives that are not: "hier", "dernier"
  List number_joins;      // between the words of a number: "two hundred and fifty", "a couple of grand"
  List step_labels;       // the label of a step of a ladder before the request ("Step 3 (SUDS
                          // 40):", "Niveau 6 :") or of its rating after it ("(SUDS 60)")
  List self_openers;      // open an instruction to oneself: "Demande", "Ask"; up to the words
                          // to say, its second person is the asker (`own_person`)

  // The triggers of all three criteria.
  std::span<const Rule> rules;
  std::span<const Trade> trades;
  std::span<const TradeWork> trade_work;
  List negations;       // "without", "before", "sans", "avant"
  List question_words;  // "how", "when", "comment", "combien"
  List price_words;     // "price", "quote", "prix", "devis": asking, not paying
  List incoming_money;  // "refund", "rembourser": money that comes back
  List public_places;   // "in front of", "on Facebook", "devant tout le monde"
  List public_acts;     // "announce", "post", "publier"
  List possessives;     // "my", "his", "mon": someone named in a public statement
  List lending;         // "lend", "borrow", "prêter": the `lent` guard
  List possibility;     // "if I can", "si je peux": the `possible` guard
  List addressed;       // "you", "tu": in an ask said to the person, the act follows them
  List just_met;        // the person is a stranger whoever they are: "we've only just met"
  List sum_followers;   // a bare number before one is a sum: "lend me 300 till Friday"
  List number_labels;   // a bare number after one names a thing, not a sum: "the number 38 bus"
  List brief_times;     // a short length of time said: "for ten minutes", « une demi-heure »
  List ways_asked;      // right after the person, the work is only asked about: "how", « où »

  std::span<const WarningRule> warnings;

  std::span<const Currency> currencies;
  std::span<const NumberWord> number_words;
  std::span<const Respelling> respellings;
  // An elided word that stands for several ("l'" for "le" and "la"): wherever a pattern
  // names one of them (`meant`), the elided form (`typed`) matches too.
  std::span<const Respelling> elided_forms;
  // After a hedge is dropped, the opening of the ask it hid, and the same as a question:
  // "I was wondering if you could lend me a pen" -> "Could you lend me a pen?"
  std::span<const Respelling> hedge_questions;
  // In an instruction to oneself ("Demande à ton voisin si tu peux ...", "Ask your boss for
  // ..."), the second person and what it stands for: "ton" -> "mon", "your" -> "my".
  std::span<const Respelling> own_person;
};

const LangWords& english();
const LangWords& french();

}  // namespace microask::words
