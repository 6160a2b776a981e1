// The English word tables of the checker. Pattern syntax: see words.hpp.
// Words are matched folded: "didn't" reads "did not", "he'd" reads "he would", "it's" reads
// "it s", "co-sign" reads "co sign". Alternatives are single words: a phrase with variants
// is written as several rows.
#include <string_view>

#include "criteria/words.hpp"

namespace microask::words {
namespace {

using enum ReasonKind;
using sv = std::string_view;

constexpr sv markers[] = {
    "the", "to", "my", "your", "his", "her", "our", "their", "for", "if", "of", "and", "is",
    "it", "in", "at", "with", "ask", "asking", "i", "you", "can", "could", "would", "will",
    "whether", "please", "what", "how", "why", "about", "from", "this", "that", "be", "have",
    "has", "him", "them", "they", "she", "he", "we", "do", "not", "so", "just", "some", "any",
    "when", "which", "who", "where", "or", "but", "sorry", "friend", "neighbour", "neighbor",
    "boss", "help", "want", "like", "tell", "call", "email", "get", "an", "me", "out", "be",
    "more", "less", "being", "stop", "make", "take", "give", "lend", "borrow", "pay", "quit",
    "sign", "dare", "say", "no", "yes", "book", "text", "mum", "dad", "my", "all", "every",
    "should", "need", "try", "let", "keep", "off", "up"};

// ------------------------------------------------------------------------------------
// Asking, and whom

constexpr AskVerb ask_verbs[] = {
    {"ask|asks|asked|asking", Addressee::object, "Ask the baker for a seeded loaf"},
    // a wish said to the person, and a reply: "I'd like you to pick up the kids"
    {"i d|would like you to", Addressee::none, "I'd like you to pick up the kids from school at 4 today"},
    {"i want|need you to", Addressee::none, "I need you to call me back before five"},
    {"request|requests|requested|requesting", Addressee::preposition, "Request a table by the window"},
    {"tell|tells|told|telling", Addressee::object, "Tell my sister the train is late"},
    {"<the|a|an|my|your|his|her|our|their|this|that|team|group call|calls|calling|phone|phones|ring|text|texts|texting|txt|email|emails|emailing|mail|message|msg|ping|dm|contact|contacting",
     Addressee::object, "Call the dentist about my filling"},
    {"<the|a|an|my|your|his|her|our|their|this|that e mail", Addressee::object, "E-mail the landlord about the boiler"},
    {"write|writes|writing|talk|talking|speak|speaking|propose|proposing|suggest|suggesting|reach",
     Addressee::preposition, "Write to the council about the bins"},
    {"say|says|said to", Addressee::object, "Say to Tom that the meeting moved"},
    {"confess|confessing|admit|admitting|announce|announcing|explain|explaining", Addressee::preposition, "Explain to my boss why I was late"},
    {"break|breaking the news", Addressee::preposition, "Break the news to my parents"},
    {"invite|invites|inviting|remind|reminds|beg|persuade|convince|nudge|confront|confronting|challenge|challenging", Addressee::object, "Invite Lena to the picnic on Sunday"},
    {"demand|demands|demanding|insist|insisting", Addressee::preposition, "Insist on a receipt from the seller"},
    {"<my|the|your|our|his|her|their|an|this|that|first|last|online borrow|borrowing|order|ordering", Addressee::preposition, "Borrow a ladder from the neighbour"},
    {"check|checking with", Addressee::object, "Check with Priya about the slides"},
    {"find|finding out from", Addressee::object, "Find out from reception where the lift is"},
    {"get|getting !better|used|rid|over|back|a|an|the|some|more|in|out|on|up|off|to|ready|started|it|this|that|into|along|away|through|around|going|something|anything|help|feedback|enough|angry|upset|married|engaged|fired|promoted|paid|there|home|round|together|rejected|refused|turned|told|ignored|noticed|hired|laughed|dumped",
     Addressee::object, "Get Sam to bring more bread"},
    {"see|check|find if|whether", Addressee::none, "See if the shop has my size"},
    {"find out if|whether", Addressee::none, "Find out whether the pool is open"},
    {"could|can|would|will you", Addressee::none, "Could you pass me the salt?"},
    // said to the people there: "Can someone review the PR?"
    {"could|can|would|will someone|somebody|anyone|anybody", Addressee::none, "Can someone grab the door for me?"},
    // a note about the person: "dad -> can he grab bread", "priya -> can we do 2:30"
    {"can|could|would|will he|she|they|we", Addressee::none, "dad -> can he grab bread on his way home"},
    {"would you mind", Addressee::none, "Would you mind closing the window?"},
    {"wondering|wonder|wondered if|whether you|u could|can|would|might", Addressee::none, "I was wondering if you could lend me a pen"},
    {"grateful|thankful|obliged if you|u could|would", Addressee::none, "I would be grateful if you could send me a copy"},
    {"writing to request|ask", Addressee::none, "I am writing to request a copy of my lease"},
    {"^ pass|hand|give|grab|bring|lend|send|show|tell|get|drop me|us", Addressee::none, "Pass me the remote"},
    // the person named first, then the ask: "Driver, abeg drop me at the junction"
    {"^ _ , [please|pls|abeg|kindly|mate|love] pass|hand|give|grab|bring|lend|send|show|tell|get|drop|take|wait|help me|us|for", Addressee::none, "Driver, abeg drop me at the next junction"},
    {"could|can|would|will not you", Addressee::none, "Couldn't you close the door?"},
    {"^ yo|hey|oi , you|u down|up to|for", Addressee::none, "Yo, you down to help me Saturday?"},
    {"^ you|u down|up to|for", Addressee::none, "You down to help me Saturday?"},
    {"are|r you|u down|up to|for", Addressee::none, "Are you up for a walk at lunch?"},
    // a question said to the person: "Do you have the time?", "Have you got a pen?"
    {"do|did you have|know|sell|stock|take|accept|offer|happen", Addressee::none, "Excuse me, do you have the time?"},
    {"have you got", Addressee::none, "Have you got a pen I could borrow?"},
    {"please", Addressee::none, "Please send me the agenda"},
    {"^ kindly", Addressee::none, "Kindly send me the signed form"},
    // the go-ahead given to the person: "Go ahead and book the flights"
    {"^ [just] go ahead and", Addressee::none, "Go ahead and book the flights for both of us"},
    // "do the needful and ...": Indian English for "please see to it and ..."
    {"^ [kindly|please] do the needful and", Addressee::none, "Do the needful and send me the invoice copy by EOD, kindly."},
    // A bare action that is the ask itself: "Offer to carry ...", "Try to get a seat ...",
    // "Swap my shift with Priya", "Take the jeans back to the shop", "Hand my notice in to ...".
    {"^ offer|offering|volunteer|volunteering to", Addressee::none, "Offer to carry the shopping"},
    // the setting first, then the offer: "In the queue at Tesco, offer the guy behind me ..."
    {"^ in|at|on|during|while ~6 , offer|offering !to", Addressee::object, "In the queue at Tesco, offer the guy behind me to go first"},
    {"^ try|trying to", Addressee::none, "Try to get a seat by the window"},
    // a thing brought back, an offer made to the person there: "Return the jeans", "Offer the seller 200"
    {"^ return|returning", Addressee::preposition, "Return the jeans to the shop"},
    {"^ buy|buying|purchase ~6 at|from", Addressee::object, "Buy a metro ticket at the counter"},
    {"^ offer|offering !to", Addressee::object, "Offer the seller 200 for the bike"},
    // an order in the indicative, for good: "From now on you knock"
    {"^ from now on you", Addressee::none, "From now on you knock first"},
    // a chore given in the indicative: "Jamie, you're on bins tonight"
    {"you are|re on bins|dishes|washing|cooking|laundry|hoovering|recycling|dinner|breakfast|duty|pickup", Addressee::none, "Jamie, you're on bins tonight."},
    // the person written first, as on a note: "To the café staff: could I ...?"
    {"^ to !be|do|ask|get|make|have|see|find|try|check|start|stop|keep|help|avoid|say|tell|whom|anyone|everyone|all|whoever|this|that|my|whom|date|dos|day", Addressee::object, "To the café staff: could I use the toilet?"},
    {"^ to my|our ~3 :", Addressee::object, "To my landlord: could you fix the tap?"},
    // someone brought to do it: "Get my flatmate to ...", "Make my brother stop ..."
    {"^ get|make my|our|his|her _ ~2 to|stop|quit", Addressee::none, "Get my flatmate to clean the oven"},
    // a bare check with the one who would say yes: "See if the gym will freeze my membership"
    {"^ see|check if|whether", Addressee::object, "See if the gym will freeze my membership"},
    // a promise made to the person, who hears it and answers
    {"^ promise|promising", Addressee::object, "Promise my mum I'll call on Sunday"},
    {"^ chase|chasing", Addressee::object, "Chase the letting agent for the deposit"},
    // an order or a booking confirmed to someone: "Confirm the order with the shop"
    {"^ confirm|confirming", Addressee::preposition, "Confirm the order with the shop"},
    // asks made by bargaining or putting oneself forward (a booking alone stays an act, c030): the other side answers
    {"^ negotiate|negotiating|haggle|haggling|bargain|bargaining", Addressee::none, "Negotiate a later start time with my manager"},
    {"^ pitch|pitching", Addressee::object, "Pitch Raj on a weekly lunch together"},
    {"^ put|putting myself forward", Addressee::none, "Put myself forward for the night shift"},
    // a wish naming the person and the act: "I want my neighbour to take in my parcel"
    {"^ i want|need my|our|the ~5 to _", Addressee::none, "I want my neighbour at number 12 to take in my parcel"},
    {"^ i would like my|our|the ~5 to _", Addressee::none, "I'd like my brother to call me tonight"},
    {"^ i want|need mum|dad|mom|mother|father|grandma|grandpa|gran|nan ~2 to _", Addressee::none, "I want Dad to pick me up at six"},
    // an ultimatum said to the person: "Either you clean up or I leave"
    {"^ either you", Addressee::none, "Either you clean up or I leave"},
    // the sentence said to a shop: "Hi, I'd like to cancel my membership"
    {"^ hi|hello|morning|sorry , i would|d like|want", Addressee::none, "Hello, I'd like to cancel my membership"},
    {"^ hi|hello|morning|sorry i would|d like|want", Addressee::none, "Hello I'd like to cancel my membership"},
    {"^ excuse me , i would|d like|want", Addressee::none, "Excuse me, I'd like a refund"},
    // a wish said to the person: "I'd love it if you could ..."
    {"love|like|appreciate it if you", Addressee::none, "I'd love it if you could call me"},
    {"i wish you|u would|could|d", Addressee::none, "I wish you'd call me more"},
    // someone got to do it: "Get a stranger at the gym to spot me", "get the person next to me to move"
    {"get|getting a|an|the|someone|somebody ~7 to _", Addressee::none, "Get the person next to me to move their bag"},
    {"it would be great|nice|lovely|helpful if you could|would", Addressee::none, "It would be great if you could call me"},
    {"^ swap|switch|trade|swapping|switching", Addressee::preposition, "Swap my Tuesday shift with Omar"},
    {"^ take|bring|send|return|taking|bringing ~4 back", Addressee::preposition, "Take the shirt back to the shop"},
    {"^ hand|handing|submit|submitting", Addressee::preposition, "Hand my keys in to reception"},
    {"^ reply|replying|respond|answer yes|no", Addressee::preposition, "Reply yes to the invitation"},
    // The sentence to say: "Can I sit here", "Mind if I ...", "Is it OK if ...".
    {"^ can|could|may i|we", Addressee::none, "Can I sit here?"},
    {"^ [do] [you] mind if", Addressee::none, "Mind if I open the window?"},
    {"^ is|would it [be] ok|okay|alright|fine if", Addressee::none, "Is it ok if I leave early?"},
    // An order in the indicative: "Tonight you cook", "You collect the kids at 5".
    {"^ [tonight|today|tomorrow|now|this|next] [morning|afternoon|evening|week|weekend|time] you !are|were|have|had|know|knew|said|never|always|seem|seemed|look|think|thought|was|got|feel|felt",
     Addressee::none, "Tonight you cook the pasta"},
    // ... and in the progressive: "You're picking me up at 8", "Tonight you are doing the dishes".
    {"^ [tonight|today|tomorrow|now|this|next] [morning|afternoon|evening|week|weekend|time] you are !being|making|acting|getting|going|lying|joking|kidding|ignoring *ing",
     Addressee::none, "You're picking me up at 8"},
};

constexpr sv to_someone[] = {"to", "with", "from"};
constexpr sv venues[] = {"in", "on", "at"};
constexpr sv determiners[] = {"the", "a", "an", "my", "your", "his", "her", "our", "their", "this",
                              "that", "these", "those", "its", "one", "every", "each"};
constexpr sv articles[] = {"the", "a", "an", "this", "that", "these", "those", "some", "someone",
                           "somebody"};
// family and friends: "my cousin the electrician" is asked as family, not as a business
constexpr sv kin[] = {"friend", "mate", "brother", "sister", "cousin", "uncle", "aunt", "auntie", "dad", "mum", "mom",
                      "father", "mother", "son", "daughter", "nephew", "niece", "grandad", "grandpa", "grandma", "gran",
                      "nan", "husband", "wife", "partner", "boyfriend", "girlfriend", "godfather", "godmother"};
constexpr sv close_people[] = {
    "team", "family", "colleague", "colleagues", "coworker", "coworkers", "friend", "friends",
    "boss", "manager", "neighbour", "neighbours", "partner", "flatmate", "flatmates", "roommate",
    "roommates", "housemate", "husband", "wife", "boyfriend", "girlfriend", "parents", "class",
    "staff", "group", "department", "office", "landlord", "teacher"};
// a family or a group is one's own only when said so: "a family at the next table" is met in passing
constexpr sv passing_groups[] = {"family", "families", "couple", "group"};
constexpr sv addressee_ends[] = {
    "the", "a", "an", "my", "your", "our", "their", "this", "that", "these", "those", "some",
    "for", "to", "if", "whether", "why", "how", "what", "when", "where", "which", "who", "whom",
    "about", "re", "abt", "and", "or", "but", "so", "because", "since", "as", "with", "from", "in", "on",
    "at", "by", "next", "after", "before", "during", "until", "please", "now", "again", "is",
    "are", "was", "were", "can", "could", "would", "will", "should", "not", "do", "does", "did",
    "more", "less", "out", "up", "off", "over", "back", "he", "she", "it", "i", "we", "they",
    "am", "have", "has", "had", "be", "just", "only", "also", "too", "directly", "politely",
    "nicely", "face", "then", "there", "here", "via", "through", "once", "first", "something",
    "anything", "everything", "things", "stuff", "help", "any", "like", "than", "without",
    "into", "onto", "while", "though", "instead", "way", "whose", "sorry", "maybe", "perhaps",
    "offering", "asking", "saying", "telling", "explaining", "requesting", "accepting"};
constexpr sv links[] = {"of", "s"};
constexpr sv number_joins[] = {"and", "of"};
constexpr sv step_labels[] = {"step", "level", "rung", "stage", "exposure", "challenge", "day",
                              "task", "homework", "exercise", "suds", "anxiety", "fear", "week",
                              "note", "notes", "reminder", "todo", "goal", "practice", "roleplay"};
constexpr sv clause_openers[] = {"if", "whether", "why", "how", "what", "when", "where", "which",
                                 "who", "that"};
constexpr sv generic[] = {
    "people", "everyone", "everybody", "anyone", "anybody",
    // "someone" is one person there to be asked, with or without a setting said ("ask
    // someone for directions", "someone at the gym"): an addressee, not people in general.
    "others", "other people", "folks", "the world", "around",
    "random people !at|in|on|behind|next|near|outside|inside", "the others", "all of them",
    "whoever !is|s|at|on|behind|works|answers", "whoever is|s around|free|available|there|here|nearby|about"};
constexpr sv businesses[] = {
    "bank", "banks", "shop", "store", "company", "firm", "agency", "agent", "office", "desk",
    "service", "gym", "hotel", "dealer", "dealership", "garage", "mechanic", "library", "school", "studio", "academy",
    "university", "council", "hall", "insurer", "insurance", "pharmacy", "restaurant",
    "supermarket", "vendor", "seller", "landlord", "lender", "taxi", "driver", "airline",
    "clinic", "hospital", "doctor", "gp", "nurse", "surgeon", "oncologist", "consultant", "specialist", "plumber", "electrician", "builder", "builders", "movers",
    "removal", "removals", "support", "helpdesk", "reception", "receptionist", "staff", "clerk",
    "cashier", "waiter", "waitress", "barista", "bartender", "baker", "bakery", "butcher", "florist",
    "cafe", "café", "provider", "operator", "broker", "advisor", "adviser",
    "accountant", "lawyer", "solicitor", "notary", "hr", "administration", "authority",
    "babysitter", "nanny", "cleaner", "contractor", "courier", "station", "post office",
    "kennel", "kennels", "cattery", "daycare", "nursery", "museum", "cinema", "theatre", "venue",
    // people at work, whose service it is
    "librarian", "pharmacist", "teller", "shopkeeper", "concierge", "porter", "attendant",
    "dentist", "optician", "vet", "hairdresser", "barber", "tailor", "locksmith", "technician",
    "repairman", "handyman", "decorator", "roofer", "carpenter", "tiler"};
constexpr sv time_words[] = {"sometime", "someday", 
    "today", "tomorrow", "tonight", "now", "later", "soon", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "weekend",
    "week", "month", "year", "next", "this", "asap", "yesterday", "before", "after",
    // a length of time, and "real quick": when, not what
    "minute", "minutes", "mins", "second", "seconds", "secs", "sec", "moment", "quick", "quickly", "real"};

// ------------------------------------------------------------------------------------
// Concrete

constexpr Vague vague[] = {
    {"little something|somethings", Qualified::never, "Ask the barista for a little something extra"},
    {"some|few questions|things", Qualified::by_preposition, "Ask the receptionist some questions when I get there"},
    {"random|other thing|things|stuff|favour|favours|favor|favors", Qualified::never, "Ask a stranger for a random thing"},
    {"something|smth|sth", Qualified::by_word, "Ask Sam for something"},
    {"have|lend|give|bring|get [me|us] anything", Qualified::by_word, "Do you have anything?"},
    {"for anything", Qualified::by_word, "Ask if they need me for anything"},
    // "my stuff" is the person's own things, known to both
    {"<my|our|his|her|their|your stuff", Qualified::never, "Ask my brother about stuff"},
    {"<the|these|those|my|your|his|her|our|their|how|what|which|all|two|three|many|other|both things",
     Qualified::never, "Ask my flatmate about things"},
    {"whatever", Qualified::never, "Ask for whatever is left"},
    {"<think|thinking|sleep|sleeping about it|this|that [sometime|someday|later|soon] $", Qualified::never, "Ask someone about it sometime."},
    {"some kind|sort of", Qualified::never, "Find out whether it might be possible at some point to get some kind of support"},
    {"and help $", Qualified::never, "Ask my sister to come and help."},
    {"help|helping [me|us] with everything", Qualified::never, "Ask some random person at the airport to help with everything"},
    // a way that says nothing of how
    {"stuff|things like that|this", Qualified::never, "Ask if her son could help with the shopping, the garden, stuff like that"},
    {"somehow", Qualified::never, "Try to get my money back somehow"},
    {"one way or another", Qualified::never, "Get the deposit back one way or another"},
    {"a|one thing !about|from|that|which|i|you|we|they|he|she|to|is|s|or|at|in|of|i|my", Qualified::never, "Ask my cousin to help me with a thing"},
    {"with|me|do a|one small|little|tiny|quick|wee thing !about|from|that|which|i|you|we|they|he|she|to|is|s|or|at|in|of|my", Qualified::never, "Abeg, help me with one small thing na."},
    {"some|any money|cash", Qualified::never, "Could you lend me some money?"},
    {"to help $", Qualified::never, "Ask someone to help."},
    {"something|anything together", Qualified::never, "Would you be up for doing something together?"},
    {"everything ~3 wrong|bad|broken", Qualified::never, "Complain to the landlord about everything that's wrong with the flat"},
    // "everything going on" names no one thing to answer about
    {"everything [that] [s|is] going|happening|lately", Qualified::never, "Ask my sister what she makes of everything going on at home"},
    {"the needful !and|by|to|for|with|today|now|on", Qualified::never, "Kindly do the needful."},
    {"offer|offering my help $", Qualified::never, "Offer my help."},
    {"about|with|for an|a issue|problem|thing $", Qualified::never, "Call the helpline about an issue"},
    {"a few|couple [of] things !about|from|for|that|which|i|you|we|they|he|she|to", Qualified::never, "Ask my boss about a few things"},
    {"a|one thing i|we need|needed|want|wanted", Qualified::never, "Ask the librarian about a thing I need"},
    {"some|several things !about|from|that|which|like|on|regarding", Qualified::never, "Ask my neighbour if I can borrow some things"},
    // no moment said: "one of these days"
    {"one of these days", Qualified::never, "Ask my neighbour to take in my parcels one of these days"},
    // a day named as the topic, and nothing of what about it: "call mum about sunday"
    {"about|re|abt sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow|tmrw|weekend $", Qualified::never, "txt mum re sunday"},
    {"sort|sorting|fix|fixing|solve|solving|handle|handling [out] my|the|a problem|issue|situation $", Qualified::never, "Ask the hotel to sort out my problem."},
    {"<of|than the usual !time|place|way|price", Qualified::never, "Ask Dana to bring the usual on Friday"},
    {"a|some|few bits|bobs|odds", Qualified::never, "Ask Grandma about a few bits for the party"},
    {"something|smth|sth|anything for me|us", Qualified::never, "Bro, can you do something for me"},
    {"what|everything we talked|spoke|discussed about|of", Qualified::never, "Chase Bertrand about what we talked about"},
    {"that|the thing we talked|spoke|discussed", Qualified::never, "Ask Sam about that thing we talked about"},
    // a comparison or an occasion says which thing no better: "something cheaper", "something for the party"
    {"something|anything cheaper|better|different|nicer|bigger|smaller|similar !to|for", Qualified::never, "Ask the market lady for something cheaper"},
    {"something|anything for the|a|our|my party|trip|weekend|event|occasion|holiday|holidays|barbecue|picnic|wall|walls|bathroom|kitchen|garden|house|flat|room|bedroom|car|bike|office|desk|door|window|floor|sink|fence|shed", Qualified::never, "Ask my neighbour for something for the party"},
    // a kind that says nothing of what: "something nice", "anything good"
    {"something|anything [a] [bit|little] nice|nicer|good|better|special|different|interesting|fun|cool|else|new|exciting|random|useful|weird|strange|odd|funny",
     Qualified::never, "Ask the baker for something nice"},
    {"the|that|this _ thing !i|you|we|they|he|she|that|which|to", Qualified::never, "Ask my landlord about the boiler thing"},
    {"the|that|this thing !i|you|we|they|he|she|that|which|to|is|s", Qualified::never, "Ask my roommate about the thing from last week"},
    {"for|some|any|more|need|little|extra help|assistance|support", Qualified::by_preposition, "Ask my colleague for some help"},
    {"bit of help|assistance|support", Qualified::by_preposition, "Ask Grace for a bit of support"},
    {"a [quick|little|small|helping] hand", Qualified::by_preposition, "Ask Jo to give me a hand"},
    {"help|helping|assist me|us", Qualified::by_any, "Ask my friend to help me"},
    {"a|some|any|for|more|your|his|her [quick|little|bit] [of] advice|tips|pointers", Qualified::by_preposition, "Ask my aunt for some advice"},
    {"some|any|more|for info|information|details|insight|insights", Qualified::by_preposition, "Ask the office for more information"},
    {"a|one [small|little|quick|tiny|big|huge|massive|wee] favour !and", Qualified::by_preposition, "Ask my neighbour for a small favour"},
    {"a question !about|on|regarding|concerning|for", Qualified::never, "Ask my teacher a question"},
    {"what i want|need|deserve", Qualified::never, "Ask for what I want"},
};

constexpr sv specifiers[] = {"with", "for", "about", "on", "regarding", "concerning", "in", "of", ":",
                             "to _", "*ing"};

constexpr Bundle bundles[] = {
    {"and also|too|additionally", false, "Ask for the menu and also the wine list"},
    {", also", false, "Ask the baker for bread, also ask for milk"},
    // a list of objects asked at once: "a noon checkout, a taxi at one and extra towels"
    {", a|an|some|extra _ ~4 and a|an|some|extra|more|weekly|daily|regular", false, "Ask for a fork, a knife and a napkin"},
    {"can|could|would|will you also", false, "Text me when you're home, can you also feed the cat"},
    {"also ask|asking", false, "Ask for a fork, also ask for a napkin"},
    {"also the|a|an|ur|your|his|her|their|my|some", false, "Send me the photos, also the address of the bar"},
    {"as well as", false, "Ask for a spoon as well as a fork"},
    {", and would|could|can|will|do you", false, "Could you lend me a ladder, and would you hold it for me?"},
    // one more question after a list of them: "do you have pears, and can I pay by card?"
    {", and can|could|may i|we", false, "How much are the plums, and can I pay by card?"},
    // a list with its last comma: "a bag, a receipt, and change"
    {", a|an|the|some _ ~3 , and", false, "Ask the cashier for a bag, a receipt, and change for the meter"},
    {"and maybe|perhaps|possibly", false, "Could you lend me a pen, and maybe cover lunch too?"},
    {"and i|we will|ll !understand|totally|completely", false, "Text Jess that I'll be there, and I'll organise the hen do as well"},
    {"and then", false, "Ask for the bill and then a taxi"},
    {"and you also|then", false, "Tonight you apologise to my sister and you also call your mother"},
    {"while he|she|you|they|we|i am|is|are|s|re|m at it", false, "Ask Sam for the notes while he is at it"},
    {"while at it", false, "Ask for a bag while at it"},
    {"at the same time", false, "Ask for the key at the same time"},
    {"then ask|asking", false, "Ask for the form, then ask for a pen"},
    {", then", false, "Ask for water, then the bill"},
    {"plus !one|ones|size|sized", false, "Ask for a coffee plus a muffin"},
    {"and ask|asking|request|tell|remind|email|text|call !it|them|me", true, "Ask my boss to sign it and ask him for the stapler"},
    {"and also|then ask|asking|tell|request", false, "Ask for the bill and also ask for a taxi"},
    {"about|regarding|concerning ~4 and ask|asking", false, "Email the gym about the locker and ask for a towel"},
    {"and while i|we ~3 ask|asking|request|tell", false, "Ask my manager for the template, and while I'm there ask for Friday off"},
    // a menu of things asked for: "for a map, a taxi number and a recommendation"
    {", a|an|the|some|my|his|her|their _ ~3 and a|an|the|some|my|his|her|their", false, "Ask the desk for a map, a pen and a torch"},
    // several questions in a row: "Is the soup vegan? Can we move tables?"
    {"? can|could|would|will|is|are|do|does|did|have|has|may|should|what|where|when|how|why|which|who|and", false, "Is the soup vegan? Can we move tables?"},
    {"and whether|if", false, "Ask the guard the time and whether the train is late"},
    {"and for", false, "Ask for water and for bread"},
    {"and to", false, "Ask Mia to call me and to bring the keys"},
    // a list of acts: "to pick up the kids, to cook dinner and to walk the dog"
    {", to _ ~5 and to", false, "Ask my sister to pick up the kids, to cook dinner and to walk the dog"},
    // two verbs on one object are one act: "book and pay for the flights", "check and sign the form",
    // "scan the photo and email it"
    {"<book|check|read|review|sign|print|wash|fold|order|write|fill|scan|test|proofread|approve|sort|ahead and lend|give|send|bring|take|feed|pick|fix|buy|get|pass|tell|sign|keep|let|drive|print|swap|explain|read|write|share|help|collect|hold|carry|put|make|find|clean|cancel|confirm|reserve|add|remove|open|close|forward|invite|introduce|join|borrow|call|look|water|walk|review|update|ping|merge|test|deploy|submit|approve|schedule|order|post|upload|install|answer|return|scan|tidy|cook|iron|hoover|vacuum|mow|pack|prepare|draft|organise|organize|arrange|plan !it|them",
     true, "Ask Leo to feed the cat and water the plants"},
    // a list of bare acts said to the person: "can you buy bread, call your mum and water the plants"
    {", lend|give|send|bring|take|feed|pick|fix|buy|get|pass|tell|sign|pay|keep|drive|print|swap|read|write|share|collect|hold|carry|put|make|find|clean|cancel|book|add|open|close|forward|invite|call|ring|text|email|look|water|walk|wash|empty|sort|check|review|update|ping|merge|test|deploy|submit|approve|schedule|order|post|upload|install|answer|return|scan|tidy|cook|iron|hoover|vacuum|mow|pack|change|replace|repair|service|paint|mend ~5 and",
     false, "Can you buy bread, call your mum and water the plants?"},
    {"or ask|asking|request", false, "Either ask the teacher for an extension or ask to hand it in late"},
    {"/ ~3 /", false, "Ask for towels/soap/a late checkout"},
    // asks one after the other, cut by slashes: "swap shifts w/ Tom / ask for Friday off"
    {"/ ask|tell|call|phone|ring|email|text|request|get|see|try|offer|invite|book|return|borrow|swap|check|find|suggest|propose|remind|say",
     false, "Ask for the Wi-Fi code / ask for a table"},
};

constexpr sv coordinators[] = {"and", "plus", "as well as", "along with"};
// where the act asked for starts: "ask my dad to ...", "ask my mum if she'll ..."
constexpr sv infinitive_marks[] = {"to _", "if|whether he|she|they|you|it|we _", "if|whether her|his|their|our|my _ _ could|would|can|will"};
constexpr sv justifications[] = {
    "because", "cause", "cuz", "coz", "since",
    // "take this as my resignation" names what a thing is, gives no reason
    "<this|that|it|them|such|same|soon|long|well|much|far|email|letter|message|note|text as i|we|it|my|the|they|he|she", "given that",
    "seeing as|that", "the reason is", "considering", "it s|has been", "s|has|have|had been *ing", "i already",
    "i|we have tried", "honestly", "frankly", "to be honest", "the thing is",
    "after all", "especially since|as|because",
    // a feeling set aside: "Even though I feel silly about it, ask ..."
    "even though|if|tho i feel|find|am|m", "although i feel|find|am|m"};
// the situation an NVC request starts from: "When you shout at me in front of the kids, ..."
constexpr sv situations[] = {"when|whenever you|he|she|they",
                             // at the start, what happens stated first: "When the dishes stay out, I feel ..."
                             "^ when|whenever the|my|our|your|his|her|their|i|we"};

// ------------------------------------------------------------------------------------
// The triggers: what each pattern does to concrete, reversible and low_cost.

constexpr unsigned neg_ask = negated | asked_about | priced;

constexpr Rule rules[] = {
    // pattern                                          concrete     reversible      low_cost        guards
    // --- habits and goals: not one ask
    {"more often|regularly|frequently", habit, {}, {}, asked_about | of_the_ask, "Ask my boss for feedback more often"},
    {"regularly|frequently|systematically|routinely", habit, {}, {}, asked_about | of_the_ask, "Ask questions regularly"},
    {"start|begin|starting|beginning|started asking", habit, {}, {}, unguarded, "Start asking for help"},
    {"start|begin|starting|beginning to ask", habit, {}, {}, unguarded, "Begin to ask for feedback"},
    {"get|getting used to asking", habit, {}, {}, unguarded, "Get used to asking for things"},
    {"into the habit", habit, {}, {}, unguarded, "Get into the habit of asking"},
    {"make [it] a habit", habit, {}, {}, unguarded, "Make it a habit to ask"},
    {"every|each time|day|week|morning|month|evening|single", habit, {}, {}, asked_about | of_the_ask, "Ask for feedback every week"},
    {"whenever i|we", habit, {}, {}, of_the_ask, "Ask whenever I need something"},
    {"always ask", habit, {}, {}, unguarded, "Always ask for the receipt"},
    {"everywhere|wherever i|we", habit, {}, {}, of_the_ask, "Ask for a discount everywhere I shop"},
    {"<monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekend|week|morning|evening|night|year|month|term|season from now on !you", habit, {}, {}, of_the_ask, "Ask for help from now on"},
    {"withdraw|withdrawing|unenrol|unenroll|unenrolling|deregister|deregistering me|myself from", {}, commitment, {}, negated | asked_about, "Ask the registrar to withdraw me from the course"},
    {"lend|lending me|us your|his|her|their credit|debit|bank|visa card", {}, money, loan, negated | asked_about, "Ask my flatmate to lend me her credit card"},
    {"become|becoming my|our flatmate|flatmates|roommate|roommates|housemate|housemates|cofounder|cofounders", {}, commitment, {}, negated | asked_about, "Ask Priya to become my flatmate in September"},
    {"become|becoming my|our business partner|partners", {}, commitment, {}, negated | asked_about, "Ask Omar to become my business partner"},
    {"close|closing|shut|shutting ~3 account|accounts", {}, commitment, {}, negated | asked_about, "Call the bank and close my savings account"},
    {"contract|job|position|role ~3 made|become|becomes permanent", {}, job, negotiation, negated | asked_about, "Ask my manager whether my contract could be made permanent"},
    {"stand|standing|run|running in the|a|next ~2 election|elections|vote|ballot", {}, commitment, {}, negated, "Tell the club I'm standing in the next committee election"},
    {"put|putting in|invest|investing #big", {}, money, loan, negated | asked_about, "Ask my uncle to put in ten grand"},
    {"out of line|order", {}, {}, confrontation, negated, "Tell my boss her comments were out of line"},
    {"want|demand|expect|deserve an|a [proper|real] apology", {}, {}, confrontation, negated, "Tell Sam I want an apology"},
    {"this|it can not|cannot go on", {}, {}, confrontation, negated, "Tell my flatmate this can't go on"},
    {"mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends off", {}, job, {}, negated | asked_about, "Ask my manager for Fridays off"},
    {"borrow|borrowing|lend|lending ~6 whole|all|entire afternoon|day|evening|morning|weekend|week|night", {}, {}, big_favour, met_in_passing, "Ask a stranger at the café if I can borrow his charger for the whole afternoon"},
    {"he|she|they could|would|can be [a] [bit|little|tad|lot] less|more _", {}, {}, change_person, close_only, "Ask my colleague whether she could be a bit less sarcastic"},
    {"put|putting my|our name|names forward|down as|for", {}, commitment, {}, negated | asked_about, "Ask the chair to put my name forward as treasurer"},
    {"become|be a more|less|better _ person|partner|listener|friend|husband|wife|father|mother|parent", vague_object, {}, change_person, unguarded, "Would you be willing to become a more patient person?"},
    {"[finally|really|just] understand|accept|forgive|respect me $", vague_object, {}, change_person, close_only, "Make my father finally understand me"},
    {"kick|play|run|camp|picnic ~4 around|in|on their|his|her back|front garden|yard|lawn", {}, {}, big_favour, met_in_passing, "Ask the people at number 9 if my son can kick a ball around their back garden"},
    {"#big loan|loans|mortgage|credit", {}, money, {}, negated | asked_about, "Ask the bank for a £20,000 loan"},
    {"sleep|sleeping|stay|staying|live|living|crash|crashing ~5 for|during #num|two|three|four|five|six|several|few months", {}, commitment, {}, negated, "Ask my aunt if I can stay at hers for three months"},
    {"from now on you", {}, {}, change_person, unguarded, "From now on you knock before coming in"},
    {"dare [to] ask|asking", habit, {}, {}, unaddressed, "Dare to ask for a discount"},
    {"dare|daring [to] say|speak|voice what|my", habit, {}, {}, unguarded, "Dare to say what I think at work"},
    {"find|finding a way to", habit, {}, {}, unguarded, "Find a way to talk to my dad"},
    {"^ i need|have|must|should|ought to stop|start|learn|quit|be", habit, {}, {}, unguarded, "I need to stop saying yes to everything"},
    {"at least ~1 #num|two|three|four|five|ten times|noes|nos|rejections|requests|asks", habit, {}, {}, unguarded, "Get told no at least three times today"},
    // a numbered list of asks: "1) the knee 2) the rash"
    {"1 ) ~8 2 )", bundled, {}, {}, unguarded, "Ask the GP: 1) my knee 2) the rash"},
    // an act of one's own, then an ask: two things to do ("Sign up for the marathon and ask my cousin ...")
    {"^ sign|book|buy|order|register|enrol|enroll|join|pay|apply|enter ~8 and [also|then] ask|asking", bundled, {}, {}, unguarded, "Sign up for the marathon and ask my cousin to train with me every week"},
    {"learn|learning|able|brave|courage|confidence|confident to ask|asking", habit, {}, {}, unguarded, "Learn to ask for help"},
    {"find|finding|have|get the courage|nerve|guts|strength to", habit, {}, {}, unguarded, "Find the courage to say no to my boss"},
    {"^ get|getting|become|becoming better|more|less at", habit, {}, {}, unguarded, "Get better at saying what I want"},
    {"^ feel more|less at|calm", habit, {}, {}, unguarded, "Feel more at ease talking to my manager"},
    {"^ be less|more shy|nervous|anxious|awkward|timid|brave|sociable|bold|at|comfortable|relaxed|calm", habit, {}, {}, unguarded, "Be less nervous in meetings this term"},
    {"sometimes|occasionally when|whenever", habit, {}, {}, of_the_ask, "Ask a colleague for help sometimes when I'm stuck"},
    {"say|saying no to all|every|everything|any", habit, {}, {}, of_the_ask, "Say no to every extra task this week"},
    {"one|a request|ask per|a day|week", habit, {}, {}, unguarded, "Make one request a day to someone I don't know"},
    {"braver|bolder|better|comfortable|easier|confident at|with|about asking", habit, {}, {}, unguarded, "Be more confident about asking"},
    {"afraid|scared|shy to|of ask|asking", habit, {}, {}, unguarded, "Stop being afraid to ask"},
    {"talk|speak|chat|socialise|socialize ~5 more|less $", habit, {}, {}, unguarded, "Talk to people at uni more"},
    {"be braver|bolder|assertive", habit, {}, {}, unguarded, "Be braver at work"},
    // a feeling to reach is a goal: "Feel less nervous when I phone the doctor"
    {"^ [to] feel [a] [bit|lot|little|much] less|more nervous|anxious|scared|afraid|awkward|stressed|tense|shy|confident|calm|relaxed|comfortable|sure",
     habit, {}, {}, unguarded, "Feel less nervous when I phone the doctor"},
    {"^ [to] stop feeling|being [so] nervous|anxious|scared|afraid|awkward|stressed|shy", habit, {}, {}, unguarded, "Stop feeling nervous when I ask for things"},
    {"become|becoming someone|somebody|a|an ~2 who|that", habit, {}, {}, unguarded, "Become someone who asks"},
    {"get|getting my|our|his|her life|lives|act|things|stuff together", habit, {}, {}, unguarded, "Get my life together"},
    {"ask|asking more questions|often|things|for", habit, {}, {}, unguarded, "Ask more questions in class"},
    {"be more assertive|confident|outgoing|daring", habit, {}, {}, unguarded, "Be more assertive with my team"},
    {"speak|speaking|talk|talking up|out", habit, {}, {}, asked_about | of_the_ask, "Speak up at work"},
    {"more|less ~2 in|at|during meetings|general|life|public|groups|conversations|class", habit, {}, {}, asked_about | of_the_ask, "Talk more in meetings"},
    // --- asking someone to be different: no act to answer, and costly
    {"respect|accept|appreciate|understand|value|trust|love|like|notice me|us [more] !with|to|into|on|for|in|a|the|some|if",
     vague_object, {}, change_person, close_only, "Ask my boss to respect me"},
    {"accept|accepting|respect|respecting|approve|support|supporting|back|backing ~1 my|our boyfriend|girlfriend|partner|husband|wife|choices|choice|decision|decisions|life|lifestyle|sexuality|career|relationship|friends|body|religion",
     vague_object, {}, change_person, close_only, "Ask my parents to accept my girlfriend"},
    {"me as i am", vague_object, {}, change_person, close_only, "Ask my mum to love me as I am"},
    {"accept|accepting|love|respect who|what i am", vague_object, {}, change_person, close_only, "I want Dad to finally accept who I am"},
    {"take me|us [more|really|finally] seriously", vague_object, {}, change_person, close_only, "Ask my partner to take me seriously"},
    {"care about|for me [more]", vague_object, {}, change_person, close_only, "Ask my dad to care about me"},
    {"be there for me", vague_object, {}, change_person, close_only, "Ask my friend to be there for me"},
    {"support me [more] !with|on|in|during|at", vague_object, {}, change_person, close_only, "Ask my husband to support me more"},
    {"listen to me more", vague_object, {}, change_person, close_only, "Ask my brother to listen to me more"},
    {"me|us more|less $", vague_object, {}, change_person, close_only, "Ask my partner to love me more"},
    {"more time with me|us", vague_object, {}, change_person, close_only, "Ask my dad to spend more time with me"},
    {"more attention to me|us", vague_object, {}, change_person, close_only, "Ask my partner to pay more attention to me"},
    {"call|text|visit|see me more|often", vague_object, {}, change_person, close_only, "Ask my son to call me more often"},
    {"make more effort|efforts", vague_object, {}, change_person, close_only, "Ask my sister to make more effort"},
    {"treat me ~2 better|differently|respect|fairly|adult|equal", vague_object, {}, change_person, close_only, "Ask my boss to treat me with respect"},
    {"<try|trying to be more|less !than _", vague_object, {}, change_person, close_only, "Ask my flatmate to be more tidy"},
    // "could you try to be less critical": said to the person, a change asked, one clear ask
    {"you ~2 try|trying to be more|less !than _", {}, {}, change_person, unguarded, "Could you try to be less critical of everything I do?"},
    // Said to the person ("Could you be less moody?"), a change of trait is one
    // clear ask they can answer now; reported to oneself, it stays vague.
    {"you be [a] [bit|little|tad|lot] less|more !than _", {}, {}, change_person, close_only, "Could you be a bit less moody?"},
    {"you would|could|will be [a] [bit|little|tad] nicer|kinder|politer|tidier|quieter|friendlier|warmer|calmer|happier|better", {}, {}, change_person, close_only, "I wish you'd be nicer to me"},
    {"become|be the person|man|woman you were", vague_object, {}, change_person, close_only, "I want you to become the person you were when we met"},
    {"you be [a] [bit|little|tad] nicer|kinder|politer|tidier|quieter|friendlier|warmer|calmer|happier|nicer|better|*er", {}, {}, change_person, close_only, "Would you be a little nicer to me?"},
    // a way of being to stop is one clear ask, reported or said (blind batches 8 and 14)
    {"stop|quit being so|such|that|always _", {}, {}, change_person, close_only, "Ask my brother to stop being so rude"},
    // who the person is, asked of anyone: "stop being so arrogant"
    {"stop|quit being so|such|that [a|an] arrogant|rude|condescending|patronising|patronizing|smug|selfish|mean|nasty|aggressive|obnoxious|judgmental|judgemental|pushy|bossy|sexist|racist|creepy|dismissive|entitled|grumpy|moody|unfriendly|miserable|sarcastic|impatient|cold",
     {}, {}, change_person, unguarded, "Ask the guy at the gym to stop being so arrogant"},
    {"talk|talking|speak|speaking down to me|us", {}, {}, change_person, unguarded, "Say to the guy at the desk: could you stop talking down to me?"},
    {"make|making an effort to be less|more|nicer|kinder|politer|friendlier", {}, {}, change_person, unguarded, "Ask the waiter to make an effort to be less rude"},
    // a reproach asked as a question at work: "explain why you're late to every stand-up"
    {"late to|for every|each", {}, {}, confrontation, unguarded, "Hi Ben, could you explain why you're late to every stand-up?"},
    {"unfairly", {}, {}, confrontation, unguarded, "Could you re-mark my exam? I think you marked me unfairly."},
    // a reproach after the question: "Can you tip more next time? It's embarrassing."
    {"? it|that s|is|was embarrassing|humiliating|ridiculous|unacceptable", {}, {}, confrontation, unguarded, "Can you tip more next time? It's embarrassing."},
    {"not [to] be so|such|always _", {}, {}, change_person, close_only, "Ask my flatmate if she could try not to be so grumpy"},
    {"to be nicer|kinder|politer|tidier|quieter|friendlier|warmer|calmer|happier|nicer|better", vague_object, {}, change_person, close_only, "Ask my sister to be nicer"},
    {"be better|nicer|kinder people|persons|person|neighbours|neighbors|friends|parents", vague_object, {}, change_person, close_only, "Gonna ask my neighbours to like, be better people idk"},
    // a friend told to leave their partner
    {"dump|dumping|ditch|ditching|leave|leaving her|his|their boyfriend|girlfriend|husband|wife|partner", {}, {}, emotional_load, negated, "Gonna ask my best friend to dump her boyfriend because he's honestly awful"},
    {"[generally|just|always] be a bit|little|lot nicer|kinder|politer|tidier|quieter|friendlier|warmer|calmer|happier|better|cleaner|neater", vague_object, {}, change_person, close_only, "Ask my flatmate to generally be a bit tidier"},
    {"to change|changing ~2 attitude|behaviour|behavior|ways|habits|personality|tone|mindset|lifestyle",
     vague_object, {}, change_person, close_only, "Ask my dad to change his attitude"},
    // "ask my partner to change", and nothing said of what
    {"to change $", vague_object, {}, change_person, close_only, "Ask my flatmate to change."},
    {"value|appreciate|recognise|recognize|respect my|our work|efforts|effort|contribution|contributions|opinion|opinions|ideas|time|space|boundaries|privacy", vague_object, {}, change_person, unguarded, "Get my team to value my work"},
    {"respecting|valuing my|our time|space|boundaries|privacy|work|opinion", vague_object, {}, change_person, unguarded, "You need to start respecting my time"},
    {"to grow up", vague_object, {}, change_person, close_only, "Ask my brother to grow up"},
    // (more support at work or with a task is help asked, not a change of person)
    {"more patience|understanding|respect|empathy|consideration|attention|recognition|appreciation|support|kindness !at|with|on",
     vague_object, {}, change_person, close_only, "Ask my partner for more patience"},
    {"to do|help more $", vague_object, {}, change_person, close_only, "Ask my husband to do more"},
    {"to do|help more around|at|in the house|home|flat", vague_object, {}, change_person, close_only, "Ask my son to help more around the house"},
    {"to be honest|truthful|straight|open", vague_object, {}, change_person, close_only, "Ask my friend to be honest"},
    // --- asking someone to stop a habit
    {"to|could|would|can|please|should stop|quit ~1 *ing", {}, {}, change_person, close_only, "Ask my dad to stop smoking"},
    {"tell|telling|told ~5 stop|quit *ing", {}, {}, change_person, close_only, "Tell my brother to stop shouting"},
    {"to no longer", {}, {}, change_person, unguarded, "Ask my dad to no longer call me at work"},
    {"stop|quit|stopping ~1 *ing ~4 every|always|constantly|anymore", {}, {}, change_person, close_only, "Could you stop interrupting me in every meeting?"},
    {"stop|quit|stopping ~1 *ing ~4 all the time", {}, {}, change_person, close_only, "Could you stop sighing all the time?"},
    {"speak|talk|speaking|talking [to|with] [me] more|less softly|gently|kindly|nicely|calmly|politely|respectfully|harshly|loudly|rudely",
     {}, {}, change_person, close_only, "Would you be willing to speak more softly with me?"},
    {"stop|not raise|raising your voice", {}, {}, change_person, close_only, "Could you stop raising your voice?"},
    {"stop|not shout|shouting|yell|yelling|snap|snapping at me", {}, {}, change_person, close_only, "Could you stop snapping at me?"},
    {"lose weight", {}, {}, change_person, unguarded, "Ask my partner to lose weight"},
    {"dress differently|better", {}, {}, change_person, unguarded, "Ask my boyfriend to dress better"},
    {"clean up after himself|herself|themselves", {}, {}, change_person, unguarded, "Ask my flatmate to clean up after himself"},
    {"quit|stop smoking|drinking|gambling|vaping", {}, {}, change_person, unguarded, "Ask my uncle to quit smoking"},
    // --- money and signatures
    {"sign|signs|signing|signed ~3 lease|contract|contracts|agreement|deal|mortgage|papers|paperwork|offer|tenancy|loan",
     {}, commitment, {}, neg_ask, "Sign the lease for the new flat"},
    {"co sign|signing|signs|signer", {}, commitment, big_favour, neg_ask, "Ask my dad to co-sign my loan"},
    {"cosign|cosigning|cosigner", {}, commitment, big_favour, neg_ask, "Ask my mum to cosign the lease"},
    {"guarantor|guarantors", {}, commitment, big_favour, neg_ask, "Ask my aunt to be my guarantor"},
    {"guarantee|guaranteeing my|the|his|her loan|lease|rent|mortgage", {}, commitment, big_favour, neg_ask, "Ask my dad to guarantee my loan"},
    {"#num|one|two|three|four|five|six|ten|twelve|eighteen|twenty|multi year|years|month|months contract|contracts|lease|subscription|membership|plan|commitment|loan|mortgage|deal|tenancy|warranty",
     {}, commitment, {}, neg_ask, "Sign up for a two year contract"},
    {"contract|lease|subscription|membership|plan|loan|commitment|tenancy ~3 #num|one|two|three|a|an year|years|month|months",
     {}, commitment, {}, neg_ask, "Take out a contract for two years"},
    {"#num|one|two|three|six|twelve|eighteen|twenty year|years|month|months ~2 contract|contracts|subscription|membership|plan|lease|deal|tenancy",
     {}, commitment, {}, neg_ask, "Take the 12-month meal-kit subscription"},
    {"negotiate|negotiating|haggle|haggling|bargain|bargaining ~6 #big", {}, {}, negotiation, negated, "Haggle with the dealer to get €2,000 off the car"},
    {"payment|repayment plan|plans|schedule", {}, commitment, negotiation, neg_ask, "Ask the electricity company for a payment plan"},
    {"instalments|installments|installment|instalment", {}, commitment, {}, neg_ask, "Ask to pay the bill in instalments"},
    {"instalments|installments|installment|instalment", {}, {}, negotiation, neg_ask | business, "Ask my landlord if I can pay the deposit in instalments"},
    {"i|we am|are|m|re|will|ll moving|move out", {}, commitment, {}, negated, "Tell my landlord I'm moving out at the end of the month"},
    {"move|moving back home", {}, commitment, big_favour, negated, "Ask my parents if I can move back home for six months"},
    {"move|moving back in with", {}, commitment, big_favour, negated, "Ask my mum if I can move back in with her"},
    {"i|we can|could move|moving to|into the|a|another ~2 flat|apartment|house|room|unit", {}, commitment, {}, negated, "Ask my landlord if I can move to the bigger flat upstairs from next month"},
    {"we can|could move|moving abroad|overseas", {}, commitment, emotional_load, negated, "Ask my wife if we can move abroad next year"},
    {"we can|could move|moving to portugal|spain|france|italy|germany|canada|australia|america|ireland|scotland|wales|london|paris|another", {}, commitment, emotional_load, negated, "Ask my wife if we can move to Portugal next year"},
    {"have|having|try|trying [for] another|a baby|child|kid", {}, commitment, emotional_load, negated, "Ask my wife if she'd consider having another baby"},
    {"transfer|relocation|relocate ~3 office|branch|team|site|city", {}, job, negotiation, neg_ask, "Request a transfer to the Lyon office starting in September"},
    {"dealer|agent|seller ~6 i|we will|ll take it", {}, money, {}, unguarded, "Tell the car dealer: I'll take it, can you start the paperwork?"},
    {"order|ordering ~1 three|four|five|six|ten|twelve|twenty|thirty|fifty|hundred", {}, money, {}, negated | asked_about | trivial_sum, "Call the pizzeria and order three large pizzas for tonight's team party"},
    // living at someone's place is a lasting arrangement and a big favour
    {"i|we can|could move|moving in|into ~1 his|her|their|your spare|room|flat|house|place|home|basement|attic", {}, commitment, big_favour, negated, "Ask my uncle if I can move into his spare room for a couple of months"},
    {"annual|yearly|lifetime|longterm contract|membership|subscription|plan|lease|commitment|tenancy",
     {}, commitment, {}, neg_ask, "Sign up for an annual membership"},
    {"long term contract|membership|subscription|plan|lease|commitment|tenancy", {}, commitment, {}, neg_ask, "Sign up for a long term contract"},
    {"commit|committing|commits to", {}, commitment, {}, neg_ask, "Commit to the project until June"},
    {"confirm|confirming|finalise|finalize|finalising|finalizing|place|placing ~3 order|purchase", {}, money, {}, negated | asked_about, "Confirm the order for the new sofa"},
    {"go|going ahead and order|book|buy|pay|purchase", {}, money, {}, negated, "Tell the garage to go ahead and order the new clutch"},
    {"i|we need|have to pay ~3 today|now|tonight|upfront|asap", {}, money, {}, negated | trivial_sum, "who's in for splitting a £300 Airbnb in Brighton? I need to pay today"},
    {"my [formal] resignation", {}, job, emotional_load, neg_ask, "Email HR: please accept this as my formal resignation, effective 30 June"},
    {"move|moving to the|another ~2 office|branch|site ~3 permanently", {}, job, negotiation, neg_ask, "Can I move to the Manchester office permanently from September?"},
    {"order|ordering|buy|buying ~6 that|which cost|costs|costing", {}, money, {}, negated | asked_about | trivial_sum, "Ask the optician to order the designer frames that cost €450"},
    {"^ pay ~6 #amount", {}, money, {}, negated | trivial_sum, "Pay the club treasurer the £120 annual fee"},
    {"charge|bill|put it|this|that|them|everything to|on my|the|our room|card|account", {}, money, {}, negated | trivial_sum, "Ask the hotel to book us the excursion package and charge it to the room"},
    // booking what is paid for commits the money; a table at a café does not
    {"book|booking|reserve|reserving ~3 venue|flights|flight|holiday|cruise|package|hotel|trip|honeymoon|tickets|cottage|villa|course|removal|removals|movers|minibus|coach|caterer", {}, money, {}, negated | asked_about, "Book the hotel in Rome for May"},
    // a room at work or school is free to book; a hotel room is not
    {"book|booking|reserve|reserving ~3 <meeting|study|conference|seminar|group|quiet|practice|music|rehearsal|board|interview|class|team room", {}, money, {}, negated | asked_about, "Book a double room for two nights"},
    {"confirm|confirming|finalise|finalize ~3 booking|reservation ~3 wedding|venue|holiday|cruise|flights|honeymoon|reception", {}, money, {}, negated | asked_about, "Confirm the booking for the wedding venue"},
    {"go|going ahead with|on ~3 quote|estimate|order|purchase|extension|works|renovation|build|roof|kitchen|contract|deal|offer|sale|loft|conversion|repair|repairs|job|service", {}, money, {}, negated, "Go ahead with the quote for the roof"},
    {"step|steps|stepping|stand|standing down", {}, job, {}, negated | asked_about, "Step down from the board"},
    {"go|going|switch|switching|move|moving [to|down] part time", {}, job, negotiation, neg_ask, "Ask my boss if I could go part-time"},
    {"go|going|switch|switching|move|moving|drop|dropping|cut|cutting [to|down] [to] [a] four|4|three|3 day week", {}, job, negotiation, neg_ask, "Ask HR if I can move to a four-day week"},
    {"sabbatical", {}, job, negotiation, neg_ask, "Ask HR for a six-month sabbatical"},
    {"career break", {}, job, negotiation, neg_ask, "Ask my manager about a career break"},
    {"unpaid leave", {}, job, negotiation, neg_ask, "Ask HR for three months of unpaid leave"},
    {"sign|signing|accept|accepting|approve|approving the|this|their|his|her quote|estimate", {}, money, {}, negated, "Tell the builder I accept the quote"},
    {"go|going|switch|switching|move|moving [to|down] [to] reduced|fewer hours", {}, job, negotiation, neg_ask, "Ask to go down to reduced hours"},
    {"work|working [fully|permanently|entirely] remote|remotely ~3 from now on", {}, job, negotiation, neg_ask, "Ask my boss to let me work fully remote from now on"},
    {"work|working from home ~3 from now on", {}, job, negotiation, neg_ask, "Ask my boss if I can work from home from now on"},
    {"work|working [fully|entirely] remote|remotely|home ~3 permanently|forever|indefinitely", {}, job, negotiation, neg_ask, "Ask to work remotely permanently"},
    {"shift|shifts|rota|team|department|role|contract ~2 permanently|permanent", {}, job, {}, neg_ask, "Ask my manager to move me to the night shift permanently"},
    {"permanently|fully remote", {}, job, negotiation, neg_ask, "Ask to go fully remote"},
    // a lasting change of one's own work or group, left or taken on (criteria.md)
    {"leave|leaving|quit|quitting|drop|dropping [out] [of|from] ~2 project|team|committee|board|band|council|choir|orchestra|association|society|league|union|course|programme|program|club",
     {}, commitment, {}, neg_ask, "Tell my manager I'm leaving the project"},
    {"be|become|serve|act|stand|run [as|for] ~2 treasurer|secretary|chair|chairman|chairwoman|chairperson|president|trustee|governor|captain|coordinator|delegate|representative|rep|mentor",
     {}, commitment, {}, neg_ask, "Offer to be the treasurer of the tenants' association"},
    {"as a|the candidate|candidates|candidacy|speaker|panellist|panelist|keynote", {}, commitment, {}, neg_ask, "Sign up as a candidate for the staff council"},
    {"join|joining ~4 permanent|permanently|regular|full member|drummer|singer|guitarist|bassist|player|partner|volunteer|time", {}, commitment, {}, negated, "Text the band that yes, I'll join as their permanent drummer from September"},
    {"tattoo|tattoos|tattooed|tattooist|tattooing", {}, commitment, {}, negated | asked_about, "Ask the tattooist to do my girlfriend's name on my forearm tonight"},
    {"whole|entire team|office|department|family|class ~8 my treat", {}, money, {}, negated | trivial_sum, "Invite the whole team to lunch, my treat"},
    {"whole|entire team|office|department|family|class ~8 i am|m|ll|will pay|paying", {}, money, {}, negated | trivial_sum, "Take the whole team out for dinner, I'm paying"},
    // a letter printed in the paper is a public statement
    {"print|printing|publish|publishing|run|running ~3 my|our letter|article|piece|column|story|essay|poem|complaint", {}, public_statement, {}, negated | asked_about, "Ask the local paper to print my letter about the library closing"},
    {"every|each monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend ~3 this|the|all|whole season|year|term|semester",
     {}, commitment, {}, neg_ask, "Offer to coach the team every Saturday this season"},
    {"drive|take|pick|ferry ~4 every|each|all ~3 this|the|all|whole season|year|term", {}, {}, big_favour, business, "Ask the parents' group chat if someone could drive Leo to every away match this season"},
    {"change|changing|rewrite|rewriting their|his|her|your will", {}, {}, negotiation, negated, "Ask my grandparents to change their will so I get the house"},
    {"for|over the next|coming [two|three|four|five|few|#num] year|years|season|seasons|term|terms|semester|twelve", {}, commitment, {}, negated | asked_about, "Offer to run the quiz night every month for the next year"},
    {"for the whole|entire season|year|term|semester", {}, commitment, {}, negated | asked_about | lent, "Tell the club secretary I'll run our Instagram account for the whole season"},
    {"volunteer|volunteering|sign|signing [up] ~4 whole|every|each season|year|term|summer|month|semester|week",
     {}, commitment, {}, neg_ask, "Sign up as a volunteer for the whole season"},
    {"yes to ~3 offer|proposal|contract|deal", {}, commitment, {}, negated, "Say yes to the job offer"},
    {"volunteer|volunteering|offer|offering to run|organise|organize|lead|coordinate|host|coach|manage ~4 next|whole|every|each season|year|term|summer|semester|spring|autumn|winter",
     {}, commitment, {}, neg_ask, "Volunteer to run the school fete next summer"},
    // the whole of an event taken on: "offer to organise the whole end-of-year party"
    {"offer|offering|offered|volunteer|volunteering|propose|proposing ~8 to organise|organize|run|plan|coordinate the|a whole|entire", {}, commitment, {}, neg_ask, "Offer on the parents' forum to run the whole summer fair"},
    {"stand|standing|run|running for treasurer|chair|chairman|chairwoman|chairperson|president|secretary|mayor|councillor|councilor|captain|office", {}, commitment, {}, negated | asked_about, "Tell the committee that I'm standing for secretary"},
    {"stand|standing|run|running for the ~2 committee|board|council|presidency|chair", {}, commitment, {}, negated | asked_about, "Tell the parents' group I'm running for the school board"},
    // a date held for a wedding, an installation booked, a share paid ahead
    {"book|booking|reserve|reserving|hold|holding ~6 for our|my|the wedding|reception|ceremony", {}, commitment, {}, neg_ask, "Ask the town hall to book 3 May for our wedding"},
    // a hire or a booking taken for weeks
    {"book|booking|rent|renting|hire|hiring|reserve|reserving ~4 for the whole|entire week|month|summer|season|year", {}, commitment, {}, neg_ask, "Ask the rental desk to book the van for the whole month"},
    {"book|booking|rent|renting|hire|hiring|reserve|reserving ~4 for #num|two|three|four|six weeks|months", {}, commitment, {}, neg_ask, "Ask the garage to rent me the van for three weeks"},
    // words printed under one's name
    {"publish|publishing|post|posting|print|printing|run ~6 under|with my [real|full|own] name", {}, public_statement, {}, negated, "Ask the paper to publish my letter under my real name"},
    // a lasting change of one's own hours
    {"contract|hours|schedule|job ~3 to #num|four|three|two days a|per week", {}, commitment, negotiation, neg_ask, "Can you change my contract to four days a week from May?"},
    // a role taken on: "I'll take on the Leeds project as lead"
    {"take|taking on ~5 as [the] lead|leader|manager|head|coordinator|chair|owner", {}, commitment, {}, neg_ask, "Tell my manager I'll take on the Leeds project as lead"},
    {"as [the] organiser|organizer|coordinator|chair|treasurer|secretary of", {}, commitment, {}, neg_ask, "Ask the school to list me as organiser of the spring fair"},
    {"put|putting|print|printing my|our name ~4 newsletter|website|poster|programme|program|flyer|bulletin|leaflet", {}, public_statement, {}, negated, "Could you put my name in the school newsletter?"},
    {"enrol|enroll|enrolling|sign|signing|opt|opting|join|joining ~5 pension|pensions", {}, commitment, {}, neg_ask, "Please enrol me in the pension scheme from this month"},
    {"fixed term|bond|deposit|isa|savings", {}, commitment, {}, neg_ask, "Ask the bank to open a fixed-term savings account for me"},
    {"#num yr|year|years fixed|bond|term", {}, commitment, {}, neg_ask, "Ask the bank to move my savings into the 5 yr fixed bond"},
    {"annual|yearly plan|premium|premiums|policy|billing|contract", {}, commitment, {}, neg_ask, "Ask the insurer to switch my policy to the annual premium plan"},
    {"for|pay|paying the #big change|cancellation|admin|booking|transfer|late|penalty fee|fees|charge", {}, money, {}, negated | asked_about, "Ask the airline to move my flight for the 80 euro change fee"},
    {"though|despite|although the #big change|cancellation|admin|booking|transfer|late|penalty fee|fees|charge", {}, money, {}, negated | asked_about, "Ask the hotel to cancel my stay even though the 120 euro cancellation fee applies"},
    {"extend|extending ~3 stay|booking|rental|lease|tenancy by|for a|one|two|three|#num week|weeks|month|months", {}, commitment, {}, neg_ask, "Ask the hostel to extend my stay by a month"},
    {"for|pay|paying ~3 whole|full|entire year|season|term ~2 upfront|advance", {}, money, {}, negated | asked_about, "Ask my partner if we can pay the gardener for a whole year upfront"},
    {"add|adding|put|putting ~3 name to|on the|our|my tenancy|lease|mortgage|deeds|contract", {}, commitment, {}, neg_ask, "Ask the landlord to add my boyfriend's name to our tenancy"},
    {"enrol|enroll|register|sign ~5 full|whole|entire|a year|season|term of", {}, commitment, {}, neg_ask, "Please enrol Kai in the full year of Saturday football"},
    {"contract ~6 i|i will|ll sign|signing it", {}, commitment, {}, negated, "Please send the contract over, I'll sign it tonight"},
    {"split|splitting the cost|costs|price|bill of ~3 #large", {}, money, negotiation, negated | asked_about, "Ask the neighbour if we can split the cost of a new 600 pound fence"},
    // a paper asked for to be signed, drawn up, or an account set up: the commitment follows
    {"lease|contract|agreement|papers|paperwork ~10 to sign", {}, commitment, {}, negated, "Ask the agent for the lease on the flat to sign today"},
    {"lease|contract|agreement|papers|paperwork ~10 , to sign", {}, commitment, {}, negated, "Ask the agent for the lease on the flat, to sign today"},
    {"take|taking|accept|accepting my|our|the|a deposit", {}, money, {}, negated | asked_about, "Ask the person at the letting agency desk to take my deposit for the flat today"},
    {"draw|drawing|drew up ~3 contract|agreement|lease|paperwork|papers", {}, commitment, {}, neg_ask, "Ask the dealer to draw up the purchase contract"},
    {"set|setting up ~4 mortgage|loan|pension|overdraft|plan", {}, commitment, {}, negated | asked_about, "Ask the bank to set up the five-year fixed mortgage for me"},
    {"order|ordering ~3 table|sofa|couch|wardrobe|bed|mattress|kitchen|fridge|freezer|cooker|oven|car|laptop|boiler|windows|furniture|desk|piano|carpet|bike|bicycle|ebike|scooter|tv|television|camera|dishwasher", {}, money, {}, negated | asked_about, "Order the oak table from the showroom today"},
    {"offer|offering|promise|promising to pay|cover|fund ~5 #big", {}, money, {}, negated, "Offer to pay my cousin's £1,250 course fees"},
    {"book|booking|schedule|scheduling|confirm|confirming [in] the|an|my|our installation|install|fitting", {}, commitment, {}, neg_ask, "Ask the kitchen fitter to schedule the installation for June"},
    {"#num % deposit|upfront|advance|down", {}, money, {}, negated | asked_about, "Ask the caterer to hold the date against a 30% deposit"},
    {"send|sending|transfer|transferring|wire|wiring ~3 deposit", {}, money, {}, negated | asked_about, "Ask the seller if I can send her a deposit to hold the sofa"},
    // a sum promised in the words to say: "I'll pay the 120 on pickup", "I'll transfer you the 250"
    {"ll|will pay|transfer|wire [you|u] [the|a] #num", {}, money, {}, negated | asked_about | trivial_sum, "Text the seller: I'll transfer you the 300 tonight"},
    // one's own arrangement changed for good
    {"move|moving|change|changing|switch|switching|shift|shifting ~6 permanently", {}, commitment, {}, neg_ask, "Ask the team if we can move the weekly call to Monday permanently"},
    {"enter|entering|register|registering|sign|signing|book|booking me|us ~6 #amount fee|entry|entrance", {}, money, {}, negated | asked_about, "Ask the club to enter me in the relay for the £25 fee"},
    {"co write|writing|author|authoring|found|founding|own|run", {}, commitment, {}, neg_ask, "Co-write the book with Ana"},
    // a venture started together binds both for as long as it runs
    {"start|starting|launch|launching|found|founding ~3 podcast|business|company|band|startup|shop|channel|newsletter|blog|charity together|with", {}, commitment, {}, neg_ask, "Ask Tom to start a podcast with me"},
    {"set|setting up ~3 podcast|business|company|band|startup|shop|channel|newsletter|blog|charity together|with", {}, commitment, {}, neg_ask, "Ask Tom to set up a band together"},
    {"i|we will|ll|am|are take|taking|buy|buying ~3 car|flat|house|apartment|sofa|kitchen", {}, money, {}, negated, "I will buy the car today"},
    {"no|without cancellation|cancelation|exit|refund|refunds", {}, commitment, {}, negated, "Buy the flight with no refund"},
    {"no way out", {}, commitment, {}, negated, "Sign the deal with no way out"},
    {"non cancellable|cancelable|cancelable", {}, commitment, {}, unguarded, "Choose the non-cancellable plan"},
    {"no way to cancel", {}, commitment, {}, unguarded, "Pick the plan with no way to cancel"},
    {"can not cancel", {}, commitment, {}, unguarded, "Book the room I can not cancel"},
    {"non refundable", {}, money, {}, unguarded, "Buy the non-refundable ticket"},
    {"nonrefundable", {}, money, {}, unguarded, "Book the nonrefundable hotel"},
    {"not refundable", {}, money, {}, unguarded, "Pay for the course that is not refundable"},
    {"renew|renewing|extend|extending ~2 lease|contract|tenancy|mortgage|subscription|membership|plan|deal|package|tariff|broadband", {}, commitment, {}, negated | asked_about, "Renew the lease for another year"},
    {"renew|renewing ~2 for another|a|one|two|three year|years|term", {}, commitment, {}, neg_ask, "Just tell the landlord yes, we'll renew for another year"},
    {"renew|renewing ~3 insurance|policy|cover|warranty", {}, commitment, {}, neg_ask, "Tell them to renew the car insurance for another year"},
    {"break|breaking ~2 lease|contract|tenancy", {}, commitment, {}, neg_ask | possible, "Break the lease on my flat"},
    {"cancel|cancelling|canceling|terminate|terminating|end|ending ~2 lease|contract|tenancy|subscription|membership|insurance|mortgage",
     {}, commitment, {}, neg_ask | possible, "Cancel my gym membership"},
    {"offer|offers|bid|bids on|for ~2 flat|house|apartment|property|home|car|studio|place|painting|land|plot",
     {}, money, {}, neg_ask, "Put in an offer on the flat"},
    {"make|submit|submitting|place|placing|put|putting|making ~3 offer|bid|bids|offers", {}, money, {}, neg_ask, "Make an offer on the painting"},
    {"house|flat|car|property|home|apartment purchase|sale|deal", {}, money, {}, neg_ask | they_pay, "Close the house purchase this month"},
    {"buy|buying|purchase|purchasing ~3 house|flat|apartment|car|property|home|franchise|business|boat|land",
     {}, money, {}, neg_ask | they_pay, "Buy a house with my partner"},
    {"down payment", {}, money, {}, neg_ask | they_pay, "Make the down payment on the flat"},
    {"deposit on|for", {}, money, {}, negated | asked_about | they_pay, "Pay the deposit on the flat"},
    {"pay|paying|put|putting|leave|leaving|place|placing|wire|transfer ~3 deposit", {}, money, {}, negated | asked_about | they_pay, "Pay the deposit for the room"},
    {"<offer|offering|offered|volunteer|volunteering to pay|cover|fund|finance|sponsor|buy ~3 deposit|car|house|flat|ticket|tickets|rent|wedding|lessons|licence|license|course|trip|holiday|tuition|studies", {}, {}, big_favour, negated | business, "Ask my parents to pay the deposit"},
    {"to buy|get me|us a|an|the|my ~2 car|house|flat|bike|laptop|phone", {}, {}, big_favour, neg_ask | business, "Ask my dad to buy me a car"},
    {"invest|investing ~3 savings|money|everything", {}, money, {}, neg_ask, "Invest my savings in the shop"},
    {"invest|investing ~3 #big", {}, money, {}, neg_ask, "Invest 5000 euros in the company"},
    {"buy|buying|sell|selling|invest|investing|put|putting ~4 shares|stocks|stock|crypto|bitcoin|bonds|etf|etfs", {}, money, {}, neg_ask, "Buy shares in the firm"},
    {"pay|paying ~3 upfront|advance|everything", {}, money, {}, neg_ask | they_pay, "Pay everything upfront"},
    {"pay|paying ~2 in full", {}, money, {}, neg_ask | they_pay, "Pay the fees in full"},
    {"take|taking out ~2 loan|mortgage|credit", {}, commitment, {}, neg_ask, "Take out a loan for the car"},
    {"adopt|adopting|get|getting|buy|buying ~2 dog|puppy|cat|kitten|pet|horse", {}, commitment, {}, neg_ask, "Adopt a dog from the shelter"},
    {"credit|card limit|line", {}, commitment, {}, neg_ask, "Ask the bank to raise my credit limit"},
    {"overdraft", {}, commitment, {}, neg_ask, "Ask the bank for an overdraft"},
    {"a loan", {}, commitment, {}, neg_ask, "Ask the bank for a loan"},
    {"joint [bank|savings] account|accounts|mortgage|lease", {}, commitment, {}, neg_ask, "Ask the bank to open a joint account for me and my girlfriend"},
    {"joint [bank|savings] account|accounts|mortgage|lease", {}, {}, negotiation, neg_ask | business, "Would you be willing to open a joint bank account with me next week?"},
    {"#amount ~2 loan|loans|mortgage", {}, commitment, {}, neg_ask | trivial_sum, "Ask the bank for a £5,000 personal loan"},
    {"a loan", {}, {}, loan, neg_ask | business, "Ask my brother for a loan"},
    {"lend|lends|lending|loan|loans|spot|front|advance ~3 <your|his|her|their|the #big", {}, money, loan, negated | asked_about | business, "Ask my friend to lend me 300 euros"},
    // a loan above the trivial (about 10) and under #big: "lend me twenty quid", "front me 20$"
    {"lend|lends|lending|loan|loans|spot|front|advance|borrow|borrowing ~3 12|15|20|25|30|35|40|45|50|fifteen|twenty|thirty|forty|fifty !minutes|mins|min|hours|seconds|pages|people|percent|cents|cent|p|pence",
     {}, money, loan, negated | asked_about | business | trivial_sum, "Ask my flatmate to lend me 20 until Friday"},
    {"lend|lends|lending|loan|spot|front|advance|borrow|borrowing ~3 few|couple|several [of] grand|thousand|hundred", {}, money, loan, negated | asked_about | business, "Ask my cousin to lend me a few grand"},
    {"i|we will|ll pay|paying you|him|her|them back", {}, money, loan, negated | business | trivial_sum, "I will pay you back on Monday"},
    // a large sum asked for, even as a gift: "ask Dad for two hundred dollars"
    {"ask|asking ~3 for #big", {}, {}, loan, neg_ask | business, "Ask my aunt for 400 pounds"},
    {"borrow|borrowing ~3 #big", {}, money, loan, negated | asked_about | business, "Borrow 200 dollars from my brother"},
    // money given is no debt (criteria.md: a free gift binds the asker to nothing); money
    // fronted is
    {"spot|front|advance me|us ~2 #big", {}, money, loan, negated | asked_about | business, "Ask my brother to front me 300 dollars"},
    {"give|giving|wire|send|transfer|gift me|us ~2 #big", {}, {}, loan, neg_ask | business, "Ask my dad to send me 500 euros"},
    {"lend|lends|lending|loan|spot|front|advance me|us|him|her [some|the|a|little] money|cash|bucks|funds",
     {}, unclear, loan, neg_ask | business, "Ask my friend to lend me some money"},
    {"borrow|borrowing [some|the|a|little] money|cash|funds", {}, unclear, loan, neg_ask | business, "Borrow some money from my sister"},
    {"pay|paying|cover|covering for my|me|our|her|his ~3 rent|holiday|holidays|trip|bill|bills|debts|flight|tuition|wedding|degree|studies|course|education|school|university|car|house|flat|deposit|licence|license|lessons",
     {}, {}, big_favour, neg_ask | business, "Ask my parents to pay for my holiday"},
    {"pay|cover my|our rent|debts|bills|tuition|studies|fees", {}, {}, big_favour, neg_ask | business, "Ask my dad to pay my rent"},
    {"cover|covering|front|fronting|spot|advance me|my|our ~3 half|share|part|portion ~3 rent|bills|deposit|mortgage",
     {}, money, loan, neg_ask | business, "Ask my flatmate to cover my half of the rent"},
    {"invest|investing ~3 #big", {}, {}, big_favour, neg_ask | business, "Invest 2000 dollars in the bakery"},
    // a large sum claimed back from a person: no debt for the asker, but high stakes
    // (a sum owed for long, or chased: "the 300 he has owed me since March", "finally pay back")
    {"#big ~4 he|she|they|you ~2 owe|owes|owed me|us ~2 since|for", {}, {}, loan, neg_ask | business, "Ask Jake for the £300 he has owed me since March"},
    {"chase|chasing ~4 #big", {}, {}, loan, neg_ask | business, "Chase Jake for the £300 from the trip"},
    {"finally ~4 #big", {}, {}, loan, neg_ask | business, "Ask Jake to finally pay back the £300"},
    {"be my|our bridesmaid|bridesmaids|witness|godmother|godfather|godparent|executor|guarantor|referee", {}, {}, big_favour, unguarded, "Ask my sister to be my bridesmaid"},
    {"be my|our best man", {}, {}, big_favour, unguarded, "Ask my brother to be my best man"},
    {"be my|our maid of honour|honor", {}, {}, big_favour, unguarded, "Ask Jo to be my maid of honour"},
    // --- jobs
    {"quit|quitting|leave|leaving ~2 job|jobs|position|post|role|company|career|firm|workplace", {}, job, emotional_load, neg_ask, "Quit my job at the bank"},
    {"i|we [am|will|would|shall] quit|quitting|resign|resigning", {}, job, emotional_load, neg_ask, "I will quit on Friday"},
    {"resign|resigning|resigned|resignation", {}, job, emotional_load, neg_ask, "Hand in my resignation"},
    {"hand|handing|give|giving|put|putting|turn|turning|serve|serving ~3 notice", {}, commitment, {}, neg_ask, "Hand in my notice today"},
    {"my|his|her|their|our|in|written|resignation notice ~4 manager|boss|employer|hr|work|job|company", {}, job, emotional_load, neg_ask, "Give my notice to my manager"},
    {"weeks|months notice", {}, job, emotional_load, neg_ask, "Give two weeks notice"},
    {"accept|accepting|take|taking ~3 job|position|post|role", {}, job, {}, neg_ask, "Accept the job in Leeds"},
    {"transfer|transferring|relocate|relocating|move|moving me ~2 to another|the|a|our ~2 office|team|branch|site|city|country|department",
     {}, job, negotiation, neg_ask, "Ask my boss to transfer me to another office"},
    {"transfer|transferring|relocate|relocating me to", {}, job, negotiation, neg_ask, "Ask HR to relocate me to Dublin"},
    {"sell|selling me|us ~2 flat|house|apartment|car|business|land|property|company", {}, money, negotiation, neg_ask, "Ask my uncle to sell me his car"},
    {"fire|firing|sack|sacking|dismiss|dismissing ~2 him|her|them|colleague|employee|guy|intern|assistant|everyone",
     {}, job, confrontation, neg_ask, "Ask my boss to fire the intern"},
    {"lay|laying off ~2 him|her|them|colleague|employee|guy|intern|assistant|everyone", {}, job, confrontation, neg_ask, "Ask the owner to lay off the new guy"},
    // --- relationships
    {"date|dating me|him|her|them", {}, relationship, declaration, negated, "Ask Sam to date me"},
    {"go|going out with me", {}, {}, declaration, negated, "Ask Kim to go out with me"},
    {"make it|this|us official", {}, relationship, declaration, negated, "Shall we both delete the app and make this official?"},
    {"go|come for|to a movie|film|drink|dinner|meal|coffee|walk with me", {}, {}, declaration, met_in_passing, "Ask the girl from the canteen if she'll go for a movie with me on Saturday"},
    {"go|come for|to a drink|drinks|dinner|coffee|movie after|sometime|tonight|later", {}, {}, declaration, met_in_passing, "Ask the barista if she'd like to go for a drink after her shift"},
    // asking out is a declaration, but a first date starts nothing that lasts
    {"on a [proper|real|first|second] date", {}, {}, declaration, negated, "Ask Alex on a date"},
    {"ask|asking ~2 out !of|loud|about", {}, {}, declaration, negated, "Ask Alex out"},
    {"be my girlfriend|boyfriend|partner|wife|husband|valentine", {}, relationship, declaration, negated, "Ask Jo to be my girlfriend"},
    {"^ propose|proposing to _ on|at|in|during|tonight|tomorrow|over|after|this|with", {}, relationship, declaration, negated, "Propose to Ana on the beach"},
    {"^ propose|proposing to _ $", {}, relationship, declaration, negated, "Propose to Ana"},
    {"start|starting|set|setting|found|founding ~2 business|company|startup|firm together", {}, commitment, big_favour, neg_ask, "Ask Julie to start a business together"},
    {"be exclusive|together", {}, relationship, declaration, negated, "Ask Sam if we can be exclusive"},
    {"kiss me|her|him|you", {}, relationship, declaration, negated, "Ask Kim to kiss me"},
    {"feelings for", {}, {}, declaration, unguarded, "Tell Alex I have feelings for him"},
    {"in love", {}, relationship, declaration, unguarded, "Tell Sam I am in love"},
    // a crush told is a declaration; a crush said only as the story before the ask is a cost
    {"crush on", {}, {}, {}, ask_sentence, "Tell Kim I have a crush on her"},
    {"crush on", {}, {}, declaration, unguarded, "How do I ask out the guy I have a crush on?"},
    {"attracted to", {}, {}, declaration, unguarded, "Tell Jo I am attracted to her"},
    {"find|found|think you|them|her|him attractive|gorgeous|irresistible|hot|sexy|lovely|cute|beautiful|pretty|handsome|stunning", {}, {}, declaration, negated, "Tell someone at the party that I find them attractive"},
    {"fallen|falling for", {}, {}, declaration, unguarded, "Tell Sam I am falling for him"},
    {"fancy|fancied you|her|him", {}, {}, declaration, unguarded, "Tell Kim I fancy her"},
    {"i|you|cause|because|coz fancy them|him|her", {}, {}, declaration, unguarded, "Ask someone at the bar for their number because I fancy them"},
    {"because|cause|coz|since i|you like|adore|dig him|her|them|you", {}, {}, declaration, unguarded, "Ask the man at the bakery for his number because I like him"},
    // who someone is asked to become, not what to do: no act to answer
    {"become|becoming a|an ~2 person", vague_object, {}, change_person, unguarded, "Get my husband to become a different person"},
    {"be more|less romantic|affectionate|attentive|thoughtful|patient|caring|spontaneous|fun with|to me", vague_object, {}, change_person, close_only, "Ask my husband to be more affectionate with me"},
    // an order to pay back a real sum: a demand
    {"you|u pay|give me back ~4 #big", {}, {}, confrontation, unguarded, "You give me back the 300 quid by the weekend."},
    {"plan|idea|work|report|cooking|code|design|proposal|presentation|essay ~2 is|s|was|are|were rubbish|crap|useless|terrible|stupid|garbage|awful|pathetic|trash", {}, {}, confrontation, negated, "Tell my colleague his proposal is rubbish"},
    {"sign|signing|stay|staying|commit|committing ~3 for another year|term|season|contract", {}, commitment, {}, neg_ask, "Ask the club if I can sign on for another season"},
    // a tab opened for a whole table: money committed ahead
    {"open|opening|start|starting|run|running a|my tab", {}, money, {}, negated | asked_about, "Ask the waiter to start a tab for the group on my card"},
    // a private garden or house lent for a party
    {"garden|house|flat|yard|backyard|terrace|patio ~3 for my|our|a|the party|birthday|wedding|barbecue|bbq|reception", {}, {}, big_favour, business, "Ask the neighbours if we could use their garden for my birthday"},
    {"fancied|fancying you|her|him", {}, {}, declaration, unguarded, "Ask Priya for her number because I've fancied her for weeks"},
    {"more than ~1 friend|friends|friendship|mates", {}, relationship, declaration, unguarded, "Tell Alex I want to be more than friends"},
    {"i ~1 like|liked him|her|you $", {}, {}, declaration, unguarded, "Tell Jo I like you"},
    {"have a thing for", {}, {}, declaration, unguarded, "Tell Sam I have a thing for him"},
    {"i love you|her|him", {}, {}, declaration, unguarded, "Tell my dad I love you"},
    {"i ~1 love|loved you|her|him ~2 since", {}, relationship, declaration, unguarded, "Tell Kim I have loved her since school"},
    {"her|his|their number ~6 meet|see|date|again|sometime|drink|dinner|coffee", {}, {}, declaration, negated, "Ask for her number so we can meet again"},
    // a person's own number, asked of them: an approach (a business's number is its job)
    {"for her|his [phone|mobile] number $", {}, {}, declaration, unguarded, "Ask the man at the bar for his number"},
    {"for their [phone|mobile] number $", {}, {}, declaration, met_in_passing | business, "Ask the person at the gym for their number"},
    {"for her|his [phone|mobile] number before|tonight|today|after|when|while", {}, {}, declaration, unguarded, "Ask the barista for her number before I leave"},
    {"have|get|take her|his|your [phone|mobile] number !for|to|so|in", {}, {}, declaration, unguarded, "Ask the barista if I can have her number"},
    {"give|giving me your [phone|mobile] number !for|to|so|in|if", {}, {}, declaration, unguarded, "Would you give me your number?"},
    {"ask|asking ~6 out for|to a|an|dinner|lunch|drinks|coffee|breakfast", {}, {}, declaration, negated, "Ask the new girl out for a drink"},
    {"my|your|his|her crush", {}, {}, declaration, negated, "Ask my crush if they want a drink on Friday"},
    {"you are|re|look [so|really|very|pretty|super] cute|beautiful|gorgeous|stunning|attractive|hot", {}, {}, declaration, negated, "Can I have your number? You're really cute"},
    {"marry me|him|her|you|us", {}, relationship, declaration, negated, "Ask Jo to marry me"},
    {"get|getting|be|being married", {}, relationship, emotional_load, negated, "Ask Sam if he wants to get married"},
    {"over between us", {}, relationship, emotional_load, negated, "Tell Alex it is over between us"},
    {"it s|is over", {}, relationship, emotional_load, negated, "Tell Kim it is over"},
    {"propose|proposing to [my|your|his|her|their] girlfriend|boyfriend|partner|her|him", {}, relationship, declaration, negated, "Propose to my girlfriend"},
    {"marriage proposal", {}, relationship, declaration, negated, "Plan the marriage proposal"},
    {"propose marriage", {}, relationship, declaration, negated, "Propose marriage to Sam"},
    {"get|getting engaged", {}, relationship, declaration, negated, "Ask Jo to get engaged"},
    // leaving and telling the other to find who replaces me: an end imposed
    {"have|has|need|needs|must|ll|will ~3 find someone|somebody|a|another else|replacement|flatmate|housemate|roommate|tenant|lodger", {}, commitment, emotional_load, negated, "Tell my housemate I'm moving out in May and he'll need to find someone else"},
    {"engagement ring", {}, relationship, declaration, negated, "Buy an engagement ring"},
    {"move|moving|moved in together", {}, relationship, emotional_load, negated, "Ask Sam if we can move in together"},
    {"move|moving in with me|her|him|them|you|us", {}, relationship, emotional_load, negated, "Ask Kim to move in with me"},
    {"come|coming to live with me|us", {}, relationship, emotional_load, negated, "Ask Jo to come to live with me"},
    {"live|living together", {}, relationship, emotional_load, negated, "Ask Alex about living together"},
    {"move|moving|relocate|relocating ~4 with me|together", {}, relationship, emotional_load, negated, "Ask Sam to relocate to Leeds with me"},
    {"have|having a baby|kid|child", {}, relationship, emotional_load, negated, "Ask my partner about having a baby"},
    {"break|breaking|broke up", {}, relationship, emotional_load, neg_ask, "Tell Kim I want to break up"},
    {"split|splitting up", {}, relationship, emotional_load, neg_ask, "Tell Jo we should split up"},
    {"<my|his|her|their|your|our divorce|divorcing", {}, relationship, emotional_load, neg_ask, "Tell my husband I want a divorce"},
    {"we ~2 <bill|bills|check|tab|cost|costs separate|split !a|an|the|bill|bills|it|this|that|our|costs|cost|fuel|petrol|taxi|cab|dessert|pizza|check|cheque|these|those|them|in|into|half|shifts|its", {}, relationship, emotional_load, neg_ask, "Tell Sam we should separate"},
    {"i|we ~3 separate|split !the|bills|bill|checks|cheques|our|my|it|this|that|a|these|those|them|in|into|half|shifts|up|its", {}, relationship, emotional_load, neg_ask, "Tell Kim I want to split"},
    {"end|ending ~2 relationship|marriage|engagement|friendship", {}, relationship, emotional_load, neg_ask, "Ask Jo to end the relationship"},
    {"end|ending things", {}, relationship, emotional_load, neg_ask, "Tell Sam I want to end things"},
    {"i|we [am|will|would] leave|leaving you|him|her", {}, relationship, emotional_load, negated, "Tell Kim I am leaving you"},
    {"get|getting back together", {}, relationship, emotional_load, negated, "Ask my ex if we can get back together"},
    {"get|getting|find|finding|rent|renting|buy|buying ~2 place|flat|apartment|house|home ~1 together", {}, relationship, emotional_load, negated, "Ask Sam to find a flat together"},
    {"ex ~5 try|start|give ~3 again|over|another|second", {}, relationship, emotional_load, negated, "Ask my ex to give it another try"},
    {"dating|date again", {}, relationship, declaration, negated, "Ask my ex about dating again"},
    {"friends anymore", {}, relationship, emotional_load, unguarded, "Tell Jo we are not friends anymore"},
    {"friends any more|longer", {}, relationship, emotional_load, unguarded, "Tell Sam we are not friends any longer"},
    {"stop|stopping seeing ~2 each other|you|him|her", {}, relationship, emotional_load, negated, "Ask Kim to stop seeing each other"},
    {"cut|cutting !less|more|a|some|an|it|just|only|about|around|half|back ~3 off|ties|contact", {}, relationship, emotional_load, negated, "Tell my cousin I am cutting off contact"},
    {"no longer ~2 friends|see|speak|talk", {}, relationship, emotional_load, unguarded, "Tell Jo we can no longer be friends"},
    {"boyfriend|girlfriend|partner|husband|wife|fiance|fiancee|ex ~8 break|space|pause", {}, relationship, emotional_load, negated | brief, "Ask my boyfriend for a break"},
    {"open relationship|marriage", {}, relationship, emotional_load, negated, "Ask my partner about an open relationship"},
    // --- ultimatums
    // "or else I ..." threatens; ", or else work from home" is the other ask of an alternative
    {"or else !work|ask|leave|come|take|start|finish|move|swap|have|get|go|do", {}, ultimatum, ultimatum, unguarded, "Tell my landlord to fix it or else"},
    {"or|otherwise i|we will|would|am|quit|leave|walk|stop|report|call|go|resign|move|tell|break|cancel|sue|post|shall|going ~1",
     {}, ultimatum, ultimatum, unguarded, "Tell the builder to finish by Friday or I will call a lawyer"},
    {"or it s|is over", {}, ultimatum, ultimatum, unguarded, "Tell Sam to call me or it is over"},
    {"or we are through|done", {}, ultimatum, ultimatum, unguarded, "Tell Kim to apologise or we are done"},
    {"or that s|is it", {}, ultimatum, ultimatum, unguarded, "Tell the shop to refund me or that is it"},
    {"or i am out", {}, ultimatum, ultimatum, unguarded, "Tell Sam to decide or I am out"},
    {"or you are out", {}, ultimatum, ultimatum, unguarded, "Tell my flatmate to pay or you are out"},
    {"or forget it", {}, ultimatum, ultimatum, unguarded, "Tell Jo to come now or forget it"},
    {"or move|moving|get|clear out", {}, ultimatum, ultimatum, unguarded, "Tell my flatmate to pay rent or move out"},
    {"or leave", {}, ultimatum, ultimatum, unguarded, "Tell my tenant to pay or leave"},
    {"or he|she|they|you move|moves|leave|leaves|go|goes|is|are out", {}, ultimatum, ultimatum, unguarded, "Tell my lodger he pays by Friday or he moves out"},
    {"<whether|if|know|wonder it s|is me or", {}, ultimatum, ultimatum, unguarded, "Tell Sam it's me or the band"},
    {"if ~10 , i am|m|will|ll moving|move|leaving|leave|quitting|quit|going|calling|call|done", {}, ultimatum, ultimatum, unguarded, "Tell my flatmate that if the bins are not out by Friday, I'm moving out"},
    // "either ask for an extension or ask to hand it in late" is two asks of mine, no threat
    {"either !the|a|an|this|that|these|those|one|some|whichever ~15 or !ask|asking|request|email|text|call|phone|see|check|try", {}, ultimatum, ultimatum, unguarded, "Tell my boss either he pays me or I go"},
    {"ultimatum", {}, ultimatum, ultimatum, negated, "Give my flatmate an ultimatum"},
    {"if he|she|they|you ~6 i|we am|will|shall|are ~1 leaving|quitting|leave|quit|go|going|call|calling|report|reporting|move|moving|done|out|resign|resigning|walking",
     {}, ultimatum, ultimatum, unguarded, "Tell Sam that if he lies again I am leaving"},
    {"if you|he|she|they do|does not ~8 i|we will|am|are|shall|changing|calling|leaving|kicking|telling|reporting|moving|cancelling|walking",
     {}, ultimatum, ultimatum, unguarded, "Tell Kim that if you do not call I will leave"},
    {"if you|he|she|they do|does not ~8 you|he|she|they will|lose|loses|can|get|gets|are|is|s|ll|re|have",
     {}, ultimatum, ultimatum, unguarded, "Tell Jo that if you do not pay you will lose the room"},
    {"last|final chance|warning", {}, ultimatum, ultimatum, unguarded, "Give my son a final warning"},
    {"if he|she|they|you ~8 again ~2 he|she|they|you will|ll|can never|not|lose", {}, ultimatum, ultimatum, unguarded, "Tell my brother that if he takes my car again he'll never get the keys"},
    // --- raises and promotions
    {"a|my|for raise|payrise !in", {}, {}, raise, asked_about, "Ask my boss for a raise"},
    {"a|my big|significant|decent|proper|real|fair|small|modest raise|payrise|rise !in|of", {}, {}, raise, asked_about, "Tell my manager I've earned a significant raise"},
    {"#num ~2 raise|payrise !in", {}, {}, raise, asked_about, "Ask my boss for a 5 percent raise"},
    {"for a rise", {}, {}, raise, asked_about, "Ask my manager for a rise"},
    {"pay|salary|wage raise|rise|increase|hike|bump", {}, {}, raise, asked_about, "Ask HR about a pay rise"},
    {"raise|increase|increasing|raising|bump ~2 salary|pay|wage|wages|compensation", {}, {}, raise, asked_about, "Ask my boss to raise my salary"},
    {"paid more", {}, {}, raise, asked_about, "Ask to be paid more"},
    {"extra|more|additional #big a|per year|month|annum", {}, {}, raise, asked_about, "Ask for an extra 3000 a year"},
    {"bigger|higher|better|larger|new salary|pay|wage|paycheck|package", {}, {}, raise, asked_about, "Ask for a higher salary"},
    {"more pay", {}, {}, raise, asked_about, "Ask for more pay"},
    {"better paid", {}, {}, raise, asked_about, "Ask to be better paid"},
    {"pay me more", {}, {}, raise, asked_about, "Ask my boss to pay me more"},
    {"a bonus", {}, {}, raise, asked_about, "Ask for a bonus"},
    {"promote|promoting me|us", {}, {}, promotion, asked_about, "Ask my boss to promote me"},
    {"<on promotion !code|codes|on|price|prices|offer", {}, {}, promotion, asked_about, "Ask to be put up for promotion"},
    {"make|making|name|naming|appoint|appointing me ~2 lead|manager|head|director|partner|senior|supervisor|chief|boss",
     {}, {}, promotion, asked_about, "Ask my boss to make me team lead"},
    {"to senior|principal|lead|staff|head ~2 engineer|developer|manager|designer|role|position", {}, {}, promotion, asked_about, "Ask to move up to senior engineer"},
    {"<my|our|the|his|her|their|your|a|new|ask|asking|asked|tell|email|call|text|message|ping team lead|leader", {}, {}, promotion, asked_about, "Ask to become team lead"},
    {"give|giving|hand|handing me ~2 lead|leadership|management|charge|running", {}, {}, promotion, asked_about, "Ask my boss to give me the lead on the project"},
    {"more|bigger|extra responsibility|responsibilities", vague_object, {}, promotion, asked_about, "Ask for more responsibility"},
    {"senior|lead|principal|manager|director|management title|grade|level|band", {}, {}, promotion, asked_about, "Ask for the senior title"},
    {"put|putting me forward", {}, {}, promotion, asked_about, "Ask my boss to put me forward"},
    {"leader|lead|manager|director|head|supervisor position|role|post|job", {}, {}, promotion, asked_about, "Apply for the manager position"},
    // "head of" is a post asked for, not the person asked: "the head of department"
    {"<the|a|an|my|our|your|his|her|their|this|that head of", {}, {}, promotion, asked_about, "Ask to be head of sales"},
    {"head of ~2 job|role|post|position|title", {}, {}, promotion, asked_about, "Ask the CEO for the head of sales role"},
    {"manager|management|leadership position|role", {}, {}, promotion, asked_about, "Ask for a management role"},
    {"senior|lead|principal|chief ~2 role|position|post|job", {}, {}, promotion, asked_about, "Ask my boss if I could be considered for the senior analyst role"},
    // --- negotiations over lasting stakes
    {"lower|lowering|reduce|reducing|cut|cutting|drop|dropping ~2 rent|rents|salary|fees|tuition", {}, {}, negotiation, asked_about, "Ask my landlord to lower the rent"},
    // a share of a business bought out: a deal between partners
    {"buy|buying out ~2 share|shares|stake|half|part", {}, {}, negotiation, asked_about, "Ask my business partner to buy out my share of the company"},
    {"buy|buying me|us|him|her out", {}, {}, negotiation, asked_about, "Ask my partner to buy me out of the company"},
    {"knock|knocking|take|taking ~5 off ~3 rent|price|asking", {}, {}, negotiation, asked_about, "Ask the landlord to knock £100 off the rent"},
    {"knock|knocking|take|taking #big off", {}, {}, negotiation, asked_about, "Ask the seller to knock £500 off"},
    {"raise|raising|change|changing|bump|improve ~2 grade|grades|mark|marks|score|result", {}, {}, negotiation, asked_about, "Ask my teacher to raise my grade"},
    {"work ~2 four|4|three|3 days a week", {}, {}, negotiation, asked_about, "Ask to work four days a week"},
    {"same|full pay|salary|wage", {}, {}, negotiation, asked_about, "Ask to keep the same pay"},
    {"go|going|work|working part time", {}, {}, negotiation, asked_about, "Ask to go part time"},
    {"permanent contract|position|role|job|post", {}, {}, negotiation, asked_about, "Ask for a permanent contract"},
    // --- big favours
    {"help|helping ~3 move|moving|movers", {}, {}, big_favour, business, "Ask my friends to help me move"},
    {"move|moving house|home|flat|apartment|day", {}, {}, big_favour, business, "Ask for help on moving day"},
    {"hand|help|helping with the|our|my move|removal|removals", {}, {}, big_favour, business, "Ask my brother to give us a hand with the move"},
    {"move|moving|transport|transporting|carry|carrying|shift !a|one|two|three|couple ~2 furniture|boxes|belongings|wardrobe|piano", {}, {}, big_favour, business, "Ask my brother to carry the boxes"},
    {"stranger|strangers|passer|passerby|passersby ~8 move|carry|lift|shift|haul ~3 sofa|couch|furniture|wardrobe|fridge|mattress|bed|boxes|suitcases", {}, {}, big_favour, unguarded, "Ask a stranger to carry my sofa"},
    {"all my|our ~1 boxes|stuff|things|furniture|belongings", {}, {}, big_favour, business, "Ask my dad to take all my boxes"},
    {"help|helping ~3 paint*|repaint*|decorat*|redecorat*|renovat*|wallpaper*|build|building|redo|tile|tiling|plaster*|landscap*", {}, {}, big_favour, business, "Ask my friends to help me paint the hall"},
    {"fix|fixing|redo|redoing|repair|repairing|replace|replacing ~2 roof|floor|floors|bathroom|kitchen", {}, {}, big_favour, business, "Ask my brother to fix the roof"},
    {"paint|painting|repaint|repainting|redecorate|redecorating|renovate|renovating|redo|clear|clean ~3 kitchen|room|rooms|flat|house|apartment|walls|fence|bedroom|garage|attic|basement|garden|loft",
     {}, {}, big_favour, business, "Ask my dad to paint the kitchen"},
    {"whole|all|entire half term week|holiday|holidays|break", {}, {}, big_favour, business | lent | ask_sentence, "Ask my sister to take the kids for the whole half-term week"},
    {"whole|all|entire day|weekend|week|fortnight|afternoon|evening|night|morning|month|summer|holiday|holidays", {}, {}, big_favour, business | lent | ask_sentence, "Ask my friend to help me the whole weekend"},
    {"watch|mind|look|babysit ~2 kids|children|baby|son|daughter|toddler ~2 for|during|all the afternoon|evening|day|night|weekend|morning", {}, {}, big_favour, business, "Ask my sister to watch my kids for the afternoon"},
    {"to move out", {}, commitment, confrontation, negated, "Ask my flatmate to move out"},
    // (the length of a plan or a contract is no one's time: "for the 12-month membership")
    {"for|during ~1 #num|a|an|two|three|four|five|several|few|couple|the hours|days|weeks|months|nights|evenings|weekends|week|weekend|month|fortnight|summer !gym|phone|mobile|broadband|insurance|rental|membership|contract|plan|subscription|lease|deal|warranty|course|programme|program|pass|tenancy|loan",
     {}, {}, big_favour, business | lent | ask_sentence | told_before, "Ask my mum to keep the dog for two weeks"},
    {"lend|lending|borrow|borrowing ~4 car|van|truck|flat|house|apartment|home|boat|camper|caravan|cottage|motorbike ~3 for|during|all|whole ~2 days|weeks|months|week|weekend|month|summer|holiday|holidays",
     {}, {}, big_favour, business, "Ask my uncle to lend me his car for the whole summer"},
    {"for hours|ages", {}, {}, big_favour, business | ask_sentence, "Ask my friend to help me for hours"},
    {"for|the whole|entire two|three|four|five|six|#num days|weeks|months", {}, {}, big_favour, business | lent | ask_sentence, "Ask my flatmate to look after my dog for the whole two weeks"},
    {"overnight", {}, {}, big_favour, business, "Ask my neighbour to keep the dog overnight"},
    {"all|whole of [tomorrow|today|tonight|this|next|saturday|sunday|the|his|her|their|your|my] afternoon|morning|evening|day|weekend|week|night", {}, {}, big_favour, business | lent | ask_sentence | told_before, "Ask Jo to give up all of Saturday afternoon to help me move"},
    {"from scratch", {}, {}, big_favour, business | negated, "Ask my colleague to rebuild the spreadsheet with me from scratch"},
    {"be|become my|our co author|authors|writer|founder|founders|host|presenter", {}, {}, big_favour, negated | business, "Ask Dr Lee to be my co-author on the paper"},
    // a service outside the trade: "ask the plumber to look at my laptop"
    // how the other judges me, whether my job is safe: questions with emotional load
    {"think|thinks|thought|believe|believes|find|finds i am|m [a] bad|terrible|awful|horrible|selfish|useless|failure|boring|annoying|ugly|fat|stupid|lazy|good", {}, {}, emotional_load, unguarded, "Ask my sister whether she thinks I'm a selfish person"},
    {"still love|loves|like|likes me", {}, {}, emotional_load, unguarded, "Ask my partner whether he still loves me"},
    {"at risk of being|getting let|fired|sacked|laid|made", {}, {}, emotional_load, unguarded, "Ask my manager if I'm at risk of being laid off"},
    {"going to be fired|sacked|axed", {}, {}, emotional_load, unguarded, "Ask my boss whether I'm going to be fired"},
    {"going to be let|laid go|off", {}, {}, emotional_load, unguarded, "Ask my boss whether I'm going to be laid off"},
    {"been lying|lied|cheating|stealing", {}, {}, confrontation, negated, "Tell the committee that the treasurer has been lying"},
    {"let|letting me|us out of ~2 lease|contract|tenancy|agreement|deal", {}, {}, negotiation, asked_about, "Ask my landlord to let me out of the lease early"},
    {"rest of the afternoon|day|evening|morning|week|weekend|night|holidays", {}, {}, big_favour, business | lent | ask_sentence, "Ask my cousin to help me paint for the rest of the afternoon"},
    {"help|helping ~6 over|during|across the weekend|holidays|summer|break", {}, {}, big_favour, business, "Ask a friend for help with my move over the weekend"},
    {"whole|entire thesis|manuscript|dissertation|novel|book|codebase|portfolio|website|accounts|application|cv|resume", {}, {}, big_favour, business | negated, "Ask my brother to proofread my whole thesis"},
    {"whole|entire tax return|returns", {}, {}, big_favour, business | negated, "Ask my sister to check my whole tax return"},
    {"write|writing|draft|drafting me|us a|an|my ~2 cover|covering letter|letters|essay|speech|cv|resume|report|statement", {}, {}, big_favour, business, "Ask a stranger to write me a cover letter"},
    // a date asked for, a business opened together, a hobby given up
    {"go|going out for|to [a] dinner|drinks|drink|meal|lunch ~2 with me", {}, {}, declaration, negated, "Ask Mia from yoga if she'd go out for dinner with me"},
    {"open|opening|start|starting|launch|launching|found|founding ~3 business|company|bakery|shop|cafe|restaurant|startup|bar|firm|agency|brand|practice|truck ~3 together", {}, commitment, big_favour, negated | asked_about, "Ask my cousin if she wants to start a food truck together"},
    {"open|opening|start|starting|launch|launching|found|founding ~3 business|company|bakery|shop|cafe|restaurant|startup|bar|firm|agency|brand|practice|truck ~3 with me", {}, commitment, big_favour, negated | asked_about, "Ask Omar if he would open a barber shop with me"},
    {"give|giving up football|smoking|drinking|gaming|golf|fishing|meat|alcohol|coffee|work|job|hobby|hobbies|friends|band|music|poker|cycling|running",
     {}, {}, change_person, close_only, "Ask my husband to give up golf"},
    {"lend|lending|borrow|borrowing ~3 their|your|his|her bike|bicycle|scooter|car|van|motorbike|laptop|keys", {}, {}, big_favour, met_in_passing, "Ask a man at the bus stop to lend me his bike"},
    // calls for someone to go, cuts asked about: confrontations
    {"demand|demanding|call|calling ~6 resign|resignation|resignations|sacking|firing", {}, {}, confrontation, unguarded, "Demand that the manager resign at the meeting"},
    // demanding that someone do or stop something: a confrontation
    {"demand|demanding that", {}, {}, confrontation, unguarded, "Knock on his door and demand that he stop revving his bike at night"},
    // why a person decided against me: a reproach, not a question (a business explains its own)
    {"why ~3 he|she|they|you cancelled|scrapped|axed|refused|removed|dropped|closed|ignored|excluded|overruled", {}, {}, confrontation, business, "Ask the coach why he dropped my son from the team"},
    {"why did he|she|they|you cancel|scrap|axe|refuse|remove|drop|close|ignore|exclude|overrule", {}, {}, confrontation, business, "Ask the coach why did he drop my son"},
    {"that ~4 be|is|get|gets replaced|fired|sacked|removed|dismissed|disciplined|punished|expelled|suspended", {}, {}, confrontation, unguarded, "Ask at the residents' meeting that the caretaker be replaced"},
    {"why ~3 bonus|bonuses|salary|salaries|pay|wages|hours|budget|budgets|raise|raises|shifts was|were|got|been|have|has cut|reduced|slashed|docked|axed", {}, {}, confrontation, unguarded, "Ask my manager why my hours were cut"},
    // a babysitting night swapped is no favour: "swap babysitting nights"
    {"<swap|swapping|trade|trading|switch|switching babysit|babysitting|childminding", {}, {}, big_favour, unguarded, "Ask my sister to babysit tonight"},
    {"drive|driving|take|taking|pick|picking|collect|collecting|fetch|fetching ~3 me|us ~3 airport|heathrow|gatwick|stansted|luton", {}, {}, big_favour, business, "Ask my dad to drive me to the airport"},
    {"drive|driving|take|taking|pick|picking ~3 me|us ~3 heathrow|gatwick|stansted|luton|jfk|lax|schiphol|orly|roissy|cdg ~6", {}, {}, big_favour, business, "Ask Sam to drive me to Gatwick on Friday"},
    {"drive|driving|take|taking me|us ~4 for my|our ~4 flight|plane", {}, {}, big_favour, business, "Ask my cousin to drive me into town for my early flight"},
    // a whole shift, a whole month: days of someone's time
    {"whole|entire|full [monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|day|weekend|morning|evening|late|early] shift|shifts", {}, {}, big_favour, business, "Ask my colleague to cover my whole Sunday shift"},
    {"for|during|over [the] whole|all of january|february|march|april|may|june|july|august|september|october|november|december|summer|winter|spring|autumn", {}, {}, big_favour, business | lent | ask_sentence | told_before, "Ask my neighbour to water the garden for the whole of July"},
    {"refund|refunding|reimburse|reimbursing ~3 full|whole|entire|everything|all", {}, {}, negotiation, asked_about, "Ask the hotel to refund the full price of the room"},
    {"afraid|scared|frightened|traumatised|traumatized|suffered ~4 war|camp|camps|occupation|genocide|attack", {}, {}, emotional_load, unguarded, "Ask my grandfather whether he was scared in the war"},
    {"give|giving me|us a lift|ride ~3 airport|heathrow|gatwick|stansted|luton", {}, {}, big_favour, business, "Ask Sam to give me a lift to the airport"},
    // a thing kept for a season, not for a moment: "borrow her ladder for the whole summer"
    {"borrow|borrowing|lend|lending|keep|keeping|have|having ~6 for the|a whole|entire summer|winter|term|semester|year|season|holidays", {}, {}, big_favour, negated, "Ask my neighbour if I can borrow his drill for the whole summer"},
    {"borrow|borrowing|lend|lending|keep|keeping ~6 until|till after|end ~3 exams|summer|christmas|term|semester|year|season", {}, {}, big_favour, negated, "Ask Sam to lend me his camera until after Christmas"},
    // a pet or a plant looked after for months
    {"feed|feeding|water|watering|mind|minding|walk|walking|keep|keeping|look ~8 for|during #num|two|three|four|five|six|several|few months", {}, {}, big_favour, negated, "Ask my brother to look after my dog for six months"},
    // rides every week of a season, a driver leaving his route
    {"drive|driving|take|taking me|us to|for every|all", {}, {}, big_favour, negated, "Ask Hannah to drive me to every away game this season"},
    {"bus|tram|train|coach driver ~8 leave|leaving|detour|wait|hold ~4 route|while|bus|tram|train", {}, {}, big_favour, unguarded, "Ask the bus driver to hold the bus while I fetch my bag"},
    {"keep|keeping|stay|staying ~3 open ~4 late|later|longer|extra", {}, {}, big_favour, unguarded, "Ask the café owner to keep the kitchen open later for our group"},
    {"extra|another|free night|nights|week|weekend ~2 for free|nothing", {}, {}, big_favour, unguarded, "Ask the hotel to give me an extra night for free"},
    {"cook|cooking|make|making ~3 for my|our|the whole|entire family|group|team|class|party|street", {}, {}, big_favour, business, "Ask my neighbour to cook lunch for our whole family on Sunday"},
    {"write|writing|make|making|design|designing|draw|drawing me|us a|an full|whole|complete|personal|custom|entire ~2 programme|program|plan|schedule|diet|menu|website|logo", {}, {}, big_favour, business, "Ask the lad at the gym to write me a full diet plan"},
    {"give|giving|do|doing|deliver|delivering|present|presenting|run|running my presentation|talk|pitch|speech|lecture|class|workshop|demo|session", {}, {}, big_favour, business, "Ask my teammate to give my pitch at the client meeting"},
    // a stranger asked for a thing of value, or to mind children
    {"give|giving me|us their|his|her|your ~2 ticket|tickets", {}, {}, big_favour, unguarded, "Ask the man in the queue to give me his spare concert ticket"},
    {"mind|minding|watch|watching|look ~2 my|our ~2 kids|children|son|daughter|baby|toddler|twins", {}, {}, big_favour, met_in_passing, "Ask the woman beside me on the bench to watch my kids while I pop into the shop"},
    // a trade asked of someone outside it: a cake from the barista, a rash shown to the receptionist
    {"host|hosting me|us", {}, {}, big_favour, business, "Ask my cousin to host us"},
    {"put me|us up", {}, {}, big_favour, business, "Ask my aunt to put us up"},
    // a night on a sister's sofa is small; weeks there, or anyone's from a stranger, is not
    {"stay|sleep|crash at|on ~2 place|sofa|couch|flat|house", {}, {}, big_favour, met_in_passing, "Ask the man at the bar if I can crash on his sofa"},
    {"stay|sleep|crash|staying|sleeping|crashing at|in theirs|his|hers|yours", {}, {}, big_favour, met_in_passing, "Ask the guy from the hostel queue if I can crash at his tonight"},
    {"stay|sleep|crash|live|living|staying at|on|with ~3 for two|three|four|five|six|several|few|couple weeks|months", {}, {}, big_favour, negated, "Ask my sister if I can stay at her place for two months"},
    {"stay|sleep|crash|live|living|staying at|on|with ~3 for #num weeks|months", {}, {}, big_favour, negated, "Ask my sister if I can stay at her place for 2 months"},
    {"stay|sleep|crash|live|living|staying at|on|with ~3 for a|the week|month|summer|fortnight", {}, {}, big_favour, negated, "Ask my aunt if I can stay with her for a week"},
    {"cover|covering ~4 shift|shifts|weekend|holiday", {}, {}, big_favour, business | brief, "Ask Jo to cover my shift"},
    // work handed over for days is hours put on someone else
    {"take|taking over my|our ~3 report|reports|tasks|clients|shift|shifts|duties|caseload|workload|classes|lessons|calls|tickets|rota", {}, {}, big_favour, business, "Ask Priya to take over my three client reports this week"},
    // a talk or its slides prepared or given for the asker is hours of work
    {"presentation|talk|speech|pitch|training|workshop|lecture|demo for me|instead", {}, {}, big_favour, business, "Ask my colleague to give the quarterly presentation for me next week"},
    {"present|presenting ~9 for me|instead", {}, {}, big_favour, business, "@Lena would you be up for presenting our Q3 results at the all-hands for me?"},
    {"prepare|make|write|design|build|do all|whole ~4 slides|deck|presentation|speech|report|essay|thesis", {}, {}, big_favour, business, "Ask my colleague to prepare all thirty of my presentation slides for Monday"},
    {"write|draft|prepare|do ~3 full|whole|entire|complete ~2 application|proposal|report|essay|thesis|dissertation|plan|website", {}, {}, big_favour, business, "Ask my mentor to write a full grant application for me by Monday"},
    {"put|putting together ~4 slide|slides|deck|presentation|speech|report", {}, {}, big_favour, business, "Ask my friend to put together the slides for my talk on Monday"},
    {"whole|entire move|removal", {}, {}, big_favour, business, "Ask my brother to help me with the whole move next month"},
    {"every ~3 ever", {}, {}, big_favour, unguarded, "Ask the librarian to dig up every article ever written about our village for me"},
    {"half|50 price|off ~3 everything", {}, {}, negotiation, negated, "Ask the cashier for half price on everything because I'm a regular"},
    {"tier|tiered|wedding cake", {}, {}, big_favour, business, "Ask my godmother to bake a three-tier cake for my wedding next month"},
    {"watch|mind|keep|guard|look ~4 all afternoon|day|morning|evening|night|weekend", {}, {}, big_favour, unguarded, "Ask the car park attendant to watch my bike all afternoon while I shop"},
    {"lend|lending me|us his|her|their|your car|van|flat|house ~4 whole|entire|month|months|summer|weeks", {}, {}, big_favour, unguarded, "Ask my cousin to lend me her car for the whole of August"},
    {"host|hosting ~2 whole|entire family|team|class", {}, {}, big_favour, business, "Call my aunt and ask her to host the whole family for Christmas this year"},
    {"walk|take|drive me|us all the way", {}, {}, big_favour, unguarded, "Could you walk me all the way to the station? It's about twenty minutes."},
    {"borrow|borrowing|use|using his|her|their|your car|van|flat|house ~4 whole|entire|month|months|summer|weeks", {}, {}, big_favour, unguarded, "Ask my uncle if I could borrow his car for the whole of August"},
    {"build|make|prepare|write|design|do ~2 slide|slides|deck|presentation|speech ~1 for my|me", {}, {}, big_favour, business, "Ask Kofi to build the slide deck for my talk on Monday"},
    {"prepare|write|draft|give ~2 talk|speech|toast|lecture|keynote ~6 for me", {}, {}, big_favour, business, "Ask Yusuf to prepare the talk for Friday's meeting for me"},
    // skilled work of hours, asked free
    {"rewire|rewiring|renovate|renovating|repaint|repainting|plaster|plastering|tile|tiling|redo|redoing|refit|landscape|reroof ~4 for free|nothing", {}, {}, big_favour, unguarded, "Ask the retired electrician to rewire my kitchen for free"},
    // a job asked for starts one: lasting, and a negotiation
    {"hire|employ me|us", {}, job, negotiation, negated, "Ask the café owner to hire me starting Monday"},
    {"take|taking me|us on", {}, job, negotiation, negated, "Ask the bakery to take me on for the summer"},
    {"give|offer me the|a|that|this ~3 job|position|role|post|vacancy", {}, {}, negotiation, negated, "Ask the manager to give me the Saturday job"},
    {"work|working for|with me|us at|in my|our company|firm|business|shop|restaurant|startup|agency", {}, job, negotiation, negated, "Ask Nadia to come and work with me at my company from June"},
    {"as a|my|his|her|their business|full partner|partners|associate|cofounder", {}, commitment, negotiation, negated, "Ask my cousin to run the stall with me as a business partner"},
    {"with me as a|my partner|associate|cofounder", {}, commitment, negotiation, negated, "Ask my cousin to run the stall with me as a partner"},
    {"whole of ~2 half|holiday|holidays|summer|week|weekend|term|break", {}, {}, big_favour, business, "Ask my in-laws to have the kids for the whole of half-term"},
    {"every day|morning|evening|night|week ~3 next|this|the|whole term|month|year|summer|semester", {}, {}, big_favour, business | lent, "Ask Aisha's mum to pick my two up from school every day next term"},
    {"do|fix|rewire|repair|paint|install|fit|clean|service|redo|replace|build ~6 no extra charge|cost", {}, {}, big_favour, unguarded, "Ask the electrician to rewire the shed too at no extra charge"},
    {"electrician ~8 leak|sink|tap|plumbing|boiler|car|bike", {}, {}, big_favour, unguarded, "Ask the electrician to look at the leak under the sink"},
    {"drive|driving|take|taking|give|giving me|us ~1 home|there|back|lift|ride", {}, {}, big_favour, met_in_passing, "Ask the man across the aisle if he'd drive me home"},
    {"<co proofread|review|read|edit|correct|rewrite|write ~4 thesis|dissertation|book|manuscript|novel", {}, {}, big_favour, business | brief, "Ask my friend to proofread my thesis"},
    {"whole|entire ~2 thesis|dissertation|book|manuscript|novel|report|portfolio|website|codebase|deck|slides|presentation|essay|spreadsheet|project|assignment", {}, {}, big_favour, business | negated, "Ask my dad to read my whole thesis"},
    {"write|writing|do|doing|make|making|build|building my|our half|part|share|bit of ~3 presentation|project|essay|report|assignment|homework|coursework|deck", {}, {}, big_favour, business, "Ask my classmate to write my half of the presentation"},
    {"write|writing|draft|drafting|prepare|preparing|make|making|do|doing|design|designing the|my|our ~2 slides|deck|presentation|report|speech|proposal|essay|website",
     {}, {}, big_favour, business, "Ask my colleague to write the slides"},
    {"give|giving up his|her|their|your ~1 weekend|saturday|sunday|day|evening|evenings|holiday|holidays", {}, {}, big_favour, business, "Ask my brother to give up his weekend"},
    {"spend|spending ~2 saturday|sunday|weekend|day|evening|afternoon|morning|holiday ~1 helping|with|on", {}, {}, big_favour, business, "Ask my friend to spend Saturday helping me"},
    {"big|huge|massive|enormous|major favour|favor", {}, {}, big_favour, unguarded, "Ask my neighbour for a huge favour"},
    // hours of reading, forms or assembly put on someone else
    {"12|15|20|25|30|35|40|45|50|60|70|80|90|100|120|150|200|250|300|400|500|twenty|thirty|forty|fifty|hundred page|pages|slide|slides", {}, {}, big_favour, business, "Ask Jo to proofread my 40-page report"},
    {"fill|filling|complete|completing|file|filing|do|doing ~3 tax return|returns|form|forms", {}, {}, big_favour, business, "Ask my sister to help me fill in my tax return"},
    {"fill|filling|complete|completing|file|filing|do|doing ~3 taxes", {}, {}, big_favour, business, "Ask my uncle to do my taxes"},
    {"assemble|assembling|build|building ~3 wardrobe|furniture|bed|desk|shelves|cabinet|cupboard|ikea", {}, {}, big_favour, business, "Ask Tom to help me build the wardrobe"},
    {"put|putting together ~3 wardrobe|furniture|bed|desk|shelves|cabinet|cupboard|ikea", {}, {}, big_favour, business, "Ask Tom to help me put together the wardrobe"},
    {"put|putting ~3 wardrobe|furniture|bed|desk|shelves|cabinet|cupboard together", {}, {}, big_favour, business, "Ask Tom to put the wardrobe together"},
    // a private place or a meal, asked of someone met in passing
    {"take|taking|borrow|borrowing|use|using|ride|riding their|his|her [back|front] dog|bike|phone|car|scooter|camera|laptop|ute|van|truck|motorbike|motorcycle|boat|caravan|garden|yard|backyard|pool|driveway|kitchen|shower|bathroom|garage|barbecue|bbq !charger|chargers|cable|case|number", {}, {}, big_favour, met_in_passing,
     "Ask a dog owner in the park if I can take their dog round the block"},
    {"visit|visiting|see|seeing|tour ~2 kitchen|kitchens|backstage|garden|house|home|flat|cockpit|workshop", {}, {}, big_favour, met_in_passing | business,
     "Ask a neighbour I don't know if I can visit his garden"},
    {"#num|two|three|four|five|six hour|hours ~1 tour|walk|drive|ride|visit", {}, {}, big_favour, business, "Ask a local I don't know for a two-hour tour of the old town"},
    {"carry|carrying|lug|lugging|haul|hauling ~6 across|through town|city", {}, {}, big_favour, business, "Ask the guest next door to help me carry my luggage across town"},
    {"lend|lending me|us his|her|their|your own car|van|truck|motorbike|house|flat", {}, {}, big_favour, negated, "Ask the mechanic to lend me his own car for the weekend"},
    {"repaint|repainting|paint|painting|clean|cleaning|tidy|tidying|decorate|decorating the|our|my whole|entire house|flat|hallway|kitchen|garden|garage", {}, {}, big_favour, business, "Ask my father-in-law to repaint the whole hallway for us"},
    {"in his|her|their suitcase|luggage|bag|case", {}, {}, big_favour, met_in_passing, "Ask a stranger at the airport to carry my parcel in his suitcase"},
    {"see|visit|tour the kitchen|kitchens|backstage|cockpit", {}, {}, big_favour, unguarded, "Ask to visit the kitchens of a restaurant"},
    {"sit|eat|dine|join|squeeze ~2 their|his|her table", {}, {}, big_favour, met_in_passing, "Ask a family at the next table if I can sit at their table"},
    {"share ~2 their|his|her dinner|meal|lunch|barbecue|bbq|food", {}, {}, big_favour, met_in_passing, "Ask the family on the next campsite pitch if we can share their barbecue dinner tonight"},
    {"read|look over my|our ~1 application|cv|resume|essay|letter|report", {}, {}, big_favour, met_in_passing, "Ask the man beside me in the waiting room to read over my job application"},
    {"can|could|may ~6 in|into|on|onto his|her|their [front|back] garden|yard|pool|driveway|lawn|roof|house|home|flat|field|fields|barn|meadow|orchard", {}, {}, big_favour, met_in_passing,
     "Ask the man washing his car if I can take photos in his front garden"},
    // a private place lent for a season, close or not
    {"his|her|their|your garage|shed|loft|attic|basement|cellar|driveway|garden|yard ~2 all|for|over|during|through [the] winter|summer|year|month|season|holidays", {}, {}, big_favour, business, "Ask my neighbour if I can keep my bike in his garage all winter"},
    {"have|grab|get|share|eat [a] dinner|lunch|breakfast|drink|drinks|coffee|meal with me|us|them|you", {}, {}, big_favour, met_in_passing,
     "Ask the woman beside me whether she'd like to have dinner with me"},
    {"invite|inviting|take|taking her|him|them|you ~1 to|for|out dinner|lunch|drinks|drink|cinema|movie|movies", {}, {}, declaration, met_in_passing,
     "Ask the barista if I can take her to dinner"},
    {"write|writing|draft|drafting|prepare|preparing|do|doing my ~3 speech|essay|thesis|dissertation|report|application|cv|resume|homework|presentation|taxes|accounts|website",
     {}, {}, big_favour, business, "Ask my sister to write my speech"},
    {"for free|nothing", {}, {}, big_favour, business, "Ask the painter to do it for free"},
    {"build|building|design|designing|make|making|code|coding ~2 website|app|site|logo", {}, {}, big_favour, business, "Ask Leo to build my website"},
    {"write|writing my|our|the ~2 talk|speech|essay|cv|letter", {}, {}, big_favour, business, "Ask Marc to write my talk"},
    {"look|looking over ~1 my|our cv|resume|essay|taxes|tax|computer|laptop|contract", {}, {}, big_favour, business | brief, "Ask the receptionist to look over my CV"},
    {"<cancelled|canceled|cancel|cancellation|returned|return|exchanged|exchange|changed|change|delivered|delivery|refunded free of charge", {}, {}, big_favour, business, "Ask the plumber to come free of charge"},
    // a whole job done for free, even by the trade: a quantity, or a visit to the house
    {"#num ~5 for|free free|of", {}, {}, big_favour, unguarded, "Ask the bakery to make 200 cupcakes for our street party free of charge"},
    {"come|coming out|round|over ~10 for|free free|of", {}, {}, big_favour, unguarded, "Ask the vet if she would come out to the house on Sunday to see the dog for free"},
    {"on|during his|her|their|your day|days off", {}, {}, big_favour, unguarded, "Ask the caretaker to paint my living room on his days off"},
    {"on|during his|her|their|your holiday|holidays|vacation|leave|weekend", {}, {}, big_favour, business, "Ask my colleague to finish the report during her holiday"},
    {"for his|her|their ~1 car|house|flat|apartment|savings|inheritance|land", {}, {}, big_favour, business, "Ask my aunt for her car"},
    {"give|giving|leave|leaving me|us ~2 car|house|flat|apartment|savings|inheritance|land", {}, {}, big_favour, business, "Ask my dad to leave me his house"},
    {"stranger|strangers|passer|passerby|passersby ~8 drive|pay|host|tour", {}, {}, big_favour, unguarded, "Ask a stranger to drive me home"},
    // a stranger asked to buy, not asked where to buy
    {"stranger|strangers|passer|passerby|passersby ~8 <where|how|when|what|which to buy", {}, {}, big_favour, unguarded, "Ask a stranger to buy me a coffee"},
    {"stranger|strangers|passer|passerby|passersby ~8 buy me|us", {}, {}, big_favour, unguarded, "Ask a stranger if she would buy me a coffee"},
    {"stranger|strangers|passer|passerby|passersby ~8 a|me|us lift|ride", {}, {}, big_favour, unguarded, "Ask a stranger for a lift"},
    {"stranger|strangers|passer|passerby|passersby ~8 lend|give|spare|borrow ~3 money|cash", {}, {}, big_favour, unguarded, "Ask a stranger to lend me some money"},
    {"stranger|strangers|passer|passerby|passersby ~8 #big", {}, {}, big_favour, unguarded, "Ask a stranger for 100 euros"},
    {"stranger|strangers|passer|passerby|passersby ~8 12|15|20|25|30|40|50|fifteen|twenty|thirty|forty|fifty !minutes|mins|min|seconds|metres|meters|yards|percent|cents|cent|p|pence", {}, {}, big_favour, unguarded, "Ask a stranger for 20 bucks"},
    {"stranger|strangers|passer|passerby|passersby|never ~12 their|his|her [front|back|holiday] garden|yard|pool|house|flat|home|bathroom|shower|driveway|kitchen|sofa|place|car|van|tent|boat|garage|shed|cellar|basement|attic", {}, {}, big_favour, unguarded, "Ask a stranger if my kids can swim in their pool"},
    {"show|showing|take|taking me|us round|around", {}, {}, big_favour, business, "Ask a passer-by to show me around"},
    {"random|strangers|stranger|unknown ~6 a|me|us lift|ride", {}, {}, big_favour, unguarded, "Ask a random guy for a lift home"},
    {"lift|ride home|back|there ~2 from a|some random|stranger", {}, {}, big_favour, unguarded, "Ask for a lift home from a random guy"},
    {"someone|somebody|stranger|random ~6 lunch|dinner|coffee|drink|drinks with me", {}, {}, big_favour, unguarded, "Ask someone at the café to have lunch with me"},
    {"random|strangers|stranger|unknown ~6 lunch|dinner|house|home|bathroom|garden", {}, {}, big_favour, unguarded, "Knock on a random house to use the bathroom"},
    {"use|using their|your garden|yard|pool|bathroom|toilet|toilets|loo|washroom|shower|kitchen|house|flat|home", {}, {}, big_favour, business, "Ask the neighbours if I can use their garden"},
    // the toilet or the shower of a home: a household's privacy, a neighbour's too
    {"toilet|toilets|loo|bathroom|shower in|of his|her|their|your house|home|flat|apartment", {}, {}, big_favour, business, "See if the man walking his dog would let me use the bathroom in his house"},
    {"knock|knocking|ring|ringing ~12 use|using their|his|her|your toilet|toilets|loo|bathroom|shower", {}, {}, big_favour, business, "Knock on the neighbour's door and ask to use her toilet"},
    {"stranger|strangers ~6 borrow|borrowing their|his|her|your car|bike|van", {}, {}, big_favour, unguarded, "Ask a stranger if I can borrow their car"},
    {"stranger|strangers ~6 borrow|borrowing|use|using their|his|her|your ladder|drill|tools|toolbox|mower|lawnmower|tent|camera|laptop|pushchair|barbecue", {}, {}, big_favour, unguarded, "Ask a stranger if I can borrow his drill for a minute"},
    {"join them|him|her|you for dinner|lunch|breakfast|supper|drinks", {}, {}, big_favour, unguarded, "Ask the couple if I can join them for dinner"},
    {"eat|dine|lunch ~2 with them !at|on", {}, {}, big_favour, met_in_passing, "Ask the couple at the next table if I can eat with them"},
    // through a stranger's garden: "your" said to someone met there
    {"cut|cutting|walk|walked|walking|go|went|going|pass|passed|climb|climbed through|across your|their garden|yard|field|property|land|drive|driveway", {}, {}, big_favour, business, "Could I cut through your garden to get my ball?"},
    {"two|three|four|five|six hours|hour drive|away|journey", {}, {}, big_favour, business, "Ask Karim to drive me to Leeds, a three-hour drive away"},
    {"#num|two|three|four|five|six hours|hour each way", {}, {}, big_favour, business, "Ask Jo to drive me to the wedding, it's two hours each way"},
    // going with someone to the hospital or to court: hours, and a weight to carry
    {"hospital|court|funeral|clinic with me", {}, {}, big_favour, negated | business, "Ask my friend to come to the hospital with me for the results"},
    // a date named as such
    {"as|like a date", {}, {}, declaration, negated, "Ask Nora to the cinema on Friday, as a date"},
    {"have|take a look at ~6 laptop|computer|phone|printer|router|car", {}, {}, big_favour, met_in_passing, "Excuse me, could you take a look at my laptop? It keeps freezing"},
    {"his|her|their|your car|van|flat|house|apartment|boat|motorbike for|during ~1 the|a|whole|all weekend|week|month|night|holiday|holidays|summer", {}, {}, big_favour, business, "Ask the neighbour for his car for the weekend"},
    // a service outside the person's trade: "ask the taxi driver to look at my boiler"
    // sewing or ironing asked of someone whose trade it is not
    {"lend|borrow|lending|borrowing ~3 car|van|truck|flat|house|apartment !jack|keys|key|charger|seat|park|wash|wipes|phone|mat|mats|radio|battery",
     {}, {}, unclear, business, "Ask my brother to lend me his car"},
    // --- confrontations and reproaches
    {"why he|she|they|you|we ~3 not|never", {}, {}, confrontation, unguarded, "Ask my boss why he never replies"},
    {"why he|she|they|you ~4 me|my|us|our", {}, {}, confrontation, close_only, "Ask my friend why she ignores me"},
    {"why nobody|noone ~3", {}, {}, confrontation, unguarded, "Ask why nobody invited me"},
    {"why no one ~3", {}, {}, confrontation, unguarded, "Ask why no one called me"},
    {"why ~3 not|never ~2 told|invited|included|consulted|informed|asked|warned|paid|thanked|promoted|picked|chosen|shortlisted|hired|selected", {}, {}, confrontation, unguarded, "Ask why I was not invited"},
    {"why he|she|they|you ~1 always|keep|keeps|constantly", {}, {}, confrontation, unguarded, "Ask my flatmate why she always leaves the door open"},
    {"why the|my|his|her|our|their|your _ ~1 always|keeps|keep|constantly", {}, {}, confrontation, close_only, "Ask why my boss always cancels"},
    {"take|takes|took|taking ~1 credit for", {}, {}, confrontation, unguarded, "Ask why Tom took credit for my work"},
    {"criticise|criticize|criticising|criticizing|criticised|criticized", {}, {}, confrontation, negated, "Ask my boss not to criticise my slides"},
    {"why did|do|does|has|have|had|is|was|were|would|could|are not|never he|she|they|you", {}, {}, confrontation, unguarded, "Ask my friend: why didn't you call?"},
    {"why do|does|did|would|will|can|could|have|has|are|is he|she|they|you|we ~1 never|always", {}, {}, confrontation, unguarded, "Ask my brother why do you never call"},
    {"how come ~4 always|never", {}, {}, confrontation, unguarded, "Ask my sister how come I always pay"},
    {"stop|quit commenting|judging|criticising|criticizing|nagging|interrupting|mocking|teasing", {}, {}, change_person, close_only, "Mum, could you and Dad stop commenting on what I eat at every dinner?"},
    {"be nicer|kinder|politer|friendlier to each other|one", vague_object, {}, change_person, unguarded, "Can everyone in this chat just be nicer to each other?"},
    {"been|was|were|is|are unfair|harsh|rude|mean|horrible|nasty|cruel ~3 to|with|all", {}, {}, confrontation, negated, "Email my son's teacher to tell her she has been unfair to him all year"},
    {"responsibility for your|his|her|their life|lives|actions", {}, {}, change_person, unguarded, "Could you finally start taking some responsibility for your life?"},
    {"to become more|less !than", {}, {}, change_person, close_only, "Ask my nephew to become more ambitious about his career"},
    {"you|u always forget|ignore|interrupt|cancel|leave|complain|forgot", {}, {}, confrontation, unguarded, "Text Bea: 'You always forget to invite me, don't you?'"},
    {"obviously|clearly ~2 mistake|wrong|unfair", {}, {}, confrontation, negated, "Ask the consultant why she turned down my referral when it was obviously a mistake"},
    {"should be removed|sacked|fired|replaced|banned|kicked", {}, {}, confrontation, negated, "Post in the class parents' group asking who else thinks Mr Dale should be removed as maths teacher"},
    {"who ate|took|stole|nicked|used|broke|finished|moved my|our", {}, {}, confrontation, unguarded, "Tell the whole office group chat: who ate my leftovers from the fridge?"},
    {"you mind ~1 being [a] [little|bit|lot] more|less", {}, {}, change_person, unguarded, "Would you mind being a little more grateful?"},
    {"forgive|forgiving me for what|how|everything|the", {}, {}, emotional_load, negated, "Could you forgive me for what I said at your wedding?"},
    {"why ~5 so|that unrealistic|unrealistically|badly|poorly|unfair|unfairly|stupid|ridiculous|rude|rudely", {}, {}, confrontation, unguarded, "Ask the CEO at the all-hands why the deadline was set so unrealistically"},
    {"why ~3 think|thinks|thought ~2 fine|ok|okay|normal|acceptable|alright|reasonable to", {}, {}, confrontation, unguarded, "Ask my flatmate why she thinks it's fine to eat my food without asking"},
    {"why i|we am|m|are|re|get|have ~1 always|never|constantly the|stuck|left|given|landed|asked|doing|paying|cleaning|cooking|waiting|last|first|blamed|passed|overlooked|ignored|excluded|picking", {}, {}, confrontation, close_only, "Ask my manager why I'm always the one stuck with the boring projects"},
    {"why am|do|did|was|have|must i|we ~1 always|never|constantly the|stuck|left|given|landed|asked|doing|paying|cleaning|cooking|waiting|last|first|blamed|passed|overlooked|ignored|excluded|picking|on|have|get|pay|clean|cook|wait", {}, {}, confrontation, close_only, "Ask my boss why am I always on the late shift"},
    {"why ~4 left out", {}, {}, confrontation, unguarded, "Ask the CEO why my team was left out of the bonuses"},
    {"why ~4 passed over|overlooked|forgotten|sidelined|excluded", {}, {}, confrontation, unguarded, "Ask why I was passed over for the project"},
    {"why ~5 wrong|late|broken|missing|forgotten|forgot|messed|mistakes|errors|unfinished ~2 again", {}, {}, confrontation, close_only, "Ask Greg why his figures are wrong again"},
    {"you|u ~2 forget|forgot|forgotten ~4 again", {}, {}, confrontation, unguarded, "Did you really forget to call the plumber again?"},
    {"still haven|hasn|have|has [t|not] ~2 done|paid|called|cleaned|tidied|fixed|replied|answered|returned|finished", {}, {}, confrontation, business, "Still haven't paid me back? Seriously?"},
    {"if ~10 , don|do [t|not] bother", {}, ultimatum, ultimatum, unguarded, "Tell my brother: if you skip Dad's party again, don't bother coming at Easter"},
    {"pull|pulling ~2 weight", vague_object, {}, change_person, close_only, "Tell my flatmate he needs to start pulling his weight"},
    {"#big ~3 owes|owe|owed me|us", {}, {}, confrontation, close_only, "Ask my cousin for the £500 she owes me"},
    {"show|showing me|us around|round ~2 city|town|area|old|neighbourhood|centre|center", {}, {}, big_favour, unguarded, "Ask the hotel porter to show me around the city tomorrow"},
    {"annual|yearly ~2 ticket|pass|membership|subscription|contract|plan", {}, commitment, {}, neg_ask, "Ask the leisure centre for an annual membership"},
    {"costing #big", {}, money, {}, negated | asked_about, "Order the bike costing £900 from the shop"},
    {"proofread|proofreading|read|check|edit|review|correct ~4 20|25|30|40|50|60|80|100|twenty|thirty|forty|fifty|sixty|hundred page|pages", {}, {}, big_favour, unguarded, "Ask the librarian to check my forty-page essay tonight"},
    {"ruin|ruins|ruining|ruined my", {}, {}, confrontation, negated, "Tell the neighbours their music ruins my evenings"},
    {"it|this|that has|needs to stop", {}, {}, confrontation, negated, "Tell them it has to stop"},
    {"you|u never listen|help|call|text|reply|clean|cook|ask|thank|notice|care", {}, {}, confrontation, unguarded, "babe u never listen"},
    {"admit|admitting ~6 mine|stole|took|copied", {}, {}, confrontation, unguarded, "Ask Gary to admit that the report was mine"},
    {"is there a|any reason ~6 always|never", {}, {}, confrontation, unguarded, "Is there a reason Jamie always seems to be the one who gets blamed?"},
    {"always me who|that", {}, {}, confrontation, unguarded, "Ask why it is always me who cleans"},
    // a name called, or a mess pointed out to its owner, is a reproach
    {"is|are|s|was|were a|an|such nuisance|menace|pest|disgrace|liar|thief|bully|idiot|jerk|joke", {}, {}, confrontation, unguarded, "Ask in the group if anyone else thinks the guy at number 12 is a nuisance"},
    {"pick|picking up after it|his|her|their", {}, {}, confrontation, unguarded, "Post in the neighbourhood Facebook group asking the owner of the Labrador to pick up after it"},
    // a reproach phrased as a question: "Is it really so hard for you to ...?"
    {"is|was it [really|honestly] so|that|too hard|difficult|much", {}, {}, confrontation, unguarded, "Is it really so hard for you to clean the bathroom?"},
    {"how hard is|can it", {}, {}, confrontation, unguarded, "How hard is it to put the lid back?"},
    {"who keeps|keep ~1 *ing", {}, {}, confrontation, unguarded, "Ask the neighbours who keeps dumping rubbish by my gate"},
    {"^ do|did|are|were|have you really", {}, {}, confrontation, unguarded, "Do you really watch the kids in the yard?"},
    {"for once", {}, {}, confrontation, close_only, "Could you, for once, let me know when you'll be late?"},
    {"for a change ?", {}, {}, confrontation, unguarded, "Could you do the dishes for a change?"},
    {"like a normal person|adult", {}, {}, confrontation, unguarded, "Could you text me like a normal person?"},
    {"is it normal|okay|ok that you", {}, {}, confrontation, unguarded, "Is it normal that you come home at 2 without a word?"},
    {"for a lift|ride", {}, {}, big_favour, met_in_passing | business, "Ask someone at the bus stop for a lift into town"},
    {"#num|two|three|six week|weeks|month|months extension|delay", {}, {}, negotiation, asked_about, "Ask my tutor for a two-month extension"},
    {"extra|additional|another week|weeks|days|fortnight of [paid] holiday|holidays|leave|vacation", {}, {}, negotiation, asked_about, "Ask your boss for an extra week of paid holiday this year"},
    {"#num % off|discount ~4 order|orders|supply|supplies|rent|car|house|flat|salary|rates|rate|prices|fees|quote|contract|licence|license|renewal|subscription|membership|invoice", {}, {}, negotiation, asked_about, "Ask the landlord for 20% off the rent"},
    {"raise|raising|increase|increasing ~4 rate|rates|fee|fees|prices by #num %", {}, {}, negotiation, asked_about, "Tell my client I'm raising my day rate by 20%"},
    {"paid|earns|earning|gets more than me|us", {}, {}, confrontation, unguarded, "Ask my manager why Tom is paid more than me"},
    {"#num|six|three|twelve month|year ~1 retainer|assignment|mission|secondment|engagement", {}, commitment, {}, neg_ask, "Email the agency that I accept the three-month assignment"},
    {"^ i wish i|we were|was|could|had", habit, {}, {}, unguarded, "I wish I could say no more easily"},
    {"^ i wish !you|u|i|we|that|to|for ~4 would|could", no_ask, {}, {}, unguarded, "I wish bus drivers would tell me when we reach my stop"},
    {"whenever something|anything|it|there|people|someone|somebody", habit, {}, {}, unguarded, "Ask for refunds whenever something goes wrong"},
    {"talk|speak|chat to|with more ~1 people|strangers|colleagues|women|men", habit, {}, {}, unguarded, "Talk to more random people"},
    {"^ ask|request ~8 in general $", habit, {}, {}, unguarded, "Ask for help in general"},
    {"^ get|make the|my family|kids|team|everyone ~2 cooperate|help|listen more", habit, {}, {}, unguarded, "Get the family to cooperate more."},
    {"chip|chipping in ~3 wedding|deposit|car|tuition|house|flat", {}, {}, big_favour, negated | business, "Ask my parents to chip in for the wedding"},
    {"contribute|contributing ~3 wedding|deposit|car|tuition|house|flat", {}, {}, big_favour, negated | business, "Ask my parents to contribute to the wedding"},
    {"#large toward|towards|for the|my|our ~2 fees|course|tuition|wedding|deposit|car|rent|studies", {}, {}, big_favour, negated | business, "Ask my parents for £1,500 toward the course fees"},
    {"is|are|was|were|s unfair|unjust|ridiculous|outrageous|disgraceful", {}, {}, confrontation, unguarded, "Reply to all saying the new bonus scheme is unfair"},
    {"contest|contesting|protest|protesting|oppose|opposing", {}, {}, confrontation, negated | asked_about, "Speak at the council to oppose the car park"},
    {"would it kill you", {}, {}, confrontation, unguarded, "Would it kill you to call?"},
    {"how many times do|have|must|should i", {}, {}, confrontation, unguarded, "How many times do I have to ask?"},
    {"why my|his|her|their|our|your !laptop|phone|computer|pc|card|account|printer|car|bike|wifi|internet|vpn|email|app|parcel|package|order|payment|code|key|badge|screen|boiler|heating|train|bus|flight|refund|application|visa|passport|form|login|password _ ~3 not|never", {}, {}, confrontation, unguarded, "Ask why my manager has not replied"},
    // one's lot compared with someone else's: a grievance ("why my bonus was smaller than Tom's")
    {"why my|our _ ~3 smaller|lower|less|fewer|worse|shorter|later than", {}, {}, confrontation, business, "Ask my boss why my bonus was smaller than Tom's"},
    {"why ~6 copied|copy|copies|plagiari*|sabotag*|undermin*|badmouth*|lied|lie|lies|lying|hid|hide|hides|hiding|hidden|stole|steal|stealing|pocket*|cheat*|betray*|ignor*|snub*|exclud*|blam*|humiliat*|mock*|insult*|yell*|shout*|dump*|ghost*|gossip*|favour*|favor*|belittl*|patroniz*|patronis*",
     {}, {}, confrontation, unguarded, "Ask my colleague why he copied my report"},
    {"accuse|accusing|accused|blame|blaming|confront|confronting|reproach|scold|scolding|rant", {}, {}, confrontation, negated, "Tell my brother I blame him"},
    {"complain|complaining about him|her|them|his|their", {}, {}, confrontation, negated, "Complain about him to the manager"},
    {"tell|telling|told ~2 off", {}, {}, confrontation, negated, "Tell my flatmate off"},
    {"<it|seem|seems|sound|sounds|too|bit sloppy|lazy|rude|incompetent|useless|unprofessional|disrespectful|careless|pathetic|selfish|hypocrite|hypocritical|dishonest|unacceptable|disgusting|shoddy",
     {}, {}, confrontation, negated, "Tell the builder his work is sloppy"},
    {"such a mess", {}, {}, confrontation, negated, "Tell my son his room is such a mess"},
    {"your|his|her|their _ ~1 is|was|are|were|looks|look|tastes|smells [so|really|totally|pretty] gross|awful|terrible|horrible|appalling|revolting|filthy|boring|ugly|embarrassing|disgusting|crap|trash|unbearable|annoying|toxic|obnoxious|insufferable|dumb|stupid|mean|rude|lazy|selfish",
     {}, {}, confrontation, negated, "Tell my colleague her report is really awful"},
    {"messy|sloppy|lousy|shoddy", {}, {}, confrontation, negated, "Tell the painter the finish is messy"},
    {"badly written|done|organised|organized", {}, {}, confrontation, negated, "Tell my colleague the email was badly written"},
    {"half hearted", {}, {}, confrontation, negated, "Tell the team the effort was half hearted"},
    {"why ~5 always|constantly|never ~2 so|such", {}, {}, confrontation, unguarded, "Ask why you are always so late"},
    {"is|was|are a disaster|joke|mess|nightmare|shambles", {}, {}, confrontation, negated, "Tell my boss the plan is a disaster"},
    {"rubbish|garbage|nonsense|ridiculous|pathetic|stupid plan|idea|work", {}, {}, confrontation, negated, "Tell Sam it is a stupid plan"},
    {"is|was|are|were|been stealing|lying|cheating|steals|lies|cheats", {}, {}, confrontation, unguarded, "Tell my flatmate she is stealing my food"},
    {"stole|embezzl*|pocketed|liar|thief|cheater|steals|stealing|swindl*|scam|scammed|defraud*|misappropriat*", {}, {}, confrontation, unguarded, "Tell the manager the clerk is a thief"},
    {"behind my|our back", {}, {}, confrontation, unguarded, "Ask why they talk behind my back"},
    {"why i was|were|am|have|got ~2 left|excluded|ignored|passed|sidelined|overlooked|dropped|removed|blamed|fired|replaced",
     {}, {}, confrontation, close_only, "Ask my boss why I was left out"},
    {"admit|admitting|acknowledge|acknowledging ~4 wrong|fault|mistake|lied|lying", {}, {}, confrontation, unguarded, "Ask my brother to admit he was wrong"},
    {"your|his|her|their fault", {}, {}, confrontation, unguarded, "Tell my sister it is her fault"},
    {"explain himself|herself|themselves", {}, {}, confrontation, unguarded, "Ask my colleague to explain himself"},
    {"explain|justify his|her|their behaviour|behavior|attitude", {}, {}, confrontation, unguarded, "Ask my son to justify his behaviour"},
    {"to apologise|apologize", {}, {}, confrontation, unguarded, "Ask my friend to apologise"},
    {"owe|owes me an apology", {}, {}, confrontation, unguarded, "Tell my brother he owes me an apology"},
    {"shut up", {}, {}, confrontation, unguarded, "Tell my flatmate to shut up"},
    {"and not me", {}, {}, confrontation, unguarded, "Ask why they chose Tom and not me"},
    {"instead of me", {}, {}, confrontation, unguarded, "Ask why he picked Sam instead of me"},
    {"yell|yelling|shout|shouting|scream|screaming|snap|snapping at", {}, {}, confrontation, unguarded, "Ask my dad to stop shouting at me"},
    {"for lying|cheating|stealing|lying|gossiping|ignoring", {}, {}, confrontation, unguarded, "Tell my brother off for lying"},
    {"he|she|they|you lied|cheated", {}, {}, confrontation, unguarded, "Tell my friend you lied"},
    {"back off", {}, {}, confrontation, unguarded, "Tell my flatmate to back off"},
    // --- heavy emotional stakes
    {"forgive|forgiving me|him|her|us !for", {}, {}, emotional_load, unguarded, "Ask my sister to forgive me"},
    {"to forgive me|him|her|us", {}, {}, emotional_load, unguarded, "Ask my friend to forgive me"},
    {"forgiveness", {}, {}, emotional_load, unguarded, "Ask my dad for forgiveness"},
    {"think|thinks|thought|feel|feels ~2 of|about my boyfriend|girlfriend|partner|husband|wife|relationship|weight|body|family|marriage",
     {}, {}, emotional_load, unguarded, "Ask my mum what she thinks of my boyfriend"},
    {"why ~4 left|leave|love|loved|abandoned me", {}, {}, emotional_load, unguarded, "Ask my dad why he left me"},
    {"why he|she|they|you left|abandoned|walked ~1 when|us|me|mum|mom|dad|home|the", {}, {}, emotional_load, unguarded, "Ask my father why he left when I was small"},
    {"my|our|his|her weight|childhood|abuse|miscarriage|illness|cancer|depression|grief|trauma|funeral|divorce|affair",
     {}, {}, emotional_load, unguarded, "Ask my mum about my childhood"},
    {"cheated|cheating on", {}, {}, emotional_load, unguarded, "Ask my partner if he cheated on me"},
    {"drinking|alcohol|addiction|rehab|gambling|drugs", {}, {}, emotional_load, close_only | business, "Ask my dad to get help for his drinking"},
    // grave illness and the end of a life, asked of someone close (a doctor's job is to answer)
    {"biopsy|biopsies|chemo|chemotherapy|prognosis|tumour|tumor|tumours|tumors|metastases|palliative|hospice|terminally", {}, {}, emotional_load, close_only | business, "Ask my dad if he has finally had the results of his biopsy"},
    {"last days|months|weeks|hours|moments of|with dad|mum|mom|grandma|granny|grandad|grandpa|my|his|her|their|our", {}, {}, emotional_load, close_only | business, "Ask my mum to tell me about the last months of dad's life"},
    {"my ex !wife|husband|boss|colleague|flatmate|roommate|neighbour|employer|manager|teacher|company|coworker|housemate", {}, {}, emotional_load, unguarded, "Ask my ex to give back my books"},
    {"my ex wife|husband|girlfriend|boyfriend|partner", {}, {}, emotional_load, unguarded, "Ask my ex-wife to swap weekends"},
    {"i feel|felt hurt|humiliated|betrayed|belittled|disrespected|ignored|invisible|worthless", {}, {}, emotional_load, negated, "When you sigh, I feel hurt"},
    // --- families found in the blind batch 16 (a mixed exam)
    {"so i|we can sign", {}, commitment, {}, negated, "Ask the agent to email me the lease so I can sign it tonight"},
    {"accept|accepting|approve|approving ~4 quote|estimate|bid|tender", {}, money, {}, negated, "Ring the plumber to accept his quote for the bathroom"},
    {"go|going ahead with ~4 quote|estimate|bid|tender", {}, money, {}, negated, "Tell the builder to go ahead with his quote"},
    {"go|going ahead with ~5 tenancy|lease|contract|purchase|sale|loan|mortgage|order|booking|deal", {}, commitment, {}, negated, "Tell the letting agent to go ahead with the tenancy on Elm Road"},
    {"i|we will|ll sign", {}, commitment, {}, negated, "Reply to the agent that I'll sign on Monday"},
    {"open letter", {}, public_statement, {}, neg_ask, "Ask the paper to print my open letter"},
    {"place|spot|slot|seat ~5 for the whole|entire|full year|term|season", {}, commitment, {}, neg_ask, "Ask the school to confirm Leo's place in the club for the whole year"},
    {"penalty|penalties included|clause|clauses", {}, commitment, {}, neg_ask, "Confirm in the thread that we'll deliver by March, penalties included"},
    {"joint tenancy|lease|mortgage|account|loan", {}, commitment, {}, neg_ask, "Ask the bank to open a joint account for me and my partner"},
    {"joint tenancy|lease|mortgage|account|loan", {}, {}, emotional_load, close_only, "I want you to sign the joint tenancy with me by Monday"},
    {"i|i ll|will be your maid|best|bridesmaid|godmother|godfather|godparent|witness", {}, commitment, {}, negated, "Text Jess: yes, I'll be your maid of honour"},
    {"sign|signing ~3 me|us up ~5 month|months|year|years|membership|contract|plan|subscription|course|term|week", {}, commitment, {}, neg_ask, "Sign Chloe and me up for the full ten-week salsa course"},
    {"^ try|trying to be|become more|less|better", habit, {}, {}, unguarded, "Try to be more assertive with people"},
    {"<plumber|mechanic|electrician|technician|engineer|man|guy fix|repair|mend|fixing|repairing|mending my|our ~2 bike|car|chain|laptop|phone|tap|sink|computer|puncture|tyre|tire|zip|boiler", {}, {}, big_favour, met_in_passing | business, "Ask a tourist in the square to fix my bike chain"},
    {"instead of just|simply|always turning|showing|dropping|barging|coming|shouting|yelling", {}, {}, change_person, close_only, "Ask my mother-in-law to phone first instead of just turning up"},
    {"lend|borrow|borrowing|lending ~4 couple|few|two|three|several [of] tenners|twenties|fifties|fivers", {}, money, loan, negated, "Ask my friend to lend me a couple of tenners"},
    {"#num|one|two|three|five|ten year|years renewal|extension", {}, commitment, {}, neg_ask, "Ask the landlord for a three-year renewal of the lease"},
    {"is it too much to ask", {}, {}, confrontation, unguarded, "Is it too much to ask that you call?"},
    // --- families found in the blind batch 14 (unexpected styles)
    {"for a|an job|internship|apprenticeship|placement", {}, job, negotiation, neg_ask, "Ask the shop assistant for a job"},
    {"walk|walking me|us home|back|there", {}, {}, big_favour, met_in_passing, "Ask a stranger to walk me home under their umbrella"},
    {"four|4|three|3 day week|weeks", {}, job, negotiation, neg_ask, "Ask my boss to move me to a four-day week"},
    {"business partner|partners", {}, commitment, negotiation, negated, "Ask Priya to be my business partner"},
    {"why i|we never|always", {}, {}, confrontation, unguarded, "Ask the coach why I never get picked"},
    {"end|ending|terminate|terminating my contract|employment|job", {}, job, emotional_load, negated, "Ask HR to end my contract"},
    {"for the next #num|two|three|six|twelve|eighteen months|years", {}, commitment, {}, neg_ask, "Ask my manager to put me on the project for the next six months"},
    {"bit of help|support|assistance|advice", {}, {}, {}, unguarded, "Ask for a bit of help"},
    // --- families found in the blind batch 15 (registers)
    {"drop|dropping|dropped out", {}, job, emotional_load, negated, "Tell Mum I'm dropping out of uni"},
    {"quit|quitting|leave|leaving uni|university|college|school", {}, job, emotional_load, negated, "Tell my dad I'm quitting uni"},
    {"quit|quitting|leave|leaving my degree|course|studies|apprenticeship", {}, job, emotional_load, negated, "Tell my mum I'm quitting my degree"},
    {"at least pretend", {}, {}, confrontation, unguarded, "Couldn't you at least pretend to listen?"},
    {"do|did not you ever", {}, {}, confrontation, unguarded, "Don't you ever clean up after yourself?"},
    {"waive|cancel|write|writing ~4 #large", {}, {}, negotiation, negated, "Ask the council to waive my £400 fine"},
    // a month of rent let off is a sum too large for a micro-request
    {"waive|waiving|forgive|cancel|skip|drop ~4 rent", {}, {}, negotiation, negated, "Ask the landlord to waive this month's rent"},
    {"waive|waiving|cancel ~4 fine|fines|penalty|penalties|fee|fees|charge|charges", {}, {}, {}, negated, "Ask the council to waive my fine"},
    {"shift|move|moving|shifting all|my ~2 stuff|things|boxes|furniture ~4 new|place|flat|house", {}, {}, big_favour, business, "Can you help me shift all my stuff to the new place?"},
    {"adopt|adopting|get|getting a ~1 dog|puppy|cat|kitten together", {}, commitment, {}, negated, "Can we adopt a dog together this weekend?"},
    {"stop|stopped seeing each other", {}, relationship, emotional_load, negated, "Should we stop seeing each other for a while?"},
    {"take|taking a break from us|each|this|our|the", {}, relationship, emotional_load, negated, "Ask Sam if we can take a break from us"},
    // --- families found in the blind batches 11 to 13
    // lasting stakes: memberships by the year, a name on a lease, an account together
    {"#num month|months|year|years ~2 membership|contract|subscription|plan|lease|tenancy", {}, commitment, {}, neg_ask, "Ask the gym for the 12-month membership"},
    {"sign|signing me|us up ~4 month|months|year|years|membership|contract|plan|subscription|course|term|monthly|yearly|annual|weekly", {}, commitment, {}, neg_ask, "Ask the front desk to sign me up for the yearly plan"},
    {"enrol|enroll|enrolling|register|registering|book|booking me|us ~4 for a|one|the|two|six|twelve|#num year|years|months", {}, commitment, {}, neg_ask, "Ask the gym manager to register me for a year"},
    {"two|three|six|nine|twelve|eighteen|#num month|year ~1 course|programme|program|contract|membership|placement|training|apprenticeship", {}, commitment, {}, neg_ask, "Ask my boss to put me on the nine-month leadership course"},
    {"add|adding|put|putting ~3 to|on the|my|our tenancy|lease|mortgage|deeds", {}, commitment, {}, neg_ask, "Ask the landlord to add my partner to the tenancy"},
    {"accept|accepting|accepted ~3 offer|job|position|post|role", {}, job, {}, neg_ask, "Reply to the recruiter accepting the offer"},
    {"#large loan|mortgage|credit", {}, {}, loan, neg_ask, "Ask the bank for a £15,000 loan"},
    {"loan|mortgage|credit of #large", {}, {}, loan, neg_ask, "Ask the bank for a loan of €15,000"},
    {"joint account|mortgage|lease|tenancy", {}, commitment, {}, neg_ask, "Ask the bank to open a joint account for us"},
    {"where|when [do|can|should|shall] i|we sign", {}, commitment, {}, negated, "Ask the agent where I sign the lease"},
    {"i|we will|ll pay on|at|upon collection|delivery|pickup", {}, money, {}, negated, "Could you order the blue one? I'll pay on collection"},
    {"i|we [will|ll|can|am|m] pay|paying ~3 now|today|desk|counter|reception|arrival|checkout|booking|upfront", {}, money, {}, negated | trivial_sum, "Ask the hotel to extend my booking by two more nights, I'll pay at the desk"},
    {"book|booking|reserve|reserving ~3 wedding|reception|marquee|caterer|caterers", {}, money, {}, negated | asked_about, "Ask the town hall to book our wedding date"},
    // one's own work changed for good
    {"work|working from home permanently", {}, job, negotiation, neg_ask, "Ask my manager if I can work from home permanently"},
    {"work|working remotely permanently", {}, job, negotiation, neg_ask, "Ask my manager if I can work remotely permanently"},
    // a change asked for good, whatever it is: "keep it for good"
    {"<closed|shut|gone|over|left|leaving|closing for good !morning|luck|reason|cause|measure", {}, commitment, {}, negated | asked_about, "Ask Tom if I can keep his old bike for good"},
    {"work|working from home for good", {}, job, negotiation, neg_ask, "Ask my boss if I can work from home for good"},
    {"work|working remotely for good", {}, job, negotiation, neg_ask, "Ask my boss if I can work remotely for good"},
    {"go|going|drop|dropping|move|moving|cut|cutting|switch|switching ~3 four|4|three|3 days a|per week", {}, job, negotiation, neg_ask, "Ask HR if I can go down to four days a week"},
    // large discounts are bargaining
    {"#large off", {}, {}, negotiation, negated, "Ask the dealer for £2,000 off the car"},
    {"#large discount|reduction|cut|rebate", {}, {}, negotiation, negated, "Ask the landlord for a £200 reduction"},
    {"discount|reduction|cut|rebate of #large", {}, {}, negotiation, negated, "Ask for a reduction of €300 on the bill"},
    {"#large a|per month|week|year off", {}, {}, negotiation, negated, "Ask the landlord to knock £200 a month off the rent"},
    // hours of work at short notice
    {"reference|recommendation letter|letters ~5 tonight|tomorrow|today|asap|urgently", {}, {}, big_favour, unguarded, "Ask my professor for a reference letter by tomorrow"},
    {"write|writing me a|the letter|reference tonight|today|tomorrow", {}, {}, big_favour, unguarded, "Could you write me a reference tonight?"},
    // things a stranger would have to bring or host
    {"drop|dropping|deliver|delivering|bring|bringing ~6 at|to my place|house|flat|home|door", {}, {}, big_favour, met_in_passing, "Ask the seller if she could drop the desk at my place"},
    {"have|hold|throw|host|having|holding ~3 barbecue|bbq|party|picnic ~3 in their|his|her|your garden|yard", {}, {}, big_favour, unguarded, "Ask the neighbours if we can have a barbecue in their garden"},
    // reproaches, said or written
    {"fed up", {}, {}, confrontation, negated, "Text my flatmate that I'm fed up with the dishes"},
    {"sick of", {}, {}, confrontation, negated, "Tell my brother I'm sick of his mess"},
    {"sick and tired", {}, {}, confrontation, negated, "Tell my brother I'm sick and tired of his mess"},
    {"had enough of", {}, {}, confrontation, negated, "Tell Sam I have had enough of the noise"},
    {"you|u forgot|missed|ignored|skipped ~4 again", {}, {}, confrontation, unguarded, "You forgot my birthday again"},
    {"not impressed", {}, {}, confrontation, negated, "Tell the plumber I am not impressed"},
    {"thanks for nothing", {}, {}, confrontation, unguarded, "Thanks for nothing, really"},
    {"ever going|gonna to|fix|do|pay|stop|clean|finish|call|reply|answer|give|tell|sort|deal", {}, {}, confrontation, unguarded, "Ask my landlord if he is ever going to fix the heating"},
    {"do|does you|he|she ever ~1 answer|reply|clean|tidy|listen|wash|help|pay|call|text|think", {}, {}, confrontation, unguarded, "Do you ever answer your messages?"},
    {"is a|an crook|thief|liar|fraud|scammer|cheat|disgrace|joke|idiot", {}, {}, confrontation, negated, "Post that the landlord is a crook"},
    {"you|u stop|quit ~1 *ing", {}, {}, change_person, close_only, "Could you stop interrupting me in meetings?"},
    // an approach: the two of us, a girl or a guy one has been thinking of
    {"just the two of us", {}, {}, declaration, negated, "Would you like dinner on Friday, just the two of us?"},
    {"just us two", {}, {}, declaration, negated, "Dinner on Friday, just us two?"},
    {"just you and me", {}, {}, declaration, negated, "Dinner on Friday, just you and me?"},
    {"first date", {}, {}, declaration, negated, "Ask Elodie out on a first date on Saturday"},
    // feelings said without the word: "I still think about you", "I can't stop thinking of you"
    {"still|always|keep think|thinking about|of you", {}, {}, declaration, negated, "Text Margaux that I still think about you"},
    {"stop thinking about|of you", {}, {}, declaration, unguarded, "Tell Sam I can't stop thinking about you"},
    // attraction given as the reason: "for her number cos I think she's lovely"
    {"think|find she|he|they|you is|are|re|s [so|really|very|super|pretty] lovely|cute|gorgeous|beautiful|pretty|attractive|stunning|hot|handsome", {}, {}, declaration, met_in_passing, "Ask the barista for her number because I think she's lovely"},
    {"there is|s this girl|guy|boy|woman|man", {}, {}, declaration, negated, "There's this girl from my course I want to ask to dinner"},
    // asking someone else to leave a shared home
    {"ask|asking|tell|telling ~5 to move out", {}, commitment, confrontation, negated, "Ask my flatmate to move out by the end of the month"},
    {"ask|asking|tell|telling ~5 to leave the|my|our|this flat|house|apartment|place", {}, commitment, confrontation, negated, "Tell my lodger to leave the flat"},
    // ultimatums tied to one's job
    {"if ~8 , i am|m leaving|quitting|out|gone|done|resigning", {}, ultimatum, ultimatum, negated, "Tell my boss that if I'm not promoted by June, I'm leaving"},
    // goals put as who to become
    {"be|become the kind|sort|type of person", habit, {}, {}, unguarded, "Be the kind of person who asks for help"},
    {"couples|marriage|family therapy|counselling|counseling|therapist", {}, {}, emotional_load, unguarded, "Ask my husband about couples therapy"},
    {"an|the affair", {}, {}, emotional_load, unguarded, "Ask my dad about the affair"},
    // a printer or a phone that died is no bereavement
    {"<printer|phone|battery|laptop|car|computer|pc|tv|fridge|engine|charger|it|mac|tablet|router|boiler|van|that|which|kettle|toaster|microwave|camera|watch|speaker|headphones|console|bike|scooter|mower|dishwasher|machine|device|monitor|screen dying|death|died|funeral|inheritance", {}, {}, emotional_load, asked_about, "Ask my aunt about the funeral"},
    // reproaches counted out: "this is the third time", "for the fourth time"
    {"this|that|it is|s the second|third|fourth|fifth|sixth|tenth|umpteenth|nth|hundredth|millionth time ~3 you", {}, {}, confrontation, unguarded, "This is the third time this week you've taken my charger"},
    {"this|that|it is|s the second|third|fourth|fifth|sixth|tenth|umpteenth|nth|hundredth|millionth time ~1 i am|m asking|reminding|telling", {}, {}, confrontation, unguarded, "This is the fourth time I'm asking"},
    {"this|that|it is|s the second|third|fourth|fifth|sixth|tenth|umpteenth|nth|hundredth|millionth time ~1 i ve|have asked|reminded|told", {}, {}, confrontation, unguarded, "This is the third time I've asked you"},
    {"for the second|third|fourth|fifth|tenth|umpteenth|nth|hundredth time ~4 you", {}, {}, confrontation, unguarded, "For the third time, could you shut the gate?"},
    {"every|each time ~6 you always|never|forget|forgot|interrupt|ignore|leave", {}, {}, confrontation, unguarded, "Every time I call, you never pick up"},
    {"every|each time ~6 you re|are late", {}, {}, confrontation, unguarded, "Every time we go out you're late"},
    // a wish about oneself: "I want to feel more confident when I speak up"
    {"i|we want|wanna|wish|need to feel|be|become more|less|better", habit, {}, {}, unguarded, "I want to feel more confident when I speak up"},
    {"i|we d|would like to feel|be|become more|less|better", habit, {}, {}, unguarded, "I'd like to be more confident"},
    // a stranger's picnic or game, a service outside one's trade, a seat in their car
    {"join|joining their|your|his|her picnic|barbecue|bbq|meal|dinner|lunch|game|party|table", {}, {}, big_favour, met_in_passing, "Ask a family in the park if I can join their picnic"},
    // hours of someone's work: a weekend spent on it, the whole thing written for me
    {"spend|spending this|the|your|a|next|one|every weekend|evening|day|afternoon|morning|night|saturday|sunday ~3 *ing", {}, {}, big_favour, negated, "Could you spend this weekend rebuilding the client deck for me?"},
    {"write|do|finish|redo|rewrite ~2 the whole|entire thing|report|essay|assignment|deck|presentation|project ~2 for me", {}, {}, big_favour, negated, "Would you be willing to write the whole thing for me tonight?"},
    // a role taken on: "happy to co-chair the committee"
    {"co chair|lead|organise|organize|host|run|chairing|manage|coordinate", {}, commitment, {}, negated, "I'm happy to co-chair next year's conference committee"},
    {"happy|glad|willing to chair|lead|run|organise|organize|coordinate|host", {}, commitment, {}, negated, "Tell the board I'm happy to chair the committee next year"},
    // ultimatums cut short: "pay rent by Friday or he's out"
    {"or he|she|you|they s|is|re|are out|gone|done|finished", {}, ultimatum, ultimatum, unguarded, "tell flatmate: pay rent by fri or he's out"},
    // goals put as how to feel
    {"get|feel|become|grow more confident|assertive|comfortable|outgoing|sociable|relaxed", habit, {}, {}, unguarded, "How do I get more confident talking to people?"},
    // romantic approaches told by a look: "the cute barista's number"
    {"number|drink|date|dinner|out ~6 cute|pretty|gorgeous|handsome|hot|attractive", {}, {}, declaration, negated, "Ask for the number of the cute guy at the gym"},
    {"cute|pretty|gorgeous|handsome|hot|attractive ~6 number|drink|date|dinner|out", {}, {}, declaration, negated, "Ask the cute barista for her number"},
    // a lasting deal in mild verbs: a rate locked in, a name put down, an order proceeded with
    {"lock|locking|locks in ~4 rate|price|deal|mortgage|contract|tariff", {}, commitment, {}, negated | asked_about, "Ring the bank and ask them to lock in the five-year fixed rate"},
    {"put|putting my|our|me|us name|names|down ~2 for the|a|next year|term|season", {}, commitment, {}, negated | asked_about, "Ask the gym desk to put my name down for the year"},
    {"put|putting|pop|popping me|us down as|for ~6 every|until|till|season|seasons|year|years|term|terms|rota|treasurer|chair|secretary|captain|president", {}, commitment, {}, negated | asked_about, "Ask the volunteer coordinator to put me down for every Saturday shift until December"},
    {"put|putting|pop|popping|stick|sticking my|our name|names down ~4 treasurer|chair|secretary|captain|president|committee|rota|season|year|term", {}, commitment, {}, negated | asked_about, "Just pop my name down for club treasurer next season"},
    {"hand|handing|give|giving|put|putting in my|our notice", {}, job, emotional_load, negated | asked_about, "Hand in my notice to the head chef tonight"},
    // a lasting change of one's own work, said in one word: "move me permanently onto nights"
    {"me ~2 permanently|indefinitely", {}, job, {}, negated | asked_about, "Ask my boss to move me permanently onto the night shift"},
    {"take|taking|took over ~5 permanently|indefinitely", {}, job, {}, negated | asked_about, "Please confirm I'll be taking over the vendor contracts permanently"},
    // staying on is a lease or a contract renewed: "we're staying on another year"
    {"stay|staying|stays on ~2 another|extra|further|more year|years|term|months", {}, commitment, {}, negated | asked_about, "Let the landlord know we're staying on another year"},
    {"stay|staying for another year|term", {}, commitment, {}, negated | asked_about, "Tell the landlord we're staying for another year"},
    // closing one's business ends a livelihood: "tell my partner I want us to close the shop"
    {"shut|shutting|wind|winding down|up the|our|my business|company|shop|firm|startup|restaurant|practice", {}, job, emotional_load, negated | asked_about, "Tell my business partner I want us to wind up the company"},
    {"close|closing|shut|shutting the|our|my business|company|shop|firm|startup|restaurant|practice", {}, job, emotional_load, negated | asked_about | business, "Tell my business partner I want to close the shop in December"},
    // a role taken on for a season: "I accept to coach the under-11s for the whole season"
    {"accept|agree|agreed|happy ~1 to become|take|join|coach|run|lead|chair ~8 season|year|term|semester", {}, commitment, {}, negated | asked_about, "Tell the club I agree to coach the under-11s for the whole season"},
    {"proceed|proceeding with ~3 order|purchase|booking|sale|contract|quote|works", {}, money, {}, negated | asked_about, "Ask the supplier to proceed with the order for the 300 chairs"},
    {"make|making ~5 permanent", {}, commitment, {}, negated | asked_about, "Ask HR to make my move to night shifts permanent"},
    // ink that stays: a tattoo is done for good
    {"tattoo|tattoos|tattooed|tattooing !artist|artists|parlour|parlor|studio|shop", {}, commitment, {}, neg_ask, "Ask my friend to come with me to get a tattoo"},
    {"tattoo|tattooist artist|parlour|parlor|studio|shop ~2 to do|ink|start|book", {}, commitment, {}, neg_ask, "Ask the tattoo artist to do the small star on my wrist this afternoon"},
    {"tattooist ~2 to do|ink|start|book", {}, commitment, {}, neg_ask, "Ask the tattooist to do the small star on my wrist"},
    // a business started together binds both: "go into business with me"
    {"go|going|went into business|partnership with", {}, commitment, negotiation, neg_ask, "Ask Priya whether she'd go into business with me"},
    // paid before it is delivered: "the jacket ordered, $180 paid up front"
    {"paid|pay|paying up front", {}, money, {}, negated | asked_about | trivial_sum, "Ask the shop to order the jacket, $180 paid up front"},
    {"paid|pay|paying upfront", {}, money, {}, negated | asked_about | trivial_sum, "Ask the shop to order the sofa, £600 paid upfront"},
    {"paid|pay|paying in advance", {}, money, {}, negated | asked_about | trivial_sum, "Ask the tailor to start the suit, €400 paid in advance"},
    // put on one's account is money owed: "put the timber on my trade account"
    {"put|putting|stick|sticking ~4 on my|our [trade|store|credit|bar] account|tab|card|bill", {}, money, {}, negated | asked_about | trivial_sum, "Ask the builders' merchant to put the timber on my trade account"},
    // a repayment promised, as learners write it: "I will give back you Friday"
    {"i|we will|ll give|giving back you", {}, money, loan, negated | business | trivial_sum, "Can you pay for my pizza, I will give back you Friday?"},
    {"i|we will|ll give|giving you|it back", {}, money, loan, negated | business | trivial_sum, "Can you cover my ticket? I'll give you back on Monday"},
    {"standing|stand|run|running for council|office|mayor|election|parliament|president", {}, commitment, {}, negated, "Tell the congregation that I'm standing for council"},
    // a service outside one's trade: a form filled in by the electrician
    // a stranger's drive or loo; a drink with someone met in passing
    {"park|parking ~3 in|on their|her|his|your drive|driveway|yard|garage|garden", {}, {}, big_favour, met_in_passing, "Ask the woman at the café next door if I can park in her driveway"},
    {"use|using the|their|her|his|your loo|toilet|bathroom|shower ~2 at|in her|his|their|your house|home|place|flat", {}, {}, big_favour, met_in_passing, "Ask a dog walker if I can use the loo at her house"},
    {"get|grab|have|fancy a|some drink|drinks|coffee|dinner|bite ~2 sometime|one|together|after", {}, {}, declaration, met_in_passing, "Ask the guy from my spin class if he'd like to get a drink sometime"},
    {"get|grab|have|fancy a|some drink|drinks|coffee|dinner|bite ~2 with me|us", {}, {}, declaration, met_in_passing, "Ask the girl from choir whether she'd fancy a coffee with me"},
    // an order charged to the card: "and charge my card £89 for it"
    {"charge|charging|bill|billing|debit|debiting my|the|our card|account", {}, money, {}, negated | asked_about, "Ask the online shop to send the larger size and charge my card £89 for it"},
    // a threat of leaving: "I'll move out unless they start cleaning"
    {"ll|will|am|m ~4 unless", {}, ultimatum, ultimatum, negated, "Tell my housemates that I'll move out unless they start cleaning the kitchen"},
    {"vote|voting out", {}, {}, confrontation, negated, "Ask the members to vote out the treasurer"},
    {"take|taking you|her|him out ~2 sometime|some|for|to|on|one", {}, {}, declaration, negated, "Can I have your number? I'd really like to take you out sometime"},
    {"#num|two|three|five|ten|fifteen|twenty percent|pc raise|rise|increase|pay", {}, {}, raise, asked_about, "Could I have a ten percent raise now that I've finished my trial period?"},
    // the whole table's bill; a rota for the whole year; a decision reversed in front of all
    {"pay|paying|cover|covering for everyone|everybody", {}, money, {}, negated | asked_about, "Offer to pay for everyone's dinner tonight"},
    {"pay|paying|cover|covering|foot|footing ~4 whole|entire ~1 team|group|table|weekend|trip|holiday|bill|meal|party|round", {}, money, {}, negated | asked_about, "Offer to cover the whole team's dinner bill"},
    {"pay|paying|cover|covering for the whole|entire table|group|bill|team", {}, money, {}, negated | asked_about, "Offer to pay for the whole table tonight"},
    {"rota|shift|shifts|call|duty|duties ~4 whole|entire|full year|term|season", {}, commitment, {}, negated | asked_about, "Tell my manager I'm happy to take the weekend on-call rota for the whole year"},
    {"reverse|overturn|revoke|undo ~4 cut|cuts|decision|budget|policy|ban", {}, {}, confrontation, negated, "Ask the CEO to reverse the cut to my team's budget"},
    {"advance on|against my|the salary|pay|wages|paycheck|paycheque", {}, money, loan, neg_ask, "Ask HR for a £300 advance on my salary"},
    // a yes given to a lasting deal, in mild words
    {"say|said|saying yes to the|their|this lease|contract|offer|tenancy|deal|quote|mortgage|job", {}, commitment, {}, negated, "Just say yes to the lease when the agent calls"},
    {"sounds|looks good|great|fine ~4 offer|lease|contract|quote|deal", {}, commitment, {}, negated, "Reply 'sounds good' to the job offer"},
    {"sign|signing|signs off on", {}, commitment, {}, negated | asked_about, "Ask my manager to sign off on the hire"},
    {"booking|reservation|enrolment|enrollment|place for the whole|entire|full year|season|term", {}, commitment, {}, negated | asked_about, "Confirm the booking for the whole year with the venue"},
    {"every monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week ~3 until|till|through june|july|august|september|christmas|summer|easter", {}, commitment, {}, negated | asked_about, "Offer to run the stall every Saturday until June"},
    // a loan in a sum said first, or a bare sum lent
    {"#big loan|loans", {}, money, loan, negated | asked_about | business, "Ask my brother for a $1,500 loan"},
    // a stranger's table, garden or home
    {"sit|eat|dine|join ~3 at their|your|his|her table", {}, {}, big_favour, met_in_passing, "Ask a family at the restaurant if I can eat at their table"},
    {"show|showing me|us round|around their|your|his|her garden|house|flat|home|kitchen", {}, {}, big_favour, met_in_passing, "Ask the man next door I've never met to show me round his garden"},
    // a stranger's car and time: a ride somewhere
    {"cut|walk|go|going|cutting through their|his|her [back|front] garden|yard|backyard|drive|driveway|property", {}, {}, big_favour, met_in_passing, "Ask the man washing his car if I can cut through his back garden"},
    // time spent in the private place of someone met in passing: "play in their backyard"
    {"play|swim|camp|picnic|sit|party ~2 in their|his|her [back|front] garden|yard|backyard|pool", {}, {}, big_favour, met_in_passing, "Ask the new neighbours if the kids can play in their backyard"},
    // walked all the way somewhere by someone met in passing: their real time
    {"walk|walking|accompany|accompanying|escort me|us home|back|all", {}, {}, big_favour, met_in_passing, "Ask a stranger at the bus stop to walk me home"},
    {"walk|walking|accompany|accompanying|escort me|us ~2 to the|a station|hotel|hospital|city|town|airport|office", {}, {}, big_favour, met_in_passing, "Ask someone on the platform to walk me to the station"},
    {"drive|driving|take|taking me|us to the|a hospital|station|clinic|doctor|doctors|vet|hotel|city|town|airport", {}, {}, big_favour, met_in_passing, "Ask the woman at the bus stop if she could drive me to the hospital"},
    {"neighbour|neighbours ~8 lend|borrow ~3 car|van|truck|motorbike !jack|keys|key|charger|seat|wash|park|parking|pump|manual|vacuum|battery|boot", {}, {}, big_favour, unguarded, "Ask the neighbour downstairs if I can borrow his car on Saturday"},
    // a standing arrangement from now on: "babysit the twins every Wednesday from now on"
    {"every|each monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|morning|evening|night|month|fortnight|year ~3 from now on", {}, commitment, {}, negated | asked_about, "Ask my sister to drive me to work every Monday from now on"},
    // a duty taken on for a season: "run the bake sale every term this year"
    {"run|running|organise|organising|organize|organizing|host|hosting|lead|leading|coach|coaching|chair|chairing ~5 every|each week|month|term|season|year|meeting|match|session ~2 this|next|the|for|until", {}, commitment, {}, negated | asked_about, "Offer to run the quiz every month this year"},
    {"every|each monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|morning|evening|night ~3 from|starting|beginning [in] january|february|march|april|may|june|july|august|september|october|november|december|autumn|spring|summer|winter|term",
     {}, commitment, {}, negated | asked_about, "Ask my neighbour to take the bins out every Monday starting in October"},
    {"every|each monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|morning|evening|night ~3 from next week|month|term",
     {}, commitment, {}, negated | asked_about, "Ask my brother to walk the dog every evening from next week"},
    {"for|during|over the whole|rest of next|this|the year|season|term|semester", {}, commitment, {}, negated | asked_about, "Ask the club if I can coach the under-tens for the whole of next season"},
    {"<the|a|an|our|my|your|his|her|their|team lead|leading|head|heading|run|running ~3 project|projects|team|department|branch|division|launch", {}, {}, promotion, asked_about | business, "Ask my manager if I could lead the rebrand project"},
    // children minded, a document written together: hours every week, or hours of work
    {"watch|mind|look|babysit ~3 kids|children|baby|son|daughter|toddler|twins|grandkids ~2 every|each", {}, {}, big_favour, business, "Ask my dad to mind the twins every Friday"},
    {"co write|writing|author|authoring ~6 with me|us", {}, {}, big_favour, negated | business, "Ask Priya to co-write the grant proposal with me"},
    // a fare or a fee waived by the person whose living it is: unpaid time
    {"meter off|stopped", {}, {}, big_favour, negated, "Ask the cabbie to wait with the meter off"},
    {"off the meter", {}, {}, big_favour, negated, "Ask the driver to take me there off the meter"},
    // a sum paid for me out of someone else's pocket
    {"pay|paying|cover|covering ~6 herself|himself|themselves|yourself", {}, {}, loan, negated | trivial_sum, "Ask the cashier if she'd cover the £30 herself"},
    {"out of her|his|their|your own pocket", {}, {}, loan, negated | trivial_sum, "Ask my coach to pay the entry fee out of his own pocket"},
    {"all|every the chores|housework|cleaning|cooking|dishes|washing ~3 from now on", {}, commitment, big_favour, negated | asked_about, "Ask my flatmate to do all the housework from now on"},
    // what someone earns, why a marriage ended: questions that intrude
    {"how much he|she|they|you ~1 earn|earns|earned|earning|make|makes|made|paid", {}, {}, emotional_load, business, "Ask Julia how much she earns"},
    {"his|her|their salary|salaries|pay|wage|wages|income", {}, {}, emotional_load, business | close_only, "Ask my colleague what her salary is"},
    {"why ~4 marriage|relationship|engagement|business fell|failed|ended|broke|collapsed", {}, {}, emotional_load, unguarded, "Ask my friend why her marriage fell apart"},
    {"why ~2 he|she|they divorced|split|separated|broke", {}, {}, emotional_load, unguarded, "Ask my cousin why they divorced"},
    // a child left with someone met in passing
    {"mind|watch|hold my|our toddler|baby|kid|kids|son|daughter|children|child|boy|girl", {}, {}, big_favour, met_in_passing, "Ask a passer-by to mind my toddler for a minute"},
    {"look after my|our toddler|baby|kid|kids|son|daughter|children|child|boy|girl", {}, {}, big_favour, met_in_passing, "Ask the woman beside me to look after my son while I pay"},
    // a number asked in the second person, someone asked out, feelings asked about
    {"have|get|take your number", {}, {}, declaration, met_in_passing, "Say to the barista: can I have your number?"},
    {"take|taking you|her|him out $", {}, {}, declaration, negated, "Ask Jo for her number because I'd like to take her out"},
    {"same way about|for me", {}, {}, declaration, unguarded, "Ask Noor whether she feels the same way about me"},
    // why I was passed over: a reproach as a question
    {"why i ~1 not|never get|got|receive|received|given ~1 the|a|my|any bonus|promotion|raise|rise|job|role|place|part", {}, {}, confrontation, unguarded, "Ask my manager why I did not get the promotion"},
    // a whole course explained is hours of teaching
    {"explain|explaining|teach|teaching ~3 whole|entire ~1 course|syllabus|module|book|subject|thesis", {}, {}, big_favour, business, "Ask a student to explain his whole statistics course to me"},
    // a reproach asked as a question of fairness: "so why do you think that's fair?"
    {"you think that|it|this s|is fair|okay|ok|normal|acceptable", {}, {}, confrontation, unguarded, "Say to Kevin: why do you think that's fair?"},
    // work redone from the start is hours of someone's time
    {"completely|entirely|totally|fully rewrite|redo|rework|redesign|rebuild", {}, {}, big_favour, business, "Ask my teammate to completely rewrite my report"},
    {"rewrite|redo|rework|redesign|rebuild ~3 completely|entirely|totally|from scratch", {}, {}, big_favour, business, "Ask my teammate to redo my slides from scratch"},
    // an hour or more of a stranger's time
    {"stranger|strangers|passer|passerby|passersby ~8 an|one|two|three|several|few hour|hours", {}, {}, big_favour, unguarded, "Ask a stranger to watch my bike for an hour"},
    {"<free|available|open|booked|empty|reserved for|about|around [an|one|two|three|several|a] [few|couple] [of] hour|hours", {}, {}, big_favour, met_in_passing, "Ask someone in the café to mind my laptop for an hour"},
    {"after his|her|their|your shift", {}, {}, big_favour, unguarded, "Ask the hotel concierge if he'd show me round the old town after his shift"},
    {"sleep|stay|crash in|at|on their|his|her|your tent|place|flat|house|sofa|couch|room|caravan|camper|van", {}, {}, big_favour, met_in_passing, "Ask a festival-goer I just met if I can sleep in their tent tonight"},
    {"my|our ~1 on call ~1 week|weekend|shift|shifts|rota|duty", {}, {}, big_favour, business, "Ask my colleague to cover my entire on-call week while I'm on holiday"},
    {"free private|weekly|extra|one lessons|lesson|classes|sessions|coaching|tutoring", {}, {}, big_favour, unguarded, "Ask the yoga teacher to give me free private lessons every week"},
    {"for the whole|entire ~2 hour|hours|layover|flight|journey|trip|day|afternoon|evening|morning", {}, {}, big_favour, met_in_passing, "Ask some random person at the airport to help with the kids for the whole four-hour layover"},
    {"drive|driving me|us to|home|back|into|over|across", {}, {}, big_favour, met_in_passing, "Ask the woman at the bus stop if she could drive me to Harlow"},
    {"watch|mind|keep|guard|walk|babysit|look ~6 for|all|spend|spending the|a afternoon|morning|evening|day|night|weekend", {}, {}, big_favour, met_in_passing | business, "Ask a stranger in the park to watch my dog for the afternoon"},
    // round 88-95: what a person is asked to change in how they treat me, or how they act
    {"understand|accept|forgive|respect|trust|value|appreciate me|us [a] [bit|little|lot] more $", vague_object, {}, change_person, close_only, "Could you respect me a bit more?"},
    {"you ~2 act|acting|behave|behaving [a] [bit|little|lot] less|more !than _", {}, {}, change_person, close_only, "Could you act less jealous when I go out?"},
    {"as my|your date", {}, {}, declaration, negated, "Would you come to the party as my date?"},
    // plans that last, however mildly put: year-long, upgraded, paid monthly, insured
    {"year|years|month|months long ~2 contract|contracts|lease|subscription|membership|plan|commitment|deal|tenancy|course|programme", {}, commitment, {}, neg_ask, "Do you want to split a year-long gym membership with me?"},
    {"upgrade|upgrading ~4 plan|subscription|membership|contract|package|policy|tariff|tier|broadband", {}, commitment, {}, neg_ask, "Ask the gym to upgrade my membership to premium"},
    {"monthly|weekly|yearly|annual|recurring|regular direct|standing|donation|donations|payment|payments", {}, commitment, {}, neg_ask, "Sign me up for a monthly direct debit"},
    {"direct debit|debits", {}, commitment, {}, neg_ask, "Ask the charity to set up a direct debit"},
    {"standing order|orders", {}, commitment, {}, neg_ask, "Ask the bank to set up a standing order for the rent"},
    {"add|adding ~4 insurance|warranty", {}, commitment, {}, neg_ask, "Ask the travel agent to add the cancellation insurance to my booking"},
    {"go|going ahead ~2 to|with ~4 quote|estimate|bid|tender", {}, money, {}, negated, "Reply 'yes, go ahead' to the dentist's quote"},
    // a job asked for, for oneself or for the person spoken to
    {"hire|hiring|employ|employing you|yourself", {}, job, negotiation, negated, "Ask the café owner to hire you as a barista"},
    {"start|starting working|work there|here", {}, job, negotiation, negated, "Ask the bakery owner if I can start working there on Saturdays"},
    {"sale|selling|sell of|my|our ~2 flat|house|apartment|studio|property|home|land", {}, commitment, {}, neg_ask, "Ask the estate agent to handle the sale of my flat"},
    // a name put to a petition stays in public
    {"add|adding|put|putting ~3 name|names|signature ~4 petition|petitions", {}, public_statement, {}, negated, "Could you add my name to the petition against the new bar?"},
    // goals and feelings with nothing to ask
    {"^ feel|feeling calmer|braver|better|less|more|confident|relaxed|comfortable|safer|stronger", no_ask, {}, {}, unguarded, "Feel calmer when I talk to the waiter"},
    {"^ make|making|have|having small talk", no_ask, {}, {}, unguarded, "Make small talk with someone in the lift"},
    {"become|be a better|worse person|partner|listener|friend|husband|wife|father|mother|parent|colleague|neighbour", vague_object, {}, {}, unguarded, "Try to be a better listener with my friends"},
    // a vague moment; someone's own weekend given up; dozens of things made by hand
    {"at some point|stage", vague_object, {}, {}, unguarded, "Ask someone for directions at some point"},
    {"spend|spending|give|giving ~1 his|her|their|your weekend|sunday|saturday|day|evening|holiday|holidays|afternoon", {}, {}, big_favour, business | negated, "Ask my sister to spend her weekend checking my tax return"},
    {"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|dozens ~1 cakes|cupcakes|biscuits|cookies|pies|pages|letters|invitations|envelopes|flyers|sandwiches|muffins|scones", {}, {}, big_favour, business | negated, "Ask my mother to bake forty lemon cakes for my office party"},
    // changes to a home that stay, goods made to order, an order with a deposit
    {"knock|knocking|tear|tearing|pull|pulling down ~4 wall|walls|shed|garage|extension|fence", {}, commitment, {}, neg_ask, "Ask the carpenter to knock down the wall between the kitchen and the living room"},
    {"move|moving|relocate|relocating ~3 sink|boiler|toilet|radiator|stairs|kitchen|bathroom ~4 other|another|new wall|room|side|floor", {}, commitment, {}, neg_ask, "Ask the plumber to move the kitchen sink to the other wall"},
    {"order|ordering|buy|buying|get|getting ~4 made to measure", {}, commitment, {}, neg_ask, "Order the made-to-measure curtains for the bedroom"},
    {"order|ordering|buy|buying|get|getting ~4 bespoke|custom|tailor|personalised|personalized|engraved", {}, commitment, {}, neg_ask, "Order an engraved ring for her birthday"},
    {"order|ordering|buy|buying|reserve|reserving|book|booking|hold|holding ~6 with|against|on a|the deposit|downpayment", {}, money, {}, negated, "Phone the car dealer and order the new hatchback with a deposit"},
    // a deposit with its sum is paid, whatever price the sentence also names
    {"with|against|on a|the #amount deposit|downpayment", {}, money, {}, negated | trivial_sum, "Ask the shop to hold the sofa for me with a £200 deposit"},
    // a move carried: my boxes to the new flat
    {"my|our boxes|stuff|things|belongings|furniture ~4 new flat|house|place|apartment|home", {}, {}, big_favour, business, "You drive me and my boxes to the new flat on Sunday"},
    // how the person behaves, to be talked about: a confrontation
    {"talk|speak|talking|speaking about|discuss|discussing ~1 your|his|her behaviour|behavior|attitude", {}, {}, confrontation, unguarded, "We need to talk about your behaviour at the party"},
    // round 96-99: a deposit taken, hours spent, a stranger's yard, a reproach as a question
    {"take|taking ~3 deposit|downpayment from me|us", {}, money, {}, neg_ask, "Ask the estate agent to take a holding deposit from me today"},
    {"holding deposit", {}, money, {}, neg_ask, "Pay the holding deposit on the flat"},
    {"spend|spending|take|taking #num|two|three|four|five|six|several|few hours", {}, {}, big_favour, business | negated, "Ask my colleague to spend two hours preparing slides for my presentation"},
    {"in|into|from|through her|his|their backyard|yard|garden|driveway|house|flat|home|car|van|truck", {}, {}, big_favour, met_in_passing | negated, "Ask the woman walking her dog if I can use the tap in her backyard"},
    {"could|would not you have", {}, {}, confrontation, unguarded, "Couldn't you have called me back just once?"},
    {"start|starting replacing|redoing|rebuilding|renovating|refitting|rewiring|replumbing", {}, commitment, {}, neg_ask, "Ask the plumber to start replacing all the bathroom pipes tomorrow"},
    // round 100-103: an adoption, a season or a school enrolled in, a policy started
    {"adopt|adopting", {}, commitment, {}, neg_ask, "Ask the animal shelter volunteer whether I can adopt the old spaniel today"},
    {"register|registering|enrol|enroll|enrolling|sign|signing ~6 for the|a full|whole|entire season|year|term|semester", {}, commitment, {}, neg_ask, "Ask the hockey club secretary to register me as a player for the full season"},
    {"enrol|enroll|enrolling|enrolment ~6 programme|program|boarding|university|college|nursery|school", {}, commitment, {}, neg_ask, "Ask the school office to enrol my daughter in the boarding programme from September"},
    {"start|starting ~4 policy|insurance|contract|subscription|membership|lease", {}, commitment, {}, neg_ask, "Ask the insurance broker to start my annual home insurance policy today"},
    {"take|taking out ~4 policy|insurance|contract|subscription|membership|lease|loan|mortgage", {}, commitment, {}, neg_ask, "Ask the bank to take out a home insurance policy for me"},
    {"i will|ll take|accept the|your offer", {}, commitment, {}, negated, "Reply to the recruiter: yes, I'll take the offer"},
    // rounds for everyone, the dearest bottle: money beyond a coffee
    {"round|rounds of ~2 drinks|shots|beers ~3 everyone|everybody|whole|all", {}, money, {}, negated, "Order a round of drinks for everyone in the bar"},
    {"order|ordering|buy|buying ~4 most expensive|priciest", {}, money, {}, negated, "Order the most expensive bottle of wine on the menu"},
    // a stranger's time: a tour, a long free session; an annoyance named
    {"give|giving|show|showing me|us a|the tour|round|around", {}, {}, big_favour, business, "Ask a local in the café to give me a tour of the old town"},
    {"free ~2 hour|hours|day|days private|personal session|sessions|lesson|lessons|training", {}, {}, big_favour, unguarded, "Ask the personal trainer for a free two-hour private session"},
    {"he|she|you|they s|is|are|re annoying|inconsiderate|selfish", {}, {}, confrontation, negated, "Ask the gym regular to stop grunting, he's annoying everyone"},
    {"prepare|preparing|write|writing my|our|the talk|presentation|speech|slides|lecture|lesson|pitch", {}, {}, big_favour, business | negated, "Ask my teacher friend to prepare my talk for the parents' evening"},
    // no ask: practice, more asks, a vague moment
    {"^ practise|practice|practising|practicing asking for what", no_ask, {}, {}, unguarded, "Practise asking for what you want"},
    {"make|making more requests|asks", habit, {}, {}, unguarded, "Make more requests to strangers this month"},
    // round 104-107: an afternoon or evening of someone's own time spent on me
    {"spend|spending|give|giving an|a|the|their|his|her|whole|entire [whole|entire] afternoon|evening|day|morning|weekend|saturday|sunday", {}, {}, big_favour, business, "Ask my former boss to spend an afternoon coaching me for my interview"},
    // a talk or a workshop prepared for my group, my part of a report written for me
    {"prepare|preparing|give|giving|write|writing|run|running a|an talk|lecture|workshop|seminar|speech|class ~3 for|at my|our", {}, {}, big_favour, business, "Ask my friend Paul to prepare a talk for my book club"},
    {"write|writing|do|doing|finish|finishing my|our section|part|chapter|share|half|essay|homework|assignment|coursework|thesis ~5 for me|us", {}, {}, big_favour, business, "Ask my teammate to write my section of the quarterly report for me"},
    // a budget or a salary pushed far up: a negotiation
    {"double|doubling|triple|tripling ~2 budget|fee|fees|rate|rates|salary|pay|offer|price|rent|bonus", {}, {}, negotiation, asked_about, "Ask the client to double the project budget"},
    {"salary|pay|wage|rate|offer ~2 #num|five|ten|fifteen|twenty|thirty percent|pc above|over|higher|more", {}, {}, negotiation, asked_about, "Ask the interviewer for a starting salary fifteen percent above the offer"},
    // a transfer for good: the job changes
    {"transfer|transferring|relocate|relocating ~4 permanently", {}, job, negotiation, negated, "Ask my manager if I can transfer permanently to the Lyon office"},
    // work taken on, with its order: "please send the purchase order"
    {"send|sign|issue|raise ~2 purchase order|orders", {}, commitment, {}, neg_ask, "Ask the client to send the purchase order for the redesign"},
    // a job asked for outright
    {"for a|an|the full|part ~1 time job|position|post|role|contract", {}, job, negotiation, negated | asked_about, "Ask the bakery manager for a full-time job starting Monday"},
    // a large thing given for free: a meal, a night, a trip
    {"free|complimentary [three|two|four|five] [course] dinner|dinners|meal|meals|lunch|night|nights|stay|holiday|weekend|suite|flight|flights|laptop|phone|bike", {}, {}, big_favour, unguarded, "Ask the waiter for a free three-course dinner"},
    // a business opened together
    {"open|opening|start|starting|launch|launching|run|running a|an|our|the ~2 cafe|shop|business|restaurant|company|bar|bakery|startup|firm|agency|studio ~3 with", {}, commitment, big_favour, negated | asked_about, "Ask your best friend to open a café with you as co-owner"},
    {"as co|joint ~1 owner|owners|founder|founders", {}, commitment, big_favour, negated | asked_about, "Ask Jo to come in as co-owner of the shop"},
    // an instruction to oneself: "ask a stranger to show you around"
    {"to show you around|round ~2 city|town|old|area|neighbourhood|centre|center", {}, {}, big_favour, unguarded, "Ask a stranger in the café to show you around the old town this afternoon"},
    // a sum paid to hold a thing: "with a 1000-euro holding fee"
    {"with|against|on a|the #big ~2 fee|deposit|downpayment", {}, money, {}, negated, "Ask the estate agent to reserve the flat with a 1000-euro holding fee"},
    // a stranger minding my children
    {"watch|watching|mind|minding|look|looking [after] my|our [two|three] kids|children|baby|toddler|son|daughter|boys|girls", {}, {}, big_favour, met_in_passing, "Ask a passer-by to watch my two kids while I pop into the shop"},
    // a whole event organised for me
    {"organise|organize|organising|organizing|plan|planning|arrange|arranging the|my|our whole|entire [surprise|birthday|leaving|engagement|retirement] party|wedding|trip|holiday|event|birthday|move|reunion", {}, {}, big_favour, business, "Ask my friend to organise the whole surprise party for my husband"},
    // staying late to finish my work
    {"stay|staying|work|working late|until|till|past ~3 to|and finish|complete|do|wrap|type", {}, {}, big_favour, business, "Ask the intern to stay until 10 tonight to finish my spreadsheets"},
    // a stranger paying my bill
    {"pay|paying|cover|covering for my|our bill|meal|dinner|drinks|lunch|tab|ticket|fare|groceries|shopping", {}, {}, loan, met_in_passing, "Ask the man at the next table to pay for my meal"},
    {"pay|paying|cover|covering my|our bill|tab|fare|ticket", {}, {}, loan, met_in_passing, "Ask the woman at the next table to pay my bill"},
    // a place closed to visitors
    {"closed|shut|off to the public|visitors", {}, {}, big_favour, unguarded, "Ask the museum guard to let me into the storerooms closed to the public"},
    {"staff only", {}, {}, big_favour, unguarded, "Ask the guard to let me into the staff only area"},
    {"off ~1 limits", {}, {}, big_favour, unguarded, "Ask the guard to let me into the off-limits wing"},
    // an apology demanded in front of others
    {"apologise|apologize|apologising|apologizing|sorry ~3 in front of", {}, {}, confrontation, negated, "You will apologise in front of your whole family at Sunday lunch"},
    {"apologise|apologize|apologising|apologizing|sorry ~2 publicly", {}, {}, confrontation, negated, "Tell him to apologise publicly"},
    // round 108-111: a weekly place on a rota taken on
    {"me|us on|onto|to the|their rota|roster|rotation|schedule ~2 every|each|weekly", {}, commitment, {}, neg_ask, "Ask the food bank coordinator to put me on the rota every Saturday"},
    // everyone's meal paid for
    {"cover|covering|pay|paying|buy|buying [for] everyone|everybody [s] lunch|lunches|dinner|drinks|breakfast|meal|meals|coffees|round|pizza", {}, money, {}, negated | trivial_sum, "Offer in the office group chat to cover everyone's lunch on Friday"},
    // a salary moved up: a raise
    {"salary|pay|wage|wages|rate go|going|move|moving|rise|rising|increase|increased from|to", {}, {}, raise, asked_about, "Say to my manager: could my salary go from £32,000 to £36,000?"},
    // a debt let off
    {"forget|forgive|forgiving|forgetting ~2 #big", {}, {}, loan, negated | business, "Ask my sister to forget the 300 € I still owe her"},
    // a date asked of a match
    {"match|matches ~4 dating ~1 app|apps|site ~8 dinner|drink|drinks|date|coffee|out|meet|walk|movie|film|lunch", {}, {}, declaration, negated, "Ask my match on the dating app if she wants to have dinner with me on Saturday"},
    // a habit of talk with strangers
    {"more small talk", habit, {}, {}, unguarded, "Make more small talk with strangers this month"},
    // a ride from someone met in passing
    {"drive|driving me|us ~4 to", {}, {}, big_favour, met_in_passing, "Ask a man at the bus stop to drive me and the kids to my mother's"},
    // a threat with its condition: "we're skipping Christmas unless he apologises"
    {"unless he|she|they|you apologise|apologises|apologize|apologizes|pays|pay|stops|stop|changes|change|says", {}, ultimatum, confrontation, negated, "Tell my father we're skipping Christmas unless he apologises to my wife"},
    // a meal cooked for a crowd; a slideshow put together
    {"cook|cooking|cater|catering|make|making ~4 all|ten|twelve|fifteen|twenty|thirty|forty|fifty ~3 guests|people|friends", {}, {}, big_favour, business, "Ask my friend to cook dinner for all twelve of my guests on Saturday"},
    {"put|putting together the|a slideshow|video|album|photobook|scrapbook|montage|film", {}, {}, big_favour, business, "Ask my cousin to put together the slideshow for Grandpa's eightieth"},
    {"make|making|edit|editing the|a slideshow|video|photobook|scrapbook|montage !call|calls|chat", {}, {}, big_favour, business, "Ask my niece to make the video for the anniversary party"},
    // round 112-115: a tenancy or an account put in my name
    {"tenancy|lease|contract|account|bill|bills|mortgage into|in my|our name|names", {}, commitment, {}, neg_ask, "Ask the letting agent to transfer the tenancy into my name from next month"},
    // a paid entry: "register me for the april marathon, 90 fee"
    {"register|registering|enter|entering|enrol|enroll|sign me|us ~6 #big", {}, money, {}, negated | asked_about, "Ask the race desk to register me for the April marathon, 90 fee"},
    // a fixed deal for years
    {"two|three|four|five|2|3|4|5 ~1 year fixed|contract|deal|tariff|plan|lease|subscription|membership", {}, commitment, {}, negated | asked_about, "Ask the energy supplier to switch me to a two-year fixed tariff"},
    // notice given: the tenancy ends
    {"notice to leave|vacate|quit|end|terminate", {}, commitment, {}, negated | asked_about, "Ask the letting agent to process my notice to leave the flat at the end of June"},
    // a price rise accepted
    {"for a|an #big ~2 premium|increase|surcharge|supplement|upgrade", {}, money, {}, negated, "Ask the insurer to add my son as a named driver for a 300 pound premium increase"},
    // how I am treated: "stop ignoring my emails"
    {"stop|quit ignoring|blanking|dismissing|interrupting|undermining|patronising|patronizing|belittling", {}, {}, confrontation, negated, "Ask the letting agent to stop ignoring my emails"},
    {"even know|knows|knew|care|cares|bother|bothers|listen|listens", {}, {}, confrontation, negated, "Ask the council officer whether he even knows how to do his job"},
    // someone's own time: after closing, during their lunch break
    {"after closing|hours", {}, {}, big_favour, unguarded, "Ask the pharmacist to drive my prescription to my house after closing time"},
    {"during|on|in|over her|his|their|your [own] lunch|break|breaks|day|holiday|holidays|weekend|evening|evenings", {}, {}, big_favour, unguarded, "Ask the tax office employee to look at my file during her lunch break"},
    {"extra|additional|private|separate|special ~2 lesson|session|class|tutorial ~3 just|only for me|us", {}, {}, big_favour, unguarded, "Ask the history teacher to prepare an extra revision lesson just for me"},
    {"write|writing|draft|drafting my|our [personal|cover|motivation|wedding|best] statement|letter|cv|resume|application|speech|toast ~3 for me|us", {}, {}, big_favour, business, "Ask my tutor to write my personal statement for me"},
    // a role asked for: "make me vice-captain"
    {"make|name|appoint|made|named me ~1 captain|vice|president|chair|head|lead|leader|manager|director|treasurer|prefect", {}, {}, promotion, asked_about, "Ask the head coach to make me vice-captain"},
    // a role taken on
    {"volunteer|volunteering to direct|run|lead|organise|organize|coach|chair|coordinate|manage|host", {}, commitment, {}, neg_ask, "Volunteer to direct the drama society's spring play"},
    {"i accept the|your|this ~3 place|offer|position|job|post|spot|role", {}, commitment, {}, negated, "Tell the exchange office I accept the year-abroad place in Lyon"},
    {"for the rest of my|the|this course|year|degree|gcses|studies|term|contract|tenancy|career|season", {}, commitment, {}, neg_ask | lent, "Ask the school office to switch me from German to Spanish for the rest of my GCSEs"},
    {"promise|promising to ~8 every|all ~5 year|season|month", {}, commitment, big_favour, negated, "Ask my dance partner to promise to enter every competition with me this year"},
    // a goal to be seen: "try to get noticed"
    {"get|getting|be|being noticed|recognised|recognized|appreciated|respected|accepted", no_ask, {}, {}, unguarded, "Try to get noticed by the selectors this season"},
};

// Trades and the work they do: the work of one asked of someone who has another is a
// service outside their trade. Someone at a counter, a desk or a bar has no trade work
// here, so any of it is outside theirs.
constexpr Trade trades[] = {
    {"vehicles", "mechanic|mechanics|garage|tyre|tyres|tire|bike|bikes|cycle|cycles|motorbike|repair|repairer|repairs|dealer|dealership|motor", "Ask the mechanic to check my brakes"},
    {"plumbing", "plumber|plumbers|heating|boiler|gas|handyman|caretaker|janitor|landlord|maintenance|contractor|builder|builders", "Ask the plumber to fix the leak under my sink"},
    {"electrics", "electrician|electricians|electrical|handyman|caretaker|janitor|landlord|maintenance|contractor|builder|builders", "Ask the electrician to check the fuse box"},
    {"carpentry", "carpenter|joiner|handyman|caretaker|janitor|landlord|maintenance|contractor|builder|builders|furniture|locksmith|glazier|fitter|installer", "Ask the carpenter to fix my wardrobe door"},
    {"decorating", "painter|painters|decorator|decorators|handyman|builder|builders|contractor|tiler|plasterer|landlord|caretaker", "Ask the decorator to paint my hallway"},
    {"building", "roofer|roofers|builder|builders|contractor|handyman|bricklayer|landlord|caretaker|sweep", "Ask the roofer to clear my gutters"},
    {"computers", "technician|tech|techie|helpdesk|developer|programmer|repair|repairer|repairs|geek|engineer|support|phone|computer|electronics", "Ask the technician to look at my laptop"},
    {"health", "doctor|doctors|gp|nurse|pharmacist|chemist|pharmacy|dentist|physio|physiotherapist|optician|midwife|paramedic|medic|surgeon|dermatologist|clinic|vet|osteopath", "Ask the pharmacist to look at the rash on my arm"},
    {"writing", "teacher|tutor|editor|writer|journalist|translator|professor|lecturer|copywriter|secretary|proofreader", "Ask my tutor to proofread my essay"},
    {"paperwork", "accountant|bookkeeper|lawyer|solicitor|notary|adviser|advisor|advice|clerk|officer|council|office|secretary|bank|counsellor|caseworker|social|consulate|embassy", "Ask the adviser at the council to help me fill in the housing form"},
    {"accounts", "accountant|bookkeeper|bank|banker|tax|adviser|advisor|financial", "Ask the accountant to check my tax return"},
    {"advice", "adviser|advisor|consultant|mentor|accountant|banker|bank|investor|coach|business", "Ask my mentor about my business plan"},
    {"law", "lawyer|solicitor|notary|barrister|paralegal|conveyancer|estate|letting|landlord", "Ask the solicitor to read my lease"},
    {"baking", "baker|bakers|bakery|pastry|patisserie|cake|caterer|catering|chef|cook", "Ask the baker to bake a cake for Sunday"},
    {"cooking", "chef|cook|cooks|caterer|catering|restaurant|kitchen|canteen|cafeteria|deli|takeaway", "Ask the chef to cook dinner for twelve"},
    {"sewing", "tailor|seamstress|dressmaker|alterations|cobbler|cleaners|dry|laundry|launderette", "Ask the tailor to hem my trousers"},
    {"hair", "hairdresser|hairdressers|barber|barbers|stylist|salon|beautician", "Ask the barber to trim my beard"},
    {"gardens", "gardener|gardeners|landscaper|florist|nursery|tree|surgeon", "Ask the gardener to prune the apple tree"},
    {"driving", "taxi|cab|cabbie|driver|chauffeur|uber|minicab|coach|instructor", "Ask the taxi driver to drive me to the station"},
    {"cleaning", "cleaner|cleaners|housekeeper|housekeeping|maid|janitor|caretaker|valet|carwash|organiser|organizer", "Ask the cleaner to tidy my flat"},
    {"moving", "movers|removal|removals|porter|porters|handyman", "Ask the movers to carry the piano upstairs"},
    {"design", "designer|graphic|printer|printers|agency|developer|web|artist|illustrator|studio", "Ask the designer to draw a logo for my shop"},
    {"repairs", "repair|repairer|repairs|cobbler|handyman|luggage", "Ask the cobbler to fix my suitcase"},
    {"visits", "plumber|electrician|builder|builders|handyman|carpenter|joiner|locksmith|roofer|decorator|painter|glazier|tiler|fitter|installer|engineer|technician|cleaner|cleaners|housekeeper|maid|gardener|landscaper|nurse|midwife|doctor|gp|vet|courier|delivery|postman|postwoman|movers|removal|removals|caterer|tutor|babysitter|nanny|sitter|walker|carer|caretaker|landlord|agent|surveyor|inspector|sweep|exterminator", "Ask the electrician to come round to my flat"},
    {"counter", "receptionist|cashier|clerk|assistant|salesperson|salesman|saleswoman|shopkeeper|librarian|guard|concierge|steward|stewardess|conductor|porter|usher|bouncer|trainer|lifeguard|bookseller|newsagent|teller|hostess|waiter|waitress|barista|bartender|barman|cafe|pub|butcher|fishmonger|grocer", "Ask the receptionist to fix my bike"},
};

constexpr TradeWork trade_work[] = {
    {"vehicles", "fix|fixing|repair|repairing|mend|mending|service|servicing|adjust|adjusting|check|checking|tighten|tightening|pump|inflate|patch|patching|true|bleed ~5 brakes|brake|tyre|tyres|tire|tires|puncture|gears|chain|engine|clutch|exhaust|spokes|derailleur|suspension", "Ask the baker to repair the brakes on my bicycle"},
    {"vehicles", "fix|fixing|repair|repairing|mend|mending|service|servicing ~5 my|our|his|her ~3 bike|bicycle|car|van|motorbike|scooter|moped", "Ask the librarian to repair my bike"},
    {"vehicles", "look|looking at ~4 my|our ~3 bike|bicycle|car|van|motorbike|scooter|engine|brakes|tyres|chain|gears", "Ask the waiter to look at my car engine"},
    {"plumbing", "fix|fixing|repair|repairing|mend|mending|unblock|unblocking|unclog|unclogging|install|installing|plumb|bleed|bleeding|replace|replacing|service|servicing ~5 boiler|sink|tap|taps|toilet|loo|shower|leak|pipe|pipes|radiator|radiators|drain|bath|dishwasher|heater|plumbing", "Ask the cashier to fix the leak in my bathroom"},
    {"plumbing", "look|looking at ~4 my|our|the ~3 boiler|sink|tap|taps|toilet|shower|leak|pipes|radiator|radiators|drain|heating|plumbing", "Ask the taxi driver to have a look at my boiler"},
    {"electrics", "fix|fixing|repair|repairing|install|installing|rewire|rewiring|replace|replacing|check|checking|look|looking ~5 wiring|socket|sockets|fuse|fuses|fusebox|electrics|circuit", "Ask the plumber to check a socket"},
    {"carpentry", "fix|fixing|repair|repairing|mend|mending ~5 my|our ~3 table|chair|chairs|drawer|drawers|door|doors|wardrobe|bed|sofa|gate|shelf|shelves|window|windows|cupboard|lock|fence|floor|floorboards|cabinet|desk|stairs", "Ask the hairdresser to fix the wobbly leg on my kitchen table"},
    {"carpentry", "put|putting|mount|mounting up ~3 shelf|shelves|curtains|curtain|blinds|mirror|tv|cupboard|cabinet|cabinets", "Ask the bookseller to put up my shelves"},
    {"carpentry", "hang|hanging|mount|mounting ~3 shelf|shelves|curtains|curtain|blinds|mirror|tv|cabinet|cabinets|pictures|picture|frames", "Ask the bookseller to hang my new curtains"},
    {"carpentry", "assemble|assembling|build|building ~4 wardrobe|bed|desk|shelves|furniture|cupboard|shed|fence", "Ask the barista to assemble my new wardrobe"},
    {"decorating", "paint|painting|repaint|repainting|wallpaper|wallpapering ~4 my|our|the ~3 room|wall|walls|door|fence|kitchen|bedroom|house|flat|ceiling|hallway|shed|lounge", "Ask the florist to paint my kitchen"},
    {"building", "fix|fixing|repair|repairing|mend|mending|clear|clearing ~5 roof|gutter|gutters|chimney|tiles", "Ask the postman to clear my gutters"},
    {"computers", "fix|fixing|repair|repairing|set|setting|sort|sorting|reinstall|reinstalling|install|installing|update|updating|speed|speeding|format|formatting|unlock|unlocking|configure|configuring ~5 my|our|his|her ~3 laptop|computer|pc|mac|printer|router|wifi|tablet|ipad|website|software|network|phone|iphone|smartphone|mobile|screen|console", "Ask the plumber to set up my new printer"},
    {"computers", "look|looking at ~4 my|our ~3 laptop|computer|pc|mac|printer|router|wifi|tablet|ipad|website|software|network|phone|iphone|smartphone|screen", "Ask the cashier to look at my laptop"},
    {"health", "look|looking|examine|examining|diagnose|diagnosing|treat|treating ~5 rash|mole|lump|spot|spots|symptoms|wound|bite|swelling|bruise|sprain|burn|infection|tooth|teeth|throat|eye|ear|knee|ankle|wrist|blister|cough|allergy", "Ask the baker to look at the rash on my arm"},
    {"health", "check|checking ~5 rash|mole|lump|symptoms|wound|bite|swelling|bruise|sprain|burn|infection|blister", "Ask the florist to check this mole on my back"},
    {"health", "what ~3 rash|mole|lump|bite|spot|spots|symptoms|swelling|bruise|blister", "Ask the receptionist to tell me what this rash is"},
    {"health", "prescribe|prescribing|diagnose|diagnosing|vaccinate|vaccinating", "Ask the receptionist to diagnose my cough"},
    {"writing", "write|writing|draft|drafting|rewrite|rewriting ~5 my|our|me|a ~3 speech|toast|eulogy|cv|resume|essay|dissertation|thesis|bio|vows|lyrics|poem|novel", "Ask the mechanic to help me write my wedding speech"},
    {"writing", "translate|translating ~4 my|our|this|the|whole|entire ~3 lease|letter|contract|document|documents|cv|essay|thesis|forms|paperwork|certificate|certificates|book|website|diploma", "Ask the receptionist to translate my whole lease into Spanish"},
    {"writing", "proofread|proofreading|edit|editing|correct|correcting ~4 my|our ~3 essay|thesis|dissertation|cv|resume|report|novel|book|manuscript|speech|letter|application", "Ask the hairdresser to proofread my thesis"},
    {"paperwork", "fill|filling|complete|completing ~5 application|form|forms|visa|paperwork|claim|passport", "Ask the electrician if he could help me fill in my visa application"},
    {"paperwork", "help|helping ~3 with my|our ~3 visa|paperwork|application|tax|taxes|forms", "Ask the waiter to help me with my visa paperwork"},
    {"accounts", "do|doing|fill|filling|file|filing|check|checking|sort|sorting|prepare|preparing|look|looking|go|going|help|helping ~4 my|our ~3 tax|taxes|accounts|bookkeeping|payroll", "Ask the pharmacist to go through my tax return with me"},
    {"advice", "business plan|plans|proposal|model|idea|ideas|pitch", "Ask the dentist what she thinks of my business plan"},
    {"law", "check|checking|read|reading|review|reviewing|look|looking|go|going|draft|drafting ~4 my|our|the ~3 lease|deed|deeds|divorce|tenancy|prenup|custody", "Ask the mechanic to read through my lease"},
    {"law", "check|checking|read|reading|review|reviewing|draft|drafting ~3 my|our will|wills", "Ask the baker to draft my will"},
    {"baking", "bake|baking ~4 cake|cakes|bread|pie|pies|biscuits|cookies|cupcakes|muffins|tart|tarts|loaf|pastries", "Ask the cashier to bake a cake for my son's party"},
    {"cooking", "cook|cooking|cater|catering ~4 dinner|lunch|meal|meals|breakfast|curry|buffet|party|wedding", "Ask the librarian to cook dinner for my guests"},
    {"sewing", "sew|sewing|stitch|stitching|restitch|restitching|hem|hemming|darn|darning|reupholster", "Ask the barista to sew a button on my coat"},
    {"sewing", "alter|altering|iron|ironing ~4 my|our ~3 trousers|dress|jacket|suit|coat|skirt|shirt|shirts|jeans|curtains", "Ask the receptionist to iron my shirt"},
    {"hair", "cut|cutting|trim|trimming|dye|dyeing|colour|colouring|color|coloring|style|styling|braid|braiding|shave|shaving ~3 my|our|his|her ~2 hair|beard|fringe|moustache|nails", "Ask the waitress to cut my hair"},
    {"gardens", "mow|mowing|prune|pruning|weed|weeding ~4 my|our|the ~3 lawn|garden|hedge|hedges|roses|tree|trees|beds|grass", "Ask the postman to mow my lawn"},
    {"gardens", "trim|trimming|cut|cutting ~4 my|our ~3 hedge|hedges|lawn|grass|tree|trees|branches", "Ask the cashier to trim my hedge"},
    {"driving", "drive|driving me|us !crazy|mad|nuts|insane|up", "Ask the station guard to drive me to Leeds"},
    {"driving", "give|giving me|us a lift|ride", "Ask the cashier to give me a lift home"},
    {"cleaning", "clean|cleaning|tidy|tidying|hoover|hoovering|vacuum|vacuuming|scrub|scrubbing|declutter|decluttering ~4 my|our ~3 flat|house|room|kitchen|bathroom|car|wardrobe|garage|loft|office|home|apartment|windows|oven", "Ask the barber to clean my flat"},
    {"cleaning", "sort|sorting out ~4 my|our ~3 wardrobe|garage|loft|cupboards|closet|flat|house|kitchen", "Ask the shop assistant to sort out my wardrobe"},
    {"moving", "carry|carrying|lift|lifting|move|moving|haul|hauling ~5 sofa|couch|fridge|wardrobe|piano|furniture|bed|mattress|freezer|cooker", "Ask the taxi driver to help me carry my sofa up to my flat"},
    {"design", "design|designing|draw|drawing|build|building|code|coding|make|making|create|creating ~3 logo|website|app|poster|flyer|flyers|brochure|invitation|invitations", "Ask the barista to design a logo for my business"},
    {"repairs", "fix|fixing|repair|repairing|mend|mending ~5 my|our ~3 umbrella|suitcase|pram|buggy|pushchair|zip|shoe|shoes|heel|bag|watch|handbag|stroller", "Ask the florist to fix my pushchair"},
    {"repairs", "look|looking at ~4 my|our ~3 umbrella|suitcase|pram|buggy|pushchair|stroller|zip|watch", "Ask the barista to have a look at my broken pushchair"},
    {"visits", "come|coming|pop|popping|drop|dropping|swing|swinging|go|going ~3 my|our home|house|flat|place|apartment", "Ask the shop assistant to come to my home"},
};

constexpr sv negations[] = {"without", "before", "not", "never", "no", "instead", "rather",
                            "nor", "avoid", "avoiding", "prior", "freeze", "freezing", "pause",
                            "pausing", "suspend", "suspending"};
constexpr sv question_words[] = {"how", "when", "what", "which", "where", "why", "who",
                                 // a copy of a signed paper is asked for, not signed
                                 "copy", "copies", "scan", "photocopy",
                                 "info", "information", "details", "conditions",
                                 "terms", "form", "rules", "policy", "procedure", "steps",
                                 // an explanation asked for: "explain the $1,200 line on the invoice"
                                 "explain", "explanation", "clarify", "breakdown",
                                 // a job description is read, not applied for
                                 "description"};
// ... and what one tries: "try on the £200 jacket" pays nothing
constexpr sv price_words[] = {"on the menu", "per person|head", "split|splitting ~3 bill|check|tab|ways", "include|includes",
                              "try|trying on|out the|a", "test drive|driving", "<asking price", "hold|holding|keep|keeping the|this|that|a #amount", "whether|if ~4 is|are|costs|cost #amount", "prices", "pricing", "cost", "costs", "costing",
                              "quote", "quotes", "estimate", "estimates", "fee", "fees",
                              "rate", "rates", "discount", "discounts", "tariff", "budget",
                              // a receipt is for a sum paid; a price found fair is asked about
                              "receipt", "receipts", "sound|sounds|seem|seems fair|reasonable|right|ok|okay",
                              // a price asked about: "is the €15 on the lamp firm?"
                              "firm|negotiable ?",
                              // a haggle: "would they do two scarves for 15 quid"
                              "you|they|he|she d|would do|take|accept ~4 for #amount",
                              // whether a sum comes back is asked about: "is the £900 deposit refundable?"
                              "refundable",
                              // what is still for sale is asked about: "is it still available?"
                              "still available|free|for sale", "on sale",
                              // a price that names the thing asked about: "whether the £45 boots come in a size 8"
                              "whether|if the|these|this|that|those #amount",
                              "how much", "expensive", "cheaper", "cheap", "charge", "charges",
                              // a ceiling, change, the means of paying a sum already due: asking,
                              // not committing (an offer to buy at a price does commit)
                              "under|below|within|max|maximum #amount", "less|no more than #amount",
                              "at most #amount", "up to #amount",
                              "break|change a|my|this|the #amount", "fair|reasonable|decent|normal|usual|going|right fare|price|rate", "fare", "fares",
                              // a lower sum offered instead of the one asked: a discount asked for
                              "#amount ~5 instead of #amount", "#amount ~5 rather than #amount", "change for a|my|this|the #amount", "in|with cash|coins", "by card|cheque|check"};
constexpr sv incoming_money[] = {"ask|asking ~3 for #amount", "chase|chasing", "give|giving|gift|send|sending|wire|transfer me|us", "as a|an|my ~1 gift|present",
                                 "for my|our birthday|christmas|wedding|graduation", "return", "returns", "returned", "lower", "lowering", "reduce", "reduction", "cut", "refund", "refunds", "reimburse", "reimbursed", "reimbursement", "expense", "expensing", "expensed", "claim|claiming back|for",
                                 "back", "owe", "owes", "owed", "raise", "salary", "wage",
                                 "bonus", "paid", "compensation", "rise", "increase",
                                 // a note changed for coins is no payment
                                 "note|notes|bill|bills for coins|change|smaller",
                                 // held with nothing put down: "till Sunday, no deposit"
                                 "no|without a|any deposit|payment|money",
                                 // a sum taken off a price is asked for, not paid
                                 "#amount off the|a|an|my|your|his|her|their|our|its|it|each|per|this|that", "knock|knocking|take|taking ~5 off",
                                 // a fine or a fee waived is money not paid
                                 "waive|waiving|waived", "write|writing off",
                                 "cancel|cancelling|canceling|remove|removing|scrap|scrapping|drop|dropping|lift|overturn ~4 fine|fines|fee|fees|charge|charges|penalty|penalties|ticket|surcharge",
                                 // money owed to me, asked for: "Venmo me the $14", "your share of the pizza"
                                 "venmo|paypal|revolut|zelle|cashapp|monzo|bank|transfer|send|ping me|us", "your|his|her|their share", "your|his|her|their #amount share",
                                 // paid by the other, out of their own pocket: a gift, not a debt
                                 "pay|paying|cover|covering ~6 herself|himself|themselves|yourself", "out of her|his|their|your own pocket"};
constexpr sv public_places[] = {"public comment|comments|reply|review|post", 
    "public instagram|facebook|twitter|tiktok|profile|page|account|story|feed|channel",
    "in front of ~2 everyone|everybody|team|class|colleagues|coworkers|people|others|family|guests|friends|staff|customers|them|boss|clients|audience|crowd|office|group|whole|all|department|neighbours|residents",
    "residents meeting", "the|our congregation|parish",
    "at|during|in the|a ~2 meeting|meetings|assembly|standup|conference|party|wedding|dinner",
    "at|during the ~3 annual|general|members|residents|parish meeting|assembly",
    "all hands", "all company", "company wide",
    "whole company|office|team|class|school|family|department|floor", "all staff",
    "slack|teams|team|work|office|staff|family|whatsapp|group|public|company channel|chat|thread|group",
    "neighbourhood|neighborhood|community|local|facebook|whatsapp|parents|class|street|building [facebook|whatsapp|telegram|signal|messenger] group|chat|forum|page|thread|app",
    "publicly", "in public",
    "on social media", "on facebook|twitter|instagram|linkedin|tiktok|reddit|nextdoor",
    "mailing list", "reply all", "on the radio", "on air", "the press", "in class", "on stage",
    "general meeting", "everyone at", "fundraiser|crowdfunding|gofundme", "online",
    "one|1|two|2 star|stars", "bad|negative|angry|scathing review", "under my real|own|full name"};
constexpr sv public_acts[] = {"post|leave|write|posting|leaving ~3 comment|comments|review", "announce|announcing|announcement", "aloud", "objection|objections", "post|posting|posted ~9 that|about",
                              "post|posting|posted a|the|his|her|their|my|our photo|picture|video|review|screenshot|name",
                              "publish|publishing", "petition|petitions", "tweet|tweeting", "declare|declaring",
                              "denounce|denouncing", "expose|exposing", "shout|shouting",
                              "call|calling out", "<the|a|s|daily|morning|weekly|team|our|my|next|this|tomorrow stand up", "broadcast", "tell everyone", "tell|telling|promise|promising the|my|our whole|entire|full ~6 that",
                              "reply all", "cc|ccing everyone|all", "publicly", "crowdfunding|gofundme",
                              "leave|leaving|post|posting|write|writing ~4 review"};
constexpr sv lending[] = {"lend", "lends", "lending", "loan", "borrow", "borrows", "borrowing"};
constexpr sv possibility[] = {"if|whether i|we can|could"};
constexpr sv addressed[] = {"you"};
// a bare number followed by one of these is a sum: "lend me 300 till Friday", "20 for the taxi"
constexpr sv sum_followers[] = {"for", "to", "until", "till", "til", "by", "before", "and", "a", "per", "fee", "fees"};
// a bare number after one of these names a thing: "bus 38", "room 12", "gate 45"
// a short length of time said: the `brief` guard
constexpr sv ways_asked[] = {"how", "where"};
constexpr sv brief_times[] = {"#num|one|two|three|four|five|ten|fifteen|twenty|thirty minute|min|second", "for|about|around|just|only [a] few|couple|ten|five|fifteen|twenty|two|three [of] minutes|mins", "for|about|around|just|only [a] minute|moment|sec|second", "half an hour", "twice", "quick|quickly", "one|1|single page", "#num words"};
constexpr sv number_labels[] = {"bus", "route", "line", "platform", "gate", "room", "table", "seat", "row",
                                "flat", "apartment", "unit", "door", "floor", "level", "page", "chapter",
                                "exercise", "question", "flight", "train", "number", "no", "aisle", "locker", "desk", "ward", "bed"};
// the person is a stranger, whoever they are: "I know we've only just met"
constexpr sv just_met[] = {"hardly|barely know me|us", "only just met", "just met", "never met", "don t|do not know each other",
                           "don t|do not know you", "total|complete stranger", "i|we ve|have never met|spoken",
                           "i|we have|ve not met", "i|we haven t met",
                           "next table",
                           // what one says to someone one does not know: "Excuse me, ...", "Sir, ..."
                           "excuse me", "sorry to bother you", "sir|madam|ma am ,"};
constexpr sv possessives[] = {"my _", "your _", "his _", "her _", "their _", "our _", "the boss",
                              "the manager", "the landlord", "the neighbour", "the neighbor"};

// ------------------------------------------------------------------------------------
// Clarity warnings

constexpr WarningRule warnings[] = {
    {"maybe|perhaps|possibly", WarningKind::hedge, "Maybe ask for the bill"},
    {"i was wondering if|whether [i|we] [could|might|can]", WarningKind::hedge, "I was wondering if I could leave early"},
    {"i wonder if|whether", WarningKind::hedge, "I wonder if the shop is open"},
    {"if possible", WarningKind::hedge, "Ask for a lift if possible"},
    {"if you do not mind", WarningKind::hedge, "Ask for a lift if you do not mind"},
    {"if he|she|they|you do|does not mind", WarningKind::hedge, "Ask for the key if she does not mind"},
    {"[only] if it s|is not too much trouble", WarningKind::hedge, "Ask for a lift if it is not too much trouble"},
    {"[only] if it s|is not too much to ask", WarningKind::hedge, "Ask for a lift if it is not too much to ask"},
    {"[only] if it s|is no trouble|bother", WarningKind::hedge, "Ask for a lift if it is no trouble"},
    {"[only] if that s|is ok|okay|alright|fine", WarningKind::hedge, "Ask for a lift if that is ok"},
    {"[only] if you|he|she|they have|has time", WarningKind::hedge, "Ask for a lift if you have time"},
    {"[only] if you|he|she|they have|has a moment|minute|sec|second", WarningKind::hedge, "Ask for a lift if you have a minute"},
    {"[only] if it s|is convenient", WarningKind::hedge, "Ask for a lift if it is convenient"},
    {"no pressure", WarningKind::hedge, "Ask for a lift, no pressure"},
    {"by any chance", WarningKind::hedge, "Ask if they have a pen by any chance"},
    {"kinda|sorta", WarningKind::hedge, "Kinda ask for a lift"},
    {"i guess|suppose", WarningKind::hedge, "Ask for a lift, I guess"},
    {"sorry to bother|disturb|ask|trouble|interrupt|bug [you|him|her|them]", WarningKind::apology, "Sorry to bother you, can I sit here?"},
    {"sorry to be a pain", WarningKind::apology, "Sorry to be a pain, can I get a bag?"},
    {"i am [so|really|very|terribly] sorry", WarningKind::apology, "I am so sorry, can I get a bag?"},
    {"so|really|very sorry", WarningKind::apology, "Really sorry, can I get a bag?"},
    {"sorry", WarningKind::apology, "Sorry, can I get a bag?"},
    {"apologies", WarningKind::apology, "Apologies, can I get a bag?"},
    {"<to excuse me for", WarningKind::apology, "Excuse me for asking, can I get a bag?"},
    {"<to forgive me for", WarningKind::apology, "Forgive me for asking, can I get a bag?"},
    {"i hate to ask|bother", WarningKind::apology, "I hate to ask, can I get a bag?"},
    {"i know ~12 but", WarningKind::self_deprecation, "I know you are busy but can I get a bag?"},
    {"i know it s|is a lot", WarningKind::self_deprecation, "I know it is a lot, can you help?"},
    {"i know it|this|that s|is stupid|silly|dumb|annoying|weird|cheeky|random", WarningKind::self_deprecation, "I know it is silly, can I get a bag?"},
    {"probably stupid|silly|dumb", WarningKind::self_deprecation, "It is probably stupid, can I get a bag?"},
    {"stupid|silly|dumb question", WarningKind::self_deprecation, "Silly question, is the shop open?"},
    {"i am useless|hopeless|pathetic|annoying|terrible", WarningKind::self_deprecation, "I am hopeless, can you help with the form?"},
    {"i am [probably] being silly|stupid|annoying|a", WarningKind::self_deprecation, "I am being silly, can I get a bag?"},
    {"i feel bad asking", WarningKind::self_deprecation, "I feel bad asking, can I get a bag?"},
    {"it s|is just a tiny|small|little thing", WarningKind::minimiser, "It is just a small thing, can I get a bag?"},
    {"just a tiny|small|little|quick thing", WarningKind::minimiser, "Just a quick thing, can I get a bag?"},
    {"nothing big|serious|major", WarningKind::minimiser, "Nothing big, can I get a bag?"},
    {"no big deal", WarningKind::minimiser, "No big deal, can I get a bag?"},
    {"it s|is nothing", WarningKind::minimiser, "It is nothing, can I get a bag?"},
    {"real quick", WarningKind::minimiser, "Real quick, can I get a bag?"},
    {"quick question", WarningKind::minimiser, "Quick question, is the shop open?"},
    // "just" of time ("the meeting I just missed", "he has just left") is no minimiser.
    {"<have|has|had|ve|s|d just|simply|merely !*ed|got|left|came|went|saw|heard|now|arrived|bought|sent|made|gone|done|been|lost|found|told|met|spoke|took|began|ran|rang|sold|won|broke", WarningKind::minimiser, "I just want a bag"},
    {"just wanted|needed|hoped|wondered", WarningKind::minimiser, "I just wanted to ask for a bag"},
};

// ------------------------------------------------------------------------------------
// Money, numbers, shorthands

constexpr Currency currencies[] = {
    {"euros", 1}, {"euro", 1}, {"eur", 1}, {"dollars", 1}, {"dollar", 1}, {"usd", 1},
    {"bucks", 1}, {"buck", 1}, {"quid", 1}, {"pounds", 1}, {"pound", 1}, {"gbp", 1}, {"francs", 1}, {"franc", 1}, {"chf", 1},
    {"cents", 0.01}, {"pence", 0.01}, {"p", 0.01}, {"grand", 1000}, {"k", 1000}, {"worth", 1},
    // notes said by name: "a fiver", "a tenner", "a grand"
    {"fiver", 5}, {"fivers", 5}, {"tenner", 10}, {"tenners", 10},
    // other currencies, by code or name, at a rough rate to the euro: the checker only
    // needs to tell a coin from a debt ("KES 95,000", "2,000 rupees")
    {"cad", 0.7}, {"aud", 0.6}, {"nzd", 0.55}, {"sgd", 0.7}, {"hkd", 0.12}, {"jpy", 0.006}, {"yen", 0.006},
    {"cny", 0.13}, {"yuan", 0.13}, {"rmb", 0.13}, {"inr", 0.011}, {"rupees", 0.011}, {"rupee", 0.011},
    {"kes", 0.007}, {"shillings", 0.007}, {"zar", 0.05}, {"rand", 0.05}, {"ngn", 0.0006}, {"naira", 0.0006},
    {"sek", 0.09}, {"nok", 0.09}, {"dkk", 0.13}, {"kr", 0.09}, {"kronor", 0.09}, {"kroner", 0.09}, {"krona", 0.09},
    {"pln", 0.23}, {"zł", 0.23}, {"zloty", 0.23}, {"zlotys", 0.23}, {"czk", 0.04}, {"huf", 0.0025}, {"forints", 0.0025},
    {"mxn", 0.05}, {"pesos", 0.05}, {"brl", 0.17}, {"reais", 0.17}, {"aed", 0.25}, {"dirhams", 0.1},
    {"lira", 0.03}, {"xof", 0.0015}, {"fcfa", 0.0015}, {"cfa", 0.0015}, {"tnd", 0.3}, {"dinars", 0.3}};

constexpr NumberWord number_words[] = {
    {"a", 1}, {"an", 1},  // "a fiver", "a grand", "a hundred quid"
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
    {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60},
    {"seventy", 70}, {"eighty", 80}, {"ninety", 90}, {"hundred", 100}, {"thousand", 1000}, {"lakh", 100000}, {"lakhs", 100000}, {"crore", 10000000},
    {"million", 1000000}, {"couple", 2}, {"a", 1}};

// an instruction to oneself: its opener, and the second person read as the asker
constexpr sv self_openers[] = {"ask", "call", "phone", "ring", "offer", "invite", "request", "get", "try", "dare", "go"};
// ("you" stays: "Ask the owner to hire you" is said of the asker, "Ask Jo why you never call" of Jo)
constexpr Respelling own_person[] = {{"your", "my"}, {"yours", "mine"}, {"yourself", "myself"}};
constexpr Respelling hedge_questions[] = {
    {"you could", "Could you"}, {"you can", "Can you"}, {"you would", "Would you"},
    {"you might", "Could you"}, {"you will", "Will you"}};

constexpr Respelling respellings[] = {
    {"im", "i am"},          {"dont", "do not"},       {"didnt", "did not"},
    {"doesnt", "does not"},  {"cant", "can not"},      {"cannot", "can not"},
    {"wont", "will not"},    {"isnt", "is not"},       {"wasnt", "was not"},
    {"havent", "have not"},  {"ive", "i have"},        {"youre", "you are"},
    {"u", "you"},            {"ur", "your"},           {"pls", "please"},
    {"plz", "please"},       {"gonna", "going to"},    {"wanna", "want to"},
    {"gotta", "got to"},     {"bc", "because"},        {"thx", "thanks"},
    {"tmrw", "tomorrow"}, {"n", "and"}, {"borow", "borrow"}, {"sth", "something"}, {"smth", "something"},    {"tmr", "tomorrow"},      {"favor", "favour"},
    {"shes", "she is"},      {"hes", "he is"},         {"theyre", "they are"},
    {"whats", "what is"},    {"thats", "that is"},     {"couldnt", "could not"},
    {"wouldnt", "would not"}, {"shouldnt", "should not"}, {"neighbor", "neighbour"},
    {"&", "and"}, {"cud", "could"}, {"cld", "could"}, {"wud", "would"}, {"wld", "would"}, {"nite", "night"}, {"wk", "week"},            {"aks", "ask"},           {"askk", "ask"},            {"wfh", "work from home"}, {"chk", "check"},
    {"ppl", "people"}, {"sumthing", "something"}, {"sumthin", "something"}, {"somethin", "something"}, {"proofred", "proofread"}, {"ya", "you"}};

}  // namespace

const LangWords& english() {
  static const LangWords w{
      .markers = markers,
      .ask_verbs = ask_verbs,
      .to_someone = to_someone,
      .to_the = {},
      .venues = venues,
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
      .not_infinitives = {},
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
      .elided_forms = {},
      .hedge_questions = hedge_questions,
      .own_person = own_person,
  };
  return w;
}

}  // namespace microask::words
