// Agreement with the labelled requests, all kept beside this file (data/): the project's
// example corpus (data/corpus_requests.tsv, a copy of the rows the criteria were first
// written with, so that the suite needs nothing outside the repository); a held-out set
// written apart from it (data/extra_requests.tsv, next to this file), which guards against
// fitting the checker to the corpus rows; and the requests written afterwards to find the
// checker's weaknesses (data/tuning_requests.tsv), kept as a regression set; and blind
// batches (data/blind*_requests.tsv), each written and committed before the checker was run
// on it, whose first-run agreement estimates how the checker generalises.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <initializer_list>
#include <sstream>
#include <string>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "labelled_rows.hpp"
#include "microask/criteria.hpp"

using namespace microask;

namespace {

using Row = test::LabelledRow;

constexpr Criterion criteria[] = {Criterion::concrete, Criterion::reversible, Criterion::low_cost};

std::string percent(std::size_t n, std::size_t total) {
  std::ostringstream out;
  out.precision(1);
  out << std::fixed << (total == 0 ? 0.0 : 100.0 * static_cast<double>(n) / static_cast<double>(total)) << "%";
  return out.str();
}

// Measures, reports and asserts the agreement with one labelled file: each criterion and the
// overall verdict agree on at least `floor` of the rows. `strict`: every row labelled fail is
// found failing (the regression sets); the blind and held-out sets only keep their floors.
void measure(const std::filesystem::path& path, double floor = 0.9, bool strict = true) {
  const std::vector<Row> rows = test::read_labelled(path);
  REQUIRE(rows.size() >= 50);
  std::size_t agree[3] = {0, 0, 0}, overall = 0, unsure = 0, lang = 0;
  for (const Row& row : rows) {
    const Assessment a = assess(row.text);
    bool all_pass = true;
    for (std::size_t i = 0; i < 3; ++i) {
      const CriterionResult& r = a.result(criteria[i]);
      agree[i] += r.verdict == row.labels[i] ? 1u : 0u;
      unsure += r.verdict == Verdict::unsure ? 1u : 0u;
      all_pass = all_pass && row.labels[i] == Verdict::pass;
      // Every fail row is explained by reasons that quote the words from the text.
      if (strict && row.labels[i] == Verdict::fail) {
        INFO(row.id << " " << to_string(criteria[i]) << ": " << row.text);
        CHECK(Verdict::fail == r.verdict);
      }
      if (r.verdict == Verdict::fail) {
        for (const Reason& reason : r.reasons) {
          INFO(row.id << " " << to_string(criteria[i]) << " " << to_string(reason.kind) << ": " << row.text);
          CHECK_FALSE(reason.words.empty());
          CHECK(std::string::npos != row.text.find(reason.words));
        }
      }
    }
    overall += a.micro() == all_pass ? 1u : 0u;
    lang += to_string(a.lang) == row.lang ? 1u : 0u;
  }
  const std::size_t n = rows.size();
  MESSAGE(path.filename().string() << ": " << n << " requests; agreement concrete " << percent(agree[0], n)
                                   << ", reversible " << percent(agree[1], n) << ", low_cost "
                                   << percent(agree[2], n) << ", overall " << percent(overall, n)
                                   << "; unsure " << percent(unsure, 3 * n) << " of verdicts; language "
                                   << percent(lang, n));
  const auto at_least = [&](std::size_t k) { return static_cast<double>(k) >= floor * static_cast<double>(n); };
  for (std::size_t i = 0; i < 3; ++i) CHECK(at_least(agree[i]));
  CHECK(at_least(overall));
  CHECK(unsure * 10 <= 3 * n);
  CHECK(lang * 20 >= n * 19);
}

// A round of blind batches, each held to its floor on its own.
void measure_batches(std::initializer_list<const char*> names) {
  for (const char* name : names) {
    INFO(name);
    measure(std::filesystem::path(MICROASK_TEST_DATA) / name, 0.9, false);
  }
}

}  // namespace

TEST_CASE("agreement with the example corpus") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "corpus_requests.tsv");
}

TEST_CASE("agreement with the extra requests (regressions)") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "extra_requests.tsv");
}

TEST_CASE("agreement with the tuning requests (regressions)") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "tuning_requests.tsv");
}

TEST_CASE("agreement with the first blind batch (regressions)") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind_requests.tsv");
}

TEST_CASE("agreement with the second blind batch (regressions)") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind2_requests.tsv");
}

// The third blind batch (issue 10's styles), first run 0.73 (en) and 0.78 (fr) overall; tuned
// on since, by families of words.
TEST_CASE("agreement with the third blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind3_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the third blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind3_fr.tsv", 0.9, false);
}

// The fifth blind batch, committed before the checker ran on it: first run 0.61 (en) and 0.73
// (fr) overall, 0.93 and 0.92 after the families found on the third batch, then tuned on.
TEST_CASE("agreement with the fifth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind5_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the fifth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind5_fr.tsv", 0.9, false);
}

// The sixth blind batch, written by helpers from criteria.md alone and committed before the
// checker ran on it: first run 0.84 (en) and 0.87 (fr) overall; 0.92 and 0.92 after the
// families it showed (money given against lent, trivial at 10, over 25 words, slashes, big
// favours of hours or of a stranger's place, part time, starting a business together).
TEST_CASE("agreement with the sixth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind6_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the sixth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind6_fr.tsv", 0.9, false);
}

// The seventh blind batch, written by helpers from criteria.md alone and committed before the
// checker ran on it: first run 0.85 (en) and 0.87 (fr) overall; 0.97 and 0.98 after the
// families it showed (reproaches as questions, how one is spoken to, hours of pages, forms
// and assembly, a meal or a garden asked of someone met in passing, a year signed up for,
// writing together, a large sum long owed).
TEST_CASE("agreement with the seventh blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind7_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the seventh blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind7_fr.tsv", 0.9, false);
}

// The eighth blind batch, written the same way in the phrasing of real sources (challenge
// lists, exposure steps with their ratings, forums, NVC): first run 0.87 (en) and 0.89 (fr)
// overall; 0.94 and 0.93 after its families (a step's label and rating are no words, pence,
// a date is no sum, a greeting before "I'd like", "Prête-moi", "Soit tu", subscriptions and
// payment plans, remote for good, a stranger's dog, kitchens or table, compliments).
TEST_CASE("agreement with the eighth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind8_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the eighth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind8_fr.tsv", 0.9, false);
}

// The ninth blind batch, written the same way in everyday settings (nursery, GP, garage, bank,
// flatshare, in-laws, rota and leave): first run 0.87 (en) and 0.85 (fr) overall; 0.97 and
// 0.95 after its families (numbered lists, days of childcare, a lift from someone met in
// passing, free extra work from a tradesperson, leave and remote work for good, a quote
// signed, years signed up for, "vraiment ?" and "tu me dois toujours" as reproaches).
TEST_CASE("agreement with the ninth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind9_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the ninth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind9_fr.tsv", 0.9, false);
}

// The tenth blind batch, written the same way: English near twins across all three criteria,
// French low relational cost as it is phrased; first run 0.87 (en) and 0.84 (fr) overall;
// 0.94 and 0.99 after its families (haggling rent or a price, long extensions, money towards
// a wedding, "c'est normal que tu ... ?", "for once", "on se revoit ?", small numbers of
// boxes, a lift asked of someone met in passing, a one-star review).
TEST_CASE("agreement with the tenth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind10_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the tenth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind10_fr.tsv", 0.9, false);
}

// The eleventh blind batch, typed fast (lowercase, no accents, stp/qqn/pls/tmrw, emoji,
// inclusive French, Québec and Belgian words, short notes): first run 0.90 (en) and 0.88 (fr)
// overall; 0.96 and 0.94 after its families ("do u have the time", "can u also", sth, pdt,
// septante, a stranger's ute, a coworker's whole deck, a printer that died). Its labeller
// fails public posts that only ask a question, which the other batches pass: left as labelled.
TEST_CASE("agreement with the eleventh blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind11_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the eleventh blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind11_fr.tsv", 0.9, false);
}

// The twelfth blind batch, in the voices of someone working on confidence (intentions,
// "Today's challenge:", « Défi du jour : », the fear first, questions to oneself, goals),
// half its French rows failing low cost: first run 0.91 (en) and 0.91 (fr) overall; 0.99 and
// 0.98 after its families (yearly memberships, a name on the lease, weeks on a sofa, "if
// I'm not promoted, I'm leaving", « tu pourrais pas faire un effort pour ... », « s'installer
// avec moi », "be the kind of person who").
TEST_CASE("agreement with the twelfth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind12_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the twelfth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind12_fr.tsv", 0.9, false);
}

// The thirteenth blind batch, written as the message itself (emails, texts, posts, formal
// and polite forms, notes about the channel): first run 0.84 (en) and 0.85 (fr) overall;
// 0.97 and 0.97 after its families ("Kindly", "I was wondering if you could", "my order"
// is no ask, a large discount, a reference letter by tomorrow, a question posted in a group
// binds nothing). Its labeller fails "Text Jo that ..." news as no ask, where the other
// batches and the corpus's own tell-rows pass it: left as labelled.
TEST_CASE("agreement with the thirteenth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind13_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the thirteenth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind13_fr.tsv", 0.9, false);
}

// The fourteenth blind batch, in styles a checker's authors may not think of (list markers,
// "TODO:", a role first, conditions before the ask, third person, negated and hedged asks,
// asides, franglais, "How do I ask ...?", one word): first run 0.87 (en) and 0.86 (fr)
// overall; 0.99 and 0.96 after its families ("No ultimatum, just ask", "How do I ask my boss
// for a raise?" is about the raise, "Raise?" alone names no one, « checker avec », « pinger »,
// a job asked for, a business partner, a stranger walking me home, "stop being so negative"
// reported as one clear ask).
TEST_CASE("agreement with the fourteenth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind14_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the fourteenth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind14_fr.tsv", 0.9, false);
}

// The fifteenth blind batch, French in all its registers (familier, soutenu, administratif,
// slang, subjunctive wishes, negative questions) and English in the same: first run 0.79 (fr)
// and 0.88 (en) overall, French low cost 0.83; 0.95 and 0.97 after its families (« Je vous
// serais reconnaissant de », « Merci de bien vouloir », « Il faudrait que tu », « un billet
// de vingt », « taxer 300 balles », dropping out of uni, a detour of an hour, « de
// complaisance », "Couldn't you at least pretend", a fine waived).
TEST_CASE("agreement with the fifteenth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind15_fr.tsv", 0.9, false);
}

TEST_CASE("agreement with the fifteenth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind15_en.tsv", 0.9, false);
}

// The sixteenth blind batch, a mixed exam in every style the issue names, in equal shares:
// first run 0.90 (en) and 0.88 (fr) overall (French low cost 0.92); 0.98 and 0.98 after its
// families (signing "so I can sign it tonight", a quote accepted, a list of objects asked
// at once, a stranger fixing my bike, "instead of just turning up", the situation of an NVC
// request is no public place, « c'est toi qui », « c'est trop te demander »).
TEST_CASE("agreement with the sixteenth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind16_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the sixteenth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind16_fr.tsv", 0.9, false);
}

// The seventeenth blind batch, the styles of the issue again with French low cost in mind
// (reproaches counted out, commitments in mild verbs, favours said to the person): first run
// 0.87 (en) and 0.92 (fr) overall (English concrete, reversible, low cost 0.92, 0.92, 0.93);
// 1.00 and 1.00 after its families ("this is the third time you", « ça fait trois fois que
// tu », « tu ne ... jamais », "say yes to the lease", « formule annuelle », « jusqu'en juin »,
// a stand-up is no standing up, "we've only just met", a bare sum lent, a list of bare acts).
TEST_CASE("agreement with the seventeenth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind17_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the seventeenth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind17_fr.tsv", 0.9, false);
}

// The eighteenth blind batch, in the voices of real sources (challenge lists, exposure
// ladders, assertiveness homework, NVC, forum posts, workplace messages, notes to self): first
// run 0.86 (en) and 0.89 (fr) overall (French concrete, reversible, low cost 0.91, 0.97,
// 0.89); 0.98 and 0.97 after its families (a label after a mark or a word and before a dash,
// "Is it rude to ask", « essayer le vélo à 1 200 € », "either ask ... or ask", a stranger's
// picnic or car, a weekend spent on it, « la jolie serveuse », « (prêt) », "I'd like you to").
TEST_CASE("agreement with the eighteenth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind18_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the eighteenth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind18_fr.tsv", 0.9, false);
}

// The nineteenth blind batch: French about low relational cost as it is written, English from
// different places and situations. First run 0.93 (fr; low cost 0.92) and 0.89 (en; concrete,
// reversible, low cost 0.99, 0.94, 0.94); 0.99 and 1.00 after its families ("lock in the
// rate", "put my name down for the year", "make ... permanent", « deux jours de télétravail par
// semaine », a form filled in by the electrician, "a drink sometime" with someone met in
// passing, « dîner en amoureux », « Tu comptes ... un jour ? », grief, « remise de 40 % »).
TEST_CASE("agreement with the nineteenth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind19_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the nineteenth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind19_fr.tsv", 0.9, false);
}

// The twentieth blind batch, near twins in everyday settings: first run 0.92 (en; concrete,
// reversible, low cost 1.00, 0.95, 0.93) and 1.00 (fr; 0.97, 0.93, 0.98); 1.00 and 1.00 after
// its families ("charge my card £89", « débiter 65 € sur ma carte », "I'll move out unless",
// "vote out", "take you out sometime", "a ten percent raise", « me respecte davantage »,
// « avoir deux cents euros de plus par mois » as a raise, an annual meeting as a public).
TEST_CASE("agreement with the twentieth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind20_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the twentieth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind20_fr.tsv", 0.9, false);
}

// The twenty-first blind batch, as shared request lists are written (self-help posts,
// handouts, threads telling what was asked, logbooks, asks at work, many tenses): first run
// 0.94 (en; concrete, reversible, low cost 0.99, 0.94, 0.95) and 0.92 (fr; 0.92, 0.98, 0.96);
// 0.99 and 0.99 after its families ("50 cents" is no favour, "or else work from home" is an
// alternative, "pay for everyone", a rota for the whole year, a cut reversed in front of all,
// « des amis », « avance sur salaire », « un petit truc », « Offrir à ma voisine de »).
TEST_CASE("agreement with the twenty-first blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind21_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the twenty-first blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind21_fr.tsv", 0.9, false);
}

// The twenty-second blind batch, written like the corpus ("Ask my landlord to ...", « Demander
// à ... de ... », typos, bundles, wishes): first run 0.93 (en; concrete, reversible, low cost
// 0.97, 0.94, 0.91) and 0.86 (fr; 0.97, 0.94, 0.90); 0.98 and 0.97 after its families (bus
// numbers, a chair at a table, notes by name, currency codes, fines waived, lasting changes in
// mild words, illness and grief, « la famille qui ... », « juste nous deux »).
TEST_CASE("agreement with the twenty-second blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind22_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the twenty-second blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind22_fr.tsv", 0.9, false);
}

// The twenty-third blind batch, as people write outside a planner (texts, Slack, exposure
// hierarchies, diaries, forums; French with care on low cost): first run 0.86 (en; 0.95, 0.93,
// 0.86) and 0.88 (fr; 0.95, 0.97, 0.90); 0.96 and 0.98 after its families ("Can someone ...",
// "Venmo me", "pop my name down", grievances by comparison, « je pense encore à toi »).
TEST_CASE("agreement with the twenty-third blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind23_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the twenty-third blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind23_fr.tsv", 0.9, false);
}

// The twenty-fourth blind batch, in many varieties of each language and as learners write
// (Australian, Nigerian, Indian English; Belgian, Swiss, Québec and West African French): first
// run 0.87 (en; 0.96, 0.92, 0.88) and 0.86 (fr; 0.90, 0.92, 0.90); 0.94 and 0.96 after its
// families (₹ ₦ and « piasses », sums paid ahead, « pis aussi », names that end like
// infinitives, a statement after a question, « devant toute l'assemblée », vocatives).
TEST_CASE("agreement with the twenty-fourth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind24_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the twenty-fourth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind24_fr.tsv", 0.9, false);
}

// The twenty-fifth blind batch, written exactly like a journal's planned entries, with near
// misses on every criterion: first run 0.91 (en; 0.95, 0.95, 0.93) and 0.91 (fr; 0.99, 0.98,
// 0.95); 0.99 and 0.96 after its families (tattoos, business together, extra work unpaid,
// questions joined by « et qui »).
TEST_CASE("agreement with the twenty-fifth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind25_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the twenty-fifth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind25_fr.tsv", 0.9, false);
}

// The twenty-sixth blind batch, on the edges of concrete and reversible (vague objects said in
// new ways, bundles in one sentence, commitments in mild verbs, public words): first run 0.85
// (en; 0.89, 0.92, 0.92) and 0.86 (fr; 0.91, 0.92, 0.95); 0.96 and 0.98 after its families.
TEST_CASE("agreement with the twenty-sixth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind26_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the twenty-sixth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind26_fr.tsv", 0.9, false);
}

// The twenty-seventh blind batch, a mixed exam of ten styles in equal shares: first run 0.88
// (en; 0.92, 0.95, 0.91) and 0.91 (fr; 0.92, 0.97, 0.92); 0.96 and 0.98 after its families.
TEST_CASE("agreement with the twenty-seventh blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind27_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the twenty-seventh blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind27_fr.tsv", 0.9, false);
}

// The twenty-eighth blind batch, French, in the voices of real sources (rejection dares,
// exposure ladders, assertiveness homework, NVC, forums): first run 0.86 (0.94, 0.93, 0.88),
// measured on the helper's final file with the round's starting checker (its draft, run once
// by mistake before it was finished, read 0.86 too); 0.94 after its families.
TEST_CASE("agreement with the twenty-eighth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind28_fr.tsv", 0.9, false);
}

// The twenty-ninth blind batch, English, on the edge of low relational cost (favours by size,
// strangers, private property, approaches, reproaches, intrusive questions, money): first run
// 0.85 (0.96, 0.97, 0.87); 0.96 after its families.
TEST_CASE("agreement with the twenty-ninth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind29_en.tsv", 0.9, false);
}

// The thirtieth blind batch, French, written like a journal's planned entries: first run 0.95
// (0.96, 0.95, 0.94); 0.96 after its families.
TEST_CASE("agreement with the thirtieth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind30_fr.tsv", 0.9, false);
}

// The thirty-first blind batch, English, long and messy real-life forms (context then the ask,
// run-ons, lists, dates in many formats): first run 0.94 (0.92, 0.94, 0.95) with the checker
// of that moment (0.93 with the round's starting one); 0.97 after its families.
TEST_CASE("agreement with the thirty-first blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind31_en.tsv", 0.9, false);
}

// The thirtieth blind batch, English, written like a journal's planned entries: first run
// 0.925 (0.975, 0.975, 0.89), committed after a round's tuning and not tuned on then; 0.975
// after its families, the next round.
TEST_CASE("agreement with the thirtieth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind30_en.tsv", 0.9, false);
}

// The thirty-second blind batch, English, in the voices of real sources (rejection dares,
// exposure steps, assertiveness homework, NVC, forums): first run 0.87 (0.97, 0.93, 0.85);
// 0.97 after its families.
TEST_CASE("agreement with the thirty-second blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind32_en.tsv", 0.9, false);
}

// The thirty-second blind batch, French, on the edge of low relational cost: first run 0.87
// (0.99, 0.93, 0.89); 0.99 after its families.
TEST_CASE("agreement with the thirty-second blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind32_fr.tsv", 0.9, false);
}

// The thirty-third blind batch, English, as the words to say, bare actions, orders, texts and
// past-tense lines: first run 0.86 (0.89, 0.93, 0.92); 0.94 after its families.
TEST_CASE("agreement with the thirty-third blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind33_en.tsv", 0.9, false);
}

// The thirty-third blind batch, French, long and messy forms (context then the ask, voice
// messages, lists, dates in many forms): first run 0.91 (0.95, 0.94, 0.94); 0.96 after its
// families.
TEST_CASE("agreement with the thirty-third blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind33_fr.tsv", 0.9, false);
}

// The thirty-fourth blind batch, English, on the edge of low relational cost: first run 0.90
// (0.98, 0.98, 0.89); 0.98 after its families.
TEST_CASE("agreement with the thirty-fourth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind34_en.tsv", 0.9, false);
}

// The thirty-fourth blind batch, French, in the voices of real sources: first run 0.89 (0.96,
// 0.90, 0.91); 0.95 after its families.
TEST_CASE("agreement with the thirty-fourth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind34_fr.tsv", 0.9, false);
}

// The thirty-fifth blind batch, English, long and messy real-life forms: first run 0.96 (0.96,
// 0.96, 0.88) with the checker of that moment, 0.96 (0.97, 0.96, 0.88) with the round's
// starting one; 0.98 after its families. Its file was swept into an unrelated commit (074a791)
// by a `git add -A` two minutes after its helper wrote it and before the helper reported; the
// file did not change after, and no one had run the checker on it.
TEST_CASE("agreement with the thirty-fifth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind35_en.tsv", 0.9, false);
}

// The thirty-fifth blind batch, French, written like a journal's planned entries: first run
// 0.94 (0.975, 0.95, 0.96); 0.96 after its families.
TEST_CASE("agreement with the thirty-fifth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind35_fr.tsv", 0.9, false);
}

// The thirty-sixth blind batch, English, a mixed exam of ten styles: first run 0.97 (0.98,
// 0.94, 0.98); 0.99 after its families.
TEST_CASE("agreement with the thirty-sixth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind36_en.tsv", 0.9, false);
}

// The thirty-sixth blind batch, French, a mixed exam of ten styles: first run 0.92 (0.93, 0.95,
// 0.92) with the checker of that moment (0.93 with the round's starting one); 0.97 after its
// families.
TEST_CASE("agreement with the thirty-sixth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind36_fr.tsv", 0.9, false);
}

// The thirty-seventh blind batch, English, from many varieties of English and from learners:
// first run 0.94 (0.96, 0.95, 0.95) with the checker of that moment (0.92 with the round's
// starting one); 0.95 after its families.
TEST_CASE("agreement with the thirty-seventh blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind37_en.tsv", 0.9, false);
}

// The thirty-seventh blind batch, French, as people write outside a planner, half of its fails
// on low cost: first run 0.90 (0.98, 0.96, 0.89); 0.98 after its families.
TEST_CASE("agreement with the thirty-seventh blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind37_fr.tsv", 0.9, false);
}

// The thirty-eighth blind batches, written like a journal's planned entries: English first run
// 0.94 (0.975, 0.96, 0.94) with the checker of that moment (0.925 with the round's starting
// one), 0.975 after its families; French 0.90 (0.99, 0.96, 0.94) (0.89 with the starting
// one), 0.96 after its families.
TEST_CASE("agreement with the thirty-eighth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind38_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the thirty-eighth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind38_fr.tsv", 0.9, false);
}

// The thirty-ninth blind batches: English in the voices of real sources, first run 0.94 (0.97,
// 0.92, 0.92) (0.93 with the round's starting checker), 0.98 after its families; French on the
// edge of low cost, first run 0.92 (1.00, 0.96, 0.89), 0.96 after its families.
TEST_CASE("agreement with the thirty-ninth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind39_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the thirty-ninth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind39_fr.tsv", 0.9, false);
}

// The fortieth to sixty-first blind batches (first runs: the checker of the moment, and the
// session's starting checker where it read differently):
// - 40, planned entries like the corpus: English 0.95 (0.97, 0.97, 0.96), French 0.95
//   (0.98, 0.99, 0.95);
// - 41: English on money and big favours 0.93 (0.98, 0.95, 0.90), French in the voices of
//   real sources 0.93 (0.97, 0.97, 0.96);
// - 42: English near twins and lists 0.93 (0.95, 0.96, 0.94), French outside a planner
//   0.91 (0.99, 0.96, 0.91);
// - 43: English planned entries at work 0.94 (0.96, 0.96, 0.94), French wishes, preambles
//   and hidden commitments 0.94 (0.96, 0.93, 0.96);
// - 44: English real sources 0.94 (0.97, 0.96, 0.94), French planned entries on the edges
//   of concrete and reversible 0.90 (0.98, 0.92, 0.97);
// - 45: English on the edge of low cost 0.96 (0.98, 0.99, 0.96; 0.95 with the starting
//   checker), French mixed exam 0.94 (0.93, 0.96, 0.94);
// - 46, planned entries with every criterion in play: English 0.94 (0.96, 0.96, 0.94; 0.93
//   with the starting checker), French 0.89 (0.94, 0.97, 0.90; 0.88);
// - 47: English varieties and learners 0.91 (0.92, 0.95, 0.97), French on the edge of low
//   cost 0.92 (0.99, 0.96, 0.91);
// - 48, planned entries in less usual settings: English 0.89 (0.99, 0.97, 0.86; 0.88),
//   French 0.90 (1.00, 0.96, 0.89);
// - 49: English long and messy 0.95 (0.95, 0.98, 0.97), French in every form but the
//   infinitive 0.92 (0.92, 0.97, 0.97);
// - 50: English outside a planner 0.90 (0.98, 0.96, 0.91; 0.89), French real sources 0.91
//   (0.99, 0.94, 0.91; 0.89);
// - 51: English mixed exam 0.90 (0.89, 0.95, 0.87; 0.89), French near twins and lists 0.97
//   (0.99, 0.97, 0.97; 0.96);
// - 52, planned entries on the edges of reversible and low cost: English 0.95 (0.96, 0.98,
//   0.90; 0.94), French 0.90 (0.98, 0.94, 0.94);
// - 53: English real sources 0.91 (0.99, 0.96, 0.90), French outside a planner 0.90 (0.98,
//   0.93, 0.94);
// - 54, planned entries with people of the writer's own: English 0.90 (0.95, 0.95, 0.89),
//   French 0.93 (0.99, 0.96, 0.93);
// - 55: English in every form but "Ask X to Y" 0.90 (0.98, 0.95, 0.91; 0.89), French on the
//   edge of low cost 0.91 (1.00, 0.98, 0.91; 0.90);
// - 56, planned entries: English 0.94 (0.99, 0.96, 0.94; 0.90), French 0.97 (0.99, 0.98,
//   0.93; 0.95);
// - 57: English on the edge of low cost 0.88 (0.98, 0.98, 0.85; 0.86), French mixed exam 0.87
//   (0.93, 0.96, 0.88);
// - 58, planned entries: English 0.93 (0.96, 0.95, 0.94; 0.90), French 0.95 (0.97, 0.97, 0.93;
//   0.92);
// - 59: English outside a planner 0.87 (0.95, 0.97, 0.89; 0.86), French real sources 0.89
//   (0.97, 0.91, 0.96; 0.87);
// - 60, French planned entries, 0.97 (0.98, 0.96, 0.98; 0.96); 61, French on the edge of
//   low cost, 0.95 (0.99, 0.98, 0.93).
// Over the forty files of 40 to 59, first runs 0.92 in English and 0.92 in French (0.91 with the
// session's starting checker); after their families, 0.98 in both.
TEST_CASE("agreement with the fortieth to sixty-first blind batches") {
  measure_batches({"blind40_en.tsv", "blind40_fr.tsv", "blind41_en.tsv", "blind41_fr.tsv",
                   "blind42_en.tsv", "blind42_fr.tsv", "blind43_en.tsv", "blind43_fr.tsv",
                   "blind44_en.tsv", "blind44_fr.tsv", "blind45_en.tsv", "blind45_fr.tsv",
                   "blind46_en.tsv", "blind46_fr.tsv", "blind47_en.tsv", "blind47_fr.tsv",
                   "blind48_en.tsv", "blind48_fr.tsv", "blind49_en.tsv", "blind49_fr.tsv",
                   "blind50_en.tsv", "blind50_fr.tsv", "blind51_en.tsv", "blind51_fr.tsv",
                   "blind52_en.tsv", "blind52_fr.tsv", "blind53_en.tsv", "blind53_fr.tsv",
                   "blind54_en.tsv", "blind54_fr.tsv", "blind55_en.tsv", "blind55_fr.tsv",
                   "blind56_en.tsv", "blind56_fr.tsv", "blind57_en.tsv", "blind57_fr.tsv",
                   "blind58_en.tsv", "blind58_fr.tsv", "blind59_en.tsv", "blind59_fr.tsv",
                   "blind60_fr.tsv", "blind61_fr.tsv"});
}

// The sixty-second to seventy-fifth blind batches (first runs: overall, then concrete,
// reversible, low cost):
// - planned entries like the corpus: 62 English 0.97 (0.99, 0.95, 0.96), French 0.93 (0.96,
//   0.95, 0.97); 66 English 0.97 (0.99, 0.99, 0.97), French 0.96 (1.00, 0.96, 0.98); 70
//   English 0.98 (0.97, 0.96, 0.97), French 0.96 (0.97, 0.97, 0.97);
// - 63, the edge of low cost: English 0.95 (0.99, 0.97, 0.94), French 0.90 (0.94, 0.96, 0.88);
// - 64, the edge of reversibility: English 0.89 (0.99, 0.89, 0.96), French 0.93 (0.93, 0.95,
//   0.95);
// - 65, messages as people send them: English 0.88 (0.97, 0.93, 0.92), French 0.95 (0.98,
//   0.98, 0.93);
// - 67, everyday life: English 0.96 (0.95, 0.99, 0.93), French 0.95 (1.00, 0.97, 0.94);
// - 68, self-help styles: English 0.95 (0.98, 0.99, 0.95), French 0.97 (0.95, 1.00, 0.99);
// - 69, work and money: English 0.94 (0.95, 0.95, 0.98), French 0.85 (0.94, 0.93, 0.95);
// - 71, the edge of low cost in near pairs: English 0.86 (0.96, 0.99, 0.85), French 0.86
//   (1.00, 0.98, 0.85);
// - 72, English around the world 0.91 (0.93, 0.97, 0.96), French in every register 0.99
//   (0.98, 0.99, 0.98);
// - 73, a mixed exam: English 0.96 (0.97, 0.99, 0.95), French 0.93 (0.94, 0.97, 0.92);
// - 74, close relationships: English 0.94 (0.90, 0.97, 0.93), French 0.90 (0.92, 0.97, 0.91);
// - 75, strangers in public settings: English 0.96 (0.96, 0.96, 0.96), French 0.97 (0.99,
//   0.98, 0.96).
// Over the twenty-eight files, first runs 0.94 in English (1,312 of 1,400) and 0.93 in French
// (1,305 of 1,400); the six written like the corpus 0.96 (577 of 600); after their families,
// 0.98.
TEST_CASE("agreement with the sixty-second to seventy-fifth blind batches") {
  measure_batches({"blind62_en.tsv", "blind62_fr.tsv", "blind63_en.tsv", "blind63_fr.tsv",
                   "blind64_en.tsv", "blind64_fr.tsv", "blind65_en.tsv", "blind65_fr.tsv",
                   "blind66_en.tsv", "blind66_fr.tsv", "blind67_en.tsv", "blind67_fr.tsv",
                   "blind68_en.tsv", "blind68_fr.tsv", "blind69_en.tsv", "blind69_fr.tsv",
                   "blind70_en.tsv", "blind70_fr.tsv", "blind71_en.tsv", "blind71_fr.tsv",
                   "blind72_en.tsv", "blind72_fr.tsv", "blind73_en.tsv", "blind73_fr.tsv",
                   "blind74_en.tsv", "blind74_fr.tsv", "blind75_en.tsv", "blind75_fr.tsv"});
}

// The seventy-sixth to eighty-third blind batches (first runs: overall, then concrete,
// reversible, low cost):
// - 76, planned entries like the corpus: English 0.99 (0.97, 1.00, 0.99), French 0.95 (0.96,
//   0.97, 0.98);
// - 77, the words people say or send: English 0.97 (0.98, 0.97, 0.98), French 0.94 (0.92,
//   1.00, 0.98);
// - 78, the styles of self-help material: English 0.95 (0.99, 0.97, 0.95), French 0.97 (0.99,
//   0.98, 0.99);
// - 79, near twins: English 0.96 (0.98, 0.98, 1.00), French 0.93 (0.92, 0.99, 0.97);
// - 80, money in every form: English 0.92 (0.97, 0.96, 0.96), French 0.92 (0.98, 0.91, 0.93);
// - 81, requests wrapped in context: English 0.94 (0.97, 0.97, 0.97), French 0.89 (0.99, 0.91,
//   0.96);
// - 82, lists and alternatives: English 0.95 (0.98, 0.97, 0.98), French 0.92 (0.92, 0.97, 0.95);
// - 83, people there to be asked: English 0.89 (0.92, 0.95, 0.94), French 0.95 (0.98, 0.96,
//   0.95).
// Over the sixteen files, first runs 0.95 in English (757 of 800) and 0.93 in French (747 of
// 800); after their families, 0.99 (1,584 of 1,600).
TEST_CASE("agreement with the seventy-sixth to eighty-third blind batches") {
  measure_batches({"blind76_en.tsv", "blind76_fr.tsv", "blind77_en.tsv", "blind77_fr.tsv",
                   "blind78_en.tsv", "blind78_fr.tsv", "blind79_en.tsv", "blind79_fr.tsv",
                   "blind80_en.tsv", "blind80_fr.tsv", "blind81_en.tsv", "blind81_fr.tsv",
                   "blind82_en.tsv", "blind82_fr.tsv", "blind83_en.tsv", "blind83_fr.tsv"});
}

// The eighty-fourth to eighty-seventh blind batches (first runs: overall, then concrete,
// reversible, low cost):
// - 84, work and school messages: English 0.94 (0.98, 0.97, 0.96), French 0.87 (0.95, 0.93,
//   0.95);
// - 85, family and household: English 0.88 (0.98, 0.95, 0.91), French 0.97 (0.97, 1.00, 0.98);
// - 86, travel and services: English 0.88 (0.98, 0.91, 0.93), French 0.93 (0.98, 0.99, 0.96);
// - 87, typed in a hurry: English 0.92 (0.92, 0.96, 0.99), French 0.98 (0.98, 0.99, 0.99).
// Over the eight files, first runs 0.91 in English (362 of 400) and 0.94 in French (375 of
// 400); after their families, 0.98 (785 of 800).
TEST_CASE("agreement with the eighty-fourth to eighty-seventh blind batches") {
  measure_batches({"blind84_en.tsv", "blind84_fr.tsv", "blind85_en.tsv", "blind85_fr.tsv",
                   "blind86_en.tsv", "blind86_fr.tsv", "blind87_en.tsv", "blind87_fr.tsv"});
}

// The eighty-eighth to ninety-fifth blind batches (first runs: overall, then concrete,
// reversible, low cost):
// - 88, planned entries like the corpus: English 0.97 (0.98, 0.98, 1.00), French 0.96 (0.98,
//   0.98, 0.99);
// - 89, the edge of low cost, near pairs: English 0.92 (0.98, 0.99, 0.92), French 0.92 (0.98,
//   0.99, 0.91);
// - 90, the edge of reversibility: English 0.92 (0.80, 0.91, 0.90), French 0.94 (0.87, 0.90,
//   0.97);
// - 91, a mixed exam in ten styles: English 0.93 (0.97, 0.98, 0.96), French 0.96 (0.99, 0.98,
//   0.95);
// - 92, planned entries like the corpus: English 0.99 (0.97, 1.00, 1.00), French 0.98 (0.98,
//   0.99, 1.00);
// - 93, exposure and rejection lists: English 0.95 (0.98, 0.96, 0.94), French 0.95 (0.96,
//   0.99, 0.98);
// - 94, social life and dating in direct speech: English 0.94 (0.97, 0.98, 0.95), French 0.93
//   (0.99, 0.96, 0.94);
// - 95, health, administration and money: English 0.95 (0.94, 0.96, 0.94), French 0.90 (0.99,
//   0.94, 0.96).
// Over the sixteen files, first runs 0.95 in English (757 of 800) and 0.94 in French (754 of
// 800); after their families, 0.98 (1,576 of 1,600).
// Batch 90 keeps a lower floor on concrete: its writer counted bare transactions ("Sign the
// gym's twelve-month contract", « Réserver et payer une table ») as concrete, where the
// corpus's own row c030 ("Sign the gym's two-year contract") says an action asks nothing.
// The checker keeps the corpus's convention; the overall verdict is the same either way.
TEST_CASE("agreement with the eighty-eighth to ninety-fifth blind batches") {
  measure_batches({"blind88_en.tsv", "blind88_fr.tsv", "blind89_en.tsv", "blind89_fr.tsv",
                   "blind91_en.tsv", "blind91_fr.tsv", "blind92_en.tsv", "blind92_fr.tsv",
                   "blind93_en.tsv", "blind93_fr.tsv", "blind94_en.tsv", "blind94_fr.tsv",
                   "blind95_en.tsv", "blind95_fr.tsv"});
  for (const char* name : {"blind90_en.tsv", "blind90_fr.tsv"}) {
    INFO(name);
    measure(std::filesystem::path(MICROASK_TEST_DATA) / name, 0.8, false);
  }
}

// The ninety-sixth to ninety-ninth blind batches, first run with the checker of the round
// before (overall, then concrete, reversible, low cost):
// - 96, planned entries like the corpus: English 0.98 (0.99, 0.98, 0.99), French 0.96 (0.99,
//   0.98, 0.96);
// - 97, nonviolent communication and assertiveness: English 0.97 (0.95, 0.98, 0.97), French
//   0.97 (0.96, 0.97, 0.93);
// - 98, forum and advice-column posts: English 0.96 (0.98, 0.97, 0.97), French 0.96 (0.98,
//   0.97, 0.95);
// - 99, near twins and tricky edges: English 0.95 (0.98, 0.97, 0.97), French 0.98 (0.98, 0.99,
//   1.00).
// Over the eight files, first runs 0.965 in English (386 of 400) and 0.968 in French (387 of
// 400); after their families, 0.99 (794 of 800).
TEST_CASE("agreement with the ninety-sixth to ninety-ninth blind batches") {
  measure_batches({"blind96_en.tsv", "blind96_fr.tsv", "blind97_en.tsv", "blind97_fr.tsv",
                   "blind98_en.tsv", "blind98_fr.tsv", "blind99_en.tsv", "blind99_fr.tsv"});
}

// The hundredth to hundred-and-third blind batches, first run with the checker of the round
// before (overall, then concrete, reversible, low cost):
// - 100, planned entries like the corpus: English 0.95 (0.99, 0.95, 0.98), French 0.97 (0.96,
//   0.98, 1.00);
// - 101, rejection-therapy lists and exposure ladders: English 0.91 (0.95, 0.98, 0.96),
//   French 0.88 (0.95, 0.97, 0.92);
// - 102, self-help and coaching material: English 0.98 (0.98, 0.99, 0.99), French 0.92 (0.93,
//   1.00, 0.96);
// - 103, work life: English 0.97 (0.98, 0.98, 0.92), French 0.84 (0.98, 0.89, 0.92).
// Over the eight files, first runs 0.95 in English (381 of 400) and 0.90 in French (361 of
// 400); after their families, 0.98 (783 of 800).
TEST_CASE("agreement with the hundredth to hundred-and-third blind batches") {
  measure_batches({"blind100_en.tsv", "blind100_fr.tsv", "blind101_en.tsv", "blind101_fr.tsv",
                   "blind102_en.tsv", "blind102_fr.tsv", "blind103_en.tsv", "blind103_fr.tsv"});
}

// The hundred-and-fourth to hundred-and-seventh blind batches, first run with the checker of
// the round before (overall, then concrete, reversible, low cost):
// - 104, planned entries like the corpus: English 0.98 (0.99, 1.00, 0.97), French 0.98 (0.99,
//   1.00, 0.98);
// - 105, work life: English 0.94 (0.99, 0.97, 0.91), French 0.91 (0.97, 0.94, 0.95);
// - 106, rejection-therapy lists and exposure ladders: English 0.95 (0.97, 0.98, 0.96),
//   French 0.95 (1.00, 0.99, 0.95);
// - 107, advice columns, forums and self-help: English 0.96 (0.99, 0.97, 0.97), French 0.97
//   (0.97, 0.98, 0.94).
// Over the eight files, first runs 0.958 in English (383 of 400) and 0.953 in French (381 of
// 400); on the 726 texts that no earlier file had word for word, 0.954 and 0.947. After their
// families, 0.996 (797 of 800).
TEST_CASE("agreement with the hundred-and-fourth to hundred-and-seventh blind batches") {
  measure_batches({"blind104_en.tsv", "blind104_fr.tsv", "blind105_en.tsv", "blind105_fr.tsv",
                   "blind106_en.tsv", "blind106_fr.tsv", "blind107_en.tsv", "blind107_fr.tsv"});
}

// The hundred-and-eighth to hundred-and-eleventh blind batches, first run with the checker of
// the round before (overall, then concrete, reversible, low cost):
// - 108, planned entries like the corpus: English 0.98 (0.99, 0.98, 0.97), French 0.99 (0.99,
//   0.99, 0.99);
// - 109, money in every form, lists and alternatives: English 0.93 (0.97, 0.97, 0.97), French
//   0.94 (0.99, 0.96, 0.95);
// - 110, exposure hierarchies and articles on daring to ask: English 0.97 (0.97, 1.00, 0.99),
//   French 0.98 (0.99, 0.99, 0.99);
// - 111, family, couple and friendship life: English 0.94 (0.99, 0.98, 0.94), French 0.95
//   (0.96, 0.98, 0.96).
// Over the eight files, first runs 0.955 in English (382 of 400) and 0.965 in French (386 of
// 400); on the 748 texts that no earlier file had word for word, 0.952 and 0.963. After their
// families, 0.99 (794 of 800).
TEST_CASE("agreement with the hundred-and-eighth to hundred-and-eleventh blind batches") {
  measure_batches({"blind108_en.tsv", "blind108_fr.tsv", "blind109_en.tsv", "blind109_fr.tsv",
                   "blind110_en.tsv", "blind110_fr.tsv", "blind111_en.tsv", "blind111_fr.tsv"});
}

// The hundred-and-twelfth to hundred-and-fifteenth blind batches, first run with the checker
// of the round before (overall, then concrete, reversible, low cost):
// - 112, planned entries like the corpus: English 0.98 (0.99, 0.99, 0.99), French 0.97 (0.99,
//   0.99, 0.97);
// - 113, messages typed in a hurry: English 0.97 (0.92, 0.99, 1.00), French 0.92 (1.00, 0.96,
//   0.92);
// - 114, housing, health, administration and public services: English 0.92 (0.99, 0.97,
//   0.94), French 0.91 (0.97, 0.96, 0.94);
// - 115, school, clubs, hobbies and volunteering: English 0.90 (0.98, 0.95, 0.92), French 0.93
//   (0.97, 0.96, 0.94).
// Over the eight files, first runs 0.943 in English (377 of 400) and 0.932 in French (373 of
// 400); on the 776 texts that no earlier file had word for word, 0.941 and 0.930. After their
// families, 0.98 (786 of 800).
TEST_CASE("agreement with the hundred-and-twelfth to hundred-and-fifteenth blind batches") {
  measure_batches({"blind112_en.tsv", "blind112_fr.tsv", "blind113_en.tsv", "blind113_fr.tsv",
                   "blind114_en.tsv", "blind114_fr.tsv", "blind115_en.tsv", "blind115_fr.tsv"});
}

// The held-out sets are never tuned on: measured at the start (0.74 en, 0.77 fr overall) and
// once at the end of the word-table work (0.84 en, 0.87 fr overall; French low cost 0.86),
// once at the end of the blind6 work (0.88 en, 0.87 fr; French low cost 0.84), and once at
// the end of the blind7 work (0.88 en, 0.88 fr; French low cost 0.86), and once at the end of
// the blind8 work (0.89 en, 0.88 fr; French low cost 0.86), and at the ends of the blind9
// and blind10 rounds (0.90 en, 0.87 fr; then 0.90 en, 0.88 fr, French low cost 0.86), and at
// the ends of the blind18, blind20 and blind21 rounds (0.91 en, 0.88 fr; the same; then 0.91
// en, 0.89 fr, French low cost 0.87), and at the ends of the blind25 and blind27 rounds (0.90
// en, 0.90 fr, French low cost 0.87, both times), and at the end of the blind28 to blind31
// round (0.90 en, 0.91 fr, French low cost 0.88), at the ends of the blind32 to blind39
// rounds (0.91 en, 0.92 fr, French low cost 0.89), and at the end of each of the nine rounds
// of blind40 to blind59: unchanged each time (0.91 en, 0.92 fr, French low cost 0.89), and
// at the end of the blind62 to blind75 rounds (0.92 en, 0.93 fr, French low cost 0.90).
// They do not reach 0.9 honestly, so their floor is what they reach minus a margin: 0.8.
TEST_CASE("agreement with the held-out batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "holdout_en.tsv", 0.8, false);
}

TEST_CASE("agreement with the held-out batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "holdout_fr.tsv", 0.8, false);
}

// Every row of the word tables carries an example sentence, and the checker's own matcher
// finds the row's pattern in it: a row that can never match fails here.
TEST_CASE("every row of the word tables matches its example") {
  const auto faults = word_rows_not_matching_examples();
  for (const auto& f : faults) MESSAGE(f);
  CHECK(faults.empty());
}
