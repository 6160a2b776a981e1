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

json plan_json(const PlanOutcome& p) {
  const auto& a = p.assessment;
  json criteria = json::object();
  for (auto c : all_criteria) {
    const auto& r = a.result(c);
    criteria[std::string(to_string(c))] = {{"verdict", to_string(r.verdict)}, {"reasons", english_array(r.reasons)}};
  }
  json assumed = json::array();
  for (auto c : p.assumed) assumed.push_back(to_string(c));
  return {{"text", p.text},
          {"lang", to_string(a.lang)},
          {"micro", !a.any_fail()},
          {"criteria", criteria},
          {"warnings", english_array(a.warnings)},
          {"suggestions", english_array(a.suggestions)},
          {"assumed", assumed},
          {"id", p.id ? json(*p.id) : json(nullptr)}};
}

json undone_json(const Undone& u) {
  return {{"change", info_of(u.kind).name},
          {"request", u.request ? json(*u.request) : json(nullptr)},
          {"entry", u.entry ? json(*u.entry) : json(nullptr)}};
}

json stats_json(const WeeklyStats& s) {
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
                     {"expected_stress_mean", mean_json(w.expected_stress_mean)}});
  const auto& t = s.totals;
  return {{"week_start", to_string(s.week_start)},
          {"weeks", weeks},
          {"totals",
           {{"requests", t.requests},
            {"yes", t.yes},
            {"no", t.no},
            {"discussion", t.discussion},
            {"active_weeks", t.active_weeks},
            {"streak_weeks", t.streak_weeks},
            {"stress_mean", mean_json(t.stress_mean)},
            {"first_stress_mean", mean_json(t.first_stress_mean)},
            {"last_stress_mean", mean_json(t.last_stress_mean)}}}};
}

std::string csv_field(std::string_view s) {
  const auto safe = escape_controls(s);
  if (safe.find_first_of(",\"") == std::string::npos) return safe;
  std::string out = "\"";
  for (char c : safe) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void render_entries_csv(std::ostream& out, std::span<const Entry> entries) {
  out << "id,request_id,text,asked_at,stress,response,note,expected_stress,expected_response\n";
  for (const auto& e : entries)
    out << fmt::format("{},{},{},{},{},{},{},{},{}\n", e.id, e.request_id, csv_field(e.text),
                       format_iso8601(e.asked_at), e.stress, to_string(e.response),
                       e.note ? csv_field(*e.note) : "",
                       e.expected_stress ? std::to_string(*e.expected_stress) : "",
                       e.expected_response ? to_string(*e.expected_response) : "");
}

void render_stats_csv(std::ostream& out, const WeeklyStats& s) {
  out << "week,start,end,requests,yes,no,discussion,stress_mean,expected_stress_mean\n";
  const auto mean = [](const std::optional<double>& m) {
    return m ? fmt::format("{:.2f}", *m) : std::string();
  };
  for (const auto& w : s.weeks)
    out << fmt::format("{},{},{},{},{},{},{},{},{}\n", w.label, format_date(w.start), format_date(w.end),
                       w.requests, w.yes, w.no, w.discussion, mean(w.stress_mean),
                       mean(w.expected_stress_mean));
}

}  // namespace microask::cli
