// The suggestions stage: how to make a failing request smaller, from its verdicts and the
// rewrites of rewrites.cpp.
#include <algorithm>
#include <initializer_list>

#include "criteria/stages.hpp"

namespace microask::criteria {
namespace {

// The distinct words of a failing criterion's reasons of these kinds.
std::vector<std::string> words_of(const CriterionResult& r, std::initializer_list<ReasonKind> kinds) {
  std::vector<std::string> out;
  if (r.verdict != Verdict::fail) return out;
  for (const Reason& x : r.reasons)
    if (std::find(kinds.begin(), kinds.end(), x.kind) != kinds.end() &&
        std::find(out.begin(), out.end(), x.words) == out.end())
      out.push_back(x.words);
  return out;
}

// The stakes to scale down: what commits and what costs, each once.
std::vector<std::string> big_stakes(const Verdicts& v) {
  using enum ReasonKind;
  std::vector<std::string> big = words_of(v.reversible, {money, commitment, relationship, job});
  for (std::string& w : words_of(v.low_cost, {raise, promotion, loan, big_favour, declaration, change_person,
                                              confrontation, emotional_load, negotiation}))
    if (std::find(big.begin(), big.end(), w) == big.end()) big.push_back(std::move(w));
  return big;
}

}  // namespace

std::vector<Suggestion> suggest(const Matcher& m, const Asking& a, const Guards& g, const Findings& f,
                                const Verdicts& v) {
  std::vector<Suggestion> out;
  auto push = [&](SuggestionKind k, std::vector<std::string> parts) {
    if (!parts.empty()) out.push_back({k, std::move(parts)});
  };
  using enum ReasonKind;
  if (v.concrete.verdict == Verdict::fail) {
    push(SuggestionKind::split, split_parts(m, a, f.bundles));
    push(SuggestionKind::specify, words_of(v.concrete, {vague_object}));
    push(SuggestionKind::name_someone, words_of(v.concrete, {no_addressee}));
    if (f.long_winded && !words_of(v.concrete, {long_winded}).empty()) {
      std::string s = shortened(m.text(), a, g.justifications);
      if (!s.empty()) push(SuggestionKind::shorten, {std::move(s)});
    }
    push(SuggestionKind::first_step, words_of(v.concrete, {habit, no_ask}));
  }
  push(SuggestionKind::scale_down, big_stakes(v));
  // No ultimatum: the request without it, when something is left.
  if (v.reversible.verdict == Verdict::fail) {
    const auto it = std::find_if(f.reversible.begin(), f.reversible.end(), [](const Found& x) { return x.kind == ultimatum; });
    if (it != f.reversible.end()) push(SuggestionKind::no_ultimatum, {without_ultimatum(m.text(), it->span)});
  }
  push(SuggestionKind::private_first, words_of(v.reversible, {public_statement}));
  return out;
}

}  // namespace microask::criteria
