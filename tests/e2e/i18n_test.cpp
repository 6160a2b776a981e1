// Messages in French and in English, end to end: the language follows LANGUAGE, LC_ALL,
// LC_MESSAGES and LANG; French output takes French words, decimal commas, French week
// labels and dates; JSON and CSV are data and stay identical whatever the language.
#include <doctest/doctest.h>

#include <regex>

#include <clocale>
#include <locale.h>

#include <map>
#include <string>
#include <vector>

#include "process.hpp"

using namespace microask::test;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

#define CHECK_HAS(text, part) CHECK_MESSAGE(contains(text, part), "expected \"" << (part) << "\" in:\n" << (text))
#define CHECK_HAS_NOT(text, part) CHECK_MESSAGE(!contains(text, part), "unexpected \"" << (part) << "\" in:\n" << (text))

// The French locale the README's install line generates (localedef -i fr_FR -f UTF-8).
bool french_locale_installed() {
  const locale_t l = ::newlocale(LC_ALL_MASK, "fr_FR.UTF-8", static_cast<locale_t>(nullptr));
  if (l == static_cast<locale_t>(nullptr)) return false;
  ::freelocale(l);
  return true;
}

void in_french(Sandbox& s) {
  REQUIRE_MESSAGE(french_locale_installed(),
                  "the fr_FR.UTF-8 locale is missing: localedef -i fr_FR -f UTF-8 fr_FR.UTF-8 (see the README)");
  s.env["LANGUAGE"] = "fr";
  s.env["LC_ALL"] = "fr_FR.UTF-8";
}

Result ok(const Sandbox& s, const std::vector<std::string>& args, int code = 0) {
  auto r = s.run(args);
  CHECK_MESSAGE(code == r.code, "microask " << args.front() << " exited " << r.code << ": " << r.err);
  return r;
}

// English words that only English messages use (request texts below are in French, and
// option names and accepted values, such as --response yes|no|discussion, are data).
const char* const english_words[] = {"the ",   "Planned", "Logged", "Total:", "Streak", "Undone", "error:",
                                     "Usage",  "Week",    "Ask now", "You expect", "expected", "request",
                                     "entry",  "Options:", "Example:", "not a", "pass ", "fail "};
// French words and typography that only French messages use.
const char* const french_words[] = {"demande", "semaine", "erreur", "Utilisation", "« ", " : ", "oui", "non ",
                                    "entrée",  "Prévue",  "stress ressenti", "Exemple"};

const std::string pass_fr = "Demander à la boulangère s'il reste des croissants";
const std::string fail_fr = "Demander une augmentation à mon chef, sinon je démissionne";

}  // namespace

// Stays end to end: French is init_i18n's doing, in main(); in process gettext is not set up.
TEST_CASE("French: plan, ask, log, stats and undo speak French, with commas, French weeks and dates") {
  Sandbox s;
  in_french(s);

  auto plan = ok(s, {"plan", pass_fr});
  CHECK_HAS(plan.out, "« " + pass_fr + " »");
  CHECK_HAS(plan.out, "  concret     oui     une seule demande claire (« la boulangère »)");
  CHECK_HAS(plan.out, "  peu coûteux oui     petit enjeu : quelques minutes du temps de l'autre");
  CHECK_HAS(plan.out, "C'est une micro-demande. Prévue sous le numéro #1 : lancez « microask ask 1 » quand le moment est venu.");

  auto refused = ok(s, {"plan", fail_fr}, 1);
  CHECK_HAS(refused.out, "  réversible  non     un ultimatum (« sinon je démissionne »)");
  CHECK_HAS(refused.out, "En plus petit :\n  - ");
  CHECK_HAS(refused.out, "Ce n'est pas une micro-demande : rien n'a été enregistré.");

  auto planned = ok(s, {"plan"});
  CHECK_HAS(planned.out, "    #  Prévue le         État    À qui          Demande\n");
  CHECK_HAS(planned.out, "    1  26/11/2026 10:00  prévue  la boulangère  " + pass_fr);

  auto ask = ok(s, {"ask", "--expect-stress", "6", "--expect", "no"});
  CHECK_HAS(ask.out, "À demander maintenant (demande #1) : « " + pass_fr + " »");
  CHECK_HAS(ask.out, "  Vous prévoyez : stress 6/10, réponse non\n");
  CHECK_HAS(ask.out, "Juste après avoir demandé, notez-le :\n");

  auto logged = ok(s, {"log", "-s", "4", "-r", "non", "--note", "elle a dit la semaine prochaine"});
  CHECK_HAS(logged.out, "Entrée 1 notée pour la demande #1 : « " + pass_fr + " »");
  CHECK_HAS(logged.out, "  quand    26/11/2026 10:00:00 +00:00\n");
  CHECK_HAS(logged.out, "  stress   4/10 (vous prévoyiez 6)\n");
  CHECK_HAS(logged.out, "  réponse  non (vous prévoyiez non)\n");
  CHECK_HAS(logged.out, "Un non reste une demande faite : elle compte.");
  ok(s, {"log", "Demandé un stylo à Tom", "-s", "5", "-r", "oui", "--at", "hier"});

  auto entries = ok(s, {"log"});
  CHECK_HAS(entries.out, "Entrée  Quand             Stress  Réponse     À qui          Demande\n");
  CHECK_HAS(entries.out, "    2  25/11/2026 10:00       5  oui         Tom            Demandé un stylo à Tom\n");

  auto stats = ok(s, {"stats", "--chart"});
  CHECK_HAS(stats.out, "Semaine      Demandes  Oui  Non  Discussion  Stress ressenti  Ressenti/prévu\n");
  CHECK_HAS(stats.out, "semaine 41          0");
  CHECK_HAS(stats.out, "semaine 48*         2    1    1           0              4,5     4,0/6,0 (1)\n");
  CHECK_HAS(stats.out, "Total : 2 demandes faites (1 oui, 1 non, 0 en discussion) : chaque non compte.");
  CHECK_HAS(stats.out, "Série : 1 semaine d'affilée avec au moins une demande (meilleure : 1).");
  CHECK_HAS(stats.out, "Stress ressenti : 4,5 sur la seule semaine active affichée");
  CHECK_HAS(stats.out, "\nsemaine 48  2 ");  // the chart's bar
  CHECK_HAS(stats.out, "█ oui  ▒ non  ░ discussion   stress de 0 à 10 : ");
  CHECK_HAS_NOT(stats.out, "4.5");
  // Across two years every row names its year; the week numbers align and sort.
  auto year = ok(s, {"stats", "--weeks", "52"});
  CHECK_HAS(year.out, "\n2025 semaine 49 ");
  CHECK_HAS(year.out, "\n2026 semaine  1 ");
  CHECK_HAS(year.out, "\n2026 semaine 48* ");
  auto sunday = ok(s, {"stats", "--week-start", "sunday", "--weeks", "2"});
  CHECK_HAS(sunday.out, "\nsemaine du 15/11/2026 ");
  CHECK_HAS(sunday.out, "\nsemaine du 22/11/2026* ");
  auto svg = ok(s, {"stats", "--svg", "-", "--weeks", "2"});
  CHECK_HAS(svg.out, "<title id=\"chart-title\">Demandes faites par semaine</title>");
  CHECK_HAS(svg.out, "semaine 47 – semaine 48 : 2 demandes faites (1 oui, 1 non, 0 en discussion)");
  CHECK_HAS(svg.out, "data-week=\"2026-W48\"");  // data stays data

  auto undone = ok(s, {"undo", "-y"});
  CHECK_HAS(undone.out, "Annulé : l'ajout de l'entrée 2 (25/11/2026 10:00, stress 5/10, oui, « Demandé un stylo à Tom »).");

  for (const auto* r : {&plan, &refused, &planned, &ask, &logged, &entries, &stats, &undone})
    for (const char* word : english_words) CHECK_HAS_NOT(r->out, word);
}

// Stays end to end, as above.
TEST_CASE("French: errors from every layer and every --help speak French") {
  Sandbox s;
  in_french(s);
  // An error from each layer: CLI11's parsing, a value, the journal, the --at parser.
  auto parse = ok(s, {"stats", "--weeks"}, 2);
  CHECK("microask : erreur : --weeks attend une valeur (N) (voir « microask stats --help »)\n" == parse.err);
  auto extra = ok(s, {"ask", "1", "2"}, 2);
  CHECK("microask : erreur : argument inattendu : 2 (voir « microask ask --help »)\n" == extra.err);
  auto excl = ok(s, {"log", "--json", "--csv"}, 2);
  CHECK("microask : erreur : --json ne va pas avec --csv (voir « microask log --help »)\n" == excl.err);
  auto value = ok(s, {"log", "--edit", "1", "-s", "11"}, 2);
  CHECK("microask : erreur : --stress : « 11 » n'est pas un niveau de stress ; indiquez un nombre entier de 0 (calme) "
        "à 10 (le pire)\n" == value.err);
  auto missing = ok(s, {"log", "--edit", "99", "-s", "3"}, 2);
  CHECK("microask : erreur : aucune entrée ne porte le numéro 99\n" == missing.err);
  auto journal = s.run_raw({"--db", s.dir().string(), "stats"});
  CHECK(3 == journal.code);
  CHECK("microask : erreur : impossible d'utiliser " + s.dir().string() + " : c'est un dossier, pas un journal microask\n" ==
        journal.err);
  auto at = ok(s, {"log", "x", "-s", "1", "-r", "yes", "--at", "2026-02-30"}, 2);
  CHECK("microask : erreur : --at : « 2026-02-30 » n'est pas une date valable ; 2026-02 compte 28 jours\n" == at.err);
  auto since = ok(s, {"log", "--since", "25:00"}, 2);
  CHECK("microask : erreur : --since : « 25:00 » n'est pas une heure valable ; indiquez de 00:00 à 23:59\n" == since.err);
  auto future = ok(s, {"log", "x", "-s", "1", "-r", "yes", "--at", "demain"}, 2);
  CHECK_HAS(future.err, "--at : « demain » n'est ni une date ni une heure ; indiquez AAAA-MM-JJ");

  auto help = ok(s, {"--help"});
  CHECK_HAS(help.out, "Utilisation : microask [OPTIONS] [SOUS-COMMANDE]\n");
  CHECK_HAS(help.out, "\nSous-commandes :\n");
  CHECK_HAS(help.out, "Code de sortie : 0 succès ;");
  for (const char* sub : {"plan", "ask", "log", "stats", "undo"}) {
    auto h = ok(s, {sub, "--help"});
    CHECK_HAS(h.out, "Utilisation : microask ");
    CHECK_HAS(h.out, "\nOptions :\n  -h,--help                     afficher cette aide et quitter\n");
    CHECK_HAS(h.out, "\nExemple :\n  microask ");
    for (const char* word : english_words) CHECK_HAS_NOT(h.out, word);
  }
  auto log_help = ok(s, {"log", "--help"});
  CHECK_HAS(log_help.out, "  --edit ENTRÉE                 modifier une entrée");  // aligned despite the É

  for (const char* word : english_words) CHECK_HAS_NOT(help.out, word);
  for (const auto* r : {&parse, &extra, &excl, &value, &missing, &journal, &at, &since})
    for (const char* word : english_words) CHECK_HAS_NOT(r->err, word);
}

// Stays end to end: that LANGUAGE=en and LANG=C.UTF-8 give English is init_i18n's doing, in main().
TEST_CASE("English: the same scenario shows no French word, comma or week label") {
  Sandbox s;  // LANGUAGE=en, LANG=C.UTF-8
  std::vector<Result> results;
  results.push_back(ok(s, {"plan", "Ask the baker whether any croissants are left"}));
  results.push_back(ok(s, {"plan", "Ask my boss for a raise or else I quit"}, 1));
  results.push_back(ok(s, {"plan"}));
  results.push_back(ok(s, {"ask", "--expect-stress", "6", "--expect", "no"}));
  results.push_back(ok(s, {"log", "-s", "4", "-r", "no"}));
  results.push_back(ok(s, {"log", "Asked Tom for a pen", "-s", "5", "-r", "yes", "--at", "yesterday"}));
  results.push_back(ok(s, {"log"}));
  results.push_back(ok(s, {"stats", "--chart"}));
  results.push_back(ok(s, {"stats", "--week-start", "sunday"}));
  results.push_back(ok(s, {"undo", "-y"}));
  results.push_back(ok(s, {"--help"}));
  for (const char* sub : {"plan", "ask", "log", "stats", "undo"}) results.push_back(ok(s, {sub, "--help"}));
  results.push_back(ok(s, {"stats", "--weeks"}, 2));
  results.push_back(ok(s, {"log", "--edit", "99", "-s", "3"}, 2));
  results.push_back(ok(s, {"log", "x", "-s", "1", "-r", "yes", "--at", "2026-02-30"}, 2));

  CHECK_HAS(results[0].out, "A micro-request. Planned as request #1: run 'microask ask 1' when you are ready.");
  CHECK_HAS(results[2].out, "    1  2026-11-26 10:00  planned  the baker  Ask the baker");
  CHECK_HAS(results[4].out, "  at       2026-11-26T10:00:00+00:00\n");
  CHECK_HAS(results[7].out, "2026-W48*         2    1    1           0          4.5    4.0/6.0 (1)\n");
  CHECK_HAS(results[8].out, "\n2026-11-22* ");
  CHECK("microask: error: --weeks needs a value (N) (see 'microask stats --help')\n" == results[16].err);
  CHECK("microask: error: no entry with id 99\n" == results[17].err);
  CHECK("microask: error: --at: '2026-02-30' is not a valid date; 2026-02 has 28 days\n" == results[18].err);
  for (const auto& r : results)
    for (const char* word : french_words) {
      CHECK_HAS_NOT(r.out, word);
      CHECK_HAS_NOT(r.err, word);
    }
}

// Stays end to end: it compares a French binary (init_i18n, in main()) with an English one.
TEST_CASE("JSON and CSV are data: byte-identical in French and in English") {
  Sandbox en, fr;
  in_french(fr);
  const std::vector<std::vector<std::string>> steps{
      {"plan", "--json", pass_fr},
      {"plan", "--json", "--check", fail_fr},
      {"plan", "--json", "--check", "Je voudrais juste peut-être demander au voisin et aussi à ma sœur de m'aider"},
      {"plan", "--json"},
      {"ask", "--quiet", "--expect-stress", "6", "--expect", "no"},
      {"log", "--json", "-s", "4", "-r", "non", "--note", "à voir"},
      {"log", "--json", "Demandé un stylo à Tom", "-s", "5", "-r", "d", "--at", "2026-11-20 09:30"},
      {"log", "--json"},
      {"log", "--csv"},
      {"stats", "--json", "--weeks", "3"},
      {"stats", "--json", "--week-start", "sunday", "--weeks", "2"},
      {"stats", "--csv", "--weeks", "3"},
      {"log", "--export", "-"},
      {"undo", "--json", "-y"},
  };
  // Uids are random: each journal has its own, the rest must be the same.
  const auto without_uids = [](const std::string& out) {
    return std::regex_replace(out, std::regex(R"("(request_)?uid":"[0-9a-f]{32}")"), R"("uid":"")");
  };
  for (const auto& step : steps) {
    const auto e = en.run(step), f = fr.run(step);
    CHECK_MESSAGE(e.code == f.code, step.front() << " " << step[1]);
    CHECK_MESSAGE(without_uids(e.out) == without_uids(f.out), step.front() << " " << step[1] << ":\n" << e.out << "\n" << f.out);
  }
  // A refused line of plan --batch is data too.
  auto e = en.run({"plan", "--batch", "-"}, "Ask Tom for a pen\n   \n" + std::string(600, 'x') + "\n");
  auto f = fr.run({"plan", "--batch", "-"}, "Ask Tom for a pen\n   \n" + std::string(600, 'x') + "\n");
  CHECK(e.out == f.out);
  CHECK_HAS(f.out, "\"error\":\"the request text has 600 characters");
}

// Stays end to end: init_i18n, in main(), reads these variables from the process environment.
TEST_CASE("the language follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG, English by default") {
  REQUIRE_MESSAGE(french_locale_installed(), "the fr_FR.UTF-8 locale is missing (see the README's install line)");
  const auto says = [](std::map<std::string, std::string> vars) {
    Sandbox s;
    s.env.erase("LANGUAGE");
    s.env.erase("LANG");
    for (const auto& [k, v] : vars) s.env[k] = v;
    return s.run({"undo"}).err;
  };
  const std::string fr = "microask : erreur : rien à annuler\n", en = "microask: error: nothing to undo\n";
  CHECK(en == says({}));
  CHECK(en == says({{"LANG", "C.UTF-8"}}));
  CHECK(fr == says({{"LANG", "fr_FR.UTF-8"}}));
  CHECK(fr == says({{"LC_ALL", "fr_FR.UTF-8"}}));
  CHECK(fr == says({{"LANG", "C.UTF-8"}, {"LC_MESSAGES", "fr_FR.UTF-8"}}));
  CHECK(en == says({{"LC_ALL", "fr_FR.UTF-8"}, {"LANGUAGE", "en"}}));       // LANGUAGE first
  CHECK(en == says({{"LANG", "fr_FR.UTF-8"}, {"LC_ALL", "C.UTF-8"}}));       // LC_ALL over LANG
  CHECK(fr == says({{"LANG", "C.UTF-8"}, {"LANGUAGE", "fr"}}));             // glibc reads LANGUAGE in C.UTF-8
  CHECK(en == says({{"LC_ALL", "C"}, {"LANGUAGE", "fr"}}));                 // but not in the plain C locale
  CHECK(fr == says({{"LANG", "fr_FR.UTF-8"}, {"LANGUAGE", "de:fr"}}));      // no German: the next one
}

// Stays end to end: its French half needs init_i18n, in main().
TEST_CASE("CLI11's parse errors are reworded in the language of the messages, naming the argument") {
  Sandbox en, fr;
  in_french(fr);
  const auto both = [&](const std::vector<std::string>& args, const std::string& english, const std::string& french) {
    const auto e = en.run(args), f = fr.run(args);
    CHECK(2 == e.code);
    CHECK(2 == f.code);
    CHECK("microask: error: " + english + "\n" == e.err);
    CHECK("microask : erreur : " + french + "\n" == f.err);
  };
  both({"plan", "--bogus", "x"}, "unexpected argument: --bogus (see 'microask plan --help')",
       "argument inattendu : --bogus (voir « microask plan --help »)");
  both({"undo", "a", "b c"}, "unexpected arguments: a b c (see 'microask undo --help')",
       "arguments inattendus : a b c (voir « microask undo --help »)");
  both({"frobnicate"}, "unexpected argument: frobnicate (see 'microask --help')",
       "argument inattendu : frobnicate (voir « microask --help »)");
  both({"plan", "--to"}, "--to needs a value (WHO) (see 'microask plan --help')",
       "--to attend une valeur (QUI) (voir « microask plan --help »)");
  both({"ask", "--expect-stress", "5", "--expect-stress", "6"},
       "--expect-stress is given 2 times; give it once (see 'microask ask --help')",
       "--expect-stress est donnée 2 fois : une fois suffit (voir « microask ask --help »)");
  both({"stats", "--weeks", "3", "--all"}, "--weeks excludes --all (see 'microask stats --help')",
       "--weeks ne va pas avec --all (voir « microask stats --help »)");
  both({"log", "--csv=maybe"}, "--csv: 'maybe' is not a valid value (see 'microask log --help')",
       "--csv : « maybe » n'est pas une valeur acceptée (voir « microask log --help »)");
}
