#include "cli/input.hpp"

#include <charconv>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/i18n.hpp"
#include "microask/errors.hpp"
#include "microask/ideas.hpp"
#include "microask/text.hpp"

namespace microask::cli {
namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// The error keeps its msgid and values: what() is English (as plan --batch writes it in
// JSON) and the message is translated where it is shown (translate()).
template <typename... Args>
[[noreturn]] void refuse(const char* msgid, const Args&... args) {
  throw usage_error(msgid, {fmt::format("{}", args)...});
}

}  // namespace

std::string quote_input(std::string_view value) {
  return escape_controls(truncate_to_width(value, 40));
}

std::int64_t parse_id(std::string_view s, std::string_view what) {
  std::int64_t id = 0;
  if (all_digits(s) && s.size() <= 15) std::from_chars(s.data(), s.data() + s.size(), id);
  if (id < 1) refuse(N_("{}: '{}' is not an id; use a whole number from 1 up"), what, quote_input(s));
  return id;
}

int parse_stress(std::string_view s, std::string_view what) {
  int v = -1;
  if (all_digits(s) && s.size() <= 2) std::from_chars(s.data(), s.data() + s.size(), v);
  if (v < 0 || v > 10)
    refuse(N_("{}: '{}' is not a stress level; use a whole number from 0 (calm) to 10 (worst)"),
           what, quote_input(s));
  return v;
}

Response parse_response_arg(std::string_view s, std::string_view what) {
  if (auto r = parse_response(s)) return *r;
  refuse(N_("{}: '{}' is not a response; use yes, no or discussion (or y, n, d, oui, non)"), what,
         quote_input(s));
}

int parse_level(std::string_view s, std::string_view what) {
  if (s.size() == 1 && s[0] >= '0' + lowest_level && s[0] <= '0' + highest_level) return s[0] - '0';
  refuse(N_("{}: '{}' is not a level; use a whole number from {} to {}"), what, quote_input(s), lowest_level,
         highest_level);
}

Lang parse_lang_arg(std::string_view s, std::string_view what) {
  if (auto l = parse_lang(s)) return *l;
  refuse(N_("{}: '{}' is not a language of the ideas; use en or fr"), what, quote_input(s));
}

std::string_view parse_setting(std::string_view s, std::string_view what) {
  if (auto setting = setting_named(s)) return *setting;
  refuse(N_("{}: '{}' is not a setting; use {} (or a word of one, such as baker or collègue)"), what, quote_input(s),
         fmt::format("{}", fmt::join(idea_settings, ", ")));
}

const Idea& parse_idea_id(std::string_view s, std::string_view what) {
  if (const Idea* i = find_idea(s)) return *i;
  refuse(N_("{}: no idea has the id '{}'; microask idea --list shows them"), what, quote_input(s));
}

int parse_count(std::string_view s, std::string_view what, int max) {
  int v = 0;
  if (all_digits(s) && s.size() <= 9) std::from_chars(s.data(), s.data() + s.size(), v);
  if (v < 1 || v > max) refuse(N_("{}: '{}' is not a count; use a whole number from 1 to {}"), what, quote_input(s), max);
  return v;
}

std::string join_words(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
  return text;
}

std::string require_text(std::string_view s) {
  std::size_t chars = 0;
  switch (check_text(s, max_text_chars, &chars)) {
    case TextProblem::none:
      return std::string(trim(s));
    case TextProblem::empty:
      refuse(N_("the request text is empty; write the one short ask you want to make"));
    case TextProblem::too_long:
      refuse(N_("the request text has {} characters; at most {} are accepted: keep it to one short ask"),
             chars, max_text_chars);
    case TextProblem::invalid_utf8:
      break;
  }
  refuse(N_("the request text is not valid UTF-8; write it in a UTF-8 terminal or file"));
}

std::string require_short_text(std::string_view s, std::string_view what, std::size_t max) {
  std::size_t chars = 0;
  switch (check_text(s, max, &chars)) {
    case TextProblem::none:
      return std::string(trim(s));
    case TextProblem::empty:
      refuse(N_("{} is empty; give some text or leave the option out"), what);
    case TextProblem::too_long:
      refuse(N_("{} has {} characters; at most {} are accepted"), what, chars, max);
    case TextProblem::invalid_utf8:
      break;
  }
  refuse(N_("{} is not valid UTF-8"), what);
}

std::string require_line(std::string_view s, std::string_view what, std::size_t max) {
  std::string line = require_short_text(s, what, max);
  if (line.find_first_of("\r\n") != std::string::npos) refuse(N_("{} is one line; write it without line breaks"), what);
  return line;
}

Instant parse_at(std::string_view s, Instant now, const TimeZone& zone) {
  auto r = parse_when(s, now, zone);
  if (!r.instant) throw usage_error(r.message);
  return *r.instant;
}

Instant parse_since(std::string_view s, Instant now, const TimeZone& zone) {
  auto r = parse_when(s, now, zone);
  if (!r.instant) {
    // The parser names --at; this value came from --since.
    if (!r.message.args.empty()) r.message.args.front() = "--since";
    throw usage_error(r.message);
  }
  // A day with no time starts at local midnight: "--since monday" includes all of Monday.
  if (r.day) return zone.at(zone.utc_of_local(*r.day * 86400));
  return *r.instant;
}

}  // namespace microask::cli
