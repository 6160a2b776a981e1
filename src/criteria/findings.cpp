// The findings stage: what each criterion found in the text, with the words found. The
// rules of the tables first, then the concrete checks (concrete.cpp), money and public.
#include <algorithm>

#include "criteria/stages.hpp"

namespace microask::criteria {
namespace {

// Each rule counts once per criterion, at its first match that no guard cancels.
Findings rule_findings(const Matcher& m, const Asking& a, const Guards& g) {
  const Text& t = m.text();
  const std::size_t rules = m.tables().rules.items.size();
  std::vector<char> concrete_done(rules, 0), others_done(rules, 0);
  Findings f;
  for (const Matcher::Hit& h : m.all_matches(m.tables().rules)) {
    const words::Rule& rule = m.words().rules[h.pattern];
    const Span s = h.span;
    // Who is asked matters to the cost of the ask, not to whether it is concrete.
    if (guarded(t, g, a, rule.guards & ~unsigned{words::close_only}, s.first)) continue;
    // A habit in the situation told ("Quand tu laisses tes chaussettes partout, ...") is the
    // other's, not the asker's.
    const bool situation_habit = rule.concrete == ReasonKind::habit && g.justifying(s.first);
    if (rule.concrete && concrete_done[h.pattern] == 0 && !situation_habit) {
      f.concrete.push_back({*rule.concrete, s});
      concrete_done[h.pattern] = 1;
    }
    // A reason given is no ask of its own, but "because I fancy her" makes the ask an approach
    // (a cost; asking out still binds nothing), and "because I'm resigning" makes it a
    // resignation.
    const bool justifying = g.justifying(s.first);
    const bool job_given = rule.reversible == ReasonKind::job;
    if ((justifying && rule.low_cost != ReasonKind::declaration && !job_given) || others_done[h.pattern] != 0 ||
        guarded(t, g, a, rule.guards, s.first))
      continue;
    if (rule.reversible && (!justifying || job_given)) f.reversible.push_back({*rule.reversible, s});
    if (rule.low_cost) f.low_cost.push_back({*rule.low_cost, s});
    others_done[h.pattern] = 1;
  }
  return f;
}

// Sums above the trivial amount that the request commits (not asked about, not a price,
// not money coming back).
std::vector<Found> money_findings(const Matcher& m, const Amounts& amounts, const Guards& g) {
  const Text& t = m.text();
  std::vector<Found> out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (amounts[i].end == 0 || amounts[i].value <= trivial_amount) continue;
    if (g.negated(t, i) || g.asked_about(t, i) || g.priced(t, i) || g.justifying(i) || g.incoming(t, i)) continue;
    // the worth of a thing lent, not money paid: "lend me your CHF 2,000 camera", « me prêter
    // son appareil à 900 € »
    if (g.lend_before[i] != 0 && m.any_in(m.tables().possessives, i >= 3 ? i - 3 : 0, i + 1)) continue;
    out.push_back({ReasonKind::money, {i, amounts[i].end}});
    i = amounts[i].end - 1;
  }
  return out;
}

// A public place alone is fine ("ask at the meeting whether..."); with something that
// cannot be taken back (an accusation, a declaration, an announcement) it is public.
void add_public_findings(const Matcher& m, const Guards& g, Findings& f) {
  const Text& t = m.text();
  const Span place = m.first_of(m.tables().public_places);
  // a place in the situation described ("When you shout at me in front of the kids, ...")
  // is where the other did something, not where the asker speaks
  if (!place.found() || g.justifying(place.first)) return;
  const Span act = m.first_of(m.tables().public_acts);
  // the reproach inside what the person is asked to stop ("to stop criticising my cooking in
  // front of the family") is what they do there, not what the asker says
  auto stopped = [&](const Found& x) {
    return x.kind == ReasonKind::confrontation && std::any_of(f.low_cost.begin(), f.low_cost.end(), [&](const Found& c) {
             return c.kind == ReasonKind::change_person && overlaps(c.span, x.span);
           });
  };
  auto sensitive = [&](const std::vector<Found>& found) {
    return std::any_of(found.begin(), found.end(), [&](const Found& x) {
      if (stopped(x)) return false;
      // asking someone to change, or telling them one likes them, is said to them, whoever
      // hears it; a favour or a loan asked of a group binds nobody to anything once it is asked
      return x.kind != ReasonKind::unclear && x.kind != ReasonKind::money && x.kind != ReasonKind::commitment &&
             x.kind != ReasonKind::change_person && x.kind != ReasonKind::big_favour && x.kind != ReasonKind::loan &&
             x.kind != ReasonKind::declaration;
    });
  };
  if (!act.found() && !sensitive(f.reversible) && !sensitive(f.low_cost)) return;
  f.reversible.push_back({ReasonKind::public_statement, place});
  if (!act.found()) return;
  // Announcing something about someone in public ("post on Facebook that my neighbour...").
  for (std::size_t i = act.last; i < t.size() && !t[i].ends_sentence; ++i) {
    // ... in what is posted, not in an ask joined after it ("and ask my network for referrals")
    if (m.any_at(m.tables().coordinators, i) != npos || t.punct(i, ",")) break;
    const std::size_t r = m.any_at(m.tables().possessives, i);
    if (r != npos) {
      f.low_cost.push_back({ReasonKind::confrontation, {act.first, r}});
      break;
    }
  }
}

// The work of one trade asked of someone who has another ("ask the pharmacist to fix my
// brakes", « demander au boulanger de regarder mon ordinateur »): a service outside their
// trade. Family and friends are asked as kin, whatever their trade.
std::vector<Found> trade_findings(const Matcher& m, const Asking& a, const Guards& g) {
  const Text& t = m.text();
  const Span who = a.addressee;
  if (!who.found() || m.any_in(m.tables().kin, who.first, who.last)) return {};
  // the words that say who they are run on to the act ("the guy at the tyre centre to ...")
  std::size_t end = who.last;
  if (a.act_start != npos && a.act_start > end) end = std::min(a.act_start, end + max_addressee_words);
  std::vector<std::string_view> theirs;
  for (const Matcher::Hit& h : m.all_matches(m.tables().trades))
    // a trade in a possessive is someone else's: "the doctor's receptionist"
    if (h.span.first >= who.first && h.span.first < end && !(h.span.last < end && t[h.span.last].norm == "s"))
      theirs.push_back(m.words().trades[h.pattern].name);
  if (theirs.empty()) return {};
  // only asked how or where: "ask the barista how I could fix my laptop"
  if (end < t.size() && m.any_at(m.tables().ways_asked, end) != npos) return {};
  for (const Matcher::Hit& h : m.all_matches(m.tables().trade_work)) {
    if (h.span.first < end || g.justifying(h.span.first)) continue;
    // the work is someone else's: "ask the receptionist to send someone to fix the shower"
    if (m.any_in(m.tables().generic, end, h.span.first)) continue;
    const std::string_view trade = m.words().trade_work[h.pattern].trade;
    if (std::find(theirs.begin(), theirs.end(), trade) != theirs.end()) continue;
    if (guarded(t, g, a, words::negated | words::possible | words::lent, h.span.first)) continue;
    return {{ReasonKind::big_favour, h.span}};
  }
  return {};
}

void append(std::vector<Found>& to, const std::vector<Found>& more) { to.insert(to.end(), more.begin(), more.end()); }

}  // namespace

Findings find_findings(const Matcher& m, const Amounts& amounts, const Asking& a, const Guards& g) {
  Findings f = rule_findings(m, a, g);
  // a vague word in the reason given ("Since I want to get better at asking for help, ask
  // Jonas to ...") is no object of the ask
  const bool ask_outside = a.ask.found() && !g.justifying(a.ask.first);
  for (const Found& x : ask_findings(m, a))
    if (x.kind != ReasonKind::vague_object || !ask_outside || !g.justifying(x.span.first)) f.concrete.push_back(x);
  f.bundles = find_bundles(m, a, f);
  for (const Span& s : f.bundles) f.concrete.push_back({ReasonKind::bundled, s});
  const std::vector<Found> length = length_findings(m, a, g);
  f.long_winded = !length.empty();
  append(f.concrete, length);
  append(f.reversible, money_findings(m, amounts, g));
  // one big favour is enough to say: the rules' own come first
  if (std::none_of(f.low_cost.begin(), f.low_cost.end(), [](const Found& x) { return x.kind == ReasonKind::big_favour; }))
    append(f.low_cost, trade_findings(m, a, g));
  add_public_findings(m, g, f);
  return f;
}

}  // namespace microask::criteria
