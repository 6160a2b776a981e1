#include "cli/output/svg.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "cli/i18n.hpp"
#include "cli/output/text.hpp"
#include "microask/calendar.hpp"
#include "microask/text.hpp"

namespace microask::cli {
namespace {

// Okabe-Ito colours: told apart with the common colour-vision deficiencies.
constexpr const char* yes_fill = "#009E73";
constexpr const char* no_fill = "#0072B2";
constexpr const char* discussion_fill = "#E69F00";
constexpr const char* felt_stroke = "#D55E00";
constexpr const char* expected_stroke = "#444444";
constexpr const char* grid_stroke = "#E3E3E3";
constexpr const char* axis_stroke = "#888888";
constexpr const char* muted_text = "#555555";

constexpr double plot_top = 96;
constexpr double plot_h = 280;
constexpr double margin_left = 64;
constexpr double margin_right = 64;
constexpr double font_px = 12;
// Average advances at 12 px (DejaVu Sans: digits 0.64 em, lower-case words about 0.55 em),
// to size text that the SVG cannot measure itself.
constexpr double digit_px = 7.7;
constexpr double word_px = 6.7;

// A coordinate: one decimal is finer than any screen needs.
std::string px(double v) { return fmt::format("{:.1f}", v); }

// A figure as stats --json gives it: rounded to two decimals, shortest form, with a dot.
std::string figure(double v) { return fmt::format("{}", std::round(v * 100.0) / 100.0); }

double text_px(std::string_view s, double per_char) { return static_cast<double>(display_width(s)) * per_char; }

// The step of the requests axis: five steps cover `most`, and the five grid lines are also
// the stress axis' 2, 4, 6, 8, 10.
std::int64_t request_step(std::int64_t most) {
  const auto raw = std::max<std::int64_t>(1, (most + 4) / 5);
  for (std::int64_t magnitude = 1;; magnitude *= 10)
    for (const std::int64_t tenths : {10, 15, 20, 25, 30, 40, 50, 60, 80})
      if (tenths * magnitude % 10 == 0 && tenths * magnitude / 10 >= raw) return tenths * magnitude / 10;
}

struct Layout {
  std::size_t n = 0;
  double slot = 0, bar_w = 0, plot_w = 0, width = 0, height = 0;
  double plot_bottom = plot_top + plot_h;
  bool rotate = false;
  std::size_t label_every = 1;
  std::int64_t step = 1;
  double x(std::size_t i) const { return margin_left + (static_cast<double>(i) + 0.5) * slot; }
  double y_requests(double v) const { return plot_bottom - v / static_cast<double>(step * 5) * plot_h; }
  double y_stress(double v) const { return plot_bottom - std::clamp(v, 0.0, 10.0) / 10.0 * plot_h; }
};

Layout layout(const WeeklyStats& s, const std::vector<std::string>& labels, double legend_px) {
  Layout l;
  l.n = std::max<std::size_t>(1, s.weeks.size());
  const auto n = static_cast<double>(l.n);
  l.plot_w = std::max({n * std::clamp(760.0 / n, 10.0, 90.0), 520.0, legend_px});
  l.slot = l.plot_w / n;
  l.bar_w = std::min(l.slot * 0.7, 44.0);
  double label_px = 0;
  std::int64_t most = 0;
  for (const auto& label : labels) label_px = std::max(label_px, text_px(label, digit_px));
  for (const auto& w : s.weeks) most = std::max(most, w.yes + w.no + w.discussion);
  l.step = request_step(most);
  l.rotate = label_px + 12 > l.slot;
  // Rotated by 45 degrees, labels k slots apart are k * slot * 0.71 apart across their
  // baselines: at least 15 px for 12 px text.
  if (l.rotate) l.label_every = static_cast<std::size_t>(std::ceil(21.0 / l.slot));
  const double labels_h = l.rotate ? label_px * 0.71 + 22 : 28;
  l.width = margin_left + l.plot_w + margin_right;
  l.height = l.plot_bottom + labels_h + 12;
  return l;
}

struct Series {
  const char* cls;  // "felt" or "expected"
  const char* stroke;
  const char* fill;
  const char* dash;  // "" for a solid line
};

void draw_series(std::string& out, const Layout& l, const WeeklyStats& s, const Series& series,
                 std::optional<double> WeekRow::*value, const std::string& name,
                 const std::vector<std::string>& labels) {
  // One polyline per run of consecutive weeks with a value: a gap breaks the line.
  std::string points;
  std::size_t run = 0;
  const auto flush = [&] {
    if (run >= 2)
      out += fmt::format(R"(<polyline class="line {}" points="{}" fill="none" stroke="{}" stroke-width="2"{}/>)",
                         series.cls, points, series.stroke,
                         *series.dash ? fmt::format(R"( stroke-dasharray="{}")", series.dash) : "") +
             "\n";
    points.clear();
    run = 0;
  };
  for (std::size_t i = 0; i < s.weeks.size(); ++i) {
    if (const auto& v = s.weeks[i].*value) {
      points += (points.empty() ? "" : " ") + px(l.x(i)) + "," + px(l.y_stress(*v));
      ++run;
    } else {
      flush();
    }
  }
  flush();
  for (std::size_t i = 0; i < s.weeks.size(); ++i) {
    const auto& v = s.weeks[i].*value;
    if (!v) continue;
    out += fmt::format(
        R"(<circle class="point {}" data-week="{}" data-stress="{}" cx="{}" cy="{}" r="3.5" fill="{}" stroke="{}")"
        R"( stroke-width="1.5"><title>{}</title></circle>)",
        series.cls, xml_escape(s.weeks[i].label), figure(*v), px(l.x(i)), px(l.y_stress(*v)), series.fill,
        series.stroke,
        // Translators: a point's tooltip: the week, "stress felt" or "stress expected", the mean.
        xml_escape(fmt::format(fmt::runtime(_("{}: {} {}")), labels[i], name, format_mean(v))));
    out += "\n";
  }
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
          out += "\xEF\xBF\xBD";
        else
          out += c;
    }
  }
  return out;
}

namespace {

// A legend's item, left to right: a swatch or a line sample, then its name.
struct LegendItem {
  std::string name;
  const char* colour;
  bool line;
  const char* dash;
};

double legend_width(const std::vector<LegendItem>& items) {
  double w = 0;
  for (const auto& it : items) w += (it.line ? 24.0 : 12.0) + 6 + text_px(it.name, word_px) + 16;
  return w;
}

void draw_heading(std::string& out, const Layout& l, const std::string& title, const std::string& range) {
  out += R"(<?xml version="1.0" encoding="UTF-8"?>)" "\n";
  out += fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{0}" height="{1}" viewBox="0 0 {0} {1}")"
      R"( role="img" aria-labelledby="chart-title chart-desc")"
      R"( font-family="DejaVu Sans, Verdana, Arial, sans-serif" font-size="{2}">)",
      px(l.width), px(l.height), font_px);
  out += "\n";
  out += fmt::format(R"(<title id="chart-title">{}</title>)", xml_escape(title)) + "\n";
  out += fmt::format(R"(<desc id="chart-desc">{}</desc>)", xml_escape(range)) + "\n";
  out += R"(<rect width="100%" height="100%" fill="#FFFFFF"/>)" "\n";
  out += fmt::format(R"(<text x="{}" y="28" font-size="17" font-weight="bold" fill="#222222">{}</text>)",
                     px(margin_left), xml_escape(title)) + "\n";
  out += fmt::format(R"(<text x="{}" y="48" fill="{}">{}</text>)", px(margin_left), muted_text, xml_escape(range)) +
         "\n";
}

void draw_legend(std::string& out, const std::vector<LegendItem>& items) {
  out += R"(<g class="legend">)" "\n";
  double x = margin_left;
  constexpr double legend_y = 72;
  for (const auto& it : items) {
    if (it.line) {
      out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2"{}/>)", px(x),
                         px(legend_y - 4), px(x + 24), px(legend_y - 4), it.colour,
                         *it.dash ? fmt::format(R"( stroke-dasharray="{}")", it.dash) : "");
      out += fmt::format(R"(<circle cx="{}" cy="{}" r="3.5" fill="{}" stroke="{}" stroke-width="1.5"/>)",
                         px(x + 12), px(legend_y - 4), *it.dash ? "#FFFFFF" : it.colour, it.colour);
      x += 24;
    } else {
      out += fmt::format(R"(<rect x="{}" y="{}" width="12" height="12" fill="{}"/>)", px(x), px(legend_y - 10),
                         it.colour);
      x += 12;
    }
    out += fmt::format(R"(<text x="{}" y="{}">{}</text>)", px(x + 6), px(legend_y), xml_escape(it.name)) + "\n";
    x += 6 + text_px(it.name, word_px) + 16;
  }
  out += "</g>\n";
}

// Grid and both axes: five steps, shared by requests (left) and stress (right).
void draw_axes(std::string& out, const Layout& l) {
  const double plot_right = margin_left + l.plot_w;
  out += R"(<g class="axes">)" "\n";
  for (int i = 0; i <= 5; ++i) {
    const double y = l.plot_bottom - i * plot_h / 5;
    out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1"/>)", px(margin_left),
                       px(y), px(plot_right), px(y), i == 0 ? axis_stroke : grid_stroke);
    out += fmt::format(R"(<text class="tick requests" x="{}" y="{}" text-anchor="end" fill="{}">{}</text>)",
                       px(margin_left - 8), px(y + 4), muted_text, l.step * i);
    out += fmt::format(R"(<text class="tick stress" x="{}" y="{}" fill="{}">{}</text>)", px(plot_right + 8),
                       px(y + 4), felt_stroke, 2 * i);
    out += "\n";
  }
  const double mid = plot_top + plot_h / 2;
  out += fmt::format(
      R"~(<text x="18" y="{0}" transform="rotate(-90 18 {0})" text-anchor="middle" fill="{1}">{2}</text>)~",
      px(mid), muted_text, xml_escape(_("requests made")));
  out += fmt::format(
      R"~(<text x="{0}" y="{1}" transform="rotate(90 {0} {1})" text-anchor="middle" fill="{2}">{3}</text>)~",
      px(l.width - 18), px(mid), felt_stroke, xml_escape(_("stress (0 to 10)")));
  out += "\n</g>\n";
}

// One week's group: its figures as data attributes, a tooltip, and its stacked bars.
void draw_week(std::string& out, const Layout& l, const WeekRow& w, std::size_t i, const std::string& label) {
  const auto total = w.yes + w.no + w.discussion;
  std::string attrs = fmt::format(
      R"(data-week="{}" data-start="{}" data-end="{}" data-requests="{}")"
      R"( data-yes="{}" data-no="{}" data-discussion="{}")",
      xml_escape(w.label), format_date(w.start), format_date(w.end), total, w.yes, w.no, w.discussion);
  if (w.stress_mean) attrs += fmt::format(R"( data-stress-mean="{}")", figure(*w.stress_mean));
  if (w.predicted_stress_mean) attrs += fmt::format(R"( data-predicted-stress-mean="{}")", figure(*w.predicted_stress_mean));
  if (w.expected_stress_mean) attrs += fmt::format(R"( data-expected-stress-mean="{}")", figure(*w.expected_stress_mean));
  auto tip = fmt::format(fmt::runtime(ngettext("{}: {} request made ({} yes, {} no, {} discussion)",
                                               "{}: {} requests made ({} yes, {} no, {} discussion)",
                                               static_cast<unsigned long>(total))),
                         label, total, w.yes, w.no, w.discussion);
  if (w.stress_mean) tip += fmt::format(fmt::runtime(_(", stress felt {}")), format_mean(w.stress_mean));
  if (w.expected_stress_mean)
    tip += fmt::format(fmt::runtime(_(", expected {} (felt {} on the same entries)")), format_mean(w.expected_stress_mean),
                       format_mean(w.predicted_stress_mean));
  out += fmt::format(R"(<g class="week" {}><title>{}</title>)", attrs, xml_escape(tip));
  std::int64_t below = 0;
  for (const auto& [cls, count, fill] : {std::tuple{"yes", w.yes, yes_fill}, std::tuple{"no", w.no, no_fill},
                                         std::tuple{"discussion", w.discussion, discussion_fill}}) {
    if (count == 0) continue;
    const double top = l.y_requests(static_cast<double>(below + count));
    const double bottom = l.y_requests(static_cast<double>(below));
    out += fmt::format(R"(<rect class="{}" data-count="{}" x="{}" y="{}" width="{}" height="{}" fill="{}"/>)", cls,
                       count, px(l.x(i) - l.bar_w / 2), px(top), px(l.bar_w), px(bottom - top), fill);
    below += count;
  }
  out += "</g>\n";
}

// Week labels, the current week always among them.
void draw_week_labels(std::string& out, const Layout& l, const WeeklyStats& s, const std::vector<std::string>& labels) {
  out += R"(<g class="week-labels" fill="#333333">)" "\n";
  for (std::size_t i = 0; i < s.weeks.size(); ++i) {
    if ((s.weeks.size() - 1 - i) % l.label_every != 0) continue;
    const double x0 = l.x(i), y0 = l.plot_bottom + 16;
    out += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="{3}"/>)", px(x0), px(l.plot_bottom),
                       px(l.plot_bottom + 4), axis_stroke);
    if (l.rotate)
      out += fmt::format(R"~(<text x="{0}" y="{1}" transform="rotate(-45 {0} {1})" text-anchor="end">{2}</text>)~",
                         px(x0 + 4), px(y0), xml_escape(labels[i]));
    else
      out += fmt::format(R"(<text x="{}" y="{}" text-anchor="middle">{}</text>)", px(x0), px(y0),
                         xml_escape(labels[i]));
    out += "\n";
  }
  out += "</g>\n";
}

}  // namespace

std::string render_svg(const WeeklyStats& s) {
  const std::string title = _("Requests made per week");
  const std::string felt_name = _("stress felt"), expected_name = _("stress expected");
  const std::vector<LegendItem> items{{response_label(Response::yes), yes_fill, false, ""},
                                      {response_label(Response::no), no_fill, false, ""},
                                      {response_label(Response::discussion), discussion_fill, false, ""},
                                      {felt_name, felt_stroke, true, ""},
                                      {expected_name, expected_stroke, true, "5 3"}};
  const auto labels = week_labels(s, false);
  const auto l = layout(s, labels, legend_width(items));
  std::int64_t requests = 0, n_yes = 0, n_no = 0, n_discussion = 0;
  for (const auto& w : s.weeks) {
    n_yes += w.yes, n_no += w.no, n_discussion += w.discussion;
    requests += w.yes + w.no + w.discussion;
  }
  const std::string range =
      s.weeks.empty() ? std::string()
                      : fmt::format(fmt::runtime(ngettext("{} to {}: {} request made ({} yes, {} no, {} discussion)",
                                                          "{} to {}: {} requests made ({} yes, {} no, {} discussion)",
                                                          static_cast<unsigned long>(requests))),
                                    labels.front(), labels.back(), requests, n_yes, n_no, n_discussion);

  std::string out;
  draw_heading(out, l, title, range);
  draw_legend(out, items);
  draw_axes(out, l);
  out += R"(<g class="bars">)" "\n";
  for (std::size_t i = 0; i < s.weeks.size(); ++i) draw_week(out, l, s.weeks[i], i, labels[i]);
  out += "</g>\n";
  if (requests == 0)
    out += fmt::format(R"(<text x="{}" y="{}" text-anchor="middle" fill="{}">{}</text>)",
                       px(margin_left + l.plot_w / 2), px(plot_top + plot_h / 2), muted_text,
                       xml_escape(_("No requests made in these weeks yet."))) +
           "\n";
  draw_week_labels(out, l, s, labels);
  // Stress: expected first, so that felt is drawn on top.
  out += R"(<g class="stress">)" "\n";
  draw_series(out, l, s, {"expected", expected_stroke, "#FFFFFF", "5 3"}, &WeekRow::expected_stress_mean,
              expected_name, labels);
  draw_series(out, l, s, {"felt", felt_stroke, felt_stroke, ""}, &WeekRow::stress_mean, felt_name, labels);
  out += "</g>\n";
  out += "</svg>\n";
  return out;
}

}  // namespace microask::cli
