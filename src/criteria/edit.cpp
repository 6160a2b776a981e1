// Editing a request's text: removing words and tidying what is left, for the rewrites.
#include <algorithm>

#include <utf8proc.h>

#include "criteria/stages.hpp"

namespace microask::criteria {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool no_space_before(char c) { return c == ',' || c == '.' || c == ')' || c == ';'; }
bool sentence_end(char c) { return c == '.' || c == '!' || c == '?'; }

// Removes s[a, b) and the separator it leaves behind ("water, sorry to bother" -> "water").
std::string remove_one(const std::string& s, std::size_t a, std::size_t b) {
  std::size_t left = a, right = b;
  while (left > 0 && is_space(s[left - 1])) --left;
  while (right < s.size() && is_space(s[right])) ++right;
  const char L = left > 0 ? s[left - 1] : '\0';
  const char R = right < s.size() ? s[right] : '\0';
  const bool sentence_start = L == '\0' || sentence_end(L) || L == '\n';
  const bool cap = sentence_start && starts_upper(s, a);
  std::string out;
  std::size_t join = 0;
  if ((L == ',' || L == ';') && R == ',') {  // ", aside," -> " "
    out = s.substr(0, left - 1);
    join = out.size();
    out += ' ';
    out += s.substr(std::min(s.size(), right + 1));
  } else if ((L == ',' || L == ';') && (R == '\0' || sentence_end(R) || R == ';' || R == ')')) {
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
  } else if (sentence_start && L != '\0' && sentence_end(R)) {
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

}  // namespace

void capitalise_from(std::string& s, std::size_t pos) {
  while (pos < s.size() && (is_space(s[pos]) || s[pos] == '"' || s[pos] == '(')) ++pos;
  if (pos >= s.size()) return;
  const tokens::Ch ch = tokens::decode_at(s, pos);
  if (ch.c < 0x80) {
    if (ch.c >= 'a' && ch.c <= 'z') s[pos] = static_cast<char>(ch.c - 'a' + 'A');
    return;
  }
  // Any script's lower-case letter with a single upper-case one ("é", "œ", "σ", "д").
  const utf8proc_int32_t upper = utf8proc_toupper(static_cast<utf8proc_int32_t>(ch.c));
  if (ch.c < 0xC0 || upper == static_cast<utf8proc_int32_t>(ch.c) || ch.c == 0xFFFD) return;  // not "µ"
  utf8proc_uint8_t buf[4];
  const auto n = utf8proc_encode_char(upper, buf);
  s.replace(ch.begin, ch.end - ch.begin, reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

bool starts_upper(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return false;
  return tokens::is_upper_letter(tokens::decode_at(s, pos).c);
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

std::string without(std::string_view text, ByteSpans spans) {
  std::sort(spans.begin(), spans.end());
  ByteSpans merged;
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

}  // namespace microask::criteria
