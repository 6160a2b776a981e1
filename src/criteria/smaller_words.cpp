// The word tables of the smaller-versions stage, in English and in French. Pattern syntax:
// see smaller_words.hpp. Rows are tried in order: the first that matches at a place wins, so
// a specific row comes before the general one it would otherwise lose to.
#include "smaller_words.hpp"

namespace microask::smaller {
namespace {

using enum ReasonKind;
constexpr Who anyone = Who::anyone, addressee = Who::addressee, nobody = Who::nobody;

// ------------------------------------------------------------------------------------
// English

constexpr Swap en_scale[] = {
    // time
    {"for the whole|entire month|summer of *", "for one afternoon"},
    {"for # weeks|months|years", "this weekend"},
    {"for a week|month|year|fortnight", "this weekend"},
    {"the whole|entire week|fortnight|month|summer|holidays", "one afternoon"},
    {"all week|month|summer", "one afternoon"},
    {"the whole|entire weekend|day|night|afternoon|evening|morning", "for an hour"},
    {"all weekend|day|night|afternoon|evening|morning", "for an hour"},
    {"for the weekend|week|month", "for an hour"},
    {"for # hours", "for ten minutes"},
    {"every day|week|morning|evening|night|weekend|month", "once"},
    {"each day|week|morning|evening|night|weekend|month", "once"},
    {"every single day|time", "once"},
    {"every time", "once"},
    {"the|a non refundable|nonrefundable", "$1 refundable"},
    {"all the time", "once"},
    {"more often", "once this week"},
    {"from now on", "this week"},
    // amount
    {"the|my|our|your whole|entire|full report|thesis|essay|document|draft|book|manuscript|presentation|deck|cv|article",
     "one page of $1 $3"},
    {"all|both of the|my|our chapters|pages|reports|essays|slides", "one page"},
    {"the|my|all # pages|slides|chapters of", "one page of"},
    {"# pages|slides|chapters", "one page"},
    {"my|the|our|your # page essay|report|document|thesis|paper|draft|proposal", "one page of $1 $4"},
    {"the|my|our whole|entire flat|house|apartment|garden|kitchen|garage|attic",
     "one room of $1 $3"},
    {"all my boxes", "one box"},
    {"all my|the furniture|stuff|things|bags", "one bag"},
    {"# boxes", "one box"},
    // number
    {"all my|the|our|your friends|colleagues|neighbours|neighbors|guests", "one friend"},
    {"everyone|everybody in|at|on the|my|our team|office|class|group", "one colleague"},
};

constexpr Swap en_in_private[] = {
    {"in front of everyone|everybody|people", "in private"},
    {"in front of the|my|our whole team|office|class|group|family", "in private"},
    {"in front of the|my|our|her|his|their team|office|class|group|family|colleagues|friends", "in private"},
    {"at|in the|our team|staff|all hands meeting", "in private"},
    {"at|in the next team|staff meeting", "in private"},
    {"publicly|openly", "in private"},
    {"in public", "in private"},
    {"on facebook|twitter|instagram|linkedin|whatsapp", "in private"},
    {"in the|our group|team|family|class chat", "in private"},
    {"over the tannoy|microphone|mic", "in private"},
};

constexpr Swap en_someone[] = {
    {"people|everyone|everybody|others|folks", "a friend"},
    {"someone|somebody|anyone|anybody at work|the office", "a colleague"},
    {"someone|somebody|anyone|anybody", "a passer-by"},
    {"around the|my office|team", "a colleague"},
    {"around", "my neighbour"},
};

constexpr Uncommit en_uncommit[] = {
    {"sign|signing me|us up for|to", "Ask{a} for the terms of {o} in writing"},
    {"sign|signing up for|to", "Ask{a} for the terms of {o} in writing"},
    {"co sign|signing|signs", "Ask{a} for a copy of {o} to read first"},
    {"cosign|sign|signing|signs", "Ask{a} for a copy of {o} to read first"},
    {"co found|founding", "Ask{a} what co-founding {o} would involve"},
    {"co chair|chairing", "Ask{a} what co-chairing {o} would involve"},
    {"co write|writing|author|authoring", "Ask{a} what writing {o} together would involve"},
    {"place|confirm the order for|of", "Ask{a} for a quote for {o}"},
    {"place|confirm an order for", "Ask{a} for a quote for {o}"},
    {"go|going ahead with", "Ask{a} for the full quote for {o}"},
    {"order|buy|purchase|book|reserve|hold", "Ask{a} for a quote for {o}"},
    {"start|begin", "Ask{a} for a detailed quote for {o}"},
    {"make|put in an|the|my offer", "Ask{a} whether the price is negotiable"},
    {"take|pay|leave the|a deposit for|on", "Ask{a} for the details of {o} in writing"},
    {"put down the|a deposit for|on", "Ask{a} for the details of {o} in writing"},
    {"accept|approve|sign|confirm the|their|his|her quote|estimate", "Ask{a} for a copy of the quote to read first"},
    {"withdraw|withdrawing me|myself from", "Ask{a} what withdrawing from {o} would involve"},
    {"renew|renewing", "Ask{a} what renewing {o} would cost"},
    {"extend|extending", "Ask{a} what extending {o} would involve"},
    {"subscribe|subscribing to", "Ask{a} for a free trial of {o}"},
    {"deposit|deposits", "Ask{a} whether the deposit is refundable"},
    {"accept|take the|their offer for|of", "Ask{a} for the details of {o} in writing"},
};

constexpr FirstAsk en_first_asks[] = {
    // a goal or a habit: a first single ask on its topic
    {no_ask, "phone|telephone|call|calls|calling", anyone, "Call a shop to ask what time it closes"},
    {habit, "phone|telephone|call|calls|calling", anyone, "Call a shop to ask what time it closes"},
    {no_ask, "meeting|meetings|class|classes|standup|standups", anyone, "Ask one question at the next team meeting"},
    {habit, "meeting|meetings|class|classes|standup|standups", anyone, "Ask one question at the next team meeting"},
    {no_ask, "networking|event|events|party|parties|conference", anyone,
     "Ask one person at the next event what brought them there"},
    {no_ask, "no|refuse|refusing|decline|declining|down", anyone, "Tell a colleague I can't take on an extra task this week"},
    {habit, "no|refuse|refusing|decline|declining|down", anyone, "Tell a colleague I can't take on an extra task this week"},
    {no_ask, "help|support", anyone, "Ask a colleague to show me where the spare paper is"},
    {habit, "help|support", anyone, "Ask a colleague to show me where the spare paper is"},
    {no_ask, "you|your|u|ur|ya", nobody, "Have you got five minutes to talk tonight?"},
    {no_ask, "", nobody, "Ask a shop assistant where the batteries are"},
    {habit, "", nobody, "Ask a shop assistant where the batteries are"},
    // a vague object: the smallest specific ask of the same person
    {vague_object, "info|information|details", addressee, "Ask{a} what their opening hours are"},
    {vague_object, "advice|opinion|tips|feedback|thoughts", addressee, "Ask{a} for ten minutes this week to hear their view"},
    {vague_object, "help|hand|favour|favor|service", addressee, "Ask{a} to hold the door for me"},
    {vague_object, "stranger|passer|passerby|someone|somebody|man|woman|guy|lady|person|couple", addressee,
     "Ask{a} what time it is"},
    {vague_object, "", addressee, "Ask{a} when they have ten minutes this week"},
    {vague_object, "you|u|ya", nobody, "Could you hold the door for me?"},
    {vague_object, "", nobody, "Ask a shop assistant where the batteries are"},
    // stakes that belong to a negotiation: the first ask that prepares it
    {raise, "", addressee, "Ask{a} when the next pay review is"},
    {raise, "", nobody, "Ask my manager when the next pay review is"},
    {promotion, "", addressee, "Ask{a} what the next step up in my role would involve"},
    {promotion, "", nobody, "Ask my manager what the next step up in my role would involve"},
    {negotiation, "", addressee, "Ask{a} for a short meeting this week"},
    {job, "notice|quit|quitting|resign|resigning|resignation|leave|leaving|stepping|step", addressee,
     "Ask{a} how long my notice period is"},
    {job, "notice|quit|quitting|resign|resigning|resignation|leave|leaving|stepping|step", nobody,
     "Ask HR how long my notice period is"},
    {job, "", addressee, "Ask{a} for ten minutes this week to talk about my role"},
    {job, "you|your|u|ur|ya", nobody, "Have you got ten minutes this week to talk about my role?"},
    {commitment, "notice|resign|resigning|resignation", addressee, "Ask{a} how long my notice period is"},
    {commitment, "notice|resign|resigning|resignation", nobody, "Ask HR how long my notice period is"},
    {commitment, "you|your|u|ur|ya", nobody, "Could you send me the details in writing so I can read them first?"},
    {commitment, "contract|lease|subscription|membership|plan|order|policy|agreement|terms|offer|booking|mortgage|deposit|quote|loan|overdraft|credit|limit",
     anyone, "Ask{a} for the details in writing to read first"},
    {money, "lend|borrow|loan|front|cover|advance|give|spot", addressee, "Ask{a} for advice on how to find the money"},
    {loan, "", addressee, "Ask{a} for advice on how to find the money"},
    // the sentence to say, to "you": the same first asks, said to the person
    {money, "you|your|u|ur|ya", nobody, "Could you give me some advice on how to find the money?"},
    {loan, "you|your|u|ur|ya", nobody, "Could you give me some advice on how to find the money?"},
    {negotiation, "you|your|u|ur|ya", nobody, "Have you got ten minutes this week to talk it over?"},
    {relationship, "you|your|u|ur|ya|we|us", nobody, "Have you got five minutes to talk tonight?"},
    {emotional_load, "you|your|u|ur|ya", nobody, "Have you got five minutes to talk tonight?"},
    {ultimatum, "you|your|u|ur|ya", nobody, "Have you got five minutes to talk tonight?"},
    // feelings and confrontations: a moment to talk, in private
    {declaration, "", addressee, "Ask{a} how the week has been going"},
    {declaration, "you|your|u|ur|ya", nobody, "How has your week been?"},
    {relationship, "", addressee, "Ask{a} how the week has been going"},
    {confrontation, "", addressee, "Ask{a} for five minutes to talk in private this week"},
    {confrontation, "you|your|u|ur|ya", nobody, "Have you got five minutes to talk tonight?"},
    {change_person, "you|your|u|ur|ya", nobody, "Have you got five minutes to talk tonight?"},
    {change_person, "", addressee, "Ask{a} for five minutes to talk in private this week"},
    {emotional_load, "", addressee, "Ask{a} for five minutes to talk in private this week"},
    {ultimatum, "", addressee, "Ask{a} for five minutes to talk in private this week"},
    // said in public: the same words, in private first
    {public_statement, "", addressee, "Ask{a} for five minutes to talk in private this week"},
    {public_statement, "you|your|u|ur|ya|we|us", nobody, "Could we talk about it in private first?"},
    // a big favour: minutes, not hours
    {big_favour, "pay|paying|deposit|rent|bill|bills", addressee, "Ask{a} for advice on how to find the money"},
    {big_favour, "stranger|passer|passerby|someone|somebody|man|woman|guy|lady|person|couple", addressee,
     "Ask{a} what time it is"},
    {big_favour, "role|promotion|position|post|job|title", addressee, "Ask{a} what the next step up in my role would involve"},
    {big_favour, "", addressee, "Ask{a} to help me for ten minutes on Saturday"},
    {big_favour, "you|your|u|ur|ya", nobody, "Could you help me for ten minutes on Saturday?"},
};

constexpr sv en_numbers[] = {
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred",
    "hundreds", "thousand", "thousands", "several", "few", "couple", "k", "grand"};
constexpr sv en_gift_verbs[] = {"lend", "lending", "borrow", "borrowing", "loan", "front", "cover",
                                "advance", "give", "spot"};
constexpr Swap en_currencies[] = {
    {"£|pound|pounds|quid|tenner|grand", "£5"},
    {"$|dollar|dollars|bucks|usd", "$5"},
    {"€|euro|euros|eur", "5 €"},
    // other currencies: a small sum in the same one, below the trivial amount at its rate
    {"chf|francs", "CHF 5"},
    {"cad|aud|nzd|sgd", "$5"},
    {"pln|zł|zloty|zlotys", "20 zł"},
    {"kr|sek|nok|dkk|kronor|kroner|krona", "50 kr"},
    {"₹|inr|rupees|rupee", "₹200"},
    {"₦|ngn|naira", "₦2,000"},
    {"kes|shillings", "KES 500"},
    {"¥", "¥30"},
    {"jpy|yen", "500 yen"},
    {"mxn|pesos", "50 pesos"},
};
constexpr sv en_object_ends[] = {
    "with", "at", "by", "until", "till", "before", "after", "from", "on", "next", "this",
    "today", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "and", "or", "but", "so", "because", "if", "for", "to", "when", "as"};
constexpr sv en_determiners[] = {"the", "a", "an", "my", "your", "his", "her", "our", "their",
                                 "this", "that", "these", "those"};

// ------------------------------------------------------------------------------------
// French

constexpr Swap fr_scale[] = {
    // time
    {"pendant # semaines|mois|ans|années", "ce week-end"},
    {"pendant une semaine|quinzaine", "ce week-end"},
    {"pendant tout le mois d *", "un après-midi"},
    {"# semaines|mois", "un week-end"},
    {"tout le week end", "une heure"},  // before "tout le week", which would leave "-end"
    {"tout le|l week|weekend|mois|été|ete", "une heure"},
    {"toute la semaine|journée|nuit|soirée|matinée|après midi", "une heure"},
    {"toute la semaine|journee|nuit|soiree|matinee", "une heure"},
    {"toutes les vacances", "un après-midi"},
    {"pendant # heures", "dix minutes"},
    {"tous les jours|soirs|matins|week|weekends|mois", "une fois"},
    {"tous les week ends", "une fois"},
    {"chaque jour|semaine|soir|matin|mois|fois", "une fois"},
    {"tout le temps", "une fois"},
    {"non remboursable", "remboursable"},
    {"plus souvent", "une fois cette semaine"},
    {"à partir de maintenant", "cette semaine"},
    {"désormais", "cette semaine"},
    // amount
    {"tout le|mon rapport|mémoire|dossier|document|livre|manuscrit|cv|article|diaporama",
     "une page de $2 $3"},
    {"toute la|ma présentation|thèse|these", "une page de $2 $3"},
    {"les|mes # pages|slides|diapos|chapitres de|d|du|des", "une page $4"},
    {"de|d # pages|slides|diapos|diapositives|chapitres", "d'une page"},
    {"# pages|slides|diapos|diapositives|chapitres", "une page"},
    {"tout l appart|appartement", "une pièce"},
    {"toute la maison", "une pièce"},
    {"tout mon|le appart|appartement|jardin|garage|grenier", "une pièce"},
    {"tous mes cartons|meubles", "un carton"},
    {"toutes mes affaires", "un sac"},
    {"# cartons", "un carton"},
    // number
    {"tous mes|les amis|collègues|collegues|voisins|invités", "un ami"},
    {"toute l équipe", "un collègue"},
};

constexpr Swap fr_in_private[] = {
    {"devant tout le monde", "en privé"},
    {"devant toute l équipe|equipe|assemblée|classe", "en privé"},
    {"devant toute la classe|famille", "en privé"},
    {"devant les|mes|ses|tes|leurs collègues|collegues|amis|potes|autres", "en privé"},
    {"devant tous|toutes les|mes|ses collègues|collegues|amis|autres", "en privé"},
    {"devant l équipe|equipe", "en privé"},
    {"en pleine réunion|reunion d équipe|equipe", "en privé"},
    {"en pleine réunion|reunion", "en privé"},
    {"en réunion|reunion", "en privé"},
    {"à|a la réunion|reunion d équipe|equipe", "en privé"},
    {"publiquement|ouvertement", "en privé"},
    {"en public", "en privé"},
    {"sur facebook|twitter|instagram|linkedin|whatsapp", "en privé"},
    // le groupe nommé part avec lui : « sur le groupe de la famille » n'en laisse rien
    {"sur le groupe de|d la|l *", "en privé"},
    {"sur le groupe du|des *", "en privé"},
    {"sur le groupe whatsapp|facebook|signal|messenger", "en privé"},
    {"sur le groupe", "en privé"},
};

constexpr Swap fr_someone[] = {
    {"les|des gens", "un ami"},
    {"tout le monde", "un ami"},
    {"les autres", "un ami"},
    {"aux gens", "à un ami"},
    {"quelqu un au boulot|bureau|travail", "un collègue"},
    {"quelqu un", "un passant"},
    {"autour de moi", "à mon voisin"},
};

constexpr Uncommit fr_uncommit[] = {
    {"valider|confirmer l achat|achat de|du", "Demander{a} le prix de {o}"},
    {"valider|confirmer la commande de|du", "Demander{a} un devis pour {o}"},
    {"signer", "Demander{a} une copie de {o} pour la relire"},
    {"passer commande de|pour", "Demander{a} un devis pour {o}"},
    {"passer la commande de|du|des", "Demander{a} un devis pour {o}"},
    {"valider|accepter|signer le|ce|son|leur devis", "Demander une copie du devis pour la relire"},
    {"commander|acheter|réserver|reserver|bloquer", "Demander{a} un devis pour {o}"},
    {"lancer|commencer|démarrer|demarrer", "Demander{a} un devis détaillé pour {o}"},
    {"faire|valider|confirmer une|mon|l|notre|leur offre", "Demander{a} si le prix est négociable"},
    {"verser|payer|laisser un|l acompte|arrhes|caution pour|de", "Demander{a} les conditions de {o} par écrit"},
    {"verser|payer|laisser les arrhes pour|de", "Demander{a} les conditions de {o} par écrit"},
    {"renouveler|prolonger|reconduire", "Demander{a} les conditions pour renouveler {o}"},
    {"cofonder|cofonde|co fonder", "Demander{a} ce que demanderait de cofonder {o}"},
    {"me|m desinscrire|retirer de|du|des", "Demander{a} comment se passe une désinscription, pour {o}"},
    {"s abonner à|a", "Demander{a} un essai gratuit de {o}"},
    {"acompte|arrhes|caution", "Demander{a} si on peut annuler sans frais"},
    {"accepter l|leur offre|proposition pour|de", "Demander{a} les conditions de {o} par écrit"},
};

constexpr FirstAsk fr_first_asks[] = {
    // un but ou une habitude : une première demande sur le même sujet
    {no_ask, "téléphone|telephone|appeler|appels|appel", anyone,
     "Appeler une boutique pour demander à quelle heure elle ferme"},
    {habit, "téléphone|telephone|appeler|appels|appel", anyone,
     "Appeler une boutique pour demander à quelle heure elle ferme"},
    {no_ask, "réunion|reunion|réunions|reunions|cours", anyone,
     "Demander à un collègue à quelle heure commence la prochaine réunion"},
    {habit, "réunion|reunion|réunions|reunions|cours", anyone,
     "Demander à un collègue à quelle heure commence la prochaine réunion"},
    {no_ask, "soirée|soiree|soirées|soirees|événement|evenement|fête|fete", anyone,
     "Demander à une personne à la prochaine soirée ce qui l'amène"},
    {no_ask, "non|refuser|dire", anyone, "Dire à un collègue que je ne peux pas prendre une tâche de plus cette semaine"},
    {habit, "non|refuser", anyone, "Dire à un collègue que je ne peux pas prendre une tâche de plus cette semaine"},
    {no_ask, "aide|aider", anyone, "Demander à un collègue de me montrer où est le papier"},
    {habit, "aide|aider", anyone, "Demander à un collègue de me montrer où est le papier"},
    {no_ask, "tu|te|t|toi", nobody, "Tu as cinq minutes pour qu'on parle ce soir ?"},
    {no_ask, "vous|votre", nobody, "Auriez-vous cinq minutes pour qu'on parle cette semaine ?"},
    {no_ask, "", nobody, "Demander à un vendeur où sont les piles"},
    {habit, "", nobody, "Demander à un vendeur où sont les piles"},
    // un objet flou : la plus petite demande précise à la même personne
    {vague_object, "renseignements|renseignement|infos|info|informations|information", addressee,
     "Demander{a} quels sont {ses|leurs} horaires d'ouverture"},
    {vague_object, "conseil|conseils|avis|idées|idees", addressee, "Demander{a} dix minutes cette semaine pour avoir {son|leur} avis"},
    {vague_object, "aide|service|main|coup", addressee, "Demander{a} de me tenir la porte"},
    {vague_object, "inconnu|inconnue|passant|passante|quelqu|dame|monsieur|personne|homme|femme", addressee,
     "Demander{a} quelle heure il est"},
    {vague_object, "", addressee, "Demander{a} dix minutes cette semaine pour {lui|leur} poser ma question"},
    {vague_object, "tu|te|t|toi", nobody, "Tu peux me tenir la porte ?"},
    {vague_object, "vous|votre", nobody, "Pourriez-vous me tenir la porte ?"},
    {vague_object, "", nobody, "Demander à un vendeur où sont les piles"},
    // ce qui relève d'une négociation : la première demande qui la prépare
    {raise, "", addressee, "Demander{a} quand a lieu le prochain entretien annuel"},
    {raise, "", nobody, "Demander à mon manager quand a lieu le prochain entretien annuel"},
    {promotion, "", addressee, "Demander{a} ce qu'il faudrait pour évoluer dans mon poste"},
    {promotion, "", nobody, "Demander à mon manager ce qu'il faudrait pour évoluer dans mon poste"},
    {negotiation, "", addressee, "Demander{a} un rendez-vous de dix minutes cette semaine"},
    {job, "préavis|preavis|démission|demission|démissionner|demissionner|quitter|départ|depart", addressee,
     "Demander{a} quelle est la durée de mon préavis"},
    {job, "préavis|preavis|démission|demission|démissionner|demissionner|quitter|départ|depart", nobody,
     "Demander aux RH quelle est la durée de mon préavis"},
    {job, "", addressee, "Demander{a} dix minutes cette semaine pour parler de mon poste"},
    {job, "tu|te|t|toi", nobody, "Tu as dix minutes cette semaine pour parler de mon poste ?"},
    {job, "vous|votre", nobody, "Auriez-vous dix minutes cette semaine pour parler de mon poste ?"},
    {commitment, "préavis|preavis|démission|demission|démissionner|demissionner", addressee,
     "Demander{a} quelle est la durée de mon préavis"},
    {commitment, "préavis|preavis|démission|demission|démissionner|demissionner", nobody,
     "Demander aux RH quelle est la durée de mon préavis"},
    {commitment, "tu|te|t|toi", nobody, "Tu pourrais m'envoyer les conditions par écrit pour que je les relise ?"},
    {commitment, "vous|votre", nobody, "Pourriez-vous m'envoyer les conditions par écrit pour que je les relise ?"},
    {commitment, "contrat|bail|abonnement|forfait|commande|devis|offre|réservation|reservation|crédit|credit|assurance|acompte|engager|promesse|compromis|prêt|pret|découvert|decouvert",
     anyone, "Demander{a} les conditions par écrit pour les relire"},
    {money, "prêter|preter|prete|prête|avancer|avance|dépanner|depanner|emprunter|donner|filer|payer", addressee,
     "Demander{a} {son|leur} avis pour trouver l'argent"},
    {loan, "", addressee, "Demander{a} {son|leur} avis pour trouver l'argent"},
    // la phrase à dire, en tutoyant ou en vouvoyant : les mêmes premières demandes
    {money, "tu|te|t|toi", nobody, "Tu aurais un conseil pour trouver l'argent ?"},
    {money, "vous|votre", nobody, "Auriez-vous un conseil pour trouver l'argent ?"},
    {loan, "tu|te|t|toi", nobody, "Tu aurais un conseil pour trouver l'argent ?"},
    {loan, "vous|votre", nobody, "Auriez-vous un conseil pour trouver l'argent ?"},
    {negotiation, "tu|te|t|toi|on", nobody, "Tu as dix minutes cette semaine pour qu'on en parle ?"},
    {negotiation, "vous|votre", nobody, "Auriez-vous dix minutes cette semaine pour qu'on en parle ?"},
    {relationship, "tu|te|t|toi|on|nous", nobody, "Tu as cinq minutes pour qu'on parle ce soir ?"},
    {emotional_load, "tu|te|t|toi", nobody, "Tu as cinq minutes pour qu'on parle ce soir ?"},
    {ultimatum, "tu|te|t|toi", nobody, "Tu as cinq minutes pour qu'on parle ce soir ?"},
    {relationship, "vous|votre", nobody, "Auriez-vous cinq minutes pour qu'on parle cette semaine ?"},
    {emotional_load, "vous|votre", nobody, "Auriez-vous cinq minutes pour qu'on parle cette semaine ?"},
    {ultimatum, "vous|votre", nobody, "Auriez-vous cinq minutes pour qu'on parle cette semaine ?"},
    // sentiments et reproches : un moment pour parler, en privé
    {declaration, "", addressee, "Demander{a} comment s'est passée {sa|leur} semaine"},
    {declaration, "tu|te|t|toi", nobody, "Comment s'est passée ta semaine ?"},
    {declaration, "vous|votre", nobody, "Comment s'est passée votre semaine ?"},
    {relationship, "", addressee, "Demander{a} comment s'est passée {sa|leur} semaine"},
    {confrontation, "", addressee, "Demander{a} cinq minutes pour parler en privé cette semaine"},
    {confrontation, "tu|te|t|toi", nobody, "Tu as cinq minutes pour qu'on parle ce soir ?"},
    {change_person, "tu|te|t|toi", nobody, "Tu as cinq minutes pour qu'on parle ce soir ?"},
    {confrontation, "vous|votre", nobody, "Auriez-vous cinq minutes pour qu'on parle cette semaine ?"},
    {change_person, "vous|votre", nobody, "Auriez-vous cinq minutes pour qu'on parle cette semaine ?"},
    {change_person, "", addressee, "Demander{a} cinq minutes pour parler en privé cette semaine"},
    {emotional_load, "", addressee, "Demander{a} cinq minutes pour parler en privé cette semaine"},
    {ultimatum, "", addressee, "Demander{a} cinq minutes pour parler en privé cette semaine"},
    // un gros service : des minutes, pas des heures
    {big_favour, "payer|loyer|caution|facture|factures", addressee, "Demander{a} {son|leur} avis pour trouver l'argent"},
    {big_favour, "inconnu|inconnue|passant|passante|quelqu|dame|monsieur|personne|homme|femme", addressee,
     "Demander{a} quelle heure il est"},
    {big_favour, "poste|promotion|promu|promue|rôle|role", addressee, "Demander{a} ce qu'il faudrait pour évoluer dans mon poste"},
    {big_favour, "", addressee, "Demander{a} de m'aider dix minutes samedi"},
    {big_favour, "tu|te|t|toi", nobody, "Tu pourrais m'aider dix minutes samedi ?"},
    {big_favour, "vous|votre", nobody, "Pourriez-vous m'aider dix minutes samedi ?"},
};

constexpr sv fr_numbers[] = {
    "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "quinze", "vingt", "trente", "quarante", "cinquante", "soixante", "cent",
    "cents", "mille", "plusieurs", "quelques", "k"};
constexpr sv fr_gift_verbs[] = {"prêter", "preter", "prete", "prêtes", "pretes", "prêtez", "pretez",
                                "avancer", "avance", "avances", "avancez", "dépanner", "depanner",
                                "dépannes", "depannes", "dépannez", "depannez", "emprunter", "donner",
                                "filer", "files", "filez", "taxer"};
constexpr Swap fr_currencies[] = {
    {"£|livre|livres", "5 £"},
    {"$|dollar|dollars|piasses|piastres", "5 $"},
    {"€|euro|euros|eur|balles|boules", "5 €"},
    // d'autres monnaies : une petite somme dans la même, sous le montant trivial à son taux
    {"chf", "5 CHF"},
    {"fcfa|cfa|xof", "2 000 FCFA"},
    {"dirhams|mad", "10 dirhams"},
    {"dinars|tnd", "3 dinars"},
    {"pln|zł|zlotys", "20 zł"},
    {"kr|sek|nok|dkk|couronnes", "50 couronnes"},
    {"₹|inr|roupies", "200 roupies"},
    {"₦|ngn|nairas|naira", "2 000 nairas"},
};
constexpr sv fr_object_ends[] = {
    "avec", "à", "a", "au", "par", "avant", "après", "apres", "jusqu", "ce",
    "cette", "demain", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "et", "ou", "mais", "parce", "car", "si", "pour", "quand", "en"};
constexpr sv fr_determiners[] = {"le", "la", "les", "l", "un", "une", "mon", "ma", "mes", "ton",
                                 "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos",
                                 "leur", "leurs", "ce", "cet", "cette", "ces"};
constexpr sv en_dangling[] = {"that", "to", "and", "or", "for", "if", "whether", "the", "a", "my", "of", "with"};
constexpr sv en_joining[] = {"and", "also", "then", "plus", "as", "well", "too", ",", ";"};
constexpr sv en_groups[] = {"group", "chat", "team", "department", "everyone", "everybody", "all", "class",
                            "committee", "board", "meeting", "staff", "office", "company"};
constexpr sv en_object_links[] = {"of", "for", "on", "to"};
// ... and particles: "sign up" has no object either.
constexpr sv en_pronouns[] = {"me", "us", "him", "her", "them", "it", "you", "myself", "up", "off", "out", "in"};
constexpr sv en_to_do[] = {"to"};
constexpr sv en_clue_links[] = {"about", "on", "regarding", "concerning"};
constexpr sv en_price_links[] = {"for", "at", "with", "costing"};
constexpr sv en_ask_words[] = {"ask", "asking", "tell", "check", "see", "find"};
constexpr sv fr_plural_starts[] = {"les", "mes", "des", "nos", "vos", "leurs", "ces", "tes", "ses"};
constexpr sv fr_dangling[] = {"que", "qu", "de", "d", "à", "a", "et", "ou", "pour", "si", "le", "la", "les", "mon", "ma"};
constexpr sv fr_joining[] = {"et", "aussi", "puis", "ensuite", "plus", "enfin", ",", ";"};
constexpr sv fr_groups[] = {"groupe", "équipe", "equipe", "service", "conseil", "réunion", "reunion", "tous",
                            "tout", "classe", "comité", "comite", "bureau", "entreprise", "monde"};
constexpr sv fr_object_links[] = {"de", "du", "des", "pour", "sur", "à", "a", "au"};
constexpr sv fr_pronouns[] = {"me", "m", "nous", "lui", "leur", "moi", "toi", "te", "t", "se", "s"};
constexpr sv fr_to_do[] = {"de", "d"};
constexpr sv fr_clue_links[] = {"sur", "concernant", "propos"};
constexpr sv fr_price_links[] = {"pour", "à", "a", "avec", "moyennant"};
constexpr sv fr_ask_words[] = {"demander", "demande", "dire", "voir", "savoir"};
constexpr Swap fr_contractions[] = {
    {"à le ", "au "}, {"à les ", "aux "}, {"de le ", "du "}, {"de les ", "des "},
    {"de a", "d'a"}, {"de e", "d'e"}, {"de é", "d'é"}, {"de i", "d'i"}, {"de o", "d'o"},
    {"de u", "d'u"}, {"de h", "d'h"},
};

const Words en{en_scale, en_in_private, en_someone, en_uncommit, en_first_asks, en_numbers,
               en_gift_verbs, en_currencies, "£5", en_object_ends, en_determiners, "the", "{}", {},
               {}, en_dangling, en_joining, en_ask_words, en_groups, en_object_links, en_pronouns, en_to_do, en_price_links,
               "Ask{a} how much it would cost to {o}", en_clue_links, "Ask{a} who is in charge of {o}"};
const Words fr{fr_scale, fr_in_private, fr_someone, fr_uncommit, fr_first_asks, fr_numbers,
               fr_gift_verbs, fr_currencies, "5 €", fr_object_ends, fr_determiners, "le", "à {}",
               fr_contractions, fr_plural_starts, fr_dangling, fr_joining, fr_ask_words, fr_groups, fr_object_links, fr_pronouns, fr_to_do, fr_price_links,
               "Demander{a} combien ça coûterait de {o}", fr_clue_links, "Demander{a} qui s'occupe de {o}"};

}  // namespace

const Words& words_of(Lang lang) { return lang == Lang::fr ? fr : en; }

}  // namespace microask::smaller
