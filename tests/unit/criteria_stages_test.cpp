// The checker's stages one by one (src/criteria/stages.hpp): each given the values of
// the stages before it, as assess() gives them.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "criteria/stages.hpp"
#include "microask/criteria.hpp"

using namespace microask;
using namespace microask::criteria;

namespace {

// The values of every stage for one text, in the order assess() computes them.
struct Run {
  explicit Run(std::string_view typed)
      : text(read_text(typed, detect(tokens::tokenise(typed), typed), tokens::tokenise(typed))),
        amounts(find_amounts(text)),
        m(text, amounts),
        asking(find_asking(m)),
        guards(find_guards(m)),
        findings(find_findings(m, amounts, asking, guards)),
        verdicts(decide_verdicts(text, asking, findings)) {}
  Text text;
  Amounts amounts;
  Matcher m;
  Asking asking;
  Guards guards;
  Findings findings;
  Verdicts verdicts;

  // The token whose folded form is `norm` (the first), or npos.
  std::size_t at(std::string_view norm) const {
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i].norm == norm) return i;
    return npos;
  }
};

std::vector<std::string> norms(std::string_view typed) {
  std::vector<std::string> out;
  for (const Token& t : tokens::tokenise(typed)) out.push_back(t.norm);
  return out;
}

std::vector<ReasonKind> kinds(const std::vector<Found>& found) {
  std::vector<ReasonKind> out;
  for (const Found& f : found) out.push_back(f.kind);
  return out;
}

std::vector<ReasonKind> kinds(const CriterionResult& r) {
  std::vector<ReasonKind> out;
  for (const Reason& x : r.reasons) out.push_back(x.kind);
  return out;
}

using Words = std::vector<std::string>;

}  // namespace

// --- tokens ------------------------------------------------------------------------------

TEST_CASE("tokens: folded to lower case without accents, with what folds specially") {
  CHECK(Words{"resilier", "l", "abonnement"} == norms("Résilier l’abonnement"));
  CHECK(Words{"oeuf", "aequo", "strasse"} == norms("Œuf æquo Straße"));
  CHECK(Words{"did", "not", "ask"} == norms("didn't ask"));
  CHECK(Words{"co", "sign"} == norms("co-sign"));
}

TEST_CASE("tokens: a decomposed (NFD) accent reads like the composed one, and is quoted as typed") {
  const std::string nfd = "re\u0301silier";  // "résilier" as macOS may type it
  CHECK(Words{"resilier"} == norms(nfd));
  const std::vector<Token> t = tokens::tokenise(nfd);
  REQUIRE(1u == t.size());
  CHECK(0u == t[0].begin);
  CHECK(nfd.size() == t[0].end);
  CHECK(Words{"ecole"} == norms("E\u0301cole"));
  CHECK(tokens::tokenise("E\u0301cole")[0].upper);
}

TEST_CASE("tokens: case folds beyond Latin-1") {
  CHECK(Words{"σοφια"} == norms("ΣΟΦΊΑ"));
  CHECK(Words{"дмитрии"} == norms("Дмитрий"));  // "й" decomposes to "и" and a breve, stripped
  CHECK(Words{"ss"} == norms("ẞ"));
  CHECK(Words{"fix"} == norms("ﬁx"));  // a ligature typed by some word processors
  CHECK(tokens::tokenise("Дмитрий")[0].upper);
  CHECK(tokens::tokenise("Łukasz")[0].upper);
  CHECK_FALSE(tokens::tokenise("łza")[0].upper);
}

TEST_CASE("tokens: numbers with separators, decimals and thousands") {
  const std::vector<Token> t = tokens::tokenise("18 000 € 4,50 5k");
  REQUIRE(4u == t.size());
  CHECK(18000.0 == t[0].value);
  CHECK(Type::currency == t[1].type);
  CHECK(4.5 == t[2].value);
  CHECK(5000.0 == t[3].value);
}

TEST_CASE("text: sentences and typed words are indexed once") {
  const Run r("Ask Paul. Then ask Marie for the salt");
  const std::size_t then = r.at("then");
  REQUIRE(then != npos);
  CHECK(then == r.text.sentence_first(then + 2));
  CHECK(0u == r.text.sentence_first(1));
  CHECK(2u == r.text.sentence_last(0));  // the words of "Ask Paul", the full stop excluded
  CHECK(8u == r.text.words_in(0, r.text.size()));
  CHECK(0u != r.text[0].id);  // "ask" is a word of the tables
}

TEST_CASE("text: a ladder step's label and rating are not words of the request") {
  const Run step("Step 3 (SUDS 40): return a shirt without the receipt");
  CHECK("return" == step.text[0].norm);
  CHECK("return a shirt without the receipt" == step.text.quote({0, step.text.size()}));
  const Run rating("Ask a coworker to lunch (60/100)");
  CHECK("lunch" == rating.text[rating.text.size() - 1].norm);
  const Run niveau("Exposition niveau 8 : demander l'heure à un passant - 35");
  CHECK("demander" == niveau.text[0].norm);
  CHECK("passant" == niveau.text[niveau.text.size() - 1].norm);
  // A number that is the request's stays: "lend me 20", "Ask 3 people: ..."
  const Run lend("Ask Sam to lend me 20");
  CHECK("20" == lend.text[lend.text.size() - 1].norm);
  CHECK("ask" == Run("Ask 3 people: what time is it").text[0].norm);
  CHECK("3" == Run("Ask to sit at table 2/3").text[Run("Ask to sit at table 2/3").text.size() - 1].norm);
  // A label alone is what was typed, and is no ask.
  const Run alone("Step 3:");
  CHECK("step" == alone.text[0].norm);
  CHECK(std::vector<ReasonKind>{ReasonKind::no_ask} == kinds(alone.findings.concrete));
  // Punctuation first does not hide that there is no ask: "(hello 40)".
  CHECK(std::vector<ReasonKind>{ReasonKind::no_ask} == kinds(Run("(hello 40)").findings.concrete));
}

TEST_CASE("text: shorthands are respelled before anything else reads them") {
  const Run r("demander a mon voisin sil peut m'aider");
  CHECK(npos != r.at("il"));
  CHECK(npos == r.at("sil"));
}

// --- amounts -----------------------------------------------------------------------------

TEST_CASE("amounts: pence, and a date that is no sum") {
  const Run pence("Borrow 50p from the person behind me");
  REQUIRE(0u != pence.amounts[pence.at("50")].end);
  CHECK(0.5 == doctest::Approx(pence.amounts[pence.at("50")].value));
  const Run date("Demander à poser mon lundi 14 pour un rendez-vous");
  CHECK(kinds(date.findings.low_cost).empty());
  CHECK(std::vector<ReasonKind>{ReasonKind::loan} == kinds(Run("Demander à Paul 14 pour le cinéma").findings.low_cost));
}

TEST_CASE("amounts: figures and words, with their currency") {
  const Run r("Ask my sister to lend me $5,000");
  const std::size_t dollar = r.at("$");
  REQUIRE(dollar != npos);
  CHECK(dollar + 2 == r.amounts[dollar].end);
  CHECK(5000.0 == r.amounts[dollar].value);
  CHECK(0u == r.amounts[0].end);
  const Run fr("Demander à mon frère de me prêter deux cents euros");
  const std::size_t deux = fr.at("deux");
  REQUIRE(deux != npos);
  CHECK(fr.text.size() == fr.amounts[deux].end);
  CHECK(200.0 == fr.amounts[deux].value);
  CHECK(5000.0 == Run("Ask for 5 thousand euros").amounts[2].value);
  const Run bare("Ask for 300 apples");  // no currency: no amount
  for (const Amount& a : bare.amounts) CHECK(0u == a.end);
}

TEST_CASE("amounts: a sign counts at its own rate, its number is no bare sum") {
  const Run fare("Ask my cousin to lend me ₹50 for the rickshaw");
  const std::size_t sign = fare.at("₹");
  REQUIRE(sign != npos);
  CHECK(fare.amounts[sign].value < trivial_amount);
  CHECK(kinds(fare.findings.low_cost).empty());
  CHECK(kinds(fare.findings.reversible).empty());
  const Run loan("Ask my cousin to lend me ₹50,000");
  CHECK(loan.amounts[loan.at("₹")].value > trivial_amount);
  CHECK(std::vector<ReasonKind>{ReasonKind::loan} == kinds(loan.findings.low_cost));
  const Run euros("Ask my cousin to lend me €50");
  CHECK(50.0 == euros.amounts[euros.at("€")].value);
}

TEST_CASE("amounts: notes by name, codes before the sum, numbers that name things") {
  const Run fiver("Can I borrow a fiver for the chippy?");
  CHECK(5.0 == fiver.amounts[fiver.at("a")].value);
  CHECK(1000.0 == Run("Lend me a grand").amounts[2].value);
  const Run code("Ask the agent to pay the flights, KES 95,000");
  const std::size_t kes = code.at("kes");
  REQUIRE(kes != npos);
  CHECK(kes + 2 == code.amounts[kes].end);
  CHECK(code.amounts[kes].value < 1000.0);  // a rough rate to the euro, not 95,000
  CHECK(code.amounts[kes].value > 100.0);
  const Run lower("Ask the agent to pay the flights, kes 95,000");  // a code is typed in capitals
  CHECK(0u == lower.amounts[lower.at("kes")].end);
  // « francs CFA »: the second word says which francs
  const Run cfa("Demander s'il peut me dépanner de 200 francs CFA");
  CHECK(cfa.amounts[cfa.at("200")].value < 1.0);
  const Run francs("Demander à Paul de me prêter 200 francs");
  CHECK(200.0 == francs.amounts[francs.at("200")].value);
  // "bus 38" names a bus; "300" at the end after a loan is a sum
  CHECK(kinds(Run("Demander à un passant où se trouve l'arrêt du bus 38").findings.low_cost).empty());
  CHECK_FALSE(kinds(Run("Demander à un passant de me prêter 38").findings.low_cost).empty());
}

// --- asks and addressee ------------------------------------------------------------------

TEST_CASE("asks: the ask, its addressee, and what the addressee is") {
  const Run waiter("Ask the waiter to bring the bill");
  CHECK(1u == waiter.asking.asks.size());
  CHECK("the waiter" == waiter.text.quote(waiter.asking.addressee));
  CHECK("Ask" == waiter.text.quote(waiter.asking.ask));
  CHECK(waiter.at("to") == waiter.asking.act_start);
  CHECK(waiter.asking.in_passing);
  CHECK_FALSE(waiter.asking.generic);

  const Run serveur("Demander au serveur une carafe d'eau");
  CHECK("le serveur" == addressee_text(serveur.text, serveur.asking));
  CHECK(serveur.asking.addressee_prep.found());

  CHECK(Run("Ask people for directions").asking.generic);
  CHECK(Run("Ask the bank to set up a loan").asking.business);
  CHECK_FALSE(Run("Ask my sister to set up a loan").asking.business);
  const Run none("Be more confident");
  CHECK_FALSE(none.asking.any());
  CHECK_FALSE(none.asking.addressee.found());

  // a family or a group is one's own only when said so
  CHECK(Run("Ask a family at the next table if we can join their table").asking.in_passing);
  CHECK(Run("Demander à la famille qui m'a indiqué le chemin si je peux dîner avec eux").asking.in_passing);
  CHECK_FALSE(Run("Demander à ma famille de venir dimanche").asking.in_passing);
  CHECK_FALSE(Run("Ask my family to come for lunch on Sunday").asking.in_passing);
}

// --- guards ------------------------------------------------------------------------------

TEST_CASE("guards: questions, negations, prices, lending and justifications") {
  const Run how("Ask the gym how I can cancel my membership");
  CHECK(how.guards.asked_about(how.text, how.at("cancel")));
  const Run without("Ask the dealer for a test drive without committing to anything");
  CHECK(without.guards.negated(without.text, without.at("committing")));
  CHECK_FALSE(without.guards.negated(without.text, without.at("test")));
  const Run price("Demander au garagiste le prix de la réparation à 1 800 €");
  CHECK(price.guards.priced(price.text, price.at("reparation")));
  const Run lend("Ask my brother to lend me his charger for the weekend");
  CHECK(0 != lend.guards.lend_before[lend.at("weekend")]);
  const Run because("Ask Sam to swap shifts because my sister is visiting, please");
  REQUIRE(1u == because.guards.justifications.size());
  CHECK("because my sister is visiting" == because.text.quote(because.guards.justifications.front()));
  CHECK(because.guards.justifying(because.at("sister")));
  CHECK(guarded(how.text, how.guards, how.asking, words::asked_about, how.at("cancel")));
  CHECK_FALSE(guarded(how.text, how.guards, how.asking, words::negated, how.at("cancel")));
  // a clause about the person asked asks nothing: "who" there is no question word
  const Run who("Ask Priya, who I met at school, whether she could lend me 600 dollars");
  CHECK_FALSE(guarded(who.text, who.guards, who.asking, words::asked_about, who.at("lend")));
  CHECK(std::vector<ReasonKind>{ReasonKind::loan} == kinds(who.findings.low_cost));
}

TEST_CASE("guards: a meal or a garden counts only when asked of someone met in passing") {
  const Run stranger("Ask the woman beside me on the train whether she'd like to have dinner with me");
  CHECK(stranger.asking.in_passing);
  CHECK(std::vector<ReasonKind>{ReasonKind::big_favour} == kinds(stranger.findings.low_cost));
  const Run friend_("Ask Léa whether she'd like to have dinner with me");
  CHECK_FALSE(friend_.asking.in_passing);
  CHECK(kinds(friend_.findings.low_cost).empty());
  CHECK(guarded(friend_.text, friend_.guards, friend_.asking, words::met_in_passing, friend_.at("dinner")));
  CHECK_FALSE(guarded(stranger.text, stranger.guards, stranger.asking, words::met_in_passing, stranger.at("dinner")));
}

TEST_CASE("guards: daring to ask is a goal only when no one is named as asked") {
  const Run goal("Oser demander une remise");
  CHECK(std::vector<ReasonKind>{ReasonKind::habit} == kinds(goal.findings.concrete));
  const Run dare("Ose demander une promotion à ton boss");
  CHECK(dare.asking.addressee.found());
  CHECK(kinds(dare.findings.concrete).empty());
  CHECK(guarded(dare.text, dare.guards, dare.asking, words::unaddressed, dare.at("demander")));
  CHECK(kinds(Run("Dare to ask your boss for a promotion").findings.concrete).empty());
  CHECK(std::vector<ReasonKind>{ReasonKind::habit} == kinds(Run("Dare to ask for a discount").findings.concrete));
}

// --- findings ----------------------------------------------------------------------------

TEST_CASE("findings: each criterion's, in the order found") {
  const Run raise("Ask my boss for a raise and a promotion");
  CHECK(std::vector<ReasonKind>{ReasonKind::raise, ReasonKind::promotion} == kinds(raise.findings.low_cost));
  REQUIRE(1u == raise.findings.bundles.size());
  CHECK("and" == raise.text.quote(raise.findings.bundles.front()));
  CHECK(std::vector<ReasonKind>{ReasonKind::bundled} == kinds(raise.findings.concrete));

  // A rule's money ("lend me 500€") and the sum itself ("500€"): one reason once merged.
  const Run money("Ask my sister to lend me 500€");
  CHECK(std::vector<ReasonKind>{ReasonKind::money, ReasonKind::money} == kinds(money.findings.reversible));
  CHECK(std::vector<ReasonKind>{ReasonKind::loan} == kinds(money.findings.low_cost));
  CHECK(kinds(Run("Ask the waiter for the bill").findings.concrete).empty());
  CHECK(std::vector<ReasonKind>{ReasonKind::habit, ReasonKind::no_ask} == kinds(Run("Be more confident").findings.concrete));

  const Run vague("Demander un truc au serveur");
  CHECK(std::vector<ReasonKind>{ReasonKind::vague_object} == kinds(ask_findings(vague.m, vague.asking)));
  const Run people("Ask people for things");
  CHECK(std::vector<ReasonKind>{ReasonKind::vague_object, ReasonKind::no_addressee} ==
        kinds(ask_findings(people.m, people.asking)));
  CHECK_FALSE(people.findings.long_winded);

  // "with this box" says with what; "for tomorrow" only says when.
  const Run box("Could you give me a hand with this box?");
  CHECK(kinds(ask_findings(box.m, box.asking)).empty());
  const Run when("Ask Sam for a hand for tomorrow");
  CHECK(std::vector<ReasonKind>{ReasonKind::vague_object} == kinds(ask_findings(when.m, when.asking)));
}

TEST_CASE("findings: a public place with something that cannot be taken back") {
  const Run pub("Ask in the all-company Slack channel why my manager hid the layoffs from us");
  CHECK(std::vector<ReasonKind>{ReasonKind::public_statement} == kinds(pub.findings.reversible));
  CHECK(kinds(Run("Ask at the team meeting whether the office is closed on Friday").findings.reversible).empty());
  // a declaration is said to the person, whoever hears it; a grievance before the team is public
  const Run party("Tell someone at the party that I find them attractive");
  CHECK(kinds(party.findings.reversible).empty());
  CHECK(std::vector<ReasonKind>{ReasonKind::declaration} == kinds(party.findings.low_cost));
  CHECK(std::vector<ReasonKind>{ReasonKind::public_statement} ==
        kinds(Run("Ask my boss in front of the whole team why my bonus was smaller than Tom's").findings.reversible));
  CHECK(kinds(Run("Demander à ma femme d'arrêter de critiquer ma façon de conduire devant les enfants").findings.reversible).empty());
}

// --- verdicts ----------------------------------------------------------------------------

TEST_CASE("verdicts: fail on a fail, unsure on only unclear, else pass with what was seen") {
  const Run r("Ask my brother to lend me some money");
  CHECK(Verdict::unsure == r.verdicts.reversible.verdict);
  CHECK(Verdict::fail == r.verdicts.low_cost.verdict);
  const Run ok("Ask the waiter for the bill");
  CHECK(Verdict::pass == ok.verdicts.concrete.verdict);
  CHECK(std::vector<ReasonKind>{ReasonKind::clear_ask} == kinds(ok.verdicts.concrete));
  CHECK("the waiter" == ok.verdicts.concrete.reasons.front().words);
  CHECK(std::vector<ReasonKind>{ReasonKind::nothing_lasting} == kinds(ok.verdicts.reversible));

  // Overlapping findings of one kind give one reason, the longer quote.
  const Run t("lend me some money now");
  const CriterionResult d = decide(t.text, {{ReasonKind::loan, {0, 2}}, {ReasonKind::loan, {0, 4}}},
                                   ReasonKind::small_favour, "");
  CHECK(Verdict::fail == d.verdict);
  REQUIRE(1u == d.reasons.size());
  CHECK("lend me some money" == d.reasons.front().words);
  const CriterionResult u = decide(t.text, {{ReasonKind::unclear, {2, 4}}}, ReasonKind::small_favour, "");
  CHECK(Verdict::unsure == u.verdict);
  CHECK("some money" == u.reasons.front().words);
}

// --- warnings, rewrites and suggestions --------------------------------------------------

TEST_CASE("warnings: each with the text without all of them") {
  const Run r("Ask the barista for a glass of water, sorry to bother, only if it's no trouble");
  const std::vector<Warning> w = find_warnings(r.m);
  REQUIRE(2u == w.size());
  CHECK(WarningKind::apology == w[0].kind);
  CHECK("sorry to bother" == w[0].words);
  CHECK(WarningKind::hedge == w[1].kind);
  CHECK("Ask the barista for a glass of water" == w[1].instead);
  CHECK(find_warnings(Run("Ask the waiter for the bill").m).empty());
}

TEST_CASE("rewrites: split, shortened, without the ultimatum") {
  const Run bundle("Ask the waiter for the bill and also whether they can call us a taxi");
  CHECK(Words{"Ask the waiter for the bill", "Ask the waiter whether they can call us a taxi"} ==
        split_parts(bundle.m, bundle.asking, bundle.findings.bundles));
  CHECK(split_parts(bundle.m, bundle.asking, {}).empty());

  const Run because("Ask Sam, because my sister is visiting, to swap shifts");
  CHECK("Ask Sam to swap shifts" == shortened(because.text, because.asking, because.guards.justifications));

  const Run ultimatum("Demander à mon chef le télétravail le vendredi, sinon je démissionne");
  REQUIRE_FALSE(ultimatum.findings.reversible.empty());
  CHECK("Demander à mon chef le télétravail le vendredi" ==
        without_ultimatum(ultimatum.text, ultimatum.findings.reversible.front().span));
}

TEST_CASE("suggestions: only for failing criteria, from their reasons") {
  const Run r("Ask my neighbour to help me move house on Saturday");
  const std::vector<Suggestion> s = suggest(r.m, r.asking, r.guards, r.findings, r.verdicts);
  REQUIRE(1u == s.size());
  CHECK(SuggestionKind::scale_down == s[0].kind);
  CHECK(Words{"help me move"} == s[0].parts);
  const Run ok("Ask the waiter for the bill");
  CHECK(suggest(ok.m, ok.asking, ok.guards, ok.findings, ok.verdicts).empty());
}

TEST_CASE("edit: removing words, tidying, capitalising in any script") {
  CHECK("Ask the barista" == without("Ask the barista, sorry", {{15, 22}}));
  CHECK("Ask" == without("Ask", {{0, 3}}));  // nothing left: the text itself
  CHECK("a b" == tidy("  a   b ,"));
  std::string s = "été";
  capitalise_from(s, 0);
  CHECK("Été" == s);
  s = "σοφία";
  capitalise_from(s, 0);
  CHECK("Σοφία" == s);
  s = "(µ";
  capitalise_from(s, 0);
  CHECK("(µ" == s);
  CHECK(starts_upper("Łukasz", 0));
  CHECK_FALSE(starts_upper("łza", 0));
}

// --- the whole pipeline: composed and decomposed text ------------------------------------

namespace {

// Decomposes the French accented letters of a text (NFD), as some keyboards type them.
std::string decomposed(std::string_view s) {
  static const std::vector<std::pair<std::string_view, std::string_view>> letters{
      {"à", "a\u0300"}, {"â", "a\u0302"}, {"ç", "c\u0327"}, {"é", "e\u0301"}, {"è", "e\u0300"}, {"ê", "e\u0302"},
      {"ë", "e\u0308"}, {"î", "i\u0302"}, {"ï", "i\u0308"}, {"ô", "o\u0302"}, {"ù", "u\u0300"}, {"û", "u\u0302"},
      {"É", "E\u0301"}, {"À", "A\u0300"}, {"Ê", "E\u0302"}};
  std::string out(s);
  for (const auto& [composed, parts] : letters)
    for (std::size_t at = out.find(composed); at != std::string::npos; at = out.find(composed, at + parts.size()))
      out.replace(at, composed.size(), parts);
  return out;
}

}  // namespace

TEST_CASE("assess: a decomposed (NFD) request gets the verdicts of the composed one") {
  for (const std::string_view nfc :
       {"Demander à mon propriétaire d'enregistrer mon préavis de départ", "Demander au standard comment résilier mon abonnement",
        "Demander à la boulangère s'il lui reste des croissants aux amandes", "Dire à Camille que je suis amoureux d'elle",
        "Être plus sûre de moi en réunion", "Demander à ma sœur de me prêter sa voiture pendant deux semaines",
        "Demander à mon chef le télétravail le vendredi, sinon je démissionne"}) {
    const std::string nfd = decomposed(nfc);
    REQUIRE(nfd != nfc);
    const Assessment a = assess(nfc), b = assess(nfd);
    CHECK_MESSAGE(a.lang == b.lang, nfc);
    for (const Criterion c : {Criterion::concrete, Criterion::reversible, Criterion::low_cost}) {
      CHECK_MESSAGE(a.result(c).verdict == b.result(c).verdict, nfc);
      CHECK_MESSAGE(kinds(a.result(c)) == kinds(b.result(c)), nfc);
      for (const Reason& r : b.result(c).reasons) CHECK_MESSAGE(std::string::npos != nfd.find(r.words), nfc);  // as typed
    }
  }
}

TEST_CASE("assess: a capitalised letter beyond Latin-1 folds like its lower case") {
  const Assessment lower = assess("Ask Дмитрий for the salt");
  const Assessment upper = assess("ASK ДМИТРИЙ FOR THE SALT");
  CHECK(lower.concrete.verdict == upper.concrete.verdict);
  CHECK(lower.micro() == upper.micro());
}
