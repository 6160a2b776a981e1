// The warnings stage: hedges, apologies, self-deprecation and minimisers, each with the
// request rewritten without the words of all of them.
#include <algorithm>

#include "criteria/stages.hpp"
#include "microask/text.hpp"

namespace microask::criteria {
namespace {

// `s` opens with `words`, folded as the matcher folds them, and a word ends there.
bool starts_with_words(std::string_view s, std::string_view words) {
  if (s.size() < words.size() || fold(s.substr(0, words.size())) != fold(words)) return false;
  return s.size() == words.size() || s[words.size()] == ' ';
}

// A hedge dropped leaves the ask it hid ("I was wondering if you could lend me a pen" ->
// "You could lend me a pen"): said back as the question it is, "Could you lend me a pen?".
std::string as_question(std::string s, const words::LangWords& w, Lang lang) {
  for (const words::Respelling& q : w.hedge_questions) {
    if (!starts_with_words(s, q.typed)) continue;
    s = std::string(q.meant) + s.substr(q.typed.size());
    while (!s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == ' ')) s.pop_back();
    if (s.empty() || s.back() != '?') s += lang == Lang::fr ? " ?" : "?";
    break;
  }
  return s;
}

}  // namespace

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
  const std::string instead = as_question(without(t.typed, spans), m.words(), t.lang);
  std::vector<Warning> out;
  for (const Matcher::Hit& h : kept) out.push_back({m.words().warnings[h.pattern].kind, t.quote(h.span), instead});
  return out;
}

}  // namespace microask::criteria
