// The French word tables of the checker. Pattern syntax: see words.hpp.
// Words are matched folded, without accents ("à" and "a" are the same word, as people in a
// hurry type them): "qu'on" reads "que on", "d'un" reads "de un", "m'aider" reads
// "me aider", "l'aide" reads "l aide", "s'il" reads "s il". Alternatives are single words: a
// phrase with variants is written as several rows.
#include <string_view>

#include "criteria/words.hpp"

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
    "soeur", "mere", "pere", "ami", "amie", "collegue", "serveur", "serveuse", "truc", "etre",
    "plus", "moins", "avoir", "faire", "suis", "tout", "toute", "tous", "rien", "oui", "quoi",
    "encore", "deja", "jamais", "toujours", "vers", "sans", "sous", "entre", "apres", "avant",
    "pendant", "depuis", "comme", "alors", "donc", "car", "bon", "merci", "demain", "soir",
    "matin", "semaine", "confiant", "confiante", "arreter", "oser", "quitter", "signer",
    "prendre", "rendre", "envoyer", "ecrire", "inviter", "relancer", "aupres", "chez",
    // tapé vite, sans accents : « dem a Karim sil peut me preter ... »
    "dem", "dmd", "sil", "preter", "stp", "svp", "rdv", "bcp", "tjrs", "pk", "qd", "boulot", "appart", "coloc"};

// ------------------------------------------------------------------------------------
// Asking, and whom

constexpr AskVerb ask_verbs[] = {
    {"ferait|ferais|ferai plaisir que|qu tu|vous", Addressee::none, "Ça me ferait plaisir que tu choisisses le film ce soir"},
    {"demand*|redemand*", Addressee::preposition, "Demander au boulanger une baguette"},
    {"appel*|rappel*|contact*|relanc*|joindre|interroger|interroge|questionner|prevenir|previens|solliciter|sollicite|prier|supplier|inviter|invite|inviterai",
     Addressee::object, "Appeler la mairie pour le formulaire"},
    {"<le|au|du|un|mon|ton|son|par|ce|de|l|des|sur|en|mes|tes|ses telephon*", Addressee::preposition, "Téléphoner à la banque pour ma carte"},
    {"ecri*|envoy*|textot*|texter|sms", Addressee::preposition, "Écrire à la CAF pour mon dossier"},
    {"dire|dis|dit|disent|dites|direz|dirai", Addressee::preposition, "Dire à ma sœur que le train est en retard"},
    {"avouer|avoue|annoncer|annonce|expliquer|explique|confier|confie|declarer|apprendre|reprocher", Addressee::preposition, "Expliquer à mon chef pourquoi je pars tôt"},
    {"propos*|sugger*|suggere", Addressee::preposition, "Proposer à Léa un café demain"},
    // « Offrir à ma voisine de lui rapporter du pain », « Glisser à ma copine l'idée »
    {"^ offrir|offre|glisser|glisse a|au|aux", Addressee::preposition, "Offrir à ma voisine de lui rapporter du pain"},
    {"<ma|la|votre|ta|sa|une|cette|notre|leur|de|du|des|la|premiere|derniere emprunt*|reclam*|commander|commande", Addressee::preposition, "Emprunter une échelle au voisin"},
    {"exiger|exige|exiges|exigez|exigerai|ordonner|ordonne|sommer", Addressee::preposition, "Exiger un reçu du vendeur"},
    {"poser ~2 question|questions", Addressee::preposition, "Poser une question au prof"},
    {"voir|verifier avec", Addressee::object, "Voir avec Karim pour les horaires"},
    {"verifier|renseigner aupres de|d", Addressee::object, "Se renseigner auprès de la mairie"},
    {"est ce que tu|vous|il|elle|on", Addressee::none, "Est-ce que tu peux fermer la fenêtre ?"},
    {"pourrais|pourriez|peux|pouvez|pourrait|peut|voudrais|voudriez|veux|voulez tu|vous|il|elle",
     Addressee::none, "Pourrais-tu fermer la fenêtre ?"},
    {"tu|vous peux|pouvez|pourrais|pourriez|voudrais|voudriez|peu|peut", Addressee::none, "Tu peux fermer la fenêtre ?"},
    {"poser|pose|lancer|lance un ultimatum", Addressee::preposition, "J'ai posé un ultimatum à mon colocataire"},
    {"[il] faut|faudrait [vraiment] que|qu tu|vous", Addressee::none, "Faut vraiment que tu changes ton comportement"},
    {"je|on cherche|cherchons quelque|qqn|une ~1 pour|qui", Addressee::none, "Bonjour à tous, je cherche quelqu'un pour préparer la présentation"},
    // un ordre d'arrêter, dit à la personne : « Arrête de mettre la musique si fort ! »
    {"^ arrete|arretez de|d", Addressee::none, "Arrête de mettre la musique si fort la nuit !"},
    // des demandes sans le verbe : la monnaie, le plat renvoyé, « voir s'il peut »
    {"^ faire|fais de la monnaie", Addressee::preposition, "Faire de la monnaie sur un billet de 5 € au kiosque"},
    {"^ renvoyer|renvoie|renvoyez en cuisine", Addressee::none, "Renvoyer en cuisine un plat arrivé froid"},
    {"voir|verifier [vite] [fait] si|s il|elle|ils|elles peut|peuvent|pourrait|pourraient", Addressee::none, "Marc → voir vite fait s'il peut m'aider samedi"},
    {"s il te|vous plait", Addressee::none, "Ferme la fenêtre, s'il te plaît"},
    {"stp|svp", Addressee::none, "Ferme la fenêtre stp"},
    // un ordre à l'indicatif : « Ce soir, c'est toi qui fais à manger »
    {"ce est toi|vous qui", Addressee::none, "Ce soir, c'est toi qui fais à manger"},
    // le franglais du bureau : « checker avec Paul », « pinger Sarah »
    {"^ checker|checke|checkes avec", Addressee::object, "Checker avec Paul si le meeting est maintenu"},
    {"^ pinger|pinge|pingue|pinguer", Addressee::object, "Pinger Sarah sur Slack pour le deck"},
    // les formes soutenues et administratives, et le souhait au subjonctif adressé
    {"serais|serait|serions reconnaissant|reconnaissante|reconnaissants|oblige|obligee de|d", Addressee::none, "Je vous serais reconnaissant de me rendre l'escabeau"},
    {"merci de|d bien vouloir", Addressee::none, "Merci de bien vouloir me transmettre le planning"},
    {"^ merci de|d me|m|nous _", Addressee::none, "Merci de me rappeler demain"},
    {"faudrait|faut que|qu tu|vous", Addressee::none, "Il faudrait que tu sortes les poubelles"},
    {"ca te|vous saoule|derange|gene|ennuie|embete|deranges|genes si|de|d|que|qu", Addressee::none, "Ça te dérange si j'ouvre la fenêtre ?"},
    // une question dite à la personne : « Vous avez l'heure ? », « Vous auriez un stylo ? »
    {"^ tu|vous as|avez|aurais|auriez|connais|connaissez|sais|savez", Addressee::none, "Vous avez l'heure ?"},
    {"^ bonjour|pardon|excusez|salut [moi] , tu|vous as|avez|aurais|auriez|connais|connaissez|sais|savez", Addressee::none, "Pardon, vous avez l'heure ?"},
    {"^ bonjour|pardon|excusez|salut [moi] tu|vous as|avez|aurais|auriez|connais|connaissez|sais|savez", Addressee::none, "Pardon vous avez l'heure ?"},
    {"aurais|auriez tu|vous", Addressee::none, "Auriez-vous un stylo ?"},
    // Une action nue qui est la demande : « Essayer d'obtenir ... », « Échanger mon samedi avec
    // Inès », « Donner mon préavis à l'agence », « Rapporter le pull au magasin ».
    {"^ essayer|essaie|essaye|essayez|tenter|tente de|d", Addressee::none, "Essayer d'avoir une place côté fenêtre"},
    {"^ [me|te] porter|porte|propose|proposer volontaire|candidat|candidate", Addressee::none, "Me porter volontaire pour tenir la buvette"},
    // obtenir quelque chose de quelqu'un : « Obtenir un rdv », « Solliciter un délai »
    // des demandes faites : « Faire une demande de congé à ma cheffe »
    {"faire|fais|faites une|des|ma|mes demande|demandes", Addressee::preposition, "Faire une demande de congé à ma cheffe"},
    // une lettre qui dit ce qu'elle demande : « je souhaiterais aborder avec vous ... », « merci d'enregistrer ... »
    {"je|j souhaiterais|souhaite|voudrais|aimerais aborder|discuter|evoquer avec vous|toi", Addressee::none, "Bonjour Marc, je souhaiterais aborder avec vous mes horaires"},
    {"merci de|d [me|m|nous|lui|leur|vous|te|t] #inf", Addressee::none, "Madame Roux, merci de m'envoyer le formulaire"},
    // une promesse faite à la personne : elle l'entend et y répond
    {"^ promettre|promets|promettez", Addressee::preposition, "Promettre à ma mère de l'appeler dimanche"},
    {"^ prendre|prends|prenez rendez vous|rdv", Addressee::preposition, "Prendre rendez-vous chez le coiffeur pour samedi"},
    {"^ obtenir|obtiens|solliciter|sollicite", Addressee::preposition, "Obtenir un rendez-vous chez le dentiste"},
    {"^ echanger|echange|permuter|troquer ~4 avec", Addressee::object, "Échanger mon samedi avec Inès"},
    {"^ donner|donne|rapporter|rapporte|ramener|ramene|rendre|rends|renvoyer|renvoie|retourner|retourne", Addressee::preposition, "Donner mon badge à l'accueil"},
    // un achat fait au comptoir : « Acheter au guichet un ticket de métro »
    {"^ acheter|achete|achetez ~6 au|aux|chez", Addressee::object, "Acheter au guichet un ticket de métro"},
    {"^ acheter|achete|achetez ~6 a la", Addressee::object, "Acheter à la caisse un sac en papier"},
    // a note to the residents: « Merci de bien refermer la porte du hall »
    {"^ merci de|d", Addressee::none, "Merci de bien refermer la porte du hall derrière vous"},
    {"^ passer a|au|aux ~4 pour", Addressee::preposition, "Passer au guichet de la poste pour faire peser mon colis"},
    // « Savoir si la pharmacie a encore du sirop » : the question, asked of the one who knows
    {"^ savoir|voir si|s", Addressee::object, "Savoir si la pharmacie a encore du sirop pour la toux"},
    {"^ me|se|nous faire rembourser|expliquer|conseiller|montrer|indiquer|preter|offrir|livrer", Addressee::preposition, "Se faire rembourser le billet de train annulé au guichet"},
    // Un souhait adressé à quelqu'un : « J'aimerais que tu ... », « Je veux que vous ... ».
    {"aimerais|aimerait|voudrais|voudrait|veux|voulais|souhaite|souhaiterais|prefererais que|qu tu|vous", Addressee::none, "J'aimerais que tu m'appelles ce soir"},
    {"ai|avons|aurais|aurions besoin que|qu tu|vous", Addressee::none, "Marc, j'ai besoin que tu me renvoies le fichier du budget avant midi"},
    // Un ordre à l'indicatif : « Ce soir tu fais les courses », « Tu me déposes à la gare ».
    {"^ [ce|demain|cet] [soir|matin|midi|apres|aprem] [midi] tu|vous !es|etes|as|avez|avais|sais|savez|dis|n|ne|penses|crois|trouves|dois|etais|aurais|serais",
     Addressee::none, "Ce soir tu fais la vaisselle"},
    // un impératif suivi de « -moi » : « Prête-moi vingt euros », « Passe-moi le sel »
    {"^ _ moi|nous|lui|leur !et|aussi|non|oui|je|seul|seule|meme", Addressee::none, "Prête-moi vingt euros"},
    {"^ relancer|relance", Addressee::object, "Relancer l'agence pour le dépôt de garantie"},
    // une commande confirmée à quelqu'un : « Confirmer à l'agence ... »
    {"^ confirmer|confirme", Addressee::preposition, "Confirmer la commande au vendeur"},
    {"^ repondre|reponds|repondez", Addressee::preposition, "Répondre au vendeur que je prends le vélo"},
    // marchander : l'autre partie répond (réserver seul reste un acte)
    {"^ negocier|negocie|marchander|marchande", Addressee::none, "Négocier un départ plus tôt avec ma cheffe"},
    // un ultimatum dit à la personne : « Soit tu ranges, soit je ... »
    {"^ soit tu|vous", Addressee::none, "Soit tu ranges ta chambre, soit je confisque la console"},
    // la phrase dite au guichet : « Bonjour, je voudrais résilier mon abonnement »
    {"^ bonjour|bonsoir|salut|pardon|excusez [moi] , je voudrais|souhaite|souhaiterais|aimerais|veux|viens", Addressee::none, "Bonjour, je voudrais résilier mon abonnement"},
    {"^ bonjour|bonsoir|salut|pardon|excusez [moi] je voudrais|souhaite|souhaiterais|aimerais|veux|viens", Addressee::none, "Bonjour je voudrais résilier mon abonnement"},
    // la personne nommée d'abord, puis le souhait : « Monsieur Lefèvre, je souhaiterais ... »
    {"^ [bonjour|bonsoir] monsieur|madame|docteur|maitre _ , je voudrais|souhaite|souhaiterais|aimerais", Addressee::none, "Madame Roux, je souhaiterais poser mon vendredi"},
};

constexpr sv to_someone[] = {"a", "aupres de", "chez"};
constexpr sv to_the[] = {"au", "aux", "auprès du", "auprès des"};
constexpr sv determiners[] = {"le", "la", "les", "l", "un", "une", "des", "mon", "ma", "mes",
                              "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre",
                              "vos", "leur", "leurs", "ce", "cet", "cette", "ces", "chaque"};
constexpr sv articles[] = {"le", "la", "les", "l", "un", "une", "des", "ce", "cet", "cette", "ces", "quelque"};
// une famille, un groupe ne sont les siens que si c'est dit : « la famille qui m'a indiqué le chemin »
constexpr sv passing_groups[] = {"famille", "familles", "couple", "groupe"};
// la famille et les amis : « mon beau-frère comptable » est sollicité en proche, pas en commerçant
constexpr sv kin[] = {"ami", "amie", "copain", "copine", "pote", "frere", "soeur", "cousin", "cousine", "oncle",
                      "tante", "pere", "mere", "papa", "maman", "fils", "fille", "neveu", "niece", "papi", "mamie",
                      "mari", "femme", "conjoint", "conjointe", "parrain", "marraine", "gendre"};
constexpr sv close_people[] = {
    "equipe", "famille", "collegue", "collegues", "ami", "amie", "amis", "amies", "chef",
    "cheffe", "patron", "patronne", "manager", "voisin", "voisine", "voisins", "conjoint",
    "conjointe", "coloc", "colocs", "colocataire", "mari", "femme", "copain", "copine",
    "parents", "classe", "service", "bureau", "proprietaire", "prof", "professeur",
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
    "enfin", "stp", "svp", "un", "quelque", "quelques", "plusieurs", "encore", "ensuite", "puis", "alors", "donc"};
constexpr sv links[] = {"de"};
constexpr sv clause_openers[] = {"si", "s il", "s ils", "s elle", "que", "pourquoi", "comment",
                                 "quand", "combien", "quel", "quelle", "quels", "quelles",
                                 "lequel", "laquelle", "ce que", "ou se", "ou est", "ou en"};
// Nobody in particular, unless a place says who would be asked now: "quelqu'un dans la
// file", "quelqu'un de l'accueil", "des gens en terrasse" are people met there; "des
// inconnus", "des passants" are there to be asked by definition.
constexpr sv generic[] = {
    "gens !en|dans|a|au|aux|sur|devant|derriere|pres|assis|assises|autour",
    "les gens !en|dans|a|au|aux|sur|devant|derriere|pres|assis|assises|autour",
    "tout le monde", "les autres", "autres", "autrui",
    // « quelqu'un » est une personne là pour qu'on lui demande, cadre dit ou non
    // (« demander son chemin à quelqu'un ») : un destinataire, pas les gens en général.
    "ne importe qui",
    "des gens|personnes !en|dans|a|au|aux|sur|devant|derriere|pres|assis|assises|qui",
    "personnes", "n importe qui", "quiconque", "le monde",
    // « des voisins que je ne connais pas » : des gens dits, là pour qu'on leur demande
    "des !inconnus|inconnues|passants|passantes|gens|personnes|voyageurs|clients|amis|amies|copains|copines|potes _ !que|qu|qui"};
constexpr sv businesses[] = {
    "banque", "banquier", "conseiller", "conseillere", "magasin", "boutique", "entreprise",
    "societe", "agence", "agent", "bureau", "guichet", "service", "salle", "club", "hotel",
    "concession", "concessionnaire", "garage", "garagiste", "bibliotheque", "ecole",
    "universite", "mairie", "caf", "assurance", "assureur", "pharmacie", "pharmacien",
    "pharmacienne", "restaurant", "resto", "supermarche", "vendeur", "vendeuse", "proprietaire",
    "proprio", "bailleur", "taxi", "chauffeur", "compagnie", "clinique", "hopital", "medecin", "infirmier", "infirmiere", "chirurgien", "chirurgienne", "oncologue", "specialiste",
    "docteur", "plombier", "electricien", "artisan", "demenageur", "demenageurs", "standard",
    "accueil", "reception", "receptionniste", "personnel", "caissier", "caissiere", "serveur",
    "serveuse", "fournisseur", "operateur", "courtier", "comptable", "avocat", "notaire", "rh",
    "administration", "prefecture", "nounou", "babysitter", "baby sitter", "creche", "gare",
    "poste", "pension", "musee", "cinema", "theatre", "auto ecole", "eleveur", "traiteur",
    "impots", "fisc", "tresor", "urssaf", "cpam", "secu", "scolarite", "france travail",
    "pole emploi", "sncf", "ratp", "edf", "operateur",
    // des gens au travail, dont c'est le service
    "bibliothecaire", "libraire", "commercant", "commercante", "concierge", "gardien", "gardienne",
    "dentiste", "opticien", "opticienne", "veterinaire", "veto", "coiffeur", "coiffeuse",
    "couturiere", "cordonnier", "serrurier", "technicien", "technicienne", "reparateur", "peintre",
    "couvreur", "menuisier", "carreleur", "macon", "boulanger", "boulangere", "boucher", "bouchere",
    "fleuriste", "primeur", "epicier", "epiciere", "buraliste", "guichetier", "guichetiere",
    "loueur", "loueuse"};
constexpr sv time_words[] = {
    "demain", "aujourdhui", "ce soir", "ce matin", "maintenant", "bientot", "tout de suite",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir",
    "midi", "week", "semaine", "mois", "annee", "prochain", "prochaine", "hier", "apres",
    "avant", "tantot", "cet apres",
    // une durée, et « vite fait » : quand, pas quoi
    "minute", "minutes", "seconde", "secondes", "instant", "vite"};

// ------------------------------------------------------------------------------------
// Concrete

constexpr Vague vague[] = {
    {"des services|faveurs", Qualified::by_preposition, "Demander des services à des inconnus"},
    {"un|des|le|les|mes|ce|quelques|ton|ses|tes|deux|trois truc|trucs|machin|machins|bidule|bidules|bricole|bricoles", Qualified::never, "Demander un truc à ma sœur"},
    {"un|des|le|ce|quelques petit|petits truc|trucs|service|services", Qualified::never, "Demander un petit truc à la pharmacienne"},
    {"son|ton|votre|leur avis", Qualified::by_preposition, "Demander son avis à Mathilde"},
    {"aider|aide|aides pour le|la|l anniversaire|fete|soiree|mariage|repas|evenement", Qualified::never, "Demander à mes amis de m'aider pour l'anniversaire de Clara"},
    {"de|d te|t|me|m|nous aider $", Qualified::never, "Demande à quelqu'un de t'aider."},
    {"des|quelques|certaines|une|deux|trois|plusieurs chose|choses", Qualified::never, "Demander des choses à mon frère"},
    {"quelque chose", Qualified::by_word, "Demander quelque chose à ma cheffe"},
    {", de tout ca|cela", Qualified::never, "Tu pourrais me dire ce que t'en penses, de tout ça ?"},
    {"quelque chose !de", Qualified::by_word, "Demander quelque chose à Paul"},
    {"quelque chose|truc pour la|le|notre fete|soiree|sortie|voyage|week|anniversaire|pique|cuisine|maison|salon|chambre|appart|appartement|jardin|voiture|salle", Qualified::never, "Demander à mon voisin quelque chose pour la fête"},
    {"de le|la|l aide|soutien", Qualified::by_preposition, "Demander de l'aide à mon frère"},
    {"de aide|soutien", Qualified::by_preposition, "Demander un peu d'aide à Paul"},
    {"un [petit|gros|bon|rapide] coup de main", Qualified::by_preposition, "Demander un coup de main à mon voisin"},
    {"ton|votre|son|leur aide|soutien", Qualified::by_preposition, "Demander son aide à Paul"},
    {"me|m|nous aider|aide|aides|aidiez|aiderait|aiderais|soutenir", Qualified::by_any, "Demander à Paul de m'aider"},
    {"des|quelques|plusieurs|les|plus|de infos|info|informations|information|renseignements|precisions|details",
     Qualified::by_preposition, "Demander des infos à la mairie"},
    {"un|des|quelques|ses|tes|vos [petit|petits|bon|bons] conseil|conseils|astuces|tuyaux [rapide|rapides|express]", Qualified::by_preposition, "Demander des conseils à ma tante"},
    {"un|une petit|petite|grand|gros service|faveur", Qualified::by_preposition, "Demander un petit service à ma voisine"},
    {"un|une service|faveur", Qualified::by_preposition, "Demander un service à Paul"},
    // « Juste une question : ... ? » : the question follows
    {"une question !sur|pour|concernant|au|aux|de", Qualified::by_preposition, "Poser une question à mon chef"},
    {"des|quelques|plein trucs|machins|bidules", Qualified::never, "Demander à l'accueil qu'on m'aide avec des trucs"},
    {"des|quelques affaires !de|d|a|au|aux|en", Qualified::never, "Tu peux me prêter des affaires pour le week-end ?"},
    {"ce que je veux|voudrais|merite", Qualified::never, "Demander ce que je veux"},
    {"dire ce que je pense|ressens !de|du|des|sur|d", Qualified::never, "Oser enfin dire ce que je pense au travail"},
    {"ce dont on|nous a|avons parle|discute", Qualified::never, "Relancer Bertrand sur ce dont on a parlé"},
    {"ceux|celles|celui|celle de le|l autre fois|jour", Qualified::never, "Demander à ma mère de me renvoyer les papiers, enfin ceux de l'autre fois"},
    {"faire quelque ~1 pour", Qualified::never, "Vous pourriez faire quelque chose pour mon dossier ?"},
    {"proposer|offrir mon|ma aide", Qualified::by_preposition, "Proposer mon aide."},
    {"pour un|une probleme|souci|truc $", Qualified::never, "Appeler la banque pour un souci"},
    {"le truc habituel", Qualified::never, "Demander à Dana d'apporter le truc habituel"},
    {"quelque chose ~4 a propos", Qualified::never, "Demander quelque chose au garagiste à propos de ma voiture"},
    {"quelque chose ~4 au sujet", Qualified::never, "Demander quelque chose à la banque au sujet de mon compte"},
    {"regarder|voir|verifier ca|cela $", Qualified::never, "Pourriez-vous regarder ça ?"},
    {"regarder|voir|verifier ca|cela quand|des|rapidement|vite", Qualified::never, "Bonjour, pourriez-vous regarder ça quand vous aurez le temps ?"},
    {"plein|beaucoup|tas de sujets|choses|trucs|points", Qualified::never, "Demander à mes parents leur avis sur plein de sujets"},
    // aucun moment dit : « un de ces jours »
    {"un de ces jours|quatre", Qualified::never, "Demander aux voisins de réceptionner mes colis un de ces jours"},
    {"quelque chose pour [me|se] aller|sentir mieux", Qualified::never, "Demander à la pharmacienne quelque chose pour aller mieux"},
    {"<pour me|nous renseigner [un] [peu] $", Qualified::never, "Vous pourriez me renseigner un peu ?"},
    {"me|nous rendre [un] [petit] service $", Qualified::never, "Bonjour, est-ce que vous pourriez me rendre service ?"},
    {"ce dont je ai besoin", Qualified::never, "Demander ce dont j'ai besoin"},
};

constexpr sv specifiers[] = {"pour", "avec", "sur", "concernant", "au sujet", "a propos", "en", ":",
                             "contre", "quant", "a #inf", "a me|te|nous|lui #inf",
                             "au niveau", "dans", "de #inf", "sur"};

constexpr Bundle bundles[] = {
    // une liste d'objets demandés d'un coup, ou d'actes : « d'aller chercher les enfants, de faire le dîner et de ... »
    {", un|une|des|du _ ~4 et un|une|des|du", false, "Demander une fourchette, un couteau et une serviette"},
    {", de|d #inf ~5 <relire|verifier|corriger|lire|imprimer|signer|scanner|remplir|valider|tester|laver|plier|trier|preparer|ecrire|rediger|regarder|controler|reparer|nettoyer|commander|reserver|confirmer|noter|photocopier|traduire|completer|modifier|emballer|peser|mesurer|chercher|recuperer|relever|calculer|recopier et de|d", false, "Demander à ma sœur de chercher les enfants, de faire le dîner et de promener le chien"},
    // une liste d'actes à l'infinitif, séparés par des virgules : « valider mes congés, relire mon mail et me dire ... »
    {", #inf ~6 et me|m|nous|lui dire|envoyer|donner|passer|rappeler|confirmer|prevenir|montrer|expliquer|appeler", false, "Tu peux valider mes congés, relire mon mail au client et me dire si la réunion est maintenue ?"},
    {"et aussi|egalement|encore", false, "Demander le sel et aussi le poivre"},
    {"puis|pis aussi", false, "Demander le sel, puis aussi le poivre"},
    {"ainsi que", false, "Demander le sel ainsi que le poivre"},
    {"et puis|ensuite", false, "Demander le sel et puis le poivre"},
    {", puis|ensuite|aussi !je|j", false, "Demander le sel, puis le poivre"},
    {"et en plus", false, "Demander le sel et en plus le poivre"},
    {"et peut etre|eventuellement", false, "Demander à Hugo de me passer le sel et peut-être de ranger la cuisine"},
    {", plus de|d ne|me", false, "Demander au voisin de baisser sa télé, plus de ne plus se garer devant mon portail"},
    {", plus de|d #inf", false, "Demander au voisin de baisser sa télé, plus de tailler sa haie"},
    {", plus me|m|te|t|nous|lui|leur", false, "Vous pourriez m'indiquer la gare, plus me prêter un stylo ?"},
    // une suite d'actes, sans « et » : « de nourrir le chat, arroser les plantes, relever le courrier »
    {", #inf _ ~3 , #inf", false, "Demander à ma sœur de nourrir le chat, arroser les plantes, relever le courrier ce soir"},
    {", tu|vous _ _ ~3 , tu|vous", false, "Tu ouvres la porte, tu poses le colis, tu refermes à clé, d'accord ?"},
    {", et tu|vous", false, "Tu me passes le sel, et tu fermes la fenêtre ?"},
    {"puis|ensuite de|d #inf", false, "Demander à Paul de venir puis de rester"},
    {"puis|ensuite #inf", true, "Demander à Paul de venir puis rester"},
    {"tant que|qu a faire", false, "Demander le sel, tant qu'à faire le poivre"},
    {"au passage !pieton|pietons|cloute|cloutes|souterrain|a|du|de|des", false, "Demander le sel et au passage le poivre"},
    {"par la meme occasion", false, "Demander le sel et par la même occasion le poivre"},
    {"en meme temps", false, "Demander le sel et en même temps le poivre"},
    {"<relire|verifier|corriger|lire|imprimer|signer|scanner|remplir|valider|tester|laver|plier|trier|preparer|ecrire|rediger|regarder|controler|reparer|nettoyer|commander|reserver|confirmer|noter|photocopier|traduire|completer|modifier|emballer|peser|mesurer|chercher|recuperer|relever|calculer|recopier et de|d [s|se|me|m|te|t|lui|leur|nous|vous] #inf", false, "Demander à Marc de ranger le salon et de sortir le chien"},
    {"et demander|redemander", true, "Appeler le garage et demander le devis"},
    // a second order in the imperative: « Demande un devis et signe-le »
    {"et signe|signez|paie|payez|reserve|reservez|commande|commandez|envoie|envoyez|appelle|appelez|demande|demandez", false, "Demande un devis pour le volet et signe-le dans la foulée"},
    {"sur|concernant|pour ~4 et demander|redemander", false, "Écrire au syndic pour l'ascenseur et demander le code"},
    // une liste de choses demandées : « un plan, un numéro de taxi et une adresse »
    {", un|une|des|le|la|les|l|mon|ma|mes _ ~3 et un|une|des|le|la|les|mon|ma|mes", false, "Demander à l'accueil un plan, un stylo et une carte"},
    // plusieurs questions à la suite : « Tu as les clés ? Tu as pensé au pain ? »
    {"? est|et|pourrais|peux|pourriez|pouvez|quand|ou|comment|combien|pourquoi|qui", false, "Tu as les clés ? Est-ce que tu as le pain ?"},
    // « tu », « on », « il » ouvrent aussi bien une question qu'un constat : « Tu es toujours
    // énervé. », « on est sur le palier »
    {"? tu|vous|on|il|elle ~15 ?", false, "Tu as les clés ? Tu as le pain ?"},
    // « s'il a vu mon chat, s'il peut ... » : des questions en série
    {", si|s il|elle|ils|elles|tu|vous|on ~8 et si|s", false, "Demander à Paul s'il vient, s'il reste et s'il dîne"},
    {"puis|ensuite [lui|leur|me] demander|redemander", false, "Demander le sel puis lui demander le poivre"},
    {"et lui|leur demander", false, "Demander le sel et lui demander le poivre"},
    {"et si|s", false, "Demander à Paul l'heure et s'il vient"},
    {"et qui|quand|comment|combien|pourquoi|quel|quelle|quels|quelles", false, "Demander au syndic quand l'ascenseur sera réparé et qui paiera la facture"},
    {"et de|d me|te|nous|vous|lui|leur|m|t !le|la|les|l", false, "Demander à Paul de venir et de m'aider"},
    {"et de|d #inf", false, "Demander à Paul de venir et de rester"},
    {"et me|m|nous|lui|leur #inf", false, "Demander à Paul de venir et me rappeler"},
    {"et #inf", true, "Demander à Paul de venir et rester"},
    // une liste d'actes à l'infinitif : « acheter du pain, appeler ta mère et arroser les plantes »
    {", #inf ~5 et #inf", false, "Tu peux acheter du pain, appeler ta mère et arroser les plantes ?"},
    // deux demandes en alternative : « de décaler l'oral, ou sinon de me laisser passer »
    {"ou sinon|bien|alors de|d #inf", false, "Demander au prof de décaler l'oral, ou sinon de passer l'oral en premier"},
    {"ou sinon|bien|alors de|d me|m|nous|lui|leur", false, "Demander au prof de décaler l'oral, ou sinon de me laisser passer en premier"},
    {"ou a defaut de|d #inf", false, "Demander un jour de télétravail, ou à défaut de partir plus tôt"},
    {"ou au moins de|d #inf", false, "Demander un jour de télétravail, ou au moins de partir plus tôt"},
    {", ou au moins", false, "Demander un jour de télétravail, ou à défaut de partir plus tôt, ou au moins un moment"},
    // des demandes à la suite : « demander l'heure, demander un stylo, demander son chemin »
    {", demander|demande|redemander ~5 , demander|demande|redemander", false, "Défi du jour : demander l'heure, demander un stylo, demander son chemin"},
    {"/ ~4 /", false, "Demander des serviettes/du savon/un départ tardif"},
    // des demandes à la suite, coupées par des barres : « échanger mon créneau / demander mon vendredi »
    {"/ #inf", false, "Échanger mon créneau / demander mon vendredi"},
    {"/ demande|appelle|propose|dis|essaie|essaye|reclame|invite|rappelle", false, "Demande le sel / demande le poivre"},
};

constexpr sv coordinators[] = {"et", "plus", "ainsi que", "en plus de|d"};
// où commence l'acte demandé : « de ... », « s'il ... »
constexpr sv infinitive_marks[] = {"de|d #inf", "si|s il|elle|ils|elles|tu|vous _", "que|qu il|elle|ils|elles _", "de|d me|te|nous|vous|lui|leur|se|s|le|la|les|l|m|t _"};
constexpr sv justifications[] = {
    "parce que|qu", "vu que|qu", "puisque|puisqu",
    // « le car », « du car » : l'autocar, pas une raison
    "<le|du|au|un|en|ce|mon|ton|son|notre|votre|leur|les|des|de|d|grand car", "etant donne", "comme je|j|il|elle|on|ca|c|mon|ma|le|la|nous",
    "sachant que", "depuis que", "du coup", "en effet", "ca fait", "a cause de", "vu le|la|les|mon|ma|mes",
    "je sais que", "je ai deja", "bref", "que je|j aurais|avais", "franchement", "honnetement",
    "ca fait des|deux|trois|plusieurs",
    // ce qu'on met de côté pour demander quand même : « Bien que ce dossier compte, ... »
    "<veux|voulez|voudrais|voudriez|veut|voudrait|aimerais|aimerait|ou bien que|qu", "meme si", "quoique|quoiqu"};
// la situation d'où part une demande en CNV : « Quand tu cries devant les enfants, ... », et ce
// que j'observe : « Quand je vois que mes missions ont doublé, ... »
constexpr sv situations[] = {"quand|lorsque tu|vous|il|elle|ils|elles", "^ quand|lorsque le|la|les|mon|ma|mes|notre|nos|ton|ta|tes|son|sa|ses", "quand|lorsque je|j vois|entends|constate|remarque|lis|trouve"};
constexpr sv number_joins[] = {"et"};
constexpr sv step_labels[] = {"etape", "niveau", "palier", "echelon", "exposition", "defi",
                              "jour", "exercice", "mission", "suds", "anxiete", "peur", "stress",
                              "semaine", "note", "notes", "rappel", "objectif", "jeu", "devoir", "entrainement"};
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

constexpr unsigned neg_ask = negated | asked_about | priced;

constexpr Rule rules[] = {
    // pattern                                          concrete     reversible      low_cost        guards
    // --- habits and goals: not one ask
    {"plus souvent|regulierement|frequemment", habit, {}, {}, asked_about | of_the_ask, "Demander plus souvent de l'aide"},
    {"plus|davantage|moins ~3 en reunion|reunions|public|general|classe|societe", habit, {}, {}, asked_about | of_the_ask, "Parler plus en réunion"},
    {"regulierement|systematiquement|frequemment", habit, {}, {}, asked_about | of_the_ask, "Demander régulièrement un retour"},
    {"a|de chaque fois", habit, {}, {}, of_the_ask, "Demander à chaque fois un reçu"},
    {"chaque fois que|qu", habit, {}, {}, of_the_ask, "Demander chaque fois que je peux"},
    {"tous les jours|matins|soirs|mois|lundis", habit, {}, {}, asked_about | of_the_ask, "Demander tous les jours un retour"},
    {"toutes les semaines|fois", habit, {}, {}, asked_about | of_the_ask, "Demander toutes les semaines un retour"},
    {"chaque jour|semaine|matin|mois|soir", habit, {}, {}, asked_about | of_the_ask, "Demander chaque semaine un retour"},
    {"commencer|commence|commencerai a demander", habit, {}, {}, unguarded, "Commencer à demander de l'aide"},
    {"me mettre a demander", habit, {}, {}, unguarded, "Me mettre à demander de l'aide"},
    {"<d|de habitude", habit, {}, {}, unguarded, "Prendre l'habitude de demander"},
    {"^ obtenir que|qu", habit, {}, {}, unguarded, "Obtenir qu'on arrête de me couper la parole"},
    {"partout", habit, {}, {}, of_the_ask, "Demander des réductions partout où je fais mes courses"},
    // un état à atteindre est un but : « Me sentir moins stressée quand j'appelle le médecin »
    {"^ me|se sentir|etre moins|plus stresse|stressee|nerveux|nerveuse|angoisse|angoissee|timide|tendu|tendue|confiant|confiante|detendu|detendue|serein|sereine|a",
     habit, {}, {}, unguarded, "Me sentir moins stressée quand j'appelle le médecin"},
    {"^ me|se sentir legitime|legitimes|capable|capables|libre|libres|fier|fiere|forte|fort|mieux|bien", habit, {}, {}, unguarded, "Me sentir légitime quand je demande mon chemin"},
    {"^ oser|demander|reclamer|solliciter ~8 en general $", habit, {}, {}, unguarded, "Oser réclamer auprès des services clients en général."},
    {"^ etre moins|plus stresse|stressee|nerveux|nerveuse|angoisse|angoissee|timide|tendu|tendue|confiant|confiante|detendu|detendue|serein|sereine",
     habit, {}, {}, unguarded, "Être moins nerveux quand je parle à mon chef"},
    {"toujours demander", habit, {}, {}, unguarded, "Toujours demander un reçu"},
    {"demander toujours", habit, {}, {}, unguarded, "Demander toujours un reçu"},
    {"desormais|dorenavant", habit, {}, {}, unguarded, "Désormais demander un reçu"},
    {"trouver|avoir|prendre [enfin|vraiment] le|la|l courage|force|audace de|d", habit, {}, {}, unguarded, "Trouver le courage de dire non à ma belle-mère"},
    {"a l avenir", habit, {}, {}, unguarded, "À l'avenir demander un reçu"},
    {"oser|ose|apprendre|arriver|reussir a|de demander", habit, {}, {}, unguarded, "Réussir à demander une remise"},
    {"oser|ose|osez dire|repondre non", habit, {}, {}, unguarded, "Oser dire non à ma sœur"},
    {"ose|oses|osent|oser|osez demander", habit, {}, {}, unaddressed, "Oser demander une remise"},
    {"ose|oses|osent|oser dire|exprimer ce|mon|ma|mes", habit, {}, {}, unguarded, "Oser dire ce que je pense en réunion"},
    {"trouver un|le moyen de|d", habit, {}, {}, unguarded, "Trouver un moyen de parler à mon père"},
    {"trouver comment", habit, {}, {}, unguarded, "Trouver comment parler à mon père"},
    {"^ il faut que je|j arrete|apprenne|commence|sois|ose|devienne", habit, {}, {}, unguarded, "Il faut que j'arrête de dire oui à tout"},
    {"^ je dois arreter|apprendre|commencer|etre", habit, {}, {}, unguarded, "Je dois arrêter de dire oui à tout"},
    {"au moins ~1 #num|deux|trois|quatre|cinq|dix fois|non|refus|demandes", habit, {}, {}, unguarded, "Me faire dire non au moins trois fois aujourd'hui"},
    // une liste numérotée de demandes : « 1) si elle vient 2) si elle amène des chaises »
    {"1 ) ~8 2 )", bundled, {}, {}, unguarded, "Demander à Nadia : 1) si elle vient 2) si elle amène des chaises"},
    // un acte à soi, puis une demande : « M'inscrire sur la liste et aussi demander au DRH ... »
    {"^ me|m inscrire|reserver|acheter|commander|payer|adherer|candidater|postuler ~8 et [aussi|puis|ensuite] demander", bundled, {}, {}, unguarded, "M'inscrire sur la liste des candidats au CSE et aussi demander au DRH de m'expliquer la procédure"},
    {"apprendre|savoir|oser|reussir|arriver a|de dire|demander|refuser", habit, {}, {}, unguarded, "Apprendre à dire non"},
    {"devenir ~3 qui", habit, {}, {}, unguarded, "Devenir quelqu'un qui ose"},
    {"devenir plus|moins", habit, {}, {}, unguarded, "Devenir plus à l'aise pour dire non"},
    {"^ arreter|cesser de|d", habit, {}, {}, unguarded, "Arrêter de dire oui à tout sans réfléchir"},
    {"devenir|etre meilleur|meilleure|bon|bonne en|a", habit, {}, {}, unguarded, "Devenir meilleure en conversation"},
    {"dire non a|aux tout|toute|toutes|tous|chaque", habit, {}, {}, of_the_ask, "Dire non à toutes les réunions du vendredi ce mois-ci"},
    {"une|un demande|requete ~2 par jour|semaine", habit, {}, {}, unguarded, "Faire une demande par jour à quelqu'un que je ne connais pas"},
    // a call with nothing asked in it
    {"^ appeler|telephoner|rappeler|texter ~2 $", no_ask, {}, {}, unguarded, "Appeler maman."},
    {"poser plus de questions", habit, {}, {}, unguarded, "Poser plus de questions en cours"},
    {"etre capable de demander", habit, {}, {}, unguarded, "Être capable de demander de l'aide"},
    {"plus a l aise pour|a demander", habit, {}, {}, unguarded, "Être plus à l'aise pour demander"},
    {"peur de demander", habit, {}, {}, unguarded, "Avoir peur de demander"},
    {"plus confiance en moi", habit, {}, {}, unguarded, "Avoir plus confiance en moi"},
    // --- asking someone to be different: no act to answer, and costly
    {"change|changes|changiez|changer ta|ton|votre|vos|de facon|maniere|attitude|comportement|ton", {}, {}, change_person, close_only, "J'exige que tu changes ta façon de me parler"},
    {"me|m|nous respecter|respecte|respectent|accepter|accepte|acceptent|comprendre|comprenne|comprennent|apprecier|aimer|aime|valoriser|reconnaitre [plus|davantage|enfin] !a|pour|dans|sur",
     vague_object, {}, change_person, close_only, "Demander à mon chef de me respecter"},
    {"aimer|aime|aimes|accepter|accepte|acceptes|prendre|prends ~3 comme je suis", vague_object, {}, change_person, close_only, "Demander à ma mère de m'aimer comme je suis"},
    {"communiquer|communique|communiquions|communiquiez|communiquent mieux|plus", vague_object, {}, change_person, unguarded, "Dire à l'équipe qu'il faudrait qu'on communique mieux"},
    {"aider|aide|aides plus|davantage ~2 maison|menage|quotidien|taches", vague_object, {}, change_person, close_only, "Demander à mon copain de m'aider davantage à la maison"},
    {"parler|parles|parlez plus gentil|gentiment|poliment|respectueusement|correctement", {}, {}, change_person, close_only, "Tu peux parler plus gentil avec moi ?"},
    {"telle|tel que je suis", vague_object, {}, change_person, close_only, "Demander à mon père de m'accepter telle que je suis"},
    {"accepter|accepte|respecter|respecte|approuver|soutenir|soutienne ~1 mon|ma|mes|notre|nos copain|copine|compagnon|compagne|mari|femme|choix|decision|decisions|vie|orientation|relation|amis|corps|religion|metier",
     vague_object, {}, change_person, close_only, "Demander à mes parents d'accepter mon copain"},
    {"autour de moi|nous", no_addressee, {}, {}, unguarded, "Demander de l'aide autour de moi"},
    {"me|nous prendre|prenne|prennent|prend [plus|davantage|enfin|vraiment] au serieux", vague_object, {}, change_person, close_only, "Demander à mon chef de me prendre au sérieux"},
    {"me|nous faire [plus|davantage] confiance", vague_object, {}, change_person, close_only, "Demander à mon père de me faire confiance"},
    {"me|m ecouter|ecoute plus|davantage|vraiment", vague_object, {}, change_person, close_only, "Demander à mon mari de m'écouter davantage"},
    {"me soutenir|soutienne plus|davantage", vague_object, {}, change_person, close_only, "Demander à mon frère de me soutenir davantage"},
    {"me|m|nous _ plus|davantage|moins $", vague_object, {}, change_person, close_only, "Demander à ma mère de m'appeler plus"},
    {"de|d ~1 plus de temps avec moi|nous", vague_object, {}, change_person, close_only, "Demander à mon père de passer plus de temps avec moi"},
    {"de|d ~1 plus attention a moi|nous", vague_object, {}, change_person, close_only, "Demander à mon mari de faire plus attention à moi"},
    {"me|m appeler|appelle|voir|ecrire plus souvent", vague_object, {}, change_person, close_only, "Demander à mon fils de m'appeler plus souvent"},
    {"etre la pour moi", vague_object, {}, change_person, close_only, "Demander à ma sœur d'être là pour moi"},
    {"de|d etre plus|moins|enfin _", vague_object, {}, change_person, close_only, "Demander à mon frère d'être plus poli"},
    // Dit à la personne (« Tu pourrais être moins susceptible ? »), c'est une
    // demande claire à qui peut répondre ; rapporté, le trait reste vague.
    {"pourrais|pourriez|peux|pouvez|voudrais [enfin|vraiment|juste] etre [un] [peu] plus|moins|aussi _", {}, {}, change_person, close_only, "Tu pourrais être un peu plus calme ?"},
    {"essayer|essaie|essayes|essayez de|d etre [un] [peu] plus|moins|aussi _", vague_object, {}, change_person, close_only, "Essaie d'être plus patient avec moi"},
    {"que|qu tu|vous sois|soyez|deviennes|deveniez [un] [peu] plus|moins _", {}, {}, change_person, close_only, "J'aimerais que tu sois plus présent"},
    // une façon d'être à arrêter est une demande claire, rapportée ou dite (lots aveugles 8 et 14)
    {"arreter|arrete|arretes|cesser|cesse|cesses de|d etre aussi|si|tellement|toujours _", {}, {}, change_person, close_only, "Demander à ma sœur d'arrêter d'être aussi froide"},
    // ce que la personne est, demandé à quiconque : « d'arrêter d'être aussi arrogant »
    {"arreter|arrete|arretez|cesser|cesse|cessez de|d etre aussi|si|tellement arrogant|arrogante|condescendant|condescendante|mechant|mechante|desagreable|agressif|agressive|impoli|impolie|hautain|hautaine|lourd|lourde|macho|sexiste|raciste|egoiste|meprisant|meprisante",
     {}, {}, change_person, unguarded, "Dire au mec à la salle d'arrêter d'être aussi arrogant"},
    {"me|nous parler de haut", {}, {}, change_person, unguarded, "Demander au guichetier d'arrêter de me parler de haut"},
    {"me|nous parler sur ce ton", {}, {}, change_person, unguarded, "Demander au livreur de ne pas me parler sur ce ton"},
    {"me|nous prendre de haut", {}, {}, change_person, unguarded, "Demander au vendeur de ne plus me prendre de haut"},
    // un reproche dans la question : « Tu pourrais enfin penser à m'appeler ? »
    {"pourrais|pourriez|peux|pouvez|voudrais|voudriez [tu|vous] enfin", {}, {}, confrontation, unguarded, "Tu pourrais enfin penser à m'appeler le soir ?"},
    {"qu|que il|elle|ils|elles soit|soient plus|moins _", vague_object, {}, change_person, close_only, "Demander qu'il soit plus poli"},
    {"de|d|pour etre plus gentil|gentille|attentionne|attentionnee|present|presente|attentif|attentive|patient|patiente|respectueux|respectueuse|ouvert|ouverte|tendre|calme|poli|polie",
     vague_object, {}, change_person, close_only, "Demander à mon mari d'être plus gentil"},
    {"changer ~2 comportement|attitude|caractere|habitudes|personnalite|facon|maniere|ton !de|d", vague_object, {}, change_person, close_only, "Demander à mon frère de changer son attitude"},
    {"faire des efforts", vague_object, {}, change_person, close_only, "Demander à ma sœur de faire des efforts"},
    {"plus de|d espace|air|liberte|intimite", vague_object, {}, change_person, close_only, "Demander à ma belle-mère de nous laisser un peu plus d'espace"},
    {"fais|fasses|faites|fait enfin|plus|vraiment des|d|de efforts|effort", vague_object, {}, change_person, close_only, "Tu te lèves plus tôt demain et tu fais enfin des efforts avec ma famille"},
    {"plus de patience|comprehension|respect|empathie|consideration|attention|reconnaissance|soutien|gentillesse",
     vague_object, {}, change_person, close_only, "Demander à mon chef plus de patience"},
    {"en faire plus|davantage", vague_object, {}, change_person, close_only, "Demander à mon mari d'en faire plus"},
    {"de|d etre honnete|franc|franche|sincere", vague_object, {}, change_person, close_only, "Demander à mon ami d'être honnête"},
    {"me traiter ~2 mieux|autrement|respect|egal|egale|adulte|adultes", vague_object, {}, change_person, close_only, "Demander à mon père de me traiter comme un adulte"},
    // --- asking someone to stop a habit
    {"de|d|peut|peux|pourrait|pourrais|pourriez|pouvez|veux|voudrais|voulez arreter|cesser de|d", {}, {}, change_person, close_only, "Demander à mon père d'arrêter de fumer"},
    // « demander à mon copain de changer », sans dire quoi
    {"de|d changer $", vague_object, {}, change_person, close_only, "Demander à mon copain de changer."},
    {"que|qu il|elle|ils|elles|tu|vous arrete|arretent|arretes|arretiez|cesse|cessent|cesses [enfin|donc|bien] de|d", {}, {}, change_person, close_only, "Dire à mon voisin que j'aimerais qu'il arrête enfin de claquer sa porte"},
    {"doit|dois|devez|devrait|devrais|devriez|faut ~1 arreter|cesser de|d", {}, {}, change_person, close_only, "Dire à mon oncle qu'il doit arrêter de critiquer ma cuisine"},
    // une règle posée pour de bon : « à partir de maintenant, tu ne viens plus sans prévenir »
    {"desormais|dorenavant|maintenant ~3 tu|vous ne|n ~3 plus", {}, {}, change_person, close_only, "Dire à mon frère : désormais, tu ne prends plus ma voiture sans demander"},
    {"toujours pas ~2 fait|range|rangee|paye|payee|appele|appelee|lave|sorti|sortie|rendu|rendue|repondu|repare|fini", {}, {}, confrontation, unguarded, "Tu as toujours pas rangé le garage ?"},
    {"me|m|nous faire visiter ~2 ville|quartier|region|coin|vieille|centre", {}, {}, big_favour, unguarded, "Demander au serveur de me faire visiter le quartier après son service"},
    {"si|s ~8 encore|rate|manque|oublie|oublies ~8 pas la peine de|d", {}, ultimatum, ultimatum, unguarded, "Dire à mon frère : si tu rates encore l'anniversaire de maman, pas la peine de venir à Noël"},
    {"souscrire|souscris|souscrive|adherer|adhere ~6 offre|contrat|abonnement|forfait|assurance|mutuelle|formule", {}, commitment, {}, negated | asked_about, "Appeler la banque pour souscrire l'assurance habitation"},
    // ce qu'un voisin doit cesser, dit à d'autres : un reproche
    {"que|qu le|la|les voisin|voisine|voisins|proprio|gardien|gardienne ~5 arrete|arretent|cesse|cessent", {}, {}, confrontation, unguarded, "Écrire aux autres locataires que le voisin du 2e arrête de fumer dans l'escalier"},
    {"garder|surveiller|occuper ~5 toute|tout la|le fin|week ~1 semaine|end", {}, {}, big_favour, negated, "Tu pourrais garder les enfants toute la fin de semaine ?"},
    {"me|m preparer|faire|rediger|ecrire|monter ~2 presentation|diaporama|expose|rapport|discours|powerpoint|slides", {}, {}, big_favour, business, "Demander à mon collègue de me préparer le diaporama de la réunion"},
    {"arrete|arretez|cesse|cessez de|d", {}, {}, change_person, close_only, "Arrête de crier"},
    {"de|d ne plus|pas", {}, {}, change_person, close_only, "Demander à mon voisin de ne plus klaxonner"},
    {"pour ne plus", {}, {}, change_person, close_only, "Tu serais d'accord pour ne plus me couper la parole ?"},
    {"s|se|t|te implique|impliquer|investir|investisse plus|davantage", vague_object, {}, change_person, unguarded, "Je voudrais que mon mari s'implique plus à la maison"},
    {"plus attention a moi|nous", vague_object, {}, change_person, close_only, "Tu pourrais faire plus attention à moi ?"},
    {"couper|coupes|coupez|couper la parole", {}, {}, change_person, close_only, "Demander à Paul d'arrêter de me couper la parole"},
    {"ta|sa|votre|leur facon|maniere de me|m|nous parler|traiter|repondre|regarder", {}, {}, change_person, close_only, "Est-ce qu'on peut parler de ta façon de me parler ?"},
    {"me parler|repondre ~1 plus doucement|gentiment|calmement|poliment", {}, {}, change_person, close_only, "Tu pourrais me parler plus doucement ?"},
    {"arreter|cesser la|le|l cigarette|clope|alcool|tabac|drogue|jeu|boisson|fumette|joint", {}, {}, change_person, close_only, "Demander à mon oncle d'arrêter la cigarette"},
    {"perdre du poids", {}, {}, change_person, unguarded, "Demander à mon père de perdre du poids"},
    {"maigrir|grandir", {}, {}, change_person, unguarded, "Demander à mon fils de grandir"},
    {"s habiller|habiller autrement|mieux", {}, {}, change_person, unguarded, "Demander à mon mari de s'habiller mieux"},
    // --- money and signatures
    {"sign* ~6 bail|contrat|contrats|compromis|promesse|devis|acte|papiers|cdi|credit|pret|engagement|offre",
     {}, commitment, {}, neg_ask, "Signer le bail de l'appartement"},
    {"bail|contrat|abonnement|engagement|forfait|credit|pret|location|adhesion de|d|sur|pour ~2 an|ans|mois|annee|annees",
     {}, commitment, {}, neg_ask, "Prendre un abonnement de deux ans"},
    {"abonnement|contrat|engagement|forfait|adhesion|bail annuel|annuelle|longue", {}, commitment, {}, neg_ask, "Prendre un abonnement annuel"},
    {"souscrire|souscris ~3 abonnement|contrat|forfait|assurance|credit|pret", {}, commitment, {}, neg_ask, "Souscrire l'abonnement à la salle"},
    {"resilier|resilie ~3 abonnement|contrat|forfait|assurance|bail", {}, commitment, {}, neg_ask | possible, "Bonjour, je voudrais résilier mon abonnement"},
    {"teletravail|distance ~6 definitif|definitive|definitivement|toujours|permanence", {}, job, negotiation, neg_ask, "Demander à passer en télétravail de façon définitive"},
    {"definitivement|definitif|definitive ~6 teletravail|distance|jours", {}, job, negotiation, neg_ask, "Demander à passer définitivement à trois jours de télétravail"},
    {"conge|conges sans solde", {}, job, negotiation, neg_ask, "Demander un congé sans solde de six mois"},
    {"conge sabbatique|parental|formation", {}, job, negotiation, neg_ask, "Demander un congé sabbatique"},
    {"signe|signer|signerai|valide|valider|accepte|accepter le|ce|son|votre|leur devis", {}, money, {}, negated, "Dire au menuisier que je signe le devis"},
    {"devis ~6 que je|j signe|accepte|valide", {}, money, {}, negated, "Démarrer la terrasse lundi, selon le devis de 6 000 € que je signe"},
    {"devis ~8 et signe|signer|signez|valide|valider|validez|accepte|accepter|acceptez le|la|les", {}, money, {}, negated, "Demande un devis pour la réparation du volet et signe-le dans la foulée"},
    {"verser|payer|regler|verse|paie|paye|regle|verserai|paierai|reglerai|versant|payant|reglant ~2 les|des|mes|nos|l|le|la frais|acompte|arrhes|caution|cotisation", {}, money, {}, negated | asked_about | trivial_sum, "Appeler la crèche pour confirmer l'inscription et verser les frais de dossier de 150 €"},
    {"commander|commande|commandes|commandez ~3 chauffe|lampe|lampes|tomes|coffret|integrale|integral|collection|meuble|meubles|canape|cuisine|frigo|machine|velo|ordinateur|ordi|telephone|pneus|chaudiere|fenetres|volets|table|chaises|lit|matelas|exemplaires|autres", {}, money, {}, negated | asked_about, "Écrire au service client pour commander trois autres lampes identiques"},
    // (a book ordered at the bookshop binds nothing until it is paid for)
    {"que je|j paierai|payerai|reglerai", {}, money, {}, negated | trivial_sum, "Demander au libraire de me commander ce roman, que je paierai en venant le chercher"},
    {"pendant|sur deux|trois|quatre|six|douze|#num ans|mois|annees|semestres", {}, commitment, {}, neg_ask | they_pay | possible, "Demander à la RH de m'inscrire au master sur deux ans"},
    {"pendant|sur|pour un|une an|annee", {}, commitment, {}, neg_ask | they_pay, "Proposer au primeur de commander un panier chaque semaine pendant un an"},
    {"inscrire|inscris|inscrive|inscription ~6 an|annee prochain|prochaine", {}, commitment, {}, neg_ask, "Demander à la scolarité de m'inscrire en double licence l'an prochain"},
    {"echeancier|echelonnement", {}, commitment, negotiation, neg_ask, "Demander un échéancier pour la facture"},
    {"comme|en associe|associee|associes|associees|coproprietaire|cogerant|cogerante", {}, commitment, negotiation, negated, "Proposer à ma cousine de reprendre la boutique avec moi comme associée"},
    {"me|m donner|donne|confier|confie|proposer|propose|offrir|offre le|un|ce|cette|la poste|job|boulot|emploi|contrat", {}, {}, negotiation, negated, "Demander au gérant de me donner le job du samedi"},
    // un emploi offert à quelqu'un : « Tu viens travailler avec moi dans ma boîte »
    {"travailler|bosser avec moi|nous dans|chez ma|mon|notre boite|entreprise|societe|agence|cabinet|restaurant|resto|startup", {}, job, negotiation, negated, "Tu viens travailler avec moi dans ma boîte à partir de lundi"},
    // a change asked for good: « définitivement », « pour de bon »
    {"<ferme|fermee|fermes|fermees|fermer|fermera|fermait|clos|close|fini|finie|termine|terminee|arrete|arretee definitivement", {}, commitment, {}, neg_ask, "Demander à ma cheffe si je peux finir à 16 h le vendredi, définitivement"},
    {"<ferme|fermee|fermes|fermees|fermer|fermera|fermait|clos|close|fini|finie|termine|terminee|arrete|arretee pour de bon", {}, commitment, {}, neg_ask, "Proposer à Paul de garder son vélo pour de bon"},
    {"baisser|baisse|reduire|reduise|diminuer ~3 prix|tarif|loyer ~2 de #big", {}, {}, negotiation, asked_about, "Demander au vendeur de baisser son prix de 500 €"},
    {"payer|paiement|regler ~4 en plusieurs|deux|trois|quatre|dix fois", {}, commitment, negotiation, neg_ask, "Demander à payer la facture en plusieurs fois"},
    {"retourner|revenir vivre|habiter chez", {}, commitment, big_favour, negated, "Demander à mes parents si je peux revenir vivre chez eux"},
    {"sans resiliation|retractation|remboursement", {}, commitment, {}, unguarded, "Acheter le billet sans remboursement"},
    // payer pour tous, ou tout un séjour : « payer l'addition de toute l'équipe »
    {"payer|regler|offrir ~4 tout|toute le|la|l monde|equipe|groupe|tablee|bande|sejour|week|voyage|weekend", {}, money, {}, negated | asked_about, "Proposer de payer l'addition de toute l'équipe"},
    {"payer|regler|offrir ~4 le|la|l sejour|week|voyage|weekend|addition [end] entier|entiere", {}, money, {}, negated | asked_about, "Proposer d'offrir le week-end entier à Lucie"},
    {"pas de resiliation|retractation|remboursement", {}, commitment, {}, unguarded, "Accepter l'offre, pas de rétractation"},
    {"sans|aucune possibilite de|d annulation|resiliation|remboursement|retractation", {}, commitment, {}, unguarded, "Réserver sans possibilité d'annulation"},
    {"sans annulation", {}, commitment, {}, unguarded, "Réserver la salle sans annulation"},
    {"non annulable|resiliable", {}, commitment, {}, unguarded, "Choisir le forfait non résiliable"},
    {"me|m|nous engager|engage|engagerais|engagerai", {}, commitment, {}, neg_ask, "M'engager sur le forfait fibre"},
    {"engagement", {}, commitment, {}, neg_ask, "Accepter l'engagement de la salle"},
    {"non remboursable|remboursables", {}, money, {}, unguarded, "Acheter le billet non remboursable"},
    {"pas remboursable|remboursables", {}, money, {}, unguarded, "Prendre le billet, il n'est pas remboursable"},
    {"resili*", {}, commitment, {}, neg_ask | possible, "Résilier mon abonnement à la salle"},
    {"confirmer|confirme|valider|valide|passer|passe ~3 commande|achat", {}, money, {}, negated | asked_about, "Confirmer la commande du canapé"},
    // réserver ce qui se paie engage l'argent ; une table au café, non
    {"reserver|reserve ~3 vol|vols|voyage|sejour|hotel|billets|billet|croisiere|chambre|gite|location|stage", {}, money, {}, negated | asked_about, "Réserver l'hôtel à Rome pour mai"},
    // une salle des fêtes se loue ; la salle de réunion ou de classe, non
    {"reserver|reserve ~3 salle !de", {}, money, {}, negated | asked_about, "Réserver la salle des fêtes pour samedi"},
    {"reserver|reserve ~3 salle de reception|mariage|fete|fetes|bal|spectacle|concert", {}, money, {}, negated | asked_about, "Réserver une salle de réception pour le mariage"},
    {"negocier|negocie|marchander|marchande ~6 #big", {}, {}, negotiation, negated, "Négocier 200 € de remise sur la facture"},
    {"confirmer|confirme|valider|valide ~3 reservation ~3 mariage|salle|voyage|vacances|croisiere|vol|sejour|reception", {}, money, {}, negated | asked_about, "Confirmer la réservation de la salle du mariage"},
    {"valider|valide|accepter|accepte ~3 devis|proposition|offre", {}, money, {}, negated, "Valider le devis du plombier"},
    {"lancer|lance|commencer|demarrer|demarre ~2 travaux|chantier", {}, money, {}, negated | asked_about, "Lancer les travaux de la cuisine"},
    {"me|m retirer|retire de|du|des ~3 bureau|conseil|comite|association|club|poste|role|equipe|liste !de|d|mail|mails|email|newsletter", {}, job, {}, negated | asked_about, "Me retirer du conseil du club"},
    {"je|j prends|prendrai|achete|acheterai ~3 voiture|appartement|maison|canape|cuisine", {}, money, {}, negated, "Je prends la voiture ce soir"},
    {"preavis", {}, commitment, {}, neg_ask, "Envoyer mon préavis à l'agence"},
    {"renouveler|prolonger|reconduire ~2 bail|contrat|abonnement|engagement|credit", {}, commitment, {}, neg_ask, "Renouveler le bail pour trois ans"},
    {"rompre|casser ~2 bail|contrat", {}, commitment, {}, neg_ask | possible, "Rompre le bail de l'appartement"},
    {"offre|offres ~3 appartement|maison|bien|studio|terrain|voiture|tableau|local", {}, money, {}, neg_ask, "Envoyer une offre pour la maison"},
    {"faire|deposer|soumettre|transmettre ~2 offre|offres", {}, money, {}, neg_ask, "Faire une offre au vendeur"},
    {"enchere|encherir|encheres", {}, money, {}, neg_ask, "Participer aux enchères"},
    {"achat|acheter|achete|achetons|acheterais|acheterai|acquerir|acquisition ~3 maison|appartement|voiture|studio|terrain|bien|commerce|local|bateau",
     {}, money, {}, neg_ask | they_pay, "Acheter une maison avec Léa"},
    {"acompte|arrhes !remboursable|remboursables|sont|est|seront|serait|seraient|etaient", {}, commitment, {}, negated | asked_about, "Verser un acompte pour la cuisine"},
    {"lettre ouverte|tribune", {}, public_statement, {}, neg_ask, "Demander au journal de publier ma lettre ouverte"},
    {"verser|payer|laisser|donner ~3 caution", {}, money, {}, neg_ask | they_pay, "Verser la caution de l'appartement"},
    {"de|d payer|financer|offrir|acheter ~3 caution|voiture|maison|appartement|billet|billets|loyer|mariage", {}, {}, big_favour, neg_ask | business, "Demander à mes parents de payer la caution"},
    {"investir|placer ~3 argent|economies|epargne", {}, money, {}, neg_ask, "Investir mes économies dans le café"},
    {"investir|placer ~3 #big", {}, money, {}, neg_ask, "Investir 5000 euros dans le café"},
    {"acheter|achete|vendre|vende|investir|placer ~4 actions|bitcoin|bitcoins|crypto|cryptos|obligations", {}, money, {}, neg_ask, "Acheter des actions de la boîte"},
    {"payer|regler ~3 totalite|avance|cash|comptant", {}, money, {}, neg_ask | they_pay, "Payer la totalité d'avance"},
    {"decouvert", {}, commitment, {}, neg_ask, "Demander un découvert à la banque"},
    {"relever|releve|augmenter|augmente|rehausser|rehausse|depasser|baisser ~3 plafond", {}, commitment, {}, neg_ask, "Demander à la banque de relever mon plafond de carte"},
    {"plafond de|du ma|mon|la|le carte|decouvert|credit|paiement|retrait|retraits|virement", {}, commitment, {}, neg_ask, "Demander le plafond de ma carte à la conseillère"},
    {"adopter|adoption", {}, commitment, {}, neg_ask, "Adopter un chat au refuge"},
    {"prendre|acheter un|une|des chien|chiens|chat|chats|chiot|chaton|animal|cheval", {}, commitment, {}, neg_ask, "Prendre un chien au refuge"},
    {"un|le|mon|ce credit !a|de|pour|sur|relais", {}, commitment, {}, neg_ask, "Prendre un crédit auto"},
    {"pret|credit immobilier|bancaire|auto|etudiant|personnel|conso|travaux|relais", {}, commitment, {}, neg_ask, "Demander un prêt immobilier"},
    {"pret|credit de|d #big", {}, commitment, {}, neg_ask, "Demander un prêt de 8000 € à la banque"},
    {"un pret|credit", {}, {}, loan, neg_ask | business, "Demander un prêt à la banque"},
    {"pret|preter|prete|pretes|pretez|preterais|preterait|avancer|avance|avancerais|depanner|depanne ~4 <son|sa|ses|ton|ta|tes|votre|vos|leur|a #big", {}, money, loan, negated | asked_about | business, "Demander à Paul de me prêter 300 €"},
    {"emprunter|emprunte ~3 #big", {}, money, loan, negated | asked_about | business, "Emprunter 200 € à mon frère"},
    // de l'argent donné n'est pas une dette (criteria.md : un cadeau n'engage à rien) ; de
    // l'argent avancé en est une
    // (« filer », « passer » : entre amis, le plus souvent un prêt)
    {"me|m|nous avancer|avance|depanner|depanne|filer|file|refiler|passer ~2 #big", {}, money, loan, negated | asked_about | business, "Demander à mon frère de m'avancer 300 €"},
    {"me|m|nous|vous donner|donne|verser|virer|envoyer|offrir|offre ~2 #big", {}, {}, loan, neg_ask | business, "Demander à mon oncle de me donner 500 €"},
    // une grosse somme demandée, même en cadeau : « demander 300 balles à ma grand-mère »
    {"demander|demande ~4 #big", {}, {}, loan, neg_ask | business, "Demander 300 balles à ma tante"},
    // un prêt au-delà du trivial (environ 10) et en deçà de #big : « me prêter vingt balles »
    {"preter|prete|pretes|pretez|preterais|preterait|avancer|avance|avancerais|depanner|depanne|emprunter|emprunte ~3 12|15|20|25|30|35|40|45|50|quinze|vingt|trente|quarante|cinquante !h|heures|minutes|min|pages|personnes|pourcent|pour|centimes|cts|ct|cents",
     {}, money, loan, negated | asked_about | business, "Demander à Paul de me prêter 20 €"},
    {"je te|le|la|vous|leur rembourse|rembourserai|rends|rendrai ~4 argent|euros|balles|somme|tout|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mois|semaine|paye|paie", {}, money, loan, negated | business | trivial_sum, "Je te rembourse vendredi"},
    {"filer|file|refile|donne|passe|avance|envoie moi|nous ~2 #big", {}, money, loan, negated | asked_about | business, "File-moi 100 balles"},
    {"preter|prete|pretes|pretez|preterais|preterait|avancer|avance ~3 argent|sous|fric|thune|ble|pognon|oseille", {}, unclear, loan, neg_ask | business, "Demander à Paul de me prêter de l'argent"},
    {"emprunter|emprunte ~3 argent|sous|fric|thune|pognon|oseille", {}, unclear, loan, neg_ask | business, "Emprunter de l'argent à ma sœur"},
    {"avancer|avance|couvrir|couvre ma|mon|notre ~1 part|moitie|loyer|caution|factures", {}, money, loan, neg_ask | business, "Demander à ma coloc de couvrir ma part du loyer"},
    {"payer|paye|regler|financer|offrir mon|ma|mes|notre loyer|dettes|factures|voyage|vacances|billet|etudes|permis|voiture|mariage|formation|ecole|caution",
     {}, {}, big_favour, neg_ask | business, "Demander à mes parents de payer mon loyer"},
    {"investir|placer ~3 #big", {}, {}, big_favour, neg_ask | business, "Placer 2000 euros sur un livret"},
    {"etre mon|ma|notre temoin|marraine|parrain|garant|garante|executeur|demoiselle", {}, {}, big_favour, unguarded, "Demander à Léa d'être mon témoin"},
    // --- jobs
    // un changement durable de son travail ou de son groupe, quitté ou pris (criteria.md)
    {"quitter|quitte|quitterai|quitterais|lacher|lache|retirer|retire du|de|d|le|la|l ~2 projet|association|asso|comite|conseil|club|chorale|orchestre|groupe|troupe|ligue|syndicat|commission|formation",
     {}, commitment, {}, neg_ask, "Dire au président que je quitte l'association"},
    {"quitter|quitte|quitterai|quitterais|lacher|lache|retirer|retire du|le bureau|conseil de|d|du|des", {}, commitment, {}, neg_ask, "Dire au président que je quitte le bureau de l'association"},
    {"etre|devenir|deviens|poste|role|fonction [de|d] ~2 tresorier|tresoriere|secretaire|president|presidente|capitaine|coordinateur|coordinatrice|delegue|deleguee|representant|representante|referent|referente",
     {}, commitment, {}, neg_ask, "Proposer d'être trésorier du club"},
    {"porter|porte volontaire|candidat|candidate|benevole ~4 organiser|gerer|coordonner|toute|tout|chaque|annee|saison",
     {}, commitment, {}, neg_ask, "Me porter volontaire pour organiser la kermesse"},
    // tout un événement pris en charge : « proposer d'organiser toute la fête de fin d'année »
    {"proposer|propose|proposes|proposez ~8 organiser|gerer|coordonner|preparer tout|toute le|la ~1 fete|soiree|kermesse|voyage|mariage|repas|evenement|anniversaire|sortie|tournoi|gala", {}, commitment, {}, neg_ask, "Proposer sur le groupe des parents d'organiser toute la kermesse"},
    {"me|m presenter|presente ~3 poste|election|elections|presidence|tresorerie|bureau", {}, commitment, {}, negated | asked_about, "Annoncer au club que je me présente au poste de trésorier"},
    {"heures|heure ~2 aller|sens", {}, {}, big_favour, business, "Demander à Léo de me conduire au mariage, c'est deux heures aller"},
    {"heures|heure ~2 chaque trajet", {}, {}, big_favour, business, "Demander à Léo de m'emmener chez ses parents, trois heures chaque trajet"},
    {"hopital|tribunal|enterrement|obseques|clinique avec moi", {}, {}, big_favour, negated | business, "Demander à mon amie de venir à l'hôpital avec moi pour les résultats"},
    {"accompagner|accompagnes|accompagnez ~3 hopital|tribunal|enterrement|obseques|clinique", {}, {}, big_favour, negated | business, "Demander à ma sœur de m'accompagner à l'hôpital vendredi"},
    {"comme un|une rencard|date|rdv", {}, {}, declaration, negated, "Proposer à Nora un ciné vendredi, comme un rencard"},
    {"rendez vous galant", {}, {}, declaration, negated, "Inviter Jules à dîner, en rendez-vous galant"},
    {"vire|virerai|transfere|paie|paye|paierai|regle|reglerai [te|vous] les|la #num", {}, money, {}, negated | asked_about | trivial_sum, "Écrire au vendeur : je te vire les 300 ce soir"},
    {"deplacer|decaler|passer|changer ~6 definitivement", {}, commitment, {}, neg_ask, "Demander à l'équipe si on peut décaler la réunion au lundi définitivement"},
    {"reserver|bloquer|retenir ~6 pour notre|mon|le mariage|reception|ceremonie", {}, commitment, {}, neg_ask, "Demander à la mairie de réserver le 3 mai pour notre mariage"},
    {"#num % de|d acompte|arrhes", {}, money, {}, negated | asked_about, "Demander au traiteur de bloquer la date contre 30 % d'acompte"},
    {"inscrire|inscris|inscrive|inscription ~4 toute|pour l|la annee|saison|an|trimestre|semestre", {}, commitment, {}, neg_ask, "Demander à la prof de m'inscrire pour toute l'année"},
    {"inscription|abonnement|adhesion annuelle|annuel", {}, commitment, {}, neg_ask, "Confirmer au conservatoire l'inscription annuelle de mon fils"},
    {"inscription|desinscription|resiliation|depart|annulation|adhesion definitive|definitif", {}, commitment, {}, neg_ask, "Pourriez-vous valider mon inscription définitive au master ?"},
    {"commande|contrat|bail|devis|compromis|avenant ~3 a signer", {}, commitment, {}, negated, "Pouvez-vous m'envoyer le bon de commande à signer ?"},
    {"annonce|communique officiel|officielle|officiels|officielles", {}, public_statement, {}, neg_ask, "Pourriez-vous publier sur notre site l'annonce officielle de notre partenariat ?"},
    {"lancer|commencer|demarrer|valider ~4 reparation|reparations|travaux|chantier|commande", {}, commitment, {}, negated | asked_about, "Demander au garagiste de lancer la réparation prévue au devis"},
    {"qu|que on prenne|prend|cherche|loue ~1 colocation|coloc|appart|appartement|logement", {}, relationship, emotional_load, negated, "Salut Emma, tu veux qu'on prenne une colocation près du campus ?"},
    {"passer|passe en|au teletravail complet|total|integral", {}, job, negotiation, neg_ask, "Je souhaite passer en télétravail complet"},
    {"inscrire|inscris|entrer|rejoindre|integrer|elire ~1 au|a bureau|conseil|comite|ca", {}, commitment, {}, neg_ask, "Demander au président de m'inscrire au bureau de l'association"},
    // le feu vert donné à un artisan : la commande est lancée
    {"donner|donne|donnez le|mon|notre feu vert", {}, commitment, {}, neg_ask, "Donner le feu vert au cuisiniste pour la pose de la cuisine"},
    {"donner|donne|donnez mon|notre accord ~6 lancer|commencer|demarrer|commande|tirage|travaux|pose|chantier|impression", {}, commitment, {}, neg_ask, "Donner mon accord à l'imprimeur pour lancer le tirage des faire-part"},
    // un rôle pris : « je prends la coordination du projet »
    {"prendre|prends|reprendre|reprends la coordination|direction|responsabilite|presidence|tete de|du|des", {}, commitment, {}, neg_ask, "Dire à mon chef que je prends la coordination du projet l'an prochain"},
    {"candidature ~3 municipales|elections|legislatives|regionales|europeennes|presidence", {}, public_statement, {}, neg_ask, "Demander de publier ma candidature aux municipales"},
    {"publier|publie|diffuser|afficher ~6 sous|avec mon [vrai|propre] nom", {}, public_statement, {}, negated, "Demander au journal de publier mon témoignage sous mon vrai nom"},
    {"inscrire|inscris|inscrive|inscription|abonner|abonne ~6 pour|sur|pendant un|une|six|douze|#num an|annee|mois", {}, commitment, {}, neg_ask, "Demander au club de m'inscrire pour un an"},
    // une formation, un contrat qui durent : « la formation de six mois »
    {"formation|stage|cursus|programme|contrat|abonnement|engagement|master|mission|cdd|interim|bail de|d un|une|deux|trois|quatre|cinq|six|huit|neuf|douze|dix|#num mois|an|ans|annee|annees", {}, commitment, {}, neg_ask, "Demander à ma cheffe de m'inscrire à la formation de neuf mois"},
    // payé avant d'être livré : « 180 € payés d'avance »
    {"paye|payes|payee|payees|payer|regle|regler de|a avance", {}, money, {}, negated | asked_about | trivial_sum, "Commander la veste, 180 € payés d'avance"},
    {"inscrire|inscris|inscrive|inscription ~8 dure|durent|durera|dureront|durant #num|deux|trois|quatre|six|neuf|douze mois|ans|annees|semestres", {}, commitment, {}, neg_ask, "Demander de m'inscrire à la formation qui dure six mois"},
    // un rôle pris pour une saison : « j'accepte de devenir entraîneur pour toute la saison »
    {"accepte|accepter|acceptes de|d devenir|prendre|reprendre|rejoindre|entrainer|coacher|presider|tenir|gerer ~9 saison|annee|an|mandat|trimestre|semestre", {}, commitment, {}, neg_ask, "Dire au club que j'accepte de devenir entraîneur pour toute la saison"},
    // a role or a project taken on for years, or for the next months
    {"les ~1 prochaines|prochains annees|ans|saisons|semestres", {}, commitment, {}, negated | asked_about, "Demander au syndic de m'inscrire au conseil syndical pour les trois prochaines années"},
    {"les six|neuf|douze|dix prochains mois", {}, commitment, {}, negated | asked_about, "Accepter le projet commun que Romain me propose pour les six prochains mois"},
    {"toute le|la|l annee|saison", {}, commitment, {}, negated | asked_about | lent, "Proposer à la maman de Zoé d'accompagner les filles à la piscine à tour de rôle toute l'année"},
    {"de facon|maniere permanente|definitive", {}, commitment, {}, negated | asked_about, "Proposer à mon chef de reprendre de façon permanente le planning de l'équipe de nuit"},
    {"prendre|reprendre|garder|adopter ~6 pour de bon", {}, commitment, {}, negated | asked_about, "Proposer à la voisine de reprendre ses deux poules chez moi pour de bon"},
    {"je|j prends|accepte le|ce cdd|cdi|poste|job|boulot|contrat", {}, job, {}, negated, "Dire au gérant : « Je prends le CDD de l'été, je signe quand ? »"},
    {"commander|commande ~1 trois|quatre|cinq|six|dix|douze|vingt|trente|cinquante|cent", {}, money, {}, negated | asked_about | trivial_sum, "Commander trois pizzas pour l'après-match du club ce soir"},
    {"tenir|prendre|reprendre la tresorerie|presidence|secretariat", {}, commitment, {}, negated | asked_about, "Me porter volontaire pour tenir la trésorerie l'an prochain"},
    {"ok|accord|go pour le|ce|votre devis", {}, money, {}, negated, "Dire au garagiste : « OK pour le devis de 650 € sur l'embrayage, vous pouvez commencer. »"},
    {"citer|publier|mettre mon nom", {}, public_statement, {}, negated | asked_about, "Demander à la journaliste de citer mon nom dans son article sur la fermeture de l'usine"},
    {"si je|j le|la|les prends|achete|commande", {}, money, {}, negated | trivial_sum, "Vous accepteriez de me faire une remise de 10 % si je le prends tout de suite à 240 € ?"},
    {"sans attendre le|la|l devis|accord|confirmation", {}, money, {}, unguarded, "Demander au garagiste de commencer la réparation de l'embrayage sans attendre le devis"},
    {"bail|contrat|compromis|devis|promesse signe|signee|signes|signees", {}, commitment, {}, negated, "Bonjour Monsieur, je vous renvoie le bail signé ce soir, c'est bon pour vous ?"},
    {"tous|toutes les|chaque ~2 a partir de|du|d", {}, commitment, {}, negated | asked_about, "Je voudrais télétravailler tous les vendredis à partir du mois prochain"},
    {"je|j participe|participerai ~3 organisation", {}, commitment, {}, negated, "Je vous confirme que je participe à l'organisation du salon en octobre"},
    {"proposer|propose|offrir|offre ~4 payer|regler tout|toute|toutes|tous", {}, money, {}, negated, "Proposer à mes amis de payer tout le restaurant pour mon anniversaire"},
    // a standing order at the shop: « me garder une baguette tous les soirs »
    {"me|m garder|mettre|reserver|livrer ~5 tous|toutes|chaque les|soirs|soir|matins|matin|jours|jour|semaines|semaine", {}, commitment, {}, negated | asked_about, "Demander au boulanger de me garder une baguette tous les soirs"},
    {"tatouer|tatoue|tatouage|tatouages|tatoueur|tatoueuse", {}, commitment, {}, negated | asked_about, "Demander au tatoueur de me faire le prénom de ma copine sur l'avant-bras ce soir"},
    {"toute|tout le|la|l equipe|monde|bureau|service|famille|classe ~8 ce|c est moi qui paie|paye|regale|invite", {}, money, {}, negated | trivial_sum, "Inviter toute l'équipe au resto ce midi, c'est moi qui paie"},
    {"tous|toutes les|chaque lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaines|semaine|week ~4 jusqu|jusque|toute|tout", {}, commitment, {}, negated | asked_about, "Demander à mon frère de garder les enfants tous les mercredis jusqu'à l'été"},
    {"prendre|reprendre|gerer|suivre|assurer ~6 jusqu|jusque a la fin", {}, commitment, {}, negated, "Demander à ma cheffe si je peux prendre en charge le dossier Dupont jusqu'à la fin de l'année"},
    {"donner|donne|donnerai mon|notre accord|feu ~6 vente|achat|compromis|travaux|devis|commande|location|bail", {}, commitment, {}, negated | asked_about, "Donner mon accord à l'agence pour la vente de l'appartement"},
    {"signe|signer|signerai pour ~2 colocation|coloc|appartement|appart|location|bail", {}, commitment, {}, negated | asked_about, "Dire à Camille que je signe pour la colocation de la rentrée"},
    // « envoie-moi le bail que je le signe » : la signature est dite, l'objet en pronom
    {"que|qu je|j|on le|la|les|l signe|signions", {}, commitment, {}, negated, "Tu m'envoies le bail que je le signe ce soir ?"},
    {"pour le|la|les signer", {}, commitment, {}, negated, "Demander à l'agence de m'envoyer le bail pour le signer"},
    {"coacher|entrainer|encadrer|animer|presider|gerer ~6 toute|toutes la|les saison|annee|saisons", {}, commitment, {}, neg_ask, "Proposer au club de coacher les U12 pour toute la saison"},
    // tout ce qui revient dans l'année : « pour toutes les sorties de l'année »
    {"place ~4 pour toute|tout l|la annee|saison|an", {}, commitment, {}, neg_ask, "Écrire au club pour confirmer ma place pour toute l'année"},
    {"inscrire|inscris|inscrive|inscription ~6 pour|sur|pendant les deux|trois|quatre|cinq|six|#num ans|annees|semestres|trimestres", {}, commitment, {}, neg_ask, "Demander à la scolarité de m'inscrire en master pour les deux ans"},
    {"inscrire|inscris|engager|engage|mettre|mets|compter|compte|comptez|noter|note ~6 tous|toutes les _ du|de|d trimestre|annee|saison|semestre|l|la", {}, commitment, {}, neg_ask, "Dire à la chorale de me compter pour tous les concerts de la saison"},
    {"inscrire|inscris|engager|engage|mettre|mets ~6 tous|toutes les _ de|d l|la annee|saison", {}, commitment, {}, neg_ask, "Demander à la maîtresse de m'inscrire comme parent accompagnateur pour toutes les sorties de l'année"},
    // le télétravail chaque semaine, à partir d'une date : un changement durable de son travail
    {"teletravail ~6 tous|toutes les|chaque lundis|mardis|mercredis|jeudis|vendredis|semaine|lundi|mardi|mercredi|jeudi|vendredi", {}, job, {}, neg_ask, "Demander à passer en télétravail tous les vendredis"},
    // un changement durable de son propre travail, en un mot : « me passer définitivement de nuit »
    {"me|m ~3 definitivement", {}, job, {}, neg_ask, "Demander à mon chef de me passer définitivement en équipe de nuit"},
    // rester, c'est reconduire un bail ou un contrat : « on reste encore un an »
    {"reste|restons|rester|resterons|resterai encore un|une an|annee|mois", {}, commitment, {}, neg_ask, "Dire au propriétaire qu'on reste encore un an"},
    {"reste|restons|rester|resterons|resterai ~2 an|annee|mois de plus", {}, commitment, {}, neg_ask, "Dire au propriétaire qu'on reste un an de plus"},
    // fermer sa boîte met fin à un gagne-pain
    {"ferme|fermer|fermions|fermes|fermerai|fermerons la|notre|ma boite|entreprise|societe|boutique|magasin|restaurant|resto|cabinet|agence", {}, job, emotional_load, neg_ask, "Dire à mon associé que je veux qu'on ferme la boîte en décembre"},
    // emménager, c'est changer durablement de logement : « confirmer notre emménagement »
    {"confirmer|confirme|valider|valide ~3 emmenagement|installation", {}, commitment, {}, neg_ask, "Demander à l'agence de confirmer notre emménagement dans le T3"},
    {"tous les lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|soirs|matins ~3 de l|la|toute annee|saison|an", {}, commitment, {}, neg_ask, "Proposer de garder les enfants tous les mercredis de l'année"},
    {"ecrire|rediger|monter|lancer|creer ~3 a deux", {}, commitment, {}, neg_ask, "Proposer à Samir d'écrire à deux l'article"},
    {"ecrire|rediger|monter|lancer|creer ~3 ensemble", {}, commitment, {}, neg_ask, "Proposer à Samir de monter ensemble une boîte"},
    {"co ecrire|rediger|signer|fonder|organiser", {}, commitment, {}, neg_ask, "Proposer à Samir de co-écrire l'article"},
    {"me|m desinscrire|desinscrive|desinscrivez|retirer|retire|retiriez|rayer|raye de|du|des ~3 master|licence|doctorat|these|formation|cursus|programme|fac|universite|ecole|club|association|equipe|chorale|troupe|orchestre", {}, commitment, {}, negated | asked_about, "Demander à la scolarité de me désinscrire du master"},
    {"cofonder|cofonde|cofondes|cofondez|coecrire|corediger", {}, commitment, {}, neg_ask, "Proposer à Inès de cofonder l'association"},
    {"ouvrir|ouvre|ouvrions|monter|monte|lancer|lance|creer|cree ensemble ~3 entreprise|societe|boite|boutique|restaurant|cafe|commerce|startup|agence|cabinet",
     {}, commitment, big_favour, negated | asked_about, "Proposer à Léa qu'on monte ensemble une agence"},
    {"cofonder|cofonde|cofondes|cofondez|ouvrir|monter|lancer|creer ~4 entreprise|societe|boite|boutique|restaurant|cafe|commerce|startup|agence|cabinet ~4 avec moi|nous",
     {}, commitment, big_favour, negated | asked_about, "Proposer à Hugo de monter une boîte avec moi"},
    {"cofonder|cofonde|cofondes|cofondez|ouvrir|monter|lancer|creer ~4 entreprise|societe|boite|boutique|restaurant|cafe|commerce|startup|agence|cabinet ~4 ensemble",
     {}, commitment, big_favour, negated | asked_about, "Proposer à Hugo de monter notre propre boîte de com ensemble"},
    // une aventure lancée à deux engage tant qu'elle dure
    {"lancer|monter|creer|fonder ~3 podcast|entreprise|boite|societe|groupe|association|chaine|blog|startup|commerce|boutique ensemble|avec", {}, commitment, {}, neg_ask, "Proposer à Tom de monter une boîte ensemble"},
    {"m|me|t|te|s|se engager|engage ~4 toute|tout|chaque|annee|saison|an|ans|mois|semestre",
     {}, commitment, {}, neg_ask, "M'engager comme bénévole pour toute la saison"},
    {"passer|passe a|en #num %", {}, job, negotiation, neg_ask, "Demander à passer à 80 % en septembre"},
    {"temps partiel", {}, job, negotiation, neg_ask, "Demander un temps partiel"},
    {"mi temps", {}, job, negotiation, neg_ask, "Demander à passer à mi-temps"},
    {"demission*|demissionn*", {}, job, emotional_load, neg_ask, "Poser ma démission"},
    {"me|m|nous embaucher|recruter|embauche|embauchiez|recrute", {}, job, negotiation, negated, "Demander au patron du café de m'embaucher dès lundi"},
    {"quitter|quitte|quitterai|quitterais ~2 job|boulot|travail|poste|emploi|entreprise|boite|societe|taf|cdi|equipe|boulot",
     {}, job, emotional_load, neg_ask, "Quitter mon job à la banque"},
    {"je|j pars|partirai de ~2 boite|entreprise|societe|poste", {}, job, emotional_load, neg_ask, "Je pars de la boîte en juin"},
    {"rupture conventionnelle", {}, job, emotional_load, neg_ask, "Demander une rupture conventionnelle"},
    {"accepter|accepte ~3 poste|embauche|emploi|cdi", {}, job, {}, neg_ask, "Accepter le poste à Lille"},
    {"offre de emploi|embauche", {}, job, {}, neg_ask, "Répondre à une offre d'emploi"},
    {"licenci*", {}, job, confrontation, neg_ask, "Demander à mon chef de licencier le stagiaire"},
    {"mutation|muter|mute", {}, job, negotiation, neg_ask, "Demander une mutation à Lyon"},
    {"me|m|nous vendre|vende|cede|ceder ~2 appartement|maison|voiture|commerce|terrain|entreprise", {}, money, negotiation, neg_ask, "Demander à mon oncle de me vendre sa voiture"},
    {"virer|vire ~2 collegue|stagiaire|assistant|assistante|employe|employee|lui|elle", {}, job, confrontation, neg_ask, "Demander au patron de virer le stagiaire"},
    // --- relationships
    {"sortir avec moi|lui|elle", {}, relationship, declaration, negated, "Demander à Léa de sortir avec moi"},
    {"sortir ensemble", {}, relationship, declaration, negated, "Proposer à Sam de sortir ensemble"},
    // un premier rendez-vous est une approche, pas encore un couple
    {"un rencard|rancard|date", {}, {}, declaration, negated, "Proposer un rencard à Léa"},
    {"rendez vous galant", {}, {}, declaration, negated, "Proposer un rendez-vous galant à Léa"},
    {"se mettre en couple", {}, relationship, declaration, negated, "Proposer à Sam de se mettre en couple"},
    {"etre ma|mon copine|copain|meuf|mec|cherie|cheri|nana|compagne|compagnon", {}, relationship, declaration, negated, "Demander à Inès d'être ma copine"},
    {"etre ma|mon petite|petit amie|ami", {}, relationship, declaration, negated, "Demander à Inès d'être ma petite amie"},
    // un café avec un collègue pour le projet n'est pas une approche ; avec la serveuse, si
    {"boire|prendre un verre|cafe|pot avec moi", {}, {}, declaration, met_in_passing, "Demander à la serveuse de boire un verre avec moi"},
    {"on|nous dine|dejeune|mange|diner|dejeuner|manger ensemble", {}, {}, declaration, met_in_passing, "Demander à la serveuse si on dîne ensemble après son service"},
    {"monter|monte|montions|creer|cree|lancer|lance ~3 boite|entreprise|societe|startup|affaire ensemble", {}, commitment, big_favour, neg_ask, "Proposer à Julie qu'on monte notre boîte ensemble"},
    {"etre en couple", {}, relationship, declaration, negated, "Demander à Léa d'être en couple"},
    {"se|nous mettre ensemble", {}, relationship, declaration, negated, "Proposer à Sam de se mettre ensemble"},
    {"m|me|nous epouser|epouse|marier|marie", {}, relationship, declaration, negated, "Demander à Léa de m'épouser"},
    {"l|le|la epouser", {}, relationship, declaration, negated, "Ma sœur demande à son copain de l'épouser"},
    {"se|nous marier", {}, relationship, declaration, negated, "Proposer à Sam de se marier"},
    {"demande|demander|demandes|demanderai|demanderais|demandera ~2 en mariage", {}, relationship, declaration, negated, "Demander Léa en mariage"},
    {"fiancailles|fiancer", {}, relationship, declaration, negated, "Parler des fiançailles à Sam"},
    {"se|nous fiance|fiancions|fiancer", {}, relationship, declaration, negated, "Proposer à Jules qu'on se fiance à Noël"},
    // partir et laisser l'autre chercher qui vous remplace : une fin imposée
    {"doit|dois|devra|devras|devez|devrez|faut ~3 trouver|chercher quelque|qqn ~2 autre", {}, commitment, emotional_load, negated, "Dire à mon coloc que je pars en juin et qu'il doit trouver quelqu'un d'autre"},
    {"doit|dois|devra|devras|devez|devrez|faut ~3 trouver|chercher un|une remplacant|remplacante|remplacement", {}, commitment, emotional_load, negated, "Dire à ma coloc que je pars et qu'elle devra trouver une remplaçante"},
    {"sentiments pour", {}, {}, declaration, unguarded, "Dire à Léa que j'ai des sentiments pour elle"},
    {"<en amoureux|amoureuse", {}, {}, declaration, unguarded, "Dire à Sam que je suis amoureuse"},
    {"plus que|qu ~2 ami|amie|amis|amies|amitie|pote|potes|copain|copine|copains", {}, relationship, declaration, unguarded, "Dire à Léa que je veux être plus qu'une amie"},
    {"il|elle|tu me plait|plais", {}, relationship, declaration, unguarded, "Dire à Léa qu'elle me plaît"},
    {"je te|le|la|l aime", {}, {}, declaration, unguarded, "Dire à mon frère que je l'aime"},
    {"je te|le|la|l aime ~3 depuis", {}, relationship, declaration, unguarded, "Dire à Léa que je l'aime depuis le lycée"},
    // a person's own number, asked of them: an approach (a business's number is its job)
    {"demander|demande|redemander son numero", {}, {}, declaration, business, "Demander son numéro à la fille du train"},
    {"son numero [de] [telephone|portable] $", {}, {}, declaration, business, "Demander à ma voisine de table son numéro"},
    {"son|ton|votre numero ~12 revoir|reverrai|revoie|revoir|voir|boire|verre|diner|sortir|rappeler", {}, {}, declaration, negated, "Demander son numéro à Léa pour la revoir"},
    // a number asked in direct speech, for nothing said: an approach
    {"donner|donnerais|donnes|donnez|filer|files|filerais|laisser|laisserais|laisses|laissez ton|votre numero [de] [telephone|portable] !pour|afin|de|d|du|si", {}, {}, declaration, business, "Tu me donnerais ton numéro ?"},
    {"juste toi et moi", {}, {}, declaration, negated, "Proposer un dîner, juste toi et moi"},
    {"tous|toutes les deux ~4 diner|dejeuner|verre|sortir|cine|cinema|resto|restaurant", {}, {}, declaration, negated, "Proposer à Léa qu'on aille tous les deux au resto"},
    {"diner|dejeuner|verre|sortir|cine|cinema|resto|restaurant ~4 tous|toutes les deux", {}, {}, declaration, negated, "Proposer à Sam un dîner tous les deux"},
    {"je suis attire|attiree", {}, relationship, declaration, unguarded, "Dire à Sam que je suis attirée"},
    {"craque|craquer pour|sur", {}, relationship, declaration, unguarded, "Dire à Léa que je craque pour elle"},
    {"un faible pour", {}, relationship, declaration, unguarded, "Avouer à Sam que j'ai un faible pour lui"},
    {"<corriger|remplir|envoyer|deposer|modifier|rectifier|terminer|finir|valider|imprimer|faxer|scanner ma|une declaration !de|d|du|des|fiscale|sinistre|revenus|impots|perte|vol|trimestrielle|annuelle|mensuelle|tva|urssaf|caf|ressources|accident|naissance|douane|revenu|travaux|en|avant|pour|sur|au|aux|papier|rectificative|prealable|prealables", {}, relationship, declaration, unguarded, "Faire ma déclaration à Léa"},
    {"declarer ma flamme", {}, relationship, declaration, unguarded, "Déclarer ma flamme à Sam"},
    {"emmenag*|viv*|habit* ensemble", {}, relationship, emotional_load, negated, "Proposer à Léa de vivre ensemble"},
    {"vivre|habiter|emmenager|installer chez moi|nous", {}, relationship, emotional_load, negated, "Proposer à Sam de vivre chez moi"},
    {"emmenag* ensemble", {}, relationship, emotional_load, negated, "Proposer à Léa d'emménager ensemble"},
    {"m|me installer|installe|emmenager|emmenage|vivre|habiter chez elle|lui|toi|vous|eux|elles", {}, commitment, big_favour, negated, "Demander à Sarah si je peux m'installer chez elle"},
    {"fai*|fass*|avoir|ayons|ait|aie un|des bebe|enfant|enfants|gamin", {}, relationship, emotional_load, negated, "Parler à mon mari d'avoir un enfant"},
    {"rompre|rompt|romps|rupture", {}, relationship, emotional_load, neg_ask, "Annoncer la rupture à Sam"},
    {"arrete|arreter|arretions|arrete|arretes [definitivement] de|d se|nous voir|frequenter", {}, relationship, emotional_load, negated, "Écrire à Julien que je veux qu'on arrête définitivement de se voir"},
    {"arrete|arreter|arretions|finir|finit|terminer|termine notre|cette histoire|relation", {}, relationship, emotional_load, negated, "Dire à Julien que je veux qu'on arrête notre histoire"},
    {"se|nous|on separer|separe|separions|quitter|quitte", {}, relationship, emotional_load, neg_ask, "Proposer à Léa qu'on se sépare"},
    {"separation", {}, relationship, emotional_load, neg_ask, "Parler de séparation à mon mari"},
    {"divorc*", {}, relationship, emotional_load, neg_ask, "Demander le divorce"},
    {"je|j te|le|la|vous quitte|quitterai|quitterais|largue", {}, relationship, emotional_load, negated, "Dire à Sam que je le quitte"},
    {"mettre fin ~3 relation|histoire|couple|mariage|amitie", {}, relationship, emotional_load, neg_ask, "Mettre fin à notre relation"},
    // not a short break: « une pause de cinq minutes », « une pause café »
    {"faire une pause !de|d|cafe|clope|dejeuner|repas|deux|cinq|dix|quinze|vingt|#num", {}, relationship, emotional_load, neg_ask, "Proposer à Sam de faire une pause"},
    {"fini entre nous", {}, relationship, emotional_load, neg_ask, "Dire à Léa que c'est fini entre nous"},
    {"se|nous remettre|remet|remettrait|remettons|remettait ensemble", {}, relationship, emotional_load, negated, "Proposer à mon ex de se remettre ensemble"},
    {"m|me en veut|veux|voulait|voudrait|voulez encore|toujours", {}, {}, emotional_load, close_only, "Demander à ma mère si elle m'en veut encore"},
    {"me|te remettre|remets avec", {}, relationship, emotional_load, negated, "Me remettre avec Julien avant l'été"},
    {"se|nous mettre|mettait|mette|mettions|mettrait ensemble", {}, relationship, declaration, negated, "Et si on se mettait ensemble officiellement ?"},
    {"se|nous marie|marier|marions|mariait|marierait|mariions", {}, relationship, declaration, negated, "Serais-tu d'accord pour qu'on se marie l'an prochain ?"},
    {"le numero de|d ~4 inviter|revoir|diner|sortir|verre", {}, {}, declaration, negated, "Obtenir le numéro de la serveuse pour l'inviter à dîner"},
    {"pause dans notre|leur|votre couple|relation|histoire", {}, relationship, emotional_load, negated, "Demander à Hugo qu'on fasse une pause dans notre couple"},
    {"arrete|arreter|arretons|finir|terminer notre|cette collaboration|partenariat|association", {}, commitment, emotional_load, negated, "Dire à mon associé que j'arrête notre collaboration à la fin du trimestre"},
    {"fermer|ferme|cloturer|cloture mon|notre compte", {}, commitment, {}, neg_ask, "Dire à ma banquière que je ferme mon compte pour partir dans une autre banque"},
    {"pren*|lou*|achet*|trouv*|cherch* ~2 appart|appartement|logement|maison|studio|colocation ~1 ensemble", {}, relationship, emotional_load, negated, "Chercher un appartement ensemble"},
    {"ex ~5 reessayer|recommencer|redonner|retenter|reprendre", {}, relationship, emotional_load, negated, "Demander à mon ex de réessayer"},
    {"plus etre amis|amies|ami|amie|potes", {}, relationship, emotional_load, unguarded, "Dire à Léa qu'on ne peut plus être amies"},
    {"couper|coupe les ponts", {}, relationship, emotional_load, negated, "Couper les ponts avec mon cousin"},
    {"ne plus te|vous|se|nous voir|parler", {}, relationship, emotional_load, unguarded, "Proposer à Sam de ne plus se voir"},
    {"ne viendrai|reviendrai|viendrais|reviendrais|viendra plus", {}, relationship, emotional_load, unguarded, "Dire à ma mère que je ne viendrai plus"},
    {"copain|copine|mari|femme|compagnon|compagne|conjoint|conjointe|fiance|fiancee|ex ~8 pause|distance|break", {}, relationship, emotional_load, negated, "Demander à mon copain de faire une pause"},
    // un tête-à-tête est une approche ; un premier rendez-vous n'engage encore rien
    {"en tete a tete", {}, {}, declaration, negated, "Inviter Léa en tête-à-tête"},
    {"diner|restaurant|verre en tete", {}, {}, declaration, negated, "Proposer un dîner en tête-à-tête"},
    // --- ultimatums
    {"sinon je|j|on|il|elle|tu|nous|vous|ca|ce ~1", {}, ultimatum, ultimatum, unguarded, "Finir le rapport, sinon je pars"},
    // « je quitte la boutique si on n'embauche personne » : partir si l'autre ne cède pas
    {"je|j quitte|pars|arrete|demissionne|demenage ~6 si|s", {}, ultimatum, ultimatum, negated, "Dire à mon associé que je quitte la boutique si on n'embauche personne"},
    {"si|s ~8 , je|j [me|m] [en] vais|pars|quitte|demissionne|arrete", {}, ultimatum, ultimatum, unguarded, "Dire à mon chef : « Si je n'ai pas le télétravail le vendredi, je m'en vais. »"},
    {"sinon ce|c est", {}, ultimatum, ultimatum, unguarded, "Dire à mon coloc de payer le loyer, sinon c'est fini"},
    {"ou alors|bien je|j|on|tu", {}, ultimatum, ultimatum, unguarded, "Dire à mon fils de ranger, ou alors je me fâche"},
    {", ou je|j", {}, ultimatum, ultimatum, unguarded, "Rends-moi la clé, ou je pars"},
    {"<partout|endroit|moment|jour|ville|pays|quartier|magasin|boutique|restaurant|lieu|cafe|bar|resto|hotel|gare|rue|salle|immeuble|maison|appartement|bureau|ecole|table|place|epicerie|boulangerie|club|salon|cinema|demander|savoir|sais|sait|indiquer|montrer|expliquer ou je|j appelle|pars|quitte|demenage|porte|vais|previens|te|le|la|balance|dis|raconte|coupe|arrete|demissionne|rentre|change|casse|me|m|cherche|trouve|prends", {}, ultimatum, ultimatum, unguarded, "Rends-moi la clé ou j'appelle la police"},
    {"soit !#num|vers|a|au|en|demain|ce|cet|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|midi|soir|un|une|chez|par|avec|plutot ~15 soit", {}, ultimatum, ultimatum, unguarded, "Dire à Sam : soit tu viens, soit je pars"},
    {"ce|c est ca ou", {}, ultimatum, ultimatum, unguarded, "Dire à Sam : c'est ça ou je pars"},
    {"ou de|d partir|degager|quitter|demenager", {}, ultimatum, ultimatum, unguarded, "Dire à mon coloc de payer ou de partir"},
    {"ou tu|il|elle|vous pars|part|partez|degages|degage|degagez|sors|sort", {}, ultimatum, ultimatum, unguarded, "Dire à mon coloc : tu paies ou tu pars"},
    {"si|s tu|vous|il|elle|ils|elles ne ~8 pas|plus|jamais ~8 , je|j|on|nous", {}, ultimatum, ultimatum, unguarded, "Dire à Sam : si tu ne viens pas, je pars"},
    {"ou que|qu il|elle|tu|vous|ils ~1 trouve|trouves|parte|partes|degage|degages|quitte|quittes|demenage|demenages|aille|ailles",
     {}, ultimatum, ultimatum, unguarded, "Dire à mon coloc qu'il paie ou qu'il parte"},
    {"derniere chance", {}, ultimatum, ultimatum, unguarded, "Dire à mon fils que c'est sa dernière chance"},
    {"dernier avertissement", {}, ultimatum, ultimatum, unguarded, "Donner un dernier avertissement à mon coloc"},
    {"ultimatum", {}, ultimatum, ultimatum, negated, "Lancer un ultimatum à mon coloc"},
    {"si|s tu|vous|il|elle|ils ne ~5 pas|plus ~4 je|j quitte|pars|demissionne|appelle|porte|arrete|demenage|vais",
     {}, ultimatum, ultimatum, unguarded, "Dire à Sam : si tu ne viens pas je pars"},
    {"si|s tu|vous|il|elle|ils|elles ~6 pas|plus|jamais ~5 je|j|tu|on|nous ~2 plus|jamais", {}, ultimatum, ultimatum, unguarded, "Dire à Léa que si elle ne vient pas, je ne viendrai plus"},
    {"si|s tu|vous|il|elle|ils|elles ~8 <que|qu|quand|lorsque|comme|pendant je|j pars|quitte|demissionne|appelle|porte|demenage|romps|vais|previens|arrete",
     {}, ultimatum, ultimatum, unguarded, "Dire à Sam que s'il ment encore, je pars"},
    {"si|s tu|vous|il|elle|ils|elles ne ~6 pas|plus ~4 , ~6 pas|plus|jamais|rien|quitte|pars|appelle|vire|coupe|dehors|fini|prive|privee|prives",
     {}, ultimatum, ultimatum, unguarded, "Dire à Sam : si tu ne paies pas, tu es dehors"},
    // --- raises and promotions
    {"augmentation !du|des|de|d|le", {}, {}, raise, asked_about, "Demander une augmentation à mon chef"},
    {"augm|augment|aug de|d #num", {}, {}, raise, asked_about, "Demander à mon chef une augm de 15 %"},
    // marchander le loyer ou un gros prix, un long délai
    {"rabais|remise|reduction|ristourne ~3 #num % ~3 loyer|prix|voiture|appartement|maison|salaire", {}, {}, negotiation, asked_about, "Demander au propriétaire un rabais de 20 % sur le loyer"},
    {"revoir|renegocier|rediscuter le|son|ce prix|loyer|tarif|salaire", {}, {}, negotiation, asked_about, "Demander au concessionnaire de revoir le prix de la voiture"},
    {"delai|report|prolongation|rallonge de|d ~1 un|une|deux|trois|quatre|six|#num mois|semaines|ans|an", {}, {}, negotiation, asked_about, "Demander à la banque un délai de six mois"},
    {"participer|contribuer|aider ~3 frais|financer|payer|financement ~3 mariage|etudes|voiture|appartement|maison|permis|voyage|demenagement", {}, {}, big_favour, negated | business, "Demander à mes parents de participer aux frais de mon mariage"},
    {"augmentation de|d #num|salaire|remuneration", {}, {}, raise, asked_about, "Demander une augmentation de 5 %"},
    {"augmentation de|d #amount", {}, {}, raise, asked_about, "Demander à mon chef une augmentation de deux cents euros par mois"},
    {"hausse|augmentation ~3 #num % ~3 tarif|tarifs|prix|taux|salaire|honoraires", {}, {}, negotiation, asked_about, "Annoncer à mon client une hausse de 15 % de mes tarifs"},
    {"mieux paye|payee|payes|payees|remunere|remuneree que moi|nous", {}, {}, confrontation, unguarded, "Demander à ma cheffe pourquoi Léa est mieux payée que moi"},
    {"^ etre moins|plus gene|genee|timide|stresse|stressee|angoisse|angoissee|a", habit, {}, {}, unguarded, "Être moins stressée quand je demande un service"},
    {"me|m donner|donne|confier|confie|proposer|propose le|son poste", {}, {}, promotion, negated, "Demander à mon boss de me donner le poste de Sophie qui part"},
    {"la|le place|poste de|d chef|cheffe|responsable|directeur|directrice|manager|superviseur|superviseuse", {}, {}, promotion, asked_about, "Demander à ma directrice le poste de responsable du magasin"},
    {"hausse|revalorisation de|d salaire|remuneration|paye|paie", {}, {}, raise, asked_about, "Demander une hausse de salaire"},
    {"augmenter|augmente|augmentes|augmentiez ~2 salaire|paye|paie|remuneration|tjm|tarif", {}, {}, raise, asked_about, "Demander à mon chef d'augmenter mon salaire"},
    {"me|m augmenter|augmente", {}, {}, raise, asked_about, "Demander à mon chef de m'augmenter"},
    {"revoir|revoie|revoies|revaloriser|revalorise ~2 salaire|remuneration|paye|paie", {}, {}, raise, asked_about, "Demander à mon chef de revoir mon salaire à la hausse"},
    {"etre augmente|augmentee|augmentes|augmentees", {}, {}, raise, asked_about, "Demander à être augmentée"},
    {"meilleur|gros|nouveau salaire", {}, {}, raise, asked_about, "Demander un meilleur salaire"},
    {"salaire plus eleve|haut|gros", {}, {}, raise, asked_about, "Demander un salaire plus élevé"},
    {"revaloris*", {}, {}, raise, asked_about, "Demander une revalorisation"},
    {"mieux|plus paye|payee|remunere|remuneree", {}, {}, raise, asked_about, "Demander à être mieux payé"},
    {"une prime", {}, {}, raise, asked_about, "Demander une prime"},
    {"#big de plus|supplementaires|supplementaire ~2 par an|mois", {}, {}, raise, asked_about, "Demander 200 € de plus par mois"},
    {"<en promotion !sur|code|codes", {}, {}, promotion, asked_about, "Demander une promotion"},
    {"promu|promue|promouvoir|promeuve", {}, {}, promotion, asked_about, "Demander à être promue"},
    {"nommer|nomme|nommes|nommiez|passer ~2 responsable|chef|cheffe|manager|directeur|directrice|lead|senior|associe|associee|cadre|superviseur",
     {}, {}, promotion, asked_about, "Demander à passer responsable"},
    {"titre|statut|grade|niveau de ~1 senior|cadre|responsable|manager|lead|directeur|directrice", {}, {}, promotion, asked_about, "Demander le titre de senior"},
    {"plus de responsabilites|responsabilite", vague_object, {}, promotion, asked_about, "Demander plus de responsabilités"},
    {"confier|donner|laisser ~3 direction|responsabilite|management|gestion|encadrement|tete", {}, {}, promotion, asked_about, "Demander à mon chef de me confier la direction du projet"},
    {"poste de ~2 responsable|chef|cheffe|manager|directeur|directrice|direction|lead", {}, {}, promotion, asked_about, "Postuler au poste de responsable"},
    {"chef|responsable|manager|poste|directeur|directrice|gerant|gerante|titulaire ~3 a la place de", {}, {}, promotion, asked_about, "Demander à passer chef à la place de Marc"},
    // --- negotiations over lasting stakes
    {"rediscuter|rediscute|revoir|renegocier|renegocie ~3 mon|ma salaire|remuneration|paie|paye", {}, {}, raise, asked_about, "Je souhaiterais qu'on rediscute de mon salaire"},
    {"baisser|baisse|reduire|reduise|diminuer ~2 loyer|loyers|salaire|frais|charges", {}, {}, negotiation, asked_about, "Demander au proprio de baisser le loyer"},
    // des parts d'une entreprise rachetées : une affaire entre associés
    {"racheter|rachete|rachetes|rachat|reprendre|reprenne ~2 parts|part|actions|participation", {}, {}, negotiation, asked_about, "Demander à mon associé de racheter mes parts de la boîte"},
    {"remonter|monter|augmenter|changer|revoir ~2 note|notes|moyenne", {}, {}, negotiation, asked_about, "Demander au prof de remonter ma note"},
    {"quatre|4|trois|3 jours par semaine", {}, {}, negotiation, asked_about, "Demander à travailler quatre jours par semaine"},
    {"#num|quatre|trois|cinq jours payes|paye|payees", {}, {}, negotiation, asked_about, "Demander quatre jours payés cinq"},
    {"meme salaire|paye|paie|remuneration", {}, {}, negotiation, asked_about, "Demander le même salaire"},
    {"passer|passe a|en temps partiel", {}, {}, negotiation, asked_about, "Demander à passer à temps partiel"},
    {"passer|passe a|en mi temps", {}, {}, negotiation, asked_about, "Demander à passer à mi-temps"},
    {"passer|passe a|en #num|quatre|trois jours", {}, {}, negotiation, asked_about, "Demander à passer à quatre jours"},
    {"titularis*|cdi|cdiser", {}, {}, negotiation, asked_about, "Demander un CDI"},
    {"contrat|poste permanent|definitif|fixe", {}, {}, negotiation, asked_about, "Demander un contrat fixe"},
    // --- big favours
    // « je déménage » annoncé n'est pas un service demandé
    {"<je|j|on|nous demenag* !ensemble", {}, {}, big_favour, business, "Demander à mes amis de m'aider à déménager"},
    {"demenag*|partir|install* ~4 ensemble", {}, relationship, emotional_load, negated, "Proposer à Léa de partir ensemble"},
    {"<pour transporter|porter|deplacer|bouger|monter|descendre ~2 meubles|affaires|armoire|piano", {}, {}, big_favour, business, "Demander à mon frère de porter l'armoire"},
    // (a tool lent « pour descendre les cartons » is the asker's own work; two boxes are minutes)
    {"<pour transporter|porter|deplacer|bouger|monter|descendre ~2 <un|deux|2|trois|3|quelques|petits cartons", {}, {}, big_favour, business, "Demander à mon frère de porter les cartons"},
    {"sur|dans leur|son|sa toit|terrasse|jardin|piscine|champ|pre|grange|cour", {}, {}, big_favour, met_in_passing, "Demander au gardien d'en face de me laisser monter sur leur toit"},
    // un lieu privé prêté pour une saison, proche ou non
    {"son|sa|leur|votre|ton|ta garage|cave|grenier|box|parking|cour|jardin|remise|abri ~2 tout|toute|pendant|durant l|le|la|les|cet|cette hiver|ete|annee|mois|saison|automne|printemps|vacances", {}, {}, big_favour, business, "Demander à mon frère de stocker mes cartons dans son garage tout l'hiver"},
    {"#num heures de route|trajet|voiture", {}, {}, big_favour, business, "Demander à Karim de me conduire à Nantes, à 4 heures de route"},
    {"deux|trois|quatre|cinq|six heures de route|trajet|voiture", {}, {}, big_favour, business, "Demander à Karim de me conduire à Bordeaux, à trois heures de route"},
    {"diner|manger|dejeuner|souper ~2 avec eux|elles", {}, {}, big_favour, met_in_passing, "Demander au couple de la table voisine si je peux dîner avec eux"},
    {"inconnu|inconnue|inconnus|inconnues|passant|passante|passants|passantes ~8 monter|porter|descendre|deplacer|transporter ~3 canape|meubles|armoire|frigo|matelas|lit|buffet|commode|cartons|valises", {}, {}, big_favour, unguarded, "Demander à un passant de porter mon canapé"},
    {"tous|toutes mes|nos cartons|meubles|affaires", {}, {}, big_favour, business, "Demander de l'aide pour tous mes cartons"},
    {"aider|aide|aides ~3 repeindre|peindre|renover|travaux|bricoler|construire|vider", {}, {}, big_favour, business, "Demander à mon frère de m'aider à repeindre"},
    {"preparer|rediger|faire|ecrire ma|mon|mes|notre presentation|expose|discours|rapport|memoire|dossier|cv|lettre", {}, {}, big_favour, business, "Demander à mon ami de me préparer ma présentation"},
    {"preparer|rediger|faire|ecrire un|une expose|presentation|discours|rapport|memoire|dossier ~5 pour moi|ma|mon|mes|nous", {}, {}, big_favour, business, "Demander à la maîtresse de préparer un exposé sur le Ramadan pour ma fille"},
    {"refaire|renover|repeindre|isoler|poncer|carreler|vider|debarrasser ~3 toiture|toit|cuisine|salle|appartement|maison|chambre|sol|parquet|jardin|terrasse|cloture|mur|murs|cave|grenier|garage|salon",
     {}, {}, big_favour, business, "Demander à mon père de refaire la cuisine"},
    {"tout le|l|tous week|weekend|samedi|dimanche|mois|ete|apres", {}, {}, big_favour, business | lent, "Demander à mon frère de m'aider tout le week-end"},
    {"garder|surveiller|garde ~2 enfants|enfant|bebe|fils|fille|petits ~3 apres|soiree|journee|nuit|week|matinee", {}, {}, big_favour, business, "Demander à ma sœur de garder les enfants l'après-midi"},
    {"toute la journee|semaine|soiree|nuit|matinee|apres", {}, {}, big_favour, business | lent | ask_sentence, "Demander à Paul de m'aider toute la journée"},
    {"preter|prete|pretes|pretez|preterais|preterait|emprunter|emprunte ~4 voiture|camion|appartement|maison|bateau|camping|moto ~3 pendant|durant|pour|tout|toute ~2 semaine|semaines|mois|week|weekend|ete|vacances|jours",
     {}, {}, big_favour, business, "Demander à mon oncle de me prêter sa voiture pour les vacances"},
    {"pendant|durant ~1 #num|des|plusieurs|quelques|une|deux|trois|un heures|jours|semaines|mois|nuits|semaine|jour|mois",
     {}, {}, big_favour, business | lent, "Demander à ma voisine de garder le chat pendant deux semaines"},
    {"<ouvert|ouverte|ouverts|ouvertes|ferme|fermee|fermes|fermees pendant|durant ~1 les|mes vacances", {}, {}, big_favour, business | lent, "Demander à mon voisin d'arroser pendant les vacances"},
    {"pendant|durant ~3 #num|deux|trois|quatre|six|plusieurs|quelques semaines|mois", {}, {}, big_favour, business | lent | ask_sentence, "Demander à Paul de garder le chien pendant quelques semaines"},
    {"des heures", {}, {}, big_favour, business | ask_sentence, "Demander à Paul de m'aider des heures"},
    {"m|me|nous heberger|heberge|loger|accueillir", {}, {}, big_favour, business, "Demander à ma tante de m'héberger"},
    // une nuit chez une cousine est peu ; des semaines, ou chez un inconnu, non
    {"dormir chez", {}, {}, big_favour, met_in_passing, "Demander au type du bar si je peux dormir chez lui"},
    {"dormir|rester|loger|vivre|habiter chez|avec ~3 pendant|pdt deux|trois|quatre|cinq|six|plusieurs|quelques semaines|mois", {}, {}, big_favour, negated, "Demander à ma sœur si je peux rester chez elle pendant deux mois"},
    {"dormir|rester|loger|vivre|habiter chez|avec ~3 pendant|pdt #num semaines|mois", {}, {}, big_favour, negated, "Demander à ma sœur si je peux rester chez elle pendant 2 mois"},
    {"dormir|rester|loger chez ~3 une|la semaine|quinzaine|mois|ete", {}, {}, big_favour, negated, "Demander à ma tante si je peux rester chez elle une semaine"},
    {"me|m|nous conduire|emmener|amener|deposer ~3 aeroport|roissy|orly|cdg|beauvais", {}, {}, big_favour, business, "Demander à Paul de me conduire à l'aéroport"},
    // une chose gardée une saison, pas un instant : « ton ordi jusqu'à la fin du semestre »
    {"preter|prete|pretes|laisser|laisses|garder|emprunter|passer ~6 jusque|jusqu ~2 fin ~2 semestre|trimestre|annee|ete|saison|examens|partiels|vacances", {}, {}, big_favour, negated, "Demander à Léa si elle peut me prêter sa tablette jusqu'à la fin du trimestre"},
    {"garder|nourrir|arroser|promener|surveiller|occuper ~8 six|deux|trois|quatre|cinq|plusieurs|#num mois", {}, {}, big_favour, negated, "Demander à mon frère s'il peut garder mon chien pendant mon voyage de trois mois"},
    {"me|m|nous conduire|emmener|amener|deposer ~4 tous|toutes|chaque", {}, {}, big_favour, negated, "Demander à Paul de m'emmener à tous les entraînements cette année"},
    {"quitter|sortir|devier [de|d] sa|son ligne|trajet|itineraire|parcours", {}, {}, big_favour, unguarded, "Demander au chauffeur de quitter son trajet pour me déposer chez moi"},
    {"passer|consacrer [toute] le|la|l|son|sa apres|matinee|journee|soiree ~3 a|avec", {}, {}, big_favour, unguarded, "Demander à l'employée de la CAF de passer la matinée à remplir mes papiers avec moi"},
    {"accompagner|accompagnes|accompagnez ~4 entretien|audience|examen|convocation", {}, {}, big_favour, business, "Demander à un voisin de m'accompagner à mon entretien d'embauche"},
    {"refaire|refais|refasse|reprendre toute|tout le|la|l ~2 installation|electricite|plomberie|toiture|peinture|cuisine|salle|jardin|carrelage", {}, {}, big_favour, business, "Demander à mon cousin plombier de refaire toute la plomberie de l'appartement"},
    {"m|me offrir|donner son|sa|ses|leur|leurs|votre|vos ~2 billet|billets|ticket|tickets", {}, {}, big_favour, unguarded, "Demander à un inconnu devant la salle de m'offrir son billet"},
    {"faire|fassiez|fais|fait credit", {}, money, loan, negated, "Demander à l'épicier de me faire crédit jusqu'à vendredi"},
    {"relire|corriger|rediger|ecrire ~3 memoire|these|manuscrit|roman|livre", {}, {}, big_favour, business, "Demander à ma sœur de relire mon mémoire"},
    // des heures de travail, qui que soit la personne
    {"toute|tout la|le|ma|mon|notre compta|comptabilite|dossier|demenagement|site", {}, {}, big_favour, business, "Demander à Paul de faire toute la compta de l'asso"},
    {"remplir|faire ~2 declaration d|de impots|revenus", {}, {}, big_favour, business, "Demander à ma sœur de m'aider à remplir ma déclaration d'impôts"},
    {"faire|remplir|preparer tout|toute ma|mon|mes|notre declaration|compta|comptabilite|dossier|paperasse", {}, {}, big_favour, negated, "Demander à mon beau-frère de faire toute ma déclaration d'impôts ce week-end"},
    {"repousser|reporter|decaler ~5 de|d deux|trois|quatre|plusieurs|#num semaines|mois", {}, {}, negotiation, negated | asked_about, "Pourriez-vous repousser la remise du rapport de trois semaines ?"},
    {"toutes|tous mes|ses|tes permanences|gardes|astreintes|creneaux|services|tournees", {}, {}, big_favour, business, "Pourrais-tu assurer toutes mes permanences du mois de juillet ?"},
    {"corriger|relire|revoir|reprendre|refaire tout|toute mon|ma|le|la code|projet|site|appli|application|tableur|fichier|maquette", {}, {}, big_favour, business, "Tu peux corriger tout mon code du sprint ce week-end ?"},
    {"nous|m|me offrir|payer|financer le|la|les|un|une sejour|voyage|vacances|croisiere|billets|permis|voiture|mariage|ordinateur", {}, {}, loan, negated | business, "Demander à mes beaux-parents de nous offrir le séjour au ski"},
    {"dans sa|son|leur|votre valise|sac|bagage|bagages|coffre", {}, {}, big_favour, met_in_passing, "Demander à un inconnu à l'aéroport de transporter mon colis dans sa valise"},
    {"exiger|exige|exigerai ~6 change|changes|changiez|changer de|d attitude|comportement|ton", {}, {}, change_person, unguarded, "Exiger du conseiller qu'il change d'attitude"},
    {"faire un effort pour etre moins|plus", {}, {}, change_person, unguarded, "Vous pourriez faire un effort pour être moins désagréable ?"},
    {"programme|plan|planning ~4 complet|complete|entier|personnalise|personnalisee", {}, {}, big_favour, business, "Demander à un mec à la salle de m'écrire un programme d'entraînement complet"},
    {"12|15|20|25|30|35|40|45|50|60|70|80|90|100|120|150|200|250|300|400|500|vingt|trente|quarante|cinquante|cent|centaines pages|diapos|diapositives", {}, {}, big_favour, business, "Demander à Léa de relire mes 80 pages"},
    {"monter|assembler|remonter ~3 armoire|meuble|meubles|lit|bureau|etagere|etageres|cuisine|placard|ikea", {}, {}, big_favour, business, "Demander à Paul de m'aider à monter l'armoire"},
    // un service hors du métier : « au pharmacien de regarder mon vélo », « à l'électricien de monter l'armoire »
    // une invitation à quelqu'un croisé : une approche
    {"inviter|invite|invites ~1 a|au diner|dejeuner|restaurant|resto|verre|cine|cinema|boire", {}, {}, declaration, met_in_passing, "Demander à la fille de la salle de sport si je peux l'inviter à dîner"},
    {"juste elle|lui|toi|vous et moi", {}, {}, declaration, negated, "Proposer à Léa un verre, juste elle et moi"},
    {"rien que elle|lui|toi|vous et moi", {}, {}, declaration, negated, "Proposer à Léa un verre, rien qu'elle et moi"},
    {"rien que nous|tous|toutes deux", {}, {}, declaration, negated, "Proposer à Léa un verre, rien que nous deux"},
    {"qui me plait|plaisait", {}, {}, declaration, unguarded, "Demander son numéro à la serveuse qui me plaît"},
    {"te|vous trouve|trouves ~2 mignon|mignonne|belle|beau|charmant|charmante|craquant|craquante|jolie|sexy|canon|magnifique", {}, {}, declaration, negated, "Tu me files ton numéro ? Je te trouve mignonne"},
    {"ton|ta|mon|ma crush|beguin", {}, {}, declaration, negated, "Demander à mon crush s'il veut boire un verre"},
    // une visite ou une table chez quelqu'un croisé, un lieu privé
    {"visiter|voir ~2 cuisine|cuisines|coulisses|jardin|maison|appartement|atelier|cockpit", {}, {}, big_favour, met_in_passing | business, "Demander à un voisin inconnu de me faire visiter son jardin"},
    // the phone, the car, the toilets of someone met in passing (a café's are its service)
    {"utiliser|emprunter|prendre|essayer son|sa|leur|leurs|votre|vos telephone|portable|voiture|velo|ordinateur|ordi|douche|cuisine|toilettes|wc|jardin|piscine|garage|camion|trottinette|scooter|appareil|machine|four|imprimante|tablette|baignoire", {}, {}, big_favour, met_in_passing | business, "Demander à un inconnu si je peux utiliser son téléphone"},
    // un jardin, une maison prêtés pour une fête
    {"jardin|maison|appartement|appart|terrasse|cour|salon ~3 pour mon|ma|notre|une|un|la|le anniversaire|anniv|fete|soiree|mariage|barbecue|bbq|reception", {}, {}, big_favour, business, "Demander aux voisins si on peut utiliser leur jardin pour ma fête"},
    // les toilettes, la douche d'une maison : l'intimité d'un foyer, voisin compris
    {"toilettes|wc|douche|salle de|d sa|son|leur|votre maison|appartement|appart|logement", {}, {}, big_favour, business, "Demander à un passant si je peux utiliser les toilettes de sa maison"},
    {"sonner|frapper chez ~8 utiliser|emprunter ses|leurs|vos toilettes|wc|douche", {}, {}, big_favour, business, "Sonner chez la voisine pour lui demander d'utiliser ses toilettes"},
    // through a stranger's garden: « vous » is someone not close
    {"passer|traverser|couper par votre|vos jardin|cour|propriete|terrain|champ|pre|maison", {}, {}, big_favour, business, "Vous pourriez me laisser passer par votre jardin ?"},
    {"entrer|rentrer chez vous|toi|lui|elle|eux", {}, {}, big_favour, met_in_passing | business, "Bonjour madame, pourrais-je entrer chez vous pour utiliser vos toilettes ?"},
    {"asseoir|abriter|monter|attendre|dormir|rester|installer|reposer|rechauffer|planter|camper ~3 dans|sur sa|son|leur|votre voiture|camion|camionnette|jardin|cour|maison|appartement|piscine|terrasse|balcon|canape", {}, {}, big_favour, met_in_passing | business, "Demander à la dame du parc si je peux m'asseoir dans sa voiture pour me réchauffer"},
    {"traverser|couper [par] son|sa|leur|votre champ|jardin|terrain|cour|propriete|pre|parcelle|verger", {}, {}, big_favour, met_in_passing | business, "Demander au fermier d'à côté, que je connais pas, si je peux traverser son champ avec le quad"},
    {"visiter|voir les cuisines|coulisses|cockpit", {}, {}, big_favour, unguarded, "Demander à visiter les cuisines d'un restaurant"},
    {"je|j|on|nous ~4 a|de leur|sa|son table", {}, {}, big_favour, met_in_passing, "Demander à une famille inconnue si je peux dîner à leur table"},
    {"prendre|boire un verre|cafe|pot", {}, {}, declaration, met_in_passing, "Demander à l'inconnue d'en face si elle veut prendre un verre"},
    // accompagné jusqu'au bout par quelqu'un croisé : son vrai temps
    {"me|m|nous accompagner|accompagnes|accompagnez|raccompagner|raccompagnes|raccompagnez ~4 jusque|jusqu|chez|maison|gare|hotel|musee|hopital|pied", {}, {}, big_favour, met_in_passing, "Demander à un inconnu de m'accompagner à pied jusqu'à la gare"},
    {"me|m|nous emmener|conduire|ramener ~4 voiture|jusque|chez|maison|aeroport|roissy|orly|cdg|beauvais|zaventem|cointrin|vol|avion", {}, {}, big_favour, met_in_passing, "Demander à quelqu'un sur le quai de m'emmener en voiture jusqu'à Grenoble"},
    {"toutes les nuits|soirees|journees ~3 semaine|mois|vacances", {}, {}, big_favour, business, "Demander à ma sœur de dormir à l'hôpital toutes les nuits de la semaine"},
    {"tous les jours|soirs|matins ~3 semaine|mois|trimestre|annee", {}, {}, big_favour, business, "Demander à Léa de garder le chat tous les jours du mois"},
    {"electricien|electricienne ~8 fuite|evier|robinet|plomberie|chaudiere|voiture|velo", {}, {}, big_favour, unguarded, "Demander à l'électricien s'il peut aussi réparer la fuite sous l'évier"},
    // du travail en plus sans le payer ; une chambre côté lac sans supplément n'est qu'un geste
    {"faire|refaire|repeindre|reparer|poser|installer|ajouter|nettoyer|finir|terminer|peindre ~6 sans supplement", {}, {}, big_favour, unguarded, "Demander à l'électricien de refaire le garage sans supplément"},
    {"faire|refaire|repeindre|reparer|poser|installer|ajouter|nettoyer|finir|terminer|peindre ~6 sans frais supplementaires", {}, {}, big_favour, unguarded, "Demander au peintre de faire le couloir sans frais supplémentaires"},
    {"preter|prete|pretes|pretez ~4 appart|appartement|maison|logement|studio|voiture|camping ~4 semaine|semaines|mois|vacances|ete|weekend|aout|juillet", {}, {}, big_favour, business, "Tu me prêtes ton appart pour une semaine en août ?"},
    {"cours particuliers|particulier", {}, {}, big_favour, business, "Demander au prof des cours particuliers gratuits"},
    {"faire|creer|construire|coder mon|ma|notre site|appli|application|logo", {}, {}, big_favour, business, "Demander à Léo de faire mon site"},
    {"inconnu|inconnue|inconnus|inconnues|passant|passante|passants|passantes ~8 preter|pretes|pretez son|sa|ses|leur|votre|ton|ta velo|voiture|scooter|moto|appartement|maison|telephone",
     {}, {}, big_favour, unguarded, "Demander à un passant de me prêter son vélo"},
    {"inconnu|inconnue|inconnus|inconnues|passant|passante|passants|passantes ~8 dejeuner|diner|manger|boire|sortir avec moi|nous", {}, {}, big_favour, unguarded, "Proposer à un inconnu de déjeuner avec moi"},
    {"tout|toute|entier|entiere mon|ma|son|sa|le|la memoire|these|manuscrit|roman|livre|rapport|dossier|site", {}, {}, big_favour, business, "Demander à Paul de relire tout mon rapport"},
    {"passer|sacrifier|donner|consacrer|prendre son|sa|ses|ton|ta|tes|un|une|leur ~1 samedi|dimanche|week|journee|soiree|apres|matinee|vacances|conges", {}, {}, big_favour, business, "Demander à mon frère de passer son samedi à m'aider"},
    {"un|une gros|grand|enorme|immense service|faveur", {}, {}, big_favour, unguarded, "Demander un énorme service à Paul"},
    {"a ma|notre place", {}, {}, big_favour, business | brief, "Demander à Paul d'écrire le rapport à ma place"},
    {"gratuitement|gratos|gratis", {}, {}, big_favour, business, "Demander au peintre de le faire gratuitement"},
    {"preparer|faire|cuisiner|coudre|peindre|construire|fabriquer ~6 gratuitement|gratos|gratis|gracieusement", {}, {}, big_favour, unguarded, "Demander à la pâtissière de me faire gratuitement un gâteau pour la fête"},
    // a visit to the house for free, even by the trade
    {"venir|passer ~8 gratuitement|gratis|gratos", {}, {}, big_favour, unguarded, "Demander au vétérinaire de venir soigner mon chien chez moi dimanche, gratuitement"},
    // work asked on someone's days off
    {"pendant|durant|sur ses|son|tes|ton|vos|votre|leurs|leur jours|jour|vacances|conge|conges|repos|week", {}, {}, big_favour, unguarded, "Demander au gardien de l'immeuble de repeindre mon salon pendant ses jours de congé"},
    {"detour|detours de|d #num km|kilometres|kilometre|bornes", {}, {}, big_favour, business, "Demander à la conductrice du covoiturage de faire un détour de 40 km pour me déposer"},
    {"reinstaller|installer|reparer|nettoyer|repeindre|laver|configurer|vider|poser|monter|accrocher|demonter tous|toutes les|mes|nos", {}, {}, big_favour, business, "Demander à mon cousin informaticien de réinstaller tous les ordinateurs du cabinet ce week-end"},
    {"quelque un ~8 sa|son|leur|votre voiture|camion|maison|appartement", {}, {}, big_favour, unguarded, "Demander à quelqu'un à la station-service de me prêter sa voiture"},
    {"prepares|preparer|prepare|preparez|fais|faire|faites ~2 slides|diapos|diaporama|discours|expose|powerpoint", {}, {}, big_favour, business, "Tu me prépares les slides de ma présentation de lundi ?"},
    {"a l oeil", {}, {}, big_favour, business, "Demander au garagiste de réparer à l'œil"},
    {"rediger|ecrire|preparer|faire ~2 mon|ma|mes discours|memoire|these|dissertation|rapport|cv|devoirs|declaration|comptabilite|site",
     {}, {}, big_favour, business, "Demander à ma sœur de rédiger mon CV"},
    {"me|m|nous donner|donne|offrir|offre|ceder|cede|leguer ~3 voiture|maison|appartement|economies|heritage|terrain", {}, {}, big_favour, business, "Demander à mon oncle de me donner sa voiture"},
    {"se|me porter garant|garante|caution", {}, commitment, big_favour, neg_ask, "Demander à mon père de se porter garant"},
    {"etre|soit mon|ma|notre garant|garante|caution", {}, commitment, big_favour, neg_ask, "Demander à ma tante d'être mon garant"},
    {"cosigner|cautionner", {}, commitment, big_favour, neg_ask, "Demander à mon père de cosigner le bail"},
    {"porter|porte|portes|portiez garant|garante|garants|garantes|caution", {}, commitment, big_favour, neg_ask, "Demander à mon oncle de se porter garant pour mon appartement"},
    {"co signer", {}, commitment, big_favour, neg_ask, "Demander à ma mère de co-signer le bail"},
    {"inconnu|inconnue|inconnus|inconnues|passant|passante|passants|passantes|automobiliste ~8 <ou|comment|quand|quoi argent|conduire|emmener|ramener|payer|acheter|heberger|visiter",
     {}, {}, big_favour, unguarded, "Demander à un inconnu de payer mon café"},
    {"inconnu|inconnue|inconnus|inconnues|passant|passante|passants|passantes|automobiliste ~8 sa|son|leur|votre|en voiture", {}, {}, big_favour, unguarded, "Demander à un inconnu de vous raccompagner en voiture jusqu'à la gare"},
    {"inconnu|inconnue|inconnus|passant|passante|passants ~8 #big", {}, {}, big_favour, unguarded, "Demander à un inconnu de me donner 100 €"},
    {"inconnu|inconnue|inconnus|passant|passante|passants ~8 <le|la|du|au|ligne|bus|tram|numero|quai|voie|porte 12|15|20|25|30|40|50|quinze|vingt|trente|quarante|cinquante !h|heures|minutes|min|secondes|metres|m|km|ans|pour|centimes|cts|ct", {}, {}, big_favour, unguarded, "Demander à un inconnu de me prêter 20 €"},
    {"inconnu|inconnue|inconnus|inconnues|passant|passante|passants|passantes|connais ~12 leur|son|sa|ses jardin|maison|appartement|douche|salle|toilettes|piscine|cour|terrain|canape|cuisine", {}, {}, big_favour, unguarded, "Demander à une passante si je peux utiliser sa douche"},
    {"inconnu|inconnue|inconnus|inconnues|passant|passante|passants|passantes|connais ~12 chez lui|elle|eux|elles", {}, {}, big_favour, unguarded, "Demander à un inconnu si je peux dormir chez lui"},
    {"inconnu|inconnue|inconnus|inconnues|passant|passante|passants|passantes ~12 dejeuner|diner|manger|boire|dine|dejeune|mange ensemble", {}, {}, big_favour, unguarded, "Demander à une inconnue si on peut dîner ensemble"},
    {"sa|ta|votre|leur voiture|maison|appartement|camionnette|moto|bateau [pour|pendant] ~1 le|la|tout|toute|une|deux|trois|les week|semaine|mois|nuit|vacances|ete", {}, {}, big_favour, business, "Demander au voisin sa voiture pour le week-end"},
    // couture ou repassage demandés à qui n'en fait pas métier
    {"me|m|nous faire visiter", {}, {}, big_favour, business, "Demander à un passant de me faire visiter le quartier"},
    {"preter|emprunter|prete ~3 voiture|camion|appartement|maison", {}, {}, unclear, business, "Demander à mon frère de me prêter sa voiture"},
    // --- confrontations and reproaches
    {"pourquoi tu|vous|elle|ils|elles ~5 pas|jamais|plus|rien", {}, {}, confrontation, unguarded, "Pourquoi tu ne m'appelles jamais ?"},
    // un reproche en forme de question : « C'est si dur de ... ? »
    {"ce est [vraiment] si|trop|tellement|vraiment dur|difficile|complique", {}, {}, confrontation, unguarded, "C'est si dur de ranger tes chaussures ?"},
    {"ce|est est|ce normal que|qu tu|vous", {}, {}, confrontation, unguarded, "C'est normal que tu rentres à 2 h sans prévenir ?"},
    {"pour une fois", {}, {}, confrontation, unguarded, "Tu pourrais pour une fois me prévenir ?"},
    {"comme tout le monde", {}, {}, confrontation, unguarded, "Tu pourrais prévenir comme tout le monde ?"},
    // pourquoi une personne a décidé contre moi : un reproche (une entreprise explique les siennes)
    {"pourquoi ~5 a|ont|avez|as supprime|supprimee|annule|annulee|refuse|refusee|retire|retiree|coupe|coupee|ferme|fermee|exclu|exclue|ignore|ignoree|ecarte|ecartee", {}, {}, confrontation, business, "Demander au micro pourquoi le maire a supprimé la navette"},
    // « pour changer ? » : un reproche
    {"pour changer ?", {}, {}, confrontation, unguarded, "Tu pourrais ranger tes affaires, pour changer ?"},
    // that someone be replaced or punished: a charge against them, whoever hears it
    {"que|qu ~4 soit|soient|sois remplace|remplacee|remplaces|renvoye|renvoyee|vire|viree|licencie|licenciee|sanctionne|sanctionnee|puni|punie|exclu|exclue|destitue|destituee", {}, {}, confrontation, unguarded, "Demander à la réunion que le trésorier soit remplacé"},
    {"ca|cela fait ~3 que je|j attends", {}, {}, confrontation, unguarded, "Rends-moi les sous, ça fait un an que j'attends"},
    {"rends|rendre|rembourse|rembourser ~2 enfin", {}, {}, confrontation, unguarded, "Rends-moi enfin les sous"},
    {"faire un|des effort|efforts $", vague_object, {}, change_person, close_only, "Tu pourrais faire un effort."},
    {"fais|fasses|faites un|des effort|efforts $", vague_object, {}, change_person, close_only, "Tu fais un effort."},
    {"faire un|des effort|efforts pour|sur|avec", {}, {}, change_person, close_only, "Tu pourrais faire un effort pour la vaisselle ?"},
    {"me|m|nous respectes|respectiez|comprennes|acceptes|aimes|ecoutes [plus|davantage|enfin] $", vague_object, {}, change_person, close_only, "Je veux que tu me respectes."},
    {"^ on se revoit|reverra|reverrait|refait ?", {}, {}, declaration, negated, "On se revoit ? J'ai adoré la soirée avec toi"},
    {"est ce [vraiment] si|trop|tellement|vraiment dur|difficile|complique", {}, {}, confrontation, unguarded, "Est-ce si dur de ranger tes chaussures ?"},
    {"est ce trop demander", {}, {}, confrontation, unguarded, "Est-ce trop demander de fermer la porte ?"},
    {"combien de fois ~4 dire|demander|repeter|redire|rappeler", {}, {}, confrontation, unguarded, "Combien de fois je dois te le dire ?"},
    {"pourquoi tu|vous|il|elle|ils|elles ~2 toujours|jamais", {}, {}, confrontation, unguarded, "Pourquoi tu es toujours en retard ?"},
    // une grosse somme réclamée à quelqu'un : pas de dette, mais un enjeu
    // (une somme due depuis longtemps, réclamée : « les 800 € qu'il me doit depuis mars »)
    {"#big ~4 que|qu il|elle|tu|vous|ils|elles me|m|nous doit|dois|doivent|devez ~2 depuis", {}, {}, loan, neg_ask | business, "Demander à Julien les 800 € qu'il me doit depuis mars"},
    {"reclamer|reclame|reclames ~4 #big", {}, {}, loan, neg_ask | business, "Réclamer à Julien les 800 € du voyage"},
    {"enfin ~4 #big", {}, {}, loan, neg_ask | business, "Demander à Max de me rendre enfin les 250 €"},
    {"qui n|ne arrete|arretent pas de|d", {}, {}, confrontation, unguarded, "Demander sur le groupe qui n'arrête pas de claquer la porte"},
    {"^ tu|vous _ vraiment", {}, {}, confrontation, unguarded, "Vous surveillez vraiment les enfants ?"},
    {"est ce que|qu tu|vous _ vraiment", {}, {}, confrontation, unguarded, "Est-ce que tu écoutes vraiment ?"},
    {"me|m|nous dois|doit|devez toujours|encore ~2 #big", {}, {}, loan, neg_ask | business, "Tu me dois toujours 200 € depuis mars"},
    {"tu|vous comptes|comptez me|m|nous rembourser|rendre|payer", {}, {}, confrontation, negated, "Tu comptes me rembourser quand ?"},
    {"contester|conteste|protester|proteste|opposer|oppose", {}, {}, confrontation, negated | asked_about, "Prendre la parole au conseil municipal pour contester le projet"},
    {"est|sont|etait injuste|injustes|scandaleux|scandaleuse|inadmissible|honteux|honteuse", {}, {}, confrontation, unguarded, "Répondre à tous que la nouvelle prime est injuste"},
    {"toujours moi qui|que", {}, {}, confrontation, unguarded, "Pourquoi c'est toujours moi qui range ?"},
    {"comment ca se fait que|qu ~4 toujours|jamais", {}, {}, confrontation, unguarded, "Comment ça se fait que je paie toujours ?"},
    {"pourquoi il|elle|ils|elles|tu|vous ~4 me|m|mon|ma|mes|moi|nous|notre|nos", {}, {}, confrontation, close_only, "Demander à Paul pourquoi il m'évite"},
    {"pourquoi il ne !y ~4 pas|jamais|plus|rien", {}, {}, confrontation, unguarded, "Demander à Paul pourquoi il ne répond pas"},
    {"pourquoi personne|aucun|aucune ~3", {}, {}, confrontation, unguarded, "Demander pourquoi personne ne m'a prévenu"},
    {"pourquoi ~4 pas|jamais ~3 invite|invitee|prevenu|prevenue|informe|informee|consulte|consultee|inclus|incluse|paye|payee|remercie|remerciee", {}, {}, confrontation, unguarded, "Demander pourquoi je n'ai pas été invitée"},
    {"pourquoi ~5 encore faux|fausses|fausse|faux|rate|ratee|oublie|oubliee|retard|casse|cassee|fini|finie|pas|vide|sale", {}, {}, confrontation, close_only, "Demander à Greg pourquoi ses chiffres sont encore faux"},
    {"pourquoi il|elle|ils|elles|tu|vous ~2 toujours|constamment", {}, {}, confrontation, unguarded, "Demander à Léa pourquoi elle part toujours tôt"},
    {"pourquoi le|la|les|l|mon|ma|mes|son|sa|ses|notre|leur _ ~1 toujours|constamment|sans", {}, {}, confrontation, close_only, "Demander pourquoi mon chef refuse toujours"},
    {"s|se attribue|attribuer|attribuait|attribuent|approprie|approprier|appropriait ~2 mon|ma|mes|notre|nos|le|la|les|l travail|travaux|idee|idees|merite|boulot|projet|succes|resultats|dossier|code",
     {}, {}, confrontation, unguarded, "Demander à Marc pourquoi il s'attribue mon travail"},
    {"tire|tirer|tirait la couverture", {}, {}, confrontation, unguarded, "Demander à Marc pourquoi il tire la couverture à lui"},
    {"pourquoi il|elle|ils|elles|tu|vous ~2 sans cesse", {}, {}, confrontation, unguarded, "Demander à Paul pourquoi il m'interrompt sans cesse"},
    {"critiquer|critique|critiques|critiquent|critiquait|critiquais", {}, {}, confrontation, negated, "Demander à mon chef de ne pas critiquer mon travail"},
    {"pourquoi son|sa|ses|mon|ma|mes|ton|ta|tes|leur _ ~5 pas|jamais", {}, {}, confrontation, business, "Demander pourquoi mon chef ne répond jamais"},
    {"pourquoi le|la|les voisin|voisine|voisins|proprio|proprietaire|gardien|gardienne|syndic|coloc|colloc|colocataire ~6 pas|jamais", {}, {}, confrontation, unguarded, "Demander pourquoi le voisin du 2e ne trie jamais ses poubelles"},
    // a member voted out, a public charge against someone
    {"exclusion|exclure|destitution|destituer|revocation|revoquer", {}, {}, confrontation, negated, "Demander en AG de l'asso qu'on vote l'exclusion du trésorier"},
    // what is done to one's child or to oneself, to stop
    {"arreter|arrete|arretez|cesser|cesse|cessez de|d le|la|les|me|m|nous|l|lui gronder|punir|crier|humilier|engueuler|rabaisser|interrompre|ignorer|moquer|insulter", {}, {}, change_person, negated, "Demander à la maîtresse de Léo d'arrêter de le punir devant toute la classe"},
    {"tu|t|vous as|avez encore oublie", {}, {}, confrontation, unguarded, "Tu as encore oublié d'appeler le plombier ?"},
    // « arrêter de crier » sans personne visée : un bruit, un changement demandé seulement à un proche
    {"arreter|arrete|arretez|cesser|cesse|cessez de|d gronder|punir|crier|humilier|engueuler|rabaisser|interrompre|ignorer|moquer|insulter", {}, {}, change_person, close_only, "Demander à mon frère d'arrêter de crier au téléphone"},
    {"changer|change|changes [completement|radicalement|vraiment] de frequentations|amis|copains|vie|caractere|comportement|attitude", {}, {}, change_person, close_only, "Demander à mon ado de changer complètement de fréquentations"},
    // a payment stopped until the other acts: an ultimatum, and a conflict
    {"ne|n paierai|payerai|verserai|reglerai plus", {}, ultimatum, confrontation, unguarded, "Écrire à la propriétaire que je ne paierai plus le loyer tant que la fuite ne sera pas réparée"},
    {"pourquoi ~6 copie|copies|copiee|plagie|sabote|dénigre|denigre|menti|ment|mens|mentir|cache|caches|cachee|vole|voles|volee|pique|empoche|empoches|trahi|trahie|ignore|ignores|ignorer|triche|exclu|exclue|humilie|humiliee|moque|insulte|insultee|snobe|crie|engueule|lache|largue|balance|critique|attribue|approprie|favorise|privilegie|chouchoute|rabaisse",
     {}, {}, confrontation, unguarded, "Demander à Marc pourquoi il a copié mon rapport"},
    // « je me sens nul » parle de soi, pas de l'autre
    {"<sens|sentie|senti|trouver|trouve|trouvera|trouves|suis|sommes|serais|etre nul|nulle|nuls|nulles !part", {}, {}, confrontation, negated, "Dire à Paul que son plan est nul"},
    {"<ce|trop|etre|peu bacle|baclee|bacles|baclees|mediocre|catastrophique|inadmissible|inacceptable|honteux|honteuse|scandaleux|incompetent|incompetente|paresseux|paresseuse|faineant|faineante|irrespectueux|irrespectueuse|impoli|impolie|grossier|grossiere|lamentable|malhonnete|egoiste|hypocrite|minable",
     {}, {}, confrontation, negated, "Dire au plombier que son travail est bâclé"},
    {"ne importe quoi", {}, {}, confrontation, unguarded, "Dire à Paul que c'est n'importe quoi"},
    {"ton|ta|tes|son|sa|ses|leur|leurs|votre|vos _ ~1 est|etait|sont|etaient [vraiment|trop|super|completement|hyper|tellement|carrement] degoutant*|degueu*|immonde|immondes|infect|infecte|horrible|horribles|nul|nulle|nuls|nulles|moche|moches|ridicule|ridicules|rate|ratee|pourri|pourrie|catastroph*|lamentable|ennuyeux|ennuyeuse|chiant|chiante|insupportable*|imbuvable*|con|conne|idiot|idiote|bete|stupide|penible|odieux|odieuse|toxique|toxiques|malsain*",
     {}, {}, confrontation, negated, "Dire à Paul que son gâteau est vraiment immonde"},
    {"mal ecrit|ecrite|ecrits|redige|redigee|organise|organisee|range|rangee|foutu|foutue", {}, {}, confrontation, negated, "Dire à Paul que le mail est mal écrit"},
    {"pourquoi ~5 toujours|jamais|constamment ~1 aussi|si|autant|tellement", {}, {}, confrontation, unguarded, "Demander pourquoi tu es toujours aussi froid"},
    {"est|etait une catastrophe|blague|honte", {}, {}, confrontation, unguarded, "Dire que la réunion était une catastrophe"},
    {"mal fait|faite|faits|foutu", {}, {}, confrontation, unguarded, "Dire au peintre que le mur est mal fait"},
    {"accuser|accuse|reprocher|reproche|reproches|engueuler|recadrer|confronter|sermonner", {}, {}, confrontation, negated, "Accuser mon coloc de mentir"},
    {"degage|degagez|degager", {}, {}, confrontation, unguarded, "Dire à mon coloc : dégage"},
    {"et pas moi", {}, {}, confrontation, unguarded, "Demander pourquoi Marc a eu la prime et pas moi"},
    {"plutot que moi", {}, {}, confrontation, unguarded, "Demander pourquoi on a choisi Marc plutôt que moi"},
    {"a la place de moi", {}, {}, confrontation, unguarded, "Demander pourquoi Marc est parti à la place de moi"},
    {"crier|crie|hurler|hurle sur|contre", {}, {}, confrontation, unguarded, "Demander à mon père d'arrêter de crier sur moi"},
    {"a|as|ont|avez|avait menti|triche|vole|trahi", {}, {}, confrontation, unguarded, "Dire à Paul qu'il a menti"},
    {"casse|tais toi", {}, {}, confrontation, unguarded, "Dire à mon frère : tais-toi"},
    {"<heure|quand|comment|pourquoi|ou|qui|il|elle|on|ca|magasin|boutique|piscine|poste|ai|as|a|avez|avons|bien|j ferme la", {}, {}, confrontation, unguarded, "Dire à mon frère : ferme-la"},
    {"ta|sa|votre|leur faute", {}, {}, confrontation, unguarded, "Dire à Paul que c'est sa faute"},
    {"se|s expliquer|justifier", {}, {}, confrontation, negated, "Demander à Paul de s'expliquer"},
    {"rendre des comptes", {}, {}, confrontation, unguarded, "Demander à mon chef de rendre des comptes"},
    {"dire|dit|dis|raconte|raconter|racontes|raconteraient|racontent des|ces choses|trucs|horreurs|mensonges|saletes sur moi|nous", {}, {}, confrontation, unguarded, "Demander à Paul pourquoi il dit des choses sur moi"},
    {"de|d se|s excuser", {}, {}, confrontation, unguarded, "Demander à Paul de s'excuser"},
    {"des excuses", {}, {}, confrontation, unguarded, "Demander des excuses à Paul"},
    {"se plaindre|plaindre de lui|elle|son|sa|ses|mon|ma", {}, {}, confrontation, unguarded, "Se plaindre de lui au directeur"},
    {"vole|volent|volait|ment|mentent|mentait|triche|trichent", {}, {}, confrontation, unguarded, "Dire à mon chef que Marc ment"},
    {"detourne|detournee|detourner|detournement|escroqu*|arnaqu*|empoche", {}, {}, confrontation, unguarded, "Dire au patron que Marc détourne de l'argent"},
    // « il pique dans la caisse » accuse ; « je peux te piquer ton stylo ? » emprunte
    {"<te|vous|t pique|piquer !nique|un|une|ton|ta|tes|votre|vos", {}, {}, confrontation, unguarded, "Dire au patron que Julie pique dans la caisse"},
    {"dans mon|son|leur dos", {}, {}, confrontation, unguarded, "Demander pourquoi ils parlent dans mon dos"},
    {"pourquoi je|j ai|suis ~2 ecarte|ecartee|exclu|exclue|oublie|oubliee|ignore|ignoree|vire|viree|remplace|remplacee|zappe|zappee",
     {}, {}, confrontation, close_only, "Demander pourquoi j'ai été écartée"},
    {"pourquoi ~6 oublie|oubliee|oublies|oubliees|zappe|zappee|zappes|zappees|ecartes|ecartees|exclus|exclues", {}, {}, confrontation, unguarded, "Demander au PDG pourquoi mon service a été oublié dans les primes"},
    {"pourquoi c|ce ~1 toujours|jamais moi|nous", {}, {}, confrontation, close_only, "Demander à ma cheffe pourquoi c'est toujours moi qui fais les comptes rendus"},
    {"pourquoi je|j ~2 toujours|jamais celui|celle|le|la|seul|seule|premier|premiere|dernier|derniere|coince|coincee", {}, {}, confrontation, close_only, "Demander à mon chef pourquoi je suis toujours celui qui reste tard"},
    {"pourquoi je|j dois|devrais|fais|paie|paye|range|nettoie ~1 toujours", {}, {}, confrontation, close_only, "Demander à mon coloc pourquoi je dois toujours sortir les poubelles"},
    // a reproach said as a verdict on the work: « il note n'importe comment », « faire enfin son travail »
    {"ne|n importe comment", {}, {}, confrontation, negated, "Dire au prof de maths qu'il note n'importe comment"},
    {"faire|fasse|fassent|fais|faites [enfin] son|ton|leur|votre travail|boulot|job [enfin] correctement|serieusement|enfin", vague_object, {}, confrontation, unguarded, "Demander à la CAF de bien vouloir enfin faire son travail correctement"},
    {"devrait|devrais|devriez|devraient revoir|changer sa|ta|votre|leur methode|facon|manière|maniere|attitude|comportement", {}, {}, change_person, unguarded, "Dire au prof qu'il devrait revoir sa méthode"},
    {"que|qu il|elle|ils|elles|tu|vous admette|admettes|admettent|admettiez|reconnaisse|reconnaisses|reconnaissent|avoue|avoues|avouent", {}, {}, confrontation, unguarded, "Exiger de Sophie qu'elle admette que le dossier, c'est moi qui l'ai monté"},
    {"avoue|avouer|avouent|admette|admettre|reconnaisse|reconnaitre ~2 avoir", {}, {}, confrontation, unguarded, "Demander sur le groupe Facebook du quartier que le voisin du 3e avoue avoir rayé ma voiture"},
    {"fais|faites|fait expres", {}, {}, confrontation, unguarded, "Tu le fais exprès de ne jamais lire mes mails ?"},
    {"fait|fais|font|faites mal son|ton|leur|votre travail|boulot|job", {}, {}, confrontation, unguarded, "Demander qui d'autre trouve que la maîtresse fait mal son travail"},
    {"il|elle|tu|vous favorise|favorises|favorisez|privilegie|privilegies|privilegiez ~2 toujours|les", {}, {}, confrontation, unguarded, "Dire à mon chef, devant toute l'équipe, qu'il favorise toujours les mêmes"},
    {"je|j sais ~2 que ce|c est vous|toi|lui|elle|eux", {}, {}, confrontation, unguarded, "Pourriez-vous arrêter de laisser vos sacs devant ma porte ? Je sais très bien que c'est vous."},
    {"reconnaitre|admettre|avouer ~4 tort|torts|faute|erreur|menti|trompe", {}, {}, confrontation, unguarded, "Demander à Paul de reconnaître son erreur"},
    {"va|vas|vont|allez|compte|comptes|comptez|comptent un jour", {}, {}, confrontation, unguarded, "Demander au propriétaire s'il compte un jour réparer le chauffage"},
    {"ne paie|paye|payent|paient pas", {}, {}, confrontation, unguarded, "Demander pourquoi le client ne paie pas"},
    // --- heavy emotional stakes
    {"me|m|nous|lui pardonner|pardonne|pardonnes", {}, {}, emotional_load, unguarded, "Demander à ma sœur de me pardonner"},
    {"pense|penses|pensez|pensent|pensait ~3 de|sur mon|ma|notre copain|copine|mari|femme|compagnon|compagne|couple|relation|poids|corps|famille|mariage",
     {}, {}, emotional_load, unguarded, "Demander à ma mère ce qu'elle pense de mon copain"},
    {"pardonne|pardonnez moi", {}, {}, emotional_load, unguarded, "Dire à Léa : pardonne-moi"},
    {"pourquoi ~4 quitte|quittee|abandonne|abandonnee|aime|aimee", {}, {}, emotional_load, unguarded, "Demander à mon père pourquoi il a quitté maman"},
    {"mon|ma|notre|son|sa poids|enfance|maladie|cancer|depression|deuil|divorce|fausse|liaison|infidelite",
     {}, {}, emotional_load, unguarded, "Parler de mon enfance à ma mère"},
    {"me|m|te|t|le|la|l a|as|ont trompe|trompee", {}, {}, emotional_load, unguarded, "Demander à mon mari s'il m'a trompée"},
    {"infidele|infidelite", {}, {}, emotional_load, unguarded, "Demander à Sam s'il a été infidèle"},
    {"mon|ma|mes ex !collegue|collegues|patron|patronne|chef|cheffe|coloc|voisin|voisine|employeur|boss|manager|prof|boite|entreprise", {}, {}, emotional_load, unguarded, "Demander à mon ex de me rendre mes livres"},
    {"me sens|sentie|senti blesse|blessee|humilie|humiliee|rabaisse|rabaissee|trahi|trahie|meprise|meprisee|invisible|ignore|ignoree", {}, {}, emotional_load, negated, "Quand tu soupires, je me sens blessée"},
    // une grosse somme prêtée l'an dernier, réclamée
    {"#big ~6 prete|pretes|pretee|avance|avances ~4 l an|annee dernier|derniere|passe|passee", {}, {}, loan, neg_ask | business, "Demander à mon cousin les 1500 € que je lui ai prêtés l'an dernier"},
    // un virement demandé, à rembourser : un prêt
    // (sa part d'une addition, elle, est due : « pour ta part de la pizza »)
    {"me|m faire|fais|ferais un virement de #big !pour", {}, money, loan, negated, "Tu peux me faire un virement de 800 € ?"},
    {"me|m faire|fais|ferais un virement de #big pour !ta|votre|sa|leur", {}, money, loan, negated, "Tu peux me faire un virement de 800 € pour le loyer ?"},
    // un délai pour payer le loyer : une négociation sur l'argent dû
    {"delai|report ~4 pour payer|regler ~2 loyer|credit|facture", {}, {}, negotiation, negated, "Demander au propriétaire une semaine de délai pour payer le loyer"},
    // un gros prêt, même d'une banque, reste une dette lourde
    {"pret|credit|emprunt de #large", {}, {}, loan, negated, "Demander à la banque un prêt de 15 000 €"},
    // le vélo ou la voiture d'un inconnu qu'on vouvoie, pour des heures
    {"preter|pretez votre|vos velo|voiture|moto|scooter|appartement|maison|camion", {}, {}, big_favour, negated, "Vous pourriez me prêter votre vélo pour l'après-midi ?"},
    // des heures de garde d'enfant
    {"garder|surveiller ~2 fille|fils|enfants|enfant|bebe|petit|petite|petits ~4 de|des #num h", {}, {}, big_favour, business, "Demander à un parent de garder ma fille de 13 h à 19 h"},
    {"therapie|conseiller|conseillere conjugale|conjugal|familiale", {}, {}, emotional_load, unguarded, "Proposer une thérapie conjugale à mon mari"},
    {"therapie|conseiller|conseillere de couple", {}, {}, emotional_load, unguarded, "Proposer une thérapie de couple à mon mari"},
    {"deces|enterrement|funerailles|heritage|succession", {}, {}, emotional_load, asked_about | told_before, "Parler de l'héritage avec mon frère"},
    // --- familles trouvées dans le lot aveugle 16 (un examen mêlé)
    {"pour que|qu je|j|on|nous [le|la|les|l] signe|signions", {}, commitment, {}, negated, "Demander à l'agence de m'envoyer le bail pour que je le signe ce soir"},
    {"accepter|accepte|valider|valide ~4 devis|offre|proposition ~6 #big", {}, money, {}, negated, "Appeler le plombier pour accepter son devis à 2 300 €"},
    {"s|nous associer|associe|associions|associons", {}, commitment, negotiation, negated, "Proposer à Léa qu'on s'associe pour reprendre sa boutique"},
    {"reparer|arranger|depanner ~3 velo|chaine|voiture|ordi|ordinateur|telephone|robinet|evier|pneu|chaudiere", {}, {}, big_favour, met_in_passing | business, "Demander à un touriste de réparer la chaîne de mon vélo"},
    {"au lieu de|d debarquer|deboucher|arriver|passer|venir|crier|hurler", {}, {}, change_person, close_only, "Demander à ma belle-mère d'appeler au lieu de débarquer"},
    {"ce est trop te|vous demander", {}, {}, confrontation, unguarded, "C'est trop te demander de prévenir ?"},
    {"toute ma|ta|sa journee|semaine|soiree|nuit|garde", {}, {}, big_favour, business | lent | ask_sentence, "Tu pourrais me remplacer sur toute ma journée de garde ?"},
    {"garder|surveiller ~3 deux|trois|quatre|#num semaines|mois", {}, {}, big_favour, business | lent, "Demander à une voisine de garder mon chien deux semaines"},
    // --- familles trouvées dans le lot aveugle 14 (les styles inattendus)
    {"upgrade|hausse|revalorisation|augmentation ~3 package|salaire|remuneration|paie|paye", {}, {}, raise, asked_about, "Demander au boss un upgrade de mon package salarial"},
    {"move|mutation|demenagement|transfert ~3 definitif|definitive|definitivement", {}, job, negotiation, neg_ask, "Demander aux RH un move définitif au bureau de Londres"},
    {"bosser|travailler|aider ~6 tous les soirs|jours|samedis|dimanches|week", {}, {}, big_favour, business, "Demander à la team de bosser sur mon projet tous les soirs"},
    {"refaire|reprendre|corriger|faire|preparer mes|les slides|diapos|diapositives|presentation|rapport", {}, {}, big_favour, business, "Demander à l'équipe de refaire mes slides"},
    {"pour|sur les ~1 #num|deux|trois|six|douze|dix ans|annees|mois a venir|prochains|prochaines", {}, commitment, {}, neg_ask, "Demander à rejoindre le projet pour les deux ans à venir"},
    {"pret|credit immobilier", {}, commitment, loan, neg_ask, "Demander à ma banquière de signer le prêt immobilier"},
    {"mettre fin a|au mon|ma contrat|emploi|cdi|cdd", {}, job, emotional_load, negated, "Demander aux RH de mettre fin à mon contrat"},
    {"rupture conventionnelle", {}, job, emotional_load, negated, "Demander une rupture conventionnelle à ma cheffe"},
    {"devenir|etre mon|ma associe|associee", {}, commitment, negotiation, negated, "Proposer à Priya de devenir mon associée"},
    {"pourquoi je|j|on ~3 jamais|toujours", {}, {}, confrontation, unguarded, "Demander au coach pourquoi je ne suis jamais titulaire"},
    // --- familles trouvées dans le lot aveugle 15 (les registres)
    {"prete|pretes|preter|pretez|avancer|avances|avance ~3 billet|billets de|d vingt|cinquante|cent|deux", {}, money, loan, negated, "Tu me prêtes un billet de vingt ?"},
    {"taxer|taxes|taxe|taper|tapes ~3 #big", {}, money, loan, negated, "Je peux te taxer 300 balles ?"},
    {"avancer|avances|avance|preter|prete|pretes ~2 l|un|le|mon|ton equivalent|smic|loyer|salaire", {}, money, loan, negated, "Je vous serais reconnaissant de m'avancer l'équivalent d'un SMIC"},
    {"mets|met|mettre|mettrais|ajoute|ajouter|inscrire|inscris ~2 nom ~2 bail|contrat|compte", {}, commitment, emotional_load, neg_ask, "Ça te saoule si je mets mon nom sur le bail ?"},
    {"arreter|arrete|arretions de|d se|nous voir", {}, relationship, emotional_load, negated, "Ça te saoule si on arrête de se voir ?"},
    {"faire|prendre une pause ~2 nous|couple|relation", {}, relationship, emotional_load, negated, "Proposer à Sam de faire une pause dans notre couple"},
    {"lache|lacher|lâche|quitte|quitter|arrete|arreter ~1 la|ma|mes|l fac|etudes|ecole|lycee|master|these", {}, job, emotional_load, negated, "Dire à papa que je lâche la fac"},
    {"deviennes|devienne|deveniez|devenir quelque un de plus|moins", vague_object, {}, change_person, close_only, "Il faudrait que tu deviennes quelqu'un de plus organisé"},
    {"tu|vous pourrais|pourriez|peux|pouvez devenir [un] [peu] plus|moins", {}, {}, change_person, unguarded, "Tu pourrais devenir un peu plus chaleureux avec ma famille en général ?"},
    {"tu|vous ~3 devenir|deviennes|deveniez quelque un de|d", {}, {}, change_person, unguarded, "Est-ce que tu pourrais enfin devenir qqn de fiable ?"},
    {"change|changes|changer|changiez|changent [completement|vraiment] sa|ta|votre|leur facon|maniere de|d", {}, {}, change_person, unguarded, "Exiger du prof de maths qu'il change sa façon de noter ma fille"},
    {"changes|change|changer|changiez|changent [completement|vraiment|un] [peu] ta|sa|votre|leur facon|maniere|mode de vivre", vague_object, {}, change_person, close_only, "Il faut que tu changes complètement ta façon de vivre ici"},
    {"inconnu|inconnue|inconnus|passant|passante|croise|croisee ~14 pour|toute|tout la|le semaine|week|journee|mois|nuit", {}, {}, big_favour, unguarded, "Demander à un inconnu de me prêter son passe pour la semaine"},
    {"adopter|adopte|adoptons ~3 chien|chat|chiot|chaton|enfant", {}, commitment, {}, negated, "On adopte un chien ensemble ce week-end ?"},
    {"repartir|repartisse|repartissions|partager|partage ~3 loyer|charges ~2 autrement|differemment", {}, commitment, negotiation, negated, "Tu veux bien qu'on répartisse le loyer autrement ?"},
    {"12|15|20|25|30|35|40|45|50|60|70|80|90|100|120|150|200|vingt|trente|quarante|cinquante|cent pages|slides|diapos|diapositives|feuillets", {}, {}, big_favour, business, "Tu pourrais relire ma présentation de 40 slides ?"},
    {"me|m payer|paie|paye|offrir|offre|financer|finance ~3 permis|voiture|voyage|etudes|appart|formation|vacances|loyer|master", {}, {}, big_favour, negated | business, "Demander à mes parents de me payer le permis"},
    {"me|m paie|paye|payer|finance|financer|offre|offrir ~4 #large", {}, {}, negotiation, negated, "Demander que la boîte me paie une formation à 2 000 €"},
    {"rediger|ecrire|faire|preparer ma|mon partie|part ~3 expose|projet|dossier|rapport|devoir|memoire", {}, {}, big_favour, business, "Demander à un camarade de rédiger ma partie de l'exposé"},
    {"regler|reglant|payer|payant|verser|versant ~3 #large", {}, money, {}, negated | asked_about | possible, "S'inscrire en réglant les 3 000 € de frais"},
    {"je|j lui|te|vous prends|prendrai|achete|acheterai !un|une|des|deux|du|de|quelque|ton|ta|tes|votre|vos", {}, money, {}, negated | asked_about | trivial_sum, "Dire au primeur que je lui prends tout son stock"},
    {"je|j prends|prendrai le|la|l forfait|abonnement|formule|pack|offre", {}, commitment, {}, negated | asked_about, "Dire au kiné que je prends le forfait de vingt séances"},
    {"de complaisance", {}, {}, big_favour, unguarded, "Demander au médecin un arrêt de complaisance"},
    {"annuler|effacer|supprimer|remettre|eponger ~8 #large", {}, {}, negotiation, negated, "Demander d'annuler mon trop-perçu de 1 200 €"},
    {"detour|crochet d|de une|deux|#num heure|heures", {}, {}, big_favour, unguarded, "Demander au conducteur un détour d'une heure"},
    {"qu|que on|nous sorte|sortions ensemble", {}, {}, declaration, negated, "Lui demander son numéro pour qu'on sorte ensemble"},
    // --- familles trouvées dans les lots aveugles 11 à 13
    // l'engagement qui dure : un abonnement à l'année, un nom sur le bail, un compte à deux
    {"abonnement|forfait|contrat ~2 #num mois|ans|an", {}, commitment, {}, neg_ask, "Demander à l'accueil l'abonnement 12 mois"},
    {"abonnement|forfait|contrat d|de un an", {}, commitment, {}, neg_ask, "Demander à l'accueil l'abonnement d'un an"},
    {"ajouter|mettre|inscrire ~3 sur|au le|mon|notre bail", {}, commitment, {}, neg_ask, "Demander au propriétaire d'ajouter mon copain sur le bail"},
    {"compte joint|commun", {}, commitment, {}, neg_ask, "Demander à la banque d'ouvrir un compte joint"},
    {"pour|pr que|qu on|je|j|nous signe|signions|signiez", {}, commitment, {}, negated, "Demander au notaire de préparer le compromis pour qu'on signe"},
    {"je|j paierai|payerai|regle|reglerai au|a retrait|livraison|reception", {}, money, {}, negated, "Pourriez-vous me commander le modèle bleu ? Je paierai au retrait"},
    {"co animer|gerer|diriger|presenter|piloter|organiser|encadrer", {}, commitment, {}, neg_ask, "Proposer à Nina de co-animer le club de lecture"},
    {"animer|gerer|organiser|diriger ~6 avec moi ~6 toute l|toute|tout annee|an|saison|semestre", {}, commitment, {}, neg_ask, "Proposer à Nadia d'animer avec moi le club toute l'année"},
    {"animer|gerer|organiser|diriger ~6 avec moi ~3 tous|toutes les mois|semaines", {}, commitment, {}, neg_ask, "Proposer à Nina d'animer le club avec moi tous les mois"},
    // partir sans préavis, c'est quitter son poste
    {"sans ~2 preavis", {}, job, emotional_load, unguarded, "Demander à ma cheffe si je peux partir sans faire mon préavis"},
    // les grosses remises se négocient
    {"#large de remise|rabais|reduction|ristourne|moins", {}, {}, negotiation, negated, "Demander 3 000 € de remise sur la voiture"},
    {"remise|rabais|reduction|ristourne de #large", {}, {}, negotiation, negated, "Demander une remise de 300 € au garage"},
    // des heures de travail à rendre vite
    {"lettre|lettres de recommandation|reference ~5 demain|soir|aujourdhui|vite|urgence", {}, {}, big_favour, unguarded, "Demander à ma prof une lettre de recommandation pour demain"},
    {"ecrire|rediger|faire une lettre ~2 ce soir|demain|aujourdhui", {}, {}, big_favour, unguarded, "Pourriez-vous m'écrire une lettre ce soir ?"},
    {"toutes|tous les slides|diapos|diapositives|pages|exercices|devoirs", {}, {}, big_favour, business, "Demander à un collègue de me faire toutes les slides"},
    {"traduire ~5 pages", {}, {}, big_favour, business, "Demander à quelqu'un de traduire mon CV de quatre pages"},
    // ce qu'un inconnu devrait apporter ou prêter
    {"livrer|deposer|apporter|ramener ~5 en voiture", {}, {}, big_favour, met_in_passing, "Demander à la vendeuse si elle peut me livrer le bureau en voiture"},
    {"livrer|deposer|apporter|ramener ~5 elle|lui meme", {}, {}, big_favour, met_in_passing, "Demander au vendeur s'il peut me livrer le bureau lui-même"},
    {"livrer|deposer|apporter|ramener ~5 a domicile", {}, {}, big_favour, met_in_passing, "Demander à la vendeuse de me livrer la table à domicile"},
    {"faire|organiser ~3 barbecue|fete|soiree|pique ~3 dans|sur leur|son|sa|votre jardin|terrasse|cour", {}, {}, big_favour, unguarded, "Demander aux voisins si on peut faire un barbecue dans leur jardin"},
    {"preter|prete|pretes|pretez sa|son|leur|ta|votre voiture|char|camion|moto|scooter|camionnette|ordinateur|ordi|telephone|portable|velo|appareil|tablette", {}, {}, big_favour, met_in_passing, "Demander à un passant de me prêter sa voiture"},
    {"connais|connait a peine", {}, {}, big_favour, negated, "Demander à un collègue que je connais à peine de me prêter son vélo"},
    // reproches, dits ou écrits
    {"en ai|a|avez|as marre", {}, {}, confrontation, negated, "Écrire à mon coloc que j'en ai marre de la vaisselle"},
    {"ras le bol", {}, {}, confrontation, negated, "Dire à mon frère que j'en ai ras le bol"},
    {"as|avez|a encore oublie|rate|zappe|ignore", {}, {}, confrontation, unguarded, "T'as encore oublié mon anniversaire"},
    {"ca te|vous arrive|arriverait de|d repondre|ranger|nettoyer|faire|ecouter|appeler|rappeler|payer|laver|sortir|aider|penser|arriver|prevenir|frapper", {}, {}, confrontation, unguarded, "Ça t'arrive de répondre à tes messages ?"},
    // un reproche sur la façon de faire : « qu'il gère mal la trésorerie »
    {"il|elle|tu|vous gere|geres|gerez|fait|fais|faites|travaille|travailles|travaillez|enseigne|tiens|tient|tenez mal", {}, {}, confrontation, unguarded, "Dire au président qu'il gère mal la trésorerie"},
    {"ne sait|sais|savez pas tenir|gerer|faire|organiser|enseigner", {}, {}, confrontation, unguarded, "Dire à la maîtresse qu'elle ne sait pas tenir sa classe"},
    {"voter|votez|votiez|voteras contre", {}, {}, confrontation, negated, "Demander à mon équipe de voter contre le projet du directeur"},
    {"en peux|peut plus de toi|vous|ta|ton|tes", {}, {}, confrontation, unguarded, "J'en peux plus de toi"},
    {"pourquoi ~6 tout le temps", {}, {}, confrontation, close_only, "Demander à mon frère pourquoi il crie tout le temps"},
    // son sort comparé à celui d'un autre : un grief (« pourquoi ma prime est plus petite que celle de Tom »)
    {"pourquoi ma|mon|mes|notre|nos _ ~3 plus|moins ~1 que|qu", {}, {}, confrontation, business, "Demander à mon chef pourquoi ma prime est plus petite que celle de Tom"},
    {"une raison ~4 toujours|jamais", {}, {}, confrontation, unguarded, "Il y a une raison pour que ce soit toujours moi qui range ?"},
    {"comment ca|cela se fait que|qu ~6 toujours|jamais", {}, {}, confrontation, unguarded, "Comment ça se fait que ce soit toujours moi qui paie ?"},
    {"pourquoi ~6 toujours|jamais", {}, {}, confrontation, close_only, "Demander à ma coloc pourquoi elle laisse toujours traîner sa vaisselle"},
    {"ca fait ~2 mois|semaines|ans que je|j lui|te|leur|vous en|le parle|dis|demande|repete", {}, {}, confrontation, unguarded, "Ça fait trois mois que je lui en parle"},
    {"parler|parles|parlez sur ce|un ton", {}, {}, change_person, close_only, "J'aimerais que vous arrêtiez de me parler sur ce ton"},
    {"ses|leurs|tes|vos quatre verites", {}, {}, confrontation, unguarded, "Dire à mon chef ses quatre vérités"},
    {"se|fiche|fout de tout le monde", {}, {}, confrontation, unguarded, "Lui demander pourquoi il se fiche de tout le monde"},
    {"est [un|une] escroc|voleur|voleuse|menteur|menteuse|arnaqueur|arnaqueuse|incompetent|incompetente|nul|nulle", {}, {}, confrontation, negated, "Poster un avis disant que le chef est incompétent"},
    // demander à l'autre de partir du logement commun
    {"de|d quitter|partir ~3 appart|appartement|logement|coloc|colocation|maison", {}, commitment, confrontation, negated, "Demander à mon coloc de quitter l'appart d'ici la fin du mois"},
    {"je|j quitte|quitterai|rends|rendrai le|l|mon logement|appartement|appart|studio|bail|maison|chambre", {}, commitment, {}, negated, "Écrire à la propriétaire que je quitte l'appartement fin août"},
    // une approche : rien que nous deux
    {"juste tous les deux", {}, {}, declaration, negated, "Ça te dirait de dîner vendredi, juste tous les deux ?"},
    {"rien que nous deux", {}, {}, declaration, negated, "On se voit samedi, rien que nous deux ?"},
    {"juste nous deux", {}, {}, declaration, negated, "Demander à Sophie si elle veut dîner samedi, juste nous deux"},
    {"juste toi et moi", {}, {}, declaration, negated, "Un dîner samedi, juste toi et moi ?"},
    {"premier rendez vous|rdv|rencard|date", {}, {}, declaration, negated, "Proposer à Élodie un premier rendez-vous samedi soir"},
    {"te|t kiffe|kiffes", {}, {}, declaration, negated, "Tu me passes ton num ? Je te kiffe grave"},
    // des sentiments dits sans le mot : « je pense encore à toi », « j'aimerais qu'on se revoie »
    {"pense|pensais encore|toujours|souvent a toi|vous", {}, {}, declaration, negated, "Envoyer à Margaux : je pense encore à toi"},
    {"que on se revoie|revoit|reverrait|revoir", {}, {}, declaration, negated, "Envoyer à Margaux : j'aimerais qu'on se revoie"},
    {"rien que tous les deux", {}, {}, declaration, negated, "Un ciné samedi, rien que tous les deux ?"},
    {"y|il a cette|ce fille|mec|garcon|femme|homme", {}, {}, declaration, negated, "Y a cette fille de mon cours à qui je voudrais demander de dîner"},
    {"se|nous mettre|mette|mettions ensemble", {}, relationship, declaration, negated, "Tu veux bien qu'on se mette ensemble ?"},
    {"m|s|nous installer|installe|emmenager|emmenage|vivre avec moi|nous", {}, relationship, emotional_load, negated, "Demander à Léa de s'installer avec moi"},
    {"emmenager|emmenagerait|emmenages|emmenagez|vivre|habiter avec moi|nous", {}, relationship, emotional_load, negated, "Demander à Julien s'il veut emménager avec moi en janvier"},
    // les buts dits comme ce qu'on voudrait être
    {"etre [enfin|vraiment|plus|assez] capable de|d", habit, {}, {}, unguarded, "Être capable de dire non à mon chef"},
    {"etre le|la genre|type de personne", habit, {}, {}, unguarded, "Être le genre de personne qui demande"},
    // un engagement durable dit doucement : du télétravail chaque semaine, un poste rendu définitif
    {"deux|trois|un|quatre|#num jours|jour de teletravail par semaine", {}, commitment, {}, negated | asked_about, "Demander à mon chef deux jours de télétravail par semaine"},
    {"rendre|rende ~7 definitif|definitive|definitifs|definitives|permanent|permanente", {}, commitment, {}, negated | asked_about, "Demander aux RH de rendre mon passage en horaires de nuit définitif"},
    // un dîner en amoureux est une approche, pas une relation
    {"diner|soiree|weekend|sortie en amoureux", {}, {}, declaration, negated, "Inviter Camille à un dîner en amoureux samedi"},
    {"sortir|boire|verre|cafe|manger|dejeuner|danser|cine|cinema|resto|restaurant|balade|promenade ~5 en amoureux", {}, {}, declaration, negated, "Demander à Sophie si elle accepte de sortir boire un verre avec moi en amoureux"},
    // les reproches en question : « Tu comptes ranger un jour ? », « T'as pas oublié quelque chose ? »
    {"tu|vous comptes|comptez ~4 un jour", {}, {}, confrontation, unguarded, "Tu comptes ranger ta chambre un jour ?"},
    {"pas oublie|oublier quelque chose|rien", {}, {}, confrontation, unguarded, "T'as pas oublié quelque chose, toi, ce matin ?"},
    // le deuil, la maladie grave
    {"vient|viens|venez de perdre son|sa|ses|leur|ton|ta|tes femme|mari|mere|pere|enfant|fils|fille|frere|soeur|epouse|epoux|compagne|compagnon", {}, {}, emotional_load, unguarded, "Demander à mon oncle, qui vient de perdre sa femme, de me raconter ses derniers jours"},
    {"alcool|alcoolisme|drogue|drogues|addiction|dependance|cannabis", {}, {}, emotional_load, close_only | business, "Demander à mon père de se faire soigner pour son alcool"},
    {"peur de mourir", {}, {}, emotional_load, unguarded, "Demander à mon ami malade s'il a peur de mourir"},
    // la maladie grave et la fin d'une vie, demandées à un proche (répondre est le métier du médecin)
    {"biopsie|biopsies|chimio|chimiotherapie|pronostic|tumeur|tumeurs|metastases|palliatif|palliatifs|palliatifs", {}, {}, emotional_load, close_only | business, "Demander à mon père s'il a enfin reçu les résultats de sa biopsie"},
    {"derniers jours|mois|instants|moments|heures de|d|avec papa|maman|mamie|papi|grand|mon|ma|son|sa|ton|ta|notre|leur", {}, {}, emotional_load, close_only | business, "Demander à ma mère de me raconter les derniers mois de papa à l'hôpital"},
    {"dernieres semaines|heures de|d|avec papa|maman|mamie|papi|grand|mon|ma|son|sa|ton|ta|notre|leur", {}, {}, emotional_load, close_only | business, "Demander à ma sœur de me raconter les dernières semaines de maman"},
    {"peur de la mort", {}, {}, emotional_load, unguarded, "Demander à mon grand-père s'il a peur de la mort"},
    // une grosse remise, en pourcentage
    {"remise|rabais|reduction|ristourne de|d 20|25|30|35|40|45|50|60|70|75|80 %", {}, {}, negotiation, negated, "Demander au vendeur une remise de 40 % sur le canapé"},
    // la cour, l'allée, le garage de quelqu'un croisé
    {"garer|gare|laisser|mettre|ranger|range ~3 voiture|velo|moto|camionnette ~3 dans|devant sa|son|leur|votre cour|jardin|allee|garage|parking", {}, {}, big_favour, met_in_passing, "Demander à la dame du café d'à côté si je peux garer ma voiture dans sa cour"},
    // une commande débitée sur la carte : « et de débiter 65 € sur ma carte »
    {"debiter|debite|debitez|prelever|preleve|prelevez ~6 carte|compte", {}, money, {}, negated | asked_about, "Demander au site de débiter 65 € sur ma carte"},
    // une menace de partir : « je déménage à moins qu'ils ne nettoient »
    {"je|j ~4 a moins que|qu", {}, ultimatum, ultimatum, negated, "Dire aux colocs que je déménage à moins qu'ils nettoient la cuisine"},
    // ce qu'on voudrait que l'autre soit : « Que la maîtresse me respecte davantage »
    {"respecte|respectent|ecoute|ecoutent|comprenne|comprennent davantage|mieux", {}, {}, change_person, unguarded, "Que la maîtresse me respecte davantage"},
    // une somme de plus par mois est un salaire demandé
    {"avoir|gagner|toucher|recevoir ~4 de plus par|chaque mois|an|annee|semaine", {}, {}, raise, asked_about, "Est-ce que je pourrais avoir deux cents euros de plus par mois ?"},
    // une avance sur salaire est un prêt
    {"avance|acompte sur [mon|ma] salaire|paie|paye", {}, money, loan, neg_ask, "Demander 300 € d'avance sur salaire à la RH"},
    // un verre proposé à une inconnue est une approche
    {"proposer|propose|offrir|offre|payer|paye un verre|cafe|pot", {}, {}, declaration, met_in_passing, "Proposer un verre à l'inconnue qui lit au rayon poésie"},
    // les idiomes du reproche
    {"arracherait|arracherais|arracheraient la bouche|gueule", {}, {}, confrontation, unguarded, "Ça t'arracherait la bouche de dire merci ?"},
    // une approche dite par un regard : « la jolie serveuse »
    {"numero|verre|rendez|rencard|diner|sortir ~6 joli|jolie|beau|belle|mignon|mignonne|canon", {}, {}, declaration, negated, "Demander son numéro à la jolie serveuse du bar"},
    // un prêt dit après sa somme : « 300 € à demander à Léo (prêt) »
    {"#big ~8 pret|emprunt !a|pour|de|d", {}, money, loan, negated | asked_about | business, "€300 à demander à Léo (prêt) pour les vacances"},
    // des heures de travail : un week-end passé à le faire
    {"passer|passes|passerais|passeriez|passez ton|ta|le|ce|cette|votre|tout|toute ~3 a #inf", {}, {}, big_favour, negated, "Tu pourrais passer ton week-end à refaire ma présentation ?"},
    // un rôle pris : « coprésider le comité »
    {"copresider|coorganiser|coanimer", {}, commitment, {}, negated, "Dire que je veux bien coprésider le comité l'an prochain"},
    {"co presider|organiser|animer", {}, commitment, {}, negated, "Dire que je veux bien co-présider le comité l'an prochain"},
    // les reproches qui comptent les fois : « ça fait trois fois que », « c'est la troisième fois »
    {"ca|cela fait deux|trois|quatre|cinq|six|dix|plusieurs|combien|mille|cent fois ~4 que|qu tu|vous|il|elle|ils|elles", {}, {}, confrontation, unguarded, "Ça fait trois fois cette semaine que tu laisses la vaisselle"},
    {"ca|cela fait #num fois ~4 que|qu tu|vous|il|elle|ils|elles", {}, {}, confrontation, unguarded, "Ça fait 3 fois que tu oublies"},
    {"ce est la deuxieme|troisieme|quatrieme|cinquieme|dixieme|enieme|nieme|centieme|millieme fois ~4 que|qu tu|vous|il|elle|ils|elles", {}, {}, confrontation, unguarded, "C'est la troisième fois que tu prends mon chargeur"},
    {"deux|trois|quatre|cinq|plusieurs fois ~4 que|qu je|j te|vous|lui|leur [le|la|les|l] demande|dis|rappelle|redemande|repete", {}, {}, confrontation, unguarded, "Ça fait trois fois que je te le demande"},
    {"deuxieme|troisieme|quatrieme|cinquieme|enieme|centieme fois ~4 que|qu je|j te|vous|lui|leur [le|la|les|l] demande|dis|rappelle|redemande|repete", {}, {}, confrontation, unguarded, "C'est la troisième fois que je te le demande"},
    {"pour la deuxieme|troisieme|quatrieme|cinquieme|dixieme|enieme|nieme|centieme fois ~5 tu|vous", {}, {}, confrontation, unguarded, "Pour la troisième fois, tu peux fermer le portail ?"},
    {"tu ne|n [me|m|te|t|nous|le|la|les|l|y|en|lui|leur] !as|avais|aurais|es|etais _ jamais", {}, {}, confrontation, unguarded, "Tu ne ranges jamais tes chaussures, pourquoi ?"},
    // un oui donné à un engagement, en mots doux
    {"oui pour le|la|l bail|contrat|offre|poste|appartement|appart|devis|maison|pret", {}, commitment, {}, negated, "Dire à l'agence : c'est oui pour le bail"},
    {"formule|offre|option|tarif annuel|annuelle|annuels|annuelles", {}, commitment, {}, neg_ask, "Passer mon abonnement en formule annuelle"},
    {"lancer|lance|lancez|passez|validez|confirmez ~3 commande|achat", {}, money, {}, negated | asked_about, "Vous pouvez lancer la commande de la voiture"},
    {"inscrire|inscris|inscrivez|inscrit|inscrite|reserver|reserve|reservez|abonner|abonne|engager|engage ~6 jusqu|jusque en", {}, commitment, {}, negated | asked_about, "Demander au prof de m'inscrire aux cours jusqu'en juin"},
    {"inscrire|inscris|inscrivez|reserver|reserve|reservez|abonner|abonne ~6 toute l annee", {}, commitment, {}, negated | asked_about, "Réserver la place pour toute l'année prochaine"},
    {"tous les lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|week|weekends ~3 jusqu|jusque en", {}, commitment, {}, negated | asked_about, "Proposer de tenir la buvette tous les samedis jusqu'en juin"},
    // le jardin, la maison, la table d'inconnus
    {"visiter|voir|jouer|entrer|profiter|camper ~4 son|sa|leur|votre|ses|leurs jardin|maison|appartement|cour|piscine|cuisine|jardins", {}, {}, big_favour, met_in_passing, "Demander à un voisin que vous ne connaissez pas de vous faire visiter son jardin"},
    {"diner|dejeuner|manger|souper|gouter avec moi|nous|eux|elles|vous|elle|lui", {}, {}, big_favour, met_in_passing, "Demander à la famille d'à côté si je peux dîner avec eux"},
    {"diner|manger|asseoir|dejeuner ~3 a leur|votre|sa table", {}, {}, big_favour, met_in_passing, "Demander à une famille inconnue si vous pouvez dîner à leur table au restaurant"},
    // la voiture d'un voisin, pour une journée
    {"voisin|voisine|voisins|voisines ~8 preter|prete|pretes|pretez ~2 sa|ta|votre|leur voiture|camionnette|camion|moto !cle|cles|siege|cric|chargeur|pompe|batterie|aspirateur", {}, {}, big_favour, unguarded, "Demander au voisin du dessous s'il peut me prêter sa voiture samedi"},
    // un arrangement durable à partir de maintenant : « toutes les tâches ménagères désormais »
    {"tous|chaque [les] lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|matin|soir|week ~4 a partir de maintenant", {}, commitment, {}, negated | asked_about, "Demander à ma sœur de me conduire au travail tous les lundis à partir de maintenant"},
    {"toutes|tout|toute les|le|la taches|menage|cuisine|vaisselle|lessive|courses ~4 a partir de maintenant", {}, commitment, big_favour, negated | asked_about, "Demander à mon coloc de faire toutes les tâches ménagères à partir de maintenant"},
    {"toutes|tout|toute les|le|la taches|menage|cuisine|vaisselle|lessive|courses ~4 desormais|dorenavant", {}, commitment, big_favour, negated | asked_about, "Demander à mon coloc de faire tout le ménage désormais"},
    // un service hors du métier de la personne : « au plombier de relire ma déclaration »
    {"garder|surveiller|promener mon|ma|mes chien|chienne|chat|chiens|enfant|enfants|bebe|fils|fille", {}, {}, big_favour, met_in_passing, "Demander à la fleuriste de garder mon chien pendant que je fais mes courses"},
    {"pendant|durant|de une|1|deux|2|trois|plusieurs heure|heures", {}, {}, big_favour, met_in_passing, "Demander à un passant de surveiller mon vélo pendant une heure"},
    {"pendant|durant|sur deux|trois|quatre|cinq|plusieurs apres|matinees|soirees|journees|samedis|dimanches|weekends|week", {}, {}, big_favour, business, "Demander à un collègue de me former à Excel pendant trois après-midi"},
    {"me|m couvrir aupres|devant", {}, {}, big_favour, unguarded, "SMS à Nadia : « tu peux me couvrir auprès du chef si j'arrive en retard ? »"},
    {"garder|gardes|gardez ~3 enfants|petits|bebe|fils|fille|neveux ~2 tous|toutes|chaque", {}, {}, big_favour, business, "Demander à mon frère de garder les enfants tous les mercredis"},
    {"garder|surveiller ~3 tout|toute le|la|l mercredi|samedi|dimanche|journee|apres|week|soiree", {}, {}, big_favour, business, "Demander à la mère d'un copain de classe de Léo de garder Léo tout le mercredi"},
    {"surveiller|garder ~3 deux|trois|plusieurs|2|3 heures", {}, {}, big_favour, business, "Demander à la dame à côté de moi de surveiller ma valise deux heures"},
    {"garder|surveiller|travailler ~6 sans supplement", {}, {}, big_favour, unguarded, "Demander à l'assistante maternelle de garder Tom tous les samedis sans supplément"},
    {"vidange|revision|reparation|reparer|changer|remplacer|installer|refaire !de|d ~4 gratuitement|gratuite|gratuit|gratis|gratos", {}, {}, big_favour, unguarded, "Demander au réparateur de téléphone de changer mon écran gratuitement"},
    {"repeindre|refaire|renover|carreler|recarreler|platrer|isoler|recabler|amenager ~6 gratuitement|gratuit|gratis|gratos|rien", {}, {}, big_favour, unguarded, "Demander à l'électricien retraité de refaire l'électricité de ma cuisine gratuitement"},
    {"cuisiner|preparer|faire ~4 #num|vingt|trente|quarante|cinquante|cent invites|personnes|convives", {}, {}, big_favour, business, "Maman, tu peux cuisiner pour les trente invités de mon anniversaire ?"},
    {"venir|passer me|m|nous chercher|prendre|recuperer ~4 aeroport|roissy|orly|cdg|beauvais|zaventem|cointrin", {}, {}, big_favour, business, "tu peux venir me chercher à Roissy mardi à 23h30 ?"},
    {"apres la fermeture", {}, {}, big_favour, unguarded, "Demander au boucher de me livrer le rôti chez moi ce soir après la fermeture"},
    {"monter|porter|descendre|transporter ~2 frigo|refrigerateur|canape|armoire|piano|matelas|machine ~4 etage", {}, {}, big_favour, unguarded, "Demander au chauffeur de taxi de monter mon frigo au quatrième étage"},
    {"autre bout de|d la ville|paris", {}, {}, big_favour, unguarded, "Excusez-moi, vous pourriez m'accompagner jusqu'à mon hôtel, à l'autre bout de la ville ?"},
    {"inconnu|inconnue|inconnus ~6 tout|toute le|la|l apres|journee|soiree|week|nuit", {}, {}, big_favour, unguarded, "Emprunter la tondeuse d'un inconnu du quartier pour tout l'après-midi"},
    {"relire|corriger|lire ~2 trente|quarante|cinquante|soixante|quatre|cent|centaine|dizaines ~2 pages", {}, {}, big_favour, business, "Demander à mon collègue Karim de relire les quatre-vingts pages de mon mémoire ce week-end"},
    {"recharger|doucher|laver|cuisiner|utiliser ~4 chez lui|elle|eux|vous", {}, {}, big_favour, met_in_passing | business, "Demander à un promeneur si je peux recharger mon téléphone chez lui"},
    {"garder|surveiller|promener|occuper|accompagner ~6 pour|pendant|durant|toute le|la|l apres|aprem|journee|soiree|matinee|nuit|week", {}, {}, big_favour, met_in_passing | business, "Demander à un inconnu du parc de garder mon chien pour l'après-midi"},
    // une critique du travail de l'autre, une question qui s'immisce, un « enfin » qui reproche
    {"que|qu sa|son|ta|ton|leur|votre|vos|ses|tes _ ~3 etait|est|etaient|sont|ete brouillon|brouillonne|nul|nulle|nuls|mauvais|mauvaise|bacle|baclee|rate|ratee|confus|confuse|decevant|decevante|mediocre|catastrophique|bof",
     {}, {}, confrontation, unguarded, "Dire à Paul que son rapport était bâclé"},
    {"pense|penses|pensez|pensent|trouve|trouves|trouvez|trouvent que je suis [un|une] mauvais|mauvaise|nul|nulle|egoiste|ennuyeux|ennuyeuse|moche|grosse|gros|bete|paresseux|paresseuse|bon|bonne|lourd|lourde",
     {}, {}, emotional_load, unguarded, "Demander à ma sœur si elle pense que je suis égoïste"},
    {"pour qui ~4 vote|votes|votez|voter|voterait|voteras", {}, {}, emotional_load, unguarded, "Demander à mon grand-père pour qui il a voté"},
    {"va|vas|vont|allez|compte|comptes|comptez|comptent enfin", {}, {}, confrontation, unguarded, "Demander à mon frère quand il compte enfin me rendre ma perceuse"},
    // des changements d'habitudes exigés, un reproche qui monte
    {"changiez|changes|change|changent|changer vos|tes|ses|leurs habitudes|comportement|comportements|manieres", vague_object, {}, change_person, unguarded, "Dire au voisin qu'il faudrait qu'il change ses habitudes"},
    {"commence|commencait a bien faire", {}, {}, confrontation, unguarded, "Dire à mon coloc que ça commence à bien faire"},
    // les travaux lancés, une somme promise, un poste commencé : ce qui engage
    {"lancer|lance|lancez|demarrer|demarre|demarrez|commencer|commence|commencez les|le reparations|travaux|chantier", {}, money, {}, negated | asked_about, "Dire au garagiste de lancer les réparations"},
    {"#amount ~8 je|j paie|paierai|payerai|regle|reglerai|vire|virerai|verse|verserai", {}, money, {}, negated | trivial_sum, "Demander à Ana si elle me vend sa guitare pour 300 €, je paie demain"},
    {"je|j|on paie|paye|paierai|payerai|regle|reglerai ~3 livraison|retrait|reception", {}, money, {}, negated, "Demander au libraire de me commander les douze tomes, je paie à la livraison"},
    {"commencer|commence|debuter|prendre ~2 le|mon|ce|un poste|job|cdi|cdd|contrat", {}, job, {}, negated, "Demander au recruteur si je peux commencer le poste lundi"},
    // les toilettes de la maison de quelqu'un croisé
    {"toilettes|douche|wc|bain ~3 de|chez sa|son|leur|votre|lui|elle|eux|vous maison|appartement|domicile", {}, {}, big_favour, met_in_passing, "Demander à une passante si je peux utiliser les toilettes de sa maison"},
    {"tous|chaque [les] lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|matin|soir|week ~4 a partir de|d janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|rentree|automne|printemps|hiver|ete",
     {}, commitment, {}, negated | asked_about, "Demander à la voisine de sortir les poubelles tous les lundis à partir d'octobre"},
    {"tous|chaque [les] lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|matin|soir|week ~4 des la semaine|rentree prochaine",
     {}, commitment, {}, negated | asked_about, "Demander à mon frère de promener le chien chaque soir dès la semaine prochaine"},
    {"tous|chaque [les] lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|matin|soir|week ~4 a partir de la semaine|rentree prochaine",
     {}, commitment, {}, negated | asked_about, "Demander à mon frère d'arroser les plantes chaque samedi à partir de la semaine prochaine"},
    // un texte écrit à deux : des heures de travail
    {"co ecrire|rediger|ecrive|redige ~6 avec moi|nous", {}, {}, big_favour, negated | business, "Demander à Priya de co-écrire le dossier de subvention avec moi"},
    {"coecrire|coecrive|corediger ~6 avec moi|nous", {}, {}, big_favour, negated | business, "Demander à Priya de coécrire le dossier avec moi"},
    // une course sans compteur, une somme payée de la poche de l'autre
    {"compteur eteint|arrete|coupe", {}, {}, big_favour, negated, "Demander au chauffeur de m'attendre compteur éteint"},
    {"sans le|mettre compteur", {}, {}, big_favour, negated, "Demander au taxi de m'attendre sans le compteur"},
    {"payer|paie|paye|paies|payes|paierait|paierais|paieraient|payerait|regler|regle ~6 elle|lui|eux|vous meme|memes", {}, {}, loan, negated | trivial_sum, "Demander à la caissière si elle paierait les 30 € elle-même"},
    {"payer|paie|paye|paies|payes|regler|regle|avancer ~6 de sa|ta|votre|leur poche", {}, {}, loan, negated | trivial_sum, "Demander à l'entraîneur de payer l'inscription de sa poche"},
    {"payer|paie|paye|paies|payes|regler|regle ~6 a ma|notre place", {}, {}, loan, negated | trivial_sum, "Demander à mon oncle de payer le billet à ma place"},
    // moins de jours travaillés, une colocation finie, un rôle pour la saison : ce qui engage
    {"passer|passe|passerais a quatre|trois|deux jours", {}, job, {}, negated, "Demander à ma cheffe si je peux passer à quatre jours par semaine"},
    {"passer|passe|passerais a #num jours !payes", {}, job, {}, negated, "Demander à ma cheffe si je peux passer à 4 jours"},
    {"passer|passe|passerais a|en temps partiel", {}, job, {}, negated, "Demander à mon chef si je peux passer à temps partiel"},
    {"passer|passe|passerais a|en mi temps", {}, job, {}, negated, "Demander à mon chef si je peux passer à mi-temps"},
    {"arreter|arrete|arretions|arretiez|finir|finit ~2 colocation|coloc|bail|partenariat|association", {}, commitment, emotional_load, negated | asked_about, "Demander à ma coloc si on arrête la colocation en juin"},
    {"mettre fin a|au ~2 colocation|coloc|bail|partenariat|association", {}, commitment, emotional_load, negated | asked_about, "Proposer à Marc de mettre fin à notre colocation"},
    {"devenir|deviennes|deviendrais|devienne ma|mon colocataire|coloc|colocs|associe|associee|associes", {}, commitment, {}, negated | asked_about, "Proposer à Léo de devenir mon colocataire"},
    {"preter|prete|pretes|pretez|preterais ~2 ta|sa|votre carte bleue|bancaire|cb|credit|visa", {}, money, loan, negated | asked_about, "Tu pourrais me prêter ta carte bleue ?"},
    {"relire|relis|corriger|corriges|lire [tout|toute|entierement] mon|ma|mes|son|ton|le|la|ce !intro|introduction|conclusion|resume|plan|sommaire|page|paragraphe|bibliographie|premiere|derniere|couverture ~4 memoire|these|manuscrit|roman|livre", {}, {}, big_favour, business | negated, "Demander à mon oncle de relire mon mémoire"},
    {"fermer|fermes|cloturer|clotures|cloture ~3 compte|comptes|livret", {}, commitment, {}, negated | asked_about, "Appeler la banque pour clôturer mon livret"},
    {"deux|trois|quatre|plusieurs|#num heures ~4 gratuit|gratuite|gratuits|gratuites|gratuitement|offert|offerte|offertes", {}, {}, big_favour, unguarded, "Demander au coach deux heures de cours particulier gratuit"},
    {"programme|dossier|plan|planning|site|rapport|projet complet|complete|entier|entiere", {}, {}, big_favour, negated, "Demander à ma prof de me préparer un programme complet pour lundi"},
    {"boire|prendre un|une verre|cafe|coup|biere|pot avec moi ~3 lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce|soir", {}, {}, declaration, met_in_passing, "Demander à la serveuse si elle voudrait boire un verre avec moi samedi"},
    {"utiliser|emprunter ses|leurs|vos|tes toilettes|douche|wc", {}, {}, big_favour, met_in_passing | business, "Sonner chez un voisin inconnu pour utiliser ses toilettes"},
    {"accorder|consacrer|donner une|deux|trois|1|2 heure|heures", {}, {}, big_favour, met_in_passing | business, "Demander au PDG croisé dans l'ascenseur de m'accorder une heure"},
    {"soit|sois|soient|soyez [un] [peu] plus|moins _", {}, {}, change_person, close_only, "J'aimerais que mon mari soit plus présent"},
    {"avouer|avoue|admettre|admette|reconnaitre|reconnaisse ~6 copie|copiee|vole|volee|menti|triche|plagie|pique|sabote", {}, {}, confrontation, unguarded, "Demander à Paul d'avouer qu'il a copié mon rapport"},
    {"pour signature|signer", {}, commitment, {}, negated | asked_about, "Demander au notaire de m'envoyer l'acte pour signature"},
    {"contrat|bail|acte|avenant|devis|compromis a signer", {}, commitment, {}, negated | asked_about, "Demander au recruteur de m'envoyer le contrat à signer"},
    {"etre nomme|nommee|promu|promue responsable|chef|cheffe|directeur|directrice|manager|superviseur|superviseuse", {}, {}, promotion, asked_about, "Je souhaiterais être nommé chef de rayon"},
    {"me|m|nous deposer|depose|deposes|deposez|emmener|conduire|ramener a|au|en|jusqu|jusque", {}, {}, big_favour, met_in_passing | business, "Demander à un inconnu à la station-service de me déposer à Lyon"},
    {"je te|vous|la|le trouve ~2 genial|geniale|beau|belle|magnifique|charmant|charmante|mignon|mignonne|craquant|craquante|adorable|irresistible", {}, {}, declaration, negated, "Dire à Lou : je te trouve vraiment charmante"},
    {"son|ton|votre numero ~12 souri|sourit|sourire|plait|plu|craque|mignonne|mignon|jolie|joli|beau|belle", {}, {}, declaration, unguarded, "Demander son numéro à la fille qui m'a souri"},
    {"ca|cela ne peut plus durer", {}, {}, confrontation, negated, "Dire à mon coloc que ça ne peut plus durer"},
    {"tous|toutes les ~2 de la|cette saison|annee", {}, commitment, {}, negated | asked_about, "Promettre au coach d'être là à tous les matchs de la saison"},
    {"monter|ouvrir|lancer|creer ~4 entreprise|societe|boite|boutique|restaurant|cafe|commerce|startup|agence|cabinet ~4 avec elle|lui|eux|elles|toi|vous", {}, commitment, {}, negated | asked_about, "Dire à Sarah que j'accepte d'ouvrir le café avec elle"},
    // un dîner à deux, un jour dit : une invitation à sortir
    {"diner|souper avec moi ~3 lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce|un", {}, {}, declaration, negated, "Demander à Jade si elle veut dîner avec moi samedi"},
    {"pour|sur toute la|l saison|annee", {}, commitment, {}, negated | asked_about, "Demander au club de me confier l'équipe pour toute la saison"},
    // un service entier offert gratuitement
    {"complete|complet|entiere|entier|totale ~3 gratuitement|gratis|gratos", {}, {}, big_favour, unguarded, "Demander au garagiste une révision complète gratuitement"},
    {"pourquoi ~4 prime|primes|salaire|augmentation|budget|heures|poste a|ont ete supprime|supprimee|supprimes|supprimees|baisse|baissee|reduit|reduite|coupe|coupee", {}, {}, confrontation, unguarded, "Demander à la direction pourquoi la prime a été supprimée"},
    {"de facon|maniere definitive", {}, job, {}, negated | asked_about, "Demander à passer à quatre jours par semaine de façon définitive"},
    {"teletravailler|teletravail ~3 definitivement", {}, job, negotiation, neg_ask, "Demander à mon chef si je peux télétravailler définitivement"},
    // ce que gagne quelqu'un, pourquoi un couple a fini : des questions qui s'immiscent
    {"combien il|elle|ils|elles|tu|vous ~1 gagne|gagnes|gagnent|gagnez|touche|touches|touchent|touchez", {}, {}, emotional_load, business, "Demander à Paul combien il gagne"},
    {"pourquoi ~4 mariage|couple|fiancailles ~2 fini|termine|echoue|casse|brise", {}, {}, emotional_load, unguarded, "Demander à mon amie pourquoi son mariage a échoué"},
    {"pourquoi ~3 ils|elles|il|elle ~1 divorce|divorces|separes|separe|separee|separees|quittes|quitte", {}, {}, emotional_load, unguarded, "Demander à ma cousine pourquoi ils ont divorcé"},
    // un enfant confié à quelqu'un croisé en passant
    {"garder|surveiller mon|ma|mes|notre|nos bebe|enfant|enfants|fils|fille|petit|petite|petits", {}, {}, big_favour, met_in_passing, "Demander à une passante de surveiller mon bébé une minute"},
    // les sentiments de l'autre demandés
    {"ressent|ressens|ressentez|ressentait la|le meme|pareil", {}, {}, declaration, unguarded, "Demander à Thomas s'il ressent la même chose"},
    // pourquoi on m'a écarté : un reproche en question
    {"pourquoi je ~2 pas eu|obtenu|recu ~1 de|la|le|ma|mon|une|un prime|promotion|augmentation|poste|place|role", {}, {}, confrontation, unguarded, "Demander à mon manager pourquoi je n'ai pas eu de prime"},
    // tout un cours expliqué, ce sont des heures
    {"expliquer|explique|apprendre ~3 tout|toute|tous son|sa|le|la|leur|ses|les cours|programme|livre|chapitres|memoire|these|matiere", {}, {}, big_favour, business, "Demander à un étudiant de m'expliquer tout son cours de statistiques"},
    // un reproche posé en question : « tu trouves ça normal de ... ? »
    {"trouves|trouvez ca|c|cela normal|juste|logique|correct|acceptable", {}, {}, confrontation, unguarded, "Dire à Paul : tu trouves ça normal de jamais faire la vaisselle ?"},
    // un travail refait de zéro, ce sont des heures
    {"refaire|reecrire|reprendre|retravailler|refasse|reecrive ~3 entierement|completement|totalement|zero", {}, {}, big_favour, business, "Demander à mon collègue de refaire entièrement ma présentation"},
    // une heure ou plus du temps d'un inconnu
    {"inconnu|inconnue|inconnus|inconnues|passant|passante|passants|passantes ~8 une|deux|trois|plusieurs heure|heures", {}, {}, big_favour, unguarded, "Demander à un passant de surveiller mon vélo pendant une heure"},
    // son propre service pris par un autre : des heures de travail
    {"faire|prendre|assurer|reprendre mes|ma|mon heures|permanence|permanences|garde|gardes|astreinte|creneau|service", {}, {}, big_favour, business | brief, "Demander à un collègue de prendre ma garde de dimanche"},
    // tout un chantier refait gratis, même par l'artisan : des jours de travail disputés
    {"tout|toute|tous|toutes ~5 gratuitement|gratis|gratos", {}, {}, big_favour, unguarded, "Demander à mon ami plombier de refaire toute la salle de bain gratuitement"},
    {"gratuitement|gratis|gratos ~3 tout|toute|tous|toutes", {}, {}, big_favour, unguarded, "Réclamer au carreleur qu'il revienne refaire gratuitement toute la salle de bain"},
    // tour 88-95 : ce qu'on demande de changer dans la façon de me traiter
    {"me|nous parler|traiter|regarder autrement|differemment|mieux|correctement", {}, {}, change_person, close_only, "Tu pourrais me parler autrement devant tes amis ?"},
    {"aimerais|voudrais|veux|aimerai [bien|beaucoup|vraiment] te|vous revoir", {}, {}, declaration, negated, "J'aimerais bien te revoir"},
    {"inviter|invite|invites|invitez ~4 a|au diner|restaurant|resto|cinema|verre|boire|danser", {}, {}, declaration, met_in_passing, "Inviter la pharmacienne à dîner samedi soir"},
    // ce qui dure, même dit doucement : une formule supérieure, une assurance ajoutée, un prélèvement
    {"passer|passe ~4 formule|offre|forfait|abonnement superieure|superieur|premium", {}, commitment, {}, neg_ask, "Demander à ma mutuelle de passer à la formule supérieure"},
    {"ajouter|rajouter|ajoute|ajoutez ~4 assurance|garantie|option", {}, commitment, {}, neg_ask, "Vous pouvez ajouter l'assurance emprunteur à mon dossier"},
    {"abonner|abonne ~6 mensuel|mensuelle|mensuels|hebdomadaire|annuel|annuelle", {}, commitment, {}, neg_ask, "Demander à la pharmacie de m'abonner à la livraison mensuelle"},
    {"prelevement|prelevements|virement|virements|don|dons|cotisation mensuel|mensuelle|mensuels|automatique|permanent|annuel|annuelle|regulier", {}, commitment, {}, neg_ask, "Mettre en place un prélèvement mensuel pour l'association"},
    // un emploi qui commence, une vente
    {"commencer|demarrer|debuter ~3 mission|contrat|poste|cdd|cdi|job|boulot", {}, job, {}, negated, "Demander à l'agence d'intérim de commencer la mission dès lundi"},
    {"vente|vendre|achat|acheter ~4 appartement|appart|maison|studio|terrain|local|bien|immeuble", {}, commitment, {}, neg_ask, "Demander au notaire de fixer la date de signature pour la vente de mon studio"},
    // un nom sur une pétition reste public
    {"ajouter|mettre|inscrire ~3 nom|noms|signature ~6 petition|petitions", {}, public_statement, {}, negated, "Demander à la présidente d'ajouter mon nom à la pétition"},
    // des objectifs sans rien à demander
    {"plus|moins facilement", habit, {}, {}, unguarded, "Me faire rembourser plus facilement"},
    // un dimanche entier donné, des dizaines de choses faites main, un emménagement, un rôle pris
    {"passer|consacrer|donner ~1 tout|toute son|sa|leur|ton|ta|votre dimanche|samedi|week|journee|soiree|apres", {}, {}, big_favour, business | negated, "Demander à mon cousin de passer tout son dimanche à m'apprendre la guitare"},
    {"vingt|trente|quarante|cinquante|soixante|cent|cents|centaine|centaines|dizaines ~1 gateaux|biscuits|tartes|pages|lettres|invitations|enveloppes|flyers|sandwichs|crepes|cookies", {}, {}, big_favour, business | negated, "J'aimerais que tu relises mes deux cents pages de mémoire ce week-end"},
    {"emmenager|emmenages|emmenage|emmenagiez|emmenagions ~1 chez moi|nous", {}, relationship, emotional_load, negated, "J'aimerais que tu emménages chez moi le mois prochain"},
    {"comme representant|representante|delegue|deleguee|tresorier|tresoriere|president|presidente|secretaire|referent|referente", {}, commitment, {}, neg_ask, "Proposer à la directrice de me présenter comme représentante des parents d'élèves"},
    {"en tant que representant|representante|delegue|deleguee|tresorier|tresoriere|president|presidente|secretaire|referent|referente", {}, commitment, {}, neg_ask, "Me proposer en tant que trésorière de l'association"},
    {"effacer|eponger ~2 agios|dette|dettes|penalites|decouvert", {}, {}, negotiation, asked_about, "Demander à la banque d'effacer les agios des deux dernières années"},
    {"commander|acheter ~4 sur mesure", {}, commitment, {}, neg_ask, "Commander des rideaux sur mesure pour la chambre"},
    {"parler|parle|parles|parlions|discuter|discute ~3 de|du ton|votre|son comportement|attitude", {}, {}, confrontation, unguarded, "Faut qu'on parle sérieusement de ton comportement d'hier soir"},
    // tour 96-99 : un bon de commande, un reproche en question, une déclaration, la fierté demandée
    {"bon|bons de|d commande", {}, commitment, {}, neg_ask, "Demander au concessionnaire de préparer le bon de commande pour la voiture"},
    {"commander #big", {}, money, {}, negated | asked_about, "Demander au fleuriste de commander 200 € de fleurs pour le mariage"},
    {"trouve|trouves|trouvez|trouverait normal|juste|logique|acceptable de|d|que|qu", {}, {}, confrontation, unguarded, "Demander à mon chef s'il trouve normal de ne jamais me confier les bons dossiers"},
    {"<pas|plus trop demander", {}, {}, confrontation, unguarded, "Est-ce que c'est trop demander que vous me préveniez ?"},
    {"vous|tu me plaisez|plais", {}, {}, declaration, negated, "Dire à un inconnu : « Vous me plaisez »"},
    {"fier|fiere|fiers de moi|nous", {}, {}, emotional_load, negated, "Demander à mon père de me dire enfin qu'il est fier de moi"},
    {"chez elle|lui|eux !pour", {}, {}, big_favour, met_in_passing | negated, "Demander à l'hôtesse d'accueil si je peux laisser ma valise chez elle"},
    {"preter|prete|pretes|pretez|emprunter ~3 sa|son|leur|ta|votre|tes|ses bateau|maison|appartement|appart|chalet|camping|caravane|piscine|jardin", {}, {}, big_favour, met_in_passing, "Demander à un inconnu sur la plage de me prêter son bateau"},
    {"sa|son|leur|ta|votre|tes|ses maison|appartement|appart|voiture|bateau|chalet|camping|caravane ~5 week|semaine|mois|vacances|ete", {}, {}, big_favour, business | negated, "Demander à mon voisin s'il me laisse utiliser sa maison de campagne ce week-end"},
    // tour 100-103 : un dépôt, une offre acceptée, un projet pris en charge, une retenue sur salaire
    {"avec|contre|moyennant un|une|des depot|acompte|caution|arrhes", {}, money, {}, negated, "Demander à l'agent immobilier de bloquer la maison avec un dépôt de garantie"},
    {"promesse de|d embauche|vente", {}, commitment, {}, neg_ask, "Vous pouvez m'envoyer la promesse d'embauche ? Je la signe ce soir."},
    {"je|j la|le|les signe|signerai|signe", {}, commitment, {}, negated, "Je la signe ce soir"},
    {"confirme|confirmer|accepte|accepter ~3 poste|embauche|mission", {}, job, {}, negated, "Répondre au recruteur que je confirme pour le poste à Lyon"},
    {"prendre|prends|prend|prenne ~4 en charge", {}, commitment, {}, neg_ask, "Tu peux dire au directeur que je prends le projet Atlas en charge ?"},
    {"retenir|retiens|retient|deduire|prelever ~6 sur mon|ma salaire|paie|paye", {}, money, {}, negated, "Tu peux retenir les 180 € du casque cassé sur mon salaire ?"},
    {"passer|passe mon|ma|le|la contrat|poste ~3 forfait|temps|cdi|cadre|statut", {}, job, {}, neg_ask, "Demander à la RH de passer mon contrat au forfait jours"},
    {"que|qu on monte|lance|cree|organise|anime ensemble", {}, commitment, {}, negated, "Je veux bien qu'on monte ensemble la formation interne"},
    {"go|ok|banco pour le|la|les|l #num|devis|commande", {}, commitment, {}, negated, "Go pour les 300 chaises, vous pouvez lancer ?"},
    {"#num % de|d remise|reduction|rabais ~6 tarifs|loyer|contrat|abonnement|facture|commandes|annee|an", {}, {}, negotiation, asked_about, "Demander au fournisseur 30 % de remise sur tous les tarifs de l'an prochain"},
    {"contrat|abonnement|engagement|forfait ~3 de|d deux|trois|quatre|cinq|#num ans", {}, commitment, {}, neg_ask, "On part sur le contrat de maintenance de deux ans"},
    {"inscrire|inscrive|inscrives|inscris ~8 de|d|pour|sur|pendant #num|un|une|deux|trois|quatre|six|neuf|dix|douze mois|an|ans|annee|annees", {}, commitment, {}, neg_ask, "Obtenir du gérant qu'il m'inscrive à son programme de coaching de six mois"},
    // un associé, un renvoi exigé, un repas partagé, une visite, un dîner chez lui
    {"devenir|deviens|devienne mon|ton|notre associe|associee|partenaire", {}, commitment, big_favour, negated, "Proposer à un inconnu de devenir mon associé"},
    {"renvoie|renvoyer|vire|virer|licencie|licencier|sanctionne|sanctionner ~2 serveur|serveuse|employe|employee|vendeur|vendeuse|caissier|caissiere|stagiaire|collegue|salarie|salariee|livreur", {}, {}, confrontation, unguarded, "Réclamer au gérant qu'il renvoie le serveur"},
    {"partager|partage son|sa|leur repas|dejeuner|diner|gouter|sandwich|pique", {}, {}, big_favour, met_in_passing, "Demander à un inconnu de partager son déjeuner avec moi"},
    {"visiter|visite son|sa|leur|ses usine|atelier|entrepot|maison|bureaux|cuisine|laboratoire|locaux", {}, {}, big_favour, business, "Demander à un fournisseur de me faire visiter son usine"},
    {"recevoir|inviter ~3 a|au diner|dejeuner|manger chez lui|elle|eux", {}, {}, big_favour, negated, "Demander au client de me recevoir à dîner chez lui"},
    {"feter|organiser|faire ~5 dans|chez son|sa|leur jardin|maison|appartement|appart|terrasse|salon", {}, {}, big_favour, business, "Demander au voisin si je peux fêter mon anniversaire dans son jardin"},
    {"preparer|prepares|prepare|rediger|rediges|redige ~2 la|le|ma|mon presentation|rapport|discours|dossier|expose", {}, {}, big_favour, business | negated, "Serait-il possible que tu me prépares la présentation de lundi ?"},
    // round 104-107 : un inconnu qui garde mes enfants
    {"garder|surveiller|regarder mes|nos [deux|trois|petits] enfants|gosses|petits|bebe|fils|filles|jumeaux", {}, {}, big_favour, met_in_passing, "Demander à un passant de garder mes deux enfants pendant que je fais les courses"},
    // toute une fête organisée pour moi
    {"organiser|preparer|planifier tout|toute le|la|l|mon|ma ~1 fete|soiree|mariage|anniversaire|repas|evenement|voyage|demenagement|sejour", {}, {}, big_favour, business, "Demander à mon amie d'organiser toute la fête surprise de mon mari"},
    // rester tard pour finir mon travail
    {"rester|travailler|bosser jusque a|au ~4 pour finir|terminer|boucler|faire|taper", {}, {}, big_favour, business, "Demander à la stagiaire de rester jusqu'à 22 h ce soir pour finir mes tableaux"},
    {"rester|travailler|bosser tard ~4 pour finir|terminer|boucler", {}, {}, big_favour, business, "Demander à Léa de rester tard ce soir pour finir mes tableaux"},
    // accepter une offre d'emploi
    {"acceptation de|d la|l ~1 offre|poste|proposition|promesse", {}, job, {}, negated, "Pouvez-vous enregistrer mon acceptation de l'offre ?"},
    {"je accepte ~2 offre|poste|proposition", {}, job, {}, negated, "Dire à la recruteuse : j'accepte le poste"},
    // tout un trajet, tout un après-midi d'un inconnu
    {"pendant|durant tout|toute le|la|l trajet|voyage|vol|week|apres|soiree|journee|nuit|matinee|seance|film|concert", {}, {}, big_favour, met_in_passing, "Demander à un inconnu dans le TGV de m'aider à répéter mon entretien pendant tout le trajet"},
    // un engagement pris sur ma charge jusqu'à la fin de l'année
    {"je prends|reprends|gere|garde|suis ~5 jusque a la fin de|du [le|l] annee|mois|semestre|trimestre|saison|projet", {}, commitment, {}, neg_ask, "Je prends le dossier Martin jusqu'à la fin de l'année, tu me le confies ?"},
    {"je me|m occupe|charge ~5 jusque a la fin de|du [le|l] annee|mois|semestre|trimestre|saison|projet", {}, commitment, {}, neg_ask, "Je m'occupe du dossier jusqu'à la fin de l'année"},
    // un grand cadeau offert : un repas, une nuit
    {"repas|diner|dejeuner|menu|nuit|nuits|sejour|suite|chambre|vol|voyage|billet|billets ~3 offert|offerte|offerts|offertes|gratuit|gratuite|gratuits|gratuites", {}, {}, big_favour, unguarded, "Demander à la réception de l'hôtel une nuit offerte dans la suite"},
    {"nuit|nuits|repas|diner|sejour|week gratuitement|gratis", {}, {}, big_favour, unguarded, "Demander une nuit gratuitement à l'hôtel"},
    // un inconnu qui paie ma note
    {"payer|regler|offrir mon|ma|notre|nos addition|repas|note|ticket|billet|course|courses|consommations|verres", {}, {}, loan, met_in_passing, "Demander au voisin de table au restaurant de payer mon addition"},
    // attendre une heure pour moi
    {"me|m|nous attendre ~2 une|deux|trois|#num heure|heures", {}, {}, big_favour, unguarded, "Demander au chauffeur de VTC de m'attendre une heure sans compteur"},
    // un lieu fermé au public
    {"ferme|fermee|fermes|fermees|interdit|interdite|interdits|interdites|reserve|reservee|reserves|reservees a|au|aux [le|la|les] public|personnel|visiteurs|employes", {}, {}, big_favour, unguarded, "Demander à l'agent du musée de me faire entrer dans les réserves fermées au public"},
    // des excuses exigées devant les autres
    {"excuser|excuses|excuse|excuses ~2 devant|publiquement", {}, {}, confrontation, negated, "Tu vas t'excuser devant toute ta famille au repas de dimanche"},
    // un soupçon nommé sur un groupe public
    {"groupe|forum|page|fil public|publique", {}, public_statement, {}, negated, "Demander sur le groupe public du village qui a rayé ma voiture"},
    {"que je soupconne|accuse|suspecte", {}, {}, confrontation, negated, "Nommer le voisin que je soupçonne"},
    // round 108-111 : un rôle pris pour la saison
    {"pour [toute] la|l saison|annee", {}, commitment, {}, neg_ask | lent, "Demander au club de rugby de m'enregistrer comme entraîneur bénévole pour la saison"},
    // tout un dossier refait pour moi
    {"refaire|faire|remplir|rediger|preparer|reprendre toute|tout ma|mon|le|la declaration|dossier|compta|comptabilite|cv|memoire|site|demenagement", {}, {}, big_favour, business, "Demander à mon ami comptable de refaire toute ma déclaration d'impôts ce week-end"},
    // un but : « ne plus bégayer »
    {"^ ne plus", no_ask, {}, {}, unguarded, "Ne plus bégayer quand je demande un renseignement au guichet"},
    // une rencontre de l'appli chez moi, un rendez-vous
    {"appli|application|site|app de|d rencontre|rencontres ~10 venir|diner|verre|boire|sortir|voir|rencontrer|rendez|cafe|chez", {}, {}, declaration, negated, "Proposer à une personne de l'appli de rencontre de venir chez moi dès ce soir"},
    // un reproche en question : « ça t'arrive de remarquer que ... »
    {"ca te|vous arrive de|d remarquer|voir|penser|aider|ranger|faire|ecouter|participer|proposer|demander", {}, {}, confrontation, negated, "Ça t'arrive de remarquer que c'est moi qui fais toutes les lessives ?"},
    // une attitude à changer envers quelqu'un
    {"etre moins froid|froide|distant|distante|dur|dure|sec|seche|agressif|agressive|cassant|cassante|desagreable|critique|critiques", {}, {}, change_person, unguarded, "Tu veux bien être moins froide avec ma mère quand elle vient ?"},
    {"arretes|arrete|arretez|arreter de|d te|vous|se moquer|plaindre|vanter|comparer", {}, {}, change_person, unguarded, "Tu arrêtes de te moquer de ta sœur à table, c'est compris."},
    {", ce est compris|entendu $", {}, {}, confrontation, unguarded, "Tu ranges ta chambre, c'est compris."},
    // venir vivre chez quelqu'un : un gros service, qui reste réversible (corpus, k013)
    {"vivre|habiter|emmenager|installer chez toi|vous|lui|elle|eux|mon|ma|nos", {}, {}, big_favour, negated | asked_about, "Je peux venir vivre chez toi jusqu'à ce que je retrouve un appartement ?"},
    // round 112-115 : « s'il m'en veut », une question lourde
    {"me|m en veut|veux|voulez|voulait|voudrait", {}, {}, emotional_load, negated, "Demander à mon collègue Paul de me dire franchement s'il m'en veut"},
    // un ressenti, pas une demande : « Me sentir moins ridicule »
    {"^ me|se sentir", no_ask, {}, {}, unguarded, "Me sentir moins ridicule quand je demande un renseignement"},
    // un trajet en voiture par quelqu'un croisé
    {"me|nous conduire|deposer|emmener|ramener ~3 en voiture", {}, {}, big_favour, met_in_passing, "Monsieur, vous pourriez me déposer en voiture à la gare ?"},
    {"me|nous conduire|emmener|ramener ~3 a|au|aux|chez|jusque", {}, {}, big_favour, met_in_passing, "Demander à un passant de me conduire à la gare"},
    // se porter garant
    {"comme|en garant|garante|garants|caution", {}, commitment, big_favour, negated | asked_about, "Tu signes comme garant pour mon appart ?"},
    // une approche : « t'es trop mignonne »
    {"es|etes trop|tellement|si mignon|mignonne|belle|beau|jolie|canon|charmante|charmant|craquant|craquante", {}, {}, declaration, negated, "Tu me donnes ton 06 ? T'es trop mignonne"},
    // des mois de loyer d'avance
    {"#num|deux|trois|quatre|six|douze mois de|d loyer|loyers", {}, money, {}, negated | asked_about, "Je peux payer 3 mois de loyer d'avance ?"},
    // la tente dans le jardin d'un autre
    {"planter|camper|dormir|bivouaquer|garer ~4 votre|ton|son|leur jardin|terrain|champ|cour|pre|garage|allee", {}, {}, big_favour, unguarded, "Vous me laissez planter ma tente dans votre jardin cette nuit ?"},
    // une visite de la ville, de l'appartement d'un autre
    {"faire|fais|fait|faites|ferais|ferait visiter|montrer la|le ville|quartier|coin|region|centre|vieille", {}, {}, big_favour, unguarded, "Tu me fais visiter la ville demain aprem ?"},
    {"visiter son|leur|votre|ton appartement|appart|maison|logement|jardin", {}, {}, big_favour, unguarded, "Demander à la voisine de visiter son appartement pour comparer les surfaces"},
    // une remise, un remboursement intégral : une négociation
    {"geste commercial de|d #large", {}, {}, negotiation, asked_about, "Demander au directeur de l'agence un geste commercial de 150 € sur les agios"},
    {"rembourser|remboursement ~2 integralite|totalite|integral|integrale ~5 #big", {}, {}, negotiation, asked_about, "Demander au club de me rembourser l'intégralité du stage de 300 €"},
    {"en priorite avant", {}, {}, negotiation, asked_about, "Demander au bailleur de me loger en priorité avant les autres"},
    {"etre titulaire", {}, {}, promotion, asked_about, "Demander à la coach d'être titulaire à tous les matchs"},
    // des séances payantes, des années, des saisons
    {"inscrire ~6 douze|dix|vingt|trente|quinze|#num seances|cours|lecons", {}, commitment, {}, neg_ask, "Demander au cabinet de m'inscrire au programme de douze séances"},
    {"seances|cours|lecons payantes|payants", {}, commitment, {}, neg_ask, "S'inscrire aux séances payantes du cabinet"},
    {"pour deux|trois|quatre|cinq|six|dix|#num ans|annees|saisons|mandats", {}, commitment, {}, neg_ask | lent, "Proposer au syndic de rejoindre le conseil syndical pour trois ans"},
    {"tous|toutes les ~4 de la|cette saison", {}, commitment, {}, neg_ask, "Demander au capitaine de m'inscrire comme arbitre de tous les matchs à domicile de la saison"},
    {"benevole|benevoles permanent|permanente|permanents|regulier|reguliere|reguliers", {}, commitment, {}, neg_ask, "M'inscrire comme bénévole permanent pour les maraudes"},
};

// Les métiers et leur travail : le travail de l'un demandé à quelqu'un qui en a un autre est
// un service hors de son métier. Qui tient un guichet, un comptoir ou un bar n'a pas de
// travail ici : tout ce travail est hors du sien.
constexpr Trade trades[] = {
    {"vehicules", "garagiste|mecanicien|mecanicienne|mecano|garage|velociste|reparateur|reparatrice|concessionnaire|velo|velos|cycles|moto|pneus", "Demander au garagiste de vérifier mes freins"},
    {"plomberie", "plombier|plombiere|chauffagiste|chauffage|artisan|bricoleur|gardien|gardienne|concierge|proprietaire|proprio|syndic|depanneur", "Demander au plombier de réparer la fuite sous l'évier"},
    {"electricite", "electricien|electricienne|artisan|bricoleur|gardien|gardienne|concierge|proprietaire|proprio|syndic|depanneur", "Demander à l'électricien de changer la prise du salon"},
    {"menuiserie", "menuisier|menuisiere|charpentier|ebeniste|serrurier|vitrier|installateur|installatrice|artisan|bricoleur|gardien|gardienne|concierge|proprietaire|proprio|syndic|monteur|cuisiniste", "Demander au menuisier de réparer la porte de mon placard"},
    {"peinture", "peintre|decorateur|decoratrice|carreleur|platrier|artisan|bricoleur|proprietaire|proprio|syndic|bailleur", "Demander au peintre de repeindre mon couloir"},
    {"batiment", "couvreur|macon|ramoneur|artisan|bricoleur|proprietaire|proprio|syndic|gardien|gardienne", "Demander au couvreur de nettoyer mes gouttières"},
    {"informatique", "informaticien|informaticienne|technicien|technicienne|reparateur|reparatrice|depanneur|developpeur|developpeuse|geek|hotline|support|informatique", "Demander à l'informaticien de regarder mon ordinateur"},
    {"sante", "medecin|docteur|generaliste|infirmier|infirmiere|pharmacien|pharmacienne|pharmacie|dentiste|kine|kinesitherapeute|dermatologue|opticien|opticienne|veterinaire|veto|urgentiste|chirurgien|osteopathe|osteo|clinique|sage", "Demander à la pharmacienne de regarder ce bouton sur mon bras"},
    {"ecrit", "professeur|professeure|prof|enseignant|enseignante|instituteur|institutrice|maitresse|traducteur|traductrice|ecrivain|ecrivaine|journaliste|redacteur|redactrice|editeur|editrice|correcteur|correctrice|tuteur|tutrice|secretaire", "Demander à ma prof de français de relire ma lettre de motivation"},
    {"papiers", "comptable|expert|avocat|avocate|notaire|juriste|conseiller|conseillere|agent|employe|employee|guichetier|guichetiere|mairie|prefecture|secretaire|assistante|assistant|banque|banquier|banquiere|ecrivain|public|caf|cpam|administration", "Demander à l'agent de la mairie de m'aider à remplir le formulaire"},
    {"comptes", "comptable|expert|fiscaliste|conseiller|conseillere|banquier|banquiere|banque", "Demander au comptable de vérifier ma déclaration d'impôts"},
    {"conseil", "conseiller|conseillere|consultant|consultante|mentor|comptable|banquier|banquiere|banque|investisseur|coach|incubateur", "Demander à mon mentor son avis sur mon business plan"},
    {"droit", "avocat|avocate|notaire|juriste|huissier|immobilier|immobiliere|agence|proprietaire|proprio|bailleur|syndic", "Demander à l'avocate de relire mon bail"},
    {"patisserie", "boulanger|boulangere|boulangerie|patissier|patissiere|patisserie|traiteur|cuisinier|cuisiniere", "Demander au boulanger de faire un gâteau pour dimanche"},
    {"cuisine", "cuisinier|cuisiniere|traiteur|restaurant|restau|resto|cantine|creperie|pizzeria|brasserie|cuisine", "Demander au traiteur de préparer le buffet"},
    {"couture", "couturier|couturiere|retoucheur|retoucheuse|retouche|retouches|tailleur|cordonnier|cordonniere|pressing|teinturier|teinturerie", "Demander à la couturière de faire l'ourlet de mon pantalon"},
    {"coiffure", "coiffeur|coiffeuse|barbier|estheticienne|salon", "Demander au coiffeur de couper ma frange"},
    {"jardins", "jardinier|jardiniere|paysagiste|pepinieriste|fleuriste|elagueur", "Demander au jardinier de tailler la haie"},
    {"conduite", "chauffeur|chauffeuse|taxi|vtc|uber|conducteur|conductrice|ambulancier|ambulanciere|moniteur|monitrice", "Demander au chauffeur de taxi de me conduire à la gare"},
    {"menage", "menage|entretien|nettoyage|menagere|aide|pressing|lavage", "Demander à la femme de ménage de ranger mon appartement"},
    {"demenagement", "demenageur|demenageurs|demenagement|porteur|manutentionnaire", "Demander aux déménageurs de monter le piano"},
    {"graphisme", "graphiste|designer|imprimeur|imprimerie|agence|developpeur|developpeuse|illustrateur|illustratrice|studio", "Demander au graphiste de dessiner un logo pour ma boutique"},
    {"reparations", "reparateur|reparatrice|cordonnier|cordonniere|bricoleur|maroquinier|horloger|bijoutier", "Demander au cordonnier de réparer ma valise"},
    {"visites", "plombier|plombiere|electricien|electricienne|artisan|bricoleur|menuisier|charpentier|serrurier|couvreur|peintre|carreleur|vitrier|chauffagiste|installateur|installatrice|macon|technicien|technicienne|depanneur|menage|infirmier|infirmiere|medecin|docteur|veterinaire|livreur|livreuse|facteur|factrice|demenageur|demenageurs|jardinier|jardiniere|paysagiste|ramoneur|nounou|baby|aide|proprietaire|proprio|gardien|gardienne|concierge|agent", "Demander à l'électricien de passer chez moi jeudi"},
    {"guichet", "receptionniste|hotesse|hote|caissier|caissiere|vendeur|vendeuse|employe|employee|guichetier|guichetiere|libraire|bibliothecaire|vigile|controleur|controleuse|steward|coach|entraineur|entraineuse|buraliste|marchand|marchande|commercant|commercante|epicier|epiciere|postier|postiere|standardiste|accueil|agent|serveur|serveuse|barman|barista|cafe|bar|boucher|bouchere|poissonnier|poissonniere|fromager|fromagere", "Demander à la caissière de réparer mon vélo"},
};

constexpr TradeWork trade_work[] = {
    {"vehicules", "reparer|regonfler|gonfler|changer|regler|verifier|reviser|purger|resserrer|regarder|oeil ~5 freins|frein|pneu|pneus|crevaison|chaine|vitesses|moteur|embrayage|derailleur|rayons|suspension", "Demander au pharmacien de régler les freins de mon vélo"},
    {"vehicules", "reparer|reviser|depanner|regarder|oeil ~4 mon|ma|notre|son ~2 velo|voiture|moto|scooter|bagnole|camionnette", "Demander à la bibliothécaire de réparer mon vélo"},
    {"plomberie", "reparer|deboucher|installer|changer|purger|remplacer|regarder|oeil|verifier ~5 chaudiere|evier|robinet|lavabo|toilettes|wc|douche|fuite|tuyau|tuyaux|radiateur|radiateurs|baignoire|ballon|chauffe|plomberie|canalisation", "Demander à mon médecin s'il peut regarder la fuite de mon évier"},
    {"electricite", "reparer|installer|changer|remplacer|verifier|regarder|oeil ~5 prise|prises|fusible|fusibles|tableau|disjoncteur|electricite|installation", "Demander au plombier de regarder une prise"},
    {"menuiserie", "reparer|poser|fixer|monter|assembler|remplacer ~5 etagere|etageres|volet|volets|lustre|placard|placards|meuble|meubles|armoire|tringle|rideaux|store|stores|porte|portes|fenetre|fenetres|serrure|tiroir|tiroirs|chaise|chaises|table|lit|bureau|plancher|escalier", "Demander au vendeur de la quincaillerie de venir poser mes étagères"},
    {"peinture", "repeindre|peindre|tapisser ~4 mon|ma|notre|mes|le|la|les ~2 salon|chambre|cuisine|mur|murs|porte|volets|plafond|appartement|maison|cloture|portail|couloir|salle|entree", "Demander à la fleuriste de repeindre ma cuisine"},
    {"batiment", "reparer|nettoyer|deboucher|refaire ~4 toit|toiture|gouttiere|gouttieres|cheminee|tuiles|mur|murs", "Demander au facteur de réparer ma gouttière"},
    {"informatique", "reparer|configurer|installer|depanner|nettoyer|formater|debloquer|parametrer|reinstaller|mettre|regarder|oeil ~5 mon|ma|mes|notre|l ~2 ordinateur|ordi|pc|mac|imprimante|box|wifi|routeur|tablette|logiciel|site|reseau|telephone|smartphone|portable|ecran|console", "Demander au plombier d'installer mon imprimante"},
    {"sante", "regarder|examiner|ausculter|soigner|diagnostiquer|oeil ~5 bouton|boutons|grain|plaie|eruption|rougeur|rougeurs|blessure|piqure|grosseur|brulure|entorse|dent|dents|gorge|oeil|yeux|oreille|genou|cheville|poignet|allergie|bosse|toux|ampoule|morsure", "Demander au boulanger de regarder la rougeur sur mon bras"},
    {"sante", "verifier ~5 bouton|boutons|grain|plaie|eruption|rougeur|rougeurs|blessure|piqure|grosseur|brulure|entorse|bosse|morsure", "Demander à la fleuriste de vérifier ce grain de beauté"},
    {"sante", "prescrire|diagnostiquer|vacciner|ausculter", "Demander à la réceptionniste de me prescrire un sirop"},
    {"ecrit", "ecrire|rediger|reecrire ~5 mon|ma|mes|un|une ~3 discours|cv|dissertation|memoire|candidature|voeux|eloge|toast|poeme|chanson|roman|these", "Demander au garagiste de m'aider à écrire mon discours de mariage"},
    {"ecrit", "traduire ~4 mon|ma|mes|notre|nos|tout|toute ~3 bail|contrat|lettre|document|documents|dossier|cv|diplome|acte|memoire|livre|site|papiers|courrier", "Demander à la réceptionniste de traduire tout mon bail en espagnol"},
    {"ecrit", "relire|corriger ~4 mon|ma|mes|notre ~3 memoire|these|dissertation|cv|rapport|roman|manuscrit|discours|lettre|dossier|candidature", "Demander au coiffeur de relire mon mémoire"},
    {"papiers", "remplir|completer ~4 mon|ma|mes|notre|le|la|les|un|une ~3 dossier|formulaire|formulaires|papiers|demande|cerfa|visa", "Demander au chauffeur de taxi de m'aider à remplir mon dossier de retraite"},
    {"comptes", "faire|remplir|verifier|regarder|preparer|relire ~4 ma|mes|notre|nos ~2 declaration|impots|comptes|compta|bilan", "Demander au barbier de remplir ma déclaration d'impôts"},
    {"conseil", "business plan|plans", "Demander au dentiste ce qu'il pense de mon business plan"},
    {"conseil", "plan|projet de|d affaires|entreprise", "Demander au boulanger son avis sur mon plan d'affaires"},
    {"droit", "relire|verifier|regarder|rediger|examiner ~4 mon|ma|notre|le|la ~2 bail|testament|acte|divorce|succession|compromis", "Demander au mécanicien de relire mon bail"},
    {"patisserie", "faire|preparer|cuire ~4 gateau|gateaux|tarte|tartes|pain|biscuits|brioche|quiche|patisseries", "Demander à la caissière de faire un gâteau pour l'anniversaire de mon fils"},
    {"patisserie", "patisser", "Demander au libraire de pâtisser pour la fête"},
    {"cuisine", "faire|preparer|cuisiner ~4 repas|diner|dejeuner|buffet", "Demander au libraire de préparer le repas de mes invités"},
    {"couture", "coudre|recoudre|ourler|raccommoder|repriser", "Demander à la barista de recoudre un bouton de mon manteau"},
    {"couture", "retoucher|repasser|raccourcir ~3 mon|ma|mes|notre ~2 chemise|chemises|pantalon|linge|robe|veste|costume|jupe|manteau|jean|rideaux", "Demander à la réceptionniste de repasser ma chemise"},
    {"coiffure", "couper|teindre|tresser|coiffer|raser|colorer|lisser ~3 mes|ma|mon|les ~2 cheveux|barbe|frange|moustache|ongles", "Demander à la serveuse de me couper les cheveux"},
    {"jardins", "tondre|desherber|elaguer|becher ~4 ma|mon|notre|la|le|les ~2 pelouse|jardin|gazon|haie|haies|arbre|arbres|massif|massifs|potager", "Demander au facteur de tondre ma pelouse"},
    {"jardins", "tailler ~4 ma|mon|notre|nos|la|le|les ~2 haie|haies|arbre|arbres|rosiers|buis|thuyas", "Demander à la caissière de tailler ma haie"},
    {"conduite", "me|nous conduire|reconduire|raccompagner|vehiculer ~5 voiture|aeroport|gare|hopital|urgences|domicile|maison|chez", "Demander à l'agent de la gare de me conduire à Nantes en voiture"},
    {"conduite", "me|nous emmener|ramener|deposer ~4 en voiture", "Demander au vendeur de me ramener chez moi en voiture"},
    {"menage", "nettoyer|ranger|aspirer|laver|desencombrer ~3 mon|ma|notre|mes ~2 appartement|appart|maison|chambre|cuisine|salle|voiture|placard|placards|dressing|garage|cave|grenier|vitres|four|penderie", "Demander au coiffeur de ranger mon appartement"},
    {"demenagement", "porter|monter|descendre|deplacer|transporter ~5 canape|frigo|refrigerateur|armoire|piano|meubles|lit|matelas|congelateur|machine", "Demander au chauffeur de taxi de m'aider à monter mon canapé"},
    {"graphisme", "dessiner|creer|concevoir|faire|coder|imaginer ~3 logo|site|affiche|affiches|flyer|flyers|brochure|application|appli|invitations", "Demander à la barista de créer le logo de mon entreprise"},
    {"reparations", "regarder|oeil ~4 mon|ma|mes|notre|la|le ~2 poussette|parapluie|valise|fermeture|montre", "Demander à la serveuse de jeter un œil à ma poussette cassée"},
    {"reparations", "reparer|recoller ~4 mon|ma|mes|notre|la|le ~2 poussette|roue|roues|parapluie|valise|fermeture|chaussure|chaussures|talon|sac|montre", "Demander au pharmacien de réparer la roue de ma poussette"},
    {"visites", "venir|passer|monter ~4 chez moi|nous", "Demander au vendeur de passer chez moi samedi"},
    {"visites", "venir|passer ~4 a domicile", "Demander à la libraire de venir à domicile"},
};

constexpr sv negations[] = {"sans", "avant", "pas", "jamais", "ne", "ni", "plutot", "lieu",
                            "eviter", "aucun", "aucune", "suspendre", "geler", "pause"};
constexpr sv question_words[] = {"comment", "quand", "quel", "quelle", "quels", "quelles",
                                 "combien", "pourquoi", "lequel", "laquelle", "renseign*",
                                 // la copie d'un papier signé se demande, elle n'engage pas
                                 "copie", "copies", "photocopie", "scan",
                                 "info", "infos", "information", "informations", "conditions",
                                 "modalites", "delai", "delais", "formulaire", "procedure",
                                 "demarches", "etapes", "regles", "ou en", "quelle|quelles date|dates", "<bloquer|reserver|fixer|retenir|garder la|les date|dates de|d|du|des|limite",
                                 // whether something exists is asked about: « s'il existe une possibilité de temps partiel »
                                 "existe", "existerait",
                                 // une explication demandée : « une explication sur la ligne de 1 200 € »
                                 "explication", "explications", "detail"};
// ... et l'objet qu'on essaie : « essayer le vélo à 1 200 € » ne paie rien
constexpr sv price_words[] = {"essayer|tester|essaye|teste le|la|les|l|un|une", "prix !demande", "remboursable", "remboursables",
                              "c|ce est|etait [bien|vraiment] #amount",
                              // un prix vérifié : « si la crème est bien à 15,90 € »
                              "est|sont|etait|serait bien|toujours|encore a #amount",
                              // un prix affiché, à discuter : « la lampe marquée 18 € peut descendre un peu »
                              "marque|marquee|marques|marquees|affiche|affichee|etiquete|etiquetee #amount", "peut|peuvent|pourrait descendre|baisser un peu",
                              // une chose désignée par son prix, dans une question : « si le câble à 15 € est compatible »
                              "si le|la|les|l|ce|cette|ces _ a #amount", "si le|la|les|l|ce|cette|ces #amount",
                              // ce qu'un prix comprend : « si les 1 200 euros comprennent les charges »
                              "inclut|incluent|comprend|comprennent",
                              // un reçu est pour une somme déjà payée
                              "ticket de caisse", "si le|la|les|l|ce|cette|ces _ _ a #amount", "tarif", "tarifs", "devis", "cout", "couts", "coute",
                              "coutent", "couterait", "couteraient", "coutera", "estimation",
                              "montant", "frais", "reduction", "remise", "ristourne", "rabais", "taux", "essai", "essais",
                              // ce qui est encore à vendre se demande : « est-il toujours disponible ? »
                              "toujours|encore disponible|disponibles|dispo|dispos",
                              "promo", "budget !de|du", "budget de|d le|l equipe|service", "cher", "combien",
                              // un reçu est pour une somme payée ; un petit geste est une remise ; un prix jugé
                              "recu", "recus", "justificatif", "geste", "parait|semble correct|raisonnable|juste|normal|honnete|cher",
                              // un plafond, la monnaie, la façon de payer une somme déjà due : on
                              // demande, on ne s'engage pas (une offre d'achat à un prix engage)
                              "moins de #amount", "pas plus de #amount", "max|maximum #amount",
                              "monnaie sur|de #amount", "changer|casser ~3 billet|billets",
                              // une somme plus basse proposée à la place : une remise demandée
                              "#amount ~5 au lieu de #amount", "juste|bon|correct|raisonnable|normal prix", "en especes|liquide|monnaie", "par carte|cheque",
                              // la monnaie sur un billet : on ne paie rien
                              "la monnaie"};
constexpr sv incoming_money[] = {"retirer|retire ~3 #amount",
                                 "demander|demande ~4 #amount", "relancer|relance", "avoir|gagner|toucher|recevoir ~4 de plus par|chaque mois|an|annee|semaine", "me|m|nous|vous donner|donne|offrir|offre|verser|virer|envoyer", "en cadeau",
                                 "pour mon|notre anniversaire|noel|mariage", "baisser", "baisse", "reduire", "reduction", "diminuer", "rembours*", "rendre", "rende", "rendes", "doit", "dois",
                                 "devez", "augmentation", "salaire", "prime", "paye", "paie",
                                 "remuneration", "indemnite", "indemnites", "retour",
                                 // une somme retirée d'un prix est demandée, pas payée
                                 "#amount de remise|rabais|reduction|ristourne|moins", "remise|rabais|ristourne de #amount",
                                 // une amende, des frais annulés : de l'argent qu'on ne paie pas
                                 "annuler|annule|enlever|enleve|retirer|retire|supprimer|supprime|effacer|lever|sauter ~4 amende|amendes|frais|agios|penalite|penalites|pv|contravention|majoration|surtaxe",
                                 "annulation|exoneration|remise|remboursement ~4 amende|amendes|frais|agios|penalite|penalites|pv|contravention|majoration|surtaxe",
                                 // l'argent qu'on me doit, demandé : « ta part de la pizza »
                                 "ta|votre|sa|leur part", "lydia|paylib|wero|paypal|revolut",
                                 // un geste commercial est une remise demandée
                                 "geste commercial",
                                 // une cotisation des autres, un moyen de paiement demandé
                                 "cotiser|cotisent|cotisiez|cotisez", "accepte|acceptez|acceptent|prend|prenez|prennent la|les carte|cartes|cb|especes|cheques",
                                 // mis de côté sans rien verser
                                 "sans acompte|arrhes|avance|engagement|payer|verser|frais",
                                 // payé par l'autre, de sa poche : un cadeau, pas une dette
                                 "payer|paie|paye|paies|payes|paierait|paierais|paieraient|payerait|regler|regle ~6 elle|lui|eux|vous meme|memes", "de sa|ta|votre|leur poche", "a ma|notre place"};
constexpr sv public_places[] = {"commentaire|commentaires|message|avis public|publique|publics|publiques", "devant toute la|tout le cantine|classe|salle|ecole|bureau|service|open|monde|groupe|promo|promotion",
    "au micro", "sous le|la|son|sa post|publication|story|video",
    "devant toute|tout l assemblee|equipe|entreprise|association|amphi|atelier",
    "sur le|la canal|chaine|groupe public|publique|general|generale",
    "groupe|conversation whatsapp|facebook|messenger|signal|telegram ~3 immeuble|quartier|residence|copro|coproprietaires|voisins|parents|rue",
    "groupe|conversation ~2 parents|classe|eleves",
    "devant ~2 tout|toute|tous|toutes|collegues|equipe|famille|amis|clients|invites|gens|autres|classe|monde|eux|public|service|voisins|personnel|bureau|coproprietaires|residents|locataires|parents|habitants|salaries|employes|membres",
    "en public", "publiquement",
    "en reunion", "a la|le reunion|assemblee|pot|soiree|fete|mariage|diner", "en ag",
    "assemblee generale", "reunion de copropriete|coproprietaires|parents|famille|equipe",
    "conseil syndical", "conseil municipal", "cagnotte|crowdfunding|leetchi|cagnottes", "en ligne", "sur facebook|instagram|twitter|linkedin|tiktok|x|snapchat",
    "groupe|forum|page|fil de le|du quartier|immeuble|residence|parents|classe|famille|boulot",
    "groupe whatsapp|facebook|messenger",
    "une|1|deux|2 etoile|etoiles", "avis negatif|assassin|incendiaire",
    "sur les reseaux", "sur le groupe", "dans le groupe", "le canal", "la boucle",
    "a toute la|l equipe|boite|famille|classe", "a tout le service|bureau|monde|immeuble",
    "au micro", "repondre a tous", "en plein|pleine", "a la radio", "dans la presse"};
constexpr sv public_acts[] = {"poster|publier|laisser|ecrire|mettre ~3 commentaire|commentaires", "annonc*", "pardon", "excuses", "publier|publie|poster|poste ~3 ma|mon|sa|son|une|un candidature|annonce|lettre|texte", "publier|publie|publiant|poster|poste ~10 que|qu",
                              "publier|publie|publiant|poster|poste ~2 photo|photos|video|videos|avis|capture|captures|nom|adresse|message|mot", "dire|dis|redire devant ~6 que|qu", "publier|publie|poster|poste ~6 message|mot", "declarer|declare !mes|mon|ma|nos|vos|ses|son|sa|les|leurs|leur|impots|revenus|sinistre|en",
                              "denoncer|denonce", "afficher|affiche", "crier|crie", "balancer",
                              "dire a tout le monde", "prendre la parole", "publiquement",
                              "ecrire|ecris|mettre|mets ~8 que|qu",
                              // a crowdfunding started, not the flatmates' kitty: « une cagnotte de 2 € chacun »
                              "lancer|lance|creer|cree|ouvrir|ouvre|organiser|organise|partager|partage|poster|poste|faire|fais ~2 cagnotte|crowdfunding|leetchi|cagnottes",
                              "petition|petitions"};
constexpr sv lending[] = {"preter", "prete", "pretes", "pretez", "preterais", "preterait",
                           "emprunter", "emprunte", "empruntes"};
constexpr sv possibility[] = {"si|s je|j|on peux|peut|pourrais|pourrait|pouvais"};
constexpr sv addressed[] = {"tu", "vous"};
// un nombre nu suivi de l'un d'eux est une somme : « prête-moi 300 jusqu'à vendredi »
constexpr sv sum_followers[] = {"pour", "jusque", "jusqu", "avant", "et", "de", "par", "a"};
// un nombre nu après l'un d'eux nomme une chose : « le bus 38 », « la salle 12 », « le quai 3 »
// a short length of time said: the `brief` guard
constexpr sv ways_asked[] = {"comment", "où"};
constexpr sv brief_times[] = {"quelques|cinq|dix|quinze|vingt|deux|trois minutes|min", "une|1|deux|2 minute|minutes", "une demi heure", "deux fois", "vite fait", "rapidement"};
constexpr sv number_labels[] = {"bus", "ligne", "quai", "voie", "porte", "salle", "chambre", "table", "place",
                                "siege", "rang", "appartement", "appart", "etage", "page", "chapitre", "exercice",
                                "question", "vol", "train", "numero", "n", "no", "allee", "casier", "bureau", "lit", "tram"};
// la personne est une inconnue, qui qu'elle soit : « on vient de se rencontrer »
constexpr sv just_met[] = {"vient|venons de se|nous rencontrer", "ne se connait pas", "ne nous connaissons pas",
                           "ne vous|te connais pas", "parfait|total|complet inconnu|inconnue",
                           "que|qu je|j|vous|tu|on|nous ne|n connais|connait|connaissez|connaissons pas",
                           "famille|personne|femme|homme|dame|monsieur|voisin|voisine|voisins inconnu|inconnue|inconnus|inconnues",
                           // quelqu'un croisé, assis à côté le temps d'un trajet
                           "croise|croisee|croises|croisees dans|au|a|en", "voisin|voisine de siege|rangee|train|bus|table",
                           "table voisine",
                           // « un mec dans la queue », « une dame au marché » : quelqu'un de croisé, sans nom
                           "un|une mec|type|gars|nana|meuf|fille|garcon|homme|femme|dame|monsieur|jeune|ado dans|au|sur|devant|derriere",
                           // « Thomas, de la salle de sport, » : connu d'un lieu et de là seulement
                           ", de|du [la|le] salle|club|cours de|d sport|gym|muscu|danse|yoga|boxe|escalade|tennis|foot|natation|theatre ,",
                           // ce qu'on dit à qui l'on ne connaît pas : « Excusez-moi, ... », « Monsieur, ... »
                           "excusez moi", "pardon monsieur|madame", "bonjour|bonsoir monsieur|madame", "monsieur|madame ,"};
constexpr sv possessives[] = {"mon _", "ma _", "mes _", "son _", "sa _", "ses _", "leur _",
                              "notre _", "le patron", "le proprio", "le voisin", "la voisine"};

// ------------------------------------------------------------------------------------
// Clarity warnings

constexpr WarningRule warnings[] = {
    {"peut etre", WarningKind::hedge, "Peut-être demander l'addition"},
    {"eventuellement", WarningKind::hedge, "Demander éventuellement un délai"},
    {"si possible", WarningKind::hedge, "Demander un délai si possible"},
    {"si ca|cela ne te|vous|le|la|leur|lui derange|ennuie pas", WarningKind::hedge, "Demander un délai, si ça ne vous dérange pas"},
    {"si ca|cela te|vous|le|la|leur|lui derange|ennuie pas", WarningKind::hedge, "Demander un délai si ça vous dérange pas"},
    {"si ce ne est|etait pas trop demander", WarningKind::hedge, "Demander un délai, si ce n'est pas trop demander"},
    {"si ce est|etait pas trop demander", WarningKind::hedge, "Demander un délai si c'est pas trop demander"},
    {"si ce ne est|etait pas trop", WarningKind::hedge, "Demander un délai si ce n'est pas trop"},
    {"si tu|vous|il|elle as|a|avez|as le temps", WarningKind::hedge, "Demander un délai si tu as le temps"},
    {"si tu|vous|il|elle as|a|avez un moment|instant|minute", WarningKind::hedge, "Demander un délai si vous avez un moment"},
    {"si ca|cela te|vous|lui|leur va|dit", WarningKind::hedge, "Proposer un café si ça te dit"},
    {"enfin si|s il|elle|tu|vous veut|veux|voulez|peut|peux|pouvez [bien]", WarningKind::hedge, "Demander un délai, enfin s'il veut bien"},
    {"si il|elle|tu|vous veut|veux|voulez bien", WarningKind::hedge, "Demander de l'aide si elle veut bien"},
    {"je me demandais|demande si|s [je|j|on] [pouvais|pourrais|peux|pouvait|pourrait|peut]", WarningKind::hedge, "Je me demandais si je pouvais partir plus tôt"},
    {"par hasard", WarningKind::hedge, "Demander par hasard s'il reste du pain"},
    {"sans vouloir te|vous deranger|embeter", WarningKind::hedge, "Sans vouloir vous déranger, demander l'heure"},
    {"bon alors voila", WarningKind::hedge, "Bon alors voilà, demander l'heure"},
    {"alors voila", WarningKind::hedge, "Alors voilà, demander l'heure"},
    {"si jamais", WarningKind::hedge, "Demander le code si jamais"},
    {"je sais pas", WarningKind::hedge, "Je sais pas, demander l'heure"},
    {"desole|desolee|desoles de|d te|vous|le|la|les|lui|leur deranger|embeter|importuner|ennuyer|demander",
     WarningKind::apology, "Désolé de vous déranger, vous avez l'heure ?"},
    {"[vraiment|tellement|trop] desole|desolee|desoles [hein|vraiment|encore]", WarningKind::apology, "Vraiment désolé, vous avez l'heure ?"},
    {"pardon de|pour le|la|vous deranger|derangement", WarningKind::apology, "Pardon de vous déranger, vous avez l'heure ?"},
    {"excuse|excusez moi de|d te|vous deranger|demander|embeter", WarningKind::apology, "Excusez-moi de vous déranger, vous avez l'heure ?"},
    {"excuse|excusez moi", WarningKind::apology, "Excusez-moi, vous avez l'heure ?"},
    {"je m|me excuse", WarningKind::apology, "Je m'excuse, vous avez l'heure ?"},
    {"je sais que|qu ~14 mais", WarningKind::self_deprecation, "Je sais que tu es occupé mais tu peux m'aider ?"},
    {"je sais que|qu ce est|c beaucoup|bete|idiot|nul|lourd|pénible|penible", WarningKind::self_deprecation, "Je sais que c'est bête, tu as l'heure ?"},
    {"ce est|etait surement|sans|peut|probablement ~1 bete|idiot|idiote|nul|nulle", WarningKind::self_deprecation, "C'est sûrement bête, tu as l'heure ?"},
    {"question bete|idiote|stupide|nulle", WarningKind::self_deprecation, "Question bête : tu as l'heure ?"},
    {"je suis nul|nulle|pénible|penible|chiant|chiante|lourd|lourde|bete", WarningKind::self_deprecation, "Je suis nulle, tu peux m'aider avec le formulaire ?"},
    {"je suis trop nul|nulle|bete", WarningKind::self_deprecation, "Je suis trop nul, tu m'aides avec le formulaire ?"},
    {"je ai honte de demander", WarningKind::self_deprecation, "J'ai honte de demander, tu as l'heure ?"},
    {"rien de grave|special|important", WarningKind::minimiser, "Rien de grave, tu as l'heure ?"},
    {"ce est|c rien", WarningKind::minimiser, "C'est rien, tu as l'heure ?"},
    {"ce est|c trois fois rien", WarningKind::minimiser, "C'est trois fois rien, tu as un stylo ?"},
    {"pas grand chose", WarningKind::minimiser, "Pas grand-chose, tu as un stylo ?"},
    {"un tout petit", WarningKind::minimiser, "Un tout petit service : tu as un stylo ?"},
    {"vite fait", WarningKind::minimiser, "Vite fait, tu as un stylo ?"},
    {"<viens|vient|venons|venez|viennent|venais|venait|venions juste|simplement|seulement !avant|apres|devant|derriere|a|au|en|la|ici", WarningKind::minimiser, "Je voudrais juste un stylo"},
};

// ------------------------------------------------------------------------------------
// Money, numbers, shorthands

constexpr Currency currencies[] = {
    {"euros", 1}, {"euro", 1}, {"eur", 1}, {"balles", 1}, {"boules", 1}, {"dollars", 1},
    {"dollar", 1}, {"francs", 1}, {"chf", 1}, {"livres", 1}, {"centimes", 0.01},
    {"cts", 0.01}, {"k", 1000}, {"keuros", 1000}, {"patates", 1000}, {"briques", 10000},
    {"patate", 1000}, {"brique", 10000}, {"e", 1},
    {"piasses", 1}, {"piasse", 1}, {"piastres", 1}, {"piastre", 1},  // des dollars, au Québec
    // d'autres monnaies, par code ou par nom, à un taux grossier en euros : il suffit de
    // distinguer une pièce d'une dette (« 95 000 KES », « 2 000 roupies »)
    {"cad", 0.7}, {"aud", 0.6}, {"usd", 1}, {"gbp", 1.15}, {"jpy", 0.006}, {"yens", 0.006}, {"yen", 0.006},
    {"cny", 0.13}, {"yuans", 0.13}, {"inr", 0.011}, {"roupies", 0.011}, {"kes", 0.007}, {"shillings", 0.007},
    {"zar", 0.05}, {"rands", 0.05}, {"kr", 0.09}, {"sek", 0.09}, {"nok", 0.09}, {"dkk", 0.13}, {"couronnes", 0.1},
    {"pln", 0.23}, {"zł", 0.23}, {"zlotys", 0.23}, {"czk", 0.04}, {"huf", 0.0025}, {"mxn", 0.05}, {"pesos", 0.05},
    {"brl", 0.17}, {"reais", 0.17}, {"aed", 0.25}, {"mad", 0.09}, {"dirhams", 0.1}, {"xof", 0.0015},
    {"xaf", 0.0015}, {"fcfa", 0.0015}, {"cfa", 0.0015}, {"tnd", 0.3}, {"dzd", 0.007}, {"dinars", 0.3}};

constexpr NumberWord number_words[] = {
    {"un", 1}, {"une", 1}, {"deux", 2}, {"trois", 3}, {"quatre", 4}, {"cinq", 5}, {"six", 6},
    {"sept", 7}, {"huit", 8}, {"neuf", 9}, {"dix", 10}, {"onze", 11}, {"douze", 12},
    {"quinze", 15}, {"vingt", 20}, {"vingts", 20}, {"trente", 30}, {"quarante", 40},
    {"cinquante", 50}, {"soixante", 60}, {"septante", 70}, {"huitante", 80}, {"octante", 80},
    {"nonante", 90}, {"cent", 100}, {"cents", 100}, {"mille", 1000},
    {"million", 1000000}, {"millions", 1000000}};

// an instruction to oneself: its opener, and the second person read as the asker
constexpr sv self_openers[] = {"demande", "appelle", "telephone", "propose", "dis", "ecris", "envoie", "ose", "essaie", "essaye", "va", "pose", "invite", "obtiens", "reclame", "sollicite", "negocie", "rappelle", "offre", "tente", "exige", "obtenir", "solliciter", "reclamer"};
constexpr Respelling own_person[] = {{"tu", "je"}, {"te", "me"}, {"t", "me"}, {"toi", "moi"}, {"ton", "mon"}, {"ta", "ma"}, {"tes", "mes"}};
constexpr Respelling hedge_questions[] = {
    {"tu pourrais", "Tu pourrais"}, {"vous pourriez", "Vous pourriez"}, {"tu peux", "Tu peux"},
    {"vous pouvez", "Vous pouvez"}, {"tu voudrais", "Tu voudrais"}, {"vous voudriez", "Vous voudriez"}};

// « l' » stands for « le » and « la »: a pattern that names either also matches it
constexpr Respelling elided_forms[] = {{"l", "le"}, {"l", "la"}};

constexpr Respelling respellings[] = {
    {"jusqua", "jusqu a"},     {"tjrs", "toujours"},      {"tjs", "toujours"},     {"sil", "s il"},          {"sils", "s ils"},         {"quil", "que il"},
    {"quils", "que ils"},     {"jai", "je ai"},          {"cest", "ce est"},        {"c", "ce est"},
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
    {"ke", "que"},            {"aprem", "apres midi"},   {"daccord", "de accord"},
    {"&", "et"},             {"dem", "demander"},      {"dmd", "demander"},
    {"pdt", "pendant"},       {"num", "numero"},         {"tjrs", "toujours"},
    {"tjs", "toujours"},      {"px", "peux"},
    {"jte", "je te"},         {"jpp", "je en peux plus"}, {"jtm", "je te aime"}};

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
      .passing_groups = passing_groups,
      .kin = kin,
      .addressee_ends = addressee_ends,
      .links = links,
      .clause_openers = clause_openers,
      .generic = generic,
      .businesses = businesses,
      .time_words = time_words,
      .vague = vague,
      .specifiers = specifiers,
      .bundles = bundles,
      .coordinators = coordinators,
      .infinitive_marks = infinitive_marks,
      .justifications = justifications,
      .situations = situations,
      .not_infinitives = not_infinitives,
      .number_joins = number_joins,
      .step_labels = step_labels,
      .self_openers = self_openers,
      .rules = rules,
      .trades = trades,
      .trade_work = trade_work,
      .negations = negations,
      .question_words = question_words,
      .price_words = price_words,
      .incoming_money = incoming_money,
      .public_places = public_places,
      .public_acts = public_acts,
      .possessives = possessives,
      .lending = lending,
      .possibility = possibility,
      .addressed = addressed,
      .just_met = just_met,
      .sum_followers = sum_followers,
      .number_labels = number_labels,
      .brief_times = brief_times,
      .ways_asked = ways_asked,
      .warnings = warnings,
      .currencies = currencies,
      .number_words = number_words,
      .respellings = respellings,
      .elided_forms = elided_forms,
      .hedge_questions = hedge_questions,
      .own_person = own_person,
  };
  return w;
}

}  // namespace microask::words
