// Output as data: JSON and CSV, English keys and values, ISO 8601 times, dot decimals,
// byte-identical in every language. Stored types go through their one mapping
// (microask/json.hpp); what only the CLI shows (a plan's verdicts, the weekly figures) is
// mapped here.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "microask/actions.hpp"
#include "microask/journal.hpp"
#include "microask/json.hpp"
#include "microask/stats.hpp"

namespace microask::cli {

// Compact JSON on one line; invalid UTF-8 (impossible after validation) is replaced, not thrown.
void write_json(std::ostream& out, const json& j);

// plan: the verdicts with their reasons in English, warnings, suggestions, the id if saved.
json plan_json(const PlanOutcome& p);
// idea: {"id", "text", "lang", "level", "setting"}.
json idea_json(const Idea& i);
// The ladder: {"level", "since" (ISO 8601, null before its first move), "from" (the level
// it moved from), "requests_at_level", "stress_mean"}.
json ladder_json(const Ladder& l);
// undo: {"change": kind, "request": ..., "entry": ...}.
json undone_json(const Undone& u);
// stats: the weeks shown, their totals, the whole journal's, and what waits.
json stats_json(const WeeklyReview& r);

// CSV field quoting (RFC 4180): quoted when it holds a comma, a quote or a line break (kept
// as one); other control characters escaped.
std::string csv_field(std::string_view s);
void render_entries_csv(std::ostream& out, std::span<const Entry> entries);
void render_stats_csv(std::ostream& out, const WeeklyStats& s);

}  // namespace microask::cli
