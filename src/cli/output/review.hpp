// The weekly review for people: the stats table and what the weeks shown teach (totals,
// the trend of felt stress, predictions against reality, the goal and the streak, what
// waits), and the same as a Markdown sheet for a coach (`stats --report`). In the language
// of the messages; every figure covers the weeks shown unless it says otherwise.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/context.hpp"
#include "microask/actions.hpp"

namespace microask::cli {

// The table, one row per week shown (the current one marked "*": not over yet), then the
// lines below it.
void render_stats(std::ostream& out, const Style& style, const WeeklyReview& r);

// The lines under the table, each one sentence, without colour (the report uses them too).
std::vector<std::string> review_lines(const WeeklyReview& r);

// The Markdown sheet: a title and the weeks covered, the table, the lines of review_lines
// as a list, and the lessons of the weeks with their dates.
void render_report(std::ostream& out, const WeeklyReview& r);

}  // namespace microask::cli
