// Terminal charts for `microask stats`: part of the render layer, pure functions from the
// weekly figures, a Style and a width in columns to text. Nothing here prints or reads the
// environment, so every picture can be checked in a unit test.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "cli/context.hpp"
#include "microask/stats.hpp"

namespace microask::cli {

// The width to draw in: COLUMNS when it is a positive number, else the terminal's own
// width (Context::terminal_columns), else 80.
int chart_width(const Context& ctx);

// The character for a stress level in 0..10: one of ▁▂▃▄▅▆▇█ with style.utf8, else one of
// _.-:=+*#%@ (values outside 0..10 are clamped).
std::string_view stress_level(double stress, const Style& style);

// One character per value (stress_level); where there is no value, '·' with style.utf8,
// else a space.
std::string sparkline(std::span<const std::optional<double>> values, const Style& style);

// One line per week: the week's label, its count of requests made, and a bar of yes, no
// and discussion segments (█ ▒ ░, or # = ~ without UTF-8; coloured with style.color). The
// longest bar fills the width left after label and count, every request taking the same
// number of columns whenever at least one column per request fits; no line is wider than
// `width` - 1 (a terminal wraps a line that fills it). A one-line note when no week has a
// request.
std::string request_bars(const WeeklyStats& s, const Style& style, int width);

// "Stress felt" (every entry) and, when any week has a prediction, the felt stress of the
// entries with a prediction and their "Stress expected" (the same entries, so the two
// compare): one sparkline character per week in the order of the table, wrapped into
// blocks when there are more weeks than columns. Empty when no week has a felt stress.
std::string stress_sparklines(const WeeklyStats& s, const Style& style, int width);

// One line naming the three segments and the stress scale; two lines when one would be
// wider than `width` - 1.
std::string chart_legend(const Style& style, int width);

// The whole terminal chart: bars, sparklines, legend (each part ends with a newline).
std::string render_chart(const WeeklyStats& s, const Style& style, int width);

}  // namespace microask::cli
