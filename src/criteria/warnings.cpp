// The warnings stage: hedges, apologies, self-deprecation and minimisers, each with the
// request rewritten without the words of all of them.
#include <algorithm>

#include "criteria/stages.hpp"

namespace microask::criteria {

std::vector<Warning> find_warnings(const Matcher& m) {
  const Text& t = m.text();
  std::vector<Matcher::Hit> hits = m.all_matches(m.tables().warnings);
  // Longest first, then drop those inside a kept one.
  std::stable_sort(hits.begin(), hits.end(), [](const Matcher::Hit& a, const Matcher::Hit& b) {
    return a.span.last - a.span.first > b.span.last - b.span.first;
  });
  std::vector<Matcher::Hit> kept;
  for (const Matcher::Hit& h : hits)
    if (std::none_of(kept.begin(), kept.end(), [&](const Matcher::Hit& k) { return overlaps(k.span, h.span); }))
      kept.push_back(h);
  std::sort(kept.begin(), kept.end(),
            [](const Matcher::Hit& a, const Matcher::Hit& b) { return a.span.first < b.span.first; });
  if (kept.empty()) return {};
  ByteSpans spans;
  for (const Matcher::Hit& h : kept) spans.push_back(t.bytes(h.span));
  const std::string instead = without(t.typed, spans);
  std::vector<Warning> out;
  for (const Matcher::Hit& h : kept) out.push_back({m.words().warnings[h.pattern].kind, t.quote(h.span), instead});
  return out;
}

}  // namespace microask::criteria
