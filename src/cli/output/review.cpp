#include "cli/output/review.hpp"

#include <cmath>
#include <ostream>

#include <fmt/format.h>

#include "cli/i18n.hpp"
#include "cli/output/ideas.hpp"
#include "cli/output/text.hpp"
#include "microask/text.hpp"

namespace microask::cli {
namespace {

unsigned long count(std::int64_t n) { return static_cast<unsigned long>(std::max<std::int64_t>(n, 0)); }

template <typename... Args>
std::string say(const char* translated, const Args&... args) {
  return fmt::format(fmt::runtime(translated), args...);
}

// One row of the table: its cells, in the columns' order.
struct Columns {
  std::vector<std::string> head;
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> active;  // a week with requests (others are drawn dim)
};

std::string felt_and_expected(const WeekRow& w) {
  if (w.predicted == 0) return "-";
  return fmt::format("{}/{} ({})", format_mean(w.predicted_stress_mean), format_mean(w.expected_stress_mean),
                     w.predicted);
}

Columns table_of(const WeeklyStats& s, bool aligned) {
  Columns c;
  c.head = {_("Week"), _("Requests"), _("Yes"), _("No"), _("Discussion"), _("Stress felt"),
            // Translators: felt stress against expected stress, on the entries with a prediction.
            _("Felt/expected")};
  if (s.goal) c.head.push_back(_("Goal"));
  const auto labels = week_labels(s, aligned);
  for (std::size_t i = 0; i < s.weeks.size(); ++i) {
    const auto& w = s.weeks[i];
    std::vector<std::string> row{labels[i] + (w.partial ? "*" : ""), std::to_string(w.requests),
                                 std::to_string(w.yes),           std::to_string(w.no),
                                 std::to_string(w.discussion),    format_mean(w.stress_mean),
                                 felt_and_expected(w)};
    if (s.goal) row.push_back(fmt::format("{}/{}", w.requests, *s.goal));
    c.rows.push_back(std::move(row));
    c.active.push_back(w.requests > 0);
  }
  return c;
}

std::string total_line(const StatsTotals& t) {
  auto line = say(ngettext("Total: {} request made ({} yes, {} no, {} discussion): every no counts.",
                           "Total: {} requests made ({} yes, {} no, {} discussion): every no counts.",
                           count(t.requests)),
                  t.requests, t.yes, t.no, t.discussion);
  if (t.yes_rate)
    line += " " + say(_("Yes rate: {}%."), static_cast<int>(std::lround(*t.yes_rate * 100)));
  return line;
}

std::optional<std::string> trend_line(const StatsTotals& t) {
  if (t.active_weeks == 0 || !t.stress_mean) return std::nullopt;
  if (!t.trend)
    return say(_("Felt stress: {} over the one active week shown; its trend shows from two active weeks on."),
               format_mean(t.stress_mean));
  const char* format = *t.trend == Trend::down
                           ? _("Felt stress: {} on average, going down: {} in the first half of the active weeks, {} in the second.")
                       : *t.trend == Trend::up
                           ? _("Felt stress: {} on average, going up: {} in the first half of the active weeks, {} in the second.")
                           : _("Felt stress: {} on average, steady: {} in the first half of the active weeks, {} in the second.");
  return say(format, format_mean(t.stress_mean), format_mean(t.first_half_stress_mean),
             format_mean(t.second_half_stress_mean));
}

std::vector<std::string> prediction_lines(const StatsTotals& t) {
  const auto& p = t.predictions;
  std::vector<std::string> out;
  if (p.count == 0) return out;
  auto line = say(_("Predictions on {} of the {} requests: felt stress lower than expected in {}, equal in {}, higher in {};"),
                  p.count, t.requests, p.lower, p.equal, p.higher);
  const double gap = p.mean_gap.value_or(0);
  if (gap > 0.05)
    line += " " + say(_("{} lower than feared on average."), format_mean(gap));
  else if (gap < -0.05)
    line += " " + say(_("{} higher than feared on average."), format_mean(-gap));
  else
    line += " " + std::string(_("as feared on average."));
  out.push_back(std::move(line));
  if (p.expected_no > 0)
    out.push_back(say(_("Expected a no: {}; the no came in {}, a yes in {}."), p.expected_no, p.expected_no_got_no,
                      p.expected_no_got_yes));
  return out;
}

std::vector<std::string> goal_lines(const WeeklyStats& s) {
  const auto& t = s.totals;
  std::vector<std::string> out;
  if (s.goal) {
    out.push_back(say(ngettext("Goal: {} request a week, met in {} of the {} weeks shown.",
                               "Goal: {} requests a week, met in {} of the {} weeks shown.", count(*s.goal)),
                      *s.goal, t.goal_met_weeks, s.weeks.size()));
    out.push_back(say(ngettext("Streak: {} week in a row meeting the goal (best: {}).",
                               "Streak: {} weeks in a row meeting the goal (best: {}).", count(t.streak)),
                      t.streak, t.best_streak));
  } else {
    out.push_back(say(ngettext("Streak: {} week in a row with at least one request (best: {}).",
                               "Streak: {} weeks in a row with at least one request (best: {}).", count(t.streak)),
                      t.streak, t.best_streak));
  }
  return out;
}

std::vector<std::string> waiting_lines(const WeeklyReview& r) {
  constexpr std::size_t shown_at_most = 3;
  std::vector<std::string> out;
  for (std::size_t i = 0; i < r.waiting.size() && i < shown_at_most; ++i) {
    const auto& q = r.waiting[i];
    out.push_back(say(_("Waiting since {}: #{} {}, planned and not asked yet."), human_date(local_day(q.created)), q.id,
                      in_quotes(truncate_to_width(shown(q.text), 40))));
  }
  if (r.waiting.size() > shown_at_most)
    out.push_back(say(ngettext("And {} more request planned over two weeks ago (microask plan lists them).",
                               "And {} more requests planned over two weeks ago (microask plan lists them).",
                               count(static_cast<std::int64_t>(r.waiting.size() - shown_at_most))),
                      r.waiting.size() - shown_at_most));
  return out;
}

}  // namespace

std::vector<std::string> review_lines(const WeeklyReview& r) {
  const auto& s = r.stats;
  std::vector<std::string> out{total_line(s.totals)};
  if (auto trend = trend_line(s.totals)) out.push_back(std::move(*trend));
  for (auto& line : prediction_lines(s.totals)) out.push_back(std::move(line));
  for (auto& line : goal_lines(s)) out.push_back(std::move(line));
  if (!s.weeks.empty() && s.weeks.back().partial)
    out.push_back(say(_("{}*: this week is not over, its figures are so far."), week_labels(s, false).back()));
  for (auto& line : waiting_lines(r)) out.push_back(std::move(line));
  out.push_back(ladder_line(r.ladder));
  // What the weeks shown leave out, when they leave something out.
  const auto& a = s.all_time;
  if (a.requests != s.totals.requests || a.best_streak != s.totals.best_streak)
    out.push_back(say(ngettext("All time: {} request made in {} active weeks (best streak: {}).",
                               "All time: {} requests made in {} active weeks (best streak: {}).", count(a.requests)),
                      a.requests, a.active_weeks, a.best_streak));
  return out;
}

void render_stats(std::ostream& out, const Style& style, const WeeklyReview& r) {
  const Columns c = table_of(r.stats, true);
  std::vector<std::size_t> widths;
  for (const auto& h : c.head) widths.push_back(std::max<std::size_t>(display_width(h), 3));
  for (const auto& row : c.rows)
    for (std::size_t k = 0; k < row.size(); ++k) widths[k] = std::max(widths[k], display_width(row[k]));
  const auto line = [&](const std::vector<std::string>& cells) {
    std::string l;
    for (std::size_t k = 0; k < cells.size(); ++k) {
      if (k > 0) l += "  ";
      l += k == 0 ? pad_right(cells[k], widths[k]) : pad_left(cells[k], widths[k]);
    }
    return l;
  };
  // The header's first column is left-aligned like the labels; the others like numbers.
  out << paint(style, sgr::bold, line(c.head)) << '\n';
  for (std::size_t i = 0; i < c.rows.size(); ++i)
    out << (c.active[i] ? line(c.rows[i]) : paint(style, sgr::dim, line(c.rows[i]))) << '\n';
  for (const auto& l : review_lines(r)) out << l << '\n';
}

void render_report(std::ostream& out, const WeeklyReview& r) {
  const auto& s = r.stats;
  const Columns c = table_of(s, false);
  const auto labels = week_labels(s, false);
  out << "# " << _("microask: the weeks in review") << "\n\n";
  if (!s.weeks.empty())
    out << say(_("From {} to {} ({} to {})."), labels.front(), labels.back(), human_date(s.weeks.front().start),
               human_date(s.weeks.back().end))
        << "\n\n";
  // Markdown cells: a pipe would end the cell, a star start an emphasis.
  const auto cell = [](const std::string& v) {
    std::string o;
    for (const char ch : v) o += ch == '|' || ch == '*' ? std::string("\\") + ch : std::string(1, ch);
    return o;
  };
  for (std::size_t k = 0; k < c.head.size(); ++k) out << "| " << cell(c.head[k]) << ' ';
  out << "|\n";
  for (std::size_t k = 0; k < c.head.size(); ++k) out << (k == 0 ? "|---" : "|---:");
  out << "|\n";
  for (const auto& row : c.rows) {
    for (const auto& v : row) out << "| " << cell(v) << ' ';
    out << "|\n";
  }
  out << "\n## " << _("What these weeks show") << "\n\n";
  for (const auto& l : review_lines(r)) out << "- " << l << '\n';
  out << "\n## " << _("Lessons") << "\n\n";
  if (r.lessons.empty()) out << _("No lesson written down in these weeks.") << '\n';
  for (const auto& e : r.lessons)
    out << "- " << human_date(local_day(e.asked_at)) << ", " << in_quotes(shown(e.text)) << ": " << shown(*e.lesson) << '\n';
}

}  // namespace microask::cli
