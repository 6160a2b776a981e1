// Strict parsing of command-line values. Each function returns the value or throws
// usage_error with one line naming the value and what is accepted.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "microask/calendar.hpp"
#include "microask/ideas.hpp"
#include "microask/request.hpp"

namespace microask::cli {

// A request or entry id: digits only, 1..10^15. `what` is the option or argument name.
std::int64_t parse_id(std::string_view s, std::string_view what);
// A whole number 0..10: digits only ("1e3", " 5", "5.0", "-1" are refused).
int parse_stress(std::string_view s, std::string_view what);
// yes/no/discussion and their aliases.
Response parse_response_arg(std::string_view s, std::string_view what);
// A level of the ladder: 1..5.
int parse_level(std::string_view s, std::string_view what);
// The language of the ideas: en or fr.
Lang parse_lang_arg(std::string_view s, std::string_view what);
// A setting of the catalogue, by its key or a word of it, in either language.
std::string_view parse_setting(std::string_view s, std::string_view what);
// The id of an idea of the catalogue.
const Idea& parse_idea_id(std::string_view s, std::string_view what);
// A positive count (for -n, --weeks): digits only, 1..max.
int parse_count(std::string_view s, std::string_view what, int max);
// The words of a positional joined by single spaces ("quotes optional").
std::string join_words(const std::vector<std::string>& words);
// Request text: valid UTF-8, not blank, at most max_text_chars; returns it trimmed.
std::string require_text(std::string_view s);
// A note or an addressee: valid UTF-8, at most `max` characters; returns it trimmed.
std::string require_short_text(std::string_view s, std::string_view what, std::size_t max);
// One line of text (a lesson): as require_short_text, and no line break inside.
std::string require_line(std::string_view s, std::string_view what, std::size_t max);
// A `--at` value, resolved against now in the context's zone; refuses the future.
Instant parse_at(std::string_view s, Instant now, const TimeZone& zone);
// A `--since` value: a date means the start of that local day; else as --at.
Instant parse_since(std::string_view s, Instant now, const TimeZone& zone);

// The value as it may be quoted in an error message: control characters escaped, cut to
// 40 columns.
std::string quote_input(std::string_view value);

}  // namespace microask::cli
