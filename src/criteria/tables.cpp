// The compiler of the checker's word tables, and the writer of the generated source file:
// see tables.hpp.
#include "criteria/tables.hpp"

#include <cstdio>
#include <map>
#include <unordered_map>
#include <utility>

#include "criteria/tokens.hpp"

namespace microask::tables {
namespace {

using tokens::is_wordlike;
using tokens::plain_word;
using tokens::Token;
using tokens::tokenise;
using tokens::Type;

std::uint32_t count32(std::size_t n) { return static_cast<std::uint32_t>(n); }

std::string_view pattern_of(std::string_view s) { return s; }
template <typename Row>
std::string_view pattern_of(const Row& r) {
  return r.pattern;
}

std::string_view str(const Compiled& c, Word w) { return std::string_view(c.text).substr(w.offset, w.size); }

class Compiler {
 public:
  Compiler(Compiled& c, std::span<const words::Respelling> elided) : c_(c), elided_(elided) {}

  // A string in the language's text, once.
  Word intern(std::string_view s) {
    const auto [it, added] = interned_.try_emplace(std::string(s));
    if (added) {
      it->second = {count32(c_.text.size()), count32(s.size())};
      c_.text += s;
    }
    return it->second;
  }

  // The patterns of one list, as the next set.
  template <typename Row>
  Compiled::Set list(std::span<const Row> rows) {
    Compiled::Set set;
    set.items_first = count32(c_.patterns.size());
    for (const Row& r : rows) c_.patterns.push_back(pattern(pattern_of(r)));
    set.items = count32(rows.size());
    return set;
  }

  // The words of a list, folded.
  static std::vector<std::string> folded_words(words::List l) {
    std::vector<std::string> out;
    for (const std::string_view s : l) {
      if (plain_word(s)) {
        out.emplace_back(s);
        continue;
      }
      for (const Token& t : tokenise(s)) out.push_back(t.norm);
    }
    return out;
  }

 private:
  Pattern pattern(std::string_view src) {
    Pattern p;
    p.first = count32(c_.elems.size());
    std::size_t i = 0;
    while (i < src.size()) {
      while (i < src.size() && src[i] == ' ') ++i;
      std::size_t j = i;
      while (j < src.size() && src[j] != ' ') ++j;
      if (j > i) element(src.substr(i, j - i), src);
      i = j;
    }
    p.size = count32(c_.elems.size()) - p.first;
    if (p.size == 0) c_.errors.push_back("empty pattern");
    return p;
  }

  void element(std::string_view part, std::string_view src) {
    Elem e;
    if (part.front() == '~' && part.size() > 1) {
      e.op = Op::gap;
      for (const char c : part.substr(1)) {
        if (c < '0' || c > '9') return error(src, part);
        e.gap = e.gap * 10 + static_cast<std::uint32_t>(c - '0');
      }
    } else if (part == "_") {
      e.op = Op::any;
    } else if (part == "#num") {
      e.op = Op::number;
    } else if (part == "#amount") {
      e.op = Op::amount;
    } else if (part == "#big") {
      e.op = Op::big;
    } else if (part == "#large") {
      e.op = Op::large;
    } else if (part == "#inf") {
      e.op = Op::infinitive;
    } else if (part == "^") {
      e.op = Op::start;
    } else if (part == "$") {
      e.op = Op::end;
    } else if (part == "," || part == ":" || part == "?" || part == ";" || part == "\"" ||
               part == "«" || part == "»" || part == "/" || part == "%" || part == ")") {
      e.op = Op::punct;
      e.punct = intern(part);
    } else if (part.front() == '[' && part.back() == ']' && part.size() > 2) {
      e.op = Op::optional;
      if (!alternatives(part.substr(1, part.size() - 2), e, src)) return;
    } else if (part.front() == '!' && part.size() > 1) {
      e.op = Op::absent_next;
      if (!alternatives(part.substr(1), e, src)) return;
    } else if (part.front() == '<' && part.size() > 1) {
      e.op = Op::absent_prev;
      if (!alternatives(part.substr(1), e, src)) return;
    } else if (part.find_first_of("|*") != std::string_view::npos) {
      if (!alternatives(part, e, src)) return;
    } else {
      if (plain_word(part)) {
        word(part);
        return;
      }
      // Plain words, possibly several once folded ("qu'on", "co-sign").
      const std::vector<Token> toks = tokenise(part);
      if (toks.empty()) return error(src, part);
      for (const Token& t : toks) {
        if (!is_wordlike(t)) return error(src, part);
        word(t.norm);
      }
      return;
    }
    c_.elems.push_back(e);
  }

  void word(std::string_view w) {
    c_.elems.push_back({Op::word, 0, count32(c_.alts.size()), 1, {}});
    c_.alts.push_back({How::exact, 0, intern(w)});
    add_elided(c_.elems.back());
  }

  // "le" in a pattern also matches the "l" of "l'anniversaire".
  void add_elided(Elem& e) {
    const std::size_t first = e.first_alt;
    auto has = [&](std::string_view w) {
      for (std::size_t k = first; k < c_.alts.size(); ++k)
        if (c_.alts[k].how == How::exact && str(c_, c_.alts[k].text) == w) return true;
      return false;
    };
    for (const words::Respelling& r : elided_)
      if (has(r.meant) && !has(r.typed)) c_.alts.push_back({How::exact, 0, intern(r.typed)});
    e.alts = count32(c_.alts.size()) - e.first_alt;
  }

  bool alternatives(std::string_view s, Elem& e, std::string_view src) {
    e.first_alt = count32(c_.alts.size());
    std::size_t i = 0;
    while (i <= s.size()) {
      std::size_t j = s.find('|', i);
      if (j == std::string_view::npos) j = s.size();
      std::string_view a = s.substr(i, j - i);
      Alt alt;
      if (a == "#num") {
        alt.how = How::number;
        c_.alts.push_back(alt);
        i = j + 1;
        continue;
      }
      if (a.size() > 1 && a.back() == '*') {
        alt.how = How::prefix;
        a.remove_suffix(1);
      } else if (a.size() > 1 && a.front() == '*') {
        alt.how = How::suffix;
        a.remove_prefix(1);
      }
      if (plain_word(a)) {
        alt.text = intern(a);
      } else {
        const std::vector<Token> toks = tokenise(a);
        if (toks.size() != 1 || !is_wordlike(toks[0])) {
          error(src, a);
          return false;
        }
        alt.text = intern(toks[0].norm);
      }
      c_.alts.push_back(alt);
      i = j + 1;
    }
    e.alts = count32(c_.alts.size()) - e.first_alt;
    add_elided(e);
    return true;
  }

  void error(std::string_view src, std::string_view part) {
    c_.errors.push_back(std::string(src) + "  <- \"" + std::string(part) + "\"");
  }

  Compiled& c_;
  std::unordered_map<std::string, Word> interned_;
  std::span<const words::Respelling> elided_;  // the language's tables: static, outlive the compiler
};

// Numbers the words of the exact alternatives and the `others` (in sorted order, from 1),
// and builds their hash table: twice as many slots as words at least.
std::map<std::string, std::uint32_t> number_words(Compiled& c, Compiler& pat, const std::vector<std::string>& others) {
  std::map<std::string, std::uint32_t> ids;
  for (const Alt& a : c.alts)
    if (a.how == How::exact) ids.emplace(str(c, a.text), 0);
  for (const std::string& w : others) ids.emplace(w, 0);
  for (auto& [w, id] : ids) {
    c.words.push_back(pat.intern(w));
    id = count32(c.words.size());
  }
  for (Alt& a : c.alts)
    if (a.how == How::exact) a.id = ids.at(std::string(str(c, a.text)));
  std::size_t size = 2;
  while (size < 2 * c.words.size()) size *= 2;
  c.slots.assign(size, 0);
  for (const auto& [w, id] : ids) {
    std::size_t i = hash(w) & (size - 1);
    while (c.slots[i] != 0) i = (i + 1) & (size - 1);
    c.slots[i] = id;
  }
  c.kinds.assign(c.words.size(), 0);
  return ids;
}

// Whether an element is one word out of exact words, matched by their numbers.
bool exact_word(const Compiled& c, const Elem& e) {
  const auto alts = std::span<const Alt>(c.alts).subspan(e.first_alt, e.alts);
  return e.op == Op::word && std::all_of(alts.begin(), alts.end(), [](const Alt& a) { return a.how == How::exact; });
}

// Indexes a set's patterns by the exact words they start with.
void index(Compiled& c, Compiled::Set& set) {
  std::map<std::uint32_t, std::vector<std::uint32_t>> by_first;
  set.loose_first = count32(c.loose.size());
  for (std::uint32_t k = 0; k < set.items; ++k) {
    const Pattern& p = c.patterns[set.items_first + k];
    const Elem* first = p.size == 0 ? nullptr : &c.elems[p.first];
    const auto alts = first == nullptr ? std::span<const Alt>() : std::span<const Alt>(c.alts).subspan(first->first_alt, first->alts);
    const bool exact = first != nullptr && exact_word(c, *first);
    if (exact) {
      for (const Alt& a : alts) {
        std::vector<std::uint32_t>& v = by_first[a.id];
        if (v.empty() || v.back() != k) v.push_back(k);
      }
    } else {
      c.loose.push_back(k);
    }
  }
  set.loose = count32(c.loose.size()) - set.loose_first;
  set.firsts_first = count32(c.firsts.size());
  set.starts_first = count32(c.starts.size());
  for (const auto& [id, ks] : by_first) {
    c.firsts.push_back({id, count32(c.starts.size()) - set.starts_first, count32(ks.size())});
    c.starts.insert(c.starts.end(), ks.begin(), ks.end());
  }
  set.firsts = count32(c.firsts.size()) - set.firsts_first;
  set.starts = count32(c.starts.size()) - set.starts_first;
}

// Lists each pattern's needs, the element with the fewest words first (the likeliest to be
// missing from a text, so the check stops soonest).
void list_needs(Compiled& c) {
  for (Pattern& p : c.patterns) {
    std::vector<std::uint32_t> needs;
    for (std::uint32_t k = 1; k < p.size; ++k)
      if (exact_word(c, c.elems[p.first + k])) needs.push_back(p.first + k);
    std::stable_sort(needs.begin(), needs.end(), [&](std::uint32_t a, std::uint32_t b) { return c.elems[a].alts < c.elems[b].alts; });
    p.first_need = count32(c.needs.size());
    p.needs = count32(needs.size());
    c.needs.insert(c.needs.end(), needs.begin(), needs.end());
  }
}

}  // namespace

Compiled compile(const words::LangWords& w) {
  Compiled c;
  Compiler pat(c, w.elided_forms);
#define MICROASK_COMPILE_SET(name) c.name = pat.list(w.name);
  MICROASK_PATTERN_SETS(MICROASK_COMPILE_SET)
#undef MICROASK_COMPILE_SET
  const std::vector<std::string> not_infinitives = Compiler::folded_words(w.not_infinitives);
  const std::vector<std::string> markers = Compiler::folded_words(w.markers);
  const std::vector<std::string> step_labels = Compiler::folded_words(w.step_labels);
  const std::vector<std::string> number_joins = Compiler::folded_words(w.number_joins);
  const std::vector<std::string> self_openers = Compiler::folded_words(w.self_openers);
  std::vector<std::string_view> own_person_meant;
  for (const auto& r : w.own_person) own_person_meant.push_back(r.meant);
  const std::vector<std::string> own_person = Compiler::folded_words(own_person_meant);

  std::map<std::string, double> currencies, number_words_;
  for (const auto& cur : w.currencies)
    for (const Token& t : tokenise(cur.word)) currencies[t.norm] = cur.factor;
  for (const auto& nw : w.number_words)
    for (const Token& t : tokenise(nw.word)) number_words_[t.norm] = nw.value;

  std::map<std::string, std::vector<std::string>> respellings;
  for (const auto& r : w.respellings) {
    std::vector<std::string> meant;
    for (const Token& t : tokenise(r.meant)) meant.push_back(t.norm);
    const std::vector<Token> typed = tokenise(r.typed);
    if (typed.size() != 1 || (!is_wordlike(typed[0]) && typed[0].type != Type::punct) || meant.empty()) {
      c.errors.push_back("respelling: " + std::string(r.typed));
      continue;
    }
    respellings[typed[0].norm] = std::move(meant);
  }

  // Every word looked up, numbered; then what each is.
  std::vector<std::string> others = not_infinitives;
  others.insert(others.end(), markers.begin(), markers.end());
  others.insert(others.end(), step_labels.begin(), step_labels.end());
  others.insert(others.end(), number_joins.begin(), number_joins.end());
  others.insert(others.end(), self_openers.begin(), self_openers.end());
  others.insert(others.end(), own_person.begin(), own_person.end());
  for (const auto& [word, value] : currencies) others.push_back(word);
  for (const auto& [word, value] : number_words_) others.push_back(word);
  for (const auto& [typed, meant] : respellings) others.push_back(typed);
  const std::map<std::string, std::uint32_t> ids = number_words(c, pat, others);
  auto mark = [&](const std::string& word, Kind k) {
    std::uint8_t& kinds = c.kinds[ids.at(word) - 1];
    kinds = static_cast<std::uint8_t>(kinds | k);
  };
  for (const std::string& m : markers) mark(m, marker);
  for (const std::string& n : not_infinitives) mark(n, not_infinitive);
  for (const std::string& l : step_labels) mark(l, step_label);
  for (const std::string& j : number_joins) mark(j, number_join);
  for (const std::string& o : self_openers) mark(o, self_opener);
  for (const auto& [word, value] : currencies) c.currencies.push_back({ids.at(word), value});
  for (const auto& [word, value] : number_words_) c.number_words.push_back({ids.at(word), value});
  for (const auto& [typed, meant] : respellings) {
    c.respellings.push_back({ids.at(typed), count32(c.respelled.size()), count32(meant.size())});
    for (const std::string& m : meant) c.respelled.push_back(pat.intern(m));
  }

#define MICROASK_INDEX_SET(name) index(c, c.name);
  MICROASK_PATTERN_SETS(MICROASK_INDEX_SET)
#undef MICROASK_INDEX_SET
  list_needs(c);
  return c;
}

Tables Compiled::view() const {
  Tables t;
  t.text = text;
  t.words = words;
  t.slots = slots;
  t.kinds = kinds;
  t.alts = alts;
  t.elems = elems;
  t.patterns = patterns;
  t.firsts = firsts;
  t.starts = starts;
  t.loose = loose;
  t.needs = needs;
  auto set = [&](const Set& s) {
    return PatternSet{t.patterns.subspan(s.items_first, s.items), t.firsts.subspan(s.firsts_first, s.firsts),
                      t.starts.subspan(s.starts_first, s.starts), t.loose.subspan(s.loose_first, s.loose)};
  };
#define MICROASK_VIEW_SET(name) t.name = set(name);
  MICROASK_PATTERN_SETS(MICROASK_VIEW_SET)
#undef MICROASK_VIEW_SET
  t.currencies = currencies;
  t.number_words = number_words;
  t.respellings = respellings;
  t.respelled = respelled;
  return t;
}

// ---------------------------------------------------------------------------------------
// The generated source file

namespace {

const char* how_name(How h) {
  switch (h) {
    case How::exact: return "How::exact";
    case How::prefix: return "How::prefix";
    case How::suffix: return "How::suffix";
    case How::number: return "How::number";
  }
  return "How::exact";
}

const char* op_name(Op op) {
  switch (op) {
    case Op::word: return "Op::word";
    case Op::optional: return "Op::optional";
    case Op::absent_next: return "Op::absent_next";
    case Op::absent_prev: return "Op::absent_prev";
    case Op::gap: return "Op::gap";
    case Op::any: return "Op::any";
    case Op::number: return "Op::number";
    case Op::amount: return "Op::amount";
    case Op::big: return "Op::big";
    case Op::large: return "Op::large";
    case Op::infinitive: return "Op::infinitive";
    case Op::start: return "Op::start";
    case Op::end: return "Op::end";
    case Op::punct: return "Op::punct";
  }
  return "Op::word";
}

std::string num(std::size_t n) { return std::to_string(n); }
std::string word(Word w) { return "{" + num(w.offset) + ", " + num(w.size) + "}"; }
std::string real(double d) {  // exact: hexadecimal floating literal
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", d);
  return buf;
}

std::string item(Word w) { return word(w); }
std::string item(std::uint32_t n) { return num(n); }
std::string item(std::uint8_t n) { return num(n); }
std::string item(const Alt& a) { return "{" + std::string(how_name(a.how)) + ", " + num(a.id) + ", " + word(a.text) + "}"; }
std::string item(const Elem& e) {
  return "{" + std::string(op_name(e.op)) + ", " + num(e.gap) + ", " + num(e.first_alt) + ", " + num(e.alts) + ", " +
         word(e.punct) + "}";
}
std::string item(const Pattern& p) {
  return "{" + num(p.first) + ", " + num(p.size) + ", " + num(p.first_need) + ", " + num(p.needs) + "}";
}
std::string item(const First& f) { return "{" + num(f.id) + ", " + num(f.first) + ", " + num(f.count) + "}"; }
std::string item(const Valued& v) { return "{" + num(v.id) + ", " + real(v.value) + "}"; }
std::string item(const Respelling& r) { return "{" + num(r.id) + ", " + num(r.first) + ", " + num(r.count) + "}"; }

// `constexpr T name[] = {...};`, several items a line (one value-initialised item when there
// is none: an array cannot be empty; its span says 0).
template <typename T>
void array(std::string& out, const char* type, const char* name, std::span<const T> items) {
  out += "constexpr " + std::string(type) + " " + name + "[] = {";
  std::size_t col = 100;
  for (const T& x : items) {
    const std::string s = item(x) + ",";
    if (col + s.size() + 1 > 96) {
      out += "\n   ";
      col = 3;
    }
    out += " " + s;
    col += s.size() + 1;
  }
  out += items.empty() ? "{}};\n" : "\n};\n";
}

template <typename T>
std::string span_of(const char* type, const char* name, std::span<const T> whole, std::span<const T> part) {
  const std::size_t offset = part.empty() ? 0 : static_cast<std::size_t>(part.data() - whole.data());
  return "std::span<const " + std::string(type) + ">(" + name + " + " + num(offset) + ", " + num(part.size()) + ")";
}

void language(std::string& out, const char* ns, const Tables& t) {
  out += "namespace " + std::string(ns) + " {\n\n";
  out += "constexpr char text[] =";
  for (std::size_t i = 0; i < t.text.size();) {
    out += "\n    \"";
    const std::size_t line_end = std::min(t.text.size(), i + 80);
    for (; i < line_end; ++i) {
      const auto c = static_cast<unsigned char>(t.text[i]);
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?') {
        out += static_cast<char>(c);
      } else {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\%03o", c);
        out += buf;
      }
    }
    out += "\"";
  }
  if (t.text.empty()) out += " \"\"";
  out += ";\n";
  array(out, "Word", "words", t.words);
  array(out, "std::uint32_t", "slots", t.slots);
  array(out, "std::uint8_t", "kinds", t.kinds);
  array(out, "Alt", "alts", t.alts);
  array(out, "Elem", "elems", t.elems);
  array(out, "Pattern", "patterns", t.patterns);
  array(out, "First", "firsts", t.firsts);
  array(out, "std::uint32_t", "starts", t.starts);
  array(out, "std::uint32_t", "loose", t.loose);
  array(out, "std::uint32_t", "needs", t.needs);
  array(out, "Valued", "currencies", t.currencies);
  array(out, "Valued", "number_words", t.number_words);
  array(out, "Respelling", "respellings", t.respellings);
  array(out, "Word", "respelled", t.respelled);

  out += "\nconstexpr Tables tables{\n";
  out += "    .text = std::string_view(text, " + num(t.text.size()) + "),\n";
  auto whole = [&](const char* field, const char* type, auto s) {
    out += "    ." + std::string(field) + " = " + span_of(type, field, s, s) + ",\n";
  };
  whole("words", "Word", t.words);
  whole("slots", "std::uint32_t", t.slots);
  whole("kinds", "std::uint8_t", t.kinds);
  whole("alts", "Alt", t.alts);
  whole("elems", "Elem", t.elems);
  whole("patterns", "Pattern", t.patterns);
  whole("firsts", "First", t.firsts);
  whole("starts", "std::uint32_t", t.starts);
  whole("loose", "std::uint32_t", t.loose);
  whole("needs", "std::uint32_t", t.needs);
  auto set = [&](const char* name, const PatternSet& s) {
    out += "    ." + std::string(name) + " = {" + span_of("Pattern", "patterns", t.patterns, s.items) + ",\n";
    out += "        " + span_of("First", "firsts", t.firsts, s.by_first) + ",\n";
    out += "        " + span_of("std::uint32_t", "starts", t.starts, s.starts) + ",\n";
    out += "        " + span_of("std::uint32_t", "loose", t.loose, s.loose) + "},\n";
  };
#define MICROASK_WRITE_SET(name) set(#name, t.name);
  MICROASK_PATTERN_SETS(MICROASK_WRITE_SET)
#undef MICROASK_WRITE_SET
  whole("currencies", "Valued", t.currencies);
  whole("number_words", "Valued", t.number_words);
  whole("respellings", "Respelling", t.respellings);
  whole("respelled", "Word", t.respelled);
  out += "};\n\n}  // namespace " + std::string(ns) + "\n\n";
}

}  // namespace

std::string to_cpp(const Tables& en, const Tables& fr) {
  std::string out =
      "// The checker's compiled word tables, generated at build time by microask_tablegen from\n"
      "// src/criteria/words_en.cpp and src/criteria/words_fr.cpp: see src/criteria/tables.hpp.\n"
      "// Do not edit, do not commit.\n"
      "#include \"criteria/tables.hpp\"\n\n"
      "namespace microask::tables {\n"
      "namespace {\n\n";
  language(out, "en", en);
  language(out, "fr", fr);
  out +=
      "}  // namespace\n\n"
      "const Tables& generated(Lang lang) { return lang == Lang::fr ? fr::tables : en::tables; }\n\n"
      "}  // namespace microask::tables\n";
  return out;
}

}  // namespace microask::tables
