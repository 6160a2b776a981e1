#include "microask/text.hpp"

#include <cstdint>
#include <cstdlib>

#include <fmt/format.h>
#include <utf8proc.h>

namespace microask {
namespace {

bool is_blank_byte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool is_control(char32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

std::size_t width_of(char32_t cp) {
  if (is_control(cp)) return 1;  // shown escaped, never raw: at least one column
  const int w = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
  return w > 0 ? static_cast<std::size_t>(w) : 0;
}

}  // namespace

std::optional<char32_t> decode_utf8(std::string_view s, std::size_t& i) {
  if (i >= s.size()) return std::nullopt;
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {  // the common case, without the call
    ++i;
    return b0;
  }
  utf8proc_int32_t cp = -1;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                  static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0 || cp < 0) return std::nullopt;
  i += static_cast<std::size_t>(n);
  return static_cast<char32_t>(cp);
}

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (!decode_utf8(s, i)) return false;
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
    const auto cp = decode_utf8(s, i);
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
    const auto cp = decode_utf8(s, i);
    if (!cp) {
      ++i, ++w;
      continue;
    }
    w += width_of(*cp);
  }
  return w;
}

std::string fold(std::string_view s) {
  utf8proc_uint8_t* folded = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                                      UTF8PROC_STRIPMARK);
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                              static_cast<utf8proc_ssize_t>(s.size()), &folded, options);
  if (n < 0) {  // not UTF-8: ASCII letters lowered, the rest kept
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  std::string out(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(n));
  std::free(folded);
  return out;
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
    const auto cp = decode_utf8(s, i);
    const std::size_t cw = cp ? width_of(*cp) : 1;
    if (!cp) i = start + 1;
    if (w + cw > width - 1) break;
    out.append(s.substr(start, i - start));
    w += cw;
  }
  return out + "\xE2\x80\xA6";
}

}  // namespace microask
