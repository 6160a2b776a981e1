// Smaller versions of a failing request (microask/smaller.hpp). Candidates come from the
// checker's own findings, most faithful first: the split and shortened asks it suggests, the
// request without its ultimatum, the request with its time, sums and numbers scaled down
// (smaller_words.cpp), the commitment turned into asking for the quote; then whole first
// asks of the same person. Each candidate is assessed, and only those that pass are kept.
#include "microask/smaller.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "in_order.hpp"
#include "smaller_words.hpp"

namespace microask {
namespace {

using smaller::sv;
using smaller::Words;

// --- folding and words -----------------------------------------------------------------

// One word (or punctuation mark) of a text: its folded form and its bytes in the text.
struct Tok {
  std::string norm;
  std::size_t begin = 0, end = 0;
  bool word = false;
};

void append_utf8(std::string& out, utf8proc_int32_t cp) {
  std::array<utf8proc_uint8_t, 4> buf{};
  const utf8proc_ssize_t n = utf8proc_encode_char(cp, buf.data());
  out.append(reinterpret_cast<const char*>(buf.data()), static_cast<std::size_t>(n));
}

// Lower case, accents removed (NFD input reads like NFC: marks are dropped), "œ" as "oe".
void append_folded(std::string& out, utf8proc_int32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    return;
  }
  if (cp == 0x153 || cp == 0x152) {
    out += "oe";
    return;
  }
  if (cp == 0xE6 || cp == 0xC6) {
    out += "ae";
    return;
  }
  std::array<utf8proc_int32_t, 8> dst{};
  int boundclass = 0;
  const utf8proc_ssize_t n = utf8proc_decompose_char(
      cp, dst.data(), static_cast<utf8proc_ssize_t>(dst.size()),
      static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK), &boundclass);
  if (n <= 0 || n > static_cast<utf8proc_ssize_t>(dst.size())) {
    append_utf8(out, cp);
    return;
  }
  for (utf8proc_ssize_t i = 0; i < n; ++i) append_utf8(out, dst[static_cast<std::size_t>(i)]);
}

bool is_mark(utf8proc_category_t c) {
  return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}
bool is_wordchar(utf8proc_category_t c) {
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
         (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}
// Apostrophes and hyphens split words and are no token: "l'appart" is "l appart".
bool is_joiner(utf8proc_int32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == '-' || cp == 0x2010 || cp == 0x2011;
}

std::vector<Tok> tokenise(std::string_view s) {
  std::vector<Tok> out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  std::size_t i = 0;
  bool in_word = false;
  while (i < s.size()) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      n = 1;
      cp = 0xFFFD;
    }
    const std::size_t len = static_cast<std::size_t>(n);
    const utf8proc_category_t cat = utf8proc_category(cp);
    if (is_wordchar(cat) || (in_word && is_mark(cat))) {
      if (!in_word) out.push_back({{}, i, i, true});
      in_word = true;
      append_folded(out.back().norm, cp);
      out.back().end = i + len;
    } else {
      in_word = false;
      const bool blank = cat == UTF8PROC_CATEGORY_ZS || cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r';
      if (!blank && !is_joiner(cp) && !is_mark(cat))
        out.push_back({std::string(s.substr(i, len)), i, i + len, false});
    }
    i += len;
  }
  return out;
}

std::string fold(std::string_view s) {
  // One plain ASCII word, as most words of the tables are: folding is lower case only (and
  // the tables are compiled at the first smaller request of a process).
  auto plain = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  if (!s.empty() && std::all_of(s.begin(), s.end(), plain)) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  std::string out;
  for (const Tok& t : tokenise(s)) {
    if (!out.empty()) out += ' ';
    out += t.norm;
  }
  return out;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
// "5k", "2k": a number in thousands, written as one word.
bool digits_k(std::string_view s) { return s.size() >= 2 && s.back() == 'k' && all_digits(s.substr(0, s.size() - 1)); }

// --- patterns ------------------------------------------------------------------------------

struct Element {
  enum class Kind { word, number, any } kind = Kind::word;
  std::vector<std::string> alts;  // folded
};
using Pattern = std::vector<Element>;

std::vector<std::string> split_alts(sv s) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from <= s.size()) {
    const std::size_t bar = std::min(s.find('|', from), s.size());
    const sv alt = s.substr(from, bar - from);
    if (!alt.empty()) {
      // A sign such as "£" or "$" folds to nothing as a word: keep it as written.
      std::string f = fold(alt);
      out.push_back(f.empty() ? std::string(alt) : std::move(f));
    }
    from = bar + 1;
  }
  return out;
}

Pattern compile(sv pattern) {
  Pattern out;
  std::size_t from = 0;
  while (from < pattern.size()) {
    std::size_t sp = pattern.find(' ', from);
    if (sp == sv::npos) sp = pattern.size();
    const sv el = pattern.substr(from, sp - from);
    if (el == "#") {
      out.push_back({Element::Kind::number, {}});
    } else if (el == "*") {
      out.push_back({Element::Kind::any, {}});
    } else if (!el.empty()) {
      out.push_back({Element::Kind::word, split_alts(el)});
    }
    from = sp + 1;
  }
  return out;
}

// Rows of patterns indexed by the words they start with, so that at each word only the rows
// that may start there are tried.
struct Rows {
  std::vector<Pattern> patterns;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first;
  std::vector<std::size_t> loose;  // those starting with a number or any word
};

// The tables of one language with their patterns compiled, once per process.
struct Compiled {
  const Words& w;
  std::vector<std::string> numbers, gift_verbs, object_ends, determiners, plural_starts, dangling, joining, ask_words, groups, object_links, pronouns, to_do,
      price_links, clue_links;
  Rows scale, in_private, someone, uncommit;
  std::vector<std::vector<std::string>> cues, currencies;
};

std::vector<std::string> folded_list(std::span<const sv> words) {
  std::vector<std::string> out;
  for (sv s : words) out.push_back(fold(s));
  return out;
}

// As folded_list, but punctuation ("," ";") kept as written.
std::vector<std::string> split_alts_list(std::span<const sv> words) {
  std::vector<std::string> out;
  for (sv s : words)
    for (std::string& a : split_alts(s)) out.push_back(std::move(a));
  return out;
}

template <typename Row>
Rows compile_rows(std::span<const Row> rows) {
  Rows out;
  for (const Row& r : rows) {
    const std::size_t k = out.patterns.size();
    out.patterns.push_back(compile(r.pattern));
    const Pattern& p = out.patterns.back();
    if (p.empty()) continue;  // matches nothing
    if (p[0].kind != Element::Kind::word) {
      out.loose.push_back(k);
      continue;
    }
    for (const std::string& a : p[0].alts) {
      std::vector<std::size_t>& ks = out.by_first[a];
      if (ks.empty() || ks.back() != k) ks.push_back(k);
    }
  }
  return out;
}

Compiled build(const Words& w) {
  Compiled c{w, folded_list(w.numbers), folded_list(w.gift_verbs), folded_list(w.object_ends),
             folded_list(w.determiners), folded_list(w.plural_starts), folded_list(w.dangling),
             split_alts_list(w.joining), folded_list(w.ask_words), folded_list(w.groups),
             folded_list(w.object_links), folded_list(w.pronouns), folded_list(w.to_do),
             folded_list(w.price_links), split_alts_list(w.clue_links), compile_rows(w.scale), compile_rows(w.in_private),
             compile_rows(w.someone), compile_rows(w.uncommit), {}, {}};
  for (const smaller::FirstAsk& f : w.first_asks) c.cues.push_back(split_alts(f.cue));
  for (const smaller::Swap& s : w.currencies) c.currencies.push_back(split_alts(s.pattern));
  return c;
}

const Compiled& compiled(Lang lang) {
  static const Compiled en = build(smaller::words_of(Lang::en));
  static const Compiled fr = build(smaller::words_of(Lang::fr));
  return lang == Lang::fr ? fr : en;
}

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool is_number(const Compiled& c, const Tok& t) {
  return t.word && (all_digits(t.norm) || digits_k(t.norm) || contains(c.numbers, t.norm));
}

// The tokens [at, returned) matching `p` from `at`; nothing when they do not.
std::optional<std::size_t> match_at(const Compiled& c, const Pattern& p, const std::vector<Tok>& t, std::size_t at) {
  if (p.empty() || at + p.size() > t.size()) return std::nullopt;
  for (std::size_t k = 0; k < p.size(); ++k) {
    const Tok& tok = t[at + k];
    const Element& e = p[k];
    const bool ok = e.kind == Element::Kind::number ? is_number(c, tok)
                    : e.kind == Element::Kind::any  ? tok.word
                                                    : contains(e.alts, tok.norm);
    if (!ok) return std::nullopt;
  }
  return at + p.size();
}

// Calls f(row) for the rows that may start at token `at`, in their order, until f returns true.
template <typename F>
void each_row_at(const Rows& rows, const std::vector<Tok>& t, std::size_t at, F&& f) {
  const auto it = rows.by_first.find(t[at].norm);
  const std::span<const std::size_t> exact = it == rows.by_first.end() ? std::span<const std::size_t>() : it->second;
  each_in_order<std::size_t>(exact, rows.loose, f);
}

// --- editing text --------------------------------------------------------------------------

// Spaces collapsed, no space before "," or "." or after an opening bracket, no stray
// punctuation at either end but a closing "?" or "!".
std::string tidy(std::string_view s) {
  std::string out;
  for (char ch : s) {
    if (ch == ' ' || ch == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    if ((ch == ',' || ch == '.') && !out.empty() && out.back() == ' ') out.pop_back();
    if (ch == ',' && !out.empty() && out.back() == ',') continue;
    out += ch;
  }
  auto strippable = [](char ch) { return ch == ' ' || ch == ',' || ch == ';' || ch == ':' || ch == '.'; };
  while (!out.empty() && strippable(out.back())) out.pop_back();
  std::size_t first = 0;
  while (first < out.size() && strippable(out[first])) ++first;
  return out.substr(first);
}

bool starts_upper(std::string_view s) {
  utf8proc_int32_t cp = 0;
  if (s.empty() || utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &cp) <= 0)
    return false;
  return utf8proc_get_property(cp)->category == UTF8PROC_CATEGORY_LU;
}

void capitalise(std::string& s) {
  utf8proc_int32_t cp = 0;
  const utf8proc_ssize_t n = s.empty() ? 0
                                       : utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                                          static_cast<utf8proc_ssize_t>(s.size()), &cp);
  if (n <= 0) return;
  std::string up;
  append_utf8(up, utf8proc_toupper(cp));
  s.replace(0, static_cast<std::size_t>(n), up);
}

// `s` with each (begin, end, replacement) edit applied; edits sorted and apart.
struct Edit {
  std::size_t begin, end;
  std::string with;
};
std::string edited(std::string_view s, const std::vector<Edit>& edits) {
  std::string out;
  std::size_t at = 0;
  for (const Edit& e : edits) {
    out.append(s.substr(at, e.begin - at));
    out += e.with;
    at = e.end;
  }
  out.append(s.substr(at));
  return out;
}

// "$1 $3" with the texts of the matched tokens.
std::string fill_captures(sv to, std::string_view text, const std::vector<Tok>& t, std::size_t first,
                          std::size_t last) {
  std::string out;
  for (std::size_t i = 0; i < to.size(); ++i) {
    if (to[i] == '$' && i + 1 < to.size() && to[i + 1] >= '1' && to[i + 1] <= '9') {
      const std::size_t k = first + static_cast<std::size_t>(to[i + 1] - '1');
      if (k < last) out.append(text.substr(t[k].begin, t[k].end - t[k].begin));
      ++i;
    } else {
      out += to[i];
    }
  }
  return out;
}

// Every place a row of `rows` matches, replaced (the first row that matches at a place wins).
template <typename Row>
void collect_swaps(const Compiled& c, std::span<const Row> rows, const Rows& patterns,
                   std::string_view text, const std::vector<Tok>& t, std::vector<Edit>& edits) {
  for (std::size_t at = 0; at < t.size();) {
    std::optional<std::size_t> end;
    std::size_t row = 0;
    each_row_at(patterns, t, at, [&](std::size_t k) {
      row = k;
      return (end = match_at(c, patterns.patterns[k], t, at)).has_value();
    });
    const bool free = std::none_of(edits.begin(), edits.end(), [&](const Edit& e) {
      return end && t[at].begin < e.end && t[*end - 1].end > e.begin;
    });
    if (!end || !free) {
      ++at;
      continue;
    }
    edits.push_back({t[at].begin, t[*end - 1].end, fill_captures(rows[row].to, text, t, at, *end)});
    at = *end;
  }
}

// French "à le" -> "au", "de les" -> "des", where a word starts.
std::string contracted(const Words& w, std::string s) {
  for (const smaller::Swap& c : w.contractions) {
    for (std::size_t at = s.find(c.pattern); at != std::string::npos; at = s.find(c.pattern, at + c.to.size())) {
      if (at > 0 && s[at - 1] != ' ') {
        at += 1;
        continue;
      }
      s.replace(at, c.pattern.size(), c.to);
    }
  }
  return s;
}

// --- the stage ---------------------------------------------------------------------------

class Smaller {
 public:
  Smaller(std::string_view text, const Assessment& a)
      : text_(text), a_(a), c_(compiled(a.lang)), t_(tokenise(text)), upper_(starts_upper(text)) {
    for (const Criterion k : {Criterion::concrete, Criterion::reversible, Criterion::low_cost}) {
      const CriterionResult& r = a.result(k);
      if (r.verdict != Verdict::fail) continue;
      for (const Reason& x : r.reasons)
        if (std::find(kinds_.begin(), kinds_.end(), x.kind) == kinds_.end()) kinds_.push_back(x.kind);
    }
    const bool generic = failing(ReasonKind::no_addressee);
    if (a.addressee && !generic) addressee_ = *a.addressee;
    const std::vector<Tok> who = tokenise(addressee_);
    // "the parents' WhatsApp group" is the public, not someone to take aside.
    if (!who.empty() && contains(c_.groups, who.back().norm)) addressee_.clear();
    plural_ = !who.empty() && contains(c_.plural_starts, who[0].norm);
  }

  // Rewrites that keep the request and change only what failed.
  std::vector<std::string> faithful() const {
    std::vector<std::string> out;
    for (const Suggestion& s : a_.suggestions) {
      if (s.kind == SuggestionKind::split) {
        for (std::size_t k = 0; k < s.parts.size(); ++k) out.push_back(k == 0 ? s.parts[k] : repaired(s.parts[k], k));
      } else if (s.kind == SuggestionKind::shorten || s.kind == SuggestionKind::no_ultimatum) {
        for (const std::string& p : s.parts) out.push_back(p);
      }
    }
    if (std::string s = swapped(); !s.empty()) out.push_back(std::move(s));
    if (std::string s = small_sum(); !s.empty()) out.push_back(std::move(s));
    // The price of an action only when no commitment row said better ("a quote for the car").
    if (std::string s = uncommitted(); !s.empty()) {
      out.push_back(std::move(s));
    } else if (std::string p = priced(); !p.empty()) {
      out.push_back(std::move(p));
    }
    if (std::string s = clued(); !s.empty()) out.push_back(std::move(s));
    return out;
  }

  // Whole first asks, of the same person where the template needs one: for each failing
  // kind, the first row that fits.
  // A goal's first ask stands for the whole request only when nothing else fails in it:
  // `goals` says so of the request itself (a rewrite of it may have lost what failed).
  std::vector<std::string> first_asks(bool goals) const {
    std::vector<std::string> out;
    std::vector<ReasonKind> done;
    const bool only_concrete = goals && a_.reversible.verdict != Verdict::fail && a_.low_cost.verdict != Verdict::fail;
    const auto& rows = c_.w.first_asks;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const smaller::FirstAsk& f = rows[i];
      if (!failing(f.kind) || std::find(done.begin(), done.end(), f.kind) != done.end()) continue;
      if ((f.kind == ReasonKind::no_ask || f.kind == ReasonKind::habit) && !only_concrete) continue;
      if (f.who == smaller::Who::addressee && addressee_.empty()) continue;
      if (f.who == smaller::Who::nobody && !addressee_.empty()) continue;
      if (!c_.cues[i].empty() && std::none_of(t_.begin(), t_.end(), [&](const Tok& t) {
            return contains(c_.cues[i], t.norm);
          }))
        continue;
      done.push_back(f.kind);
      out.push_back(finish(fill(f.to, {}), true));
    }
    return out;
  }

 private:
  bool failing(ReasonKind k) const { return std::find(kinds_.begin(), kinds_.end(), k) != kinds_.end(); }

  // The text of a rewrite: tidied, capitalised like the request (a template always is).
  std::string finish(std::string s, bool capital) const {
    s = tidy(contracted(c_.w, std::move(s)));
    if (capital || upper_) capitalise(s);
    return s;
  }

  // {a}: the addressee as the object of the ask (" my boss", " au patron"); {o}: the object.
  std::string fill(sv to, std::string_view object) const {
    std::string a;
    if (!addressee_.empty()) {
      std::string who = addressee_;
      // "Le serveur" typed at the start of a clause still reads "au serveur".
      const std::vector<Tok> wt = tokenise(who);
      if (!wt.empty() && wt[0].begin == 0 && contains(c_.determiners, wt[0].norm) && starts_upper(who))
        who[0] = static_cast<char>(who[0] - 'A' + 'a');
      const sv pat = c_.w.to_addressee;
      const std::size_t at = pat.find("{}");
      a = " " + std::string(pat.substr(0, at)) + who + std::string(pat.substr(at + 2));
    }
    std::string out;
    for (std::size_t i = 0; i < to.size(); ++i) {
      if (to.substr(i, 3) == "{a}") {
        out += a;
        i += 2;
      } else if (to.substr(i, 3) == "{o}") {
        out += object;
        i += 2;
      } else if (to[i] == '{' && to.find('|', i) < to.find('}', i) && to.find('}', i) != sv::npos) {
        const std::size_t bar = to.find('|', i), close = to.find('}', i);
        out += plural_ ? to.substr(bar + 1, close - bar - 1) : to.substr(i + 1, bar - i - 1);
        i = close;
      } else {
        out += to[i];
      }
    }
    return out;
  }

  // The checker's split part `k` (k >= 1) with the words it may have dropped put back: the
  // bundle "and look" in "... the wipers and look at the AC" gives "Ask the mechanic to at
  // the AC"; the words of the bundle after its joining words ("look") go back before the rest.
  std::string repaired(const std::string& part, std::size_t k) const {
    std::size_t n = 0, from = 0;
    for (const Reason& r : a_.concrete.reasons) {
      if (r.kind != ReasonKind::bundled) continue;
      const std::size_t at = text_.find(r.words, from);
      if (at == std::string_view::npos) return part;
      from = at + r.words.size();
      if (++n < k) continue;
      const std::vector<Tok> wt = tokenise(r.words);
      // a second question is cut at its mark, and keeps all its words
      if (!wt.empty() && wt.front().norm == "?") return part;
      std::size_t j = 0;
      while (j < wt.size() && contains(c_.joining, wt[j].norm)) ++j;
      if (j == wt.size()) return without_joining(part, from);
      if (contains(c_.ask_words, wt[j].norm)) return part;
      const std::string dropped = r.words.substr(wt[j].begin);
      std::string_view rest = text_.substr(from);
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      rest = rest.substr(0, std::min<std::size_t>(rest.size(), 12));
      // the part has lost the text's last stop: "... and call HR." gives "to HR"
      while (!rest.empty() && std::string_view(".!?;").find(rest.back()) != std::string_view::npos) rest.remove_suffix(1);
      const std::size_t in_part = rest.empty() ? std::string::npos : part.rfind(rest);
      if (in_part == std::string::npos || part.find(dropped) != std::string::npos) return part;
      const bool glued = dropped.back() == '\'' || dropped.ends_with("\u2019");
      std::string out = part;
      out.insert(in_part, glued ? dropped : dropped + " ");
      return out;
    }
    return part;
  }

  // The part without the joining words that follow its bundle in the text ("puis aussi de
  // me prêter" gives "Demander à mon frère aussi de me prêter"). `from`: where the bundle ends.
  std::string without_joining(const std::string& part, std::size_t from) const {
    const std::string_view rest = text_.substr(from);
    const std::vector<Tok> rt = tokenise(rest);
    std::size_t j = 0;
    while (j < rt.size() && contains(c_.joining, rt[j].norm)) ++j;
    if (j == 0 || j == rt.size()) return part;
    const std::string_view joined = rest.substr(rt[0].begin, rt[j].begin - rt[0].begin);
    const std::string_view after = rest.substr(rt[j].begin, std::min<std::size_t>(12, rest.size() - rt[j].begin));
    const std::size_t at = part.rfind(std::string(joined) + std::string(after));
    if (at == std::string::npos) return part;
    std::string out = part;
    out.erase(at, joined.size());
    return out;
  }

  // Time, amounts and numbers scaled down, public made private, "people" made one person.
  std::string swapped() const {
    std::vector<Edit> edits;
    collect_swaps(c_, c_.w.scale, c_.scale, text_, t_, edits);
    if (failing(ReasonKind::public_statement))
      collect_swaps(c_, c_.w.in_private, c_.in_private, text_, t_, edits);
    if (failing(ReasonKind::no_addressee)) collect_swaps(c_, c_.w.someone, c_.someone, text_, t_, edits);
    if (edits.empty()) return {};
    std::sort(edits.begin(), edits.end(), [](const Edit& x, const Edit& y) { return x.begin < y.begin; });
    return finish(edited(text_, edits), false);
  }

  bool is_money_word(const Tok& t) const {
    return std::any_of(c_.currencies.begin(), c_.currencies.end(), [&](const std::vector<std::string>& alts) {
      return contains(alts, t.norm);
    });
  }

  // The tokens of the first sum of money starting in [first, last): digits, number words,
  // currency signs and words ("£1,500", "800 balles", "two hundred dollars", "2k").
  std::optional<std::pair<std::size_t, std::size_t>> sum_in(std::size_t first, std::size_t last) const {
    auto digits = [&](std::size_t i) {
      return i < t_.size() && t_[i].word && (all_digits(t_[i].norm) || digits_k(t_[i].norm));
    };
    for (std::size_t i = first; i < last && i < t_.size(); ++i) {
      const bool sign_first = is_money_word(t_[i]) && digits(i + 1);
      // "a tenner", "two hundred": but the "a" of "a $1,500 loan" is no part of its sum
      const bool spelt = is_number(c_, t_[i]) && i + 1 < t_.size() &&
                         (is_number(c_, t_[i + 1]) || (is_money_word(t_[i + 1]) && !digits(i + 2)));
      if (!digits(i) && !spelt && !sign_first) continue;
      std::size_t e = i + 1;
      while (e < t_.size()) {
        const Tok& n = t_[e];
        const bool sep = (n.norm == "," || n.norm == ".") && digits(e + 1);
        if (!is_number(c_, n) && !is_money_word(n) && !sep) break;
        ++e;
      }
      const bool has_currency = std::any_of(t_.begin() + static_cast<std::ptrdiff_t>(i),
                                            t_.begin() + static_cast<std::ptrdiff_t>(e),
                                            [&](const Tok& t) { return is_money_word(t) || digits_k(t.norm); });
      // "lend me 300 till Friday": a bare sum right after a loan's verb and its person
      const bool lent = digits(i) && e == i + 1 &&
                        ((i >= 1 && contains(c_.gift_verbs, t_[i - 1].norm)) ||
                         (i >= 2 && contains(c_.gift_verbs, t_[i - 2].norm) && contains(c_.pronouns, t_[i - 1].norm)));
      if (has_currency || lent) return std::pair{i, e};
    }
    return std::nullopt;
  }

  // A loan or a gift of a sum beyond the trivial: the same ask for a small sum.
  std::string small_sum() const {
    if (!failing(ReasonKind::money) && !failing(ReasonKind::loan)) return {};
    const bool gift = std::any_of(t_.begin(), t_.end(), [&](const Tok& t) { return contains(c_.gift_verbs, t.norm); });
    const auto s = sum_in(0, t_.size());
    if (!s) return {};
    // "Ask Dad for two hundred dollars": a gift asked for, straight after "for" / "pour".
    const bool asked_for = s->first >= 2 && (t_[s->first - 1].norm == "for" || t_[s->first - 1].norm == "pour") &&
                           !addressee_.empty() && fold(addressee_).ends_with(t_[s->first - 2].norm);
    if (!gift && !asked_for) return {};
    std::string sum(c_.w.small_sum);
    for (std::size_t i = s->first; i < s->second; ++i)
      for (std::size_t k = 0; k < c_.currencies.size(); ++k)
        if (contains(c_.currencies[k], t_[i].norm)) sum = std::string(c_.w.currencies[k].to);
    return finish(edited(text_, {{t_[s->first].begin, t_[s->second - 1].end, sum}}), false);
  }

  // A vague object whose topic the text names ("something about the project", "un truc sur
  // le projet"): ask who is in charge of it, a question the person can answer now.
  std::string clued() const {
    if (!failing(ReasonKind::vague_object) || addressee_.empty()) return {};
    for (const Reason& r : a_.concrete.reasons) {
      if (r.kind != ReasonKind::vague_object) continue;
      const std::size_t at = text_.find(r.words);
      if (at == std::string_view::npos) continue;
      std::size_t i = 0;
      while (i < t_.size() && t_[i].begin < at + r.words.size()) ++i;
      // The topic within a few words of the vague one ("un truc à mon chef sur le projet").
      for (std::size_t k = i; k < t_.size() && k < i + 5; ++k) {
        if (!contains(c_.clue_links, t_[k].norm) || k + 1 >= t_.size() || !contains(c_.determiners, t_[k + 1].norm))
          continue;
        const std::string topic = object_after(k + 1);
        if (!topic.empty()) return finish(fill(c_.w.clue_ask, topic), true);
      }
    }
    return {};
  }

  // A job at a price ("to change the brake pads for 180 €"): ask what it would cost.
  std::string priced() const {
    if (!failing(ReasonKind::money) || addressee_.empty()) return {};
    // A loan has no price: small_sum() and the first asks deal with it.
    if (std::any_of(t_.begin(), t_.end(), [&](const Tok& t) { return contains(c_.gift_verbs, t.norm); })) return {};
    const auto s = sum_in(0, t_.size());
    if (!s) return {};
    // The action: after the addressee and its "to" / "de", up to the sum and its "for".
    // "le garagiste" is typed "au garagiste": find the addressee by its last word.
    const std::vector<Tok> who = tokenise(addressee_);
    if (who.empty()) return {};
    std::size_t first = 0;
    while (first < s->first && t_[first].norm != who.back().norm) ++first;
    ++first;
    if (first >= s->first || !contains(c_.to_do, t_[first].norm)) return {};
    ++first;
    // The action stops at its price: "for 180 €", "avec un acompte de 1 500 €".
    std::size_t last = first + 1;
    while (last < s->first && !contains(c_.price_links, t_[last].norm)) ++last;
    // One word ("d'investir") says too little of the action to ask its price; asking has
    // no price ("to ask if they'd take £40").
    if (last <= first + 1 || contains(c_.pronouns, t_[first].norm) || contains(c_.ask_words, t_[first].norm))
      return {};
    const std::string action = tidy(text_.substr(t_[first].begin, t_[last - 1].end - t_[first].begin));
    return finish(fill(c_.w.price_ask, action), true);
  }

  // A signature, an order, a deposit: ask for the copy, the quote, the terms instead.
  std::string uncommitted() const {
    // A bare "Sign the ...", "Valider le devis" fails as no ask, and may fail nothing else.
    if (!failing(ReasonKind::commitment) && !failing(ReasonKind::money) && !failing(ReasonKind::job) &&
        !failing(ReasonKind::no_ask))
      return {};
    // "de me prêter 1 500 € pour la caution": the deposit is what the loan is for.
    if (std::any_of(t_.begin(), t_.end(), [&](const Tok& t) { return contains(c_.gift_verbs, t.norm); })) return {};
    for (std::size_t at = 0; at < t_.size(); ++at) {
      std::optional<std::string> out;
      each_row_at(c_.uncommit, t_, at, [&](std::size_t row) {
        const auto end = match_at(c_, c_.uncommit.patterns[row], t_, at);
        if (!end) return false;
        const bool wants_object = c_.w.uncommit[row].to.find("{o}") != sv::npos;
        std::string object = wants_object ? object_after(*end) : std::string();
        if (wants_object && object.empty()) return false;
        out = finish(fill(c_.w.uncommit[row].to, object), true);
        return true;
      });
      if (out) return *out;
    }
    return {};
  }

  // The words after a commitment verb up to the end of its object, sums of money left out:
  // "the £1,500 sofa" -> "the sofa".
  std::string object_after(std::size_t from) const {
    std::size_t last = from;
    std::vector<Edit> cuts;
    while (last < t_.size()) {
      if (const auto s = sum_in(last, last + 1); s && s->first == last) {
        cuts.push_back({t_[s->first].begin, t_[s->second - 1].end, ""});
        last = s->second;
        continue;
      }
      // an end first ("Signer demain le bail"): no object said right after the verb
      if (!t_[last].word || contains(c_.object_ends, t_[last].norm)) break;
      ++last;
    }
    if (last == from) return {};
    const std::size_t b = t_[from].begin;
    const std::size_t e = t_[last - 1].end;
    for (Edit& x : cuts) {
      x.begin -= b;
      x.end -= b;
    }
    std::string object = tidy(edited(text_.substr(b, e - b), cuts));
    if (fold(object).empty()) return {};
    // "sign me up": no object. After "l'achat du" the object ("canapé") gets its article back.
    if (contains(c_.pronouns, t_[from].norm)) return {};
    if (!contains(c_.determiners, t_[from].norm) && from > 0 && contains(c_.object_links, t_[from - 1].norm))
      object = std::string(c_.w.the_object) + " " + object;
    return object;
  }

  std::string_view text_;
  const Assessment& a_;
  const Compiled& c_;
  std::vector<Tok> t_;
  bool upper_;
  std::vector<ReasonKind> kinds_;
  std::string addressee_;
  bool plural_ = false;
};

// A rewrite ending on "that", "que", "to": the checker's cut left the ask unfinished.
bool dangles(Lang lang, std::string_view s) {
  const std::vector<Tok> t = tokenise(s);
  std::size_t last = t.size();
  while (last > 0 && !t[last - 1].word) --last;
  return last == 0 || contains(compiled(lang).dangling, t[last - 1].norm);
}

// At most this many candidates are assessed per request: a failing request stays well under
// a millisecond (assess is some 20 µs).
constexpr int assess_budget = 10;

}  // namespace

std::vector<std::string> smaller_requests(std::string_view text, const Assessment& a) {
  std::vector<std::string> out;
  if (!a.any_fail()) return out;
  int budget = assess_budget;
  std::vector<std::string> seen{tidy(text)};
  // Assesses `cand` once; keeps it when it passes. Returns its assessment when it fails.
  auto try_one = [&](const std::string& cand) -> std::optional<Assessment> {
    if (cand.empty() || budget <= 0 || out.size() >= 3 || contains(seen, cand) || dangles(a.lang, cand))
      return std::nullopt;
    seen.push_back(cand);
    --budget;
    Assessment r = assess(cand);
    if (r.micro()) {
      out.push_back(cand);
      return std::nullopt;
    }
    return r;
  };
  const Smaller first(text, a);
  // A faithful rewrite that still fails something gets one more faithful round of its own:
  // a bundle whose part lends 500 €, an ultimatum around a public statement.
  std::vector<std::pair<std::string, Assessment>> again;
  for (const std::string& cand : first.faithful())
    if (auto r = try_one(cand); r && r->any_fail() && again.size() < 2) again.emplace_back(cand, std::move(*r));
  std::vector<Smaller> seconds;
  for (const auto& [cand, r] : again) seconds.emplace_back(cand, r);
  for (const Smaller& s : seconds)
    for (const std::string& next : s.faithful()) try_one(next);
  // "Ask people for advice" -> "Ask a friend for advice" names the person a first ask needs.
  const bool goals = a.reversible.verdict != Verdict::fail && a.low_cost.verdict != Verdict::fail;
  for (const Smaller& s : seconds)
    for (const std::string& next : s.first_asks(goals)) try_one(next);
  for (const std::string& cand : first.first_asks(true)) try_one(cand);
  return out;
}

std::vector<std::string> smaller_requests(std::string_view text) { return smaller_requests(text, assess(text)); }

}  // namespace microask
