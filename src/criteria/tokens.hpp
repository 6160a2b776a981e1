// The checker's characters and tokens (private to the core): a request, or a word of the
// tables, cut into folded words, numbers, currency signs and punctuation. Used by the checker
// (the stages of stages.hpp) and by the compiler of its word tables (tables.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace microask::tokens {

enum class Cls : unsigned char { space, newline, letter, digit, apostrophe, hyphen, currency, stop, punct, invalid };

struct Ch {
  char32_t c = 0;
  std::size_t begin = 0, end = 0;
  Cls cls = Cls::invalid;
};

// One code point at s[i]; invalid or truncated sequences give U+FFFD, one byte long.
Ch decode_at(std::string_view s, std::size_t i);
bool is_upper_letter(char32_t c);
bool is_accented(char32_t c);

enum class Type : unsigned char { word, number, currency, punct };

struct Token {
  std::string norm;                // folded form
  std::uint32_t id = 0;            // the folded form's number in the word tables; 0: in none
  std::size_t begin = 0, end = 0;  // bytes of the request as typed
  Type type = Type::word;
  double value = 0;         // numbers
  bool glued = false;       // continues the previous typed word ("co-sign", "l'ampoule")
  bool elided = false;      // a French elision: "l'", "qu'", "d'"
  bool contracted = false;  // an English contraction: "'s", "n't", "'d"
  bool upper = false;       // typed with a capital
  bool ends_sentence = false;
  std::size_t sentence = 0;
};

inline bool is_wordlike(const Token& t) { return t.type == Type::word || t.type == Type::number; }
// A colon or an opening quote: the words to say follow ("Dire à Paul : ...", « ... »).
inline bool opens_speech(const Token& t) {
  return t.type == Type::punct && (t.norm == ":" || t.norm == "«" || t.norm == "\"");
}

std::vector<Token> tokenise(std::string_view text);

// A word of the tables made only of a-z: tokenise() would give one word token equal to it.
bool plain_word(std::string_view s);

}  // namespace microask::tokens
