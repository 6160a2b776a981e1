// Smaller versions of failing requests (microask/smaller.hpp): one focused case per strategy,
// in both languages, and the share of the labelled fail rows (data/*.tsv) that get one.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "microask/criteria.hpp"
#include "labelled_rows.hpp"
#include "microask/smaller.hpp"

using namespace microask;

namespace {

bool has(const std::vector<std::string>& v, std::string_view s) { return std::find(v.begin(), v.end(), s) != v.end(); }

// The rewrites of `text`, each checked to pass, apart and unlike the text.
std::vector<std::string> rewrites(std::string_view text) {
  const std::vector<std::string> out = smaller_requests(text);
  INFO(text);
  CHECK(out.size() <= 3);
  for (std::size_t i = 0; i < out.size(); ++i) {
    INFO(out[i]);
    CHECK(assess(out[i]).micro());
    CHECK(out[i] != text);
    CHECK(std::count(out.begin(), out.end(), out[i]) == 1);
  }
  return out;
}

std::string first(std::string_view text) {
  const std::vector<std::string> out = rewrites(text);
  return out.empty() ? "<none>" : out.front();
}

}  // namespace

TEST_CASE("a passing request has no smaller version") {
  CHECK(smaller_requests("Ask the barista for a glass of water").empty());
  CHECK(smaller_requests("Demander à la boulangère s'il lui reste des croissants aux amandes").empty());
}

TEST_CASE("a bundle is split into full asks, with the verb the split had dropped") {
  const auto en = rewrites("Ask my mum to feed the cat on Wednesday and also pick up my prescription");
  CHECK(has(en, "Ask my mum to feed the cat on Wednesday"));
  CHECK(has(en, "Ask my mum to pick up my prescription"));
  CHECK(has(rewrites("Ask the mechanic to check the brakes, change the wipers and look at the AC"),
            "Ask the mechanic to look at the AC"));
  const auto fr = rewrites("Demander au garagiste de vérifier les freins, de changer les essuie-glaces et de regarder la clim");
  CHECK(has(fr, "Demander au garagiste de regarder la clim"));
  CHECK(has(rewrites("Demander à mon voisin s'il a vu mon chat, s'il peut surveiller ma boîte aux lettres et s'il connaît un plombier"),
            "Demander à mon voisin s'il connaît un plombier"));
}

TEST_CASE("every item of a list of asks is a part of its own, its middle ones too") {
  const auto fr = rewrites("Demander à ma sœur d'aller chercher les enfants, de faire le dîner et de promener le chien ce soir");
  CHECK(has(fr, "Demander à ma sœur d'aller chercher les enfants"));
  CHECK(has(fr, "Demander à ma sœur de faire le dîner"));
  CHECK(has(fr, "Demander à ma sœur de promener le chien ce soir"));
  const auto en = rewrites("Ask my sister to pick up the kids, to cook dinner and to walk the dog tonight");
  CHECK(has(en, "Ask my sister to pick up the kids"));
  CHECK(has(en, "Ask my sister to cook dinner"));
  CHECK(has(en, "Ask my sister to walk the dog tonight"));
  CHECK(has(rewrites("Ask Mia to call me and to bring the keys"), "Ask Mia to bring the keys"));
}

TEST_CASE("a split part keeps the verb its bundle took, and an act after its infinitive") {
  CHECK(has(rewrites("Ask my boss to sign the form and call HR."), "Ask my boss to call HR"));
  CHECK(has(rewrites("Demander à ma mère de prendre les enfants mercredi, de passer à la pharmacie et d'appeler le plombier."),
            "Demander à ma mère d'appeler le plombier"));
}

TEST_CASE("asking has no price of its own") {
  for (const std::string& r : smaller_requests("Message the eBay seller to ask if they'd take £40 instead of £50"))
    CHECK(r.find("cost to ask") == std::string::npos);
}

TEST_CASE("a long-winded request keeps only its ask") {
  CHECK(first("Je voudrais demander au prof, parce que mon fils a été malade toute la semaine et qu'il n'a pas pu "
              "suivre les cours, s'il peut lui envoyer les exercices par mail") ==
        "Je voudrais demander au prof s'il peut lui envoyer les exercices par mail");
}

TEST_CASE("time, amount and number are scaled down") {
  CHECK(first("Demander à mon ami Hugo de relire tout mon mémoire avant lundi") ==
        "Demander à mon ami Hugo de relire une page de mon mémoire avant lundi");
  CHECK(first("Ask my dad to drive me and all my boxes to uni on Sunday") == "Ask my dad to drive me and one box to uni on Sunday");
  CHECK(first("Ask my neighbour to feed my cat every day for three weeks") == "Ask my neighbour to feed my cat once this weekend");
}

TEST_CASE("a loan or a gift is scaled down to a small sum, or becomes advice") {
  const auto en = rewrites("Ask my flatmate to lend me £400 until Friday");
  CHECK(has(en, "Ask my flatmate to lend me £5 until Friday"));
  CHECK(has(en, "Ask my flatmate for advice on how to find the money"));
  CHECK(first("Ask Dad for two hundred dollars for my textbooks") == "Ask Dad for $5 for my textbooks");
  CHECK(first("demander a ma soeur de me preter 800 balles pour la voiture") ==
        "demander a ma soeur de me preter 5 € pour la voiture");
  CHECK(has(rewrites("Demander à mes parents de m'avancer deux mille euros pour la caution"),
            "Demander à mes parents leur avis pour trouver l'argent"));
  // A sum in another currency stays in it, the code kept with the sum.
  CHECK(has(rewrites("Ask Piotr to lend me 1200 PLN"), "Ask Piotr to lend me 20 zł"));
  CHECK(has(rewrites("Ask Jo to lend me CHF 900"), "Ask Jo to lend me CHF 5"));
  CHECK(has(rewrites("Ask Priya to lend me ₹20,000"), "Ask Priya to lend me ₹200"));
  CHECK(has(rewrites("Ask my sister to give me 3,000 kr towards my holiday"), "Ask my sister to give me 50 kr towards my holiday"));
  CHECK(has(rewrites("Demander à Moussa de me prêter 100 000 FCFA"), "Demander à Moussa de me prêter 2 000 FCFA"));
  // A price is not a gift: the sofa is not scaled to £5.
  CHECK(first("Ask the furniture shop to place the order for the £1,500 sofa") == "Ask the furniture shop for a quote for the sofa");
}

TEST_CASE("the commitment is taken out: a copy to read, the quote, the price") {
  CHECK(first("Sign the purchase agreement on the house Thursday") == "Ask for a copy of the purchase agreement to read first");
  CHECK(first("Signer la promesse de vente de la maison jeudi") ==
        "Demander une copie de la promesse de vente de la maison pour la relire");
  CHECK(first("Tell the builder to go ahead with the extension at £18,000") == "Ask the builder for the full quote for the extension");
  CHECK(first("Demander au concessionnaire de commander la voiture avec un acompte de 2k") ==
        "Demander au concessionnaire un devis pour la voiture");
  CHECK(first("Ask the gym to renew my membership for another year") == "Ask the gym what renewing my membership would cost");
  CHECK(first("Demander au garagiste de changer les plaquettes pour 180 €") ==
        "Demander au garagiste combien ça coûterait de changer les plaquettes");
  CHECK(first("Demander au vendeur de passer la commande du canapé d'angle à 1 290 €") ==
        "Demander au vendeur un devis pour le canapé d'angle");
}

TEST_CASE("an ultimatum is taken out") {
  CHECK(first("Ask my roommate to pay his share of the bills by Friday or move out") ==
        "Ask my roommate to pay his share of the bills by Friday");
  CHECK(first("Dire à mon coloc qu'il paie sa part ou qu'il se trouve un autre appart") == "Dire à mon coloc qu'il paie sa part");
  // The checker's cut that leaves "Dire à ma coloc que" is no request: the private ask comes instead.
  CHECK(first("Dire à ma coloc que si elle ne fait pas sa vaisselle d'ici dimanche, je cherche quelqu'un d'autre") ==
        "Demander à ma coloc cinq minutes pour parler en privé cette semaine");
}

TEST_CASE("a vague object becomes a specific ask of the same person") {
  CHECK(first("Demander à la mairie des renseignements") == "Demander à la mairie quels sont ses horaires d'ouverture");
  CHECK(first("Ask my godfather for some advice") == "Ask my godfather for ten minutes this week to hear their view");
  CHECK(first("Ask a neighbour for a small favour") == "Ask a neighbour to hold the door for me");
  CHECK(first("Ask my boss about stuff") == "Ask my boss when they have ten minutes this week");
  // The text names the topic: ask who is in charge of it.
  CHECK(has(rewrites("Ask my boss something about the project"), "Ask my boss who is in charge of the project"));
  CHECK(has(rewrites("Demander un truc à mon chef sur le projet"), "Demander à mon chef qui s'occupe du projet"));
  // "people" is no one to ask: a friend is.
  CHECK(first("Ask people for advice") == "Ask a friend for ten minutes this week to hear their view");
}

TEST_CASE("a goal or a habit becomes a first ask on its topic") {
  CHECK(first("Feel less awkward on the phone") == "Call a shop to ask what time it closes");
  CHECK(first("Être plus à l'aise au téléphone") == "Appeler une boutique pour demander à quelle heure elle ferme");
  CHECK(first("Be less shy at networking events") == "Ask one person at the next event what brought them there");
  CHECK(first("Réussir à refuser quand on m'en demande trop") ==
        "Dire à un collègue que je ne peux pas prendre une tâche de plus cette semaine");
  CHECK(first("Ask for more help in general") == "Ask a colleague to show me where the spare paper is");
}

TEST_CASE("a negotiation becomes the ask that prepares it") {
  CHECK(first("Ask my boss for a 5k raise at my review") == "Ask my boss when the next pay review is");
  CHECK(first("Demander à mon manager de me nommer chef de projet") ==
        "Demander à mon manager ce qu'il faudrait pour évoluer dans mon poste");
  CHECK(first("Poser ma démission lundi") == "Demander aux RH quelle est la durée de mon préavis");
}

TEST_CASE("feelings and reproaches become a small ask, in private") {
  CHECK(first("Tell Leo I like him as more than a friend") == "Ask Leo how the week has been going");
  CHECK(first("Dire à Léo que j'ai des sentiments pour lui") == "Demander à Léo comment s'est passée sa semaine");
  CHECK(first("Ask my teammate why he keeps interrupting me in standups") ==
        "Ask my teammate for five minutes to talk in private this week");
  CHECK(first("pourquoi tu m'aides jamais a ranger la cuisine ?") == "Tu as cinq minutes pour qu'on parle ce soir ?");
  // An audience is no one to take aside.
  for (const std::string& r : rewrites("Ask in the parents' WhatsApp group why the coach keeps favouring his own son"))
    CHECK(r.find("group for five minutes") == std::string::npos);
}

TEST_CASE("a public statement becomes an ask in private") {
  CHECK(has(rewrites("Demander à mon collègue, devant toute l'équipe, pourquoi il a bâclé le dossier"),
            "Demander à mon collègue cinq minutes pour parler en privé cette semaine"));
  CHECK(has(rewrites("Ask my sister to stop correcting my grammar in front of her friends"),
            "Ask my sister for five minutes to talk in private this week"));
}

TEST_CASE("a big favour becomes minutes, not hours") {
  CHECK(first("Demander à mes cousins de m'aider à déménager tout le week-end") == "Demander à mes cousins de m'aider dix minutes samedi");
  CHECK(first("Ask a stranger at the bus stop to drive me to the hospital") == "Ask a stranger what time it is");
}

TEST_CASE("the sentence said to the person gets a first ask said to them") {
  // a loan asked in the second person: the small sum, then advice, in the same voice
  const auto loan = rewrites("Tu me prêtes 300 balles jusqu'à la fin du mois ?");
  CHECK(has(loan, "Tu me prêtes 5 € jusqu'à la fin du mois ?"));
  CHECK(has(loan, "Tu aurais un conseil pour trouver l'argent ?"));
  CHECK(has(rewrites("Could you lend me 300 quid until the end of the month?"),
            "Could you give me some advice on how to find the money?"));
  CHECK(has(rewrites("lend me 300 til next wk?? pls"), "lend me £5 til next wk?? pls"));
  // a big favour, a lasting arrangement, a move in together
  CHECK(has(rewrites("Tu peux m'emmener à l'aéroport dimanche à 5 h du matin ?"), "Tu pourrais m'aider dix minutes samedi ?"));
  CHECK(has(rewrites("Tu veux bien qu'on répartisse le loyer autrement à partir du mois prochain ?"),
            "Tu as dix minutes cette semaine pour qu'on en parle ?"));
  CHECK(has(rewrites("Could we move in together in September?"), "Have you got five minutes to talk tonight?"));
}

TEST_CASE("a message as typed, \"u\" or « vous », gets a first ask in the same voice") {
  CHECK(has(rewrites("hey, could u lend me ur car for the weekend? i'll fill it up"),
            "Could you help me for ten minutes on Saturday?"));
  CHECK(has(rewrites("could u be a bit less grumpy with me in the mornings?"), "Have you got five minutes to talk tonight?"));
  CHECK(has(rewrites("hi, would u sign the lease with me as a guarantor?"),
            "Could you send me the details in writing so I can read them first?"));
  CHECK(has(rewrites("Pourriez-vous m'héberger tout le mois d'août ?"), "Pourriez-vous m'aider dix minutes samedi ?"));
  CHECK(has(rewrites("Pourriez-vous arrêter de me couper la parole en réunion ?"),
            "Auriez-vous cinq minutes pour qu'on parle cette semaine ?"));
  CHECK(has(rewrites("Vous pourriez signer le bail avec moi ?"),
            "Pourriez-vous m'envoyer les conditions par écrit pour que je les relise ?"));
}

TEST_CASE("pages and slides are scaled down to one") {
  CHECK(has(rewrites("Tu pourrais relire les 40 pages de mon rapport ce week-end ?"),
            "Tu pourrais relire une page de mon rapport ce week-end ?"));
  CHECK(has(rewrites("Tu pourrais relire ma présentation de 40 slides ce week-end ?"),
            "Tu pourrais relire ma présentation d'une page ce week-end ?"));
  CHECK(has(rewrites("Could you proofread the 40 pages of my report this weekend?"),
            "Could you proofread one page of my report this weekend?"));
  CHECK(has(rewrites("Ask Tom to read my 30 page essay tonight"), "Ask Tom to read one page of my essay tonight"));
  // the article before a sum stays ("a $5 loan", not "$5 loan")
  CHECK(has(rewrites("Ask my brother for a $1,500 loan to fix my car"), "Ask my brother for a $5 loan to fix my car"));
}

TEST_CASE("a list said to the person keeps its lead before each act") {
  const auto en = rewrites("Can you buy bread, call your mum and water the plants?");
  CHECK(has(en, "Can you call your mum?"));
  CHECK(has(en, "Can you water the plants?"));
  CHECK(has(rewrites("Tu peux acheter du pain, appeler ta mère et arroser les plantes ?"), "Tu peux appeler ta mère ?"));
}

TEST_CASE("two questions in a row are cut at the mark, each kept whole") {
  const auto en = rewrites("Can you pass the salt? Can you pass the pepper?");
  CHECK(has(en, "Can you pass the salt?"));
  CHECK(has(en, "Can you pass the pepper?"));
  const auto fr = rewrites("Tu peux fermer la fenêtre ? Tu peux aussi éteindre la lumière ?");
  CHECK(has(fr, "Tu peux fermer la fenêtre ?"));
  CHECK(has(fr, "Tu peux aussi éteindre la lumière ?"));
}

// --- the labelled requests -------------------------------------------------------------------

namespace {


struct Share {
  std::size_t got = 0, rows = 0;
  double rate() const { return rows == 0 ? 0.0 : static_cast<double>(got) / static_cast<double>(rows); }
};

}  // namespace

// The share of the fail rows that the checker fails AND that get at least one smaller version
// that passes. Measured when written: English 87.4%, French 89.7% over all the labelled files
// (blind3_* alone: 58.9%, 69.6%, where the checker itself passes a third of the fail rows). The
// target is 60%; the floor below is the measured figure less a margin for changes of the checker.
TEST_CASE("most failing labelled requests get a smaller version that passes") {
  std::map<std::string, Share> by_lang, blind3;
  std::size_t rewrites_checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(MICROASK_TEST_DATA)) {
    if (entry.path().extension() != ".tsv") continue;
    const bool is_blind3 = entry.path().filename().string().starts_with("blind3_");
    for (const test::LabelledRow& row : test::read_labelled(entry.path())) {
      if (!row.any_fail()) continue;
      const Assessment a = assess(row.text);
      const std::vector<std::string> out = smaller_requests(row.text, a);
      for (const std::string& r : out) {
        INFO(row.id << ": " << row.text << " -> " << r);
        CHECK(assess(r).micro());
        CHECK(r != row.text);
        CHECK(std::count(out.begin(), out.end(), r) == 1);
        ++rewrites_checked;
      }
      CHECK(out.size() <= 3);
      const bool got = a.any_fail() && !out.empty();
      for (Share* s : {&by_lang[row.lang], is_blind3 ? &blind3[row.lang] : nullptr}) {
        if (s == nullptr) continue;
        ++s->rows;
        s->got += got ? 1u : 0u;
      }
    }
  }
  for (const auto& [lang, s] : by_lang) {
    MESSAGE("smaller versions, " << lang << ": " << s.got << " of " << s.rows << " fail rows ("
                                 << static_cast<int>(100 * s.rate() + 0.5) << "%); blind3 alone: " << blind3[lang].got
                                 << " of " << blind3[lang].rows);
    CHECK(s.rows >= 100);
    CHECK(s.rate() >= 0.80);
  }
  CHECK(by_lang.size() == 2);
  CHECK(rewrites_checked > 0);
}

TEST_CASE("odd requests never break the stage") {
  const std::string long_one(480, 'a');
  for (const std::string_view text : std::initializer_list<std::string_view>{"x", "€", "£ £ £ 5k", "and and and also", "Ask", "Demander à", "Signer", "sign me up", "Ask my boss for 5,",
        "lend me", "Dire à : « »", "Ask the — for 500 €?", "Demander de de de l'aide", "re\u0301silier le bail",
        "ASK MY MUM TO LEND ME £400 UNTIL FRIDAY", std::string_view(long_one)}) {
    INFO(text);
    const std::vector<std::string> out = smaller_requests(text);
    CHECK(out.size() <= 3);
    for (const std::string& r : out) {
      INFO(r);
      CHECK(assess(r).micro());
    }
  }
}
