// The verdicts stage: one verdict per criterion with its reasons, quoted from the text.
#include <algorithm>

#include "criteria/stages.hpp"

namespace microask::criteria {
namespace {

// One finding per kind and place: a longer quote wins over one it overlaps.
std::vector<Found> merged(const std::vector<Found>& use) {
  std::vector<Found> kept;
  for (const Found& f : use) {
    bool merged = false;
    for (Found& k : kept) {
      if (k.kind != f.kind || !overlaps(k.span, f.span)) continue;
      if (f.span.last - f.span.first > k.span.last - k.span.first) k.span = f.span;
      merged = true;
      break;
    }
    if (!merged) kept.push_back(f);
  }
  return kept;
}

std::string clear_ask_words(const Text& t, const Asking& a) {
  if (a.addressee.found()) return t.quote(a.addressee);
  if (a.ask.found()) return t.quote(a.ask);
  return {};
}

}  // namespace

CriterionResult decide(const Text& t, const std::vector<Found>& found, ReasonKind pass, std::string pass_words) {
  CriterionResult r;
  std::vector<Found> fails, unsure;
  for (const Found& f : found) (f.kind == ReasonKind::unclear ? unsure : fails).push_back(f);
  const std::vector<Found>& use = !fails.empty() ? fails : unsure;
  if (use.empty()) {
    r.verdict = Verdict::pass;
    r.reasons.push_back({pass, std::move(pass_words)});
    return r;
  }
  r.verdict = !fails.empty() ? Verdict::fail : Verdict::unsure;
  for (const Found& f : merged(use)) {
    std::string w = t.quote(f.span);
    const bool dup = std::any_of(r.reasons.begin(), r.reasons.end(),
                                 [&](const Reason& x) { return x.kind == f.kind && x.words == w; });
    if (!dup && !w.empty()) r.reasons.push_back({f.kind, std::move(w)});
  }
  if (r.reasons.empty()) r.reasons.push_back({ReasonKind::unclear, t.quote({0, t.size()})});
  return r;
}

Verdicts decide_verdicts(const Text& t, const Asking& a, const Findings& f) {
  return {decide(t, f.concrete, ReasonKind::clear_ask, clear_ask_words(t, a)),
          decide(t, f.reversible, ReasonKind::nothing_lasting, ""),
          decide(t, f.low_cost, ReasonKind::small_favour, "")};
}

}  // namespace microask::criteria
