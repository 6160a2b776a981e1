// The English word tables of the checker. Pattern syntax: see criteria_words.hpp.
// Words are matched folded: "didn't" reads "did not", "he'd" reads "he would", "it's" reads
// "it s", "co-sign" reads "co sign". Alternatives are single words: a phrase with variants
// is written as several rows.
#include <string_view>

#include "criteria_words.hpp"

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
    "boss", "help", "want", "like", "tell", "call", "email", "get", "an", "me", "out"};

// ------------------------------------------------------------------------------------
// Asking, and whom

constexpr AskVerb ask_verbs[] = {
    {"ask|asks|asked|asking", Addressee::object},
    {"request|requests|requested|requesting", Addressee::preposition},
    {"tell|tells|told|telling", Addressee::object},
    {"<the|a|an|my|your|his|her|our|their|this|that|team|group call|calls|calling|phone|phones|ring|text|texts|texting|email|emails|emailing|mail|message|ping|dm|contact|contacting",
     Addressee::object},
    {"<the|a|an|my|your|his|her|our|their|this|that e mail", Addressee::object},
    {"write|writes|writing|talk|talking|speak|speaking|propose|proposing|suggest|suggesting|reach",
     Addressee::preposition},
    {"say|says|said to", Addressee::object},
    {"invite|invites|inviting|remind|reminds|beg|persuade|convince|nudge", Addressee::object},
    {"borrow|borrowing|order|ordering", Addressee::preposition},
    {"check|checking with", Addressee::object},
    {"find|finding out from", Addressee::object},
    {"could|can|would|will you", Addressee::none},
    {"would you mind", Addressee::none},
    {"please", Addressee::none},
};

constexpr sv to_someone[] = {"to", "with", "from"};
constexpr sv venues[] = {"in", "on", "at"};
constexpr sv determiners[] = {"the", "a", "an", "my", "your", "his", "her", "our", "their", "this",
                              "that", "these", "those", "its", "one", "every", "each"};
constexpr sv addressee_ends[] = {
    "the", "a", "an", "my", "your", "our", "their", "this", "that", "these", "those", "some",
    "for", "to", "if", "whether", "why", "how", "what", "when", "where", "which", "who", "whom",
    "about", "and", "or", "but", "so", "because", "since", "as", "with", "from", "in", "on",
    "at", "by", "next", "after", "before", "during", "until", "please", "now", "again", "is",
    "are", "was", "were", "can", "could", "would", "will", "should", "not", "do", "does", "did",
    "more", "less", "out", "up", "off", "over", "back", "he", "she", "it", "i", "we", "they",
    "am", "have", "has", "had", "be", "just", "only", "also", "too", "directly", "politely",
    "nicely", "face", "then", "there", "here", "via", "through", "once", "first", "something",
    "anything", "everything", "things", "stuff", "help", "any", "like", "than", "without",
    "into", "onto", "while", "though", "instead", "way", "whose", "sorry", "maybe", "perhaps"};
constexpr sv links[] = {"of", "s"};
constexpr sv clause_openers[] = {"if", "whether", "why", "how", "what", "when", "where", "which",
                                 "who", "that"};
constexpr sv generic[] = {
    "people", "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "others",
    "other people", "folks", "the world", "around", "random people", "strangers", "the others",
    "all of them", "whoever"};
constexpr sv businesses[] = {
    "bank", "banks", "shop", "store", "company", "firm", "agency", "agent", "office", "desk",
    "service", "gym", "hotel", "dealer", "dealership", "garage", "mechanic", "library", "school",
    "university", "council", "hall", "insurer", "insurance", "pharmacy", "restaurant",
    "supermarket", "vendor", "seller", "landlord", "lender", "taxi", "driver", "airline",
    "clinic", "hospital", "doctor", "plumber", "electrician", "builder", "builders", "movers",
    "removal", "removals", "support", "helpdesk", "reception", "receptionist", "staff", "clerk",
    "cashier", "waiter", "waitress", "provider", "operator", "broker", "advisor", "adviser",
    "accountant", "lawyer", "solicitor", "notary", "hr", "administration", "authority",
    "babysitter", "nanny", "cleaner", "contractor", "courier", "station", "post office",
    "kennel", "kennels", "cattery", "daycare", "nursery", "museum", "cinema", "theatre", "venue"};
constexpr sv time_words[] = {
    "today", "tomorrow", "tonight", "now", "later", "soon", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "weekend",
    "week", "month", "year", "next", "this", "asap", "yesterday", "before", "after"};

// ------------------------------------------------------------------------------------
// Concrete

constexpr Vague vague[] = {
    {"something|smth|sth", Qualified::by_word},
    {"for anything", Qualified::by_word},
    {"stuff", Qualified::never},
    {"<the|these|those|my|your|his|her|our|their|how|what|which|all|two|three|many|few|other|both things",
     Qualified::never},
    {"whatever", Qualified::never},
    {"for|some|any|more|need|little|extra help|assistance|support", Qualified::by_preposition},
    {"a hand", Qualified::by_preposition},
    {"help|helping|assist me|us", Qualified::by_word},
    {"a|some|any|for|more|your|his|her advice|tips|pointers", Qualified::by_preposition},
    {"some|any|more|for info|information|details|insight|insights", Qualified::by_preposition},
    {"a favour|favor", Qualified::by_preposition},
    {"a question !about|on|regarding|concerning|for", Qualified::never},
    {"what i want|need|deserve", Qualified::never},
};

constexpr sv specifiers[] = {"with", "for", "about", "on", "regarding", "concerning", "in", "of",
                             "to _", "*ing"};

constexpr Bundle bundles[] = {
    {"and also|too|additionally", false},
    {", also", false},
    {"also ask|asking", false},
    {"as well as", false},
    {"and then", false},
    {"then ask|asking", false},
    {", then", false},
    {"plus", false},
    {"and ask|asking|request|tell|remind|email|text|call", false},
    {"and whether|if", false},
    {"and for", false},
    {"and to _", false},
    {"and lend|give|send|bring|take|feed|pick|fix|buy|get|pass|tell|sign|pay|keep|let|drive|print|swap|explain|read|write|share|help|collect|hold|carry|put|make|find|clean|cancel|confirm|reserve|add|remove|open|close|forward|invite|introduce|join|borrow|call|look|water|walk",
     true},
};

constexpr sv infinitive_marks[] = {"to _"};
constexpr sv justifications[] = {
    "because", "cause", "cuz", "coz", "since", "as i|we|it|my|the|they|he|she", "given that",
    "seeing as|that", "the reason is", "considering", "it s|has been", "i already",
    "after all", "especially since|as|because"};

// ------------------------------------------------------------------------------------
// The triggers: what each pattern does to concrete, reversible and low_cost.

constexpr unsigned neg_ask = negated | asked_about;

constexpr Rule rules[] = {
    // pattern                                          concrete     reversible      low_cost        guards
    // --- habits and goals: not one ask
    {"more often|regularly|frequently", habit, {}, {}, asked_about | of_the_ask},
    {"regularly|frequently|systematically|routinely", habit, {}, {}, asked_about | of_the_ask},
    {"start|begin|starting|beginning|started asking", habit, {}, {}},
    {"start|begin|starting|beginning to ask", habit, {}, {}},
    {"get|getting used to asking", habit, {}, {}},
    {"into the habit", habit, {}, {}},
    {"make [it] a habit", habit, {}, {}},
    {"every|each time|day|week|morning|month|evening|single", habit, {}, {}, asked_about | of_the_ask},
    {"whenever i|we", habit, {}, {}},
    {"always ask", habit, {}, {}},
    {"from now on", habit, {}, {}},
    {"dare [to] ask|asking", habit, {}, {}},
    {"learn|learning|able|brave|courage|confidence|confident to ask|asking", habit, {}, {}},
    {"braver|bolder|better|comfortable|easier|confident at|with|about asking", habit, {}, {}},
    {"afraid|scared|shy to|of ask|asking", habit, {}, {}},
    {"be braver|bolder|assertive", habit, {}, {}},
    {"become|becoming someone|somebody|a person who|that", habit, {}, {}},
    {"ask|asking more questions|often|things|for", habit, {}, {}},
    {"be more assertive|confident|outgoing|daring", habit, {}, {}},
    // --- asking someone to be different: no act to answer, and costly
    {"respect|accept|appreciate|understand|value|trust|love|notice me|us [more] !with|to|into|on|for|in",
     vague_object, {}, change_person},
    {"accept|accepting|respect|respecting|approve ~1 my|our boyfriend|girlfriend|partner|husband|wife|choices|choice|decision|decisions|life|lifestyle|sexuality|career|relationship|friends|body|religion",
     vague_object, {}, change_person},
    {"me as i am", vague_object, {}, change_person},
    {"take me|us seriously", vague_object, {}, change_person},
    {"care about|for me [more]", vague_object, {}, change_person},
    {"be there for me", vague_object, {}, change_person},
    {"support me [more] !with|on|in|during|at", vague_object, {}, change_person},
    {"listen to me more", vague_object, {}, change_person},
    {"me|us more|less $", vague_object, {}, change_person},
    {"more time with me|us", vague_object, {}, change_person},
    {"more attention to me|us", vague_object, {}, change_person},
    {"call|text|visit|see me more|often", vague_object, {}, change_person},
    {"make more effort|efforts", vague_object, {}, change_person},
    {"treat me ~2 better|differently|respect|fairly|adult|equal", vague_object, {}, change_person},
    {"to be more|less _", vague_object, {}, change_person},
    {"to be nicer|kinder|politer|tidier|quieter|friendlier|warmer|calmer|happier|nicer|better", vague_object, {}, change_person},
    {"to change|changing ~2 attitude|behaviour|behavior|ways|habits|personality|tone|mindset|lifestyle",
     vague_object, {}, change_person},
    {"to grow up", vague_object, {}, change_person},
    // --- asking someone to stop a habit
    {"to|could|would|can|please|should stop|quit ~1 *ing", {}, {}, change_person},
    {"tell|telling|told ~5 stop|quit *ing", {}, {}, change_person},
    {"to no longer", {}, {}, change_person},
    {"lose weight", {}, {}, change_person},
    {"dress differently|better", {}, {}, change_person},
    {"clean up after himself|herself|themselves", {}, {}, change_person},
    {"quit|stop smoking|drinking|gambling|vaping", {}, {}, change_person},
    // --- money and signatures
    {"sign|signs|signing|signed ~3 lease|contract|contracts|agreement|deal|mortgage|papers|paperwork|offer|tenancy|loan",
     {}, commitment, {}, neg_ask},
    {"co sign|signing|signs|signer", {}, commitment, big_favour, neg_ask},
    {"cosign|cosigning|cosigner", {}, commitment, big_favour, neg_ask},
    {"guarantor", {}, commitment, big_favour, neg_ask},
    {"guarantee|guaranteeing my|the|his|her loan|lease|rent|mortgage", {}, commitment, big_favour, neg_ask},
    {"#num|one|two|three|four|five|six|ten|twelve|eighteen|twenty|multi year|years|month|months contract|contracts|lease|subscription|membership|plan|commitment|loan|mortgage|deal|tenancy|warranty",
     {}, commitment, {}, neg_ask},
    {"contract|lease|subscription|membership|plan|loan|commitment|tenancy ~3 #num|one|two|three|a|an year|years|month|months",
     {}, commitment, {}, neg_ask},
    {"annual|yearly|lifetime|permanent|longterm contract|membership|subscription|plan|lease|commitment|tenancy",
     {}, commitment, {}, neg_ask},
    {"long term contract|membership|subscription|plan|lease|commitment|tenancy", {}, commitment, {}, neg_ask},
    {"commit|committing|commits to", {}, commitment, {}, neg_ask},
    {"no|without cancellation|cancelation|exit|refund|refunds", {}, commitment, {}, negated},
    {"no way out", {}, commitment, {}, negated},
    {"can not cancel", {}, commitment, {}, unguarded},
    {"non refundable", {}, money, {}, unguarded},
    {"nonrefundable", {}, money, {}, unguarded},
    {"not refundable", {}, money, {}, unguarded},
    {"renew|renewing|extend|extending ~2 lease|contract|tenancy|mortgage|subscription|membership", {}, commitment, {}, neg_ask},
    {"break|breaking ~2 lease|contract|tenancy", {}, commitment, {}, neg_ask},
    {"cancel|cancelling|canceling|terminate|terminating|end|ending ~2 lease|contract|tenancy|subscription|membership|insurance|mortgage",
     {}, commitment, {}, neg_ask},
    {"offer|offers|bid|bids on|for ~2 flat|house|apartment|property|home|car|studio|place|painting|land|plot",
     {}, money, {}, neg_ask},
    {"make|submit|submitting|place|placing|put|putting|making ~3 offer|bid|bids|offers", {}, money, {}, neg_ask},
    {"buy|buying|purchase|purchasing ~3 house|flat|apartment|car|property|home|franchise|business|boat|land",
     {}, money, {}, neg_ask | they_pay},
    {"down payment", {}, money, {}, neg_ask | they_pay},
    {"deposit on|for", {}, money, {}, neg_ask | they_pay},
    {"pay|paying|put|putting|leave|leaving|place|placing|wire|transfer ~3 deposit", {}, money, {}, neg_ask | they_pay},
    {"to pay|cover|fund|finance|sponsor|buy ~3 deposit|car|house|flat|ticket|tickets|rent|wedding", {}, {}, big_favour, neg_ask | business},
    {"to buy|get me|us a|an|the|my ~2 car|house|flat|bike|laptop|phone", {}, {}, big_favour, neg_ask | business},
    {"invest|investing ~3 savings|money|everything", {}, money, {}, neg_ask},
    {"invest|investing ~3 #amount", {}, money, {}, neg_ask},
    {"pay|paying ~3 upfront|advance|everything", {}, money, {}, neg_ask | they_pay},
    {"pay|paying ~2 in full", {}, money, {}, neg_ask | they_pay},
    {"take|taking out ~2 loan|mortgage|credit", {}, commitment, {}, neg_ask},
    {"a loan", {}, commitment, {}, neg_ask},
    {"a loan", {}, {}, loan, neg_ask | business},
    {"lend|lends|lending|loan|loans|spot|front|advance ~3 #big", {}, {}, loan, neg_ask | business},
    {"borrow|borrowing ~3 #big", {}, {}, loan, neg_ask | business},
    {"lend|lends|lending|loan|spot|front|advance me|us|him|her [some|the|a|little] money|cash|bucks|funds",
     {}, unclear, loan, neg_ask | business},
    {"borrow|borrowing [some|the|a|little] money|cash|funds", {}, unclear, loan, neg_ask | business},
    {"pay|paying|cover|covering for my|me|our|her|his ~3 rent|holiday|holidays|trip|bill|bills|debts|flight|tuition|wedding|degree|studies|course|education|school|university|car|house|flat|deposit|licence|license|lessons",
     {}, {}, big_favour, neg_ask | business},
    {"pay|cover my|our rent|debts|bills|tuition|studies|fees", {}, {}, big_favour, neg_ask | business},
    {"invest|investing ~3 #big", {}, {}, big_favour, neg_ask | business},
    {"be my|our bridesmaid|bridesmaids|witness|godmother|godfather|godparent|executor|guarantor|referee", {}, {}, big_favour},
    {"be my|our best man", {}, {}, big_favour},
    {"be my|our maid of honour|honor", {}, {}, big_favour},
    // --- jobs
    {"quit|quitting|leave|leaving ~2 job|jobs|position|post|role|company|career|firm|workplace", {}, job, emotional_load, neg_ask},
    {"i|we [am|will|would|shall] quit|quitting|resign|resigning", {}, job, emotional_load, neg_ask},
    {"resign|resigning|resigned|resignation", {}, job, emotional_load, neg_ask},
    {"hand|handing|give|giving|put|putting|turn|turning|serve|serving ~3 notice", {}, commitment, {}, neg_ask},
    {"accept|accepting|take|taking ~3 job|position|post|role", {}, job, {}, neg_ask},
    {"fire|firing|sack|sacking|dismiss|dismissing ~2 him|her|them|colleague|employee|guy|intern|assistant|everyone",
     {}, job, confrontation, neg_ask},
    {"lay|laying off ~2 him|her|them|colleague|employee|guy|intern|assistant|everyone", {}, job, confrontation, neg_ask},
    // --- relationships
    {"date|dating me|him|her|them", {}, relationship, declaration, negated},
    {"go|going out with me", {}, relationship, declaration, negated},
    {"on a date", {}, relationship, declaration, negated},
    {"ask|asking ~2 out !of|loud|about", {}, relationship, declaration, negated},
    {"be my girlfriend|boyfriend|partner|wife|husband|valentine", {}, relationship, declaration, negated},
    {"be exclusive|together", {}, relationship, declaration, negated},
    {"kiss me|her|him|you", {}, relationship, declaration, negated},
    {"feelings for", {}, relationship, declaration},
    {"in love", {}, relationship, declaration},
    {"crush on", {}, relationship, declaration},
    {"attracted to", {}, relationship, declaration},
    {"fallen|falling for", {}, relationship, declaration},
    {"fancy you|her|him", {}, relationship, declaration},
    {"have a thing for", {}, relationship, declaration},
    {"i love you|her|him", {}, relationship, declaration},
    {"marry me|him|her|you|us", {}, relationship, declaration, negated},
    {"propose|proposing to [my|her|him] girlfriend|boyfriend|partner|her|him", {}, relationship, declaration, negated},
    {"marriage proposal", {}, relationship, declaration, negated},
    {"propose marriage", {}, relationship, declaration, negated},
    {"get|getting engaged", {}, relationship, declaration, negated},
    {"engagement ring", {}, relationship, declaration, negated},
    {"move|moving|moved in together", {}, relationship, emotional_load, negated},
    {"move|moving in with me|her|him|them|you", {}, relationship, emotional_load, negated},
    {"live|living together", {}, relationship, emotional_load, negated},
    {"have|having a baby|kid|child", {}, relationship, emotional_load, negated},
    {"break|breaking|broke up", {}, relationship, emotional_load, neg_ask},
    {"split|splitting up", {}, relationship, emotional_load, neg_ask},
    {"divorce|divorcing", {}, relationship, emotional_load, neg_ask},
    {"we ~2 separate|split", {}, relationship, emotional_load, neg_ask},
    {"end|ending ~2 relationship|marriage|engagement|friendship", {}, relationship, emotional_load, neg_ask},
    {"end|ending things", {}, relationship, emotional_load, neg_ask},
    {"i|we [am|will|would] leave|leaving you|him|her", {}, relationship, emotional_load, negated},
    {"get|getting back together", {}, relationship, emotional_load, negated},
    {"boyfriend|girlfriend|partner|husband|wife|fiance|fiancee|ex ~8 break|space|pause", {}, relationship, emotional_load, negated},
    {"open relationship|marriage", {}, relationship, emotional_load, negated},
    // --- ultimatums
    {"or else", {}, ultimatum, ultimatum},
    {"or|otherwise i|we will|would|am|quit|leave|walk|stop|report|call|go|resign|move|tell|break|cancel|sue|post|shall|going ~1",
     {}, ultimatum, ultimatum},
    {"or it s|is over", {}, ultimatum, ultimatum},
    {"or we are through|done", {}, ultimatum, ultimatum},
    {"or that s|is it", {}, ultimatum, ultimatum},
    {"or i am out", {}, ultimatum, ultimatum},
    {"or you are out", {}, ultimatum, ultimatum},
    {"or forget it", {}, ultimatum, ultimatum},
    {"or move|moving|get|clear out", {}, ultimatum, ultimatum},
    {"or leave", {}, ultimatum, ultimatum},
    {"either ~15 or", {}, ultimatum, ultimatum},
    {"ultimatum", {}, ultimatum, ultimatum},
    {"last|final chance|warning", {}, ultimatum, ultimatum},
    // --- raises and promotions
    {"a|my|for raise|payrise !in", {}, {}, raise, asked_about},
    {"for a rise", {}, {}, raise, asked_about},
    {"pay|salary|wage raise|rise|increase|hike|bump", {}, {}, raise, asked_about},
    {"raise|increase|increasing|raising|bump ~2 salary|pay|wage|wages|compensation", {}, {}, raise, asked_about},
    {"paid more", {}, {}, raise, asked_about},
    {"better paid", {}, {}, raise, asked_about},
    {"pay me more", {}, {}, raise, asked_about},
    {"a bonus", {}, {}, raise, asked_about},
    {"promote|promoting me|us", {}, {}, promotion, asked_about},
    {"<on promotion !code|codes|on|price|prices|offer", {}, {}, promotion, asked_about},
    {"make|making|name|naming|appoint|appointing me ~2 lead|manager|head|director|partner|senior|supervisor|chief|boss",
     {}, {}, promotion, asked_about},
    {"to senior|principal|lead|staff|head ~2 engineer|developer|manager|designer|role|position", {}, {}, promotion, asked_about},
    {"team lead|leader", {}, {}, promotion, asked_about},
    {"put|putting me forward", {}, {}, promotion, asked_about},
    {"leader|lead|manager|director|head|supervisor position|role|post|job", {}, {}, promotion, asked_about},
    {"head of", {}, {}, promotion, asked_about},
    {"manager|management|leadership position|role", {}, {}, promotion, asked_about},
    // --- big favours
    {"help|helping ~3 move|moving|movers", {}, {}, big_favour, business},
    {"move|moving house|home|flat|apartment|day", {}, {}, big_favour, business},
    {"move|moving|transport|transporting|carry|carrying|shift ~2 furniture|boxes|belongings|wardrobe|piano", {}, {}, big_favour, business},
    {"help|helping ~3 paint*|repaint*|decorat*|redecorat*|renovat*|wallpaper*|build|building|redo|tile|tiling|plaster*|landscap*", {}, {}, big_favour, business},
    {"paint|painting|repaint|repainting|redecorate|redecorating|renovate|renovating|redo|clear|clean ~3 kitchen|room|rooms|flat|house|apartment|walls|fence|bedroom|garage|attic|basement|garden|loft",
     {}, {}, big_favour, business},
    {"whole|all|entire day|weekend|week|afternoon|evening|night|morning|month|summer|holiday|holidays", {}, {}, big_favour, business},
    {"for|during ~1 #num|a|an|two|three|four|five|several|few|couple|the hours|days|weeks|months|nights|evenings|weekends|week|weekend|month|fortnight|summer",
     {}, {}, big_favour, business},
    {"for hours|ages", {}, {}, big_favour, business},
    {"overnight", {}, {}, big_favour, business},
    {"babysit|babysitting|childminding", {}, {}, big_favour, business},
    {"look|looking after ~3 kids|children|baby|son|daughter|dog|dogs|cat|cats|pets|house|flat|plants", {}, {}, unclear, business},
    {"watch|watching|mind|minding ~3 kids|children|baby|son|daughter|dog|dogs|cat|cats|pets|house|flat", {}, {}, unclear, business},
    {"take care of ~3 kids|children|baby|son|daughter|dog|dogs|cat|cats|pets|house|flat", {}, {}, unclear, business},
    {"drive|driving|take|taking|pick|picking ~3 me|us ~3 airport", {}, {}, big_favour, business},
    {"give|giving me|us a lift|ride ~3 airport", {}, {}, big_favour, business},
    {"host|hosting me|us", {}, {}, big_favour, business},
    {"put me|us up", {}, {}, big_favour, business},
    {"stay|sleep|crash at|on ~2 place|sofa|couch|flat|house", {}, {}, big_favour, business},
    {"cover|covering ~2 shift|shifts|weekend|holiday", {}, {}, big_favour, business},
    {"proofread|review|read|edit|correct|rewrite|write ~3 thesis|dissertation|book|manuscript|novel", {}, {}, big_favour, business},
    {"big|huge|massive|enormous|major favour|favor", {}, {}, big_favour},
    {"stranger|strangers|passer|passerby|passersby ~8 money|cash|lift|ride|drive|pay|lend|buy|host", {}, {}, big_favour},
    {"stranger|strangers|passer|passerby|passersby ~8 #amount", {}, {}, big_favour},
    {"lend|borrow|lending|borrowing ~3 car|van|truck|flat|house|apartment !jack|keys|key|charger|seat|park|wash|wipes|phone|mat|mats|radio|battery",
     {}, {}, unclear, business},
    // --- confrontations and reproaches
    {"why he|she|they|you|we ~3 not|never", {}, {}, confrontation},
    {"why nobody|noone ~3", {}, {}, confrontation},
    {"why no one ~3", {}, {}, confrontation},
    {"why ~3 not|never ~2 told|invited|included|consulted|informed|asked|warned|paid|thanked", {}, {}, confrontation},
    {"why he|she|they|you ~1 always|keep|keeps|constantly", {}, {}, confrontation},
    {"take|takes|took|taking ~1 credit for", {}, {}, confrontation},
    {"criticise|criticize|criticising|criticizing|criticised|criticized", {}, {}, confrontation, negated},
    {"why did|do|does|has|have|had|is|was|were|would|could|are not|never he|she|they|you", {}, {}, confrontation},
    {"why my|his|her|their|our|your _ ~3 not|never", {}, {}, confrontation},
    {"why ~6 copied|copy|copies|plagiari*|sabotag*|undermin*|badmouth*|lied|lie|lies|lying|hid|hide|hides|hiding|hidden|stole|steal|stealing|pocket*|cheat*|betray*|ignor*|snub*|exclud*|blam*|humiliat*|mock*|insult*|yell*|shout*|dump*|ghost*|gossip*",
     {}, {}, confrontation},
    {"accuse|accusing|accused|blame|blaming|confront|confronting|reproach|scold|scolding|rant", {}, {}, confrontation, negated},
    {"complain|complaining about him|her|them|his|their", {}, {}, confrontation, negated},
    {"tell|telling|told ~2 off", {}, {}, confrontation, negated},
    {"sloppy|lazy|rude|incompetent|useless|unprofessional|disrespectful|careless|pathetic|selfish|hypocrite|hypocritical|dishonest|unacceptable|disgusting|shoddy",
     {}, {}, confrontation, negated},
    {"such a mess", {}, {}, confrontation, negated},
    {"is|was|are a disaster|joke|mess|nightmare|shambles", {}, {}, confrontation, negated},
    {"rubbish|garbage|nonsense|ridiculous|pathetic|stupid plan|idea|work", {}, {}, confrontation, negated},
    {"is|was|are|were|been stealing|lying|cheating|steals|lies|cheats", {}, {}, confrontation},
    {"stole|embezzl*|pocketed|liar|thief|cheater", {}, {}, confrontation},
    {"your|his|her|their fault", {}, {}, confrontation},
    {"explain himself|herself|themselves", {}, {}, confrontation},
    {"explain|justify his|her|their behaviour|behavior|attitude", {}, {}, confrontation},
    {"to apologise|apologize", {}, {}, confrontation},
    {"owe|owes me an apology", {}, {}, confrontation},
    {"shut up", {}, {}, confrontation},
    {"and not me", {}, {}, confrontation},
    {"instead of me", {}, {}, confrontation},
    {"yell|yelling|shout|shouting|scream|screaming|snap|snapping at", {}, {}, confrontation},
    {"for lying|cheating|stealing|lying|gossiping|ignoring", {}, {}, confrontation},
    {"he|she|they|you lied|cheated", {}, {}, confrontation},
    {"back off", {}, {}, confrontation},
    // --- heavy emotional stakes
    {"forgive|forgiving me|him|her|us !for", {}, {}, emotional_load},
    {"to forgive me|him|her|us", {}, {}, emotional_load},
    {"forgiveness", {}, {}, emotional_load},
    {"why ~4 left|leave|love|loved|abandoned me", {}, {}, emotional_load},
    {"my|our|his|her weight|childhood|abuse|miscarriage|illness|cancer|depression|grief|trauma|funeral|divorce|affair",
     {}, {}, emotional_load},
    {"cheated|cheating on", {}, {}, emotional_load},
    {"couples|marriage|family therapy|counselling|counseling|therapist", {}, {}, emotional_load},
    {"an|the affair", {}, {}, emotional_load},
    {"dying|death|died|funeral|inheritance", {}, {}, emotional_load, asked_about},
};

constexpr sv negations[] = {"without", "before", "not", "never", "no", "instead", "rather",
                            "nor", "avoid", "avoiding", "prior", "freeze", "freezing", "pause",
                            "pausing", "suspend", "suspending"};
constexpr sv question_words[] = {"how", "when", "what", "which", "where", "why", "who",
                                 "wondering", "info", "information", "details", "conditions",
                                 "terms", "form", "rules", "policy", "procedure", "steps"};
constexpr sv price_words[] = {"price", "prices", "pricing", "cost", "costs", "costing",
                              "quote", "quotes", "estimate", "estimates", "fee", "fees",
                              "rate", "rates", "discount", "discounts", "tariff", "budget",
                              "how much", "expensive", "cheaper", "cheap", "charge", "charges"};
constexpr sv incoming_money[] = {"refund", "refunds", "reimburse", "reimbursed", "reimbursement",
                                 "back", "owe", "owes", "owed", "raise", "salary", "wage",
                                 "bonus", "paid", "compensation", "rise", "increase"};
constexpr sv public_places[] = {
    "in front of ~2 everyone|everybody|team|class|colleagues|coworkers|people|others|family|kids|children|guests|friends|staff|customers|them|boss|clients|audience|crowd|office|group|whole|all|department|neighbours|residents",
    "residents meeting",
    "at|during|in the|a ~2 meeting|meetings|assembly|standup|conference|party|wedding|dinner",
    "all hands", "all company", "company wide",
    "whole company|office|team|class|school|family|department|floor", "all staff",
    "slack|teams|whatsapp|group|public|company channel|chat|thread|group", "publicly", "in public",
    "on social media", "on facebook|twitter|instagram|linkedin|tiktok|reddit|nextdoor",
    "mailing list", "reply all", "on the radio", "on air", "the press", "in class", "on stage",
    "general meeting", "everyone at"};
constexpr sv public_acts[] = {"announce|announcing|announcement", "post|posting|posted",
                              "publish|publishing", "tweet|tweeting", "declare|declaring",
                              "denounce|denouncing", "expose|exposing", "shout|shouting",
                              "call|calling out", "stand up", "broadcast", "tell everyone",
                              "reply all", "cc|ccing everyone|all"};
constexpr sv possessives[] = {"my _", "his _", "her _", "their _", "our _", "the boss",
                              "the manager", "the landlord", "the neighbour", "the neighbor"};

// ------------------------------------------------------------------------------------
// Clarity warnings

constexpr WarningRule warnings[] = {
    {"maybe|perhaps|possibly", WarningKind::hedge},
    {"i was wondering if|whether", WarningKind::hedge},
    {"i wonder if|whether", WarningKind::hedge},
    {"if possible", WarningKind::hedge},
    {"if you do not mind", WarningKind::hedge},
    {"if he|she|they|you do|does not mind", WarningKind::hedge},
    {"[only] if it s|is not too much trouble", WarningKind::hedge},
    {"[only] if it s|is not too much to ask", WarningKind::hedge},
    {"[only] if it s|is no trouble|bother", WarningKind::hedge},
    {"[only] if that s|is ok|okay|alright|fine", WarningKind::hedge},
    {"[only] if you|he|she|they have|has time", WarningKind::hedge},
    {"[only] if you|he|she|they have|has a moment|minute|sec|second", WarningKind::hedge},
    {"[only] if it s|is convenient", WarningKind::hedge},
    {"no pressure", WarningKind::hedge},
    {"by any chance", WarningKind::hedge},
    {"kinda|sorta", WarningKind::hedge},
    {"i guess|suppose", WarningKind::hedge},
    {"sorry to bother|disturb|ask|trouble|interrupt|bug [you|him|her|them]", WarningKind::apology},
    {"sorry to be a pain", WarningKind::apology},
    {"i am sorry", WarningKind::apology},
    {"sorry", WarningKind::apology},
    {"apologies", WarningKind::apology},
    {"<to excuse me for", WarningKind::apology},
    {"<to forgive me for", WarningKind::apology},
    {"i hate to ask|bother", WarningKind::apology},
    {"i know ~12 but", WarningKind::self_deprecation},
    {"i know it s|is a lot", WarningKind::self_deprecation},
    {"i know it s|is stupid|silly|dumb|annoying|weird|cheeky", WarningKind::self_deprecation},
    {"probably stupid|silly|dumb", WarningKind::self_deprecation},
    {"stupid|silly|dumb question", WarningKind::self_deprecation},
    {"i am useless|hopeless|pathetic|annoying|terrible", WarningKind::self_deprecation},
    {"i am [probably] being silly|stupid|annoying|a", WarningKind::self_deprecation},
    {"i feel bad asking", WarningKind::self_deprecation},
    {"it s|is just a tiny|small|little thing", WarningKind::minimiser},
    {"just a tiny|small|little|quick thing", WarningKind::minimiser},
    {"nothing big|serious|major", WarningKind::minimiser},
    {"no big deal", WarningKind::minimiser},
    {"it s|is nothing", WarningKind::minimiser},
    {"real quick", WarningKind::minimiser},
    {"quick question", WarningKind::minimiser},
    {"just|simply|merely", WarningKind::minimiser},
};

// ------------------------------------------------------------------------------------
// Money, numbers, shorthands

constexpr Currency currencies[] = {
    {"euros", 1}, {"euro", 1}, {"eur", 1}, {"dollars", 1}, {"dollar", 1}, {"usd", 1},
    {"bucks", 1}, {"buck", 1}, {"quid", 1}, {"pounds", 1}, {"pound", 1}, {"gbp", 1}, {"francs", 1}, {"chf", 1},
    {"cents", 0.01}, {"pence", 0.01}, {"grand", 1000}, {"k", 1000}};

constexpr NumberWord number_words[] = {
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
    {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"fifteen", 15},
    {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60},
    {"seventy", 70}, {"eighty", 80}, {"ninety", 90}, {"hundred", 100}, {"thousand", 1000},
    {"million", 1000000}, {"a", 1}};

constexpr Respelling respellings[] = {
    {"im", "i am"},          {"dont", "do not"},       {"didnt", "did not"},
    {"doesnt", "does not"},  {"cant", "can not"},      {"cannot", "can not"},
    {"wont", "will not"},    {"isnt", "is not"},       {"wasnt", "was not"},
    {"havent", "have not"},  {"ive", "i have"},        {"youre", "you are"},
    {"u", "you"},            {"ur", "your"},           {"pls", "please"},
    {"plz", "please"},       {"gonna", "going to"},    {"wanna", "want to"},
    {"gotta", "got to"},     {"bc", "because"},        {"thx", "thanks"},
    {"tmrw", "tomorrow"},    {"tmr", "tomorrow"},      {"favor", "favour"},
    {"shes", "she is"},      {"hes", "he is"},         {"theyre", "they are"},
    {"whats", "what is"},    {"thats", "that is"},     {"couldnt", "could not"},
    {"wouldnt", "would not"}, {"shouldnt", "should not"}, {"neighbor", "neighbour"}};

}  // namespace

const LangWords& english() {
  static const LangWords w{
      .markers = markers,
      .ask_verbs = ask_verbs,
      .to_someone = to_someone,
      .to_the = {},
      .venues = venues,
      .determiners = determiners,
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
      .not_infinitives = {},
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
