#include "microask/calendar.hpp"

#include "microask/text.hpp"

#include <time.h>

#include <array>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <vector>


namespace microask {
namespace {

constexpr std::int64_t seconds_per_day = 86400;
constexpr std::int32_t max_offset = 18 * 3600;

constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

constexpr std::int64_t floor_mod(std::int64_t a, std::int64_t b) { return a - floor_div(a, b) * b; }

constexpr bool is_leap(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

constexpr int days_in_month(std::int64_t y, int m) {
  constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && is_leap(y)) return 29;
  return days[static_cast<std::size_t>(m - 1)];
}

// Writes "YYYY-MM-DD" for a day number.
std::string date_text(std::int64_t day) {
  const CivilDate d = civil_from_days(day);
  std::array<char, 48> buf{};
  std::snprintf(buf.data(), buf.size(), "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf.data();
}

std::string offset_text(std::int32_t offset) {
  const char sign = offset < 0 ? '-' : '+';
  const std::int64_t a = offset < 0 ? -static_cast<std::int64_t>(offset) : offset;
  const int h = static_cast<int>(a / 3600);
  const int m = static_cast<int>(a / 60 % 60);
  const int s = static_cast<int>(a % 60);
  std::array<char, 32> buf{};
  if (s != 0) {
    // Offsets with seconds exist only in old local mean times; kept exact so the instant
    // round-trips through parse_iso8601.
    std::snprintf(buf.data(), buf.size(), "%c%02d:%02d:%02d", sign, h, m, s);
  } else {
    std::snprintf(buf.data(), buf.size(), "%c%02d:%02d", sign, h, m);
  }
  return buf.data();
}

// A small cursor over the text being parsed.
struct Cursor {
  std::string_view s;
  std::size_t i = 0;

  bool done() const { return i == s.size(); }
  char peek() const { return done() ? '\0' : s[i]; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i;
    return true;
  }
  // Exactly n ASCII digits.
  std::optional<int> digits(std::size_t n) {
    if (s.size() - i < n) return std::nullopt;
    int v = 0;
    for (std::size_t k = 0; k < n; ++k) {
      const char c = s[i + k];
      if (c < '0' || c > '9') return std::nullopt;
      v = v * 10 + (c - '0');
    }
    i += n;
    return v;
  }
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Why a text did not parse; lets parse_when say something precise.
enum class ParseError { none, syntax, bad_date, bad_time, bad_offset };

// "YYYY-MM-DD" at the cursor; syntax only, range checked by the caller.
bool read_date(Cursor& c, CivilDate& out) {
  const auto y = c.digits(4);
  if (!y || !c.eat('-')) return false;
  const auto m = c.digits(2);
  if (!m || !c.eat('-')) return false;
  const auto d = c.digits(2);
  if (!d) return false;
  out = CivilDate{*y, *m, *d};
  return true;
}

struct ClockTime {
  int hour = 0, minute = 0, second = 0;
};

bool valid_time(const ClockTime& t) {
  return t.hour >= 0 && t.hour <= 23 && t.minute >= 0 && t.minute <= 59 && t.second >= 0 &&
         t.second <= 59;
}

// "HH:MM" at the cursor.
bool read_hour_minute(Cursor& c, ClockTime& out) {
  const auto h = c.digits(2);
  if (!h || !c.eat(':')) return false;
  const auto m = c.digits(2);
  if (!m) return false;
  out.hour = *h;
  out.minute = *m;
  return true;
}

bool is_date_time_separator(char c) { return c == 'T' || c == 't' || c == ' '; }

struct IsoParse {
  std::optional<Instant> instant;
  ParseError error = ParseError::syntax;
};

// The strict ISO 8601 parser behind parse_iso8601 and the offset form of parse_when.
IsoParse parse_iso_detailed(std::string_view s) {
  Cursor c{s};
  CivilDate date;
  ClockTime time;
  if (!read_date(c, date)) return {};
  if (!is_date_time_separator(c.peek())) return {};
  ++c.i;
  if (!read_hour_minute(c, time)) return {};
  if (c.eat(':')) {
    const auto sec = c.digits(2);
    if (!sec) return {};
    time.second = *sec;
    if (c.eat('.') || c.eat(',')) {
      if (!is_digit(c.peek())) return {};
      while (is_digit(c.peek())) ++c.i;  // the fraction is dropped
    }
  }
  std::int32_t offset = 0;
  bool offset_ok = true;
  if (c.eat('Z') || c.eat('z')) {
    offset = 0;
  } else if (c.peek() == '+' || c.peek() == '-') {
    const bool negative = c.peek() == '-';
    ++c.i;
    const auto oh = c.digits(2);
    if (!oh) return {};
    std::optional<int> om;
    int os = 0;
    if (c.eat(':')) {
      om = c.digits(2);
      if (!om) return {};
      if (c.eat(':')) {  // seconds, as format_iso8601 writes for odd historical offsets
        const auto sec = c.digits(2);
        if (!sec) return {};
        os = *sec;
      }
    } else {
      om = c.digits(2);
      if (!om) return {};
    }
    if (*om > 59 || os > 59) offset_ok = false;
    const std::int32_t magnitude = *oh * 3600 + *om * 60 + os;
    if (magnitude > max_offset) offset_ok = false;
    offset = negative ? -magnitude : magnitude;
  } else {
    return {};  // no offset: not an instant
  }
  if (!c.done()) return {};
  if (!is_valid_date(date)) return {std::nullopt, ParseError::bad_date};
  if (!valid_time(time)) return {std::nullopt, ParseError::bad_time};
  if (!offset_ok) return {std::nullopt, ParseError::bad_offset};
  const std::int64_t local =
      days_from_civil(date) * seconds_per_day + time.hour * 3600 + time.minute * 60 + time.second;
  return {Instant{local - offset, offset}, ParseError::none};
}

class SystemZone final : public TimeZone {
 public:
  SystemZone() { tzset(); }

  std::int32_t offset_at(std::int64_t utc) const override {
    const auto t = static_cast<time_t>(utc);
    struct tm tm {};
    if (localtime_r(&t, &tm) == nullptr) return 0;
    // The offset is what the wall clock says minus UTC; computed from the broken-down time
    // so no extension field (tm_gmtoff) is needed.
    const std::int64_t day = days_from_civil(CivilDate{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday});
    const std::int64_t local = day * seconds_per_day + tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec;
    const std::int64_t offset = local - utc;
    if (offset < -max_offset || offset > max_offset) return 0;
    return static_cast<std::int32_t>(offset);
  }

  std::int64_t utc_of_local(std::int64_t local_seconds) const override {
    // The instant u solves u + offset_at(u) == local_seconds. Candidate offsets are those in
    // force a day either side (a zone changes offset at most once in two days), and the
    // offsets at the instants they give.
    std::array<std::int32_t, 4> candidates{};
    candidates[0] = offset_at(local_seconds - seconds_per_day);
    candidates[1] = offset_at(local_seconds + seconds_per_day);
    candidates[2] = offset_at(local_seconds - candidates[0]);
    candidates[3] = offset_at(local_seconds - candidates[1]);
    std::optional<std::int64_t> best;
    for (const std::int32_t o : candidates) {
      const std::int64_t u = local_seconds - o;
      if (offset_at(u) == o && (!best || u < *best)) best = u;  // overlap: the earlier instant
    }
    if (best) return *best;
    // A gap: the wall time never happened. Read it with the offset in force before the gap
    // (the smaller one, since clocks jump forward), which shifts it forward by the gap.
    std::int32_t before = candidates[0];
    for (const std::int32_t o : candidates) before = o < before ? o : before;
    return local_seconds - before;
  }
};

// The value as it may be shown in a message (whose msgid puts the quotes around it): its
// first 40 characters, control characters escaped, so a hostile value never reaches a
// terminal raw.
std::string quote_value(std::string_view v) { return escape_controls(truncate_to_width(v, 40)); }

// A refusal: the option ("--at"; the CLI names --since instead when the value came from
// there), then the msgid's other arguments.
WhenResult refuse(const char* msgid, std::vector<std::string> args = {}) {
  args.insert(args.begin(), "--at");
  Message m{msgid, std::move(args)};
  auto text = english(m);
  return WhenResult{std::nullopt, std::move(text), std::move(m), {}};
}


std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// ---- The refusals of parse_when ------------------------------------------------------------

WhenResult bad_date(const std::string& shown, CivilDate d) {
  if (d.month < 1 || d.month > 12)
    // Translators: {} are the option (--at or --since) and the value typed.
    return refuse(MICROASK_MSG("{}: '{}' is not a valid date; months run from 01 to 12"), {shown});
  std::array<char, 32> month{};
  std::snprintf(month.data(), month.size(), "%04d-%02d", d.year, d.month);
  // Translators: {} are the option, the value typed, a month (2026-02) and its number of days.
  return refuse(MICROASK_MSG("{}: '{}' is not a valid date; {} has {} days"),
                {shown, month.data(), std::to_string(days_in_month(d.year, d.month))});
}

WhenResult bad_time(const std::string& shown) {
  return refuse(MICROASK_MSG("{}: '{}' is not a valid time; use 00:00 to 23:59"), {shown});
}

WhenResult bad_twelve_hour_time(const std::string& shown) {
  // Translators: "6pm", "12am": the English 12-hour clock, accepted in French too.
  return refuse(MICROASK_MSG("{}: '{}' is not a valid time; with am or pm, the hour runs from 1 to 12"),
                {shown});
}

WhenResult bad_day_count(const std::string& shown) {
  // Translators: the value was "N days ago" (or "il y a N jours") with N out of range.
  return refuse(MICROASK_MSG("{}: '{}' is not a number of days ago; use 1 to 3650"), {shown});
}

WhenResult not_a_date(const std::string& shown) {
  // Translators: the French words are accepted too (aujourd'hui, hier, lundi, vendredi
  // dernier, il y a 3 jours, hier à 18h, maintenant): the translation may show them instead.
  return refuse(MICROASK_MSG("{}: '{}' is not a date or time; use a day (YYYY-MM-DD, today, yesterday, "
                             "monday, last friday, 3 days ago), a time (HH:MM, 18h30, 6pm), both "
                             "(yesterday 18:00), now, or ISO 8601 with offset"),
                {shown});
}

WhenResult in_the_future(const std::string& shown) {
  return refuse(MICROASK_MSG("{}: '{}' is in the future"), {shown});
}

WhenResult empty_value() {
  // Translators: the same list as for a value that is not a date or time.
  return refuse(MICROASK_MSG("{}: the value is empty; use a day (YYYY-MM-DD, today, yesterday, monday, "
                             "last friday, 3 days ago), a time (HH:MM, 18h30, 6pm), both (yesterday "
                             "18:00), now, or ISO 8601 with offset"));
}

WhenResult before_1970(const std::string& shown) {
  return refuse(MICROASK_MSG("{}: '{}' is before 1970-01-01"), {shown});
}

WhenResult bad_offset(const std::string& shown) {
  return refuse(MICROASK_MSG("{}: '{}' has an invalid UTC offset; use Z or +HH:MM within +-18:00"), {shown});
}

// ---- The grammar of parse_when ---------------------------------------------------------------
// Read from the normalised text (see normalise()), so every literal below is lower case with
// single spaces:
//   when    := "now" | "maintenant" | day [sep time] | time       (ISO 8601 with offset aside)
//   day     := "today" | "aujourd'hui" | "aujourdhui"
//            | "yesterday" | "hier" | "the day before yesterday" | "avant-hier" | "avant hier"
//            | ["last "] weekday | weekday [" dernier"]
//            | count " day" ["s"] " ago" | "il y a " count " jour" ["s"]
//            | YYYY-MM-DD
//   count   := digits | "a" | "one" | "un"
//   sep     := " " | " at " | " à " | " a " | "t" (right after a date)
//   time    := hour ":" MM [[" "] ampm] | hour [" "] "h" [[" "] MM] | hour [" "] ampm
//   hour    := one or two digits; ampm := "am" | "pm" | "a.m." | "p.m."
//   weekday := English or French name, full or short ("mon", "lun."), a dot allowed after

enum class DayKind { today, days_back, weekday, date };

struct DayPart {
  DayKind kind = DayKind::today;
  std::int64_t count = 0;        // days_back: 1 yesterday, 2 the day before, N "N days ago"
  bool count_too_long = false;   // days_back: more digits than any accepted count
  int weekday = 0;               // weekday: 0 Monday .. 6 Sunday
  bool strictly_before = false;  // weekday: "last friday", "vendredi dernier"
  CivilDate date;                // date: as typed, range not checked yet
};

DayPart day_part(DayKind kind, std::int64_t count = 0) {
  DayPart d;
  d.kind = kind;
  d.count = count;
  return d;
}

enum class Meridiem { none, am, pm };

struct TimePart {
  int hour = 0, minute = 0;
  Meridiem meridiem = Meridiem::none;
};

// What the text says, before it is checked and resolved against now and the zone.
struct WhenText {
  bool now = false;
  std::optional<DayPart> day;
  std::optional<TimePart> time;
};

// Blanks: ASCII ones, NBSP and the narrow NBSP of French typography ("18 h 30"). Returns
// the length in bytes of the blank at s[i], 0 if there is none.
std::size_t blank_at(std::string_view s, std::size_t i) {
  switch (s[i]) {
    case ' ': case '\t': case '\n': case '\r': case '\v': case '\f': return 1;
    default: break;
  }
  if (s.substr(i, 2) == "\xC2\xA0") return 2;
  if (s.substr(i, 3) == "\xE2\x80\xAF") return 3;
  return 0;
}

// ASCII lower case, blanks trimmed and each inner run of them made one space, the
// typographic apostrophe (as phones type it) made ', and À made à.
std::string normalise(std::string_view s) {
  std::string out;
  bool blank = false;
  for (std::size_t i = 0; i < s.size();) {
    if (const std::size_t n = blank_at(s, i)) {
      blank = true;
      i += n;
      continue;
    }
    if (blank && !out.empty()) out += ' ';
    blank = false;
    if (s.substr(i, 3) == "\xE2\x80\x99") {
      out += '\'';
      i += 3;
    } else if (s.substr(i, 2) == "\xC3\x80") {
      out += "\xC3\xA0";
      i += 2;
    } else {
      const char c = s[i++];
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return out;
}

// `w` at the cursor, as whole words (the text ends or a space follows): eaten.
bool eat_word(Cursor& c, std::string_view w) {
  const std::string_view rest = c.s.substr(c.i);
  if (!rest.starts_with(w) || (rest.size() > w.size() && rest[w.size()] != ' ')) return false;
  c.i += w.size();
  return true;
}

bool eat_any_word(Cursor& c, std::initializer_list<std::string_view> words) {
  for (const std::string_view w : words)
    if (eat_word(c, w)) return true;
  return false;
}

struct WeekdayName {
  std::string_view name;
  int weekday;  // 0 Monday .. 6 Sunday
};

constexpr std::array<WeekdayName, 31> weekday_names{{
    {"monday", 0},   {"mon", 0},    {"lundi", 0},    {"lun", 0},      {"tuesday", 1},  {"tues", 1},
    {"tue", 1},      {"mardi", 1},  {"mar", 1},      {"wednesday", 2}, {"wed", 2},     {"mercredi", 2},
    {"mer", 2},      {"thursday", 3}, {"thurs", 3},  {"thur", 3},     {"thu", 3},      {"jeudi", 3},
    {"jeu", 3},      {"friday", 4}, {"fri", 4},      {"vendredi", 4}, {"ven", 4},      {"saturday", 5},
    {"sat", 5},      {"samedi", 5}, {"sam", 5},      {"sunday", 6},   {"sun", 6},      {"dimanche", 6},
    {"dim", 6},
}};

// A weekday name, a dot allowed after it ("lun.", "fri.").
std::optional<int> read_weekday(Cursor& c) {
  const std::string_view rest = c.s.substr(c.i);
  for (const WeekdayName& w : weekday_names) {
    if (!rest.starts_with(w.name)) continue;
    std::size_t end = w.name.size();
    if (end < rest.size() && rest[end] == '.') ++end;
    if (end < rest.size() && rest[end] != ' ') continue;
    c.i += end;
    return w.weekday;
  }
  return std::nullopt;
}

// "friday", "last friday", "vendredi", "vendredi dernier".
std::optional<DayPart> read_weekday_day(Cursor& c) {
  Cursor t = c;
  DayPart d = day_part(DayKind::weekday);
  if (eat_word(t, "last") && !t.eat(' ')) return std::nullopt;
  d.strictly_before = t.i != c.i;
  const auto weekday = read_weekday(t);
  if (!weekday) return std::nullopt;
  d.weekday = *weekday;
  if (Cursor u = t; !d.strictly_before && u.eat(' ') && eat_word(u, "dernier")) {
    t = u;
    d.strictly_before = true;
  }
  c = t;
  return d;
}

// The N of "N days ago": digits, or "a", "one", "un" for 1. Only the first four significant
// digits are read, so that no run of them overflows; count_too_long says there were more.
bool read_count(Cursor& c, DayPart& d) {
  if (eat_any_word(c, {"a", "one", "un"})) {
    d.count = 1;
    return true;
  }
  const std::size_t start = c.i;
  std::size_t significant = 0;
  for (; is_digit(c.peek()); ++c.i) {
    const int digit = c.peek() - '0';
    if (significant > 0 || digit != 0) ++significant;
    if (significant <= 4) d.count = d.count * 10 + digit;
  }
  d.count_too_long = significant > 4;
  return c.i > start;
}

// "3 days ago", "1 day ago", "a day ago", "il y a 3 jours", "il y a un jour".
std::optional<DayPart> read_days_ago(Cursor& c) {
  Cursor t = c;
  DayPart d = day_part(DayKind::days_back);
  if (eat_word(t, "il y a")) {
    if (!t.eat(' ') || !read_count(t, d) || !t.eat(' ') || !eat_any_word(t, {"jours", "jour"}))
      return std::nullopt;
  } else if (!read_count(t, d) || !t.eat(' ') || !eat_any_word(t, {"days", "day"}) || !t.eat(' ') ||
             !eat_word(t, "ago")) {
    return std::nullopt;
  }
  c = t;
  return d;
}

std::optional<DayPart> read_day(Cursor& c) {
  if (eat_any_word(c, {"today", "aujourd'hui", "aujourdhui"})) return day_part(DayKind::today);
  if (eat_any_word(c, {"yesterday", "hier"})) return day_part(DayKind::days_back, 1);
  if (eat_any_word(c, {"the day before yesterday", "avant-hier", "avant hier"}))
    return day_part(DayKind::days_back, 2);
  if (auto d = read_weekday_day(c)) return d;
  if (auto d = read_days_ago(c)) return d;
  Cursor t = c;
  DayPart d = day_part(DayKind::date);
  if (!read_date(t, d.date)) return std::nullopt;
  c = t;
  return d;
}

// `ch` at the cursor, a space allowed before it: eaten.
bool eat_after_space(Cursor& c, char ch) {
  Cursor u = c;
  u.eat(' ');
  if (!u.eat(ch)) return false;
  c = u;
  return true;
}

// "am", "pm", "a.m.", "p.m.", a space allowed before.
bool read_meridiem(Cursor& c, TimePart& t) {
  Cursor u = c;
  u.eat(' ');
  if (eat_any_word(u, {"am", "a.m."})) t.meridiem = Meridiem::am;
  else if (eat_any_word(u, {"pm", "p.m."})) t.meridiem = Meridiem::pm;
  else return false;
  c = u;
  return true;
}

// "18:30", "9:05", "6:30pm", "18h", "18h30", "18 h 30", "6pm", "6 pm".
std::optional<TimePart> read_time(Cursor& c) {
  Cursor t = c;
  std::optional<int> hour = t.digits(2);
  if (!hour) hour = t.digits(1);
  if (!hour) return std::nullopt;
  TimePart out;
  out.hour = *hour;
  if (t.eat(':')) {
    const auto minute = t.digits(2);
    if (!minute) return std::nullopt;
    out.minute = *minute;
    read_meridiem(t, out);
  } else if (eat_after_space(t, 'h')) {
    Cursor v = t;
    v.eat(' ');
    if (const auto minute = v.digits(2)) {
      out.minute = *minute;
      t = v;
    }
  } else if (!read_meridiem(t, out)) {
    return std::nullopt;
  }
  c = t;
  return out;
}

// Between a day and a time: a space, "at" or "à" (or "a", for keyboards without accents)
// between spaces, or the ISO "T" right after a date.
bool read_separator(Cursor& c, const DayPart& day) {
  if (day.kind == DayKind::date && c.eat('t')) return true;
  if (!c.eat(' ')) return false;
  for (const std::string_view w : {"at", "\xC3\xA0", "a"}) {
    if (Cursor t = c; eat_word(t, w) && t.eat(' ')) {
      c = t;
      break;
    }
  }
  return true;
}

// The whole normalised text as the grammar's `when`, or nullopt when it is not one.
std::optional<WhenText> read_when(std::string_view text) {
  Cursor c{text};
  WhenText w;
  if (eat_any_word(c, {"now", "maintenant"})) {
    w.now = true;
  } else {
    w.day = read_day(c);
    if (w.day && !c.done() && !read_separator(c, *w.day)) return std::nullopt;
    if (!w.day || !c.done()) {
      w.time = read_time(c);
      if (!w.time) return std::nullopt;
    }
  }
  if (!c.done()) return std::nullopt;
  return w;
}

// ---- Resolving what the text says -----------------------------------------------------------

constexpr std::int64_t slack = 60;  // an HH:MM typed in the current minute, a clock a bit behind

// What parse_when knows of the moment it runs, and the value as its messages show it.
struct Now {
  Instant now;
  const TimeZone& zone;
  std::int64_t local = 0;  // now on the zone's wall clock, seconds since 1970-01-01
  std::int64_t today = 0;  // the local day of that
  std::string shown;
};

// 0 Monday .. 6 Sunday (1970-01-01, day 0, was a Thursday).
int weekday_of(std::int64_t day) { return static_cast<int>(floor_mod(day + 3, 7)); }

WhenResult checked(const Now& n, Instant t) {
  if (t.utc > n.now.utc + slack) return in_the_future(n.shown);
  if (t.utc < 0) return before_1970(n.shown);
  return WhenResult{t, {}, {}, {}};
}

WhenResult at_local(const Now& n, std::int64_t local_seconds) {
  return checked(n, n.zone.at(n.zone.utc_of_local(local_seconds)));
}

// The wall-clock seconds of a time on a local day; the time is valid.
std::int64_t local_seconds(std::int64_t day, const TimePart& t) {
  int hour = t.hour;
  if (t.meridiem != Meridiem::none) hour = t.hour % 12 + (t.meridiem == Meridiem::pm ? 12 : 0);
  return day * seconds_per_day + hour * 3600 + t.minute * 60;
}

// A day named without a time: noon that day, or now when noon is still to come.
WhenResult noon_or_now(const Now& n, std::int64_t day) {
  if (day > n.today) return in_the_future(n.shown);
  const std::int64_t noon = n.zone.utc_of_local(day * seconds_per_day + 12 * 3600);
  if (noon > n.now.utc) return checked(n, n.now);
  return checked(n, n.zone.at(noon));
}

// The day a weekday names: the most recent one that is not in the future (today when the
// time given, or noon, still fits), never today with "last".
std::int64_t weekday_day(const Now& n, const DayPart& d, const std::optional<TimePart>& time) {
  const std::int64_t day = n.today - floor_mod(weekday_of(n.today) - d.weekday, 7);
  if (day != n.today) return day;
  if (d.strictly_before) return day - 7;
  if (time && n.zone.utc_of_local(local_seconds(day, *time)) > n.now.utc + slack) return day - 7;
  return day;
}

// The problem with values the grammar read but which do not exist ("2026-02-30", "25:00",
// "13pm", "0 days ago"), if any.
std::optional<WhenResult> range_problem(const WhenText& w, const std::string& shown) {
  if (w.day && w.day->kind == DayKind::date && !is_valid_date(w.day->date))
    return bad_date(shown, w.day->date);
  if (w.day && w.day->kind == DayKind::days_back &&
      (w.day->count_too_long || w.day->count < 1 || w.day->count > 3650))
    return bad_day_count(shown);
  if (!w.time) return std::nullopt;
  const TimePart& t = *w.time;
  if (t.meridiem != Meridiem::none && (t.hour < 1 || t.hour > 12)) return bad_twelve_hour_time(shown);
  if (!valid_time(ClockTime{t.hour, t.minute, 0})) return bad_time(shown);
  return std::nullopt;
}

// The local day a day part names (a weekday's depends on the time, see weekday_day).
std::int64_t named_day(const Now& n, const DayPart& d, const std::optional<TimePart>& time) {
  switch (d.kind) {
    case DayKind::today: return n.today;
    case DayKind::days_back: return n.today - d.count;
    case DayKind::weekday: return weekday_day(n, d, time);
    case DayKind::date: break;
  }
  return days_from_civil(d.date);
}

// A valid WhenText as an instant: a time on the day named (today if none); a day alone as
// the header says (now for today, the same time of day for yesterday and N days ago, noon
// or now for a weekday and a date), with that day in `day` for --since.
WhenResult resolve(const Now& n, const WhenText& w) {
  if (w.now) return checked(n, n.now);
  if (!w.day) return at_local(n, local_seconds(n.today, *w.time));
  const std::int64_t day = named_day(n, *w.day, w.time);
  if (w.time) return at_local(n, local_seconds(day, *w.time));
  WhenResult r;
  switch (w.day->kind) {
    case DayKind::today: r = checked(n, n.now); break;
    case DayKind::days_back: r = at_local(n, n.local - w.day->count * seconds_per_day); break;
    case DayKind::weekday:
    case DayKind::date: r = noon_or_now(n, day); break;
  }
  if (r.instant) r.day = day;
  return r;
}

}  // namespace

std::int64_t days_from_civil(CivilDate d) {
  // Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".
  const std::int64_t y = static_cast<std::int64_t>(d.year) - (d.month <= 2 ? 1 : 0);
  const std::int64_t era = floor_div(y, 400);
  const std::int64_t yoe = y - era * 400;                                        // [0, 399]
  const std::int64_t mp = (d.month + 9) % 12;                                    // March = 0
  const std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;                       // [0, 365]
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                // [0, 146096]
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(std::int64_t days) {
  const std::int64_t z = days + 719468;
  const std::int64_t era = floor_div(z, 146097);
  const std::int64_t doe = z - era * 146097;                                     // [0, 146096]
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);              // [0, 365]
  const std::int64_t mp = (5 * doy + 2) / 153;                                   // [0, 11]
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;                           // [1, 31]
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;                              // [1, 12]
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return CivilDate{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

bool is_valid_date(CivilDate d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

std::int64_t local_day(Instant t) { return floor_div(t.utc + t.offset, seconds_per_day); }

std::string_view to_string(WeekStart w) { return w == WeekStart::sunday ? "sunday" : "monday"; }

std::optional<WeekStart> parse_week_start(std::string_view s) {
  const std::string lower = ascii_lower(s);
  if (lower == "monday" || lower == "mon") return WeekStart::monday;
  if (lower == "sunday" || lower == "sun") return WeekStart::sunday;
  return std::nullopt;
}

std::int64_t week_start_day(std::int64_t day, WeekStart ws) {
  // Day 0 (1970-01-01) was a Thursday: Monday-based weekday is (day + 3) mod 7, Sunday-based
  // is (day + 4) mod 7.
  const std::int64_t shift = ws == WeekStart::monday ? 3 : 4;
  return day - floor_mod(day + shift, 7);
}

IsoWeek iso_week(std::int64_t day) {
  // The ISO week belongs to the year of its Thursday.
  const std::int64_t thursday = week_start_day(day, WeekStart::monday) + 3;
  const int year = civil_from_days(thursday).year;
  const std::int64_t jan1 = days_from_civil(CivilDate{year, 1, 1});
  return IsoWeek{year, static_cast<int>((thursday - jan1) / 7 + 1)};
}

std::string week_label(std::int64_t week_start, WeekStart ws) {
  if (ws == WeekStart::sunday) return date_text(week_start);
  const IsoWeek w = iso_week(week_start);
  std::array<char, 32> buf{};
  std::snprintf(buf.data(), buf.size(), "%04d-W%02d", w.year, w.week);
  return buf.data();
}

std::string format_date(std::int64_t day) { return date_text(day); }

LocalTime local_time(Instant t) {
  const std::int64_t local = t.utc + t.offset;
  const std::int64_t day = floor_div(local, seconds_per_day);
  const auto sec = static_cast<int>(local - day * seconds_per_day);
  return LocalTime{civil_from_days(day), sec / 3600, sec / 60 % 60, sec % 60};
}

std::string format_offset(std::int32_t offset) { return offset_text(offset); }

std::string format_iso8601(Instant t) {
  const std::int64_t local = t.utc + t.offset;
  const std::int64_t day = floor_div(local, seconds_per_day);
  const std::int64_t sec = local - day * seconds_per_day;
  std::array<char, 32> buf{};
  std::snprintf(buf.data(), buf.size(), "T%02d:%02d:%02d", static_cast<int>(sec / 3600),
                static_cast<int>(sec / 60 % 60), static_cast<int>(sec % 60));
  return date_text(day) + buf.data() + offset_text(t.offset);
}

std::string format_local_minute(Instant t) {
  const std::int64_t local = t.utc + t.offset;
  const std::int64_t day = floor_div(local, seconds_per_day);
  const std::int64_t sec = local - day * seconds_per_day;
  std::array<char, 32> buf{};
  std::snprintf(buf.data(), buf.size(), " %02d:%02d", static_cast<int>(sec / 3600),
                static_cast<int>(sec / 60 % 60));
  return date_text(day) + buf.data();
}

std::optional<Instant> parse_iso8601(std::string_view s) { return parse_iso_detailed(s).instant; }

std::unique_ptr<TimeZone> system_zone() { return std::make_unique<SystemZone>(); }

WhenResult parse_when(std::string_view text, Instant now, const TimeZone& zone) {
  const std::string value = normalise(text);
  if (value.empty()) return empty_value();
  const std::int32_t now_offset = zone.offset_at(now.utc);
  const Now n{now, zone, now.utc + now_offset, floor_div(now.utc + now_offset, seconds_per_day),
              quote_value(trim(text))};  // escaped; the msgids quote it

  const IsoParse iso = parse_iso_detailed(value);  // an instant with its offset
  switch (iso.error) {
    case ParseError::none: return checked(n, *iso.instant);
    case ParseError::bad_date: {
      Cursor c{value};
      CivilDate date;
      read_date(c, date);
      return bad_date(n.shown, date);
    }
    case ParseError::bad_time: return bad_time(n.shown);
    case ParseError::bad_offset: return bad_offset(n.shown);
    case ParseError::syntax: break;
  }
  const std::optional<WhenText> w = read_when(value);
  if (!w) return not_a_date(n.shown);
  if (auto problem = range_problem(*w, n.shown)) return std::move(*problem);
  return resolve(n, *w);
}

}  // namespace microask
