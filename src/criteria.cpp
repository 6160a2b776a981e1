// The checker: tokenise and fold the request, find its ask and addressee, then apply the
// word tables of its language (criteria_words_*.cpp) to decide the three verdicts.
#include "microask/criteria.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "criteria_tables.hpp"
#include "criteria_tokens.hpp"
#include "criteria_words.hpp"

namespace microask {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);
constexpr double trivial_amount = 50.0;  // money at or below this commits nothing that lasts
// The contract is 1..500 characters (at most 2000 bytes). Anything longer, which only a
// broken caller sends, is analysed on its first bytes so that time stays bounded.
constexpr std::size_t max_bytes = 4000;
constexpr std::size_t max_addressee_words = 6;

using tokens::Ch;
using tokens::decode_at;
using tokens::is_accented;
using tokens::is_upper_letter;
using tokens::is_wordlike;
using tokens::Token;
using tokens::tokenise;
using tokens::Type;

// ---------------------------------------------------------------------------------------
// Patterns (syntax in criteria_words.hpp), compiled at build time (criteria_tables.hpp)

using tables::Alt;
using tables::Elem;
using tables::How;
using tables::Op;
using tables::Pattern;
using tables::PatternSet;
using tables::Tables;

bool alt_matches(const Tables& c, const Alt& a, const Token& t) {
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

bool alts_match(const Tables& c, const Elem& e, const Token& t) {
  if (!is_wordlike(t)) return false;
  const auto alts = c.alts.subspan(e.first_alt, e.alts);
  return std::any_of(alts.begin(), alts.end(), [&](const Alt& a) { return alt_matches(c, a, t); });
}

const Tables& compiled(Lang lang) { return tables::generated(lang); }
const words::LangWords& word_lists(Lang lang) { return lang == Lang::fr ? words::french() : words::english(); }

// ---------------------------------------------------------------------------------------
// Language

Lang detect(const std::vector<Token>& toks, std::string_view text) {
  const Tables& en = compiled(Lang::en);
  const Tables& fr = compiled(Lang::fr);
  int fr_score = 0, en_score = 0, accents = 0;
  for (std::size_t i = 0; i < text.size();) {
    const Ch ch = decode_at(text, i);
    i = ch.end;
    if (is_accented(ch.c) && accents < 3) ++accents;
  }
  fr_score += 2 * accents;
  for (const Token& t : toks) {
    if (t.type != Type::word) continue;
    if (t.elided) fr_score += 2;
    if (t.contracted) en_score += 2;
    if (!t.contracted && fr.is(fr.id_of(t.norm), tables::marker)) ++fr_score;
    if (!t.elided && en.is(en.id_of(t.norm), tables::marker)) ++en_score;
  }
  return fr_score > en_score ? Lang::fr : Lang::en;
}

// ---------------------------------------------------------------------------------------
// Text editing: removing words and tidying what is left

bool is_space(char c) { return c == ' ' || c == '\t'; }

// Upper-cases the first letter at or after `pos` (ASCII and Latin-1 letters).
void capitalise_from(std::string& s, std::size_t pos) {
  while (pos < s.size() && (is_space(s[pos]) || s[pos] == '"' || s[pos] == '(')) ++pos;
  if (pos >= s.size()) return;
  const auto b = static_cast<unsigned char>(s[pos]);
  if (b >= 'a' && b <= 'z') {
    s[pos] = static_cast<char>(b - 'a' + 'A');
  } else if (b == 0xC3 && pos + 1 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[pos + 1]);
    if (b1 >= 0xA0 && b1 <= 0xBE && b1 != 0xB7) s[pos + 1] = static_cast<char>(b1 - 0x20);
  }
}

bool starts_upper(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return false;
  return is_upper_letter(decode_at(s, pos).c);
}

bool no_space_before(char c) { return c == ',' || c == '.' || c == ')' || c == ';'; }

// Removes s[a, b) and the separator it leaves behind ("water, sorry to bother" -> "water").
std::string remove_one(const std::string& s, std::size_t a, std::size_t b) {
  std::size_t left = a, right = b;
  while (left > 0 && is_space(s[left - 1])) --left;
  while (right < s.size() && is_space(s[right])) ++right;
  const char L = left > 0 ? s[left - 1] : '\0';
  const char R = right < s.size() ? s[right] : '\0';
  const bool sentence_start = L == '\0' || L == '.' || L == '!' || L == '?' || L == '\n';
  const bool cap = sentence_start && starts_upper(s, a);
  std::string out;
  std::size_t join = 0;
  if ((L == ',' || L == ';') && R == ',') {  // ", aside," -> " "
    out = s.substr(0, left - 1);
    join = out.size();
    out += ' ';
    out += s.substr(std::min(s.size(), right + 1));
  } else if ((L == ',' || L == ';') && (R == '\0' || R == '.' || R == '!' || R == '?' || R == ';' || R == ')')) {
    out = s.substr(0, left - 1);
    join = out.size();
    out += s.substr(right);
  } else if (sentence_start && (R == ',' || R == ';' || R == ':')) {
    std::size_t r2 = right + 1;
    while (r2 < s.size() && is_space(s[r2])) ++r2;
    out = s.substr(0, left);
    if (left > 0) out += ' ';
    join = out.size();
    out += s.substr(r2);
  } else if (sentence_start && L != '\0' && (R == '.' || R == '!' || R == '?')) {
    out = s.substr(0, left);  // a whole sentence goes, with its full stop
    join = out.size();
    out += s.substr(right + 1);
  } else {
    out = s.substr(0, left);
    if (left > 0 && right < s.size() && !no_space_before(R)) out += ' ';
    join = out.size();
    out += s.substr(right);
  }
  if (cap) capitalise_from(out, join);
  return out;
}

std::string tidy(std::string s) {
  std::string out;
  for (const char c : s) {
    if (is_space(c) && (out.empty() || is_space(out.back()))) continue;
    out += c;
  }
  while (!out.empty() && (is_space(out.back()) || out.back() == ',' || out.back() == ';' || out.back() == ':'))
    out.pop_back();
  std::size_t start = 0;
  while (start < out.size() && (is_space(out[start]) || out[start] == ',' || out[start] == ';')) ++start;
  return out.substr(start);
}

// The text without the given byte spans, tidied; the text itself if nothing would be left.
std::string without(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>> spans) {
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<std::size_t, std::size_t>> merged;
  for (const auto& sp : spans) {
    if (!merged.empty() && sp.first <= merged.back().second)
      merged.back().second = std::max(merged.back().second, sp.second);
    else
      merged.push_back(sp);
  }
  std::string s(text);
  for (auto it = merged.rbegin(); it != merged.rend(); ++it)
    if (it->first < it->second && it->second <= s.size()) s = remove_one(s, it->first, it->second);
  s = tidy(std::move(s));
  return s.empty() ? tidy(std::string(text)) : s;
}

// ---------------------------------------------------------------------------------------
// The analysis of one request

struct Amount {
  std::size_t end = 0;  // 0: no amount starts here
  double value = 0;
};

struct Span {
  std::size_t first = npos, last = npos;  // tokens [first, last)
  bool found() const { return first != npos; }
};

struct Found {
  ReasonKind kind;
  Span span;
};

struct Ask {
  Span verb;
  words::Addressee mode = words::Addressee::object;
};

class Checker {
 public:
  Checker(std::string_view text, Lang lang, std::vector<Token> toks)
      : text_(text), lang_(lang), c_(compiled(lang)), w_(word_lists(lang)), t_(std::move(toks)) {
    respell();
    for (Token& t : t_) t.id = c_.id_of(t.norm);
    index_sentences();
    find_amounts();
  }

  Assessment run() {
    Assessment a;
    a.lang = lang_;
    find_asks();
    find_addressee();
    find_asked_act();
    justs_ = justifications();
    apply_rules();
    check_concrete();
    check_money();
    check_public();
    a.concrete = decide(concrete_, ReasonKind::clear_ask, clear_ask_words());
    a.reversible = decide(reversible_, ReasonKind::nothing_lasting, "");
    a.low_cost = decide(low_cost_, ReasonKind::small_favour, "");
    if (addressee_.found()) a.addressee = addressee_text();
    a.warnings = warnings();
    suggest(a);
    return a;
  }

 private:
  // --- tokens -------------------------------------------------------------------------
  std::size_t size() const { return t_.size(); }
  bool wordlike(std::size_t i) const { return i < size() && is_wordlike(t_[i]); }
  bool punct(std::size_t i, std::string_view p) const {
    return i < size() && t_[i].type == Type::punct && t_[i].norm == p;
  }
  bool clause_break(std::size_t i) const {
    return i < size() && t_[i].type == Type::punct && t_[i].norm != "\"" && t_[i].norm != "«" &&
           t_[i].norm != "»" && t_[i].norm != "#";
  }

  std::string quote(Span s) const {
    if (!s.found() || s.last <= s.first || s.last > size()) return {};
    const std::size_t b = t_[s.first].begin, e = t_[s.last - 1].end;
    return std::string(text_.substr(b, e - b));
  }
  std::pair<std::size_t, std::size_t> bytes(Span s) const { return {t_[s.first].begin, t_[s.last - 1].end}; }

  // The first token of the sentence of token i, and the end of its words (exclusive, the
  // sentence end mark excluded). Precomputed: see index_sentences().
  std::size_t sentence_first(std::size_t i) const { return first_of_sentence_[std::min(i, size() - 1)]; }
  std::size_t sentence_last(std::size_t i) const {
    return i >= size() ? size() : std::max(i, last_of_sentence_[i]);
  }

  void index_sentences() {
    const std::size_t n = size();
    first_of_sentence_.assign(n, 0);
    last_of_sentence_.assign(n, n);
    words_before_.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
      first_of_sentence_[i] = i > 0 && t_[i - 1].sentence == t_[i].sentence ? first_of_sentence_[i - 1] : i;
      words_before_[i + 1] = words_before_[i] + (counts_as_word(i) ? 1u : 0u);
    }
    for (std::size_t i = n; i-- > 0;) {
      if (t_[i].ends_sentence) {
        last_of_sentence_[i] = i;
      } else {
        last_of_sentence_[i] = i + 1 < n && t_[i + 1].sentence == t_[i].sentence ? last_of_sentence_[i + 1] : i + 1;
      }
    }
    // What the guards look for, once: question words (position), price words and money
    // coming back (per sentence), negations (position).
    question_at_.assign(n, 0);
    negation_at_.assign(n, 0);
    const std::size_t sentences = n == 0 ? 0 : t_.back().sentence + 1;
    price_in_sentence_.assign(sentences, 0);
    incoming_in_sentence_.assign(sentences, 0);
    lend_before_ = seen_before(c_.lending);
    possible_before_ = seen_before(c_.possibility);
    for (std::size_t i = 0; i < n; ++i) {
      question_at_[i] = any_at(c_.question_words, i) != npos ? 1 : 0;
      negation_at_[i] = any_at(c_.negations, i) != npos ? 1 : 0;
      if (any_at(c_.price_words, i) != npos) price_in_sentence_[t_[i].sentence] = 1;
      if (any_at(c_.incoming_money, i) != npos) incoming_in_sentence_[t_[i].sentence] = 1;
    }
  }

  // For each token: whether one of `ps` starts before it in its sentence.
  std::vector<char> seen_before(const PatternSet& ps) const {
    std::vector<char> out(size(), 0);
    if (ps.items.empty()) return out;
    for (std::size_t i = 1; i < size(); ++i)
      if (t_[i - 1].sentence == t_[i].sentence) out[i] = out[i - 1] != 0 || any_at(ps, i - 1) != npos ? 1 : 0;
    return out;
  }

  // A typed word: not glued to the previous one, not a contraction, not punctuation.
  bool counts_as_word(std::size_t i) const {
    return wordlike(i) && !t_[i].glued && !t_[i].contracted;
  }
  std::size_t words_in(std::size_t first, std::size_t last) const {
    last = std::min(last, size());
    return first >= last ? 0 : words_before_[last] - words_before_[first];
  }

  bool looks_infinitive(std::size_t i) const {
    if (!wordlike(i) || t_[i].type != Type::word) return false;
    const std::string& w = t_[i].norm;
    if (w.size() < 4 || c_.is(t_[i].id, tables::not_infinitive)) return false;
    auto ends = [&](std::string_view e) { return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0; };
    return ends("er") || ends("ir") || ends("re") || ends("oir");
  }

  // --- matching -----------------------------------------------------------------------
  bool bare_sum(std::size_t i) const {  // "lend me 300 for the rent": a number read as money
    if (t_[i].type != Type::number || t_[i].value <= trivial_amount) return false;
    if (i + 1 >= size() || !is_wordlike(t_[i + 1])) return true;
    const char last = text_[t_[i].end - 1];
    if (last == 'k' || last == 'K') return true;  // "invest 5k in my startup"
    static const std::unordered_set<std::string> followers{
        "for", "to", "until", "by", "before", "and", "a", "per", "pour", "jusque", "avant", "et", "de", "par"};
    return followers.count(t_[i + 1].norm) != 0;
  }

  std::size_t match_from(const Pattern& p, std::size_t k, std::size_t i) const {
    if (k == p.size) return i;
    const Elem& e = c_.elems[p.first + k];
    const std::size_t n = size();
    switch (e.op) {
      case Op::word:
        return i < n && alts_match(c_, e, t_[i]) ? match_from(p, k + 1, i + 1) : npos;
      case Op::optional:
        if (i < n && alts_match(c_, e, t_[i])) {
          const std::size_t r = match_from(p, k + 1, i + 1);
          if (r != npos) return r;
        }
        return match_from(p, k + 1, i);
      case Op::absent_next:
        return i < n && alts_match(c_, e, t_[i]) ? npos : match_from(p, k + 1, i);
      case Op::absent_prev:
        return i > 0 && i <= n && alts_match(c_, e, t_[i - 1]) ? npos : match_from(p, k + 1, i);
      case Op::gap:
        if (k + 1 == p.size) {  // trailing: as many words as allowed ("sinon je ~1")
          std::size_t g = 0;
          while (g < e.gap && i + g < n && is_wordlike(t_[i + g])) ++g;
          return i + g;
        }
        for (std::size_t g = 0; g <= e.gap; ++g) {
          if (g > 0 && (i + g - 1 >= n || t_[i + g - 1].ends_sentence)) break;
          const std::size_t r = match_from(p, k + 1, i + g);
          if (r != npos) return r;
        }
        return npos;
      case Op::any:
        return wordlike(i) ? match_from(p, k + 1, i + 1) : npos;
      case Op::number:
        return i < n && t_[i].type == Type::number ? match_from(p, k + 1, i + 1) : npos;
      case Op::amount:
        return i < n && amounts_[i].end != 0 ? match_from(p, k + 1, amounts_[i].end) : npos;
      case Op::big:
        if (i >= n) return npos;
        if (amounts_[i].end != 0)
          return amounts_[i].value > trivial_amount ? match_from(p, k + 1, amounts_[i].end) : npos;
        return bare_sum(i) ? match_from(p, k + 1, i + 1) : npos;
      case Op::infinitive:
        return looks_infinitive(i) ? match_from(p, k + 1, i + 1) : npos;
      case Op::start: {
        for (std::size_t j = 0; j < i && j < n; ++j)
          if (is_wordlike(t_[j])) return npos;
        return match_from(p, k + 1, i);
      }
      case Op::end:
        return wordlike(i) ? npos : match_from(p, k + 1, i);
      case Op::punct:
        return punct(i, c_.str(e.punct)) ? match_from(p, k + 1, i + 1) : npos;
    }
    return npos;
  }

  // The end of a match of `p` that starts at token i, or npos.
  std::size_t match_at(const Pattern& p, std::size_t i) const {
    const std::size_t r = match_from(p, 0, i);
    return r != npos && r > i ? r : npos;
  }
  // Calls f(k) for the patterns of `ps` that may start at token i, in table order, until f
  // returns true.
  template <typename F>
  void candidates(const PatternSet& ps, std::size_t i, F&& f) const {
    std::span<const std::uint32_t> exact;
    if (i < size() && t_[i].id != 0) {
      const auto it = std::lower_bound(ps.by_first.begin(), ps.by_first.end(), t_[i].id,
                                       [](const tables::First& x, std::uint32_t id) { return x.id < id; });
      if (it != ps.by_first.end() && it->id == t_[i].id) exact = ps.starts.subspan(it->first, it->count);
    }
    std::size_t a = 0, b = 0;
    while (a < exact.size() || b < ps.loose.size()) {
      const bool take_exact = b >= ps.loose.size() || (a < exact.size() && exact[a] < ps.loose[b]);
      const std::size_t k = take_exact ? exact[a++] : ps.loose[b++];
      if (f(k)) return;
    }
  }

  // The end of the first pattern of `ps` (in table order) that matches at token i, or npos.
  std::size_t any_at(const PatternSet& ps, std::size_t i) const {
    std::size_t end = npos;
    candidates(ps, i, [&](std::size_t k) { return (end = match_at(ps.items[k], i)) != npos; });
    return end;
  }

  struct Hit {
    std::size_t pattern;
    Span span;
  };
  // Every match of every pattern, in the order of the text, then of the table.
  std::vector<Hit> all_matches(const PatternSet& ps) const {
    std::vector<Hit> out;
    for (std::size_t i = 0; i < size(); ++i) {
      candidates(ps, i, [&](std::size_t k) {
        const std::size_t r = match_at(ps.items[k], i);
        if (r != npos) out.push_back({k, {i, r}});
        return false;
      });
    }
    return out;
  }
  bool any_in(const PatternSet& ps, std::size_t first, std::size_t last) const {
    for (std::size_t i = first; i < last && i < size(); ++i)
      if (any_at(ps, i) != npos) return true;
    return false;
  }

  // --- preparation --------------------------------------------------------------------
  void respell() {
    if (c_.respellings.empty()) return;
    std::vector<Token> out;
    out.reserve(t_.size());
    for (Token& t : t_) {
      const tables::Respelling* it = t.type == Type::word || t.type == Type::punct ? c_.respelling(c_.id_of(t.norm)) : nullptr;
      if (it == nullptr) {
        out.push_back(std::move(t));
        continue;
      }
      for (std::size_t k = 0; k < it->count; ++k) {
        Token r = t;
        r.norm = c_.str(c_.respelled[it->first + k]);
        r.type = Type::word;  // "&" -> "and"
        r.ends_sentence = false;
        if (k > 0) r.glued = true;
        out.push_back(std::move(r));
      }
    }
    t_ = std::move(out);
  }

  double currency_after(std::size_t i) const {  // the factor of a currency at token i, or 0
    if (i >= size()) return 0;
    if (t_[i].type == Type::currency) return 1;
    if (t_[i].type != Type::word) return 0;
    const tables::Valued* it = c_.find(c_.currencies, t_[i].id);
    return it == nullptr ? 0 : it->value;
  }

  // A number written in words from i ("two thousand", "cinq cents"): value and end.
  std::pair<double, std::size_t> number_words(std::size_t i) const {
    double total = 0, current = 0;
    std::size_t j = i;
    while (j < size() && t_[j].type == Type::word) {
      const tables::Valued* it = c_.find(c_.number_words, t_[j].id);
      if (it == nullptr) break;
      const double v = it->value;
      if (v >= 1000) {
        total += std::max(current, 1.0) * v;
        current = 0;
      } else if (v == 100) {
        current = std::max(current, 1.0) * v;
      } else {
        current += v;
      }
      ++j;
      if (j < size() && t_[j].norm == "and") ++j;
    }
    return {total + current, j};
  }

  void find_amounts() {
    amounts_.assign(size(), Amount{});
    for (std::size_t i = 0; i < size(); ++i) {
      const Token& t = t_[i];
      if (t.type == Type::currency && i + 1 < size() && t_[i + 1].type == Type::number) {
        amounts_[i] = {i + 2, t_[i + 1].value};  // "$5,000", "€500"
        continue;
      }
      double value = 0;
      std::size_t j = i;
      if (t.type == Type::number) {
        value = t.value;
        j = i + 1;
        // "5 thousand euros", "2 grand"
        if (j < size() && t_[j].type == Type::word) {
          const tables::Valued* it = c_.find(c_.number_words, t_[j].id);
          if (it != nullptr && it->value >= 100) {
            value *= it->value;
            ++j;
          }
        }
      } else if (t.type == Type::word) {
        const auto [v, end] = number_words(i);
        if (end == i) continue;
        value = v;
        j = end;
        if (currency_after(j) == 0) {  // a run of number words with no currency: skip it
          i = end - 1;
          continue;
        }
      } else {
        continue;
      }
      const double factor = currency_after(j);
      if (factor > 0) amounts_[i] = {j + 1, value * factor};
    }
  }

  // --- asking and whom ----------------------------------------------------------------
  void find_asks() {
    for (std::size_t i = 0; i < size(); ++i) {
      candidates(c_.ask_verbs, i, [&](std::size_t k) {
        const std::size_t r = match_at(c_.ask_verbs.items[k], i);
        if (r == npos) return false;
        asks_.push_back({{i, r}, w_.ask_verbs[k].addressee});
        i = r - 1;
        return true;
      });
    }
    for (const Token& t : t_)
      if (t.type == Type::punct && t.norm == "?") question_ = true;
  }

  bool is_determiner(std::size_t i) const { return any_at(c_.determiners, i) != npos; }

  // The addressee starting at token j, if there is one. `any_start`: the first word need
  // not be a determiner or a name ("ask people", "au serveur").
  Span addressee_at(std::size_t j, bool any_start) const {
    if (!wordlike(j)) return {};
    const std::size_t g = any_at(c_.generic, j);
    if (g != npos) return {j, g};
    std::size_t k = j;
    if (is_determiner(k)) {
      const std::size_t r = any_at(c_.determiners, k);
      k = r;
    } else if (!any_start && !t_[j].upper) {
      return {};
    } else if (any_at(c_.addressee_ends, j) != npos && !t_[j].upper) {
      return {};
    }
    std::size_t last = k;
    while (k < size() && words_in(j, k) < max_addressee_words) {
      if (!wordlike(k)) break;
      if (k > j && t_[k].glued) {
        last = ++k;
        continue;
      }
      const std::size_t link = any_at(c_.links, k);
      if (link != npos && k > j) {
        // "la salle de sport" goes on; "à la concession de valider", "de me prêter" stop.
        std::size_t n = link;
        if (looks_infinitive(n) || !wordlike(n)) break;
        if (is_determiner(n)) {
          const std::size_t d = any_at(c_.determiners, n);
          if (looks_infinitive(d) || !wordlike(d)) break;
        } else if (any_at(c_.addressee_ends, n) != npos) {
          break;
        }
        k = is_determiner(n) ? any_at(c_.determiners, n) : n;
        continue;
      }
      if (any_at(c_.addressee_ends, k) != npos && !(t_[k].upper && k > j && t_[k].norm.size() > 1)) break;
      if (any_at(c_.time_words, k) != npos) break;
      last = ++k;
    }
    if (last <= j || (is_determiner(j) && any_at(c_.determiners, j) >= last)) return {};
    return {j, last};
  }

  void find_addressee() {
    for (const Ask& ask : asks_) {
      if (ask.mode == words::Addressee::none) continue;
      std::size_t j = ask.verb.last;
      if (ask.mode == words::Addressee::object) {
        const std::size_t v = any_at(c_.venues, j);
        if (v != npos) j = v;
        const Span s = addressee_at(j, true);
        if (s.found()) {
          addressee_ = s;
          addressee_prep_ = {};
          ask_ = ask.verb;
          return;
        }
        continue;
      }
      for (; j < size() && !t_[j].ends_sentence; ++j) {
        if (any_at(c_.clause_openers, j) != npos) break;
        std::size_t r = any_at(c_.to_the, j);
        Span s;
        if (r != npos) {
          s = addressee_at(r, true);
        } else if ((r = any_at(c_.to_someone, j)) != npos) {
          s = addressee_at(r, false);
        }
        if (s.found()) {
          addressee_ = s;
          addressee_prep_ = {j, r};
          ask_ = ask.verb;
          return;
        }
      }
    }
    if (!asks_.empty()) ask_ = asks_.front().verb;
  }

  bool addressee_generic() const {
    if (!addressee_.found()) return false;
    if (any_at(c_.generic, addressee_.first) != npos) return true;
    // English bare plurals: "ask colleagues", "ask strangers".
    if (lang_ == Lang::en && addressee_.last == addressee_.first + 1) {
      const Token& t = t_[addressee_.first];
      const std::string& w = t.norm;
      return !t.upper && w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' &&
             w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i';
    }
    return false;
  }

  // "the people behind me", "au serveur", "une passante": someone met in passing.
  bool addressee_in_passing() const {
    if (!addressee_.found() || any_in(c_.close_people, addressee_.first, addressee_.last)) return false;
    if (addressee_prep_.found() && any_at(c_.to_the, addressee_prep_.first) != npos) return true;
    return any_at(c_.articles, addressee_.first) != npos;
  }

  // The addressee's head noun names a business: "the estate agent", "la salle de sport"
  // (but not "my old school friend").
  bool addressee_business() const {
    if (!addressee_.found()) return false;
    std::size_t first = addressee_.first, last = addressee_.last;
    if (lang_ == Lang::fr) {
      while (first < last && is_determiner(first)) first = any_at(c_.determiners, first);
      for (std::size_t i = first; i < last; ++i) {
        if (any_at(c_.links, i) != npos) {
          last = i;
          break;
        }
      }
    } else {
      for (std::size_t i = first; i < last; ++i)  // "the gym's front desk": after the possessive
        if (any_at(c_.links, i) != npos) first = i + 1;
      first = last > first + 1 ? last - 1 : first;  // the head comes last: "estate agent"
    }
    return any_in(c_.businesses, first, last);
  }

  std::string addressee_text() const {
    std::string s = quote(addressee_);
    if (addressee_prep_.found()) {
      const std::string& p = t_[addressee_prep_.first].norm;
      if (p == "au") return "le " + s;
      if (p == "aux") return "les " + s;
    }
    return s;
  }

  std::string clear_ask_words() const {
    if (addressee_.found()) return quote(addressee_);
    if (ask_.found()) return quote(ask_);
    return {};
  }

  // --- guards -------------------------------------------------------------------------
  bool negated(std::size_t s) const {
    for (std::size_t i = std::max(sentence_first(s), s >= 4 ? s - 4 : 0); i < s; ++i)
      if (negation_at_[i] != 0) return true;
    return false;
  }
  bool asked_about(std::size_t s) const {
    for (std::size_t i = s; i-- > sentence_first(s);)
      if (question_at_[i] != 0) return true;
    return false;
  }
  bool priced(std::size_t s) const { return price_in_sentence_[t_[std::min(s, size() - 1)].sentence] != 0; }
  // Inside the act asked for: after the ask's infinitive ("ask my dad to ...", "de ...").
  bool in_asked_act(std::size_t s) const { return act_start_ != npos && s >= act_start_; }

  bool guarded(unsigned guards, std::size_t s) const {
    if ((guards & words::negated) != 0 && negated(s)) return true;
    if ((guards & words::asked_about) != 0 && asked_about(s)) return true;
    if ((guards & words::priced) != 0 && priced(s)) return true;
    if ((guards & words::business) != 0 && addressee_business()) return true;
    if ((guards & words::of_the_ask) != 0 && in_asked_act(s)) return true;
    if ((guards & words::lent) != 0 && lend_before_[std::min(s, size() - 1)] != 0) return true;
    if ((guards & words::possible) != 0 && possible_before_[std::min(s, size() - 1)] != 0) return true;
    if ((guards & words::they_pay) != 0 && in_asked_act(s) && addressee_.found() && !addressee_business())
      return true;
    if ((guards & words::close_only) != 0 && (asks_.empty() || addressee_in_passing() || addressee_generic()))
      return true;
    return false;
  }

  void find_asked_act() {
    if (!ask_.found()) return;
    const std::size_t last = sentence_last(ask_.first);
    for (std::size_t i = ask_.last; i < last; ++i) {
      if (any_at(c_.infinitive_marks, i) != npos) {
        act_start_ = i;
        return;
      }
    }
  }

  // --- the rules ----------------------------------------------------------------------
  static void add(std::vector<Found>& to, ReasonKind k, Span s) { to.push_back({k, s}); }

  // Words inside a justification describe the situation, not what is asked ("since the
  // music has been loud for two weeks"): they trigger nothing on reversible and low_cost.
  bool justifying(std::size_t i) const {
    return std::any_of(justs_.begin(), justs_.end(), [&](Span j) { return i > j.first && i < j.last; });
  }

  // Each rule counts once per criterion, at its first match that no guard cancels.
  void apply_rules() {
    std::vector<char> concrete_done(c_.rules.items.size(), 0), others_done(c_.rules.items.size(), 0);
    for (const Hit& h : all_matches(c_.rules)) {
      const words::Rule& rule = w_.rules[h.pattern];
      const Span s = h.span;
      // Who is asked matters to the cost of the ask, not to whether it is concrete.
      if (guarded(rule.guards & ~unsigned{words::close_only}, s.first)) continue;
      if (rule.concrete && concrete_done[h.pattern] == 0) {
        add(concrete_, *rule.concrete, s);
        concrete_done[h.pattern] = 1;
      }
      if (justifying(s.first) || others_done[h.pattern] != 0 || guarded(rule.guards, s.first)) continue;
      if (rule.reversible) add(reversible_, *rule.reversible, s);
      if (rule.low_cost) add(low_cost_, *rule.low_cost, s);
      others_done[h.pattern] = 1;
    }
  }

  void check_money() {
    for (std::size_t i = 0; i < size(); ++i) {
      if (amounts_[i].end == 0 || amounts_[i].value <= trivial_amount) continue;
      if (negated(i) || asked_about(i) || priced(i) || justifying(i) || incoming_in_sentence_[t_[i].sentence] != 0)
        continue;
      add(reversible_, ReasonKind::money, {i, amounts_[i].end});
      i = amounts_[i].end - 1;
    }
  }

  // A public place alone is fine ("ask at the meeting whether..."); with something that
  // cannot be taken back (an accusation, a declaration, an announcement) it is public.
  // The earliest match of any of the patterns (the longest when two start together).
  Span first_of(const PatternSet& ps) const {
    Span best;
    for (std::size_t i = 0; i < size() && !best.found(); ++i) {
      candidates(ps, i, [&](std::size_t k) {
        const std::size_t r = match_at(ps.items[k], i);
        if (r != npos && (!best.found() || r > best.last)) best = {i, r};
        return false;
      });
    }
    return best;
  }

  void check_public() {
    const Span place = first_of(c_.public_places);
    if (!place.found()) return;
    const Span act = first_of(c_.public_acts);
    auto sensitive = [](const std::vector<Found>& f) {
      return std::any_of(f.begin(), f.end(), [](const Found& x) {
        return x.kind != ReasonKind::unclear && x.kind != ReasonKind::money && x.kind != ReasonKind::commitment;
      });
    };
    if (!act.found() && !sensitive(reversible_) && !sensitive(low_cost_)) return;
    add(reversible_, ReasonKind::public_statement, place);
    // Announcing something about someone in public ("post on Facebook that my neighbour...").
    if (act.found()) {
      for (std::size_t i = act.last; i < size() && !t_[i].ends_sentence; ++i) {
        const std::size_t r = any_at(c_.possessives, i);
        if (r != npos && wordlike(r)) {
          add(low_cost_, ReasonKind::confrontation, {act.first, r + 1});
          break;
        }
      }
    }
  }

  // --- concrete -----------------------------------------------------------------------
  bool qualified(std::size_t e, words::Qualified q) const {
    if (q == words::Qualified::never) return false;
    // "des infos à la mairie sur le recensement": what it is about may follow the addressee.
    const Span lead = addressee_prep_.found() ? Span{addressee_prep_.first, addressee_.last} : addressee_;
    if (lead.found() && lead.first == e) e = lead.last;
    const std::size_t s = any_at(c_.specifiers, e);
    if ((q == words::Qualified::by_preposition || q == words::Qualified::by_any) && s != npos &&
        !(s == e + 1 && any_at(c_.time_words, s) != npos))
      return true;
    if (q == words::Qualified::by_preposition) return false;
    // "something vegetarian", "something to drink", "quelque chose à boire"
    auto content = [&](std::size_t i) {
      return wordlike(i) && any_at(c_.addressee_ends, i) == npos && any_at(c_.time_words, i) == npos &&
             any_at(c_.to_someone, i) == npos && any_at(c_.to_the, i) == npos;
    };
    if (content(e)) return true;
    static const std::unordered_set<std::string> joins{"to", "a", "for", "pour", "contre", "against"};
    return wordlike(e) && joins.count(t_[e].norm) != 0 && content(e + 1 < size() && is_determiner(e + 1) ? e + 2 : e + 1);
  }

  bool overlaps(Span a, Span b) const { return a.found() && b.found() && a.first < b.last && b.first < a.last; }

  void check_concrete() {
    const bool has_ask = !asks_.empty() || question_;
    if (!has_ask) {
      // No ask: quote the first clause (a wish, a goal, an action).
      std::size_t last = 0;
      while (last < size() && (wordlike(last) || !clause_break(last)) && words_in(0, last) < 10) ++last;
      while (last > 0 && !wordlike(last - 1)) --last;
      std::size_t first = 0;
      while (first < last && !wordlike(first)) ++first;
      if (last > first) add(concrete_, ReasonKind::no_ask, {first, last});
    }
    // Vague objects.
    // A vague word inside the question asked ("why she says things about me") is not the object.
    const std::size_t question_from = asks_.empty() ? 0 : asks_.front().verb.last;
    std::vector<char> done(c_.vague.items.size(), 0);
    for (const Hit& h : all_matches(c_.vague)) {
      if (done[h.pattern] != 0 || overlaps(h.span, addressee_) || qualified(h.span.last, w_.vague[h.pattern].qualified))
        continue;
      if (!asks_.empty() && any_in(c_.clause_openers, question_from, h.span.first)) continue;
      add(concrete_, ReasonKind::vague_object, h.span);
      done[h.pattern] = 1;
    }
    if (addressee_generic()) add(concrete_, ReasonKind::no_addressee, addressee_);
    check_bundles();
    check_length();
  }

  void check_bundles() {
    if (asks_.empty() && !question_) return;
    const std::size_t first_ask = asks_.empty() ? 0 : asks_.front().verb.first;
    for (const Hit& h : all_matches(c_.bundles)) {
      const Span s = h.span;
      if (s.first <= first_ask) continue;
      // A second ask of two words at least, its own verb included ("puis de passer l'aspirateur").
      if (words_in(s.first + 1, sentence_last(s.last)) < 2) continue;
      if (w_.bundles[h.pattern].after_infinitive && !any_in(c_.infinitive_marks, first_ask, s.first)) continue;
      if (std::any_of(bundles_.begin(), bundles_.end(), [&](Span b) { return overlaps(b, s); })) continue;
      bundles_.push_back(s);
    }
    stakes_joined(first_ask);
    std::sort(bundles_.begin(), bundles_.end(), [](Span a, Span b) { return a.first < b.first; });
    for (const Span& s : bundles_) add(concrete_, ReasonKind::bundled, s);
  }

  // Two stakes found by the rules, joined by "and" / "et" (a determiner or two may follow):
  // two asks, each to plan on its own ("a raise and a promotion", "une prime et une hausse
  // de salaire", "lend me $800 and co-sign the lease").
  void stakes_joined(std::size_t first_ask) {
    std::vector<Span> stakes;
    for (const auto* found : {&reversible_, &low_cost_})
      for (const Found& f : *found)
        if (f.kind != ReasonKind::unclear && f.kind != ReasonKind::public_statement) stakes.push_back(f.span);
    for (const Span& a : stakes) {
      if (a.first < first_ask) continue;
      const std::size_t join = any_at(c_.coordinators, a.last);
      if (join == npos) continue;
      std::size_t b = join;
      for (std::size_t k = 0; k < 2 && b < size() && is_determiner(b); ++k) b = any_at(c_.determiners, b);
      const bool joined = std::any_of(stakes.begin(), stakes.end(), [&](const Span& x) {
        return x.first >= join && x.first <= b && t_[x.first].sentence == t_[a.first].sentence;
      });
      const Span s{a.last, join};
      if (!joined || std::any_of(bundles_.begin(), bundles_.end(), [&](Span x) { return overlaps(x, s); })) continue;
      bundles_.push_back(s);
    }
  }

  // Justifications: from their marker to the next comma or the end of the sentence.
  std::vector<Span> justifications() const {
    std::vector<Span> out;
    for (std::size_t i = 0; i < size(); ++i) {
      if (!out.empty() && i < out.back().last) continue;
      if (any_at(c_.justifications, i) == npos) continue;
      std::size_t e = i + 1;
      while (e < size() && !t_[e].ends_sentence && !punct(e, ",") && !punct(e, ";")) ++e;
      out.push_back({i, e});
    }
    return out;
  }

  void check_length() {
    const std::size_t total = words_in(0, size());
    // Sentences of three words or more.
    std::vector<Span> sentences;
    for (std::size_t i = 0; i < size();) {
      const std::size_t e = sentence_last(i);
      if (words_in(i, e) >= 3) sentences.push_back({i, e});
      i = e + 1;
    }
    std::size_t justified = 0;
    Span longest;
    for (const Span& j : justs_) {
      const std::size_t n = words_in(j.first, j.last);
      if (n > justified) {
        justified = n;
        longest = j;
      }
    }
    const bool several = sentences.size() >= 3 || (sentences.size() >= 2 && total > 25);
    const bool long_winded = total > 40 || several || (total > 25 && justified >= 8) || justified >= 15;
    if (!long_winded) return;
    Span words = longest;
    if (justified < 8 && sentences.size() >= 2) {
      // The first sentence that is not the ask.
      words = sentences.front();
      for (const Span& s : sentences) {
        const bool has_ask = std::any_of(asks_.begin(), asks_.end(), [&](const Ask& a) {
          return a.verb.first >= s.first && a.verb.first < s.last;
        });
        if (!has_ask) {
          words = s;
          break;
        }
      }
    } else if (!words.found()) {
      words = {0, size()};
      while (words.last > 0 && !wordlike(words.last - 1)) --words.last;
    }
    add(concrete_, ReasonKind::long_winded, words);
    shorten_ = shortened(justs_);
  }

  // The ask alone: its clause, without justifications.
  std::string shortened(const std::vector<Span>& justs) const {
    std::size_t at = ask_.found() ? ask_.first : 0;
    if (!ask_.found()) {
      while (at < size() && !wordlike(at)) ++at;
    }
    if (at >= size()) return {};
    std::size_t first = sentence_first(at);
    for (std::size_t i = at; i > first; --i) {
      static const std::unordered_set<std::string> openers{"mais", "but", "alors", "so", "donc"};
      if (punct(i - 1, ",") || punct(i - 1, ";") || punct(i - 1, ":") ||
          (t_[i - 1].type == Type::word && openers.count(t_[i - 1].norm) != 0)) {
        first = i;
        break;
      }
    }
    const std::size_t last = sentence_last(at);
    if (last <= first) return {};
    const std::size_t b = t_[first].begin;
    std::vector<std::pair<std::size_t, std::size_t>> cut;
    for (const Span& j : justs) {
      if (j.first >= first && j.first < last) {
        cut.push_back({t_[j.first].begin - b, t_[std::min(j.last, last) - 1].end - b});
      }
    }
    const std::string clause(text_.substr(b, t_[last - 1].end - b));
    std::string s = without(clause, cut);
    capitalise_from(s, 0);
    return s;
  }

  // --- verdicts -----------------------------------------------------------------------
  CriterionResult decide(const std::vector<Found>& found, ReasonKind pass, std::string pass_words) const {
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
    // One reason per kind and place: a longer quote wins over one it contains.
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
    for (const Found& f : kept) {
      std::string w = quote(f.span);
      const bool dup = std::any_of(r.reasons.begin(), r.reasons.end(),
                                   [&](const Reason& x) { return x.kind == f.kind && x.words == w; });
      if (!dup && !w.empty()) r.reasons.push_back({f.kind, std::move(w)});
    }
    if (r.reasons.empty()) r.reasons.push_back({ReasonKind::unclear, quote({0, size()})});
    return r;
  }

  // --- warnings -----------------------------------------------------------------------
  std::vector<Warning> warnings() const {
    std::vector<Hit> hits = all_matches(c_.warnings);
    // Longest first, then drop those inside a kept one.
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
      return a.span.last - a.span.first > b.span.last - b.span.first;
    });
    std::vector<Hit> kept;
    for (const Hit& h : hits)
      if (std::none_of(kept.begin(), kept.end(), [&](const Hit& k) { return overlaps(k.span, h.span); }))
        kept.push_back(h);
    std::sort(kept.begin(), kept.end(), [](const Hit& a, const Hit& b) { return a.span.first < b.span.first; });
    if (kept.empty()) return {};
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (const Hit& h : kept) spans.push_back(bytes(h.span));
    const std::string instead = without(text_, spans);
    std::vector<Warning> out;
    for (const Hit& h : kept) out.push_back({w_.warnings[h.pattern].kind, quote(h.span), instead});
    return out;
  }

  // --- suggestions --------------------------------------------------------------------
  std::vector<std::string> split_parts() const {
    std::vector<std::string> parts;
    if (bundles_.empty()) return parts;
    auto text_between = [&](std::size_t first, std::size_t last) {
      while (first < last && !wordlike(first)) ++first;
      while (last > first && t_[last - 1].type == Type::punct && !punct(last - 1, "?")) --last;
      if (last <= first) return std::string();
      return std::string(text_.substr(t_[first].begin, t_[last - 1].end - t_[first].begin));
    };
    // What each later part needs in front: the ask verb and the addressee as typed.
    std::string prefix;
    std::size_t after_prefix = npos;
    if (ask_.found()) {
      std::size_t start = sentence_first(ask_.first);
      while (start < ask_.first && !wordlike(start)) ++start;
      if (addressee_.found() && addressee_.first >= ask_.last) {
        const Span lead = addressee_prep_.found() ? Span{addressee_prep_.first, addressee_.last} : addressee_;
        prefix = text_between(start, ask_.last);
        if (lead.first == ask_.last) {
          prefix = text_between(start, lead.last);
        } else {
          prefix += " " + quote(lead);
        }
        after_prefix = lead.last;
      } else {
        prefix = text_between(start, ask_.last);
        after_prefix = ask_.last;
      }
    }
    // The infinitive word of the first ask ("to", "de"), to repeat before a bare verb.
    std::string inf;
    if (after_prefix != npos && after_prefix < size()) {
      const std::string& w = t_[after_prefix].norm;
      if (w == "to") inf = "to";
      if (w == "for") inf = "for";  // "ask my boss for a raise and a promotion"
      if (w == "de" && (looks_infinitive(after_prefix + 1) || t_[after_prefix].elided)) inf = "de";
    }
    std::size_t from = 0;
    for (std::size_t k = 0; k <= bundles_.size(); ++k) {
      const std::size_t to = k < bundles_.size() ? bundles_[k].first : sentence_last(from) ;
      std::string part = text_between(from, to);
      if (k > 0 && !part.empty() && !prefix.empty()) {
        const std::size_t p0 = from;
        const bool own_ask = std::any_of(asks_.begin(), asks_.end(), [&](const Ask& a) {
          return a.verb.first >= p0 && a.verb.first < p0 + 3;
        });
        if (!own_ask) {
          static const std::unordered_set<std::string> joined{
              "to", "for", "if", "whether", "why", "how", "what", "when", "where", "which", "who",
              "about", "that", "de", "si", "s", "que", "pour", "pourquoi", "comment", "quand",
              "combien", "quel", "quelle", "ou", "a", "au", "aux", "me", "te", "lui", "nous", "leur"};
          std::string lead;
          const bool bare = wordlike(from) && joined.count(t_[from].norm) == 0;
          if (bare && inf == "to") lead = "to ";
          if (inf == "for" && is_determiner(from)) lead = "for ";
          if (bare && inf == "de" && looks_infinitive(from)) {
            const char c0 = part.empty() ? 'x' : part[0];
            lead = std::string_view("aeiouyhAEIOUYH").find(c0) != std::string_view::npos ? "d'" : "de ";
          }
          if (wordlike(from) && (t_[from].norm == "me" || t_[from].norm == "lui" || t_[from].norm == "nous") &&
              inf == "de")
            lead = "de ";
          part = prefix + " " + lead + part;
        } else {
          capitalise_from(part, 0);
        }
      }
      if (!part.empty()) parts.push_back(tidy(part));
      if (k < bundles_.size()) from = bundles_[k].last;
    }
    if (parts.size() < 2) return {};
    const bool upper_start = !text_.empty() && starts_upper(text_, 0);
    if (upper_start)
      for (std::string& p : parts) capitalise_from(p, 0);
    return parts;
  }

  std::string without_ultimatum(Span s) const {
    const std::size_t first = sentence_first(s.first);
    std::size_t cut = s.first;
    if (cut > first && punct(cut - 1, ",")) --cut;
    const std::size_t last = sentence_last(s.first);
    std::vector<std::pair<std::size_t, std::size_t>> spans{{t_[cut].begin, t_[std::max(last, s.last) - 1].end}};
    std::string rest = without(text_, spans);
    const std::vector<Token> rt = tokenise(rest);
    std::size_t words = 0;
    for (std::size_t i = 0; i < rt.size(); ++i) words += is_wordlike(rt[i]) && !rt[i].glued ? 1u : 0u;
    const bool dangling = !rt.empty() && rt.back().type == Type::punct &&
                          (rt.back().norm == ":" || rt.back().norm == "«" || rt.back().norm == "\"");
    if (rest == tidy(std::string(text_)) || words < 3 || dangling) return quote(s);
    return rest;
  }

  void suggest(Assessment& a) const {
    auto words_of = [&](const CriterionResult& r, std::initializer_list<ReasonKind> kinds) {
      std::vector<std::string> out;
      if (r.verdict != Verdict::fail) return out;
      for (const Reason& x : r.reasons)
        if (std::find(kinds.begin(), kinds.end(), x.kind) != kinds.end() &&
            std::find(out.begin(), out.end(), x.words) == out.end())
          out.push_back(x.words);
      return out;
    };
    auto push = [&](SuggestionKind k, std::vector<std::string> parts) {
      if (!parts.empty()) a.suggestions.push_back({k, std::move(parts)});
    };
    using enum ReasonKind;
    if (a.concrete.verdict == Verdict::fail) {
      push(SuggestionKind::split, split_parts());
      push(SuggestionKind::specify, words_of(a.concrete, {vague_object}));
      push(SuggestionKind::name_someone, words_of(a.concrete, {no_addressee}));
      if (!shorten_.empty() && !words_of(a.concrete, {long_winded}).empty())
        push(SuggestionKind::shorten, {shorten_});
      push(SuggestionKind::first_step, words_of(a.concrete, {habit, no_ask}));
    }
    std::vector<std::string> big = words_of(a.reversible, {money, commitment, relationship, job});
    for (std::string& w : words_of(a.low_cost, {raise, promotion, loan, big_favour, declaration,
                                                  change_person, confrontation, emotional_load, negotiation}))
      if (std::find(big.begin(), big.end(), w) == big.end()) big.push_back(std::move(w));
    push(SuggestionKind::scale_down, std::move(big));
    // No ultimatum: the request without it, when something is left.
    for (const Found& f : reversible_) {
      if (f.kind != ultimatum || a.reversible.verdict != Verdict::fail) continue;
      push(SuggestionKind::no_ultimatum, {without_ultimatum(f.span)});
      break;
    }
    push(SuggestionKind::private_first, words_of(a.reversible, {public_statement}));
  }

  std::string_view text_;
  Lang lang_;
  const Tables& c_;
  const words::LangWords& w_;
  std::vector<Token> t_;
  std::vector<Amount> amounts_;
  std::vector<Ask> asks_;
  bool question_ = false;
  Span ask_, addressee_, addressee_prep_;
  std::size_t act_start_ = npos;
  std::vector<std::size_t> first_of_sentence_, last_of_sentence_, words_before_;
  std::vector<char> question_at_, negation_at_, lend_before_, possible_before_, price_in_sentence_,
      incoming_in_sentence_;
  std::vector<Span> bundles_, justs_;
  std::vector<Found> concrete_, reversible_, low_cost_;
  std::string shorten_;
};

// ---------------------------------------------------------------------------------------
// Names and messages

constexpr std::array<std::pair<ReasonKind, std::string_view>, 26> reason_names{{
    {ReasonKind::clear_ask, "clear_ask"},
    {ReasonKind::no_ask, "no_ask"},
    {ReasonKind::vague_object, "vague_object"},
    {ReasonKind::bundled, "bundled"},
    {ReasonKind::long_winded, "long_winded"},
    {ReasonKind::no_addressee, "no_addressee"},
    {ReasonKind::habit, "habit"},
    {ReasonKind::nothing_lasting, "nothing_lasting"},
    {ReasonKind::money, "money"},
    {ReasonKind::commitment, "commitment"},
    {ReasonKind::relationship, "relationship"},
    {ReasonKind::job, "job"},
    {ReasonKind::ultimatum, "ultimatum"},
    {ReasonKind::public_statement, "public_statement"},
    {ReasonKind::small_favour, "small_favour"},
    {ReasonKind::raise, "raise"},
    {ReasonKind::promotion, "promotion"},
    {ReasonKind::loan, "loan"},
    {ReasonKind::big_favour, "big_favour"},
    {ReasonKind::declaration, "declaration"},
    {ReasonKind::change_person, "change_person"},
    {ReasonKind::confrontation, "confrontation"},
    {ReasonKind::emotional_load, "emotional_load"},
    {ReasonKind::negotiation, "negotiation"},
    {ReasonKind::user_answer, "user_answer"},
    {ReasonKind::unclear, "unclear"},
}};

}  // namespace

// ---------------------------------------------------------------------------------------
// Public API

std::string_view to_string(Criterion c) {
  switch (c) {
    case Criterion::concrete: return "concrete";
    case Criterion::reversible: return "reversible";
    case Criterion::low_cost: return "low_cost";
  }
  return "concrete";
}

std::string_view to_string(ReasonKind k) {
  for (const auto& [kind, name] : reason_names)
    if (kind == k && !name.empty()) return name;
  return "unclear";
}

std::string_view message_of(ReasonKind k) {
  switch (k) {
    case ReasonKind::clear_ask: return MICROASK_MSG("one clear ask (\"{}\")");
    case ReasonKind::no_ask: return MICROASK_MSG("no ask: a wish, a goal or an action (\"{}\")");
    case ReasonKind::vague_object: return MICROASK_MSG("vague: what exactly? (\"{}\")");
    case ReasonKind::bundled: return MICROASK_MSG("bundles several asks (\"{}\")");
    case ReasonKind::long_winded: return MICROASK_MSG("long-winded: the ask is lost in justification (\"{}\")");
    case ReasonKind::no_addressee: return MICROASK_MSG("nobody in particular to ask (\"{}\")");
    case ReasonKind::habit: return MICROASK_MSG("a habit or a goal, not one ask (\"{}\")");
    case ReasonKind::nothing_lasting: return MICROASK_MSG("nothing is locked in, whatever the answer");
    case ReasonKind::money: return MICROASK_MSG("commits money (\"{}\")");
    case ReasonKind::commitment: return MICROASK_MSG("commits to something lasting (\"{}\")");
    case ReasonKind::relationship: return MICROASK_MSG("starts or ends a relationship (\"{}\")");
    case ReasonKind::job: return MICROASK_MSG("quits or starts a job (\"{}\")");
    case ReasonKind::ultimatum: return MICROASK_MSG("an ultimatum (\"{}\")");
    case ReasonKind::public_statement: return MICROASK_MSG("said in public, cannot be taken back (\"{}\")");
    case ReasonKind::small_favour: return MICROASK_MSG("small stakes: minutes of the other person's time");
    case ReasonKind::raise: return MICROASK_MSG("a raise is a negotiation (\"{}\")");
    case ReasonKind::promotion: return MICROASK_MSG("a promotion is a negotiation (\"{}\")");
    case ReasonKind::loan: return MICROASK_MSG("a loan of money (\"{}\")");
    case ReasonKind::big_favour: return MICROASK_MSG("a big favour: hours, not minutes (\"{}\")");
    case ReasonKind::declaration: return MICROASK_MSG("a declaration of feelings (\"{}\")");
    case ReasonKind::change_person: return MICROASK_MSG("asks someone to change (\"{}\")");
    case ReasonKind::confrontation: return MICROASK_MSG("a confrontation or a reproach (\"{}\")");
    case ReasonKind::emotional_load: return MICROASK_MSG("heavy emotional stakes (\"{}\")");
    case ReasonKind::negotiation: return MICROASK_MSG("a negotiation over lasting stakes (\"{}\")");
    case ReasonKind::user_answer: return MICROASK_MSG("your own answer");
    case ReasonKind::unclear: return MICROASK_MSG("the text alone does not tell (\"{}\")");
  }
  return MICROASK_MSG("the text alone does not tell (\"{}\")");
}

std::string_view message_of(WarningKind k) {
  switch (k) {
    case WarningKind::hedge: return MICROASK_MSG("hedge (\"{}\")");
    case WarningKind::apology: return MICROASK_MSG("apology (\"{}\")");
    case WarningKind::self_deprecation: return MICROASK_MSG("self-deprecation (\"{}\")");
    case WarningKind::minimiser: return MICROASK_MSG("minimiser (\"{}\")");
  }
  return MICROASK_MSG("hedge (\"{}\")");
}

std::string_view message_of(SuggestionKind k) {
  switch (k) {
    case SuggestionKind::split: return MICROASK_MSG("split it and plan each ask on its own: \"{}\"");
    case SuggestionKind::specify: return MICROASK_MSG("say exactly what instead of \"{}\"");
    case SuggestionKind::name_someone: return MICROASK_MSG("name one person who can answer now instead of \"{}\"");
    case SuggestionKind::shorten: return MICROASK_MSG("keep only the ask: \"{}\"");
    case SuggestionKind::scale_down: return MICROASK_MSG("ask for a smaller, reversible first step than \"{}\"");
    case SuggestionKind::first_step: return MICROASK_MSG("plan one first ask towards \"{}\"");
    case SuggestionKind::no_ultimatum: return MICROASK_MSG("ask without the ultimatum: \"{}\"");
    case SuggestionKind::private_first: return MICROASK_MSG("ask in private first, not \"{}\"");
  }
  return MICROASK_MSG("say exactly what instead of \"{}\"");
}

const CriterionResult& Assessment::result(Criterion c) const {
  switch (c) {
    case Criterion::concrete: return concrete;
    case Criterion::reversible: return reversible;
    case Criterion::low_cost: return low_cost;
  }
  return concrete;
}

CriterionResult& Assessment::result(Criterion c) {
  return const_cast<CriterionResult&>(static_cast<const Assessment&>(*this).result(c));
}

bool Assessment::any_fail() const {
  return concrete.verdict == Verdict::fail || reversible.verdict == Verdict::fail ||
         low_cost.verdict == Verdict::fail;
}

bool Assessment::any_unsure() const {
  return concrete.verdict == Verdict::unsure || reversible.verdict == Verdict::unsure ||
         low_cost.verdict == Verdict::unsure;
}

bool Assessment::micro() const {
  return concrete.verdict == Verdict::pass && reversible.verdict == Verdict::pass &&
         low_cost.verdict == Verdict::pass;
}

Lang detect_lang(std::string_view text) {
  text = text.substr(0, std::min(text.size(), max_bytes));
  return detect(tokenise(text), text);
}

Assessment assess(std::string_view text, const Answers& answers) {
  text = text.substr(0, std::min(text.size(), max_bytes));
  std::vector<Token> toks = tokenise(text);
  const Lang lang = detect(toks, text);
  Assessment a;
  if (std::none_of(toks.begin(), toks.end(), [](const Token& t) { return t.type == Type::word; })) {
    // No word to read (nothing but numbers and signs: "-5", "???"): no ask; the other two
    // cannot be told.
    a.lang = lang;
    a.concrete = {Verdict::fail, {{ReasonKind::no_ask, std::string(text)}}};
    if (text.empty()) a.concrete.reasons.front().words = "";
    a.reversible = {Verdict::unsure, {{ReasonKind::unclear, std::string(text)}}};
    a.low_cost = {Verdict::unsure, {{ReasonKind::unclear, std::string(text)}}};
  } else {
    a = Checker(text, lang, std::move(toks)).run();
  }
  const std::optional<bool> given[] = {answers.concrete, answers.reversible, answers.low_cost};
  const Criterion order[] = {Criterion::concrete, Criterion::reversible, Criterion::low_cost};
  for (std::size_t i = 0; i < 3; ++i) {
    if (!given[i]) continue;
    a.result(order[i]) = {*given[i] ? Verdict::pass : Verdict::fail, {{ReasonKind::user_answer, ""}}};
  }
  return a;
}

std::vector<std::string> word_table_errors() {
  std::vector<std::string> out;
  for (const Lang l : {Lang::en, Lang::fr})  // compiled again, as the build did
    for (const std::string& e : tables::compile(word_lists(l)).errors)
      out.push_back(std::string(to_string(l)) + ": " + e);
  return out;
}

std::string reasons_to_json(const std::vector<Reason>& reasons) {
  nlohmann::json arr = nlohmann::json::array();
  for (const Reason& r : reasons) arr.push_back({{"kind", to_string(r.kind)}, {"words", r.words}});
  return arr.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<Reason> reasons_from_json(std::string_view json) {
  std::vector<Reason> out;
  const nlohmann::json arr = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (arr.is_discarded() || !arr.is_array()) return out;
  for (const nlohmann::json& item : arr) {
    if (!item.is_object()) continue;
    Reason r{ReasonKind::unclear, ""};
    const auto kind = item.find("kind");
    if (kind != item.end() && kind->is_string()) {
      const std::string name = kind->get<std::string>();
      for (const auto& [k, n] : reason_names)
        if (!n.empty() && n == name) r.kind = k;
    }
    const auto words = item.find("words");
    if (words != item.end() && words->is_string()) r.words = words->get<std::string>();
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace microask
