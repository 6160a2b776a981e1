#include "cli/output/data.hpp"

#include <cmath>
#include <ostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/output/text.hpp"
#include "microask/text.hpp"

namespace microask::cli {
namespace {

json mean_json(const std::optional<double>& v) { return v ? json(std::round(*v * 100.0) / 100.0) : json(nullptr); }

constexpr Criterion all_criteria[] = {Criterion::concrete, Criterion::reversible, Criterion::low_cost};

template <typename T>
json english_array(const std::vector<T>& items) {
  json arr = json::array();
  for (const auto& item : items) arr.push_back(in_english(item));
  return arr;
}

}  // namespace

void write_json(std::ostream& out, const json& j) {
  out << j.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
}

// Built member by member and moved in: a braced list would copy every member once more, and
// `plan --check --batch` writes one of these per line.
json plan_json(const PlanOutcome& p) {
  const auto& a = p.assessment;
  json criteria = json::object();
  for (auto c : all_criteria) {
    const auto& r = a.result(c);
    json one = json::object();
    one["verdict"] = to_string(r.verdict);
    one["reasons"] = english_array(r.reasons);
    criteria[std::string(to_string(c))] = std::move(one);
  }
  json assumed = json::array();
  for (auto c : p.assumed) assumed.push_back(to_string(c));
  json out = json::object();
  out["text"] = p.text;
  out["lang"] = to_string(a.lang);
  out["micro"] = !a.any_fail();
  out["criteria"] = std::move(criteria);
  out["warnings"] = english_array(a.warnings);
  out["suggestions"] = english_array(a.suggestions);
  out["smaller"] = p.smaller;
  out["assumed"] = std::move(assumed);
  out["id"] = p.id ? json(*p.id) : json(nullptr);
  out["level"] = p.level ? json(*p.level) : json(nullptr);
  out["idea"] = p.idea ? json(*p.idea) : json(nullptr);
  return out;
}

json idea_json(const Idea& i) {
  return {{"id", i.id}, {"text", i.text}, {"lang", to_string(i.lang)}, {"level", i.level}, {"setting", i.setting}};
}

json ladder_json(const Ladder& l) {
  json since = nullptr, from = nullptr;
  if (l.last_move) {
    since = format_iso8601(l.last_move->at);
    from = l.last_move->from;
  }
  return {{"level", l.level}, {"since", since}, {"from", from}, {"requests_at_level", l.count},
          {"stress_mean", mean_json(l.mean)}};
}

json undone_json(const Undone& u) {
  return {{"change", info_of(u.kind).name},
          {"request", u.request ? json(*u.request) : json(nullptr)},
          {"entry", u.entry ? json(*u.entry) : json(nullptr)}};
}

namespace {

json totals_json(const StatsTotals& t) {
  const auto& p = t.predictions;
  json trend = nullptr;
  if (t.trend) trend = *t.trend == Trend::down ? "down" : *t.trend == Trend::up ? "up" : "steady";
  return {{"requests", t.requests},
          {"yes", t.yes},
          {"no", t.no},
          {"discussion", t.discussion},
          {"yes_rate", mean_json(t.yes_rate)},
          {"active_weeks", t.active_weeks},
          {"stress_mean", mean_json(t.stress_mean)},
          {"predicted", t.predicted},
          {"predicted_stress_mean", mean_json(t.predicted_stress_mean)},
          {"expected_stress_mean", mean_json(t.expected_stress_mean)},
          {"streak", t.streak},
          {"best_streak", t.best_streak},
          {"goal_met_weeks", t.goal_met_weeks},
          {"first_half_stress_mean", mean_json(t.first_half_stress_mean)},
          {"second_half_stress_mean", mean_json(t.second_half_stress_mean)},
          {"trend", trend},
          {"predictions",
           {{"count", p.count},
            {"lower", p.lower},
            {"equal", p.equal},
            {"higher", p.higher},
            {"mean_gap", mean_json(p.mean_gap)},
            {"expected_no", p.expected_no},
            {"expected_no_got_yes", p.expected_no_got_yes},
            {"expected_no_got_no", p.expected_no_got_no}}}};
}

}  // namespace

json stats_json(const WeeklyReview& r) {
  const auto& s = r.stats;
  json weeks = json::array();
  for (const auto& w : s.weeks)
    weeks.push_back({{"week", w.label},
                     {"start", format_date(w.start)},
                     {"end", format_date(w.end)},
                     {"requests", w.requests},
                     {"yes", w.yes},
                     {"no", w.no},
                     {"discussion", w.discussion},
                     {"stress_mean", mean_json(w.stress_mean)},
                     {"predicted", w.predicted},
                     {"predicted_stress_mean", mean_json(w.predicted_stress_mean)},
                     {"expected_stress_mean", mean_json(w.expected_stress_mean)},
                     {"partial", w.partial},
                     {"goal_met", w.goal_met ? json(*w.goal_met) : json(nullptr)}});
  return {{"week_start", to_string(s.week_start)},
          {"goal", s.goal ? json(*s.goal) : json(nullptr)},
          {"weeks", weeks},
          {"totals", totals_json(s.totals)},
          {"all_time", totals_json(s.all_time)},
          {"ladder", ladder_json(r.ladder)},
          {"waiting", json(r.waiting)}};
}

std::string csv_field(std::string_view s) {
  // RFC 4180: a line break stays one, inside a quoted field; other control characters
  // are escaped as everywhere else (a cell can never drive a terminal).
  std::string safe;
  for (std::size_t from = 0;;) {
    const auto nl = s.find('\n', from);
    safe += escape_controls(s.substr(from, nl == std::string_view::npos ? std::string_view::npos : nl - from));
    if (nl == std::string_view::npos) break;
    safe += '\n';
    from = nl + 1;
  }
  if (safe.find_first_of(",\"\n") == std::string::npos) return safe;
  std::string out = "\"";
  for (char c : safe) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void render_entries_csv(std::ostream& out, std::span<const Entry> entries) {
  out << "id,request_id,text,asked_at,stress,response,note,expected_stress,expected_response,lesson,to\n";
  for (const auto& e : entries)
    out << fmt::format("{},{},{},{},{},{},{},{},{},{},{}\n", e.id, e.request_id, csv_field(e.text),
                       format_iso8601(e.asked_at), e.stress, to_string(e.response),
                       e.note ? csv_field(*e.note) : "",
                       e.expected_stress ? std::to_string(*e.expected_stress) : "",
                       e.expected_response ? to_string(*e.expected_response) : "",
                       e.lesson ? csv_field(*e.lesson) : "", e.addressee ? csv_field(*e.addressee) : "");
}

void render_stats_csv(std::ostream& out, const WeeklyStats& s) {
  out << "week,start,end,requests,yes,no,discussion,stress_mean,predicted,predicted_stress_mean,"
         "expected_stress_mean,partial,goal_met\n";
  const auto mean = [](const std::optional<double>& m) { return m ? fmt::format("{:.2f}", *m) : std::string(); };
  for (const auto& w : s.weeks)
    out << fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{}\n", w.label, format_date(w.start), format_date(w.end),
                       w.requests, w.yes, w.no, w.discussion, mean(w.stress_mean), w.predicted,
                       mean(w.predicted_stress_mean), mean(w.expected_stress_mean), w.partial ? "true" : "false",
                       w.goal_met ? (*w.goal_met ? "true" : "false") : "");
}

}  // namespace microask::cli
