// The guards stage: what cancels a trigger where it is found (words::Guard).
#include <algorithm>

#include "criteria/stages.hpp"

namespace microask::criteria {
namespace {

// For each token: whether one of `ps` starts before it in its sentence.
std::vector<char> seen_before(const Matcher& m, const tables::PatternSet& ps) {
  const Text& t = m.text();
  std::vector<char> out(t.size(), 0);
  if (ps.items.empty()) return out;
  for (std::size_t i = 1; i < t.size(); ++i)
    if (t[i - 1].sentence == t[i].sentence) out[i] = out[i - 1] != 0 || m.any_at(ps, i - 1) != npos ? 1 : 0;
  return out;
}

std::vector<Span> find_justifications(const Matcher& m) {
  const Text& t = m.text();
  std::vector<Span> out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!out.empty() && i < out.back().last) continue;
    const bool situation = m.any_at(m.tables().situations, i) != npos;
    if (!situation && m.any_at(m.tables().justifications, i) == npos) continue;
    std::size_t e = i + 1;
    // a colon opens the ask that follows: « Je m'inquiète quand tu rentres tard : tu pourrais ... »
    while (e < t.size() && !t[e].ends_sentence && !t.punct(e, ",") && !t.punct(e, ";") && !t.punct(e, ":")) ++e;
    // a situation runs to its comma; with none, "when he ..." is the question asked
    if (situation && (e >= t.size() || t[e].ends_sentence)) continue;
    out.push_back({i, e});
  }
  return out;
}

}  // namespace

Guards find_guards(const Matcher& m) {
  const Text& t = m.text();
  const tables::Tables& c = m.tables();
  const std::size_t n = t.size();
  Guards g;
  g.question_at.assign(n, 0);
  g.negation_at.assign(n, 0);
  const std::size_t sentences = n == 0 ? 0 : t.tokens.back().sentence + 1;
  g.price_in_sentence.assign(sentences, 0);
  g.incoming_in_sentence.assign(sentences, 0);
  g.lend_before = seen_before(m, c.lending);
  g.possible_before = seen_before(m, c.possibility);
  for (std::size_t i = 0; i < n; ++i) {
    g.question_at[i] = m.any_at(c.question_words, i) != npos ? 1 : 0;
    g.negation_at[i] = m.any_at(c.negations, i) != npos ? 1 : 0;
    if (m.any_at(c.price_words, i) != npos) g.price_in_sentence[t[i].sentence] = 1;
    if (m.any_at(c.incoming_money, i) != npos) g.incoming_in_sentence[t[i].sentence] = 1;
    if (m.any_at(c.brief_times, i) != npos) g.brief_said = true;
  }
  g.justifications = find_justifications(m);
  const Amounts& amounts = m.amounts();
  const bool any_sum = std::any_of(amounts.begin(), amounts.end(), [](const Amount& a) { return a.end != 0; });
  g.trivial_sums_only = any_sum && std::none_of(amounts.begin(), amounts.end(), [](const Amount& a) {
                          return a.end != 0 && a.value > trivial_amount;
                        });
  return g;
}

bool Guards::negated(const Text& t, std::size_t s) const {
  for (std::size_t i = std::max(t.sentence_first(s), s >= 4 ? s - 4 : 0); i < s; ++i)
    if (negation_at[i] != 0) return true;
  return false;
}

bool Guards::asked_about(const Text& t, std::size_t s, std::size_t from) const {
  // The "quand" that opens an NVC situation ("Quand je vois ..., seriez-vous d'accord pour
  // m'accorder une augmentation") asks nothing.
  for (std::size_t i = s; i-- > std::max(t.sentence_first(s), from);)
    if (question_at[i] != 0 && !justifying(i, true)) return true;
  return false;
}

bool Guards::priced(const Text& t, std::size_t s) const {
  return price_in_sentence[t[std::min(s, t.size() - 1)].sentence] != 0;
}

bool Guards::justifying(std::size_t i, bool with_opener) const {
  return std::any_of(justifications.begin(), justifications.end(),
                     [&](Span j) { return (i > j.first || (with_opener && i == j.first)) && i < j.last; });
}

namespace {

// Where question words start to count for a trigger at s: after the ask, and after a clause
// about the person asked ("Ask Priya, who I met at school, whether she could lend me ...").
std::size_t asked_from(const Text& t, const Guards& g, const Asking& a, std::size_t s) {
  std::size_t from = a.ask.found() && a.ask.first < s ? a.ask.first : 0;
  if (!a.addressee.found() || a.addressee.last >= s) return from;
  std::size_t r = a.addressee.last;
  if (!t.punct(r, ",")) return from;
  ++r;
  if (r >= s || g.question_at[r] == 0) return from;
  std::size_t e = r + 1;
  while (e < s && !t.punct(e, ",") && !t[e].ends_sentence) ++e;
  return e < s ? std::max(from, e) : from;
}

}  // namespace

bool guarded(const Text& t, const Guards& g, const Asking& a, unsigned guards, std::size_t s) {
  const std::size_t at = std::min(s, t.size() - 1);
  // Inside the act asked for: after the ask's infinitive ("ask my dad to ...", "de ...").
  const bool in_asked_act = a.act_start != npos && s >= a.act_start;
  if ((guards & words::negated) != 0 && g.negated(t, s)) return true;
  // "How do I ask my boss for a raise?": a question word before the ask is about the asking,
  // not about the thing asked.
  if ((guards & words::asked_about) != 0 && g.asked_about(t, s, asked_from(t, g, a, s))) return true;
  if ((guards & words::priced) != 0 && g.priced(t, s)) return true;
  if ((guards & words::business) != 0 && a.business) return true;
  if ((guards & words::of_the_ask) != 0 && in_asked_act) return true;
  if ((guards & words::lent) != 0 && g.lend_before[at] != 0) return true;
  if ((guards & words::trivial_sum) != 0 && g.trivial_sums_only) return true;
  if ((guards & words::brief) != 0 && g.brief_said) return true;
  if ((guards & words::possible) != 0 && g.possible_before[at] != 0) return true;
  if ((guards & words::they_pay) != 0 && in_asked_act && a.addressee.found() && !a.business) return true;
  if ((guards & words::close_only) != 0 && (a.asks.empty() || a.in_passing || a.generic || a.business)) return true;
  if ((guards & words::met_in_passing) != 0 && !a.in_passing) return true;
  if ((guards & words::unaddressed) != 0 && a.addressee.found()) return true;
  if ((guards & words::told_before) != 0 && a.addressee.found() && a.ask.found() && s < a.ask.first) return true;
  if ((guards & words::ask_sentence) != 0 && a.ask.found() && t[at].sentence != t[std::min(a.ask.first, t.size() - 1)].sentence) return true;
  return false;
}

}  // namespace microask::criteria
