// The French word tables of the checker. Pattern syntax: see criteria_words.hpp.
// Words are matched folded, without accents ("à" and "a" are the same word, as people in a
// hurry type them): "qu'on" reads "que on", "d'un" reads "de un", "m'aider" reads
// "me aider", "l'aide" reads "l aide", "s'il" reads "s il". Alternatives are single words: a
// phrase with variants is written as several rows.
#include <string_view>

#include "criteria_words.hpp"

namespace microask::words {
namespace {

using enum ReasonKind;
using sv = std::string_view;

constexpr sv markers[] = {
    "le", "la", "les", "de", "du", "des", "au", "aux", "un", "une", "mon", "ma", "mes", "ton",
    "ta", "tes", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "je", "tu", "il", "elle",
    "nous", "vous", "ils", "elles", "et", "est", "que", "qui", "pour", "pas", "ne", "sur", "avec",
    "dans", "chez", "si", "demander", "demande", "dire", "appeler", "proposer", "moi", "mais",
    "ou", "ca", "ce", "cette", "sinon", "soit", "parce", "peut", "pourrais", "veux", "voudrais",
    "aimerais", "juste", "enfin", "bien", "tres", "aussi", "comment", "pourquoi", "quand",
    "quel", "quelle", "combien", "lui", "y", "en", "s", "l", "d", "j", "qu", "c", "n", "m",
    "aider", "aide", "prix", "voisin", "voisine", "patron", "chef", "copain", "copine", "frere",
    "soeur", "mere", "pere", "ami", "amie", "collegue", "serveur", "serveuse", "truc"};

// ------------------------------------------------------------------------------------
// Asking, and whom

constexpr AskVerb ask_verbs[] = {
    {"demand*|redemand*", Addressee::preposition},
    {"appel*|rappel*|contact*|relanc*|joindre|interroger|interroge|questionner|prevenir|previens|solliciter|sollicite|prier|supplier|inviter|invite|inviterai",
     Addressee::object},
    {"telephon*|ecri*|envoy*|textot*|texter|sms", Addressee::preposition},
    {"dire|dis|dit|disent|dites|direz|dirai", Addressee::preposition},
    {"avouer|avoue|annoncer|annonce|expliquer|explique|confier|confie|declarer|apprendre|reprocher", Addressee::preposition},
    {"propos*|sugger*|suggere", Addressee::preposition},
    {"emprunt*|reclam*|commander|commande", Addressee::preposition},
    {"poser ~2 question|questions", Addressee::preposition},
    {"voir|verifier avec", Addressee::object},
    {"verifier|renseigner aupres de|d", Addressee::object},
    {"est ce que tu|vous|il|elle|on", Addressee::none},
    {"pourrais|pourriez|peux|pouvez|pourrait|peut|voudrais|voudriez|veux|voulez tu|vous|il|elle",
     Addressee::none},
    {"tu|vous peux|pouvez|pourrais|pourriez|voudrais|voudriez", Addressee::none},
    {"s il te|vous plait", Addressee::none},
    {"stp|svp", Addressee::none},
};

constexpr sv to_someone[] = {"a", "aupres de", "chez"};
constexpr sv to_the[] = {"au", "aux", "auprès du", "auprès des"};
constexpr sv determiners[] = {"le", "la", "les", "l", "un", "une", "des", "mon", "ma", "mes",
                              "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre",
                              "vos", "leur", "leurs", "ce", "cet", "cette", "ces", "chaque"};
constexpr sv articles[] = {"le", "la", "les", "l", "un", "une", "des", "ce", "cet", "cette", "ces"};
constexpr sv close_people[] = {
    "equipe", "famille", "collegue", "collegues", "ami", "amie", "amis", "amies", "chef",
    "cheffe", "patron", "patronne", "manager", "voisin", "voisine", "voisins", "conjoint",
    "conjointe", "coloc", "colocs", "colocataire", "mari", "femme", "copain", "copine",
    "parents", "enfants", "classe", "service", "bureau", "proprietaire", "prof", "professeur",
    "groupe"};
constexpr sv addressee_ends[] = {
    "si", "s", "que", "pour", "pourquoi", "comment", "quand", "combien", "quel", "quelle",
    "quels", "quelles", "ou", "et", "mais", "car", "parce", "vu", "puisque", "comme", "le", "la",
    "les", "l", "un", "une", "des", "du", "au", "aux", "a", "en", "sur", "avec", "dans", "chez",
    "par", "ce", "cette", "ces", "il", "elle", "ils", "elles", "je", "tu", "nous", "vous", "on",
    "me", "te", "se", "lui", "leur", "y", "ne", "pas", "plus", "est", "ont", "peut", "peux",
    "pourrait", "pourrais", "juste", "aussi", "demain", "aujourdhui", "ce", "maintenant",
    "apres", "avant", "pendant", "sans", "qui", "quoi", "de", "d", "mon", "ma", "mes", "ton",
    "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "desole", "desolee",
    "enfin", "stp", "svp", "un", "quelque", "encore", "ensuite", "puis", "alors", "donc"};
constexpr sv links[] = {"de"};
constexpr sv clause_openers[] = {"si", "s il", "s ils", "s elle", "que", "pourquoi", "comment",
                                 "quand", "combien", "quel", "quelle", "quels", "quelles",
                                 "lequel", "laquelle", "ce que", "ou se", "ou est", "ou en"};
constexpr sv generic[] = {
    "gens", "les gens", "tout le monde", "les autres", "autres", "autrui", "quelque un",
    "ne importe qui", "des inconnus", "inconnus", "des gens", "des personnes", "personnes",
    "n importe qui", "quiconque", "le monde", "des _"};
constexpr sv businesses[] = {
    "banque", "banquier", "conseiller", "conseillere", "magasin", "boutique", "entreprise",
    "societe", "agence", "agent", "bureau", "guichet", "service", "salle", "club", "hotel",
    "concession", "concessionnaire", "garage", "garagiste", "bibliotheque", "ecole",
    "universite", "mairie", "caf", "assurance", "assureur", "pharmacie", "pharmacien",
    "pharmacienne", "restaurant", "resto", "supermarche", "vendeur", "vendeuse", "proprietaire",
    "proprio", "bailleur", "taxi", "chauffeur", "compagnie", "clinique", "hopital", "medecin",
    "docteur", "plombier", "electricien", "artisan", "demenageur", "demenageurs", "standard",
    "accueil", "reception", "receptionniste", "personnel", "caissier", "caissiere", "serveur",
    "serveuse", "fournisseur", "operateur", "courtier", "comptable", "avocat", "notaire", "rh",
    "administration", "prefecture", "nounou", "babysitter", "baby sitter", "creche", "gare",
    "poste", "pension", "musee", "cinema", "theatre", "auto ecole", "eleveur", "traiteur"};
constexpr sv time_words[] = {
    "demain", "aujourdhui", "ce soir", "ce matin", "maintenant", "bientot", "tout de suite",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir",
    "midi", "week", "semaine", "mois", "annee", "prochain", "prochaine", "hier", "apres",
    "avant", "tantot", "cet apres"};

// ------------------------------------------------------------------------------------
// Concrete

constexpr Vague vague[] = {
    {"un|des|le|les|mes|ce|quelques|ton|ses|tes truc|trucs|machin|machins|bidule|bidules", Qualified::never},
    {"des|quelques|certaines|une chose|choses", Qualified::never},
    {"quelque chose !de", Qualified::by_word},
    {"de le|la|l aide|soutien", Qualified::by_preposition},
    {"de aide|soutien", Qualified::by_preposition},
    {"un coup de main", Qualified::by_preposition},
    {"ton|votre|son|leur aide|soutien", Qualified::by_preposition},
    {"me|m|nous aider|aide|aides|aidiez|aiderait|aiderais|soutenir", Qualified::by_word},
    {"des|quelques|les|plus|de infos|info|informations|information|renseignements|precisions|details",
     Qualified::by_preposition},
    {"un|des|quelques|ses|tes|vos conseil|conseils|astuces|tuyaux", Qualified::by_preposition},
    {"un|une petit|petite|grand|gros service|faveur", Qualified::by_preposition},
    {"un|une service|faveur", Qualified::by_preposition},
    {"une question !sur|pour|concernant|au|aux|de", Qualified::never},
    {"ce que je veux|voudrais|merite", Qualified::never},
    {"ce dont je ai besoin", Qualified::never},
};

constexpr sv specifiers[] = {"pour", "avec", "sur", "concernant", "au sujet", "a propos", "en",
                             "contre", "quant", "a #inf", "a me|te|nous|lui #inf",
                             "au niveau", "dans", "de #inf", "sur"};

constexpr Bundle bundles[] = {
    {"et aussi|egalement|encore", false},
    {"puis aussi", false},
    {"ainsi que", false},
    {"et puis|ensuite", false},
    {", puis|ensuite|aussi", false},
    {"et en plus", false},
    {"et demander|redemander", false},
    {"puis|ensuite [lui|leur|me] demander|redemander", false},
    {"et lui|leur demander", false},
    {"et si|s", false},
    {"et de|d me|te|nous|vous|lui|leur|m|t", false},
    {"et de|d #inf", false},
    {"et me|m|nous|lui|leur #inf", false},
    {"et #inf", true},
};

constexpr sv infinitive_marks[] = {"de|d #inf", "de|d me|te|nous|vous|lui|leur|se|s|le|la|les|l|m|t _"};
constexpr sv justifications[] = {
    "parce que|qu", "vu que|qu", "puisque|puisqu", "car", "etant donne", "comme je|j|il|elle|on|ca|c|mon|ma|le|la|nous",
    "sachant que", "depuis que", "du coup", "en effet", "ca fait", "a cause de", "vu le|la|les|mon|ma|mes",
    "je sais que", "je ai deja", "bref"};
constexpr sv not_infinitives[] = {
    "hier", "dernier", "premier", "cher", "mer", "fer", "hiver", "soir", "noir", "pere",
    "mere", "frere", "lettre", "livre", "autre", "votre", "notre", "entre", "contre", "centre",
    "heure", "chiffre", "genre", "ordre", "titre", "offre", "libre", "pauvre", "propre",
    "quatre", "cadre", "chambre", "membre", "nombre", "dossier", "papier", "cahier", "quartier",
    "metier", "loyer", "panier", "foyer", "clavier", "fichier", "courrier", "manager", "hiver",
    "poivre", "sucre", "beurre", "verre", "pierre", "guerre", "terre", "barre", "gare", "bière",
    "biere", "caviar", "cuir", "desir", "loisir", "plaisir", "avenir", "sourire", "soir",
    "miroir", "couloir", "tiroir", "trottoir", "devoir", "pouvoir", "espoir", "rasoir", "comptoir",
    "histoire", "memoire", "armoire", "victoire", "poire", "foire", "boire", "notaire",
    "salaire", "dictionnaire", "horaire", "commentaire", "formulaire", "anniversaire",
    "caractere", "ministere", "cimetiere", "derniere", "premiere", "maniere", "lumiere",
    "frontiere", "fenetre", "theatre", "centre", "septembre", "octobre", "novembre",
    "decembre", "fievre", "lievre", "cidre", "ombre", "ongle", "super", "poster", "boucher",
    "boulanger", "plombier", "banquier", "pompier", "ouvrier", "cuisinier", "infirmier",
    "policier", "fermier", "charcutier", "epicier", "pâtissier", "patissier", "caissier",
    "conseiller", "bailleur", "entier", "leger", "etranger", "janvier", "fevrier", "saladier",
    "atelier", "escalier", "palier", "grenier", "chantier", "sentier", "dejeuner", "diner",
    "souper", "gouter", "coucher", "lever", "baiser", "sir", "tir", "ire", "rire", "dire"};

// ------------------------------------------------------------------------------------
// The triggers: what each pattern does to concrete, reversible and low_cost.

constexpr unsigned neg_ask = negated | asked_about;

constexpr Rule rules[] = {
    // pattern                                          concrete     reversible      low_cost        guards
    // --- habits and goals: not one ask
    {"plus souvent|regulierement|frequemment", habit, {}, {}, asked_about | of_the_ask},
    {"regulierement|systematiquement|frequemment", habit, {}, {}, asked_about | of_the_ask},
    {"a|de chaque fois", habit, {}, {}},
    {"chaque fois que|qu", habit, {}, {}},
    {"tous les jours|matins|soirs|mois|lundis", habit, {}, {}, asked_about | of_the_ask},
    {"toutes les semaines|fois", habit, {}, {}, asked_about | of_the_ask},
    {"chaque jour|semaine|matin|mois|soir", habit, {}, {}, asked_about | of_the_ask},
    {"commencer|commence|me mettre a demander", habit, {}, {}},
    {"habitude", habit, {}, {}},
    {"toujours demander", habit, {}, {}},
    {"demander toujours", habit, {}, {}},
    {"desormais|dorenavant", habit, {}, {}},
    {"a l avenir", habit, {}, {}},
    {"oser|ose|apprendre|arriver|reussir a|de demander", habit, {}, {}},
    {"ose|oses|osent|oser demander", habit, {}, {}},
    {"apprendre|savoir|oser|reussir|arriver a|de dire|demander|refuser", habit, {}, {}},
    {"devenir ~3 qui", habit, {}, {}},
    {"poser plus de questions", habit, {}, {}},
    {"etre capable de demander", habit, {}, {}},
    {"plus a l aise pour|a demander", habit, {}, {}},
    {"peur de demander", habit, {}, {}},
    {"plus confiance en moi", habit, {}, {}},
    // --- asking someone to be different: no act to answer, and costly
    {"me|m|nous respecter|respecte|respectent|accepter|accepte|acceptent|comprendre|comprenne|comprennent|apprecier|aimer|aime|valoriser|reconnaitre [plus|davantage|enfin] !a|pour|dans|sur",
     vague_object, {}, change_person, close_only},
    {"comme je suis", vague_object, {}, change_person, close_only},
    {"telle|tel que je suis", vague_object, {}, change_person, close_only},
    {"accepter|accepte|respecter|respecte|approuver|soutenir|soutienne ~1 mon|ma|mes|notre|nos copain|copine|compagnon|compagne|mari|femme|choix|decision|decisions|vie|orientation|relation|amis|corps|religion|metier",
     vague_object, {}, change_person, close_only},
    {"autour de moi|nous", no_addressee, {}, {}},
    {"me|nous prendre au serieux", vague_object, {}, change_person, close_only},
    {"me|nous faire [plus|davantage] confiance", vague_object, {}, change_person, close_only},
    {"me|m ecouter|ecoute plus|davantage|vraiment", vague_object, {}, change_person, close_only},
    {"me soutenir|soutienne plus|davantage", vague_object, {}, change_person, close_only},
    {"me|m|nous _ plus|davantage|moins $", vague_object, {}, change_person, close_only},
    {"de|d ~1 plus de temps avec moi|nous", vague_object, {}, change_person, close_only},
    {"de|d ~1 plus attention a moi|nous", vague_object, {}, change_person, close_only},
    {"me|m appeler|appelle|voir|ecrire plus souvent", vague_object, {}, change_person, close_only},
    {"etre la pour moi", vague_object, {}, change_person, close_only},
    {"de|d etre plus|moins|enfin _", vague_object, {}, change_person, close_only},
    {"qu|que il|elle|ils|elles soit|soient plus|moins _", vague_object, {}, change_person, close_only},
    {"plus gentil|gentille|attentionne|attentionnee|present|presente|attentif|attentive|patient|patiente|respectueux|respectueuse|ouvert|ouverte|tendre|calme|poli|polie",
     vague_object, {}, change_person, close_only},
    {"changer ~2 comportement|attitude|caractere|habitudes|personnalite|facon|maniere|ton", vague_object, {}, change_person, close_only},
    {"faire des efforts", vague_object, {}, change_person, close_only},
    {"me traiter ~2 mieux|autrement|respect|egal", vague_object, {}, change_person, close_only},
    // --- asking someone to stop a habit
    {"de|d|peut|peux|pourrait|pourrais|pourriez|pouvez|veux|voudrais|voulez arreter|cesser de|d", {}, {}, change_person, close_only},
    {"arrete|arretez|cesse|cessez de|d", {}, {}, change_person, close_only},
    {"de|d ne plus|pas", {}, {}, change_person, close_only},
    {"perdre de le|du poids", {}, {}, change_person},
    {"maigrir|grandir", {}, {}, change_person},
    {"s habiller|habiller autrement|mieux", {}, {}, change_person},
    // --- money and signatures
    {"sign* ~3 bail|contrat|contrats|compromis|promesse|devis|acte|papiers|cdi|credit|pret|engagement|offre",
     {}, commitment, {}, neg_ask},
    {"bail|contrat|abonnement|engagement|forfait|credit|pret|location|adhesion de|d|sur|pour ~2 an|ans|mois|annee|annees",
     {}, commitment, {}, neg_ask},
    {"abonnement|contrat|engagement|forfait|adhesion|bail annuel|annuelle|longue", {}, commitment, {}, neg_ask},
    {"sans resiliation|retractation|remboursement", {}, commitment, {}, unguarded},
    {"pas de resiliation|retractation|remboursement", {}, commitment, {}, unguarded},
    {"me|m|nous engager|engage|engagerais|engagerai", {}, commitment, {}, neg_ask},
    {"engagement", {}, commitment, {}, neg_ask},
    {"non remboursable|remboursables", {}, money, {}, unguarded},
    {"pas remboursable|remboursables", {}, money, {}, unguarded},
    {"resili*", {}, commitment, {}, neg_ask},
    {"preavis", {}, commitment, {}, neg_ask},
    {"renouveler|prolonger|reconduire ~2 bail|contrat|abonnement|engagement|credit", {}, commitment, {}, neg_ask},
    {"rompre|casser ~2 bail|contrat", {}, commitment, {}, neg_ask},
    {"offre|offres ~3 appartement|maison|bien|studio|terrain|voiture|tableau|local", {}, money, {}, neg_ask},
    {"faire|deposer|soumettre|transmettre ~2 offre|offres", {}, money, {}, neg_ask},
    {"enchere|encherir|encheres", {}, money, {}, neg_ask},
    {"achat|acheter|achete|achetons|acheterais|acheterai|acquerir|acquisition ~3 maison|appartement|voiture|studio|terrain|bien|commerce|local|bateau",
     {}, money, {}, neg_ask | they_pay},
    {"acompte|arrhes", {}, commitment, {}, neg_ask},
    {"verser|payer|laisser|donner ~3 caution", {}, money, {}, neg_ask | they_pay},
    {"de|d payer|financer|offrir|acheter ~3 caution|voiture|maison|appartement|billet|billets|loyer|mariage", {}, {}, big_favour, neg_ask | business},
    {"investir|placer ~3 argent|economies|epargne", {}, money, {}, neg_ask},
    {"investir|placer ~3 #amount", {}, money, {}, neg_ask},
    {"payer|regler ~3 totalite|avance|cash|comptant", {}, money, {}, neg_ask | they_pay},
    {"decouvert|plafond", {}, commitment, {}, neg_ask},
    {"adopter|adoption", {}, commitment, {}, neg_ask},
    {"un|le|mon|ce credit !a|de|pour|sur|relais", {}, commitment, {}, neg_ask},
    {"pret|credit immobilier|bancaire|auto|etudiant|personnel|conso|travaux|relais", {}, commitment, {}, neg_ask},
    {"pret|credit de|d #big", {}, commitment, {}, neg_ask},
    {"un pret|credit", {}, {}, loan, neg_ask | business},
    {"pret|preter|prete|pretes|pretez|preterais|preterait|avancer|avance|avancerais|depanner|depanne ~4 #big", {}, {}, loan, neg_ask | business},
    {"emprunter|emprunte ~3 #big", {}, {}, loan, neg_ask | business},
    {"me|m|nous filer|file|refiler|donner|donne|passer|verser|virer|envoyer|avancer ~2 #big", {}, {}, loan, neg_ask | business},
    {"filer|file|refile|donne|passe|avance|envoie moi|nous ~2 #big", {}, {}, loan, neg_ask | business},
    {"preter|prete|pretes|pretez|preterais|preterait|avancer|avance ~3 argent|sous|fric|thune|ble|pognon|oseille", {}, unclear, loan, neg_ask | business},
    {"emprunter|emprunte ~3 argent|sous|fric|thune|pognon|oseille", {}, unclear, loan, neg_ask | business},
    {"payer|paye|regler|financer|offrir mon|ma|mes|notre loyer|dettes|factures|voyage|vacances|billet|etudes|permis|voiture|mariage|formation|ecole|caution",
     {}, {}, big_favour, neg_ask | business},
    {"investir|placer ~3 #big", {}, {}, big_favour, neg_ask | business},
    {"etre mon|ma|notre temoin|marraine|parrain|garant|garante|executeur|demoiselle", {}, {}, big_favour},
    // --- jobs
    {"demission*|demissionn*", {}, job, emotional_load, neg_ask},
    {"quitter|quitte|quitterai|quitterais ~2 job|boulot|travail|poste|emploi|entreprise|boite|societe|taf|cdi|equipe|boulot",
     {}, job, emotional_load, neg_ask},
    {"je|j pars|partirai de ~2 boite|entreprise|societe|poste", {}, job, emotional_load, neg_ask},
    {"rupture conventionnelle", {}, job, emotional_load, neg_ask},
    {"accepter|accepte ~3 poste|embauche|emploi|cdi", {}, job, {}, neg_ask},
    {"offre de emploi|embauche", {}, job, {}, neg_ask},
    {"licenci*", {}, job, confrontation, neg_ask},
    {"virer|vire ~2 collegue|stagiaire|assistant|assistante|employe|employee|lui|elle", {}, job, confrontation, neg_ask},
    // --- relationships
    {"sortir avec moi|lui|elle", {}, relationship, declaration, negated},
    {"sortir ensemble", {}, relationship, declaration, negated},
    {"un rencard|rancard|date", {}, relationship, declaration, negated},
    {"rendez vous galant", {}, relationship, declaration, negated},
    {"etre|se mettre en couple", {}, relationship, declaration, negated},
    {"se|nous mettre ensemble", {}, relationship, declaration, negated},
    {"m|me|nous epouser|epouse|marier|marie", {}, relationship, declaration, negated},
    {"se|nous marier", {}, relationship, declaration, negated},
    {"demande|demander en mariage", {}, relationship, declaration, negated},
    {"fiancailles|fiancer", {}, relationship, declaration, negated},
    {"sentiments pour", {}, relationship, declaration},
    {"amoureux|amoureuse", {}, relationship, declaration},
    {"je te|le|la|l aime", {}, relationship, declaration},
    {"je suis attire|attiree", {}, relationship, declaration},
    {"craque|craquer pour|sur", {}, relationship, declaration},
    {"un faible pour", {}, relationship, declaration},
    {"ma|une declaration", {}, relationship, declaration},
    {"declarer ma flamme", {}, relationship, declaration},
    {"emmenag*|viv*|habit* ensemble", {}, relationship, emotional_load, negated},
    {"emmenag* ensemble", {}, relationship, emotional_load, negated},
    {"fai*|fass*|avoir|ayons|ait|aie un|des bebe|enfant|enfants|gamin", {}, relationship, emotional_load, negated},
    {"rompre|rompt|romps|rupture", {}, relationship, emotional_load, neg_ask},
    {"se|nous|on separer|separe|separions|quitter|quitte", {}, relationship, emotional_load, neg_ask},
    {"separation", {}, relationship, emotional_load, neg_ask},
    {"divorc*", {}, relationship, emotional_load, neg_ask},
    {"je|j te|le|la|vous quitte|quitterai|quitterais|largue", {}, relationship, emotional_load, negated},
    {"mettre fin ~3 relation|histoire|couple|mariage|amitie", {}, relationship, emotional_load, neg_ask},
    {"faire une pause", {}, relationship, emotional_load, neg_ask},
    {"fini entre nous", {}, relationship, emotional_load, neg_ask},
    {"se remettre ensemble", {}, relationship, emotional_load, negated},
    {"copain|copine|mari|femme|compagnon|compagne|conjoint|conjointe|fiance|fiancee|ex ~8 pause|distance|break", {}, relationship, emotional_load, negated},
    {"en tete a tete|amoureux", {}, relationship, declaration, negated},
    {"diner|restaurant|verre en tete", {}, relationship, declaration, negated},
    // --- ultimatums
    {"sinon je|j|on|il|elle|tu|nous|vous|ca|ce ~1", {}, ultimatum, ultimatum},
    {"sinon c est", {}, ultimatum, ultimatum},
    {"ou alors|bien je|j|on|tu", {}, ultimatum, ultimatum},
    {", ou je|j", {}, ultimatum, ultimatum},
    {"ou je|j appelle|pars|quitte|demenage|porte|vais|previens|te|le|la|balance|dis|raconte|coupe|arrete|demissionne|rentre|change|casse", {}, ultimatum, ultimatum},
    {"soit ~15 soit", {}, ultimatum, ultimatum},
    {"c est ca ou", {}, ultimatum, ultimatum},
    {"ou de|d partir|degager|quitter|demenager", {}, ultimatum, ultimatum},
    {"ou tu|il|elle|vous pars|part|partez|degages|degage|degagez|sors|sort", {}, ultimatum, ultimatum},
    {"derniere chance", {}, ultimatum, ultimatum},
    {"dernier avertissement", {}, ultimatum, ultimatum},
    {"ultimatum", {}, ultimatum, ultimatum},
    {"si|s tu|vous|il|elle|ils ne ~5 pas|plus ~4 je|j quitte|pars|demissionne|appelle|porte|arrete|demenage|vais",
     {}, ultimatum, ultimatum},
    {"si|s tu|vous|il|elle|ils|elles ne ~6 pas|plus ~4 , ~6 pas|plus|jamais|rien|quitte|pars|appelle|vire|coupe|dehors|fini|prive|privee|prives",
     {}, ultimatum, ultimatum},
    // --- raises and promotions
    {"augmentation !du|des|de|d|le", {}, {}, raise, asked_about},
    {"augmentation de|d #num|salaire|remuneration", {}, {}, raise, asked_about},
    {"hausse|revalorisation de|d salaire|remuneration|paye|paie", {}, {}, raise, asked_about},
    {"augmenter|augmente|augmentes|augmentiez ~2 salaire|paye|paie|remuneration|tjm|tarif", {}, {}, raise, asked_about},
    {"me|m augmenter|augmente", {}, {}, raise, asked_about},
    {"etre augmente|augmentee|augmentes|augmentees", {}, {}, raise, asked_about},
    {"meilleur|gros|nouveau salaire", {}, {}, raise, asked_about},
    {"salaire plus eleve|haut|gros", {}, {}, raise, asked_about},
    {"revaloris*", {}, {}, raise, asked_about},
    {"mieux|plus paye|payee|remunere|remuneree", {}, {}, raise, asked_about},
    {"une prime", {}, {}, raise, asked_about},
    {"<en promotion !sur|code|codes", {}, {}, promotion, asked_about},
    {"promu|promue|promouvoir|promeuve", {}, {}, promotion, asked_about},
    {"nommer|nomme|nommes|nommiez|passer ~2 responsable|chef|cheffe|manager|directeur|directrice|lead|senior|associe|associee|cadre|superviseur",
     {}, {}, promotion, asked_about},
    {"poste de ~2 responsable|chef|cheffe|manager|directeur|directrice|direction|lead", {}, {}, promotion, asked_about},
    {"a la place de", {}, {}, promotion, asked_about},
    // --- negotiations over lasting stakes
    {"baisser|baisse|reduire|reduise|diminuer ~2 loyer|loyers|salaire|frais|charges", {}, {}, negotiation, asked_about},
    {"remonter|monter|augmenter|changer|revoir ~2 note|notes|moyenne", {}, {}, negotiation, asked_about},
    {"quatre|4|trois|3 jours par semaine", {}, {}, negotiation, asked_about},
    // --- big favours
    {"demenag* !ensemble", {}, {}, big_favour, business},
    {"demenag*|partir|installer ~4 ensemble", {}, relationship, emotional_load, negated},
    {"transporter|porter|deplacer|bouger|monter|descendre ~2 meubles|cartons|affaires|armoire|piano", {}, {}, big_favour, business},
    {"aider|aide ~3 repeindre|peindre|renover|travaux|bricoler|construire|vider", {}, {}, big_favour, business},
    {"refaire|renover|repeindre|isoler|poncer|carreler|vider|debarrasser ~3 toiture|toit|cuisine|salle|appartement|maison|chambre|sol|parquet|jardin|terrasse|cloture|mur|murs|cave|grenier|garage|salon",
     {}, {}, big_favour, business},
    {"tout le|tous week|weekend|samedi|dimanche|mois|ete", {}, {}, big_favour, business},
    {"toute la journee|semaine|soiree|nuit|matinee|apres", {}, {}, big_favour, business},
    {"pendant|durant ~1 #num|des|plusieurs|quelques|une|deux|trois|un heures|jours|semaines|mois|nuits|semaine|jour|mois",
     {}, {}, big_favour, business},
    {"pendant|durant ~1 les|mes vacances", {}, {}, big_favour, business},
    {"des heures", {}, {}, big_favour, business},
    {"garder|gardes|garde|surveiller ~3 enfants|gosses|petits|bebe|fils|fille|chien|chat|chiens|chats|maison|appartement|animaux",
     {}, {}, unclear, business},
    {"m|me|nous heberger|heberge|loger|accueillir", {}, {}, big_favour, business},
    {"dormir chez", {}, {}, big_favour, business},
    {"me|m|nous conduire|emmener|amener|deposer ~3 aeroport", {}, {}, big_favour, business},
    {"relire|corriger|rediger|ecrire ~3 memoire|these|manuscrit|roman|livre", {}, {}, big_favour, business},
    {"un|une gros|grand|enorme|immense service|faveur", {}, {}, big_favour},
    {"se|me porter garant|garante|caution", {}, commitment, big_favour, neg_ask},
    {"etre|soit mon|ma|notre garant|garante|caution", {}, commitment, big_favour, neg_ask},
    {"cosigner|cautionner", {}, commitment, big_favour, neg_ask},
    {"co signer", {}, commitment, big_favour, neg_ask},
    {"inconnu|inconnue|inconnus|passant|passante|passants ~8 argent|conduire|emmener|payer|preter|prete|acheter|heberger|voiture",
     {}, {}, big_favour},
    {"inconnu|inconnue|inconnus|passant|passante|passants ~8 #amount", {}, {}, big_favour},
    {"preter|emprunter|prete ~3 voiture|camion|appartement|maison", {}, {}, unclear, business},
    // --- confrontations and reproaches
    {"pourquoi tu|vous|elle|ils|elles ~5 pas|jamais|plus|rien", {}, {}, confrontation},
    {"pourquoi il ne !y ~4 pas|jamais|plus|rien", {}, {}, confrontation},
    {"pourquoi personne|aucun|aucune ~3", {}, {}, confrontation},
    {"pourquoi ~4 pas|jamais ~3 invite|invitee|prevenu|prevenue|informe|informee|consulte|consultee|inclus|incluse|paye|payee|remercie|remerciee", {}, {}, confrontation},
    {"pourquoi il|elle|ils|elles|tu|vous ~2 toujours|constamment", {}, {}, confrontation},
    {"pourquoi il|elle|ils|elles|tu|vous ~2 sans cesse", {}, {}, confrontation},
    {"critiquer|critique|critiques|critiquent|critiquait|critiquais", {}, {}, confrontation, negated},
    {"pourquoi son|sa|ses|mon|ma|mes|ton|ta|tes|leur _ ~5 pas|jamais", {}, {}, confrontation},
    {"pourquoi ~6 copie|copies|copiee|plagie|sabote|dénigre|denigre|menti|ment|mens|mentir|cache|caches|cachee|vole|voles|volee|pique|empoche|empoches|trahi|trahie|ignore|ignores|ignorer|triche|exclu|exclue|humilie|humiliee|moque|insulte|insultee|snobe|crie|engueule|lache|largue|balance|critique",
     {}, {}, confrontation},
    {"nul|nulle|nuls|nulles !part", {}, {}, confrontation, negated},
    {"bacle|baclee|bacles|baclees|mediocre|catastrophique|inadmissible|inacceptable|honteux|honteuse|scandaleux|incompetent|incompetente|paresseux|paresseuse|faineant|faineante|irrespectueux|irrespectueuse|impoli|impolie|grossier|grossiere|lamentable|malhonnete|egoiste|hypocrite|minable",
     {}, {}, confrontation, negated},
    {"ne importe quoi", {}, {}, confrontation},
    {"est|etait une catastrophe|blague|honte", {}, {}, confrontation},
    {"mal fait|faite|faits|foutu", {}, {}, confrontation},
    {"accuser|accuse|reprocher|reproche|reproches|engueuler|recadrer|confronter|sermonner", {}, {}, confrontation, negated},
    {"degage|degagez|degager", {}, {}, confrontation},
    {"et pas moi", {}, {}, confrontation},
    {"plutot que moi", {}, {}, confrontation},
    {"a le place de moi", {}, {}, confrontation},
    {"crier|crie|hurler|hurle sur|contre", {}, {}, confrontation},
    {"a|as|ont|avez|avait menti|triche|vole|trahi", {}, {}, confrontation},
    {"casse|tais toi", {}, {}, confrontation},
    {"ferme la", {}, {}, confrontation},
    {"ta|sa|votre|leur faute", {}, {}, confrontation},
    {"se|s expliquer|justifier", {}, {}, confrontation},
    {"rendre des comptes", {}, {}, confrontation},
    {"dire|dit|dis|raconte|raconter|racontes|raconteraient|racontent des|ces choses|trucs|horreurs|mensonges|saletes sur moi|nous", {}, {}, confrontation},
    {"de|d se|s excuser", {}, {}, confrontation},
    {"des excuses", {}, {}, confrontation},
    {"se plaindre|plaindre de lui|elle|son|sa|ses|mon|ma", {}, {}, confrontation},
    {"vole|volent|volait|ment|mentent|mentait|triche|trichent", {}, {}, confrontation},
    {"dans mon|son|leur dos", {}, {}, confrontation},
    {"ne paie|paye|payent|paient pas", {}, {}, confrontation},
    // --- heavy emotional stakes
    {"me|m|nous|lui pardonner|pardonne|pardonnes", {}, {}, emotional_load},
    {"pardonne|pardonnez moi", {}, {}, emotional_load},
    {"pourquoi ~4 quitte|quittee|abandonne|abandonnee|aime|aimee", {}, {}, emotional_load},
    {"mon|ma|notre|son|sa poids|enfance|maladie|cancer|depression|deuil|divorce|fausse|liaison|infidelite",
     {}, {}, emotional_load},
    {"me|m|te|t|le|la|l a|as|ont trompe|trompee", {}, {}, emotional_load},
    {"infidele|infidelite", {}, {}, emotional_load},
    {"therapie|conseiller|conseillere conjugale|conjugal|familiale|de couple", {}, {}, emotional_load},
    {"therapie de couple", {}, {}, emotional_load},
    {"deces|enterrement|funerailles|heritage|succession", {}, {}, emotional_load, asked_about},
};

constexpr sv negations[] = {"sans", "avant", "pas", "jamais", "ne", "ni", "plutot", "lieu",
                            "eviter", "aucun", "aucune", "suspendre", "geler", "pause"};
constexpr sv question_words[] = {"comment", "quand", "quel", "quelle", "quels", "quelles",
                                 "combien", "pourquoi", "lequel", "laquelle", "renseign*",
                                 "info", "infos", "information", "informations", "conditions",
                                 "modalites", "delai", "delais", "formulaire", "procedure",
                                 "demarches", "etapes", "regles", "ou en", "date"};
constexpr sv price_words[] = {"prix", "tarif", "tarifs", "devis", "cout", "couts", "coute",
                              "coutent", "couterait", "couteraient", "coutera", "estimation",
                              "montant", "frais", "reduction", "remise", "ristourne", "rabais",
                              "promo", "budget", "cher", "combien"};
constexpr sv incoming_money[] = {"baisser", "baisse", "reduire", "reduction", "diminuer", "rembours*", "rendre", "rende", "rendes", "doit", "dois",
                                 "devez", "augmentation", "salaire", "prime", "paye", "paie",
                                 "remuneration", "indemnite", "indemnites", "retour"};
constexpr sv public_places[] = {
    "devant ~2 tout|toute|tous|toutes|collegues|equipe|famille|amis|enfants|clients|invites|gens|autres|classe|monde|eux|public|service|voisins|personnel|bureau",
    "en public", "publiquement",
    "en reunion", "a la|le reunion|assemblee|pot|soiree|fete|mariage|diner", "en ag",
    "assemblee generale", "reunion de copropriete|coproprietaires|parents|famille|equipe",
    "conseil syndical", "sur facebook|instagram|twitter|linkedin|tiktok|x|snapchat",
    "groupe|forum|page|fil de le|du quartier|immeuble|residence|parents|classe|famille|boulot",
    "groupe whatsapp|facebook|messenger",
    "sur les reseaux", "sur le groupe", "dans le groupe", "le canal", "la boucle",
    "a toute la|l equipe|boite|famille|classe", "a tout le service|bureau|monde|immeuble",
    "au micro", "repondre a tous", "en plein|pleine", "a la radio", "dans la presse"};
constexpr sv public_acts[] = {"annonc*", "publier|publie|publiant|poster|poste", "declarer|declare",
                              "denoncer|denonce", "afficher|affiche", "crier|crie", "balancer",
                              "dire a tout le monde", "prendre la parole"};
constexpr sv possessives[] = {"mon _", "ma _", "mes _", "son _", "sa _", "ses _", "leur _",
                              "notre _", "le patron", "le proprio", "le voisin", "la voisine"};

// ------------------------------------------------------------------------------------
// Clarity warnings

constexpr WarningRule warnings[] = {
    {"peut etre", WarningKind::hedge},
    {"eventuellement", WarningKind::hedge},
    {"si possible", WarningKind::hedge},
    {"si ca|cela ne te|vous|le|la|leur|lui derange|ennuie pas", WarningKind::hedge},
    {"si ca|cela te|vous|le|la|leur|lui derange|ennuie pas", WarningKind::hedge},
    {"si ce ne est|etait pas trop demander", WarningKind::hedge},
    {"si ce est|etait pas trop demander", WarningKind::hedge},
    {"si ce ne est|etait pas trop", WarningKind::hedge},
    {"si tu|vous|il|elle as|a|avez|as le temps", WarningKind::hedge},
    {"si tu|vous|il|elle as|a|avez un moment|instant|minute", WarningKind::hedge},
    {"si ca|cela te|vous|lui|leur va|dit", WarningKind::hedge},
    {"enfin si|s il|elle|tu|vous veut|veux|voulez|peut|peux|pouvez [bien]", WarningKind::hedge},
    {"si il|elle|tu|vous veut|veux|voulez bien", WarningKind::hedge},
    {"je me demandais|demande si|s", WarningKind::hedge},
    {"par hasard", WarningKind::hedge},
    {"sans vouloir te|vous deranger|embeter", WarningKind::hedge},
    {"bon alors voila", WarningKind::hedge},
    {"alors voila", WarningKind::hedge},
    {"si jamais", WarningKind::hedge},
    {"je sais pas", WarningKind::hedge},
    {"desole|desolee|desoles de|d te|vous|le|la|les|lui|leur deranger|embeter|importuner|ennuyer|demander",
     WarningKind::apology},
    {"desole|desolee|desoles", WarningKind::apology},
    {"pardon de|pour le|la|vous deranger|derangement", WarningKind::apology},
    {"excuse|excusez moi de|d te|vous deranger|demander|embeter", WarningKind::apology},
    {"excuse|excusez moi", WarningKind::apology},
    {"je m|me excuse", WarningKind::apology},
    {"je sais que|qu ~14 mais", WarningKind::self_deprecation},
    {"je sais que|qu ce est|c beaucoup|bete|idiot|nul|lourd|pénible|penible", WarningKind::self_deprecation},
    {"ce est|c sans doute|surement|peut bete|idiot|nul", WarningKind::self_deprecation},
    {"question bete|idiote|stupide|nulle", WarningKind::self_deprecation},
    {"je suis nul|nulle|pénible|penible|chiant|chiante|lourd|lourde|bete", WarningKind::self_deprecation},
    {"je suis trop nul|nulle|bete", WarningKind::self_deprecation},
    {"je ai honte de demander", WarningKind::self_deprecation},
    {"rien de grave|special|important", WarningKind::minimiser},
    {"ce est|c rien", WarningKind::minimiser},
    {"ce est|c trois fois rien", WarningKind::minimiser},
    {"pas grand chose", WarningKind::minimiser},
    {"un tout petit", WarningKind::minimiser},
    {"vite fait", WarningKind::minimiser},
    {"juste|simplement|seulement", WarningKind::minimiser},
};

// ------------------------------------------------------------------------------------
// Money, numbers, shorthands

constexpr Currency currencies[] = {
    {"euros", 1}, {"euro", 1}, {"eur", 1}, {"balles", 1}, {"boules", 1}, {"dollars", 1},
    {"dollar", 1}, {"francs", 1}, {"chf", 1}, {"livres", 1}, {"centimes", 0.01},
    {"cts", 0.01}, {"k", 1000}, {"keuros", 1000}, {"patates", 1000}, {"briques", 10000},
    {"e", 1}};

constexpr NumberWord number_words[] = {
    {"un", 1}, {"une", 1}, {"deux", 2}, {"trois", 3}, {"quatre", 4}, {"cinq", 5}, {"six", 6},
    {"sept", 7}, {"huit", 8}, {"neuf", 9}, {"dix", 10}, {"onze", 11}, {"douze", 12},
    {"quinze", 15}, {"vingt", 20}, {"vingts", 20}, {"trente", 30}, {"quarante", 40},
    {"cinquante", 50}, {"soixante", 60}, {"cent", 100}, {"cents", 100}, {"mille", 1000},
    {"million", 1000000}, {"millions", 1000000}};

constexpr Respelling respellings[] = {
    {"sil", "s il"},          {"sils", "s ils"},         {"quil", "que il"},
    {"quils", "que ils"},     {"jai", "je ai"},          {"cest", "ce est"},
    {"jvais", "je vais"},     {"chui", "je suis"},       {"chuis", "je suis"},
    {"jsuis", "je suis"},     {"ptit", "petit"},         {"ptite", "petite"},
    {"pk", "pourquoi"},       {"pq", "pourquoi"},        {"pkoi", "pourquoi"},
    {"qd", "quand"},          {"tt", "tout"},            {"ds", "dans"},
    {"bcp", "beaucoup"},      {"qqch", "quelque chose"}, {"qqc", "quelque chose"},
    {"qqn", "quelque un"},    {"rdv", "rendez vous"},    {"dc", "donc"},
    {"jsp", "je sais pas"},   {"mm", "meme"},            {"vs", "vous"},
    {"ns", "nous"},           {"pr", "pour"},            {"mtn", "maintenant"},
    {"auj", "aujourdhui"},    {"ajd", "aujourdhui"},     {"jpeux", "je peux"},
    {"jveux", "je veux"},     {"koi", "quoi"},           {"ki", "qui"},
    {"ke", "que"},            {"aprem", "apres midi"},   {"daccord", "de accord"}};

}  // namespace

const LangWords& french() {
  static const LangWords w{
      .markers = markers,
      .ask_verbs = ask_verbs,
      .to_someone = to_someone,
      .to_the = to_the,
      .venues = {},
      .determiners = determiners,
      .articles = articles,
      .close_people = close_people,
      .addressee_ends = addressee_ends,
      .links = links,
      .clause_openers = clause_openers,
      .generic = generic,
      .businesses = businesses,
      .time_words = time_words,
      .vague = vague,
      .specifiers = specifiers,
      .bundles = bundles,
      .infinitive_marks = infinitive_marks,
      .justifications = justifications,
      .not_infinitives = not_infinitives,
      .rules = rules,
      .negations = negations,
      .question_words = question_words,
      .price_words = price_words,
      .incoming_money = incoming_money,
      .public_places = public_places,
      .public_acts = public_acts,
      .possessives = possessives,
      .warnings = warnings,
      .currencies = currencies,
      .number_words = number_words,
      .respellings = respellings,
  };
  return w;
}

}  // namespace microask::words
