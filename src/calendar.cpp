#include "microask/calendar.hpp"

#include "microask/text.hpp"

#include <time.h>

#include <array>
#include <cstdio>
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
  return WhenResult{std::nullopt, std::move(text), std::move(m)};
}


std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

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

WhenResult not_a_date(const std::string& shown) {
  // Translators: today and yesterday are accepted in French too: aujourd'hui, hier.
  return refuse(MICROASK_MSG("{}: '{}' is not a date or time; use YYYY-MM-DD, 'YYYY-MM-DD HH:MM', HH:MM, "
                             "ISO 8601 with offset, today or yesterday"),
                {shown});
}

WhenResult in_the_future(const std::string& shown) {
  return refuse(MICROASK_MSG("{}: '{}' is in the future"), {shown});
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
  constexpr std::int64_t slack = 60;  // an HH:MM typed in the current minute, a clock a bit behind
  const std::string_view value = trim(text);
  const std::string shown = quote_value(value);  // escaped; the msgids quote it
  if (value.empty())
    return refuse(MICROASK_MSG("{}: the value is empty; use YYYY-MM-DD, 'YYYY-MM-DD HH:MM', HH:MM, "
                               "ISO 8601 with offset, today or yesterday"));

  const std::int32_t now_offset = zone.offset_at(now.utc);
  const std::int64_t now_local = now.utc + now_offset;
  const std::int64_t today = floor_div(now_local, seconds_per_day);

  auto checked = [&](Instant t) -> WhenResult {
    if (t.utc > now.utc + slack) return in_the_future(shown);
    if (t.utc < 0) return refuse(MICROASK_MSG("{}: '{}' is before 1970-01-01"), {shown});
    return WhenResult{t, {}, {}};
  };
  auto at_local = [&](std::int64_t local_seconds) {
    return checked(zone.at(zone.utc_of_local(local_seconds)));
  };

  const std::string lower = ascii_lower(value);
  if (lower == "today" || lower == "aujourd'hui" || lower == "aujourdhui" ||
      lower == "aujourd\xE2\x80\x99hui")  // typographic apostrophe, as phones type it
    return checked(now);
  if (lower == "yesterday" || lower == "hier") return at_local(now_local - seconds_per_day);

  // "HH:MM" (or "H:MM"): today.
  if (value.size() <= 5 && value.find(':') != std::string_view::npos) {
    Cursor c{value};
    std::optional<int> h = value.size() == 4 ? c.digits(1) : c.digits(2);
    if (h && c.eat(':')) {
      const auto m = c.digits(2);
      if (m && c.done()) {
        if (!valid_time(ClockTime{*h, *m, 0})) return bad_time(shown);
        return at_local(today * seconds_per_day + *h * 3600 + *m * 60);
      }
    }
    return not_a_date(shown);
  }

  Cursor c{value};
  CivilDate date;
  if (read_date(c, date)) {
    if (c.done()) {  // "YYYY-MM-DD": noon that day, or now when noon is still to come today
      if (!is_valid_date(date)) return bad_date(shown, date);
      const std::int64_t day = days_from_civil(date);
      if (day > today) return in_the_future(shown);
      const std::int64_t noon = zone.utc_of_local(day * seconds_per_day + 12 * 3600);
      if (noon > now.utc) return checked(now);
      return checked(zone.at(noon));
    }
    if (is_date_time_separator(c.peek())) {
      ++c.i;
      ClockTime time;
      if (read_hour_minute(c, time) && c.done()) {  // local date and time
        if (!is_valid_date(date)) return bad_date(shown, date);
        if (!valid_time(time)) return bad_time(shown);
        return at_local(days_from_civil(date) * seconds_per_day + time.hour * 3600 + time.minute * 60);
      }
      const IsoParse iso = parse_iso_detailed(value);  // with an offset
      switch (iso.error) {
        case ParseError::none: return checked(*iso.instant);
        case ParseError::bad_date: return bad_date(shown, date);
        case ParseError::bad_time: return bad_time(shown);
        case ParseError::bad_offset:
          return refuse(MICROASK_MSG("{}: '{}' has an invalid UTC offset; use Z or +HH:MM within +-18:00"),
                        {shown});
        case ParseError::syntax: break;
      }
    }
  }
  return not_a_date(shown);
}

}  // namespace microask
