#include "microask/text.hpp"

#include <cstdint>

#include <fmt/format.h>

namespace microask {
namespace {

// Decodes one code point at s[i], advancing i; returns nullopt on malformed input
// (overlong forms, surrogates, values past U+10FFFF, truncated sequences).
std::optional<char32_t> decode(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  std::size_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1Fu, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0Fu, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07u, min = 0x10000;
  } else {
    return std::nullopt;
  }
  if (i + len > s.size()) return std::nullopt;
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  i += len;
  return cp;
}

bool is_blank_byte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool is_control(char32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

bool is_combining(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
         (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200B || cp == 0x200D;
}

bool is_wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
         (cp >= 0x20000 && cp <= 0x3FFFD);
}

std::size_t width_of(char32_t cp) {
  if (is_combining(cp)) return 0;
  return is_wide(cp) ? 2 : 1;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (!decode(s, i)) return false;
  return true;
}

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::string_view trim(std::string_view s) {
  constexpr std::string_view nbsp = "\xC2\xA0";
  for (;;) {
    if (!s.empty() && is_blank_byte(s.front()))
      s.remove_prefix(1);
    else if (s.starts_with(nbsp))
      s.remove_prefix(nbsp.size());
    else if (!s.empty() && is_blank_byte(s.back()))
      s.remove_suffix(1);
    else if (s.ends_with(nbsp))
      s.remove_suffix(nbsp.size());
    else
      return s;
  }
}

TextProblem check_text(std::string_view s, std::size_t max_chars, std::size_t* chars) {
  if (!is_valid_utf8(s)) return TextProblem::invalid_utf8;
  const auto t = trim(s);
  const auto n = utf8_length(t);
  if (chars) *chars = n;
  if (n == 0) return TextProblem::empty;
  if (n > max_chars) return TextProblem::too_long;
  return TextProblem::none;
}

std::string escape_controls(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const auto cp = decode(s, i);
    if (!cp) {  // not UTF-8: show the byte, never pass it through
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[start]));
      i = start + 1;
    } else if (*cp == '\n') {
      out += "\\n";
    } else if (*cp == '\t') {
      out += "\\t";
    } else if (is_control(*cp)) {
      out += *cp < 0x100 ? fmt::format("\\x{:02x}", static_cast<unsigned>(*cp))
                         : fmt::format("\\u{:04x}", static_cast<unsigned>(*cp));
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto cp = decode(s, i);
    if (!cp) {
      ++i, ++w;
      continue;
    }
    w += width_of(*cp);
  }
  return w;
}

std::string pad_right(std::string_view s, std::size_t width) {
  std::string out(s);
  const auto w = display_width(s);
  if (w < width) out.append(width - w, ' ');
  return out;
}

std::string pad_left(std::string_view s, std::size_t width) {
  const auto w = display_width(s);
  return (w < width ? std::string(width - w, ' ') : std::string()) + std::string(s);
}

std::string truncate_to_width(std::string_view s, std::size_t width) {
  if (display_width(s) <= width) return std::string(s);
  if (width == 0) return {};
  std::string out;
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const auto cp = decode(s, i);
    const std::size_t cw = cp ? width_of(*cp) : 1;
    if (!cp) i = start + 1;
    if (w + cw > width - 1) break;
    out.append(s.substr(start, i - start));
    w += cw;
  }
  return out + "\xE2\x80\xA6";
}

}  // namespace microask
