// Rewrites of a request, for the suggestions: a bundle split into its asks, the ask
// without its justification, the request without its ultimatum.
#include <algorithm>
#include <string>
#include <unordered_set>

#include "criteria/stages.hpp"

namespace microask::criteria {
namespace {

// The text of tokens [first, last) as typed, without the punctuation at its ends (a
// final "?" stays).
std::string text_between(const Text& t, std::size_t first, std::size_t last) {
  while (first < last && !t.wordlike(first)) ++first;
  while (last > first && t[last - 1].type == Type::punct && !t.punct(last - 1, "?")) --last;
  if (last <= first) return {};
  return std::string(t.typed.substr(t[first].begin, t[last - 1].end - t[first].begin));
}

// What each later part of a bundle needs in front: the ask verb and the addressee as
// typed; and the infinitive word of the first ask ("to", "for", "de") to repeat before a
// bare verb.
struct PartLead {
  std::string prefix;
  std::string infinitive;
};

PartLead part_lead(const Matcher& m, const Asking& a) {
  const Text& t = m.text();
  PartLead lead;
  if (!a.ask.found()) return lead;
  std::size_t start = t.sentence_first(a.ask.first);
  while (start < a.ask.first && !t.wordlike(start)) ++start;
  std::size_t after_prefix = a.ask.last;
  lead.prefix = text_between(t, start, a.ask.last);
  if (a.addressee.found() && a.addressee.first >= a.ask.last) {
    const Span whom = a.addressee_prep.found() ? Span{a.addressee_prep.first, a.addressee.last} : a.addressee;
    if (whom.first == a.ask.last) {
      lead.prefix = text_between(t, start, whom.last);
    } else {
      lead.prefix += " " + t.quote(whom);
    }
    after_prefix = whom.last;
  }
  if (after_prefix < t.size()) {
    const std::string& w = t[after_prefix].norm;
    if (w == "to") lead.infinitive = "to";
    if (w == "for") lead.infinitive = "for";  // "ask my boss for a raise and a promotion"
    if (w == "de" && (t.looks_infinitive(after_prefix + 1) || t[after_prefix].elided)) lead.infinitive = "de";
  }
  return lead;
}

// A later part with no ask of its own, given the first ask's verb and addressee in front.
std::string with_lead(const Matcher& m, const PartLead& lead, std::size_t from, const std::string& part) {
  const Text& t = m.text();
  static const std::unordered_set<std::string> joined{
      "to", "for", "if", "whether", "why", "how", "what", "when", "where", "which", "who",
      "about", "that", "de", "si", "s", "que", "pour", "pourquoi", "comment", "quand",
      "combien", "quel", "quelle", "ou", "a", "au", "aux", "me", "te", "lui", "nous", "leur"};
  const std::string& inf = lead.infinitive;
  std::string word;
  const bool bare = t.wordlike(from) && joined.count(t[from].norm) == 0;
  if (bare && inf == "to") word = "to ";
  if (inf == "for" && m.is_determiner(from)) word = "for ";
  if (bare && inf == "de" && t.looks_infinitive(from)) {
    const char c0 = part.empty() ? 'x' : part[0];
    word = std::string_view("aeiouyhAEIOUYH").find(c0) != std::string_view::npos ? "d'" : "de ";
  }
  if (t.wordlike(from) && (t[from].norm == "me" || t[from].norm == "lui" || t[from].norm == "nous") && inf == "de")
    word = "de ";
  return lead.prefix + " " + word + part;
}

// Where the parts of a bundle are cut. A list ("d'aller chercher les enfants, de faire le
// dîner et de promener le chien") is one bundle from its first comma to its last coordinator:
// it is cut at each of its commas and at that coordinator, so its middle items stay parts.
std::vector<Span> cuts_of(const Matcher& m, const std::vector<Span>& bundles) {
  const Text& t = m.text();
  std::vector<Span> cuts;
  for (const Span& b : bundles) {
    // "Tu as les clés ? Tu as le pain ?": a second question is cut at the mark before it
    if (t.punct(b.first, "?")) {
      cuts.push_back({b.first, b.first + 1});
      continue;
    }
    if (!t.punct(b.first, ",")) {
      cuts.push_back(b);
      continue;
    }
    std::size_t join = npos;
    for (std::size_t i = b.first + 1; i < b.last; ++i)
      if (m.any_at(m.tables().coordinators, i) != npos) join = i;
    if (join == npos) {
      cuts.push_back(b);
      continue;
    }
    std::size_t from = b.first;
    for (std::size_t i = b.first + 1; i < join; ++i) {
      if (!t.punct(i, ",") || t.words_in(from + 1, i) == 0) continue;
      cuts.push_back({from, from + 1});
      from = i;
    }
    if (t.words_in(from + 1, join) > 0) cuts.push_back({from, from + 1});
    // "et de promener": the infinitive word after the coordinator goes with the part.
    cuts.push_back({join, m.any_at(m.tables().coordinators, join)});
  }
  return cuts;
}

// A part said as a question ends with its mark, spaced as the language spaces it.
void end_as_question(const Text& t, std::string& part) {
  if (!part.empty() && part.back() != '?') part += t.lang == Lang::fr ? " ?" : "?";
}

}  // namespace

std::vector<std::string> split_parts(const Matcher& m, const Asking& a, const std::vector<Span>& list_bundles) {
  const Text& t = m.text();
  std::vector<std::string> parts;
  if (list_bundles.empty()) return parts;
  const std::vector<Span> bundles = cuts_of(m, list_bundles);
  // "Can you buy bread, call your mum and ...": the ask with the addressee lies inside the
  // list; the parts are led by the ask before it, as said ("Can you").
  Asking before = a;
  if (a.ask.found() && a.ask.first >= bundles.front().first) {
    const auto first = std::find_if(a.asks.begin(), a.asks.end(), [&](const Ask& x) { return x.verb.first < bundles.front().first; });
    if (first != a.asks.end()) {
      before.ask = first->verb;
      before.addressee = before.addressee_prep = Span{};
    }
  }
  const PartLead lead = part_lead(m, before);
  // A lead said to the person ("Can you", « Tu peux ») goes before every part, even one
  // with an ask verb of its own ("call your mum").
  const bool said_lead = std::any_of(a.asks.begin(), a.asks.end(), [&](const Ask& x) {
    return x.verb.first == before.ask.first && x.mode == words::Addressee::none;
  });
  std::size_t from = 0;
  for (std::size_t k = 0; k <= bundles.size(); ++k) {
    const std::size_t to = k < bundles.size() ? bundles[k].first : t.sentence_last(from);
    std::string part = text_between(t, from, to);
    // a question of its own after a "?" is said as it is
    const bool own_sentence = k > 0 && t.punct(bundles[k - 1].first, "?");
    if (own_sentence) {
      capitalise_from(part, 0);
      const std::size_t end = t.sentence_last(from);
      if (end < t.size() && t.punct(end, "?")) end_as_question(t, part);
    }
    if (k > 0 && !own_sentence && !part.empty() && !lead.prefix.empty()) {
      // "et d'appeler le plombier": an ask verb after the infinitive word is the act asked for
      const bool act_first = !lead.infinitive.empty() && t.wordlike(from) &&
                             (t[from].norm == lead.infinitive || (lead.infinitive == "de" && t[from].elided));
      const bool own_ask = !act_first && std::any_of(a.asks.begin(), a.asks.end(), [&](const Ask& x) {
        return x.verb.first >= from && x.verb.first < from + 3;
      });
      if (!own_ask || said_lead) {
        part = with_lead(m, lead, from, part);
      } else {
        capitalise_from(part, 0);
      }
    }
    if (!part.empty()) parts.push_back(tidy(part));
    if (k < bundles.size()) from = bundles[k].last;
  }
  if (parts.size() < 2) return {};
  // "Can you buy bread, call your mum and ...?": each part said to the person is a question
  const std::size_t last_typed = t.typed.find_last_not_of(" \t");
  if (said_lead && last_typed != std::string_view::npos && t.typed[last_typed] == '?')
    for (std::string& p : parts)
      end_as_question(t, p);
  if (!t.typed.empty() && starts_upper(t.typed, 0))
    for (std::string& p : parts) capitalise_from(p, 0);
  return parts;
}

std::string shortened(const Text& t, const Asking& a, const std::vector<Span>& justifications) {
  std::size_t at = a.ask.found() ? a.ask.first : 0;
  if (!a.ask.found()) {
    while (at < t.size() && !t.wordlike(at)) ++at;
  }
  if (at >= t.size()) return {};
  std::size_t first = t.sentence_first(at);
  for (std::size_t i = at; i > first; --i) {
    static const std::unordered_set<std::string> openers{"mais", "but", "alors", "so", "donc"};
    if (t.punct(i - 1, ",") || t.punct(i - 1, ";") || t.punct(i - 1, ":") ||
        (t[i - 1].type == Type::word && openers.count(t[i - 1].norm) != 0)) {
      first = i;
      break;
    }
  }
  const std::size_t last = t.sentence_last(at);
  if (last <= first) return {};
  const std::size_t b = t[first].begin;
  ByteSpans cut;
  for (const Span& j : justifications)
    if (j.first >= first && j.first < last) cut.push_back({t[j.first].begin - b, t[std::min(j.last, last) - 1].end - b});
  const std::string clause(t.typed.substr(b, t[last - 1].end - b));
  std::string s = without(clause, cut);
  capitalise_from(s, 0);
  return s;
}

std::string without_ultimatum(const Text& t, Span s) {
  const std::size_t first = t.sentence_first(s.first);
  std::size_t cut = s.first;
  if (cut > first && t.punct(cut - 1, ",")) --cut;
  const std::size_t last = t.sentence_last(s.first);
  const std::string rest = without(t.typed, {{t[cut].begin, t[std::max(last, s.last) - 1].end}});
  const std::vector<Token> rt = tokens::tokenise(rest);
  std::size_t words = 0;
  for (const Token& r : rt) words += tokens::is_wordlike(r) && !r.glued ? 1u : 0u;
  const bool dangling = !rt.empty() && tokens::opens_speech(rt.back());
  if (rest == tidy(std::string(t.typed)) || words < 3 || dangling) return t.quote(s);
  return rest;
}

}  // namespace microask::criteria
