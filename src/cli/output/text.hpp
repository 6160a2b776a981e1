// People's output: tables, the plan's verdicts, what was logged or undone, in the language
// of the messages. Dates, decimals and week labels follow that language because their
// formats are translated (C_ in i18n.hpp), not because the code asks which language it is.
// JSON and CSV (data.hpp) stay English and ISO whatever the language.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli/context.hpp"
#include "microask/actions.hpp"
#include "microask/criteria.hpp"
#include "microask/journal.hpp"
#include "microask/request.hpp"
#include "microask/stats.hpp"

namespace microask::cli {

// SGR codes for paint(), shared by every part of the output.
namespace sgr {
inline constexpr const char* green = "32";
inline constexpr const char* red = "31";
inline constexpr const char* yellow = "33";
inline constexpr const char* bold = "1";
inline constexpr const char* dim = "2";
}  // namespace sgr

// `text` in the SGR colour `sgr` ("32" green...) when the style has colour.
std::string paint(const Style& style, const char* sgr, std::string_view text);

// "microask: error: <message>" on one line.
void print_error(std::ostream& err, const Style& style, std::string_view message);

// Text safe for a terminal and for one line: controls escaped.
std::string shown(std::string_view text);
// Single-quoted for a POSIX shell when it needs to be, so that a printed command can be
// pasted as is; controls escaped as $'...' (never raw to the terminal).
std::string shell_quote(std::string_view s);
// " --db PATH" when the journal was named on the command line (a printed command names it
// too), else empty.
std::string db_option(const GlobalOptions& g);
// The text in quotes: "text" in English, « text » in French (the text as it is).
std::string in_quotes(std::string_view text);
// "yes", "no", "discussion" in the language of the messages.
std::string response_label(Response r);
// A mean with one decimal, and the language's decimal sign ("4,5" in French).
std::string format_mean(std::optional<double> mean);

// Dates and times for people, in the language of the messages:
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
std::string describe(const Reason& r);
std::string describe(const Warning& w);
std::string describe(const Suggestion& s);
// The same sentences in English, whatever the language of the messages (plan --json is data).
std::string in_english(const Reason& r);
std::string in_english(const Warning& w);
std::string in_english(const Suggestion& s);
// The request, its three verdicts with their reasons, what was assumed, clearer wordings and
// smaller versions; render_plan adds what became of it (saved or not).
void render_verdicts(std::ostream& out, const Style& style, const PlanOutcome& p);
void render_plan(std::ostream& out, const Style& style, const PlanOutcome& p, bool check_only);
void render_requests(std::ostream& out, const Style& style, std::span<const Request> requests);

// log
void render_logged(std::ostream& out, const Style& style, const Entry& e);
// The entries shown, out of `total` that match: a listing that leaves some out says how many.
void render_entries(std::ostream& out, const Style& style, std::span<const Entry> entries, std::int64_t total);
// One line: when, stress, answer and the request's text.
std::string entry_summary(const Entry& e);
// The requests asked and not yet logged, for the error that lists them.
std::string several_waiting_text(const several_waiting& e);

// undo: what the change was, in a sentence ("the logging of entry #5 (...)").
std::string change_summary(const Undone& u);

}  // namespace microask::cli
