#include "cli/render.hpp"

#include <cmath>
#include <ostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/i18n.hpp"
#include "microask/text.hpp"

namespace microask::cli {
namespace {


constexpr const char* green = "32";
constexpr const char* red = "31";
constexpr const char* yellow = "33";
constexpr const char* bold = "1";
constexpr const char* dim = "2";


// Fills the one "{}" of a message template; with no words, drops the placeholder and the
// quotes or brackets around it (English "(\"{}\")", French "(« {} »)").
std::string fill(std::string_view tmpl, std::string_view words) {
  std::string t(tmpl);
  const auto at = t.find("{}");
  if (at == std::string::npos) return t;
  if (!words.empty()) return t.replace(at, 2, shown(words));
  static constexpr std::string_view spaces[] = {" ", "\u00A0", "\u202F"};
  static constexpr std::string_view openers[] = {"\"", "(", "«", "'", ":", " ", "\u00A0", "\u202F"};
  static constexpr std::string_view closers[] = {"\"", ")", "»", "'"};
  const auto before = [&](std::size_t pos, std::string_view tok) {
    return pos >= tok.size() && std::string_view(t).substr(pos - tok.size(), tok.size()) == tok;
  };
  const auto after = [&](std::size_t pos, std::string_view tok) {
    return std::string_view(t).substr(pos, tok.size()) == tok;
  };
  std::size_t from = at, to = at + 2;
  for (bool more = true; more;) {
    more = false;
    for (auto tok : openers)
      if (before(from, tok)) {
        from -= tok.size();
        more = true;
        break;
      }
  }
  // Closing marks, and the spaces before them (not a space before more words).
  for (std::size_t pos = to;;) {
    bool space = false;
    for (auto tok : spaces)
      if (after(pos, tok)) pos += tok.size(), space = true;
    if (space) continue;
    bool closed = false;
    for (auto tok : closers)
      if (after(pos, tok)) pos += tok.size(), to = pos, closed = true;
    if (!closed) break;
  }
  return t.erase(from, to - from);
}

std::string_view criterion_label(Criterion c) {
  switch (c) {
    case Criterion::concrete: return _("concrete");
    case Criterion::reversible: return _("reversible");
    case Criterion::low_cost: return _("low cost");
  }
  return "";
}

std::string_view verdict_word(Verdict v) {
  switch (v) {
    case Verdict::pass: return _("pass");
    case Verdict::fail: return _("fail");
    case Verdict::unsure: return _("unsure");
  }
  return "";
}

// The widest of the words of a column, at least `min` columns.
template <typename T, std::size_t N>
std::size_t column_width(const T (&values)[N], std::string_view (*word)(T), std::size_t min) {
  for (const auto v : values) min = std::max(min, display_width(word(v)));
  return min;
}

std::string verdict_label(const Style& style, Verdict v, std::size_t width) {
  const char* colour = v == Verdict::pass ? green : v == Verdict::fail ? red : yellow;
  return paint(style, colour, pad_right(verdict_word(v), width));
}

}  // namespace

std::string response_label(Response r) {
  switch (r) {
    case Response::yes: return _("yes");
    case Response::no: return _("no");
    case Response::discussion: return _("discussion");
  }
  return {};
}

namespace {

json optional_json(const std::optional<int>& v) { return v ? json(*v) : json(nullptr); }
json optional_json(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
json optional_json(const std::optional<Response>& v) {
  return v ? json(std::string(to_string(*v))) : json(nullptr);
}
json mean_json(const std::optional<double>& v) {
  return v ? json(std::round(*v * 100.0) / 100.0) : json(nullptr);
}

constexpr Criterion all_criteria[] = {Criterion::concrete, Criterion::reversible, Criterion::low_cost};

}  // namespace

std::string paint(const Style& style, const char* sgr, std::string_view text) {
  if (!style.color || text.empty()) return std::string(text);
  return fmt::format("\x1b[{}m{}\x1b[0m", sgr, text);
}

void print_error(std::ostream& err, const Style& style, std::string_view message) {
  // Messages quote what the user typed (CLI11 does so raw) and paths: escape them, so an
  // argument can never drive the terminal. Text escaped already is left as it is.
  // Translators: "microask: error: <message>"; the first {} is the word "error", in red.
  err << fmt::format(fmt::runtime(_("microask: {}: {}")), paint(style, red, _("error")), escape_controls(message))
      << '\n';
}

void write_json(std::ostream& out, const json& j) {
  out << j.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
}

std::string shown(std::string_view text) { return escape_controls(text); }

std::string in_quotes(std::string_view text) {
  // Translators: a text quoted, as the request's text is shown.
  return fmt::format(fmt::runtime(_("\"{}\"")), text);
}

std::string format_mean(std::optional<double> mean) {
  if (!mean) return "-";
  auto s = fmt::format("{:.1f}", *mean);
  if (ui_is_french())
    for (auto& c : s)
      if (c == '.') c = ',';
  return s;
}

std::string human_minute(Instant t) {
  const auto iso = format_local_minute(t);  // "2026-11-26 09:30"
  if (!ui_is_french()) return iso;
  return human_date(local_day(t)) + iso.substr(10);
}

std::string human_instant(Instant t) {
  const auto iso = format_iso8601(t);  // "2026-11-26T09:30:00+01:00"
  if (!ui_is_french()) return iso;
  return human_date(local_day(t)) + " " + iso.substr(11, 8) + " " + iso.substr(19);
}

std::string human_date(std::int64_t day) {
  if (!ui_is_french()) return format_date(day);
  const auto d = civil_from_days(day);
  return fmt::format("{:02}/{:02}/{:04}", d.day, d.month, d.year);
}

std::vector<std::string> week_labels(const WeeklyStats& s, bool aligned) {
  std::vector<std::string> labels;
  if (!ui_is_french()) {
    for (const auto& w : s.weeks) labels.push_back(w.label);
    return labels;
  }
  if (s.week_start == WeekStart::sunday) {
    for (const auto& w : s.weeks)
      labels.push_back(fmt::format(fmt::runtime(_("week of {}")), human_date(w.start)));
    return labels;
  }
  const bool years = !s.weeks.empty() && iso_week(s.weeks.front().start).year != iso_week(s.weeks.back().start).year;
  for (const auto& w : s.weeks) {
    const auto iso = iso_week(w.start);
    const auto number = aligned ? fmt::format("{:>2}", iso.week) : std::to_string(iso.week);
    labels.push_back(years ? fmt::format(fmt::runtime(_("{} week {}")), iso.year, number)
                           : fmt::format(fmt::runtime(_("week {}")), number));
  }
  return labels;
}

namespace {

// Translators: a warning about a word of the request, then the words to say instead.
constexpr const char* say_instead = N_("{}; say instead: \"{}\"");

// Translators: between two parts of a suggestion, each quoted as in "split it...: \"{}\"".
constexpr const char* parts_separator = N_("\" / \"");

std::string joined_parts(const Suggestion& s, std::string_view separator) {
  std::string parts;
  for (const auto& p : s.parts) {
    if (!parts.empty()) parts += separator;
    parts += p;
  }
  return parts;
}

// In English whatever the language of the messages: JSON output is data.
std::string in_english(const Reason& r) { return fill(message_of(r.kind), r.words); }
std::string in_english(const Warning& w) {
  return fmt::format(fmt::runtime(say_instead), fill(message_of(w.kind), w.words), shown(w.instead));
}
std::string in_english(const Suggestion& s) { return fill(message_of(s.kind), joined_parts(s, parts_separator)); }

}  // namespace

std::string describe(const Reason& r) { return fill(tr(message_of(r.kind)), r.words); }

std::string describe(const Warning& w) {
  return fmt::format(fmt::runtime(tr(say_instead)), fill(tr(message_of(w.kind)), w.words), shown(w.instead));
}

std::string describe(const Suggestion& s) { return fill(tr(message_of(s.kind)), joined_parts(s, tr(parts_separator))); }

void render_plan(std::ostream& out, const Style& style, const PlanOutcome& p, bool check_only) {
  const auto& a = p.assessment;
  static constexpr Verdict verdicts[] = {Verdict::pass, Verdict::fail, Verdict::unsure};
  const auto label_w = column_width(all_criteria, criterion_label, 11);
  const auto verdict_w = column_width(verdicts, verdict_word, 6);
  out << paint(style, bold, in_quotes(shown(p.text))) << '\n';
  for (auto c : all_criteria) {
    const auto& r = a.result(c);
    const auto label = pad_right(criterion_label(c), label_w);
    if (r.reasons.empty()) {
      out << "  " << label << ' ' << verdict_label(style, r.verdict, verdict_w) << '\n';
      continue;
    }
    for (std::size_t i = 0; i < r.reasons.size(); ++i)
      out << "  " << (i == 0 ? label : std::string(label_w, ' ')) << ' '
          << (i == 0 ? verdict_label(style, r.verdict, verdict_w) : std::string(verdict_w, ' ')) << "  "
          << describe(r.reasons[i]) << '\n';
  }
  for (auto c : p.assumed)
    out << paint(style, yellow,
                 fmt::format(fmt::runtime(_("Assumed {} = pass: the text shows nothing against it "
                                            "(say otherwise with a flag, see --help).")),
                             criterion_label(c)))
        << '\n';
  if (!a.warnings.empty()) {
    out << _("Clearer:") << '\n';
    for (const auto& w : a.warnings) out << "  - " << describe(w) << '\n';
  }
  if (!a.suggestions.empty()) {
    out << _("Make it smaller:") << '\n';
    for (const auto& s : a.suggestions) out << "  - " << describe(s) << '\n';
  }
  if (a.any_fail())
    out << paint(style, red, check_only ? _("Not a micro-request.") : _("Not a micro-request: nothing saved."))
        << '\n';
  else if (p.id)
    out << paint(style, green,
                 fmt::format(fmt::runtime(_("A micro-request. Planned as #{}: run 'microask ask {}' when you are ready.")),
                             *p.id, *p.id))
        << '\n';
  else
    out << paint(style, green, _("A micro-request.")) << '\n';
}

json plan_json(const PlanOutcome& p) {
  const auto& a = p.assessment;
  json criteria = json::object();
  for (auto c : all_criteria) {
    const auto& r = a.result(c);
    json reasons = json::array();
    for (const auto& reason : r.reasons) reasons.push_back(in_english(reason));
    criteria[std::string(to_string(c))] = {{"verdict", std::string(to_string(r.verdict))},
                                           {"reasons", reasons}};
  }
  json warnings = json::array();
  for (const auto& w : a.warnings) warnings.push_back(in_english(w));
  json suggestions = json::array();
  for (const auto& s : a.suggestions) suggestions.push_back(in_english(s));
  json assumed = json::array();
  for (auto c : p.assumed) assumed.push_back(std::string(to_string(c)));
  return {{"text", p.text},
          {"lang", std::string(to_string(a.lang))},
          {"micro", !a.any_fail()},
          {"criteria", criteria},
          {"warnings", warnings},
          {"suggestions", suggestions},
          {"assumed", assumed},
          {"id", p.id ? json(*p.id) : json(nullptr)}};
}

void render_requests(std::ostream& out, const Style& style, std::span<const Request> requests) {
  if (requests.empty()) {
    out << _("Nothing planned. Plan a request with: microask plan \"...\"") << '\n';
    return;
  }
  out << paint(style, bold, fmt::format("{:>5}  {}  {}", "#", pad_right(_("Planned"), 16), _("Request")))
      << '\n';
  for (const auto& r : requests)
    out << fmt::format("{:>5}  {}  {}", r.id, pad_right(human_minute(r.created), 16), shown(r.text))
        << '\n';
}

json requests_json(std::span<const Request> requests) {
  json arr = json::array();
  for (const auto& r : requests)
    arr.push_back({{"id", r.id},
                   {"text", r.text},
                   {"to", optional_json(r.addressee)},
                   {"lang", std::string(to_string(r.lang))},
                   {"status", std::string(to_string(r.status))},
                   {"created_at", format_iso8601(r.created)}});
  return arr;
}

void render_logged(std::ostream& out, const Style& style, const Entry& e) {
  out << paint(style, bold,
               fmt::format(fmt::runtime(_("Logged entry #{} for request #{}: \"{}\"")), e.id,
                           e.request_id, shown(e.text)))
      << '\n';
  out << "  " << pad_right(_("at"), 9) << human_instant(e.asked_at) << '\n';
  out << "  " << pad_right(_("stress"), 9) << e.stress << "/10";
  if (e.expected_stress)
    out << fmt::format(fmt::runtime(_(" (expected {})")), *e.expected_stress);
  out << '\n';
  out << "  " << pad_right(_("answer"), 9) << response_label(e.response);
  if (e.expected_response)
    out << fmt::format(fmt::runtime(_(" (expected {})")), response_label(*e.expected_response));
  out << '\n';
  if (e.note) out << "  " << pad_right(_("note"), 9) << shown(*e.note) << '\n';
  if (e.response == Response::no)
    out << _("A no is still a request made: it counts.") << '\n';
}

void render_entries(std::ostream& out, const Style& style, std::span<const Entry> entries) {
  if (entries.empty()) {
    out << _("No entries yet. After a request, log it with: microask log --stress N --response yes|no|discussion")
        << '\n';
    return;
  }
  out << paint(style, bold,
               fmt::format("{:>5}  {}  {}  {}  {}", "#", pad_right(_("When"), 16), pad_left(_("Stress"), 6),
                           pad_right(_("Answer"), 10), _("Request")))
      << '\n';
  for (const auto& e : entries) {
    const auto line = fmt::format("{:>5}  {}  {}  {}  {}", e.id, pad_right(human_minute(e.asked_at), 16),
                                  pad_left(std::to_string(e.stress), 6),
                                  pad_right(response_label(e.response), 10), shown(e.text));
    out << line << '\n';
    if (e.note) out << paint(style, dim, fmt::format("{:>5}  {}", "", shown(*e.note))) << '\n';
  }
}

json entry_json(const Entry& e) {
  return {{"id", e.id},
          {"request_id", e.request_id},
          {"text", e.text},
          {"asked_at", format_iso8601(e.asked_at)},
          {"stress", e.stress},
          {"response", std::string(to_string(e.response))},
          {"note", optional_json(e.note)},
          {"expected_stress", optional_json(e.expected_stress)},
          {"expected_response", optional_json(e.expected_response)}};
}

std::string entry_summary(const Entry& e) {
  return fmt::format(fmt::runtime(_("{}, stress {}/10, {}, \"{}\"")), human_minute(e.asked_at), e.stress,
                     response_label(e.response), truncate_to_width(shown(e.text), 40));
}

std::string change_summary(const Undone& u) {
  const auto request = [&] {
    return u.request ? fmt::format("#{} {}", u.request->id, in_quotes(truncate_to_width(shown(u.request->text), 40)))
                     : std::string("?");
  };
  const auto entry = [&] {
    return u.entry ? fmt::format("#{} ({})", u.entry->id, entry_summary(*u.entry)) : std::string();
  };
  switch (u.kind) {
    case Undone::Kind::plan: return fmt::format(fmt::runtime(_("the planning of request {}")), request());
    case Undone::Kind::ask: return fmt::format(fmt::runtime(_("the ask of request {}")), request());
    case Undone::Kind::drop: return fmt::format(fmt::runtime(_("the drop of request {}")), request());
    case Undone::Kind::log: return fmt::format(fmt::runtime(_("the logging of entry {}")), entry());
    case Undone::Kind::edit: return fmt::format(fmt::runtime(_("the edit of entry {}")), entry());
    case Undone::Kind::remove:
      return u.entry ? fmt::format(fmt::runtime(_("the deletion of entry {}")), entry())
                     : std::string(_("the deletion of an entry"));
  }
  return {};
}

json undone_json(const Undone& u) {
  static constexpr const char* kinds[] = {"plan", "ask", "drop", "log", "edit", "delete"};
  return {{"change", kinds[static_cast<int>(u.kind)]},
          {"request", u.request ? requests_json(std::span(&*u.request, 1))[0] : json(nullptr)},
          {"entry", u.entry ? entry_json(*u.entry) : json(nullptr)}};
}

json entries_json(std::span<const Entry> entries) {
  json arr = json::array();
  for (const auto& e : entries) arr.push_back(entry_json(e));
  return arr;
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

void render_stats(std::ostream& out, const Style& style, const WeeklyStats& s) {
  const std::string week = _("Week"), requests = _("Requests"), yes = _("Yes"), no = _("No"),
                    disc = _("Discussion"), felt = _("Stress felt"), expected = _("expected");
  const auto labels = week_labels(s, true);
  std::size_t week_w = display_width(week);
  for (const auto& l : labels) week_w = std::max(week_w, display_width(l));
  const auto col = [](const std::string& h) { return std::max<std::size_t>(display_width(h), 3); };
  out << paint(style, bold,
               fmt::format("{}  {}  {}  {}  {}  {}  {}", pad_right(week, week_w), requests, yes, no, disc, felt,
                           expected))
      << '\n';
  for (std::size_t i = 0; i < s.weeks.size(); ++i) {
    const auto& w = s.weeks[i];
    auto row = fmt::format("{}  {}  {}  {}  {}  {}  {}", pad_right(labels[i], week_w),
                           pad_left(std::to_string(w.requests), col(requests)),
                           pad_left(std::to_string(w.yes), col(yes)), pad_left(std::to_string(w.no), col(no)),
                           pad_left(std::to_string(w.discussion), col(disc)),
                           pad_left(format_mean(w.stress_mean), col(felt)),
                           pad_left(format_mean(w.expected_stress_mean), col(expected)));
    out << (w.requests == 0 ? paint(style, dim, row) : row) << '\n';
  }
  const auto& t = s.totals;
  const auto count = [](std::int64_t n) { return static_cast<unsigned long>(n); };
  out << fmt::format(fmt::runtime(ngettext("Total: {} request made ({} yes, {} no, {} discussion): every no counts.",
                                           "Total: {} requests made ({} yes, {} no, {} discussion): every no counts.",
                                           count(t.requests))),
                     t.requests, t.yes, t.no, t.discussion)
      << '\n';
  out << fmt::format(fmt::runtime(ngettext("Streak: {} week in a row with at least one request.",
                                           "Streak: {} weeks in a row with at least one request.",
                                           count(t.streak_weeks))),
                     t.streak_weeks)
      << '\n';
  // The first and the last four active weeks only say something once they differ.
  if (t.active_weeks >= 8 && t.first_stress_mean && t.last_stress_mean)
    out << fmt::format(fmt::runtime(_("Felt stress: {} in the first four active weeks, {} in the last four.")),
                       format_mean(t.first_stress_mean), format_mean(t.last_stress_mean))
        << '\n';
  else if (t.stress_mean)
    out << fmt::format(fmt::runtime(ngettext("Felt stress: {} over {} active week so far (first and last four weeks compared from 8 on).",
                                             "Felt stress: {} over {} active weeks so far (first and last four weeks compared from 8 on).",
                                             count(t.active_weeks))),
                       format_mean(t.stress_mean), t.active_weeks)
        << '\n';
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
  return {{"week_start", std::string(to_string(s.week_start))},
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
