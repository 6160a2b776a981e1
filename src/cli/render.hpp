// Output layout: tables, JSON and CSV. The only place that knows how things look.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/context.hpp"
#include "microask/criteria.hpp"
#include "microask/journal.hpp"
#include "microask/request.hpp"
#include "microask/stats.hpp"

namespace microask::cli {

// JSON output keeps its keys in the documented order.
using json = nlohmann::ordered_json;

// `text` in the SGR colour `sgr` ("32" green...) when the style has colour.
std::string paint(const Style& style, const char* sgr, std::string_view text);

// "microask: error: <message>" on one line.
void print_error(std::ostream& err, const Style& style, std::string_view message);

// Compact JSON on one line; invalid UTF-8 (impossible after validation) is replaced, not thrown.
void write_json(std::ostream& out, const json& j);

// Text safe for a terminal and for one line: controls escaped.
std::string shown(std::string_view text);
// The text in quotes: "text" in English, « text » in French (the text as it is).
std::string in_quotes(std::string_view text);
// "yes", "no", "discussion" in the language of the messages.
std::string response_label(Response r);
// A mean with one decimal, with the decimal comma in French.
std::string format_mean(std::optional<double> mean);

// Dates and times for people, in the language of the messages; JSON and CSV keep ISO 8601.
// "2026-11-26 09:30" in English, "26/11/2026 09:30" in French (the instant's own offset).
std::string human_minute(Instant t);
// "2026-11-26T09:30:00+01:00" in English, "26/11/2026 09:30:00 +01:00" in French.
std::string human_instant(Instant t);
// "2026-11-26" in English, "26/11/2026" in French.
std::string human_date(std::int64_t day);
// The label of each row of `s`, in order. In English the data label (week_label: "2026-W48",
// or the first day, "2026-11-22", for Sunday weeks). In French "semaine 48" ("2026 semaine
// 48" on every row when the rows span two ISO years), or "semaine du 22/11/2026" for Sunday
// weeks. `aligned` pads the week number to two columns ("semaine  7"), so that a column of
// labels aligns and sorts.
std::vector<std::string> week_labels(const WeeklyStats& s, bool aligned);

// plan
struct PlanOutcome {
  std::string text;
  Assessment assessment;
  std::vector<Criterion> assumed;  // unsure criteria taken as pass without an answer
  std::optional<std::int64_t> id;  // set when saved
};
std::string describe(const Reason& r);
std::string describe(const Warning& w);
std::string describe(const Suggestion& s);
void render_plan(std::ostream& out, const Style& style, const PlanOutcome& p, bool check_only);
json plan_json(const PlanOutcome& p);

void render_requests(std::ostream& out, const Style& style, std::span<const Request> requests);
json requests_json(std::span<const Request> requests);

// log
void render_logged(std::ostream& out, const Style& style, const Entry& e);
void render_entries(std::ostream& out, const Style& style, std::span<const Entry> entries);
json entry_json(const Entry& e);
// One line: when, stress, answer and the request's text.
std::string entry_summary(const Entry& e);
json entries_json(std::span<const Entry> entries);
void render_entries_csv(std::ostream& out, std::span<const Entry> entries);

// undo: what the change was, in a sentence ("log of entry #5: ...").
std::string change_summary(const Undone& u);
json undone_json(const Undone& u);

// stats
void render_stats(std::ostream& out, const Style& style, const WeeklyStats& s);
json stats_json(const WeeklyStats& s);
void render_stats_csv(std::ostream& out, const WeeklyStats& s);

// CSV field quoting (RFC 4180), with control characters escaped.
std::string csv_field(std::string_view s);

}  // namespace microask::cli
