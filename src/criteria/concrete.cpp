// The findings of concrete beyond the rules: no ask, vague objects, nobody in particular,
// bundled asks, long-windedness.
#include <algorithm>
#include <string>
#include <unordered_set>

#include "criteria/stages.hpp"

namespace microask::criteria {
namespace {

// With no ask: the first clause (a wish, a goal, an action), up to ten words.
Span first_clause(const Text& t) {
  std::size_t first = 0;  // after what opens it: "(", "-", a quote
  while (first < t.size() && !t.wordlike(first)) ++first;
  std::size_t last = first;
  while (last < t.size() && (t.wordlike(last) || !t.clause_break(last)) && t.words_in(first, last) < 10) ++last;
  while (last > first && !t.wordlike(last - 1)) --last;
  return last > first ? Span{first, last} : Span{};
}

// Whether what follows a vague word at token e says what it is.
bool qualified(const Matcher& m, const Asking& a, std::size_t e, words::Qualified q) {
  const Text& t = m.text();
  const tables::Tables& c = m.tables();
  if (q == words::Qualified::never) return false;
  // "des infos à la mairie sur le recensement": what it is about may follow the addressee.
  const Span lead = a.addressee_prep.found() ? Span{a.addressee_prep.first, a.addressee.last} : a.addressee;
  if (lead.found() && lead.first == e) e = lead.last;
  // ... or a place said after the addressee: "de l'aide à quelqu'un à la gare pour porter".
  if (lead.found() && lead.last == e && m.any_at(c.specifiers, e) == npos) {
    std::size_t p = m.any_at(c.to_the, e);
    if (p == npos) p = m.any_at(c.venues, e);
    if (p == npos) p = m.any_at(c.to_someone, e);
    if (p != npos && m.is_determiner(p)) p = m.any_at(c.determiners, p);
    if (p != npos && p + 1 < t.size() && t.wordlike(p) && m.any_at(c.specifiers, p + 1) != npos) e = p + 1;
  }
  const std::size_t s = m.any_at(c.specifiers, e);
  // "for tomorrow" says when, not with what; "with this box" says with what ("this" is a time
  // word only before another: "this morning").
  auto time_at = [&](std::size_t i) {
    // "for two minutes", "pendant cinq minutes": a length of time
    const bool counted = i + 1 < t.size() && m.any_at(c.time_words, i + 1) != npos &&
                         (t[i].type == Type::number || c.find(c.number_words, t[i].id) != nullptr);
    if (counted) return true;
    if (m.any_at(c.time_words, i) == npos) return false;
    return !m.is_determiner(i) || (i + 1 < t.size() && m.any_at(c.time_words, i + 1) != npos);
  };
  if ((q == words::Qualified::by_preposition || q == words::Qualified::by_any) && s != npos && !(s == e + 1 && time_at(s)))
    return true;
  if (q == words::Qualified::by_preposition) return false;
  // "something vegetarian", "something to drink", "quelque chose à boire"
  auto content = [&](std::size_t i) {
    return t.wordlike(i) && m.any_at(c.addressee_ends, i) == npos && m.any_at(c.time_words, i) == npos &&
           m.any_at(c.to_someone, i) == npos && m.any_at(c.to_the, i) == npos;
  };
  static const std::unordered_set<std::string> joins{"to", "a", "for", "pour", "contre", "against"};
  // "m'aider une heure à réparer le vélo": what follows a length of time says with what
  if (e + 2 < t.size() && time_at(e) && t[e].type != Type::number && joins.count(t[e + 2].norm) != 0) e += 2;
  if (content(e)) return true;
  return t.wordlike(e) && joins.count(t[e].norm) != 0 &&
         content(e + 1 < t.size() && m.is_determiner(e + 1) ? e + 2 : e + 1);
}

std::vector<Found> vague_findings(const Matcher& m, const Asking& a) {
  // A vague word inside the question asked ("why she says things about me") is not the object.
  const std::size_t question_from = a.asks.empty() ? 0 : a.asks.front().verb.last;
  std::vector<char> done(m.tables().vague.items.size(), 0);
  std::vector<Found> out;
  for (const Matcher::Hit& h : m.all_matches(m.tables().vague)) {
    if (done[h.pattern] != 0 || overlaps(h.span, a.addressee) ||
        qualified(m, a, h.span.last, m.words().vague[h.pattern].qualified))
      continue;
    // ... but "s'il peut m'aider avec un truc" is the act asked itself
    if (!a.asks.empty() && m.any_in(m.tables().clause_openers, question_from, h.span.first) &&
        !m.any_in(m.tables().infinitive_marks, question_from, h.span.first))
      continue;
    out.push_back({ReasonKind::vague_object, h.span});
    done[h.pattern] = 1;
  }
  return out;
}

// Two stakes found by the rules, joined by "and" / "et" (a determiner or two may follow):
// two asks, each to plan on its own ("a raise and a promotion", "une prime et une hausse
// de salaire", "lend me $800 and co-sign the lease").
void add_stakes_joined(const Matcher& m, std::size_t first_ask, const Findings& rules, std::vector<Span>& bundles) {
  const Text& t = m.text();
  std::vector<Span> stakes;
  for (const auto* found : {&rules.reversible, &rules.low_cost})
    for (const Found& f : *found)
      if (f.kind != ReasonKind::unclear && f.kind != ReasonKind::public_statement) stakes.push_back(f.span);
  for (const Span& a : stakes) {
    if (a.first < first_ask) continue;
    const std::size_t join = m.any_at(m.tables().coordinators, a.last);
    if (join == npos) continue;
    std::size_t b = join;
    for (std::size_t k = 0; k < 2 && b < t.size() && m.is_determiner(b); ++k) b = m.any_at(m.tables().determiners, b);
    const bool joined = std::any_of(stakes.begin(), stakes.end(), [&](const Span& x) {
      return x.first >= join && x.first <= b && t[x.first].sentence == t[a.first].sentence;
    });
    const Span s{a.last, join};
    if (!joined || std::any_of(bundles.begin(), bundles.end(), [&](Span x) { return overlaps(x, s); })) continue;
    bundles.push_back(s);
  }
}

// Sentences of three words or more.
std::vector<Span> sentences_of_three(const Text& t) {
  std::vector<Span> out;
  for (std::size_t i = 0; i < t.size();) {
    const std::size_t e = t.sentence_last(i);
    if (t.words_in(i, e) >= 3) out.push_back({i, e});
    i = e + 1;
  }
  return out;
}

}  // namespace

std::vector<Found> ask_findings(const Matcher& m, const Asking& a) {
  std::vector<Found> out;
  // One word with a question mark ("Raise?", « Augmentation ? ») names a topic, not an ask
  // of anyone.
  const bool one_word = !a.addressee.found() && m.text().words_in(0, m.text().size()) == 1;
  if (!a.any() || one_word) {
    const Span clause = first_clause(m.text());
    if (clause.found()) out.push_back({ReasonKind::no_ask, clause});
  }
  for (const Found& f : vague_findings(m, a)) out.push_back(f);
  // someone asked, and nothing asked of them: "Ask someone.", « Solliciter des passants. »
  const Text& t = m.text();
  // (the whole request, a few words: the ask opens it, the person ends it; a longer
  // addressee is likely an object, "Offer my colleague half of my sandwich")
  if (a.asks.size() == 1 && a.ask.found() && a.addressee.found() && a.ask.last == a.addressee.first &&
      a.act_start == npos && t.words_in(0, a.ask.first) == 0 && t.words_in(0, t.size()) <= 6 &&
      // in capitals a name runs on over what is asked: "ASK ДМИТРИЙ FOR THE SALT"
      !m.any_in(m.tables().addressee_ends, a.addressee.first + 1, a.addressee.last)) {
    std::size_t rest = a.addressee.last;
    while (rest < t.size() && !t.wordlike(rest)) ++rest;
    if (rest == t.size()) out.push_back({ReasonKind::vague_object, {a.ask.first, a.addressee.last}});
  }
  if (a.generic) out.push_back({ReasonKind::no_addressee, a.addressee});
  return out;
}

std::vector<Span> find_bundles(const Matcher& m, const Asking& a, const Findings& rules) {
  const Text& t = m.text();
  std::vector<Span> bundles;
  if (!a.any()) return bundles;
  const std::size_t first_ask = a.asks.empty() ? 0 : a.asks.front().verb.first;
  for (const Matcher::Hit& h : m.all_matches(m.tables().bundles)) {
    const Span s = h.span;
    // A question before the first ask found is an ask itself ("Is it still available? Could
    // you also send photos?"), unless it is a reproach ("Why are you always late? Can you...").
    const auto reproach_before = [&] {
      return std::any_of(rules.low_cost.begin(), rules.low_cost.end(), [&](const Found& x) {
        return x.span.first < s.first && t[x.span.first].sentence == t[s.first].sentence;
      });
    };
    if (s.first <= first_ask && (!t.punct(s.first, "?") || reproach_before())) continue;
    // A second ask of two words at least, its own verb included ("puis de passer l'aspirateur").
    if (t.words_in(s.first + 1, t.sentence_last(s.last)) < 2) continue;
    if (m.words().bundles[h.pattern].after_infinitive && !m.any_in(m.tables().infinitive_marks, first_ask, s.first))
      continue;
    if (std::any_of(bundles.begin(), bundles.end(), [&](Span b) { return overlaps(b, s); })) continue;
    bundles.push_back(s);
  }
  add_stakes_joined(m, first_ask, rules, bundles);
  std::sort(bundles.begin(), bundles.end(), [](Span x, Span y) { return x.first < y.first; });
  return bundles;
}

std::vector<Found> length_findings(const Matcher& m, const Asking& a, const Guards& g) {
  const Text& t = m.text();
  const std::size_t total = t.words_in(0, t.size());
  const std::vector<Span> sentences = sentences_of_three(t);
  std::size_t justified = 0;
  Span longest;
  for (const Span& j : g.justifications) {
    const std::size_t n = t.words_in(j.first, j.last);
    if (n > justified) {
      justified = n;
      longest = j;
    }
  }
  const bool several = sentences.size() >= 3 || (sentences.size() >= 2 && total > 25);
  // criteria.md: more than about 25 words, or several sentences of justification.
  const bool long_winded = total > 25 || several || justified >= 15;
  if (!long_winded) return {};
  Span words = longest;
  if (justified < 8 && sentences.size() >= 2) {
    // The first sentence that is not the ask.
    words = sentences.front();
    for (const Span& s : sentences) {
      const bool has_ask = std::any_of(a.asks.begin(), a.asks.end(),
                                       [&](const Ask& x) { return x.verb.first >= s.first && x.verb.first < s.last; });
      if (!has_ask) {
        words = s;
        break;
      }
    }
  } else if (!words.found()) {
    words = {0, t.size()};
    while (words.last > 0 && !t.wordlike(words.last - 1)) --words.last;
  }
  return {{ReasonKind::long_winded, words}};
}

}  // namespace microask::criteria
