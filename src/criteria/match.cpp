// Matching the patterns of the word tables (syntax in words.hpp) over a text.
#include <algorithm>
#include <string>

#include "criteria/stages.hpp"

namespace microask::criteria {
namespace {

using tables::Alt;
using tables::Elem;
using tables::How;
using tables::Op;

bool alt_matches(const tables::Tables& c, const Alt& a, const Token& t) {
  const std::string& w = t.norm;
  switch (a.how) {
    case How::exact: return t.id == a.id && a.id != 0;
    case How::prefix: return w.size() >= a.text.size && w.compare(0, a.text.size, c.str(a.text)) == 0;
    case How::suffix:
      return w.size() > a.text.size && w.compare(w.size() - a.text.size, a.text.size, c.str(a.text)) == 0;
    case How::number: return t.type == Type::number;
  }
  return false;
}

bool alts_match(const tables::Tables& c, const Elem& e, const Token& t) {
  if (!tokens::is_wordlike(t)) return false;
  const auto alts = c.alts.subspan(e.first_alt, e.alts);
  return std::any_of(alts.begin(), alts.end(), [&](const Alt& a) { return alt_matches(c, a, t); });
}

}  // namespace

Matcher::Matcher(const Text& text, const Amounts& amounts)
    : text_(text), amounts_(amounts), present_(tables().words.size() / 64 + 1, 0),
      needs_met_(tables().patterns.size(), -1), loose_met_(tables().loose.size()),
      loose_met_count_(tables().loose.size(), -1) {
  for (const Token& t : text_.tokens) present_[t.id / 64] |= std::uint64_t{1} << (t.id % 64);
}

// Whether the text has, for each of the pattern's needs, one of its words: else it cannot
// match anywhere, and is not tried word by word. Read once a pattern.
bool Matcher::needs_met(const tables::Pattern& p) const {
  std::int8_t& met = needs_met_[static_cast<std::size_t>(&p - tables().patterns.data())];
  if (met < 0) met = read_needs(p) ? 1 : 0;
  return met == 1;
}

std::span<const std::uint32_t> Matcher::loose_met(const tables::PatternSet& ps) const {
  if (ps.loose.empty()) return {};
  const auto at = static_cast<std::size_t>(ps.loose.data() - tables().loose.data());
  std::int32_t& count = loose_met_count_[at];
  if (count < 0) {
    count = 0;
    for (const std::uint32_t k : ps.loose)
      if (needs_met(ps.items[k])) loose_met_[at + static_cast<std::size_t>(count++)] = k;
  }
  return std::span<const std::uint32_t>(loose_met_).subspan(at, static_cast<std::size_t>(count));
}

bool Matcher::read_needs(const tables::Pattern& p) const {
  const tables::Tables& c = tables();
  for (const std::uint32_t e : c.needs.subspan(p.first_need, p.needs)) {
    const auto alts = c.alts.subspan(c.elems[e].first_alt, c.elems[e].alts);
    if (std::none_of(alts.begin(), alts.end(), [&](const Alt& a) { return has(a.id); })) return false;
  }
  return true;
}

// "lend me 300 for the rent": a bare number read as money.
bool Matcher::bare_sum(std::size_t i) const {
  const Text& t = text_;
  if (t[i].type != Type::number || t[i].value <= trivial_amount) return false;
  // "₹50": the number of a sum already read with its sign, at its rate
  if (i > 0 && t[i - 1].type == Type::currency) return false;
  // "20% off", "passer à 80 %": a share, not a sum
  if (i + 1 < t.size() && (t[i + 1].norm == "%" || t[i + 1].norm == "percent" || t[i + 1].norm == "pourcent")) return false;
  // "lundi 14", "Friday 20": a date, not a sum
  if (i > 0 && any_at(tables().time_words, i - 1) == i) return false;
  // "the bus 38", "la salle 12": a number that names a thing
  if (i > 0 && any_at(tables().number_labels, i - 1) == i) return false;
  if (i + 1 >= t.size() || !tokens::is_wordlike(t[i + 1])) return true;
  const char last = t.typed[t[i].end - 1];
  if (last == 'k' || last == 'K') return true;  // "invest 5k in my startup"
  return any_at(tables().sum_followers, i + 1) != npos;
}

std::size_t Matcher::match_from(const tables::Pattern& p, std::size_t k, std::size_t i) const {
  if (k == p.size) return i;
  const tables::Tables& c = tables();
  const Text& t = text_;
  const Elem& e = c.elems[p.first + k];
  const std::size_t n = t.size();
  switch (e.op) {
    case Op::word:
      return i < n && alts_match(c, e, t[i]) ? match_from(p, k + 1, i + 1) : npos;
    case Op::optional:
      if (i < n && alts_match(c, e, t[i])) {
        const std::size_t r = match_from(p, k + 1, i + 1);
        if (r != npos) return r;
      }
      return match_from(p, k + 1, i);
    case Op::absent_next:
      return i < n && alts_match(c, e, t[i]) ? npos : match_from(p, k + 1, i);
    case Op::absent_prev:
      return i > 0 && i <= n && alts_match(c, e, t[i - 1]) ? npos : match_from(p, k + 1, i);
    case Op::gap:
      if (k + 1 == p.size) {  // trailing: as many words as allowed ("sinon je ~1")
        std::size_t g = 0;
        while (g < e.gap && i + g < n && tokens::is_wordlike(t[i + g])) ++g;
        return i + g;
      }
      for (std::size_t g = 0; g <= e.gap; ++g) {
        if (g > 0 && (i + g - 1 >= n || t[i + g - 1].ends_sentence)) break;
        const std::size_t r = match_from(p, k + 1, i + g);
        if (r != npos) return r;
      }
      return npos;
    case Op::any:
      return t.wordlike(i) ? match_from(p, k + 1, i + 1) : npos;
    case Op::number:
      return i < n && t[i].type == Type::number ? match_from(p, k + 1, i + 1) : npos;
    case Op::amount:
      return i < n && amounts_[i].end != 0 ? match_from(p, k + 1, amounts_[i].end) : npos;
    case Op::big:
      if (i >= n) return npos;
      if (amounts_[i].end != 0)
        return amounts_[i].value > trivial_amount ? match_from(p, k + 1, amounts_[i].end) : npos;
      return bare_sum(i) ? match_from(p, k + 1, i + 1) : npos;
    case Op::large:
      return i < n && amounts_[i].end != 0 && amounts_[i].value >= large_amount ? match_from(p, k + 1, amounts_[i].end) : npos;
    case Op::infinitive:
      return t.looks_infinitive(i) ? match_from(p, k + 1, i + 1) : npos;
    case Op::start:
      for (std::size_t j = 0; j < i && j < n; ++j)
        if (tokens::is_wordlike(t[j])) return npos;
      return match_from(p, k + 1, i);
    case Op::end:
      return t.wordlike(i) ? npos : match_from(p, k + 1, i);
    case Op::punct:
      return t.punct(i, c.str(e.punct)) ? match_from(p, k + 1, i + 1) : npos;
  }
  return npos;
}

std::size_t Matcher::match_at(const tables::Pattern& p, std::size_t i) const {
  if (!needs_met(p)) return npos;
  const std::size_t r = match_from(p, 0, i);
  return r != npos && r > i ? r : npos;
}

std::size_t Matcher::any_at(const tables::PatternSet& ps, std::size_t i) const {
  std::size_t end = npos;
  candidates(ps, i, [&](std::size_t k) { return (end = match_at(ps.items[k], i)) != npos; });
  return end;
}

bool Matcher::any_in(const tables::PatternSet& ps, std::size_t first, std::size_t last) const {
  for (std::size_t i = first; i < last && i < text_.size(); ++i)
    if (any_at(ps, i) != npos) return true;
  return false;
}

std::vector<Matcher::Hit> Matcher::all_matches(const tables::PatternSet& ps) const {
  std::vector<Hit> out;
  for (std::size_t i = 0; i < text_.size(); ++i) {
    candidates(ps, i, [&](std::size_t k) {
      const std::size_t r = match_at(ps.items[k], i);
      if (r != npos) out.push_back({k, {i, r}});
      return false;
    });
  }
  return out;
}

Span Matcher::first_of(const tables::PatternSet& ps) const {
  Span best;
  for (std::size_t i = 0; i < text_.size() && !best.found(); ++i) {
    candidates(ps, i, [&](std::size_t k) {
      const std::size_t r = match_at(ps.items[k], i);
      if (r != npos && (!best.found() || r > best.last)) best = {i, r};
      return false;
    });
  }
  return best;
}

}  // namespace microask::criteria
