#include "cli/output/text.hpp"

#include <algorithm>
#include <cmath>
#include <ostream>

#include <fmt/format.h>

#include "cli/i18n.hpp"
#include "microask/text.hpp"

namespace microask::cli {
namespace {


using sgr::bold;
using sgr::dim;
using sgr::green;
using sgr::red;
using sgr::yellow;


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

std::string shown(std::string_view text) { return escape_controls(text); }

// Single-quotes a path for a POSIX shell, so the printed command can be pasted as is. A
// path with control characters is written $'...' with them escaped (bash, zsh, ksh): never
// raw to the terminal.
std::string shell_quote(std::string_view s) {
  if (!s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:@%+=,") ==
                        std::string_view::npos)
    return std::string(s);
  if (shown(s) != s) {
    std::string quoted;
    for (char c : s) quoted += c == '\\' ? std::string("\\\\") : c == '\'' ? std::string("\\'") : std::string(1, c);
    return "$'" + shown(quoted) + "'";
  }
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string db_option(const GlobalOptions& g) { return g.db ? " --db " + shell_quote(*g.db) : std::string(); }

std::string in_quotes(std::string_view text) {
  // Translators: a text quoted, as the request's text is shown.
  return fmt::format(fmt::runtime(_("\"{}\"")), text);
}

std::string format_mean(std::optional<double> mean) {
  if (!mean) return "-";
  auto s = fmt::format("{:.1f}", *mean);
  // Translators: the decimal sign of numbers shown to people ("," in French).
  const std::string_view sign = C_("decimal sign", ".");
  if (const auto dot = s.find('.'); dot != std::string::npos) s.replace(dot, 1, sign);
  return s;
}

namespace {

// The parts of an instant a translated date format may use, by name; a translation that
// cannot be filled gives `fallback`, the ISO form.
std::string format_time(const char* format, Instant t, std::string (*fallback)(Instant)) {
  const LocalTime l = local_time(t);
  try {
    return fmt::format(fmt::runtime(format), fmt::arg("year", l.date.year), fmt::arg("month", l.date.month),
                       fmt::arg("day", l.date.day), fmt::arg("hour", l.hour), fmt::arg("minute", l.minute),
                       fmt::arg("second", l.second), fmt::arg("offset", format_offset(t.offset)));
  } catch (const fmt::format_error&) {
    return fallback(t);
  }
}

std::string iso_date(Instant t) { return format_date(local_day(t)); }

// A week's label from a translated format; one that cannot be filled gives the data label.
template <typename... Args>
std::string fill_label(const char* format, const WeekRow& w, const Args&... args) {
  try {
    return fmt::format(fmt::runtime(format), args...);
  } catch (const fmt::format_error&) {
    return w.label;
  }
}

}  // namespace

std::string human_minute(Instant t) {
  // Translators: a date and time shown to people; the names in braces are the parts, ":02"
  // pads to two digits. French: "{day:02}/{month:02}/{year:04} {hour:02}:{minute:02}".
  return format_time(C_("date and minute", "{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}"), t,
                     format_local_minute);
}

std::string human_instant(Instant t) {
  // Translators: a date and time to the second, with its UTC offset ("+01:00").
  return format_time(C_("date and time with offset", "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}{offset}"),
                     t, format_iso8601);
}

std::string human_date(std::int64_t day) {
  // Translators: a date shown to people. French: "{day:02}/{month:02}/{year:04}".
  return format_time(C_("date", "{year:04}-{month:02}-{day:02}"), Instant{day * 86400, 0}, iso_date);
}

std::vector<std::string> week_labels(const WeeklyStats& s, bool aligned) {
  std::vector<std::string> labels;
  const bool sunday = s.week_start == WeekStart::sunday;
  const bool years = !s.weeks.empty() && iso_week(s.weeks.front().start).year != iso_week(s.weeks.back().start).year;
  // Translators: the label of a week. {label} is the data label ("2026-W48", or the first
  // day "2026-11-22" for weeks that start on a Sunday); a translation may build its own from
  // {year} (the ISO week-year) and {week}, or {date} (the first day, as dates are shown).
  // The variants let a language drop the year when all the weeks shown are in one year, and
  // pad the week number in a column of labels ("{week:>2}"). French: "semaine {week}",
  // "semaine {week:>2}", "{year} semaine {week}", "{year} semaine {week:>2}", "semaine du {date}".
  const char* format = sunday ? C_("week starting on a Sunday", "{label}")
                       : years ? (aligned ? C_("ISO week, years differ, in a column", "{label}")
                                          : C_("ISO week, years differ", "{label}"))
                               : (aligned ? C_("ISO week, one year, in a column", "{label}")
                                          : C_("ISO week, one year", "{label}"));
  for (const auto& w : s.weeks) {
    const auto iso = iso_week(w.start);
    labels.push_back(fill_label(format, w, fmt::arg("label", w.label), fmt::arg("year", iso.year),
                                fmt::arg("week", iso.week), fmt::arg("date", human_date(w.start))));
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

}  // namespace

std::string in_english(const Reason& r) { return fill(message_of(r.kind), r.words); }
std::string in_english(const Warning& w) {
  return fmt::format(fmt::runtime(say_instead), fill(message_of(w.kind), w.words), shown(w.instead));
}
std::string in_english(const Suggestion& s) { return fill(message_of(s.kind), joined_parts(s, parts_separator)); }

std::string describe(const Reason& r) { return fill(tr(message_of(r.kind)), r.words); }

std::string describe(const Warning& w) {
  return fmt::format(fmt::runtime(tr(say_instead)), fill(tr(message_of(w.kind)), w.words), shown(w.instead));
}

std::string describe(const Suggestion& s) { return fill(tr(message_of(s.kind)), joined_parts(s, tr(parts_separator))); }

void render_verdicts(std::ostream& out, const Style& style, const PlanOutcome& p) {
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
  if (!p.smaller.empty()) {
    out << ngettext("A smaller request that passes:", "Smaller requests that pass:", static_cast<unsigned long>(p.smaller.size())) << '\n';
    for (const auto& s : p.smaller) out << "  - " << in_quotes(shown(s)) << '\n';
  }
}

void render_plan(std::ostream& out, const Style& style, const PlanOutcome& p, bool check_only) {
  render_verdicts(out, style, p);
  const auto& a = p.assessment;
  if (a.any_fail())
    out << paint(style, red, check_only ? _("Not a micro-request.") : _("Not a micro-request: nothing saved."))
        << '\n';
  else if (p.id)
    out << paint(style, green,
                 fmt::format(fmt::runtime(_("A micro-request. Planned as request #{}: run 'microask ask {}' when you are ready.")),
                             *p.id, *p.id))
        << '\n';
  else
    out << paint(style, green, _("A micro-request.")) << '\n';
}

namespace {

// The width of a "To" column over some rows: none when nobody is named, at most 20.
template <typename Rows, typename Who>
std::size_t to_width(const Rows& rows, Who who) {
  std::size_t w = 0;
  for (const auto& r : rows)
    if (const auto& a = who(r)) w = std::max(w, display_width(shown(*a)));
  return w == 0 ? 0 : std::clamp<std::size_t>(w, display_width(_("To")), 20);
}

std::string to_cell(const std::optional<std::string>& who, std::size_t width) {
  return width == 0 ? std::string() : pad_right(truncate_to_width(shown(who.value_or("")), width), width) + "  ";
}

std::string status_label(Status s) {
  switch (s) {
    case Status::planned: return _("planned");
    case Status::asked: return _("asked");
    case Status::done: return _("done");
    case Status::dropped: return _("dropped");
  }
  return {};
}

// "stress 3, you expected 7: 4 lower than feared" and the answer against the one expected.
void render_gap(std::ostream& out, const Entry& e) {
  if (e.expected_stress) {
    const int gap = *e.expected_stress - e.stress;
    if (gap > 0)
      out << fmt::format(fmt::runtime(_("Stress {}, you expected {}: {} lower than feared.")), e.stress,
                         *e.expected_stress, gap)
          << '\n';
    else if (gap < 0)
      out << fmt::format(fmt::runtime(_("Stress {}, you expected {}: {} higher than expected.")), e.stress,
                         *e.expected_stress, -gap)
          << '\n';
    else
      out << fmt::format(fmt::runtime(_("Stress {}, as you expected.")), e.stress) << '\n';
  }
  if (e.expected_response) {
    if (*e.expected_response == e.response)
      out << fmt::format(fmt::runtime(_("The answer was {}, as you expected.")), response_label(e.response)) << '\n';
    else
      out << fmt::format(fmt::runtime(_("You expected {}, the answer was {}.")), response_label(*e.expected_response),
                         response_label(e.response))
          << '\n';
  }
}

}  // namespace

void render_requests(std::ostream& out, const Style& style, std::span<const Request> requests) {
  if (requests.empty()) {
    out << _("Nothing planned. Plan a request with: microask plan \"...\"") << '\n';
    return;
  }
  const auto tw = to_width(requests, [](const Request& r) -> const std::optional<std::string>& { return r.addressee; });
  std::size_t state_w = display_width(_("State"));
  for (const auto& r : requests) state_w = std::max(state_w, display_width(status_label(r.status)));
  out << paint(style, bold,
               fmt::format("{:>5}  {}  {}  {}{}", "#", pad_right(_("Planned"), 16), pad_right(_("State"), state_w),
                           tw ? pad_right(_("To"), tw) + "  " : "", _("Request")))
      << '\n';
  for (const auto& r : requests)
    out << fmt::format("{:>5}  {}  {}  {}{}", r.id, pad_right(human_minute(r.created), 16),
                       pad_right(status_label(r.status), state_w), to_cell(r.addressee, tw), shown(r.text))
        << '\n';
}

void render_logged(std::ostream& out, const Style& style, const Entry& e) {
  out << paint(style, bold,
               fmt::format(fmt::runtime(_("Logged entry {} for request #{}: \"{}\"")), e.id,
                           e.request_id, shown(e.text)))
      << '\n';
  const auto field = [&](const char* name) { return "  " + pad_right(name, 9); };
  out << field(_("at")) << human_instant(e.asked_at) << '\n';
  out << field(_("stress")) << e.stress << "/10";
  if (e.expected_stress) out << fmt::format(fmt::runtime(_(" (expected {})")), *e.expected_stress);
  out << '\n';
  out << field(_("answer")) << response_label(e.response);
  if (e.expected_response) out << fmt::format(fmt::runtime(_(" (expected {})")), response_label(*e.expected_response));
  out << '\n';
  if (e.note) out << field(_("note")) << shown(*e.note) << '\n';
  if (e.lesson) out << field(_("lesson")) << shown(*e.lesson) << '\n';
  render_gap(out, e);
  if (e.response == Response::no) out << _("A no is still a request made: it counts.") << '\n';
}

void render_entries(std::ostream& out, const Style& style, std::span<const Entry> entries, std::int64_t total) {
  if (entries.empty()) {
    if (total == 0)
      out << _("No entries yet. After a request, log it with: microask log --stress N --response yes|no|discussion")
          << '\n';
    return;
  }
  const auto tw = to_width(entries, [](const Entry& e) -> const std::optional<std::string>& { return e.addressee; });
  // Entries are numbered without '#' (requests have it): "log --edit 3" is entry 3.
  const std::string entry_head = _("Entry");
  const auto id_w = std::max<std::size_t>(5, display_width(entry_head));
  const auto indent = std::string(id_w, ' ');
  out << paint(style, bold,
               fmt::format("{}  {}  {}  {}  {}{}", pad_left(entry_head, id_w), pad_right(_("When"), 16),
                           pad_left(_("Stress"), 6), pad_right(_("Answer"), 10), tw ? pad_right(_("To"), tw) + "  " : "",
                           _("Request")))
      << '\n';
  for (const auto& e : entries) {
    out << fmt::format("{}  {}  {}  {}  {}{}", pad_left(std::to_string(e.id), id_w),
                       pad_right(human_minute(e.asked_at), 16), pad_left(std::to_string(e.stress), 6),
                       pad_right(response_label(e.response), 10), to_cell(e.addressee, tw), shown(e.text))
        << '\n';
    if (e.note) out << paint(style, dim, indent + "  " + shown(*e.note)) << '\n';
    if (e.lesson)
      out << paint(style, dim, indent + "  " + fmt::format(fmt::runtime(_("Lesson: {}")), shown(*e.lesson))) << '\n';
  }
  const auto left_out = total - static_cast<std::int64_t>(entries.size());
  if (left_out > 0)
    out << fmt::format(fmt::runtime(ngettext("{} older entry not shown: microask log --all shows every one, -n N the last N.",
                                             "{} older entries not shown: microask log --all shows every one, -n N the last N.",
                                             static_cast<unsigned long>(left_out))),
                       left_out)
        << '\n';
}

std::string entry_summary(const Entry& e) {
  return fmt::format(fmt::runtime(_("{}, stress {}/10, {}, \"{}\"")), human_minute(e.asked_at), e.stress,
                     response_label(e.response), truncate_to_width(shown(e.text), 40));
}

std::string change_summary(const Undone& u) {
  const auto& kind = info_of(u.kind);
  if (kind.about_entry) {
    if (!u.entry) return _("the deletion of an entry");  // deleted since: nothing to show of it
    return fmt::format(fmt::runtime(tr(kind.label)), fmt::format("{} ({})", u.entry->id, entry_summary(*u.entry)));
  }
  const auto request =
      u.request ? fmt::format("#{} {}", u.request->id, in_quotes(truncate_to_width(shown(u.request->text), 40))) : std::string("?");
  return fmt::format(fmt::runtime(tr(kind.label)), request);
}

std::string several_waiting_text(const several_waiting& e) {
  std::string list;
  for (const auto& r : e.waiting())
    list += fmt::format("{}#{} {}", list.empty() ? "" : ", ", r.id, in_quotes(truncate_to_width(shown(r.text), 30)));
  return fmt::format(fmt::runtime(tr(e.message().msgid)), list);
}

}  // namespace microask::cli
