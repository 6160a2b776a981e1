// `microask stats --svg`: the week-by-week chart as a standalone SVG document (no scripts,
// no external resources). Part of the render layer: a pure function of the weekly figures.
#pragma once

#include <string>
#include <string_view>

#include "microask/stats.hpp"

namespace microask::cli {

// Text made safe for XML character data and attribute values: & < > " ' escaped, and the
// characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return)
// replaced with U+FFFD.
std::string xml_escape(std::string_view text);

// The chart of `s.weeks`, oldest week on the left: requests made per week as bars stacked
// by answer (yes at the bottom, then no, then discussion) on a left-hand axis; mean felt and
// expected stress per week as two lines with points on a 0..10 right-hand axis, broken
// where a week has no value; week labels (rotated, and thinned from the current week
// backwards, when there are many); a title, the weeks covered and a legend.
//
// Machine-checkable: each week is a <g class="week"> with data-week (the label of stats
// --json), data-start, data-end, data-requests, data-yes, data-no, data-discussion, and
// data-stress-mean / data-predicted-stress-mean / data-expected-stress-mean when there is a
// value (felt over every entry, felt and expected over the entries with a prediction; rounded to two
// decimals, as in stats --json); each point is a <circle class="point felt"> or
// <circle class="point expected"> with data-week and data-stress; each run of consecutive
// weeks with values is one <polyline class="line felt|expected">.
std::string render_svg(const WeeklyStats& s);

}  // namespace microask::cli
