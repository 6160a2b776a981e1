// The asks stage: the ask verbs, the ask, whom it is addressed to and the act asked for.
#include <algorithm>

#include "criteria/stages.hpp"

namespace microask::criteria {
namespace {

std::vector<Ask> find_asks(const Matcher& m) {
  const Text& t = m.text();
  const tables::PatternSet& verbs = m.tables().ask_verbs;
  std::vector<Ask> asks;
  for (std::size_t i = 0; i < t.size(); ++i) {
    m.candidates(verbs, i, [&](std::size_t k) {
      const std::size_t r = m.match_at(verbs.items[k], i);
      if (r == npos) return false;
      asks.push_back({{i, r}, m.words().ask_verbs[k].addressee});
      i = r - 1;
      return true;
    });
  }
  return asks;
}

// After a link inside an addressee ("la salle de sport"): whether the addressee goes on.
// "à la concession de valider", "de me prêter" stop it.
bool link_goes_on(const Matcher& m, std::size_t n) {
  const Text& t = m.text();
  const tables::Tables& c = m.tables();
  if (t.looks_infinitive(n) || !t.wordlike(n)) return false;
  if (m.is_determiner(n)) {
    const std::size_t d = m.any_at(c.determiners, n);
    return !t.looks_infinitive(d) && t.wordlike(d);
  }
  return m.any_at(c.addressee_ends, n) == npos;
}

// The addressee starting at token j, if there is one. `any_start`: the first word need
// not be a determiner or a name ("ask people", "au serveur").
Span addressee_at(const Matcher& m, std::size_t j, bool any_start) {
  const Text& t = m.text();
  const tables::Tables& c = m.tables();
  // "the budget call at 10": a time, no one
  if (!t.wordlike(j) || t[j].type == Type::number) return {};
  const std::size_t g = m.any_at(c.generic, j);
  if (g != npos) return {j, g};
  std::size_t k = j;
  if (m.is_determiner(k)) {
    k = m.any_at(c.determiners, k);
  } else if (!any_start && !t[j].upper) {
    return {};
  } else if ((m.any_at(c.addressee_ends, j) != npos || m.any_at(c.negations, j) != npos) && !t[j].upper) {
    return {};  // "tu ne m'appelles jamais": no one called "jamais"
  }
  std::size_t last = k;
  while (k < t.size() && t.words_in(j, k) < max_addressee_words) {
    if (!t.wordlike(k)) break;
    if (k > j && t[k].glued) {
      last = ++k;
      continue;
    }
    const std::size_t link = m.any_at(c.links, k);
    if (link != npos && k > j) {
      // "mon ami de l'aide": what is asked, not who
      if (!link_goes_on(m, link) || m.any_at(c.vague, k) != npos) break;
      k = m.is_determiner(link) ? m.any_at(c.determiners, link) : link;
      continue;
    }
    if (m.any_at(c.addressee_ends, k) != npos && !(t[k].upper && k > j && t[k].norm.size() > 1)) break;
    if (m.any_at(c.time_words, k) != npos) break;
    last = ++k;
  }
  if (last <= j || (m.is_determiner(j) && m.any_at(c.determiners, j) >= last)) return {};
  return {j, last};
}

// The first ask whose addressee is found sets the ask, the addressee and its preposition.
void find_addressee(const Matcher& m, Asking& a) {
  const Text& t = m.text();
  const tables::Tables& c = m.tables();
  for (const Ask& ask : a.asks) {
    if (ask.mode == words::Addressee::none) continue;
    std::size_t j = ask.verb.last;
    if (ask.mode == words::Addressee::object) {
      const std::size_t v = m.any_at(c.venues, j);
      if (v != npos) j = v;
      const Span s = addressee_at(m, j, true);
      if (s.found()) {
        a.addressee = s;
        a.ask = ask.verb;
        return;
      }
      continue;
    }
    for (; j < t.size() && !t[j].ends_sentence; ++j) {
      if (m.any_at(c.clause_openers, j) != npos) break;
      std::size_t r = m.any_at(c.to_the, j);
      Span s;
      if (r != npos) {
        s = addressee_at(m, r, true);
      } else if ((r = m.any_at(c.to_someone, j)) != npos) {
        s = addressee_at(m, r, false);
      }
      if (s.found()) {
        a.addressee = s;
        a.addressee_prep = {j, r};
        a.ask = ask.verb;
        return;
      }
    }
  }
  if (!a.asks.empty()) a.ask = a.asks.front().verb;
}

bool addressee_generic(const Matcher& m, Span addressee) {
  if (m.any_at(m.tables().generic, addressee.first) != npos) return true;
  // English bare plurals: "ask colleagues", "ask strangers".
  if (m.text().lang == Lang::en && addressee.last == addressee.first + 1) {
    const Token& t = m.text()[addressee.first];
    const std::string& w = t.norm;
    return !t.upper && w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' &&
           w[w.size() - 2] != 'i';
  }
  return false;
}

// "the people behind me", "au serveur", "une passante": someone met in passing.
bool addressee_in_passing(const Matcher& m, const Asking& a) {
  const tables::Tables& c = m.tables();
  const bool article = m.any_at(c.articles, a.addressee.first) != npos;
  const bool to_the = a.addressee_prep.found() && m.any_at(c.to_the, a.addressee_prep.first) != npos;
  // "the couple at the next table", « au couple de la table voisine »: the group is met there
  if ((article || to_the) && m.any_in(c.passing_groups, a.addressee.first, a.addressee.last)) return true;
  if (m.any_in(c.close_people, a.addressee.first, a.addressee.last)) return false;
  if (to_the) return true;
  return m.any_at(c.articles, a.addressee.first) != npos;
}

// The addressee's head noun names a business: "the estate agent", "la salle de sport"
// (but not "my old school friend").
bool addressee_business(const Matcher& m, Span addressee) {
  const tables::Tables& c = m.tables();
  std::size_t first = addressee.first, last = addressee.last;
  if (m.text().lang == Lang::fr) {
    while (first < last && m.is_determiner(first)) first = m.any_at(c.determiners, first);
    for (std::size_t i = first; i < last; ++i) {
      if (m.any_at(c.links, i) != npos) {
        last = i;
        break;
      }
    }
  } else {
    for (std::size_t i = first; i < last; ++i)  // "the gym's front desk": after the possessive
      if (m.any_at(c.links, i) != npos) first = i + 1;
  }
  // someone close who has the trade (« mon beau-frère comptable », "my cousin the electrician")
  // is asked as family, not as a business
  if (m.any_in(c.kin, first, last)) return false;
  if (m.text().lang == Lang::en) first = last > first + 1 ? last - 1 : first;  // the head comes last: "estate agent"
  return m.any_in(c.businesses, first, last);
}

// The act asked for starts at the ask's infinitive ("ask my dad to ...", "de ...").
std::size_t find_act_start(const Matcher& m, Span ask) {
  if (!ask.found()) return npos;
  const std::size_t last = m.text().sentence_last(ask.first);
  // "Offer to run ...": the ask ends with its own infinitive mark
  for (std::size_t i = ask.last > ask.first ? ask.last - 1 : ask.last; i < last; ++i)
    if (m.any_at(m.tables().infinitive_marks, i) != npos) return i;
  return npos;
}

}  // namespace

Asking find_asking(const Matcher& m) {
  Asking a;
  a.asks = find_asks(m);
  const std::vector<Token>& toks = m.text().tokens;
  a.question = std::any_of(toks.begin(), toks.end(), [](const Token& t) { return t.type == Type::punct && t.norm == "?"; });
  find_addressee(m, a);
  a.act_start = find_act_start(m, a.ask);
  // "Try to ask for help more often": the act is itself an asking, whose habit counts
  if (a.act_start != npos && std::any_of(a.asks.begin(), a.asks.end(), [&](const Ask& k) {
        return k.verb.first > a.ask.first && k.verb.first <= a.act_start + 1;
      }))
    a.act_start = npos;
  // Said to the person ("Could you stop ... every time?", « Tu pourrais ... »): the act
  // asked for follows the words that address them.
  if (a.act_start == npos && !a.addressee.found() && a.ask.found() && m.any_in(m.tables().addressed, a.ask.first, a.ask.last))
    a.act_start = a.ask.last;
  if (a.addressee.found()) {
    a.generic = addressee_generic(m, a.addressee);
    a.in_passing = addressee_in_passing(m, a);
    a.business = addressee_business(m, a.addressee);
  }
  // "I know we've only just met, but could I ...": a stranger, named or not.
  if (m.any_in(m.tables().just_met, 0, m.text().size())) a.in_passing = true;
  return a;
}

std::string addressee_text(const Text& text, const Asking& a) {
  std::string s = text.quote(a.addressee);
  if (a.addressee_prep.found()) {
    const std::string& p = text[a.addressee_prep.first].norm;
    if (p == "au") return "le " + s;
    if (p == "aux") return "les " + s;
  }
  return s;
}

}  // namespace microask::criteria
