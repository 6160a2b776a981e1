// The request checker, criterion by criterion, in both languages.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "microask/criteria.hpp"

using namespace microask;

namespace {

Verdict concrete(std::string_view text) { return assess(text).concrete.verdict; }
Verdict reversible(std::string_view text) { return assess(text).reversible.verdict; }
Verdict low_cost(std::string_view text) { return assess(text).low_cost.verdict; }

// The words of the first reason of that kind for that criterion, or "<none>".
std::string words(std::string_view text, Criterion c, ReasonKind k) {
  const Assessment a = assess(text);
  for (const Reason& r : a.result(c).reasons)
    if (r.kind == k) return r.words;
  return "<none>";
}

std::vector<std::string> all_words(std::string_view text, Criterion c, ReasonKind k) {
  std::vector<std::string> out;
  const Assessment a = assess(text);
  for (const Reason& r : a.result(c).reasons)
    if (r.kind == k) out.push_back(r.words);
  return out;
}

std::vector<ReasonKind> kinds(std::string_view text, Criterion c) {
  std::vector<ReasonKind> out;
  const Assessment a = assess(text);
  for (const Reason& r : a.result(c).reasons) out.push_back(r.kind);
  return out;
}

bool has(const std::vector<ReasonKind>& ks, ReasonKind k) { return std::find(ks.begin(), ks.end(), k) != ks.end(); }

std::vector<std::string> parts(std::string_view text, SuggestionKind k) {
  for (const Suggestion& s : assess(text).suggestions)
    if (s.kind == k) return s.parts;
  return {};
}

std::string instead(std::string_view text) {
  const Assessment a = assess(text);
  return a.warnings.empty() ? "<no warning>" : a.warnings.front().instead;
}

std::vector<std::string> warning_words(std::string_view text, WarningKind k) {
  std::vector<std::string> out;
  for (const Warning& w : assess(text).warnings)
    if (w.kind == k) out.push_back(w.words);
  return out;
}

constexpr Criterion C = Criterion::concrete;
constexpr Criterion R = Criterion::reversible;
constexpr Criterion L = Criterion::low_cost;

}  // namespace

TEST_CASE("the word tables compile") {
  std::string errors;
  for (const std::string& e : word_table_errors()) errors += e + "\n";
  CHECK("" == errors);
}

TEST_CASE("a micro-request passes all three, in English and in French") {
  CHECK(assess("Ask the barista for a glass of water").micro());
  CHECK(assess("Demander à la boulangère s'il lui reste des croissants aux amandes").micro());
  CHECK(assess("demander a mon voisin s'il peut me depanner d'un oeuf").micro());
  CHECK(assess("Ask the mechanic how much a new battery would cost").micro());
}

TEST_CASE("concrete: a clear ask names its addressee") {
  CHECK("the waiter" == words("Ask the waiter for the bill", C, ReasonKind::clear_ask));
  CHECK("mon voisin" == words("Je vais demander à mon voisin s'il a une échelle", C, ReasonKind::clear_ask));
  CHECK("the landlord" == words("I'd like to ask the landlord when the heating will be fixed", C, ReasonKind::clear_ask));
  CHECK("la CAF" == words("Appeler la CAF pour demander quel justificatif manque", C, ReasonKind::clear_ask));
  CHECK("le serveur" == assess("Demander au serveur une carafe d'eau").addressee.value_or(""));
  CHECK("my colleague Emma" == assess("Ask my colleague Emma whether she has the link").addressee.value_or(""));
  CHECK(false == assess("Be more confident").addressee.has_value());
}

TEST_CASE("concrete: the ask may be first person, bare, or the quoted sentence to say") {
  CHECK(Verdict::pass == concrete("Je vais demander à Sophie si elle se souvient du nom du resto"));
  CHECK(Verdict::pass == concrete("Demander à Sophie si elle se souvient du nom du resto"));
  CHECK(Verdict::pass == concrete("Demander à mon voisin : « Est-ce que tu pourrais réceptionner un colis pour moi ? »"));
  CHECK(Verdict::pass == concrete("Say to the waiter: \"Could we have more water, please?\""));
  CHECK(Verdict::pass == concrete("Email the landlord to ask when the form is due"));
  CHECK("my landlord" == words("Get my landlord to fix the broken window", C, ReasonKind::clear_ask));
  CHECK(Verdict::pass == concrete("Can I borrow your stapler for a minute?"));
  CHECK(Verdict::pass == concrete("Ask my friend to be my plus-one at the wedding"));
  CHECK(Verdict::fail == concrete("Get better at saying no"));
}

TEST_CASE("concrete: no ask at all") {
  CHECK("Stop being such a pushover" == words("Stop being such a pushover", C, ReasonKind::no_ask));
  CHECK("Être plus sûre de moi en réunion" == words("Être plus sûre de moi en réunion", C, ReasonKind::no_ask));
  CHECK("Qu'il comprenne enfin" == words("Qu'il comprenne enfin, sinon tant pis", C, ReasonKind::no_ask));
  CHECK(Verdict::fail == concrete("Sign the gym's two-year contract"));
}

TEST_CASE("concrete: a vague object fails, a specified one passes") {
  CHECK("un truc" == words("Demander un truc au serveur", C, ReasonKind::vague_object));
  CHECK("des infos" == words("Demander des infos à la mairie", C, ReasonKind::vague_object));
  CHECK("de l'aide" == words("demander de l'aide au vendeur", C, ReasonKind::vague_object));
  CHECK("stuff" == words("Ask my neighbour for stuff", C, ReasonKind::vague_object));
  CHECK("for help" == words("Ask my colleague for help", C, ReasonKind::vague_object));
  CHECK(Verdict::pass == concrete("Demander à la pharmacienne un conseil pour un mal de gorge"));
  CHECK(Verdict::pass == concrete("Demander des infos à la mairie sur le recensement"));
  CHECK(Verdict::pass == concrete("Ask my colleague for help with the printer"));
  CHECK(Verdict::pass == concrete("Ask the waiter if they have something vegetarian"));
  CHECK(Verdict::pass == concrete("Ask the gym front desk if I can try one class before signing anything"));
}

TEST_CASE("concrete: several asks bundled, and how to split them") {
  CHECK("and also" == words("Ask the waiter for the bill and also whether they can call us a taxi", C, ReasonKind::bundled));
  CHECK("et aussi" == words("Demander au serveur l'addition et aussi s'il peut appeler un taxi", C, ReasonKind::bundled));
  CHECK("as well as" == words("Ask my teacher for an extension as well as asking her to check my outline", C, ReasonKind::bundled));
  CHECK(std::vector<std::string>{"Ask the waiter for the bill", "Ask the waiter whether they can call us a taxi"} ==
        parts("Ask the waiter for the bill and also whether they can call us a taxi", SuggestionKind::split));
  CHECK(std::vector<std::string>{"ask my neighbour to take in my parcel", "ask my neighbour to lend me her drill"} ==
        parts("ask my neighbour to take in my parcel and also lend me her drill", SuggestionKind::split));
  CHECK(std::vector<std::string>{"Demander au serveur l'addition", "Demander au serveur s'il peut appeler un taxi"} ==
        parts("Demander au serveur l'addition et aussi s'il peut appeler un taxi", SuggestionKind::split));
  CHECK(std::vector<std::string>{"Demander à ma voisine d'arroser mes plantes", "Demander à ma voisine de relever mon courrier"} ==
        parts("Demander à ma voisine d'arroser mes plantes puis aussi de relever mon courrier", SuggestionKind::split));
  // One ask with a preamble is not a bundle.
  CHECK(Verdict::pass == concrete("Stand up and ask the building manager when the lift will be fixed"));
  CHECK(Verdict::pass == concrete("Ask the waiter for bread and water"));
  // A second verb on the same thing, named again by a pronoun, is the same act.
  CHECK(Verdict::pass == concrete("Ask Mum to scan the photo of the boat and email it"));
  CHECK(Verdict::pass == concrete("Demander à Léa de scanner la photo et de me l'envoyer"));
  CHECK(Verdict::fail == concrete("Ask my boss to sign the form and email HR"));
  // A second ask after filler words, "puis de", or "&".
  CHECK("while he's at it" == words("Ask Tom to return my book and, while he's at it, pay me back for the pizza", C, ReasonKind::bundled));
  CHECK("tant qu'à faire" == words("Demander à la boulangère deux croissants, et tant qu'à faire si elle peut me faire la monnaie", C, ReasonKind::bundled));
  CHECK("puis de passer" == words("Demander à ma coloc de faire la vaisselle puis de passer l'aspirateur", C, ReasonKind::bundled));
  CHECK(Verdict::fail == concrete("ask my manager if I can wfh Friday & also leave early Thursday"));
  CHECK(Verdict::pass == concrete("Ask the waiter for the menu & the wine list"));
  // Two stakes joined by and / et are two asks; two plain objects are one.
  CHECK("et" == words("Demander à mon n+1 une prime et une hausse de salaire", C, ReasonKind::bundled));
  CHECK(std::vector<std::string>{"Ask my boss for a raise", "Ask my boss for a promotion"} ==
        parts("Ask my boss for a raise and a promotion", SuggestionKind::split));
  CHECK(Verdict::pass == concrete("Demander au serveur du sel et du poivre"));
  // A slash before a second verb cuts two asks; between two things it offers a choice.
  CHECK("/ swap" == words("Ask for Friday off / swap with Tom", C, ReasonKind::bundled));
  CHECK("/ demander" == words("Échanger mon créneau avec Paul / demander mon vendredi", C, ReasonKind::bundled));
  CHECK(Verdict::pass == concrete("Ask my colleague to bring the spreadsheet / the slides"));
  CHECK(Verdict::fail == concrete("Ask the hotel for towels/soap/a late checkout"));
  // Asks written in other ways: a typo, a shorthand, a wish said to the person, an order for good.
  CHECK(Verdict::pass == concrete("Aks the reception if i can get a late checkout"));
  CHECK(Verdict::pass == concrete("dem au boulanger si il reste des croissants aux amandes"));
  CHECK(Verdict::pass == concrete("I'd love it if you could pick up milk on your way home"));
  CHECK(Verdict::pass == concrete("Return the jeans without a receipt"));
  CHECK(Verdict::pass == concrete("obtenir un rdv chez le dentiste avant vendredi"));
  CHECK(has(kinds("From now on you knock before coming into my room", L), ReasonKind::change_person));
  CHECK(Verdict::pass == concrete("From now on you knock before coming into my room"));
}

TEST_CASE("concrete: over about 25 words is long-winded, even one clear ask, up to 25 passes") {
  const std::string_view fr =
      "Je voudrais demander au gardien, vu que ça fait trois semaines que l'ampoule du couloir est grillée et "
      "que tout le monde passe devant sans rien dire, s'il peut la changer";
  CHECK(Verdict::fail == concrete(fr));
  CHECK(has(kinds(fr, C), ReasonKind::long_winded));
  CHECK(std::vector<std::string>{"Je voudrais demander au gardien s'il peut la changer"} == parts(fr, SuggestionKind::shorten));
  const std::string_view en =
      "I'd like to ask the landlord about the heating. It's been cold for weeks. I already emailed twice. My "
      "roommate says I should wait. Maybe I just ask when it'll be fixed?";
  CHECK("It's been cold for weeks" == words(en, C, ReasonKind::long_winded));
  CHECK(Verdict::pass == concrete("Ask my colleague Emma, when she's back from lunch today, whether she could send me the "
                                  "link to last week's meeting recording"));
  // 29 and 28 words (criteria.md: "more than about 25 words")
  CHECK(Verdict::fail == concrete("Ask the woman at the information desk on the second floor of the central library whether "
                                  "the study rooms on the third floor can be booked for tomorrow afternoon"));
  CHECK(Verdict::fail == concrete("Ask the receptionist at the dentist's on Baker Street whether my check-up on Thursday "
                                  "afternoon could move to Friday morning because I have a work meeting"));
}

TEST_CASE("concrete: nobody in particular to ask") {
  CHECK("people" == words("Ask people for things", C, ReasonKind::no_addressee));
  CHECK("gens" == words("demander des trucs aux gens", C, ReasonKind::no_addressee));
  CHECK("tout le monde" == words("Demander à tout le monde de m'aider", C, ReasonKind::no_addressee));
  // one person there to be asked is an addressee, with or without a setting said
  CHECK(Verdict::pass == concrete("Demander à quelqu'un de m'aider à porter mes courses"));
  CHECK(Verdict::pass == concrete("Ask someone for directions"));
  CHECK(Verdict::fail == concrete("Ask someone for something"));
  CHECK(std::vector<std::string>{"people"} == parts("Ask people for things", SuggestionKind::name_someone));
}

TEST_CASE("concrete: a habit is not one ask") {
  CHECK(std::vector<std::string>{"Start asking", "more often"} ==
        all_words("Start asking for help more often at work", C, ReasonKind::habit));
  CHECK("plus souvent" == words("Demander plus souvent des retours à mon manager", C, ReasonKind::habit));
  CHECK("every week" == words("Ask for feedback every week", C, ReasonKind::habit));
  CHECK(Verdict::pass == concrete("Demander à Paul s'il a toujours ma perceuse"));  // "toujours": still
  CHECK(Verdict::pass == concrete("Ask my dad to stop calling me every day"));  // the habit is the act asked for
  CHECK(std::vector<std::string>{"Start asking", "more often"} ==
        parts("Start asking for help more often at work", SuggestionKind::first_step));
}

TEST_CASE("reversible: money beyond a trivial amount") {
  CHECK("place a $5,000 bid" == words("Ask the auction house to place a $5,000 bid on the painting for me", R, ReasonKind::money));
  CHECK("1 800 €" == words("Demander au garagiste de lancer la réparation à 1 800 €", R, ReasonKind::money));
  CHECK("prêter 2 000 balles" == words("Juste demander à mon frère de me prêter 2 000 balles, rien de grave", R, ReasonKind::money));
  CHECK(std::vector<std::string>{"achat de la voiture", "18 000 €"} ==
        all_words("Demander à la concession de valider l'achat de la voiture à 18 000 €", R, ReasonKind::money));
  CHECK("lend me 500€" == words("Ask my sister to lend me 500€", R, ReasonKind::money));
  CHECK("lend me 3,000" == words("Ask my friend to lend me 3,000 for the deposit", R, ReasonKind::money));
  CHECK(Verdict::fail == reversible("Ask the travel agent to book the non-refundable package to Greece"));
  CHECK(Verdict::fail == reversible("Ask the estate agent to submit my offer on the flat"));
  // Trivial is under about 10 (criteria.md): a sum of 20 or 30 spent or offered commits it.
  CHECK("30 €" == words("Ask my brother if I can pay 30 € toward the concert tickets", R, ReasonKind::money));
  CHECK(Verdict::fail == reversible("Demander au vendeur s'il me laisse la lampe à 15 €"));
  // Money lent or fronted is a debt; money given is not (the stakes fail low cost instead).
  CHECK("front me 300 dollars" == words("Ask my brother to front me 300 dollars", R, ReasonKind::money));
  CHECK("me filer 300 balles" == words("Demander à mon pote de me filer 300 balles jusqu'à lundi", R, ReasonKind::money));
  CHECK(Verdict::pass == reversible("Ask my grandmother if she could give me 200 euros for my birthday"));
  CHECK(Verdict::pass == reversible("Ask my parents for 500 € as a birthday present"));
  CHECK("m'offrir 150 €" == words("Demander à ma tante de m'offrir 150 € pour Noël", L, ReasonKind::loan));
  CHECK(Verdict::pass == reversible("Demander à ma tante de m'offrir 150 € pour Noël"));
  CHECK(Verdict::pass == reversible("Ask my dad for two hundred dollars toward the festival ticket"));
  CHECK(Verdict::pass == reversible("Demander à mes parents 400 € pour payer mon permis"));
  // Paying back a trivial sum is no debt; paying back 50 is.
  CHECK(Verdict::pass == reversible("Ask my brother for $5 for parking, I'll pay him back tomorrow"));
  CHECK("I'll pay him back" == words("Ask my brother for 50 dollars, I'll pay him back tomorrow", R, ReasonKind::money));
}

TEST_CASE("reversible: asking a price, a small discount or a small sum commits nothing") {
  CHECK(Verdict::pass == reversible("Demander au garagiste combien coûterait le changement des deux pneus avant"));
  CHECK(Verdict::pass == reversible("Ask the mechanic how much the 800 € repair would really cost"));
  CHECK(Verdict::pass == reversible("Demander au garagiste le prix de la réparation à 1 800 €"));
  CHECK(Verdict::pass == reversible("Ask the market vendor for a small discount if I take three avocados"));
  CHECK(Verdict::pass == reversible("Demander au marchand une remise de 3 € sur le panier de fraises"));
  CHECK(Verdict::pass == reversible("Ask my friend to lend me 5 € for the bus"));
  CHECK(Verdict::pass == reversible("Demander à mon frère de me rembourser les 300 € qu'il me doit"));
  // A ceiling, change for a note, the way to pay a sum already due: asked, not committed.
  CHECK(Verdict::pass == reversible("Ask the florist for a bunch of roses under £20"));
  CHECK(Verdict::pass == reversible("Demander au caviste un blanc à moins de 15 €"));
  CHECK(Verdict::pass == reversible("Ask the newsagent to break a 20 dollar note"));
  CHECK(Verdict::pass == reversible("Demander à la caissière si je peux régler les 14 € par carte"));
}

TEST_CASE("reversible: signing and lasting commitments, unless only asked about or negated") {
  CHECK("two-year contract" == words("Sign the gym's two-year contract", R, ReasonKind::commitment));
  CHECK(has(kinds("Demander à la salle de sport de m'inscrire à l'abonnement d'un an sans résiliation possible", R),
            ReasonKind::commitment));
  CHECK("préavis" == words("Demander à mon propriétaire d'enregistrer mon préavis de départ", R, ReasonKind::commitment));
  CHECK(Verdict::pass == reversible("Demander au standard comment résilier mon abonnement"));
  CHECK(Verdict::pass == reversible("Ask the gym how I can cancel my yearly membership"));
  CHECK(Verdict::pass == reversible("Demander au club si je peux faire une séance d'essai sans m'engager"));
  CHECK(Verdict::pass == reversible("Ask the letting agent if I can see the flat again before signing the lease"));
  CHECK(Verdict::pass == reversible("Ask the dealer for a test drive without committing to anything"));
  CHECK(Verdict::pass == reversible("Email the landlord to ask when the lease renewal form is due"));
  // A group or a role of one's own, left or taken on, is a lasting change; an hour is not.
  CHECK("leaving the project" == words("Tell my manager I'm leaving the project", R, ReasonKind::commitment));
  CHECK("be the treasurer" == words("Offer to be the treasurer of the tenants' association", R, ReasonKind::commitment));
  CHECK("quitte le bureau de" == words("Dire au président que je quitte le bureau de l'association", R, ReasonKind::commitment));
  CHECK("être trésorier" == words("Proposer d'être trésorier du club", R, ReasonKind::commitment));
  CHECK(Verdict::pass == reversible("Demander à mon chef si je peux quitter le bureau à 17 h"));
  CHECK(Verdict::pass == reversible("Me porter volontaire pour tenir la buvette une heure"));
  CHECK(Verdict::pass == reversible("Volunteer to take notes at today's meeting"));
  CHECK(Verdict::pass == concrete("Me porter volontaire pour tenir la buvette une heure"));
}

TEST_CASE("reversible: relationships, jobs, ultimatums") {
  CHECK("se sépare" == words("Proposer à Hugo qu'on se sépare", R, ReasonKind::relationship));
  CHECK(has(kinds("Ask my best friend Alex if he'd date me", R), ReasonKind::relationship));
  CHECK(has(kinds("Ask my girlfriend if she wants to move in together", R), ReasonKind::relationship));
  CHECK(has(kinds("Dire à mon chef que je démissionne à la fin du mois", R), ReasonKind::job));
  CHECK(has(kinds("Tell my boss I'm quitting my job", R), ReasonKind::job));
  CHECK(Verdict::pass == reversible("Ask my son to quit the app before dinner"));
  CHECK(Verdict::pass == reversible("Email HR to ask how to resign properly"));
  CHECK("sinon je démissionne" == words("Demander à mon chef le télétravail le vendredi, sinon je démissionne", R, ReasonKind::ultimatum));
  CHECK("or I'll quit" == words("Ask my boss to let me work from home on Fridays or I'll quit", R, ReasonKind::ultimatum));
  CHECK(Verdict::fail == reversible("Dire à mon coloc : « soit tu paies ta part du loyer avant lundi, soit tu dégages »"));
  CHECK(std::vector<std::string>{"Demander à mon chef le télétravail le vendredi"} ==
        parts("Demander à mon chef le télétravail le vendredi, sinon je démissionne", SuggestionKind::no_ultimatum));
}

TEST_CASE("reversible: a public statement, but a public place alone is fine") {
  CHECK("at the residents' meeting" ==
        words("Stand up at the residents' meeting and ask the building manager why he pocketed our fees", R,
              ReasonKind::public_statement));
  CHECK(has(kinds("Ask in the all-company Slack channel why my manager hid the layoffs from us", R),
            ReasonKind::public_statement));
  CHECK(has(kinds("Demander à mon collègue, devant toute l'équipe, pourquoi il a bâclé le dossier", R),
            ReasonKind::public_statement));
  CHECK(Verdict::pass == reversible("Ask at the team meeting whether the office is closed on Friday"));
  CHECK(std::vector<std::string>{"at the residents' meeting"} ==
        parts("Stand up at the residents' meeting and ask the building manager why he pocketed our fees",
              SuggestionKind::private_first));
}

TEST_CASE("low cost: negotiations, loans and big favours") {
  CHECK("augmentation" == words("demander une augmentation a mon patron demain matin", L, ReasonKind::raise));
  CHECK(has(kinds("Ask my boss for a 15% pay rise at my review", L), ReasonKind::raise));
  CHECK("promote me" == words("Ask the director to promote me to senior engineer this quarter", L, ReasonKind::promotion));
  CHECK(has(kinds("Demander à mon chef de me nommer responsable d'équipe à la place de Marc", L), ReasonKind::promotion));
  CHECK("prêter 2 000 balles" == words("Juste demander à mon frère de me prêter 2 000 balles, rien de grave", L, ReasonKind::loan));
  CHECK(has(kinds("Ask my sister to lend me $800 for the deposit on my car", L), ReasonKind::loan));
  CHECK("help me move" == words("Ask my neighbour to help me move house on Saturday", L, ReasonKind::big_favour));
  CHECK(has(kinds("Demander à mes amis de m'aider à déménager tout le week-end", L), ReasonKind::big_favour));
  CHECK(has(kinds("Ask my friend, it's just a tiny thing, to co-sign the lease on my new flat", L), ReasonKind::big_favour));
  CHECK(Verdict::pass == low_cost("ask my neighbour if I can borrow her ladder for ten minutes"));
  CHECK(Verdict::pass == low_cost("Ask the bank to set up a 24-month loan for a new kitchen"));  // the bank's job
}

TEST_CASE("low cost: hours of work, a stranger's place or car, a business together") {
  CHECK(Verdict::fail == low_cost("Ask Leo to build my website for the bakery"));
  CHECK(Verdict::fail == low_cost("Ask Marc to write my talk for Monday's conference"));
  CHECK(Verdict::fail == low_cost("Knock on a random house and ask if I can use their bathroom"));
  CHECK(Verdict::fail == low_cost("Ask a stranger if I can borrow their car for an hour"));
  CHECK(Verdict::pass == low_cost("Ask a stranger in the lift which floor the dentist is on"));
  CHECK(Verdict::pass == low_cost("Ask Jess if she can spare ten minutes to look at my CV"));
  CHECK(has(kinds("Proposer à Julie qu'on monte notre boîte ensemble", R), ReasonKind::commitment));
  CHECK(has(kinds("Demander à Inès d'être ma copine", R), ReasonKind::relationship));
  CHECK(has(kinds("Propose to Ana on the beach at sunset", R), ReasonKind::relationship));
  // Going part time changes one's own work: "80 %" is a share, not a sum.
  CHECK(has(kinds("Demander à passer à 80 % à partir de septembre", R), ReasonKind::job));
  CHECK(has(kinds("ask my boss if i could go part-time from next month", R), ReasonKind::job));
  CHECK(Verdict::pass == low_cost("Ask the manager for 20% off the jacket with the broken zip"));
  CHECK(Verdict::fail == low_cost("Je veux que tu me fasses toute la compta de l'asso ce mois-ci"));
  CHECK(Verdict::fail == low_cost("Demander à un passant de me prêter son vélo pour faire le tour du lac"));
  CHECK(Verdict::fail == low_cost("Ask someone at the café to have lunch with me"));
  CHECK(Verdict::pass == low_cost("Demander à ma pote de m'aider pour ma déclaration d'impôts"));
  CHECK(has(kinds("Dire à mon chef : \"j'aimerais qu'on revoie mon salaire à la hausse\"", L), ReasonKind::raise));
  CHECK(has(kinds("Offer to coach the under-10s team every Saturday this season", R), ReasonKind::commitment));
  CHECK(has(kinds("J'aimerais trouver le courage de dire non à ma belle-mère", C), ReasonKind::habit));
}

// A short length of time said in the sentence makes a shift or a read-through minutes, not
// hours; without it, the same ask is a big favour.
TEST_CASE("low cost: a short length of time said turns hours into minutes") {
  CHECK(Verdict::fail == low_cost("Ask Deepa to cover my Tuesday lunchtime phone shift"));
  CHECK(Verdict::pass == low_cost("Ask Deepa to cover my Tuesday lunchtime phone shift for half an hour"));
  CHECK(Verdict::fail == low_cost("Ask my mentor to look over my CV"));
  CHECK(Verdict::pass == low_cost("Ask my mentor whether she'd look over my CV for ten minutes on Friday"));
  CHECK(Verdict::fail == low_cost("Demander à un collègue de prendre ma permanence de samedi"));
  CHECK(Verdict::pass == low_cost("Demander à un collègue de prendre ma permanence samedi, juste dix minutes"));
  // ... but not a stranger's car, however short
  CHECK(Verdict::fail == low_cost("Ask a stranger if I can borrow their car for ten minutes"));
}

TEST_CASE("low cost: feelings, changing someone, confrontations") {
  CHECK(has(kinds("Ask my best friend Alex if he'd date me, I've had feelings for him for years", L), ReasonKind::declaration));
  CHECK(has(kinds("Dire à Camille que je suis amoureux d'elle", L), ReasonKind::declaration));
  CHECK("to stop spending" == words("Ask my husband to stop spending so much time on his phone at dinner", L, ReasonKind::change_person));
  CHECK(has(kinds("Demander à ma mère d'arrêter de critiquer ma façon d'élever mes enfants", L), ReasonKind::change_person));
  CHECK(has(kinds("Ask my team to respect me more", L), ReasonKind::change_person));
  CHECK(has(kinds("Ask my team to respect me more", C), ReasonKind::vague_object));
  CHECK(has(kinds("Demander à ma famille de m'accepter comme je suis", C), ReasonKind::vague_object));
  CHECK("why she didn't invite me" == words("Ask my friend why she didn't invite me to her wedding", L, ReasonKind::confrontation));
  CHECK(Verdict::pass == low_cost("Ask the waiter why he gave me the wrong dish"));
  CHECK("bâclé" == words("Demander à ma collègue pourquoi son rapport était aussi bâclé", L, ReasonKind::confrontation));
  CHECK(has(kinds("Demander à mon coloc pourquoi il ne fait jamais la vaisselle", L), ReasonKind::confrontation));
  CHECK(has(kinds("Proposer à Hugo qu'on se sépare", L), ReasonKind::emotional_load));
  CHECK(Verdict::pass == low_cost("Ask the conductor why the train stopped"));
  CHECK(Verdict::pass == low_cost("Demander au boulanger pourquoi il n'y a plus de baguettes"));
}

TEST_CASE("low cost: negotiations over lasting stakes") {
  CHECK("lower the rent" == words("Ask the landlord to lower the rent by 200 a month", L, ReasonKind::negotiation));
  CHECK(has(kinds("Demander au propriétaire de baisser le loyer de 100 € par mois", L), ReasonKind::negotiation));
  CHECK(Verdict::pass == reversible("Demander au propriétaire de baisser le loyer de 100 € par mois"));
  CHECK(has(kinds("Demander au prof de remonter ma note", L), ReasonKind::negotiation));
}

TEST_CASE("low cost: stopping something is a change asked of someone close, not of a stranger in passing") {
  CHECK(Verdict::fail == low_cost("Ask my neighbour to stop parking in front of my garage"));
  CHECK(Verdict::pass == low_cost("Politely ask the people behind me in the cinema to stop talking"));
  CHECK(Verdict::pass == low_cost("Demander aux ados du bus d'arrêter de crier"));
  CHECK(Verdict::fail == low_cost("Demander gentiment à mes voisins de ne pas claquer la porte la nuit"));
}

TEST_CASE("reversible and low cost: conditional threats are ultimatums") {
  CHECK(has(kinds("Tell my flatmate that if she doesn't pay the rent tomorrow I'm changing the locks", R), ReasonKind::ultimatum));
  CHECK(has(kinds("Dire à mon fils que s'il ne range pas sa chambre, il n'aura pas de console", L), ReasonKind::ultimatum));
  CHECK(has(kinds("Dire à mon voisin : « baisse ta musique ou j'appelle les flics »", R), ReasonKind::ultimatum));
  CHECK(Verdict::pass == reversible("Ask my colleague if he doesn't mind swapping desks"));
  // Typed in a hurry: no "ne", no comma; or a comma and any first-person consequence.
  CHECK(Verdict::fail == reversible("Dire à mon frère que s'il me rend pas ma voiture ce soir je lui parle plus jamais"));
  CHECK(Verdict::fail == reversible("Dire à ma coloc que si elle ne fait pas sa vaisselle d'ici dimanche, je cherche quelqu'un d'autre"));
  CHECK(Verdict::fail == reversible("Tell my roommate that if he doesn't pay his share by Friday, he's out"));
  // A time clause is no threat; neither is an indirect question.
  CHECK(Verdict::pass == reversible("Demander à ma voisine si elle peut garder mon chat pendant que je pars en vacances"));
  CHECK(Verdict::pass == reversible("Demander au voisin s'il ne peut pas baisser la musique"));
}

TEST_CASE("guards: a thing lent, and only asking whether it can be done") {
  // The time said is the thing's when it is lent; a big thing lent stays a big favour.
  CHECK(Verdict::pass == low_cost("Ask my brother to lend me his charger for the weekend"));
  CHECK(Verdict::pass == low_cost("Demander à mon voisin de me prêter sa perceuse pour le week-end"));
  CHECK(Verdict::fail == low_cost("Ask my friend to look after my cat for two weeks"));
  CHECK(Verdict::fail == low_cost("Demander à ma sœur de me prêter sa voiture pendant deux semaines"));
  // Asking whether a contract can be ended ends nothing; asking to end it does.
  CHECK(Verdict::pass == reversible("Ask the gym whether I can cancel my membership online"));
  CHECK(Verdict::pass == reversible("Demander à la salle si je peux résilier en ligne"));
  CHECK(Verdict::fail == reversible("Ask the gym to cancel my membership"));
  // ... but asking whether I can borrow money is asking for it.
  CHECK(Verdict::fail == reversible("Demander à mon frère si je peux lui emprunter 500 €"));
}

TEST_CASE("minimisers never make a big thing small") {
  CHECK(Verdict::fail == low_cost("Juste demander à mon frère de me prêter 2 000 balles, rien de grave"));
  CHECK(Verdict::fail == low_cost("Ask my friend, it's just a tiny thing, to co-sign the lease on my new flat"));
  CHECK(Verdict::fail == reversible("Ask my friend, it's just a tiny thing, to co-sign the lease on my new flat"));
}

TEST_CASE("unsure only where the text does not tell") {
  CHECK(Verdict::unsure == reversible("Ask my brother to lend me some money"));
  CHECK(Verdict::fail == low_cost("Ask my brother to lend me some money"));
  CHECK("lend me some money" == words("Ask my brother to lend me some money", R, ReasonKind::unclear));
  CHECK(Verdict::unsure == low_cost("Ask my cousin if I can borrow her car"));
  CHECK(Verdict::pass == low_cost("Ask my cousin if I can borrow her car jack"));
  CHECK(Verdict::pass == low_cost("Ask my neighbour to look after my dog on Saturday"));
  CHECK(Verdict::fail == low_cost("Ask my neighbour to look after my dog for two weeks"));
}

TEST_CASE("warnings: hedges, apologies, self-deprecation, minimisers, with the plain wording") {
  CHECK(std::vector<std::string>{"sorry to bother"} ==
        warning_words("Ask the barista for a glass of water, sorry to bother, only if it's no trouble", WarningKind::apology));
  CHECK(std::vector<std::string>{"only if it's no trouble"} ==
        warning_words("Ask the barista for a glass of water, sorry to bother, only if it's no trouble", WarningKind::hedge));
  CHECK("Ask the barista for a glass of water" == instead("Ask the barista for a glass of water, sorry to bother, only if it's no trouble"));
  CHECK("Demander au serveur une carafe d'eau" == instead("Demander au serveur une carafe d'eau, si ça ne le dérange pas"));
  CHECK("Demander à mon frère de me prêter 2 000 balles" == instead("Juste demander à mon frère de me prêter 2 000 balles, rien de grave"));
  CHECK("Ask my friend to co-sign the lease on my new flat" == instead("Ask my friend, it's just a tiny thing, to co-sign the lease on my new flat"));
  CHECK("J'aimerais demander à Julie si elle pourrait regarder mon tableau Excel." ==
        instead("Bon alors voilà, je sais que c'est pas le moment et que tout le monde est débordé, mais j'aimerais demander à "
                "Julie si elle pourrait regarder mon tableau Excel. Enfin si elle veut bien."));
  CHECK(std::vector<std::string>{"I know it's a lot but"} ==
        warning_words("I know it's a lot but ask my sister to pick up my parcel", WarningKind::self_deprecation));
  CHECK("Ask my sister to pick up my parcel" == instead("I know it's a lot but ask my sister to pick up my parcel"));
  CHECK(std::vector<std::string>{"désolé de vous déranger"} ==
        warning_words("Demander au serveur un verre d'eau, désolé de vous déranger", WarningKind::apology));
  CHECK(std::vector<std::string>{"si c'est pas trop demander"} ==
        warning_words("Demander à Léa si elle a une minute, si c'est pas trop demander", WarningKind::hedge));
  CHECK(std::vector<std::string>{"just"} == warning_words("Ask my colleague if he could just check my slides", WarningKind::minimiser));
  // the ask a hedge hid is said back as the question it is
  CHECK("Could you lend me a pen?" == instead("I was wondering if you could lend me a pen."));
  CHECK("Tu pourrais me déposer à la gare ?" == instead("Je me demandais si tu pourrais me déposer à la gare"));
  CHECK(assess("Ask the waiter for the bill").warnings.empty());
  // Warnings are not failures.
  CHECK(assess("Ask the barista for a glass of water, sorry to bother, only if it's no trouble").micro());
}

TEST_CASE("suggestions make a failing request smaller") {
  CHECK(std::vector<std::string>{"un truc"} == parts("Demander un truc au serveur", SuggestionKind::specify));
  CHECK(std::vector<std::string>{"help me move"} == parts("Ask my neighbour to help me move house on Saturday", SuggestionKind::scale_down));
  CHECK(assess("Ask the waiter for the bill").suggestions.empty());
}

TEST_CASE("the user's answers override the text, criterion by criterion") {
  const Assessment a = assess("Ask my brother to lend me some money", Answers{{}, true, false});
  CHECK(Verdict::pass == a.reversible.verdict);
  CHECK(Verdict::fail == a.low_cost.verdict);
  CHECK(1u == a.reversible.reasons.size());
  CHECK(ReasonKind::user_answer == a.reversible.reasons.front().kind);
  CHECK("" == a.reversible.reasons.front().words);
  CHECK(Verdict::fail == assess("Ask the waiter for the bill", Answers{false, {}, {}}).concrete.verdict);
  CHECK(Verdict::pass == assess("Ask the waiter for the bill", Answers{false, {}, {}}).reversible.verdict);
}

TEST_CASE("the language is detected per request") {
  CHECK(Lang::fr == detect_lang("Demander à la boulangère s'il reste du pain"));
  CHECK(Lang::fr == detect_lang("demander a mon voisin s'il peut me depanner d'un oeuf"));
  CHECK(Lang::fr == detect_lang("dire a mon pote de passer demain"));
  CHECK(Lang::en == detect_lang("Ask the waiter for the bill"));
  CHECK(Lang::en == detect_lang("ask my neighbour if I can borrow her ladder"));
  CHECK(Lang::en == detect_lang("I'd like to ask my boss if I can't leave early"));
  CHECK(Lang::fr == assess("Demander des infos à la mairie").lang);
  CHECK(Lang::en == assess("Stop being such a pushover").lang);
}

TEST_CASE("hurried French: no accents, 'a' for 'à', tu and vous") {
  CHECK(Verdict::pass == concrete("demander a la boulangere si elle a du pain sans gluten"));
  CHECK(Verdict::fail == low_cost("demander une augmentation a mon patron"));
  CHECK(Verdict::pass == concrete("Demandez au guichet si le bus 42 passe par la gare"));
  CHECK(Verdict::pass == concrete("Demande à ton chef si tu peux partir plus tôt vendredi"));
  CHECK(Verdict::fail == reversible("demander a mon frere de me preter 2000 euros"));
}

TEST_CASE("reasons round-trip through JSON") {
  const std::vector<Reason> reasons{{ReasonKind::bundled, "and also"}, {ReasonKind::money, "18 000 € « achat »"}};
  const std::string json = reasons_to_json(reasons);
  CHECK(R"([{"kind":"bundled","words":"and also"},{"kind":"money","words":"18 000 € « achat »"}])" == json);
  const std::vector<Reason> back = reasons_from_json(json);
  CHECK(2u == back.size());
  CHECK(ReasonKind::money == back[1].kind);
  CHECK("18 000 € « achat »" == back[1].words);
  CHECK("[]" == reasons_to_json({}));
  CHECK(ReasonKind::unclear == reasons_from_json(R"([{"kind":"from_the_future","words":"x"}])").front().kind);
  CHECK(reasons_from_json("not json").empty());
  CHECK(reasons_from_json(R"({"kind":"money"})").empty());
}

TEST_CASE("every kind has a name and a message") {
  for (int k = 0; k <= static_cast<int>(ReasonKind::unclear); ++k) {
    const auto kind = static_cast<ReasonKind>(k);
    CHECK_FALSE(to_string(kind).empty());
    CHECK_FALSE(message_of(kind).empty());
    CHECK(kind == reasons_from_json(reasons_to_json({{kind, "w"}})).front().kind);
  }
  for (int k = 0; k <= static_cast<int>(WarningKind::minimiser); ++k) CHECK_FALSE(message_of(static_cast<WarningKind>(k)).empty());
  for (int k = 0; k <= static_cast<int>(SuggestionKind::private_first); ++k)
    CHECK_FALSE(message_of(static_cast<SuggestionKind>(k)).empty());
  CHECK("bundled" == to_string(ReasonKind::bundled));
  CHECK("low_cost" == to_string(Criterion::low_cost));
  CHECK("bundles several asks (\"{}\")" == message_of(ReasonKind::bundled));
}

TEST_CASE("fail reasons quote words found in the text as typed") {
  for (const std::string_view text :
       {"Demander à la concession de valider l'achat de la voiture à 18 000 € et aussi de me prêter un véhicule",
        "Qu'il comprenne enfin que j'ai besoin qu'il s'engage, sinon je le quitte",
        "Ask in the all-company Slack channel why my manager hid the layoffs from us", "Stop being such a pushover"}) {
    const Assessment a = assess(text);
    for (const Criterion c : {C, R, L}) {
      if (a.result(c).verdict != Verdict::fail) continue;
      for (const Reason& r : a.result(c).reasons) {
        CHECK_FALSE(r.words.empty());
        CHECK(std::string_view::npos != text.find(r.words));
      }
    }
  }
}

TEST_CASE("any bytes: no crash, no hang") {
  const std::string invalid = "Ask \xff\xfe the \xc3 waiter \xe2\x82 for \xf0\x9f\x98 the bill\x80";
  CHECK_NOTHROW(assess(invalid));
  CHECK_NOTHROW(assess(""));
  CHECK_NOTHROW(assess("   "));
  CHECK_NOTHROW(assess("?!…«»"));
  CHECK_NOTHROW(assess(std::string(1, '\0')));
  CHECK_NOTHROW(assess("999999999999999999999999999999 € 1,000,000,000,000,000,000 $"));
  std::string huge;
  for (int i = 0; i < 20000; ++i) huge += "et aussi demander à mon voisin s'il peut ";
  CHECK_NOTHROW(assess(huge));
  CHECK(Verdict::fail == assess("").concrete.verdict);
}

TEST_CASE("assessing many requests (not timed: speed is measured by the benchmark)") {
  const std::string_view text =
      "Ask my colleague Emma, when she's back from lunch today, whether she could send me the link to last week's "
      "meeting recording, sorry to bother, and also whether she has the slides";
  std::size_t fails = 0;
  for (int i = 0; i < 2000; ++i) fails += assess(text).concrete.verdict == Verdict::fail ? 1u : 0u;
  CHECK(2000u == fails);
}

TEST_CASE("a text with no word at all (numbers and signs only) is no ask") {
  for (const char* text : {"-5", "42", "???", "5 €"}) {
    const Assessment a = assess(text);
    CHECK_MESSAGE(Verdict::fail == a.concrete.verdict, text);
    REQUIRE_FALSE(a.concrete.reasons.empty());
    CHECK(ReasonKind::no_ask == a.concrete.reasons.front().kind);
    CHECK_FALSE(a.micro());
  }
}

TEST_CASE("concrete: a change of trait said to the person is one clear ask") {
  CHECK(Verdict::pass == concrete("Could you be less moody when you get home tonight?"));
  CHECK(Verdict::fail == low_cost("Could you be less moody when you get home tonight?"));
  CHECK(Verdict::pass == concrete("Tu pourrais être moins susceptible ?"));
  CHECK(Verdict::fail == low_cost("Tu pourrais être moins susceptible ?"));
  // reported to oneself, the trait stays vague
  CHECK(Verdict::fail == concrete("Ask my partner to be more affectionate"));
}

TEST_CASE("concrete: the act asked for holds its own frequency") {
  CHECK(Verdict::pass == concrete("Mum, could you stop criticising my job every time we talk?"));
  CHECK(Verdict::pass == concrete("Ask my mum if she'll stop commenting on my weight every time I visit"));
  CHECK(Verdict::pass == concrete("Maman, tu pourrais arrêter de critiquer mon boulot à chaque fois qu'on se parle ?"));
  CHECK(Verdict::fail == concrete("Ask for feedback every week"));
}

TEST_CASE("concrete: polite and formal forms are asks") {
  CHECK(Verdict::pass == concrete("I was wondering if you could send me the slides"));
  CHECK(Verdict::fail == reversible("I was wondering if you could lend me 500 euros"));
  CHECK(Verdict::pass == concrete("Je vous serais reconnaissant de me rendre l'escabeau"));
  CHECK(Verdict::pass == concrete("Merci de bien vouloir me transmettre le planning des congés"));
  CHECK(Verdict::pass == concrete("Il faudrait que tu sortes les poubelles ce soir"));
  CHECK(Verdict::pass == concrete("Excuse me, do you have the time?"));
  CHECK(Verdict::fail == concrete("Hello, my order arrived late and the box was crushed."));
}

TEST_CASE("low cost: a time said outside the ask's sentence is no favour") {
  CHECK(Verdict::pass == low_cost("My back has hurt for three months. So I will ask my GP for a referral."));
  CHECK(Verdict::fail == low_cost("Ask my mum to keep the dog for two weeks"));
}

TEST_CASE("low cost: large discounts are bargaining, small ones are not") {
  CHECK(Verdict::pass == reversible("Ask the landlord to knock £100 off the monthly rent"));
  CHECK(Verdict::fail == low_cost("Ask the landlord to knock £100 off the monthly rent"));
  CHECK(Verdict::fail == low_cost("Demander 3 000 € de remise sur la voiture au concessionnaire"));
  CHECK(Verdict::pass == low_cost("Demander 15 € de rabais au vendeur du marché"));
  CHECK(Verdict::pass == reversible("Demander 15 € de rabais au vendeur du marché"));
}

TEST_CASE("reversible: a question posted in a group binds nothing, a statement does") {
  CHECK(Verdict::pass == reversible("Poster sur le groupe du quartier pour demander si quelqu'un a vu mon chat gris"));
  CHECK(Verdict::fail == reversible("Poster sur le groupe du quartier que le boulanger vend du pain rassis"));
  CHECK(Verdict::pass == reversible("Post in the neighbourhood group asking if anyone found a grey cat"));
  CHECK(Verdict::fail == reversible("Announce in the team channel that I'm leaving in March"));
}

TEST_CASE("low cost: asking out is a declaration that starts nothing lasting") {
  CHECK(Verdict::pass == reversible("Ask Jess out for dinner on Saturday"));
  CHECK(Verdict::fail == low_cost("Ask Jess out for dinner on Saturday"));
  // a declaration of feelings binds nothing lasting either: it is judged under low cost
  CHECK(Verdict::pass == reversible("Tell Sam I've had feelings for him since last summer"));
  CHECK(Verdict::fail == low_cost("Tell Sam I've had feelings for him since last summer"));
  CHECK(Verdict::pass == reversible("Dire à Léa que je suis amoureux d'elle"));
}

TEST_CASE("concrete: one word names a topic, not an ask of anyone") {
  CHECK(Verdict::fail == concrete("Raise?"));
  CHECK(Verdict::fail == concrete("Augmentation ?"));
  CHECK(Verdict::pass == concrete("Raise, Tom?"));
}

TEST_CASE("guards: a question word before the ask is about the asking") {
  CHECK(Verdict::fail == low_cost("How do I ask my boss for a raise?"));
  CHECK(Verdict::fail == low_cost("Comment demander une augmentation à mon chef ?"));
  CHECK(Verdict::pass == low_cost("Ask my boss how the raises are decided this year"));
  CHECK(Verdict::pass == reversible("No ultimatum, just ask Ben whether he can do the dishes tonight"));
}

TEST_CASE("guards: a situation with no comma after it is the question asked") {
  // « quand il compte enfin ... » asked of the brother is a reproach, not an NVC situation
  CHECK(Verdict::fail == low_cost("Demander à mon frère quand il compte enfin me rendre ma perceuse"));
  CHECK(Verdict::fail == low_cost("Ask my landlord when he is ever going to fix the heating"));
  // ... while the situation told before its comma is no ask of its own
  CHECK(Verdict::pass == reversible("Quand tu ranges mes papiers devant tes parents, je suis gênée ; tu pourrais me demander avant ?"));
}

TEST_CASE("guards: a length told before the ask is the situation's") {
  CHECK(Verdict::pass == low_cost("My flatmate has left his dishes for a week, so can I ask him to wash his plates tonight?"));
  CHECK(Verdict::fail == low_cost("Ask my flatmate to keep my dog for a week"));
}

TEST_CASE("reversible: a reproach the person is asked to stop is theirs, not said in public") {
  CHECK(Verdict::pass == reversible("Ask my mother to stop criticising my cooking in front of the family"));
  CHECK(Verdict::fail == reversible("Ask my brother in front of the whole family why he lied"));
}

TEST_CASE("low cost: what is posted ends at the ask joined after it") {
  CHECK(Verdict::pass == low_cost("Post on LinkedIn that I'm open to work and ask my network for referrals"));
  CHECK(Verdict::fail == low_cost("Post on Facebook that my landlord keeps our deposits"));
}

TEST_CASE("reversible: the situation an NVC request starts from is not where it is said") {
  CHECK(Verdict::pass == reversible("When you shout at me in front of the kids, I feel humiliated; would you be willing to speak calmly?"));
  CHECK(Verdict::fail == low_cost("When you shout at me in front of the kids, I feel humiliated; would you be willing to speak calmly?"));
  CHECK(Verdict::fail == reversible("Ask my brother in front of the whole family why he lied"));
}

TEST_CASE("concrete: a habit in the situation told is the other's, not the ask's") {
  CHECK(Verdict::pass == concrete("Quand tu laisses tes chaussettes partout, je me sens découragée ; serais-tu d'accord pour les ranger ce soir ?"));
  CHECK(Verdict::pass == concrete("When you leave your shoes everywhere I feel annoyed; would you put them away tonight?"));
  CHECK(Verdict::fail == concrete("Demander des réductions partout où je vais"));
}

TEST_CASE("concrete: a list of objects asked at once is a bundle") {
  CHECK(Verdict::fail == concrete("Go to the front desk and ask for a noon checkout, a taxi at one and extra towels"));
  CHECK(Verdict::fail == concrete("Demander à ma sœur d'aller chercher les enfants, de faire le dîner et de promener le chien"));
  CHECK(Verdict::pass == concrete("Ask the front desk for a late checkout"));
}

TEST_CASE("low cost: a reproach counts the times, about the other, not oneself") {
  CHECK(Verdict::fail == low_cost("This is the third time this week you've taken my charger without asking, can you stop?"));
  CHECK(Verdict::fail == low_cost("Ça fait trois fois que tu oublies les poubelles, tu peux les sortir ce soir ?"));
  CHECK(Verdict::fail == low_cost("C'est la troisième fois que je te le demande : tu peux ranger tes chaussures ?"));
  CHECK(Verdict::fail == low_cost("Tu ne ranges jamais tes chaussures dans le placard, pourquoi ?"));
  CHECK(Verdict::pass == low_cost("This is the third time I've forgotten my badge, can I get a temporary one?"));
  CHECK(Verdict::pass == low_cost("Ça fait deux ans qu'on se connaît, tu veux venir à mon anniversaire ?"));
  CHECK(Verdict::pass == low_cost("Tu ne m'as jamais dit ton prénom, c'est quoi ?"));
}

TEST_CASE("reversible: a yes to a lasting deal in mild words commits") {
  CHECK(Verdict::fail == reversible("Just say yes to the lease when the agent calls"));
  CHECK(Verdict::fail == reversible("Confirm the booking for the whole year with the venue"));
  CHECK(Verdict::fail == reversible("Dire à l'agence : c'est oui pour le bail, envoyez-le-moi à signer"));
  CHECK(Verdict::fail == reversible("Demander à la salle de sport de passer mon abonnement en formule annuelle"));
  CHECK(Verdict::fail == reversible("Demander au prof de piano de m'inscrire aux cours jusqu'en juin"));
  CHECK(Verdict::pass == reversible("Demander au prof de piano s'il reste de la place au cours de jeudi"));
}

TEST_CASE("reversible: a question at the stand-up is no public statement") {
  CHECK(Verdict::pass == reversible("At the team meeting, ask if we could move tomorrow's stand-up to ten"));
  CHECK(Verdict::pass == low_cost("Bonjour, pourriez-vous me dire à quelle heure ferme la piscine ?"));
  CHECK(Verdict::fail == low_cost("Dire à mon frère : ferme-la"));
}

TEST_CASE("low cost: a stranger's favour, named or said to them") {
  CHECK(Verdict::fail == low_cost("Ask the woman at the bus stop if she could drive me to the hospital"));
  CHECK(Verdict::fail == low_cost("I know we've only just met, but could I sleep on your sofa tonight?"));
  CHECK(Verdict::pass == low_cost("Could I sleep on your sofa tonight?"));
  CHECK(Verdict::fail == low_cost("Demander au voisin du dessous s'il peut me prêter sa voiture samedi"));
  CHECK(Verdict::fail == low_cost("Ask someone at the bar for their number because I fancy them"));
  CHECK(Verdict::pass == reversible("Ask someone at the bar for their number because I fancy them"));
}

TEST_CASE("money: a bare sum lent, and a sum said before its loan") {
  CHECK(Verdict::fail == reversible("lend me 300 til next wk?? pls"));
  CHECK(Verdict::fail == reversible("Ask my brother for a $1,500 loan to fix my car"));
  CHECK(Verdict::pass == reversible("lend me a pen till Friday"));
}

TEST_CASE("concrete: a hand for two minutes says when, not with what") {
  CHECK(Verdict::fail == concrete("Can you give me a hand for two minutes?"));
  CHECK(Verdict::fail == concrete("Could you help me with something real quick?"));
  CHECK(Verdict::pass == concrete("Can you give me a hand with the boxes for two minutes?"));
  CHECK(Verdict::fail == concrete("I want to feel more confident when I speak up"));
  CHECK(Verdict::fail == concrete("Can you buy bread, call your mum and water the plants?"));
  CHECK(Verdict::fail == concrete("Tu peux acheter du pain, appeler ta mère et arroser les plantes ?"));
  CHECK(Verdict::pass == concrete("cud u send me the pics from last nite"));
}

TEST_CASE("low cost: people described as unknown are strangers") {
  CHECK(Verdict::fail == low_cost("Demander à un voisin que vous ne connaissez pas de vous faire visiter son jardin"));
  CHECK(Verdict::fail == low_cost("Demander à une famille inconnue si vous pouvez dîner à leur table au restaurant"));
  CHECK(Verdict::pass == concrete("Demander à des voisins que je ne connais pas si mes enfants peuvent jouer dans leur jardin"));
  CHECK(Verdict::pass == low_cost("Demander à mon voisin si mes enfants peuvent jouer dans son jardin cet après-midi"));
  CHECK(Verdict::pass == low_cost("Ask my neighbour if I could maybe borrow her car jack for half an hour"));
}

TEST_CASE("a step's label ends at a colon or a dash, after a mark or a word") {
  CHECK(Verdict::pass == concrete("This week: try to get the table by the window at the café"));
  CHECK(Verdict::pass == concrete("SUDS 55 - send back a cold soup at a restaurant"));
  CHECK(Verdict::pass == concrete("Cette semaine : essayer d'obtenir une place côté fenêtre à l'enregistrement"));
  CHECK(Verdict::pass == concrete("☑ Jour 1 : faire de la monnaie sur un billet de 5 € au kiosque"));
  CHECK(Verdict::pass == concrete("SUDS 50 – renvoyer en cuisine un plat arrivé froid"));
  CHECK(Verdict::pass == concrete("Ask my manager this week: can I leave at four on Friday?"));
}

TEST_CASE("asking about the asking is no reproach, and trying on pays nothing") {
  CHECK(Verdict::pass == low_cost("Is it rude to ask a stranger at the airport to watch my bag for two minutes?"));
  CHECK(Verdict::fail == low_cost("Tell my colleague he was rude to the client"));
  CHECK(Verdict::pass == low_cost("Est-ce impoli de demander à la caissière de me changer un billet de 5 € en pièces ?"));
  CHECK(Verdict::fail == low_cost("Dire à mon coloc qu'il est impoli"));
  CHECK(Verdict::pass == reversible("C'est normal de stresser pour demander au vendeur si je peux essayer le vélo à 1 200 € ?"));
  CHECK(Verdict::fail == reversible("Acheter le vélo à 1 200 €"));
}

TEST_CASE("two asks of one's own in an alternative are a bundle, not an ultimatum") {
  const char* text = "Homework: either ask the teacher for an extension or ask if I can email the essay late";
  CHECK(Verdict::fail == concrete(text));
  CHECK(Verdict::pass == reversible(text));
  CHECK(Verdict::fail == reversible("Tell my boss either he pays me or I go"));
  CHECK(Verdict::fail == concrete("Note : demander au prof de décaler l'oral à mardi, ou sinon de me laisser passer en premier"));
  CHECK(Verdict::fail == reversible("tell flatmate: pay rent by fri or he's out"));
}

TEST_CASE("the families of the eighteenth batch") {
  CHECK(Verdict::pass == low_cost("[ ] Ask the barista if I can have today's coffee for free"));
  CHECK(Verdict::fail == low_cost("Ask the hairdresser to fix the wobbly leg on my kitchen table"));
  CHECK(Verdict::fail == low_cost("Day 30: Ask a stranger if I can sit in their car for a minute"));
  CHECK(Verdict::fail == low_cost("Hi Sam, could you spend this weekend rebuilding the client deck for me? Thanks, Jo"));
  CHECK(Verdict::fail == reversible("Hi all, just confirming I'm happy to co-chair next year's conference committee"));
  CHECK(Verdict::pass == reversible("How do I ask him for his number? I've had a crush on him for months."));
  CHECK(Verdict::fail == concrete("Reddit, how do I get more confident talking to girls?"));
  CHECK(Verdict::pass == concrete("I'd like you to pick up the kids from school at 4 today"));
  CHECK(Verdict::fail == low_cost("Défi n°11 – demander son numéro à la jolie serveuse du bar"));
  CHECK(Verdict::fail == low_cost("Jeu de rôle : dire à Hugo « Ça t'arracherait la bouche de dire merci quand je cuisine ? »"));
  CHECK(Verdict::fail == low_cost("€300 à demander à Léo (prêt) pour les vacances"));
  CHECK(Verdict::pass == low_cost("S'entraîner à refuser sans se justifier"));
  CHECK(Verdict::pass == concrete("Marc → voir vite fait s'il peut m'aider à porter un carton samedi"));
  CHECK(Verdict::fail == low_cost(
      "Quand je vois que mes missions ont doublé depuis l'an dernier, je me sens frustrée ; seriez-vous d'accord pour "
      "m'accorder une augmentation de 10 % ?"));
}

TEST_CASE("the families of the nineteenth batch") {
  CHECK(Verdict::fail == reversible("Ring the bank and ask them to lock in the five-year fixed rate"));
  CHECK(Verdict::fail == reversible("Ask the lady at the gym desk to put my name down for the year"));
  CHECK(Verdict::fail == reversible("Ask the supplier to proceed with the order for the 300 chairs"));
  CHECK(Verdict::fail == reversible("Ask HR to make my move to night shifts permanent"));
  CHECK(Verdict::fail == reversible("Demander à mon chef une augmentation et aussi deux jours de télétravail par semaine"));
  CHECK(Verdict::fail == low_cost("Ask the electrician if he could help me fill in my visa application"));
  CHECK(Verdict::fail == low_cost("Ask the guy from my spin class if he'd like to get a drink sometime"));
  CHECK(Verdict::pass == low_cost("Ask the barista if I can have a coffee with oat milk"));
  CHECK(Verdict::pass == concrete("Could you try to be less critical of everything I do?"));
  CHECK(Verdict::fail == low_cost("Could you try to be less critical of everything I do?"));
  CHECK(Verdict::pass == reversible("Inviter Camille, qui me plaît beaucoup, à un dîner en amoureux samedi"));
  CHECK(Verdict::fail == low_cost("Inviter Camille, qui me plaît beaucoup, à un dîner en amoureux samedi"));
  CHECK(Verdict::fail == low_cost("Tu comptes ranger ta chambre un jour ?"));
  CHECK(Verdict::fail == low_cost("c trop te demander de repondre a mes messages ?"));
  CHECK(Verdict::fail == low_cost("Demander à mon oncle, qui vient de perdre sa femme, de me raconter ses derniers jours"));
  CHECK(Verdict::fail == low_cost("Demander au vendeur une remise de 40 % sur le canapé"));
  CHECK(Verdict::pass == low_cost("Demander au vendeur une remise de 5 % sur le canapé"));
  CHECK(Verdict::fail == low_cost("Demander à la dame du café d'à côté si je peux garer ma voiture dans sa cour ce week-end"));
  CHECK(Verdict::pass == concrete("Je me sens blessée quand tu me coupes la parole ; serais-tu d'accord pour changer ta façon de me parler ?"));
}

TEST_CASE("the families of the twentieth batch") {
  CHECK(Verdict::fail == reversible("Ask the online shop to send the larger size right away and charge my card £89 for it"));
  CHECK(Verdict::fail == reversible("Demander au site de m'envoyer le pull en taille L et de débiter 65 € sur ma carte"));
  CHECK(Verdict::fail == reversible("Tell my housemates that I'll move out unless they start cleaning the kitchen"));
  CHECK(Verdict::fail == low_cost("At the club's annual meeting, stand up and ask the members to vote out the treasurer"));
  CHECK(Verdict::fail == reversible("At the club's annual meeting, stand up and ask the members to vote out the treasurer"));
  CHECK(Verdict::fail == low_cost("Can I have your number? I'd really like to take you out sometime."));
  CHECK(Verdict::fail == low_cost("Could I have a ten percent raise now that I've finished my trial period?"));
  CHECK(Verdict::fail == low_cost("Que la maîtresse me respecte davantage"));
  // more a month for oneself is a raise asked; more a month paid by oneself commits money
  CHECK(Verdict::pass == reversible("Est-ce que je pourrais avoir deux cents euros de plus par mois ?"));
  CHECK(Verdict::fail == low_cost("Est-ce que je pourrais avoir deux cents euros de plus par mois ?"));
  CHECK(Verdict::fail == reversible("Demander à mon coloc si je peux prendre la grande chambre en payant 40 € de plus par mois"));
}

TEST_CASE("the families of the twenty-first batch") {
  CHECK(Verdict::pass == low_cost("Ask the baker if I could have yesterday's bread for free"));
  CHECK(Verdict::pass == low_cost("Ask a passer-by for 50 cents for the parking meter"));
  CHECK(Verdict::pass == low_cost("Demander à un passant 50 centimes pour le parcmètre"));
  CHECK(Verdict::fail == low_cost("Ask a stranger for 50 euros"));
  CHECK(Verdict::pass == reversible("Ask my boss if I can leave early on Friday, or else work from home on Monday"));
  CHECK(Verdict::fail == reversible("Tell my landlord to fix it or else"));
  CHECK(Verdict::fail == reversible("Offer to pay for everyone's dinner tonight"));
  CHECK(Verdict::fail == reversible("Tell my manager I'm happy to take the weekend on-call rota for the whole year"));
  CHECK(Verdict::fail == reversible("At the all-hands, ask the CEO in front of everyone to reverse the cut to my team's budget"));
  CHECK(Verdict::pass == concrete("Demander à des amis de m'aider à déménager samedi"));
  CHECK(Verdict::fail == reversible("Demander 300 € d'avance sur salaire à la RH"));
  CHECK(Verdict::fail == concrete("Défi du jour : demander l'heure, demander un stylo, demander son chemin."));
  CHECK(Verdict::pass == concrete("Ne pas demander de conseil, demander directement à tonton Michel l'adresse du notaire"));
  CHECK(Verdict::fail == low_cost("Proposer un verre à l'inconnue qui lit au rayon poésie"));
  CHECK(Verdict::fail == concrete("Demander à mon chef un jour de télétravail vendredi, ou à défaut de partir plus tôt"));
  CHECK(Verdict::fail == concrete("Demander un petit truc à la pharmacienne"));
  CHECK(Verdict::fail == reversible("Dire devant toute la cantine que Tom m'a menti"));
  CHECK(Verdict::pass == concrete("Offrir à ma voisine âgée de lui rapporter du pain en rentrant"));
  CHECK(Verdict::fail == low_cost("Demander au chauffeur de taxi de m'aider à remplir mon dossier de retraite"));
}

TEST_CASE("the families of the sixty-second to sixty-fifth batches") {
  // a reproach with "again", a public reply, a big favour of a drive of hours
  CHECK(Verdict::fail == low_cost("Ask Nina why the invoice is late again"));
  CHECK(Verdict::fail == low_cost("Demander à Karim de m'emmener à Lyon, à quatre heures de route"));
  CHECK(Verdict::pass == low_cost("Demander à Karim de m'emmener à la gare, à dix minutes d'ici"));
  // a group met where it sits is met in passing; one's own parents are not
  CHECK(Verdict::fail == low_cost("Demander au groupe de la table d'à côté si je peux manger avec eux"));
  CHECK(Verdict::pass == low_cost("Demander à mes parents si je peux manger avec eux dimanche"));
  // a question before the ask found is an ask too, unless it is a reproach
  CHECK(Verdict::fail == concrete("Bonjour, le vélo est-il encore à vendre ? Et vous pourriez aussi me dire s'il a des freins neufs ?"));
  CHECK(Verdict::pass == concrete("Pourquoi tu ne ranges jamais ? Tu peux ranger tes chaussures ce soir ?"));
  // that someone be replaced is a charge against them, in public it cannot be taken back
  CHECK(Verdict::fail == low_cost("Proposer à l'assemblée que la gardienne soit renvoyée"));
  CHECK(Verdict::fail == reversible("Demander au micro que le président du club soit remplacé"));
  CHECK(Verdict::fail == low_cost("Suggest at the staff meeting that the new supervisor be removed"));
  // a change asked for good locks something in; a shop closed for good is only asked about
  CHECK(Verdict::fail == reversible("Demander à Paul si je peux garder sa guitare pour de bon"));
  CHECK(Verdict::pass == reversible("Demander à la fleuriste si la boutique d'en face a fermé définitivement"));
  CHECK(Verdict::fail == reversible("Ask Leo if I can keep his camping stove for good"));
  CHECK(Verdict::pass == reversible("Ask the librarian whether the reading room is closed for good"));
  // a number asked in direct speech, with nothing it is for, is an approach
  CHECK(Verdict::fail == low_cost("Dire au garçon du concert : tu me laisserais ton numéro ?"));
  CHECK(Verdict::pass == low_cost("Vous pourriez me laisser votre numéro pour le devis ?"));
  CHECK(Verdict::fail == low_cost("Would you give me your number?"));
  // through a stranger's garden
  CHECK(Verdict::fail == low_cost("Je pourrais couper par votre jardin pour rejoindre la plage ?"));
  // a drawn-out favour of a private place, a reproach for a decision, sewing outside a trade
  CHECK(Verdict::fail == low_cost("Demander à ma tante si je peux laisser ma moto dans sa remise tout l'été"));
  CHECK(Verdict::fail == low_cost("Ask my uncle if the canoe can stay in his shed over the winter"));
  CHECK(Verdict::fail == low_cost("Demander à l'entraîneur pourquoi il a écarté ma fille de l'équipe"));
  CHECK(Verdict::fail == low_cost("Ask the head teacher why she cancelled the school trip"));
  CHECK(Verdict::fail == low_cost("Demander au boucher de repasser ma chemise"));
  CHECK(Verdict::fail == low_cost("Ask the florist to hem my trousers"));
  CHECK(Verdict::fail == low_cost("Tu pourrais sortir les poubelles, pour changer ?"));
  // a partner's share, a post asked for: a negotiation
  CHECK(Verdict::fail == reversible("Ask Tomás to run the food truck with me as a partner"));
  CHECK(Verdict::fail == low_cost("Ask the hotel manager to give me the night porter job"));
  // a price checked and refund terms asked about commit nothing; "something" says nothing
  CHECK(Verdict::pass == reversible("Demander au vendeur si le casque est bien à 49 €"));
  CHECK(Verdict::pass == reversible("Demander à l'hôtel si l'acompte est remboursable"));
  CHECK(Verdict::fail == concrete("Demander à mon voisin quelque chose de sympa"));
  // the English twins of the French families
  CHECK(Verdict::fail == low_cost("Can you put the bins out for a change?"));
  CHECK(Verdict::fail == low_cost("Ask the group at the next table if we can dine with them"));
  CHECK(Verdict::pass == low_cost("Ask my grandparents if we can dine with them on Sunday"));
  CHECK(Verdict::fail == low_cost("Would it be OK if I walked across your field to reach the river?"));
  // "Excuse me, ...", « Monsieur, ... »: said to someone one does not know
  CHECK(Verdict::fail == low_cost("Excusez-moi, vous pourriez me déposer en voiture jusqu'à la mairie ?"));
  CHECK(Verdict::fail == low_cost("Excuse me, could you give me a lift to the hospital?"));
  CHECK(Verdict::pass == low_cost("Excuse me, could you tell me where the hospital is?"));
  // asking a teacher to stop shouting at my son is a change asked, whoever is asked
  CHECK(Verdict::fail == low_cost("Demander à l'entraîneur de Tom d'arrêter de crier sur lui"));
  // a job offered is lasting and a negotiation
  CHECK(Verdict::fail == reversible("Proposer à Inès de venir travailler avec moi dans mon cabinet"));
  CHECK(Verdict::fail == reversible("Ask Ravi to come and work with me at my agency"));
  // paying for a whole group or a whole trip commits money, in both languages
  CHECK(Verdict::fail == reversible("Offer to foot the whole group's bar bill tonight"));
  CHECK(Verdict::fail == reversible("Proposer de régler le séjour entier de ma sœur"));
  CHECK(Verdict::fail == reversible("Proposer d'offrir le dessert à toute la tablée"));
  CHECK(Verdict::pass == reversible("Demander au guide combien coûte la visite pour tout le groupe"));
  // a duty for a season, a talk written for me, skilled work asked free
  CHECK(Verdict::fail == reversible("Offer to host the board-game night every month until the summer"));
  CHECK(Verdict::fail == low_cost("Ask Priya to write the best-man speech for me"));
  CHECK(Verdict::fail == low_cost("Ask my neighbour the painter to repaint our hallway for free"));
  CHECK(Verdict::fail == low_cost("Demander à mon oncle carreleur de refaire ma salle de bains gratuitement"));
  // the toilets of someone's home, a ride to a named airport, a repair far from one's trade
  CHECK(Verdict::fail == low_cost("Demander à la dame du rez-de-chaussée si je peux aller aux toilettes de son appartement"));
  CHECK(Verdict::fail == low_cost("Ring at the house on the corner and ask to use their loo"));
  CHECK(Verdict::fail == low_cost("Ask my brother to drive us to Stansted at dawn"));
  CHECK(Verdict::fail == low_cost("Demander à mon cousin de nous emmener à Orly dimanche"));
  CHECK(Verdict::fail == low_cost("Ask the barista who served me if she could maybe have a look at my broken pushchair"));
  // "stop shouting" with no one it is done to is noise, small for strangers
  CHECK(Verdict::pass == low_cost("Demander aux jeunes au fond du tram d'arrêter de crier"));
  CHECK(Verdict::fail == low_cost("Demander à mon fils d'arrêter de crier dans l'escalier"));
  // a night at a stranger's, a meal or a drink proposed to someone known from one place
  CHECK(Verdict::fail == low_cost("Ask the woman from the bus stop if I can sleep at hers tonight"));
  CHECK(Verdict::fail == low_cost("Demander à Inès, du club d'escalade, si on dîne ensemble samedi"));
  CHECK(Verdict::fail == low_cost("Demander à une fille dans le train si elle veut boire un verre avec moi"));
  // an alternative of things is no threat: "either the red or the blue"
  CHECK(Verdict::pass == reversible("Ask the florist for either the tulips or the roses, whichever lasts longer"));
  CHECK(Verdict::fail == reversible("Tell my flatmate either she cleans the kitchen or I move out"));
  // a monthly sum off the rent, a contract sent to be signed, a demand made
  CHECK(Verdict::fail == low_cost("Ask the landlord to take 80 quid a month off the rent"));
  CHECK(Verdict::fail == reversible("Envoie-moi l'avenant que je le signe demain"));
  CHECK(Verdict::fail == low_cost("Dire à ma sœur que je voudrais qu'elle arrête enfin de me couper la parole"));
  CHECK(Verdict::pass == low_cost("Tu peux me piquer un stylo à l'accueil ?"));
}

TEST_CASE("the families of the sixty-fourth to sixty-seventh batches, second round") {
  // what is locked in: a renewal for a discount, a rate lost for good, an event taken whole
  CHECK(Verdict::fail == reversible("Ask the phone company to extend my plan by 18 months for the cheaper rate"));
  CHECK(Verdict::fail == reversible("Offer on the street's group chat to organise the whole jumble sale"));
  CHECK(Verdict::pass == reversible("Ask my sister to organise the whole birthday picnic"));
  CHECK(Verdict::fail == reversible("Proposer au comité d'organiser tout le tournoi de pétanque"));
  CHECK(Verdict::fail == reversible("Tell the tenants' association I'm running for the board"));
  CHECK(Verdict::fail == reversible("Ask the venue to hold 14 June for our wedding"));
  CHECK(Verdict::fail == reversible("Demander à l'église de réserver le 20 juin pour notre mariage"));
  CHECK(Verdict::fail == reversible("Ask the builder to book in the installation for next week"));
  CHECK(Verdict::fail == reversible("Ask the photographer to keep the date for a 40% deposit"));
  CHECK(Verdict::fail == reversible("Demander au club de m'inscrire pour un an"));
  CHECK(Verdict::fail == reversible("Ask my manager to send me on the twelve-month management programme"));
  // a free cancellation asked about is no favour
  CHECK(Verdict::pass == low_cost("Could you tell me if the table can be cancelled free of charge?"));
  // what a thing is, said with "as", gives no reason: "take this as my resignation"
  CHECK(Verdict::fail == reversible("Please take this email as my resignation"));
  // sums promised, arrangements made permanent, hours each way, a date named as such
  CHECK(Verdict::fail == reversible("hi, I'll pay the 90 when I collect it, ok?"));
  CHECK(Verdict::pass == reversible("Ça vous dérange si je vous paie les 4 € en pièces ?"));
  CHECK(Verdict::fail == reversible("Could we shift the team lunch to Thursdays permanently?"));
  CHECK(Verdict::fail == low_cost("Could you drive me to the coast on Sunday? It's two hours each way"));
  CHECK(Verdict::fail == low_cost("Tu veux venir au tribunal avec moi mardi ?"));
  CHECK(Verdict::fail == low_cost("Would you want to see a film on Saturday, like a date?"));
  CHECK(Verdict::fail == low_cost("Did you forget to feed the cat again?"));
  // an engagement proposed, a flatmate left to find someone else
  CHECK(Verdict::fail == reversible("Demander à Inès si on se fiance l'an prochain"));
  CHECK(Verdict::fail == low_cost("Dire à mon colocataire que je pars en mai et qu'il devra trouver quelqu'un d'autre"));
  CHECK(Verdict::fail == low_cost("Tell my flatmate I'm leaving in April and she'll have to find a replacement"));
}

TEST_CASE("the families of the sixty-eighth and sixty-ninth batches") {
  // self-help styles: goals, rules of conduct, a daily quota, an NVC situation stated first
  CHECK(Verdict::fail == concrete("Get better at asking for feedback"));
  CHECK(Verdict::fail == concrete("Devenir meilleur en négociation"));
  CHECK(Verdict::fail == concrete("Dire non à toutes les invitations du week-end"));
  CHECK(Verdict::fail == concrete("Faire une demande par jour au travail"));
  CHECK(Verdict::fail == concrete("I wish I were braver with my landlord"));
  CHECK(Verdict::fail == concrete("Être moins timide quand je parle à mon chef"));
  CHECK(Verdict::pass == low_cost("When the bins stay out all weekend, I feel embarrassed; would you be willing to bring ours in tonight?"));
  // an approach given as a reason, who someone is asked to become, a tab, a garden for a party
  CHECK(Verdict::fail == low_cost("Ask the librarian for her number because I like her"));
  CHECK(Verdict::fail == concrete("Get my brother to become a better person"));
  CHECK(Verdict::fail == reversible("Ask the pub to run a tab on my card for the quiz team"));
  CHECK(Verdict::fail == low_cost("Ask the couple next door if we could borrow their garden for our barbecue"));
  CHECK(Verdict::fail == low_cost("Demander au voisin si je peux prendre sa terrasse pour ma soirée"));
  // small sums in cents, a receipt, an explanation, a price found fair, a haggle, a bill chased
  CHECK(Verdict::pass == reversible("Tu peux m'avancer vingt centimes pour le caddie ?"));
  CHECK(Verdict::pass == reversible("Could you lend me fifty cents for the locker?"));
  CHECK(Verdict::pass == reversible("Could I get a receipt for the £40?"));
  CHECK(Verdict::pass == reversible("Ask the garage to explain the £600 on the bill"));
  CHECK(Verdict::pass == reversible("Tu trouves que 400 € par mois te semble raisonnable pour une chambre ?"));
  CHECK(Verdict::pass == reversible("Ask the man at the stall if he'd do the two lamps for 30 quid"));
  CHECK(Verdict::pass == reversible("Relancer la cliente pour les 800 € de la facture de juin"));
  CHECK(Verdict::pass == low_cost("Demander à la poste pourquoi mon colis n'est toujours pas arrivé"));
  // rates raised by a percent, pay compared, a retainer or a mission of months accepted
  CHECK(Verdict::fail == low_cost("Ask the printer for 30% off their usual prices"));
  CHECK(Verdict::fail == low_cost("Annoncer à mes clients une hausse de 20 % de mes tarifs"));
  CHECK(Verdict::fail == low_cost("Ask HR why the new hire earns more than me"));
  CHECK(Verdict::fail == reversible("Reply to the studio that I accept the six-month retainer"));
  CHECK(Verdict::fail == reversible("Accepter la mission de quatre mois à Lyon"));
}

TEST_CASE("the families of the seventieth and seventy-first batches") {
  // things kept for a season, pets minded for months, rides all season, a driver off his route
  CHECK(Verdict::fail == low_cost("Ask my uncle if I can borrow his tent for the whole summer"));
  CHECK(Verdict::fail == low_cost("Ask Jo to lend me her calculator until after the exams"));
  CHECK(Verdict::pass == low_cost("Ask Jo to lend me her calculator for the maths test"));
  CHECK(Verdict::fail == low_cost("tu peux me laisser ta trottinette jusqu'à la fin de l'année ?"));
  CHECK(Verdict::fail == low_cost("Ask my sister to water my plants for three months while I'm away"));
  CHECK(Verdict::fail == low_cost("Demander à ma voisine de nourrir mes poules pendant mes deux mois de stage"));
  CHECK(Verdict::fail == low_cost("Ask Ben to drive us to every swimming gala this winter"));
  CHECK(Verdict::fail == low_cost("Demander au conducteur du car de quitter son itinéraire pour me laisser au village"));
  CHECK(Verdict::pass == low_cost("Ask the taxi driver to wait two minutes while I get my coat"));
  // hours of someone's evening, a free night, cooking for a family, a programme written
  CHECK(Verdict::fail == low_cost("Ask the pharmacist to keep the shop open late for me tonight"));
  CHECK(Verdict::fail == low_cost("Ask the hostel to let me have another night for free"));
  CHECK(Verdict::fail == low_cost("Ask my friend to cook for our whole team on Friday"));
  CHECK(Verdict::fail == low_cost("Ask the trainer at the pool to write me a complete swimming plan"));
  CHECK(Verdict::fail == low_cost("Ask Dev to present my talk at the conference"));
  CHECK(Verdict::fail == low_cost("Demander à la dame de l'accueil de passer la journée à trier mes papiers avec moi"));
  // gifts of value, childcare and trades asked outside them, a surety, credit at the shop
  CHECK(Verdict::fail == low_cost("Ask the girl behind me to give me her festival ticket"));
  CHECK(Verdict::fail == low_cost("Ask the man at the next table to mind my baby while I take a call"));
  CHECK(Verdict::fail == low_cost("Ask the receptionist at the gym to babysit on Friday"));
  CHECK(Verdict::fail == low_cost("Ask the waiter to bake a cake for my wife's birthday"));
  CHECK(Verdict::fail == low_cost("Demander au facteur de jeter un œil à la fuite de mon évier"));
  CHECK(Verdict::pass == low_cost("Demander au plombier de regarder aussi la fuite du lavabo"));
  CHECK(Verdict::fail == reversible("Demander à mon parrain de se porter garant pour le prêt"));
  CHECK(Verdict::fail == reversible("Demander au boucher de me faire crédit jusqu'au 10"));
  // a reason that is a resignation, a lease left, a deposit paid in passing, vague asks
  CHECK(Verdict::fail == reversible("Ask HR if I can leave on the 15th, because I'm resigning"));
  CHECK(Verdict::fail == reversible("Prévenir le propriétaire que je quitte le studio en juillet"));
  CHECK(Verdict::fail == reversible("Demander au photographe de bloquer la date en payant l'acompte de 300 €"));
  CHECK(Verdict::fail == concrete("Appeler l'assurance pour un problème"));
  CHECK(Verdict::fail == concrete("Email the landlord about an issue"));
  CHECK(Verdict::fail == concrete("Ask my husband to change."));
}

TEST_CASE("the families of the seventy-second and seventy-third batches") {
  // English around the world: "the needful" alone names nothing; with an act it is polite
  CHECK(Verdict::fail == concrete("Please do the needful at the earliest."));
  CHECK(Verdict::pass == concrete("Please do the needful and send me the form by Monday"));
  CHECK(Verdict::fail == low_cost("Ask my mum to proofred my whole dissertation"));
  CHECK(Verdict::fail == concrete("Be more confident at work this month"));
  CHECK(Verdict::fail == concrete("Ask my sister for advice sometimes when I'm worried"));
  CHECK(Verdict::fail == low_cost("Could you be more patient with me?"));
  CHECK(Verdict::fail == low_cost("I need you to become a kinder person"));
  CHECK(Verdict::fail == low_cost("You give me back the 250 quid by Monday."));
  CHECK(Verdict::fail == low_cost("Tell Dan his report was rubbish"));
  CHECK(Verdict::fail == reversible("Ask the choir if I can stay on for another season"));
  CHECK(Verdict::fail == low_cost("Ask a stranger if I can use his ladder for five minutes"));
  // French: a resolution, help offered to no one, a promotion asked, a neighbour reproached to others
  CHECK(Verdict::fail == concrete("Arrêter de m'excuser tout le temps"));
  CHECK(Verdict::fail == concrete("Offrir mon aide."));
  CHECK(Verdict::fail == low_cost("Demander à mon chef le poste de responsable d'équipe"));
  CHECK(Verdict::fail == low_cost("Écrire dans le groupe de la résidence que la voisine du 3e arrête de secouer ses tapis"));
  CHECK(Verdict::fail == low_cost("Tu pourrais garder mon chien toute la fin de semaine ?"));
  CHECK(Verdict::fail == low_cost("Demander à Karim de me rédiger le rapport de vendredi"));
}

TEST_CASE("the families of the seventy-fourth and seventy-fifth batches") {
  // close relationships: threats with "don't bother", rules laid down, reproaches by text
  CHECK(Verdict::fail == reversible("Tell my sister: if you cancel on me again, don't bother calling"));
  CHECK(Verdict::fail == reversible("Dire à ma sœur : si tu oublies encore mon anniversaire, pas la peine de m'appeler"));
  CHECK(Verdict::fail == low_cost("Dire à ma belle-sœur : désormais, tu ne passes plus sans appeler"));
  CHECK(Verdict::fail == low_cost("Dire à mon père qu'il devrait arrêter de me comparer à mon frère"));
  CHECK(Verdict::fail == low_cost("tjrs pas payé ta part du loyer ?"));
  CHECK(Verdict::fail == low_cost("Still haven't cleaned the bathroom? Really?"));
  CHECK(Verdict::fail == low_cost("Tell my husband he has to start pulling his weight with the kids"));
  CHECK(Verdict::fail == low_cost("Ask my uncle to return the €700 he owes me"));
  CHECK(Verdict::fail == reversible("Demander à mes beaux-parents de se porter garants pour notre location"));
  CHECK(Verdict::pass == reversible("je vais au marché, je te prends des fraises ?"));
  // strangers and services: a city shown, furniture carried, a long read, a purchase committed
  CHECK(Verdict::fail == low_cost("Ask the concierge to show us around the old town this evening"));
  CHECK(Verdict::fail == low_cost("Demander à la réceptionniste de nous faire visiter la vieille ville"));
  CHECK(Verdict::fail == low_cost("Ask the delivery driver to help me move my wardrobe upstairs"));
  CHECK(Verdict::fail == low_cost("Demander au livreur de m'aider à monter mon frigo au troisième"));
  CHECK(Verdict::fail == low_cost("Ask the barista to read my fifty-page thesis chapter"));
  CHECK(Verdict::fail == reversible("Ask the gym for an annual pass"));
  CHECK(Verdict::fail == reversible("Appeler l'opérateur pour souscrire le forfait à prix bloqué sur deux ans"));
  CHECK(Verdict::pass == low_cost("Demander au serveur si je peux recharger mon téléphone à la prise du bar"));
  CHECK(Verdict::fail == concrete("Feel more relaxed when I talk to my neighbours"));
}

TEST_CASE("the families of the seventy-sixth to seventy-ninth batches") {
  // « l' » reads as « le » and « la » in every pattern: near twins get the same verdict
  CHECK(Verdict::fail == low_cost("Demander à ma voisine si on peut utiliser sa terrasse pour l'anniversaire de Léa"));
  CHECK(Verdict::fail == low_cost("Demander à ma voisine si on peut utiliser sa terrasse pour le mariage de Léa"));
  CHECK(Verdict::pass == low_cost("Tu peux relire l'introduction de mon mémoire ce soir ? Une demi-page."));
  // a count before a sum is no part of it; a letter after "a" is no sum
  CHECK(Verdict::fail == reversible("Ask the theatre for three £60 seats for Saturday"));
  CHECK(Verdict::pass == reversible("Ask the barista to write my name with a Z"));
  // vague objects and no moment
  CHECK(Verdict::fail == concrete("Ask my aunt about a thing I need"));
  CHECK(Verdict::fail == concrete("Demander à mon voisin ses conseils sur plein de trucs"));
  CHECK(Verdict::fail == concrete("Tu pourrais me renseigner ?"));
  CHECK(Verdict::fail == concrete("Ask my cousin to water the plants one of these days"));
  CHECK(Verdict::pass == concrete("Demander au guide, juste pour me renseigner, l'heure du dernier départ"));
  // a purchase at a counter, a need said to the person, a wish said to no one
  CHECK(Verdict::pass == concrete("Acheter à la caisse un sachet de bonbons"));
  CHECK(Verdict::pass == concrete("Buy a day pass at the ticket office"));
  CHECK(Verdict::pass == concrete("Léa, j'ai besoin que tu me rappelles avant midi"));
  CHECK(Verdict::fail == concrete("I wish my neighbours would warn me before their parties"));
  // lists with no "and", a second act after « , et tu », « plus »; a choice of days is no threat
  CHECK(Verdict::fail == concrete("Demander à Paul de sortir le chien, vider le lave-vaisselle, fermer les volets"));
  CHECK(Verdict::fail == concrete("Tu fermes la porte, et tu éteins la lumière ?"));
  CHECK(Verdict::fail == concrete("Vous pourriez me dire l'heure, plus me prêter un briquet ?"));
  CHECK(Verdict::pass == reversible("Soit samedi, soit dimanche : tu préfères quel jour pour le ciné ?"));
  CHECK(Verdict::fail == reversible("Dire au proprio : soit la fuite est réparée vendredi, soit j'appelle l'agence"));
  // a proposal in the self-help voice, a haircut, a number asked of someone met there
  CHECK(Verdict::fail == reversible("Propose to your boyfriend on the beach"));
  CHECK(Verdict::pass == reversible("Ask the barber to cut a bit more off the sides"));
  CHECK(Verdict::fail == low_cost("Ask the person at the bookshop for their number"));
  // hires for weeks, leave and hours negotiated, words printed under one's name
  CHECK(Verdict::fail == reversible("Ask the hire shop to rent me the trailer for the whole summer"));
  CHECK(Verdict::fail == low_cost("Ask my manager for two extra days of paid leave"));
  CHECK(Verdict::fail == reversible("Could you switch my contract to three days a week?"));
  CHECK(Verdict::fail == reversible("Ask the magazine to print my letter under my full name"));
}

TEST_CASE("the families of the eightieth to eighty-third batches") {
  // money: a couple of grand, « 3 k€ », prices asked about, a bill split, a payment offered
  CHECK(Verdict::fail == reversible("Tell my brother I'll give him a couple of grand for the wedding"));
  CHECK(Verdict::fail == low_cost("Demander à la banque un crédit de 3 k€"));
  CHECK(Verdict::pass == reversible("Is the 900 ¥ on the menu per person?"));
  CHECK(Verdict::pass == reversible("Could you split the £48 bill two ways?"));
  CHECK(Verdict::pass == reversible("Demander à l'agence si les 950 € de loyer comprennent l'eau"));
  CHECK(Verdict::pass == reversible("Demander à ma conseillère si je peux retirer 800 € au distributeur"));
  CHECK(Verdict::fail == reversible("Offer to pay my friend's £900 rent this month"));
  // commitments in mild words: a role taken, papers drawn up, an order, a go-ahead, a board
  CHECK(Verdict::fail == reversible("Tell the director I'll take on the Lyon office as manager"));
  CHECK(Verdict::fail == reversible("Ask the dealer to draw up the paperwork for the van"));
  CHECK(Verdict::fail == reversible("Ask the bank to set up the fixed-rate mortgage"));
  CHECK(Verdict::fail == reversible("Order the leather sofa from the shop today"));
  CHECK(Verdict::fail == reversible("Donner le feu vert au carreleur pour la salle de bains"));
  CHECK(Verdict::fail == reversible("Confirmer au club l'adhésion annuelle de ma fille"));
  CHECK(Verdict::fail == reversible("Demander à la présidente de m'inscrire au comité du quartier"));
  CHECK(Verdict::fail == reversible("Dire à ma cheffe que je prends la direction du service en janvier"));
  // what is set aside before the ask is no part of it
  CHECK(Verdict::pass == concrete("Since I want to be braver about asking for help, ask Mia to check one sum in my budget"));
  CHECK(Verdict::pass == low_cost("Bien que ce rendez-vous décide de ma promotion, demander à l'assistante l'heure exacte"));
  CHECK(Verdict::pass == low_cost("Ask HR if I can read the job description for the senior post"));
  CHECK(Verdict::pass == low_cost("Ask the receptionist whether the meeting room is free for an hour"));
  // habits and goals; a second ask "while I'm there"; someone at the desk
  CHECK(Verdict::fail == concrete("Ask for a discount whenever something is damaged"));
  CHECK(Verdict::fail == concrete("Talk to more strangers"));
  CHECK(Verdict::fail == concrete("Me sentir fière quand je pose une question en cours"));
  CHECK(Verdict::fail == concrete("Oser dire ce que je ressens en réunion"));
  CHECK(Verdict::fail == concrete("Ask my boss for the rota, and while I'm there ask for Monday off"));
  CHECK(Verdict::pass == concrete("Ask whoever is at the front desk for a spare key card"));
  // changes asked of anyone, reproaches, services outside a trade, hours of a stranger
  CHECK(Verdict::fail == low_cost("Ask the woman at the café to stop being so rude"));
  CHECK(Verdict::fail == low_cost("Dire au vendeur d'arrêter d'être aussi méprisant"));
  CHECK(Verdict::fail == low_cost("Can you call first next time? It's embarrassing."));
  CHECK(Verdict::fail == low_cost("Tu voudrais enfin ranger tes affaires ?"));
  CHECK(Verdict::fail == low_cost("Ask the cashier to design a flyer for my band"));
  CHECK(Verdict::fail == low_cost("Demander à la caissière de réparer mon vélo"));
  CHECK(Verdict::fail == low_cost("Demander au boulanger de regarder ma brûlure"));
  CHECK(Verdict::fail == low_cost("Ask a man at the harbour for a three-hour tour of the bay"));
  // someone close who has the trade is asked as family
  CHECK(Verdict::fail == low_cost("Demander à mon cousin plombier de refaire toute la plomberie de la maison"));
}

TEST_CASE("the families of the eighty-fourth to eighty-seventh batches") {
  // work and school: a discount on a renewal, a pension, a role in print, a deadline moved
  CHECK(Verdict::fail == low_cost("Hi Ana, could we get a 25% discount on the yearly subscription renewal?"));
  CHECK(Verdict::fail == reversible("Hi HR, please sign me up for the company pension from June"));
  CHECK(Verdict::fail == reversible("Could you list me in the club bulletin as treasurer of the association?"));
  CHECK(Verdict::fail == low_cost("Bonjour Marc, pourriez-vous décaler la remise du mémoire de deux semaines ?"));
  CHECK(Verdict::fail == low_cost("Hi Jo, could you explain why you're late for every team call?"));
  CHECK(Verdict::fail == reversible("Bonjour, pouvez-vous m'envoyer le contrat à signer ce soir ?"));
  CHECK(Verdict::fail == reversible("Pourriez-vous enregistrer ma résiliation définitive de l'abonnement ?"));
  CHECK(Verdict::pass == concrete("Bonjour, puis-je passer chercher mon badge demain à 9 h ?"));
  // services and travel: fees paid, stays extended, savings locked, a bill split
  CHECK(Verdict::fail == reversible("Ask the airline to rebook me for the 95 euro change fee"));
  CHECK(Verdict::pass == reversible("Ask the airline to waive the 95 euro change fee"));
  CHECK(Verdict::fail == reversible("Ask the campsite to extend our booking by two weeks"));
  CHECK(Verdict::fail == reversible("Ask the bank to put my savings in a three year fixed bond"));
  CHECK(Verdict::pass == reversible("Could we have the check split three ways, please?"));
  CHECK(Verdict::pass == low_cost("Demander à la compagnie si je peux changer de place gratuitement"));
  // vague topics: a day alone, a problem, « ça », something for a room
  CHECK(Verdict::fail == concrete("call dad re saturday"));
  CHECK(Verdict::fail == concrete("Ask the landlord to fix the problem."));
  CHECK(Verdict::fail == concrete("Pourriez-vous regarder ça ?"));
  CHECK(Verdict::fail == concrete("Demander à mon frère quelque chose pour le salon"));
  // family: a house repainted, love asked about, a flat taken together, a trip paid for
  CHECK(Verdict::fail == low_cost("Ask my brother-in-law to paint the whole kitchen for us"));
  CHECK(Verdict::fail == low_cost("Ask my girlfriend whether she still loves me"));
  CHECK(Verdict::fail == reversible("Tu veux qu'on loue un appart ensemble en septembre ?"));
  CHECK(Verdict::fail == low_cost("Demander à mes parents de nous payer les vacances d'été"));
  CHECK(Verdict::fail == low_cost("Ask the taxi driver to stop being so sarcastic"));
  CHECK(Verdict::fail == low_cost("Exiger de la vendeuse qu'elle change de ton"));
  // typed in a hurry: a note about the person, « dem » without accents
  CHECK(Verdict::pass == concrete("sam -> can she swap shifts with me on thu"));
  CHECK(Verdict::pass == concrete("dem a Lea sil peut me preter son chargeur 5 min"));
}

TEST_CASE("a service outside the person's trade, from the table of trades") {
  // the work of one trade asked of someone who has another, in any phrasing of the work
  CHECK(Verdict::fail == low_cost("Ask the florist to service my bike before the race"));
  CHECK(Verdict::fail == low_cost("Ask the bookseller to look at the lump on my wrist"));
  CHECK(Verdict::fail == low_cost("Ask the optician to put up two shelves in my study"));
  CHECK(Verdict::fail == low_cost("Demander à la fleuriste de purger mes radiateurs"));
  CHECK(Verdict::fail == low_cost("Demander au libraire de traduire mes papiers de naturalisation"));
  CHECK(Verdict::fail == low_cost("Demander à l'hôtesse de caisse de tailler les rosiers de mon jardin"));
  // the words that say who they are may run on to the act
  CHECK(Verdict::fail == low_cost("Ask the woman at the bakery counter to fix my laptop"));
  // the same work asked of its trade is small
  CHECK(Verdict::pass == low_cost("Ask the bike shop to check my brakes"));
  CHECK(Verdict::pass == low_cost("Ask the optician to check my eyes"));
  CHECK(Verdict::pass == low_cost("Demander au plombier de regarder la fuite sous mon évier"));
  CHECK(Verdict::pass == low_cost("Demander à ma prof de relire ma lettre de motivation"));
  // asked how or where, done by the asker with a thing lent, someone else's trade named
  CHECK(Verdict::pass == low_cost("Ask the barista how I could fix my laptop's wifi"));
  CHECK(Verdict::pass == low_cost("Demander au pharmacien où je peux faire réparer mon vélo"));
  CHECK(Verdict::pass == low_cost("Demander à la gardienne de me prêter son diable pour descendre mon frigo"));
  CHECK(Verdict::fail == low_cost("Ask the doctor's receptionist to tell me what this rash is"));
  // family and friends are asked as kin, whatever their trade
  CHECK(Verdict::pass == low_cost("Ask my cousin the nurse to look at my laptop"));
}

TEST_CASE("the families of the eighty-eighth to ninety-fifth batches") {
  // someone asked, and nothing asked of them; help named in what looked like the addressee
  CHECK(Verdict::fail == concrete("Ask the neighbour."));
  CHECK(Verdict::fail == concrete("Solliciter des inconnus."));
  CHECK(Verdict::fail == concrete("Demander à ma voisine de l'aide."));
  CHECK(Verdict::pass == concrete("Demander au responsable de la salle de sport un casier"));
  // goals and feelings: nothing to ask
  CHECK(Verdict::fail == concrete("Feel braver when I phone the dentist"));
  CHECK(Verdict::fail == concrete("Try to be a better friend to my sister"));
  CHECK(Verdict::fail == concrete("Demander de l'aide plus facilement"));
  // how I am treated, a date, seeing someone again
  CHECK(Verdict::fail == low_cost("Could you trust me a little more?"));
  CHECK(Verdict::fail == low_cost("Could you behave less rudely when my parents visit?"));
  CHECK(Verdict::fail == low_cost("Would you come to the office party as my date?"));
  CHECK(Verdict::fail == low_cost("Tu pourrais me traiter autrement quand on est chez tes parents ?"));
  CHECK(Verdict::fail == low_cost("Je peux avoir ton numéro ? Je voudrais vraiment te revoir."));
  CHECK(Verdict::fail == low_cost("Inviter le fleuriste à boire un verre vendredi"));
  // plans that last however mildly put, a job, a sale, a petition
  CHECK(Verdict::fail == reversible("Ask my flatmate if she wants a six-month-long broadband deal with me"));
  CHECK(Verdict::fail == reversible("Ask the phone shop to upgrade my plan to unlimited data"));
  CHECK(Verdict::fail == reversible("Let the fundraiser sign me up for a monthly donation"));
  CHECK(Verdict::fail == reversible("Demander à la banque de passer mon compte à l'offre premium"));
  CHECK(Verdict::fail == reversible("Demander à l'agence de voyages d'ajouter l'assurance annulation"));
  CHECK(Verdict::fail == reversible("Ask the garden centre to hire you for the summer"));
  CHECK(Verdict::fail == reversible("Demander au restaurant de commencer le contrat dès samedi"));
  CHECK(Verdict::fail == reversible("Demander à l'agence de lancer la vente de ma maison"));
  CHECK(Verdict::fail == reversible("Ask the organiser to put my name on the petition for the crossing"));
  // asked about, not committed: a refundable fee, a quote sent, tablets split, a form online
  CHECK(Verdict::pass == reversible("Demander au club si l'adhésion annuelle de 90 € est remboursable"));
  CHECK(Verdict::pass == reversible("Could you go ahead and email me the quote for the new fence?"));
  CHECK(Verdict::pass == reversible("Ask the pharmacist whether we can split these pills"));
  CHECK(Verdict::pass == reversible("Demander à la CAF si je peux déclarer en ligne mes ressources"));
  // a vague moment or thing; a weekend given up; dozens made by hand; a move carried
  CHECK(Verdict::fail == concrete("Ask my neighbour for a lift at some point"));
  CHECK(Verdict::fail == concrete("Ask the cashier for a random thing"));
  CHECK(Verdict::fail == concrete("Proposer mon aide à un voisin"));
  CHECK(Verdict::pass == concrete("Proposer mon aide pour porter les courses à la voisine"));
  CHECK(Verdict::fail == low_cost("Ask my brother to give up his Saturday to fix my fence"));
  CHECK(Verdict::fail == low_cost("Demander à ma sœur de consacrer toute sa journée à mon dossier"));
  CHECK(Verdict::fail == low_cost("Ask my aunt to bake sixty scones for the fete"));
  CHECK(Verdict::fail == low_cost("Tu pourrais relire mes cent pages de rapport d'ici lundi ?"));
  CHECK(Verdict::fail == low_cost("Could you help me take my boxes to the new house on Saturday?"));
  CHECK(Verdict::fail == low_cost("We need to talk about your attitude at dinner"));
  CHECK(Verdict::fail == low_cost("Il faut qu'on discute de ton attitude avec ma mère"));
  CHECK(Verdict::fail == low_cost("You barely know me, but would you give me a lift to Leeds?"));
  // what stays: a wall knocked down, made to measure, a deposit, moving in, a role, fees wiped
  CHECK(Verdict::fail == reversible("Ask the builder to knock down the garden wall"));
  CHECK(Verdict::fail == reversible("Order a made-to-measure sofa cover from the upholsterer"));
  CHECK(Verdict::fail == reversible("Commander une bibliothèque sur mesure au menuisier"));
  CHECK(Verdict::fail == reversible("Ring the garage and reserve the van with a deposit"));
  CHECK(Verdict::fail == reversible("Tu voudrais emménager chez nous à la rentrée ?"));
  CHECK(Verdict::fail == reversible("Demander au club de m'inscrire comme trésorière pour la saison"));
  CHECK(Verdict::fail == low_cost("Demander au fournisseur d'éponger ma dette de l'an dernier"));
  CHECK(Verdict::fail == reversible("Demander au notaire de fixer la date de la vente de ma maison"));
  // one ask, not two: "and tell me if", "and I'll understand"
  CHECK(Verdict::pass == concrete("Could you read my cover letter and tell me if it works?"));
  CHECK(Verdict::pass == concrete("I know it's late, and I'll understand if not, but could I borrow your charger?"));
}

TEST_CASE("the families of the ninety-sixth to ninety-ninth batches") {
  // orders and deposits: a bike ordered, an order form, flowers for 200 €, a deposit taken
  CHECK(Verdict::fail == reversible("Ask the shop to order the e-bike I test rode"));
  CHECK(Verdict::fail == reversible("Demander au vendeur de remplir le bon de commande du canapé"));
  CHECK(Verdict::fail == reversible("Demander au traiteur de commander 300 € de petits fours"));
  CHECK(Verdict::pass == reversible("Bonjour, pourriez-vous me dire où en est la commande 77120 ?"));
  CHECK(Verdict::fail == reversible("Ask the landlord to take a deposit from me tonight"));
  CHECK(Verdict::fail == reversible("Ask the jeweller to hold the ring against a deposit"));
  CHECK(Verdict::pass == reversible("Ask the assistant to hold the $24.99 scarf until five"));
  CHECK(Verdict::pass == reversible("Ask the assistant whether the kettle is $35 or $45"));
  CHECK(Verdict::fail == reversible("Ask the builder to start renovating the loft next week"));
  // reproaches as questions, a declaration, pride asked for
  CHECK(Verdict::fail == low_cost("Demander à ma coloc si elle trouve normal de laisser la vaisselle trois jours"));
  CHECK(Verdict::fail == low_cost("Est-ce que c'est trop demander que tu ranges tes affaires ?"));
  CHECK(Verdict::pass == low_cost("Demander au libraire, si ce n'est pas trop demander, s'il a le tome 2"));
  CHECK(Verdict::fail == low_cost("Couldn't you have told me before the meeting?"));
  CHECK(Verdict::fail == low_cost("Dire à la fille du train : « Tu me plais »"));
  CHECK(Verdict::fail == low_cost("Demander à ma mère si elle est fière de moi"));
  // a stranger's home, boat or yard; hours spent; a second home for a weekend
  CHECK(Verdict::fail == low_cost("Demander au serveur si je peux dormir chez lui ce soir"));
  CHECK(Verdict::fail == low_cost("Demander à une inconnue de me prêter sa caravane"));
  CHECK(Verdict::fail == low_cost("Ask the man next door's visitor if I can get my ball from his garden"));
  CHECK(Verdict::fail == low_cost("Ask my colleague to spend three hours on my report"));
  CHECK(Verdict::fail == low_cost("Demander à ma cousine de me prêter son chalet pendant les vacances"));
  // said before everyone: a promise to the whole team, a message posted
  CHECK(Verdict::fail == reversible("Tell the whole team at the all-hands that I'll ship it by June"));
  CHECK(Verdict::fail == reversible("Publier sur le groupe du quartier un message sur les travaux"));
  CHECK(Verdict::fail == reversible("Dire devant toute l'équipe que je pars en mai"));
  // not what it seemed: a short pause, thinking about it, a call back after work
  CHECK(Verdict::pass == reversible("Ask my partner: can we take a five-minute pause?"));
  CHECK(Verdict::pass == concrete("Could I think about it and give you my answer tomorrow?"));
  CHECK(Verdict::pass == low_cost("Demander à ma sœur de me rappeler après son travail"));
  CHECK(Verdict::fail == concrete("Ask the receptionist some questions"));
}

TEST_CASE("an instruction to oneself in the second person reads like a planned entry") {
  // « Demande à ton voisin si tu peux ... » is « Demander à mon voisin si je peux ... »
  CHECK(Verdict::fail == low_cost("Demande à ton voisin si tu peux fêter ton anniversaire dans son jardin"));
  CHECK(Verdict::fail == low_cost("Demande au pharmacien de t'aider à remplir ta déclaration d'impôts"));
  CHECK(Verdict::fail == concrete("Obtenir d'un inconnu qu'il t'aide un peu"));
  CHECK(Verdict::fail == low_cost("Demande à un inconnu de partager son repas avec toi"));
  CHECK(Verdict::pass == low_cost("Demande à ta voisine si tu peux emprunter son tire-bouchon ce soir"));
  // ... up to the words to say: there, « tu » is the person asked
  CHECK(Verdict::pass == low_cost("Dis à ta sœur : « Tu peux me rappeler ce soir ? »"));
  CHECK(Verdict::fail == low_cost("Ask your neighbour if you can have your birthday party in her garden"));
}

TEST_CASE("the families of the hundredth to hundred-and-third batches") {
  // what lasts: an adoption, a season, a boarding school, a policy started, an offer taken
  CHECK(Verdict::fail == reversible("Ask the shelter if we can adopt the grey cat this weekend"));
  CHECK(Verdict::fail == reversible("Ask the swimming club to register my son for the whole season"));
  CHECK(Verdict::fail == reversible("Ask the insurer to start the new car insurance from Monday"));
  CHECK(Verdict::fail == reversible("Tell the recruiter: I'll take the offer, send me the contract"));
  CHECK(Verdict::fail == reversible("Demander à l'agence de réserver l'appartement contre un acompte"));
  CHECK(Verdict::fail == reversible("Ask the garage to hold the £9k estate car for me with a £300 deposit"));
  CHECK(Verdict::pass == reversible("Chase the agency for the £700 deposit they still owe me"));
  CHECK(Verdict::fail == reversible("Répondre au recruteur que j'accepte le poste de Nantes"));
  CHECK(Verdict::fail == reversible("Dire à ma cheffe que je prends le dossier Martin en charge"));
  CHECK(Verdict::fail == reversible("Tu peux retenir les 60 € de la formation sur mon salaire ?"));
  CHECK(Verdict::fail == reversible("On part sur le contrat d'entretien de trois ans ?"));
  // money beyond a coffee: a round for everyone, the dearest bottle
  CHECK(Verdict::fail == reversible("Buy a round of shots for the whole table"));
  CHECK(Verdict::fail == reversible("Level 10: order the most expensive dessert on the menu"));
  // a stranger's time or home; a firing demanded; hours of work
  CHECK(Verdict::fail == low_cost("Ask the man at the museum to show me around the old quarter"));
  CHECK(Verdict::fail == low_cost("Ask the woman at the bus stop if I can wait in her car"));
  CHECK(Verdict::fail == low_cost("Ask the yoga teacher for a free two-hour private lesson"));
  CHECK(Verdict::fail == low_cost("Réclamer au patron qu'il vire la serveuse"));
  CHECK(Verdict::fail == low_cost("Demander au client de me recevoir à déjeuner chez lui"));
  CHECK(Verdict::fail == low_cost("Ask my friend to write my speech for the wedding"));
  // not what it seemed: a shift covered for ten minutes, « que d'habitude », a wish said to you
  CHECK(Verdict::pass == low_cost("Demander à mon collègue de répondre à ma place pendant dix minutes"));
  CHECK(Verdict::pass == concrete("Demander au coiffeur de couper plus court que d'habitude"));
  CHECK(Verdict::pass == concrete("Ça me ferait plaisir que tu viennes dîner samedi"));
  // vague: a little something, random favours; a practice with nothing to ask
  CHECK(Verdict::fail == concrete("Ask the waiter for a little something"));
  CHECK(Verdict::fail == concrete("Ask my colleagues for random favours"));
  CHECK(Verdict::fail == concrete("Practise asking for what you need"));
}

TEST_CASE("the families of the hundred-and-fourth to hundred-and-seventh batches") {
  // hours of someone's own time: an afternoon, a talk prepared, my part written, a whole
  // party organised, staying late to finish my work, a stranger minding my children
  CHECK(Verdict::fail == low_cost("Ask my old teacher to spend a whole Saturday helping me revise"));
  CHECK(Verdict::fail == low_cost("Ask my cousin to give a workshop at our school fair"));
  CHECK(Verdict::fail == low_cost("Ask Nora to finish my half of the group essay for me"));
  CHECK(Verdict::fail == low_cost("Ask my sister to plan the whole engagement party"));
  CHECK(Verdict::fail == low_cost("Ask the new hire to work late tonight to finish my slides"));
  CHECK(Verdict::fail == low_cost("Ask the woman on the bench to mind my toddler for an hour"));
  CHECK(Verdict::fail == low_cost("Demander à mon beau-frère de préparer tout le repas de Noël"));
  CHECK(Verdict::fail == low_cost("Demander à Inès de rester tard pour boucler mon rapport"));
  CHECK(Verdict::fail == low_cost("Demander à une inconnue de surveiller mes jumeaux au parc"));
  CHECK(Verdict::fail == low_cost("Demander à mon voisin de siège de me faire réviser pendant tout le vol"));
  CHECK(Verdict::fail == low_cost("Demander au taxi de nous attendre deux heures devant la gare"));
  // a large gift, a stranger paying, a place closed to the public
  CHECK(Verdict::fail == low_cost("Ask the hotel for two free nights in the best room"));
  CHECK(Verdict::fail == low_cost("Ask the couple at the next table to pay for our drinks"));
  CHECK(Verdict::fail == low_cost("Demander au traiteur un dîner offert pour six"));
  CHECK(Verdict::fail == low_cost("Demander au gardien d'ouvrir la salle interdite au public"));
  // money pushed up, a transfer for good, a job asked for, a business opened together
  CHECK(Verdict::fail == low_cost("Ask the agency to triple my day rate"));
  CHECK(Verdict::fail == reversible("Ask HR whether I could relocate permanently to the Dublin team"));
  CHECK(Verdict::fail == reversible("Ask the garden centre for a part-time job this spring"));
  CHECK(Verdict::fail == reversible("Ask my brother to start a bakery with me"));
  // taken on: an offer accepted, a file until the year's end, a sum to hold a thing
  CHECK(Verdict::fail == reversible("Écrire à la recruteuse : j'accepte votre proposition, je commence lundi"));
  CHECK(Verdict::fail == reversible("Je m'occupe des plannings jusqu'à la fin du trimestre, ça te va ?"));
  CHECK(Verdict::fail == reversible("Ask the dealer to hold the bike with a £400 deposit"));
  // said before others: an apology demanded, a suspicion posted
  CHECK(Verdict::fail == low_cost("Tell my brother he will apologise to Mum in front of everyone"));
  CHECK(Verdict::fail == reversible("Poster sur le forum public du quartier le nom de celui que je soupçonne"));
  // not what it seemed: a five-minute break, a question given after a colon, a sum owed back
  CHECK(Verdict::pass == reversible("Proposer à l'équipe de faire une pause café à 16 h"));
  CHECK(Verdict::pass == concrete("Juste une question : le train de 8 h est-il maintenu ?"));
  CHECK(Verdict::pass == reversible("Chase the landlord for the £600 deposit he still owes me"));
  CHECK(Verdict::pass == low_cost("Ask the crèche if Léo can stay until 6 pm on Friday"));
  // no ask: a goal of rejections; several acts in one breath; vague details asked
  CHECK(Verdict::fail == concrete("Get turned down ten times this month"));
  CHECK(Verdict::fail == concrete("Tu peux imprimer le devis, relire ma note et me dire ce que tu en penses ?"));
  CHECK(Verdict::fail == concrete("Demander à la banque plusieurs précisions"));
}

TEST_CASE("the families of the hundred-and-eighth to hundred-and-eleventh batches") {
  // taken on: a weekly rota, a season's role, everyone's lunch paid
  CHECK(Verdict::fail == reversible("Ask the choir leader to put me on the rota every Sunday"));
  CHECK(Verdict::fail == reversible("Demander à l'association de m'inscrire comme trésorier pour toute la saison"));
  CHECK(Verdict::fail == reversible("Offer the team to pay for everyone's pizza on Friday"));
  // asked of the other: a salary moved up, a debt let off, a date from a match, a ride,
  // a crowd's dinner, a slideshow, a whole file redone
  CHECK(Verdict::fail == low_cost("Could my pay go to £40,000 from January?"));
  CHECK(Verdict::fail == low_cost("Ask my uncle to forgive the £500 I borrowed"));
  CHECK(Verdict::fail == low_cost("Ask my match from the dating app out for drinks on Friday"));
  CHECK(Verdict::fail == low_cost("Ask the woman at the petrol station to drive us to the next town"));
  CHECK(Verdict::fail == low_cost("Ask my neighbour to cook for all twenty of our guests"));
  CHECK(Verdict::fail == low_cost("Ask my niece to make the video for the anniversary party"));
  CHECK(Verdict::fail == low_cost("Demander à ma sœur de refaire tout mon CV ce soir"));
  CHECK(Verdict::fail == low_cost("Demander à mon voisin si je peux habiter chez lui quelques mois"));
  // said to someone close: a condition, a reproach as a question, an attitude to change
  CHECK(Verdict::fail == reversible("Tell my brother we won't come unless he apologises to Mum"));
  CHECK(Verdict::fail == low_cost("Ça vous arrive de ranger la cuisine après le dîner ?"));
  CHECK(Verdict::fail == low_cost("Tu peux être moins sec avec ton père au téléphone ?"));
  CHECK(Verdict::fail == low_cost("Tu arrêtes de te plaindre du repas, c'est entendu."));
  CHECK(Verdict::fail == low_cost("Proposer à quelqu'un du site de rencontre de boire un verre demain"));
  // no ask or several: a goal, a habit, a vague loan, a list and a question after it
  CHECK(Verdict::fail == concrete("Ne plus rougir quand je parle en réunion"));
  CHECK(Verdict::fail == concrete("Make more small talk at the school gate"));
  CHECK(Verdict::fail == concrete("Tu peux me passer quelques affaires pour demain ?"));
  CHECK(Verdict::fail == concrete("Ask the baker for a loaf, a croissant, and change for the bus"));
  CHECK(Verdict::fail == concrete("Is this seat free, and can I put my bag here?"));
  // not what it seemed: a swapped night, a price asked about, the flatmates' kitty
  CHECK(Verdict::pass == low_cost("Ask Tim if we could swap babysitting nights next week"));
  CHECK(Verdict::pass == reversible("Ask the seller: is the €40 on the chair negotiable?"));
  CHECK(Verdict::pass == reversible("Demander au vendeur si le vase marqué 25 € peut descendre un peu"));
  CHECK(Verdict::pass == reversible("Aux colocs : une cagnotte de 3 € chacun pour le café ?"));
  CHECK(Verdict::pass == low_cost("Ask the bank to waive the £20 late fee this once"));
}

TEST_CASE("the families of the hundred-and-twelfth to hundred-and-fifteenth batches") {
  // taken on: a contract in my name, a fixed deal for years, notice given, a paid entry, a
  // price rise, a role for the rest of a course or a season, a place accepted
  CHECK(Verdict::fail == reversible("Ask the broadband company to put the contract in my name"));
  CHECK(Verdict::fail == reversible("Ask the gas supplier to move me to a three-year fixed deal"));
  CHECK(Verdict::fail == reversible("Email the landlord my notice to vacate the flat in May"));
  CHECK(Verdict::fail == reversible("Ask the club to enter me for the regional cup, 60 fee"));
  CHECK(Verdict::fail == reversible("Ask the garage to fit the new tyres for a £250 upgrade"));
  CHECK(Verdict::fail == reversible("Volunteer to coach the under-nines on Saturdays"));
  CHECK(Verdict::fail == reversible("Tell the college I accept the offer of a place on the nursing course"));
  CHECK(Verdict::fail == reversible("Demander à la mairie de m'inscrire à dix séances de natation payantes"));
  CHECK(Verdict::fail == reversible("Proposer à l'amicale de devenir trésorier pour deux ans"));
  CHECK(Verdict::fail == reversible("M'engager comme bénévole régulier à la banque alimentaire"));
  CHECK(Verdict::fail == reversible("Tu peux te porter caution pour ma location ?"));
  // asked of the other: someone's own time, a role, a discount or a refund in full, a ride
  CHECK(Verdict::fail == low_cost("Ask the librarian to stay open after closing for me"));
  CHECK(Verdict::fail == low_cost("Ask the receptionist to call the clinic on her lunch break"));
  CHECK(Verdict::fail == low_cost("Ask the coach to make me captain for the next match"));
  CHECK(Verdict::fail == low_cost("Ask my aunt to write my cover letter for me tonight"));
  CHECK(Verdict::fail == low_cost("Demander au fournisseur un geste commercial de 200 € sur la facture"));
  CHECK(Verdict::fail == low_cost("Demander à une passante de me conduire chez le vétérinaire"));
  CHECK(Verdict::fail == low_cost("Tu me fais visiter le quartier ce soir ?"));
  CHECK(Verdict::fail == low_cost("Je peux garer ma camionnette dans votre allée tout le week-end ?"));
  // said to them: how I am treated, a heavy question, an approach
  CHECK(Verdict::fail == low_cost("Ask the neighbour to stop blanking me in the stairwell"));
  CHECK(Verdict::fail == low_cost("Does he even listen when I talk?"));
  CHECK(Verdict::fail == low_cost("Demander à ma sœur si elle m'en veut encore"));
  CHECK(Verdict::fail == low_cost("Tu es tellement jolie, tu me donnes ton numéro ?"));
  // no ask: a feeling, a goal to be seen; vague things
  CHECK(Verdict::fail == concrete("Me sentir plus à l'aise pour demander de l'aide"));
  CHECK(Verdict::fail == concrete("Get respected by my new team"));
  CHECK(Verdict::fail == concrete("ask ppl for tips on the bus"));
  CHECK(Verdict::fail == concrete("Demander au voisin de me prêter des bidules pour la fête"));
  // not what it seemed: a bus stop, a fee waived, a planning form, a refund owed
  CHECK(Verdict::pass == low_cost("Demander au chauffeur de me déposer au prochain arrêt"));
  CHECK(Verdict::pass == low_cost("Ask the people behind me to stop talking during the film"));
  CHECK(Verdict::pass == low_cost("Demander à la mairie où déposer une déclaration préalable de travaux"));
  CHECK(Verdict::pass == low_cost("Demander à la SNCF le remboursement intégral de mon billet annulé"));
}
