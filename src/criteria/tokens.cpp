// The checker's characters and tokens: see tokens.hpp.
#include "criteria/tokens.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include <utf8proc.h>

#include "microask/text.hpp"

namespace microask::tokens {
namespace {

// Letters that utf8proc does not fold to what the word tables are written with: ligatures
// ("æ", "œ"), letters with a stroke or of their own read as their base letter ("ø", "ł",
// "ð"), "þ" read as "th". Sorted by code point.
struct SpecialFold {
  char32_t c;
  std::string_view folded;
};
constexpr std::array<SpecialFold, 25> special_folds{{
    {0xC6, "ae"}, {0xD0, "d"}, {0xD8, "o"}, {0xDE, "th"}, {0xE6, "ae"}, {0xF0, "d"}, {0xF8, "o"}, {0xFE, "th"},
    {0x110, "d"}, {0x111, "d"}, {0x126, "h"}, {0x127, "h"}, {0x131, "i"}, {0x138, "k"}, {0x13F, "l"}, {0x140, "l"},
    {0x141, "l"}, {0x142, "l"}, {0x149, "n"}, {0x14A, "n"}, {0x14B, "n"}, {0x152, "oe"}, {0x153, "oe"},
    {0x166, "t"}, {0x167, "t"}}};

void append_utf8(char32_t c, std::string& out) {
  utf8proc_uint8_t buf[4];
  const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

bool is_mark(char32_t c) {
  const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
}

// Appends the folded form of a letter: case folded (any script: "Σ" as "σ", "ẞ" as "ss"),
// decomposed, accents and other marks dropped ("é" and "e" + U+0301 both as "e"),
// compatibility forms read as their letters ("ﬁ" as "fi"). A mark with no letter before it
// in the word is kept as typed, so that no word folds to nothing.
void fold_letter(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return;
  }
  const auto special = std::lower_bound(special_folds.begin(), special_folds.end(), c,
                                        [](const SpecialFold& f, char32_t x) { return f.c < x; });
  if (special != special_folds.end() && special->c == c) {
    out += special->folded;
    return;
  }
  constexpr auto options = static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD |
                                                          UTF8PROC_STRIPMARK | UTF8PROC_COMPAT);
  std::array<utf8proc_int32_t, 18> folded{};  // the longest decompositions are 18 code points
  int boundclass = UTF8PROC_BOUNDCLASS_START;
  const utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), folded.data(),
                                                     static_cast<utf8proc_ssize_t>(folded.size()), options, &boundclass);
  if (n < 0 || n > static_cast<utf8proc_ssize_t>(folded.size()) || (n == 0 && out.empty() && is_mark(c))) {
    append_utf8(c, out);
    return;
  }
  for (utf8proc_ssize_t k = 0; k < n; ++k) append_utf8(static_cast<char32_t>(folded[static_cast<std::size_t>(k)]), out);
}

Cls classify(char32_t c) {
  switch (c) {
    case ' ': case '\t': case '\r': case '\v': case '\f': case 0xA0: case 0x202F: case 0x205F:
    case 0x3000: case 0xFEFF: case 0x200B:
      return Cls::space;
    case '\n': case 0x2028: case 0x2029:
      return Cls::newline;
    case '\'': case 0x2019: case 0x2018: case 0x02BC: case 0xB4: case '`': case 0x2032:
      return Cls::apostrophe;
    case '-': case 0x2010: case 0x2011:
      return Cls::hyphen;
    // $ € £ ¥, and ₹ ₦ ₱ ₩ ₺ ₽ ₴ ₵ ₪ ₫ ₭: a sum's currency, whatever its rate
    case '$': case 0x20AC: case 0xA3: case 0xA5: case 0x20B9: case 0x20A6: case 0x20B1: case 0x20A9:
    case 0x20BA: case 0x20BD: case 0x20B4: case 0x20B5: case 0x20AA: case 0x20AB: case 0x20AD:
      return Cls::currency;
    case '.': case '!': case '?': case 0x2026: case 0xBF: case 0xA1:
      return Cls::stop;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return Cls::space;
  if (c >= '0' && c <= '9') return Cls::digit;
  if (c == 0xFFFD) return Cls::invalid;
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Cls::letter;
    return c < 0x20 || c == 0x7F ? Cls::space : Cls::punct;
  }
  if (c < 0xC0) return Cls::punct;  // Latin-1 signs
  if (c == 0xD7 || c == 0xF7) return Cls::punct;
  if (c >= 0x2000 && c <= 0x2BFF) return Cls::punct;  // general punctuation, arrows, symbols
  if (c >= 0x1F000) return Cls::punct;                // emoji and friends
  if (c >= 0xE000 && c <= 0xF8FF) return Cls::punct;  // private use
  return Cls::letter;
}

// ---------------------------------------------------------------------------------------
// Tokens

constexpr std::array<std::pair<std::string_view, std::string_view>, 15> french_elisions{{
    {"l", "l"}, {"d", "de"}, {"j", "je"}, {"m", "me"}, {"t", "te"}, {"s", "s"}, {"n", "ne"},
    {"c", "ce"}, {"qu", "que"}, {"jusqu", "jusque"}, {"lorsqu", "lorsque"},
    {"puisqu", "puisque"}, {"quelqu", "quelque"}, {"presqu", "presque"}, {"quoiqu", "quoique"}}};

// English clitic after an apostrophe, and what it stands for ("t" is handled apart).
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> english_clitics{{
    {"s", "s"}, {"d", "would"}, {"ll", "will"}, {"re", "are"}, {"ve", "have"}, {"m", "am"}}};

class Tokeniser {
 public:
  explicit Tokeniser(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
      Ch ch = decode_at(text, i);
      ch.cls = ch.c == 0xFFFD && ch.end - ch.begin == 1 ? Cls::invalid : classify(ch.c);
      i = ch.end;
      chs_.push_back(ch);
    }
  }

  std::vector<Token> run() {
    std::size_t i = 0;
    const std::size_t n = chs_.size();
    while (i < n) {
      const Ch& ch = chs_[i];
      switch (ch.cls) {
        case Cls::letter: i = word(i); break;
        case Cls::digit: i = number(i); break;
        case Cls::currency: {
          Token t = make(ch.begin, ch.end, Type::currency);
          // the signs a smaller sum is written in ("₹200"); the others read as "€"
          t.norm = ch.c == '$' ? "$" : ch.c == 0xA3 ? "£" : ch.c == 0xA5 ? "¥" : ch.c == 0x20B9 ? "₹" : ch.c == 0x20A6 ? "₦" : "€";
          t.glued = glue_;
          push(std::move(t));
          ++i;
          break;
        }
        case Cls::stop:
        case Cls::newline: {
          // "?!", "...": one sentence end
          std::size_t j = i;
          std::string norm = ch.c == '?' || ch.c == 0xBF ? "?" : ch.c == '!' || ch.c == 0xA1 ? "!" : ".";
          while (j < n && (chs_[j].cls == Cls::stop || chs_[j].cls == Cls::newline)) {
            if (chs_[j].c == '?') norm = "?";
            ++j;
          }
          Token t = make(ch.begin, chs_[j - 1].end, Type::punct);
          t.norm = norm;
          t.ends_sentence = true;
          push(std::move(t));
          i = j;
          break;
        }
        case Cls::punct:
        case Cls::hyphen: {
          Token t = make(ch.begin, ch.end, Type::punct);
          t.norm = punct_norm(ch.c);
          push(std::move(t));
          ++i;
          break;
        }
        default:  // blanks, stray apostrophes, invalid bytes
          glue_ = false;
          ++i;
          break;
      }
    }
    std::size_t sentence = 0;
    for (Token& t : out_) {
      t.sentence = sentence;
      if (t.ends_sentence) ++sentence;
    }
    return std::move(out_);
  }

 private:
  static std::string punct_norm(char32_t c) {
    switch (c) {
      case 0xAB: return "«";
      case 0xBB: return "»";
      case '"': case 0x201C: case 0x201D: case 0x201E: return "\"";
      case '-': case 0x2010: case 0x2011: case 0x2013: case 0x2014: return "-";
      default: break;
    }
    if (c < 0x80) return std::string(1, static_cast<char>(c));
    return "#";
  }

  Token make(std::size_t begin, std::size_t end, Type type) const {
    Token t;
    t.begin = begin;
    t.end = end;
    t.type = type;
    return t;
  }

  void push(Token t) {
    out_.push_back(std::move(t));
    glue_ = false;
  }

  // A run of letters from chs_[i]; returns the index after it.
  std::size_t letters(std::size_t i, std::string& folded) const {
    while (i < chs_.size() && chs_[i].cls == Cls::letter) fold_letter(chs_[i++].c, folded);
    return i;
  }

  std::size_t word(std::size_t i) {
    const std::size_t n = chs_.size();
    std::string w;
    std::size_t j = letters(i, w);
    const bool upper = is_upper_letter(chs_[i].c);
    // An apostrophe between letters: a French elision, an English contraction, or a join.
    while (j + 1 < n && chs_[j].cls == Cls::apostrophe && chs_[j + 1].cls == Cls::letter) {
      std::string r;
      const std::size_t k = letters(j + 1, r);
      if (r == "t" && w.size() > 1 && w.back() == 'n') {  // didn't, can't, won't
        std::string base = w.substr(0, w.size() - 1);
        if (base == "wo") base = "will";
        if (base == "ca") base = "can";
        if (base == "sha") base = "shall";
        emit_word(std::move(base), chs_[i].begin, chs_[j].begin, upper);
        Token t = make(chs_[j].begin, chs_[k - 1].end, Type::word);
        t.norm = "not";
        t.contracted = true;
        push(std::move(t));
        return after_word(k);
      }
      const auto clitic = std::find_if(english_clitics.begin(), english_clitics.end(),
                                       [&](const auto& p) { return p.first == r; });
      if (clitic != english_clitics.end()) {
        emit_word(std::move(w), chs_[i].begin, chs_[j].begin, upper);
        Token t = make(chs_[j].begin, chs_[k - 1].end, Type::word);
        t.norm = std::string(clitic->second);
        t.contracted = true;
        push(std::move(t));
        return after_word(k);
      }
      const auto elision = std::find_if(french_elisions.begin(), french_elisions.end(),
                                        [&](const auto& p) { return p.first == w; });
      if (elision != french_elisions.end()) {
        Token t = make(chs_[i].begin, chs_[j].end, Type::word);
        t.norm = std::string(elision->second);
        t.elided = true;
        t.upper = upper;
        t.glued = glue_;
        push(std::move(t));
        glue_ = true;
        return j + 1;  // the rest is a word of its own, glued to this one
      }
      w += r;  // aujourd'hui, o'clock
      j = k;
    }
    emit_word(std::move(w), chs_[i].begin, chs_[j - 1].end, upper);
    return after_word(j);
  }

  void emit_word(std::string w, std::size_t begin, std::size_t end, bool upper) {
    Token t = make(begin, end, Type::word);
    t.norm = std::move(w);
    t.upper = upper;
    t.glued = glue_;
    push(std::move(t));
  }

  // After a word or number: a hyphen (or nothing) before a letter or digit glues the next;
  // so does "+" before a digit ("mon n+1").
  std::size_t after_word(std::size_t j) {
    const std::size_t n = chs_.size();
    if (j + 1 < n && ((chs_[j].cls == Cls::hyphen && chs_[j + 1].cls == Cls::letter) ||
                      ((chs_[j].cls == Cls::hyphen || chs_[j].c == '+') && chs_[j + 1].cls == Cls::digit))) {
      glue_ = true;
      return j + 1;
    }
    if (j < n && (chs_[j].cls == Cls::letter || chs_[j].cls == Cls::digit)) glue_ = true;
    return j;
  }

  bool digit_at(std::size_t k) const { return k < chs_.size() && chs_[k].cls == Cls::digit; }

  // A number: "18 000", "5,000", "1.800", "4,50", "5k"; returns the index after it.
  std::size_t number(std::size_t i) {
    const std::size_t n = chs_.size();
    std::string digits;
    std::size_t j = i;
    while (digit_at(j)) digits += static_cast<char>(chs_[j++].c);
    // Thousands groups of exactly three digits.
    const std::size_t first_group = digits.size();
    while (digits.size() <= 15 && j < n && first_group <= 3) {
      const char32_t sep = chs_[j].c;
      const bool separator = sep == ' ' || sep == 0xA0 || sep == 0x202F || sep == 0x2009 ||
                             sep == ',' || sep == '.' || sep == '\'';
      if (!separator || !digit_at(j + 1) || !digit_at(j + 2) || !digit_at(j + 3) || digit_at(j + 4))
        break;
      for (std::size_t k = j + 1; k <= j + 3; ++k) digits += static_cast<char>(chs_[k].c);
      j += 4;
    }
    double value = 0;
    for (const char d : digits.substr(0, std::min<std::size_t>(digits.size(), 15)))
      value = value * 10 + (d - '0');
    // Decimals: "4,50", "2.5".
    if (j + 1 < n && (chs_[j].c == ',' || chs_[j].c == '.') && digit_at(j + 1) && !digit_at(j + 3)) {
      double scale = 0.1;
      std::size_t k = j + 1;
      while (digit_at(k)) {
        value += scale * (chs_[k].c - '0');
        scale /= 10;
        ++k;
      }
      j = k;
    }
    // "5k", "5K€": thousands.
    if (j < n && (chs_[j].c == 'k' || chs_[j].c == 'K') && (j + 1 == n || chs_[j + 1].cls != Cls::letter)) {
      value *= 1000;
      ++j;
    }
    Token t = make(chs_[i].begin, chs_[j - 1].end, Type::number);
    t.norm = digits.empty() ? "0" : digits;
    t.value = value;
    t.glued = glue_;
    push(std::move(t));
    return after_word(j);
  }

  std::vector<Ch> chs_;
  std::vector<Token> out_;
  bool glue_ = false;
};

}  // namespace

// One code point at s[i]; invalid or truncated sequences give U+FFFD, one byte long.
Ch decode_at(std::string_view s, std::size_t i) {
  std::size_t next = i;
  if (const auto c = decode_utf8(s, next)) return Ch{*c, i, next, Cls::invalid};
  return Ch{0xFFFD, i, i + 1, Cls::invalid};
}

bool is_upper_letter(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c < 0xC0) return false;
  const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

// Latin letters with a diacritic, composed (U+00C0..U+017F) or decomposed (a combining
// diacritical mark): both count the same for the language.
bool is_accented(char32_t c) {
  return (c >= 0xC0 && c < 0x180 && c != 0xD7 && c != 0xF7) || (c >= 0x300 && c <= 0x36F);
}

std::vector<Token> tokenise(std::string_view text) { return Tokeniser(text).run(); }

// A word of the tables made only of a-z: tokenise() would give one word token equal to it.
// Most table words are; checking this first keeps the compilation of the tables from running
// the tokeniser thousands of times.
bool plain_word(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace microask::tokens
