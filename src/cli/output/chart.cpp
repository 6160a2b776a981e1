#include "cli/output/chart.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

#include <fmt/format.h>

#include "cli/i18n.hpp"
#include "cli/output/text.hpp"
#include "microask/text.hpp"

namespace microask::cli {
namespace {

constexpr const char* yes_colour = "32";         // green
constexpr const char* no_colour = "34";          // blue: a no is a request made, not a failure
constexpr const char* discussion_colour = "33";  // yellow
constexpr const char* felt_colour = "35";        // magenta
constexpr const char* expected_colour = "36";    // cyan
using sgr::dim;

constexpr std::array<std::string_view, 8> utf8_levels{"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
constexpr std::array<std::string_view, 10> ascii_levels{"_", ".", "-", ":", "=", "+", "*", "#", "%", "@"};

// A week without a value: a visible dot keeps the weeks countable where UTF-8 allows it
// (the ASCII levels already use '.').
std::string_view no_level(const Style& style) { return style.utf8 ? "·" : " "; }

struct Segment {
  std::string_view glyph;
  const char* colour;
};
struct Segments {
  Segment yes, no, discussion;
};
Segments segments(const Style& style) {
  if (style.utf8) return {{"█", yes_colour}, {"▒", no_colour}, {"░", discussion_colour}};
  return {{"#", yes_colour}, {"=", no_colour}, {"~", discussion_colour}};
}

std::string repeat(std::string_view s, std::int64_t times) {
  std::string out;
  for (std::int64_t i = 0; i < times; ++i) out += s;
  return out;
}

std::string rstrip(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

// Columns for the three segments of a bar. With `per` > 0 every request takes `per`
// columns; otherwise the segments' boundaries are rounded on a scale of `scale` columns per
// request, so that the whole bar is as long as its count deserves, at least one column.
std::array<std::int64_t, 3> bar_cells(const WeekRow& w, std::int64_t per, double scale) {
  if (per > 0) return {w.yes * per, w.no * per, w.discussion * per};
  const auto at = [&](std::int64_t n) {
    return static_cast<std::int64_t>(std::lround(static_cast<double>(n) * scale));
  };
  const auto b1 = at(w.yes), b2 = at(w.yes + w.no), b3 = at(w.yes + w.no + w.discussion);
  std::array<std::int64_t, 3> cells{b1, b2 - b1, b3 - b2};
  if (b3 == 0 && w.yes + w.no + w.discussion > 0) {
    const std::array<std::int64_t, 3> counts{w.yes, w.no, w.discussion};
    cells[static_cast<std::size_t>(std::max_element(counts.begin(), counts.end()) - counts.begin())] = 1;
  }
  return cells;
}

}  // namespace

int chart_width(const Context& ctx) {
  if (const char* columns = ctx.getenv ? ctx.getenv("COLUMNS") : nullptr; columns && *columns) {
    const std::string_view v(columns);
    if (v.size() <= 5 && v.find_first_not_of("0123456789") == std::string_view::npos) {
      const int n = std::stoi(std::string(v));
      if (n > 0) return n;
    }
  }
  if (ctx.terminal_columns > 0) return ctx.terminal_columns;
  return 80;
}

std::string_view stress_level(double stress, const Style& style) {
  const double v = std::isfinite(stress) ? std::clamp(stress, 0.0, 10.0) : 0.0;
  const auto pick = [v](auto& levels) {
    return levels[static_cast<std::size_t>(std::lround(v / 10.0 * static_cast<double>(levels.size() - 1)))];
  };
  return style.utf8 ? pick(utf8_levels) : pick(ascii_levels);
}

std::string sparkline(std::span<const std::optional<double>> values, const Style& style) {
  std::string out;
  for (const auto& v : values) out += v ? stress_level(*v, style) : no_level(style);
  return out;
}

std::string request_bars(const WeeklyStats& s, const Style& style, int width) {
  const auto labels = week_labels(s, true);
  std::int64_t most = 0;
  std::size_t label_w = 0;
  for (std::size_t i = 0; i < s.weeks.size(); ++i) {
    most = std::max(most, s.weeks[i].yes + s.weeks[i].no + s.weeks[i].discussion);
    label_w = std::max(label_w, display_width(labels[i]));
  }
  if (most == 0) return std::string(_("No requests made in these weeks: nothing to chart yet.")) + "\n";
  const auto count_w = std::to_string(most).size();
  const auto prefix = static_cast<std::int64_t>(label_w + 2 + count_w + 1);
  const std::int64_t room = std::max<std::int64_t>(10, width - 1 - prefix);
  const std::int64_t per = room >= most ? room / most : 0;
  const double scale = static_cast<double>(room) / static_cast<double>(most);
  const auto seg = segments(style);

  std::string out;
  for (std::size_t i = 0; i < s.weeks.size(); ++i) {
    const auto& w = s.weeks[i];
    const auto total = w.yes + w.no + w.discussion;
    auto line = pad_right(labels[i], label_w) + "  " + pad_left(std::to_string(total), count_w) + " ";
    if (total == 0) {
      out += paint(style, dim, rstrip(line)) + "\n";
      continue;
    }
    const auto cells = bar_cells(w, per, scale);
    line += paint(style, seg.yes.colour, repeat(seg.yes.glyph, cells[0]));
    line += paint(style, seg.no.colour, repeat(seg.no.glyph, cells[1]));
    line += paint(style, seg.discussion.colour, repeat(seg.discussion.glyph, cells[2]));
    out += line + "\n";
  }
  return out;
}

std::string stress_sparklines(const WeeklyStats& s, const Style& style, int width) {
  std::vector<std::optional<double>> felt, predicted, expected;
  for (const auto& w : s.weeks) {
    felt.push_back(w.stress_mean);
    predicted.push_back(w.predicted_stress_mean);
    expected.push_back(w.expected_stress_mean);
  }
  const auto any = [](const std::vector<std::optional<double>>& v) {
    return std::any_of(v.begin(), v.end(), [](const auto& x) { return x.has_value(); });
  };
  if (!any(felt)) return {};
  const bool with_expected = any(expected);
  // Expected stress is compared with the felt stress of the same entries, not of all.
  const std::string felt_label = _("Stress felt"), predicted_label = _("Felt, when predicted"),
                    expected_label = _("Stress expected");
  const auto label_w = std::max({display_width(felt_label), with_expected ? display_width(predicted_label) : 0,
                                 with_expected ? display_width(expected_label) : 0});
  const auto room =
      static_cast<std::size_t>(std::max<std::int64_t>(10, width - 1 - static_cast<std::int64_t>(label_w + 2)));

  std::string out;
  // Painted by runs: the levels in the series' colour, the weeks without a value dim.
  const auto row = [&](const std::string& label, const char* colour, std::span<const std::optional<double>> v) {
    std::string line = pad_right(label, label_w) + "  ";
    for (std::size_t i = 0; i < v.size();) {
      std::size_t j = i;
      while (j < v.size() && v[j].has_value() == v[i].has_value()) ++j;
      line += paint(style, v[i] ? colour : dim, sparkline(v.subspan(i, j - i), style));
      i = j;
    }
    out += rstrip(line) + "\n";
  };
  for (std::size_t from = 0; from < felt.size(); from += room) {
    const auto n = std::min(room, felt.size() - from);
    row(felt_label, felt_colour, std::span(felt).subspan(from, n));
    if (with_expected) {
      row(predicted_label, felt_colour, std::span(predicted).subspan(from, n));
      row(expected_label, expected_colour, std::span(expected).subspan(from, n));
    }
  }
  return out;
}

std::string chart_legend(const Style& style, int width) {
  std::string levels;
  if (style.utf8)
    for (auto l : utf8_levels) levels += l;
  else
    for (auto l : ascii_levels) levels += l;
  const auto scale = fmt::format(fmt::runtime(_("stress from 0 to 10: {}")), levels);
  const auto answers = [&](const Style& st) {
    const auto seg = segments(st);
    const auto item = [&](const Segment& sg, Response r) {
      return paint(st, sg.colour, sg.glyph) + " " + response_label(r);
    };
    return item(seg.yes, Response::yes) + "  " + item(seg.no, Response::no) + "  " +
           item(seg.discussion, Response::discussion);
  };
  // Measured without the colour codes; on two lines when one would wrap.
  const auto plain_w = display_width(answers(Style{false, style.utf8})) + 3 + display_width(scale);
  if (static_cast<std::int64_t>(plain_w) <= width - 1) return answers(style) + "   " + scale + "\n";
  return answers(style) + "\n" + scale + "\n";
}

std::string render_chart(const WeeklyStats& s, const Style& style, int width) {
  auto out = request_bars(s, style, width);
  out += stress_sparklines(s, style, width);
  bool any = false;
  for (const auto& w : s.weeks) any = any || w.requests > 0;
  if (any) out += chart_legend(style, width);
  return out;
}

}  // namespace microask::cli
