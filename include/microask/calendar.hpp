// Instants with their UTC offset, local days, ISO weeks and the `--at` parser.
// Nothing here reads the clock or the environment: "now" and the time zone are
// passed in, so tests can fix them.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "microask/errors.hpp"

namespace microask {

// A moment as the person lived it: a UTC instant plus the UTC offset in force there and
// then. The local day (and so the week) comes from utc + offset, so a week stays the week
// the person lived even after travel or a DST change.
struct Instant {
  std::int64_t utc = 0;     // seconds since 1970-01-01T00:00:00Z
  std::int32_t offset = 0;  // seconds east of UTC, within +-18h
  friend bool operator==(const Instant&, const Instant&) = default;
};

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// Days since 1970-01-01 (may be negative) <-> proleptic Gregorian dates.
std::int64_t days_from_civil(CivilDate d);
CivilDate civil_from_days(std::int64_t days);
bool is_valid_date(CivilDate d);

// floor((utc + offset) / 86400): the local day number of an instant.
std::int64_t local_day(Instant t);

// An instant's wall-clock reading in its own offset.
struct LocalTime {
  CivilDate date;
  int hour = 0, minute = 0, second = 0;
};
LocalTime local_time(Instant t);
// "+01:00", "-05:30" ("+HH:MM:SS" for offsets with seconds), as format_iso8601 writes it.
std::string format_offset(std::int32_t offset);

enum class WeekStart { monday, sunday };
std::string_view to_string(WeekStart w);
std::optional<WeekStart> parse_week_start(std::string_view s);

// The day number on which the week containing `day` starts.
std::int64_t week_start_day(std::int64_t day, WeekStart ws);

struct IsoWeek {
  int year = 1970;  // the ISO week-year, which differs from the calendar year around 1 January
  int week = 1;     // 1..53
  friend bool operator==(const IsoWeek&, const IsoWeek&) = default;
};
IsoWeek iso_week(std::int64_t day);

// "2026-W48" for Monday weeks (ISO 8601 week date), "2026-11-22" (the first day) for
// Sunday weeks.
std::string week_label(std::int64_t week_start, WeekStart ws);

// "2026-11-26" for a day number.
std::string format_date(std::int64_t day);

// "2026-11-26T09:30:00+01:00" (or "Z" never: the offset is always written numerically).
// An offset with seconds (old local mean times, e.g. -00:44:30) is written "+HH:MM:SS".
std::string format_iso8601(Instant t);
// "2026-11-26 09:30" in the instant's own offset.
std::string format_local_minute(Instant t);

// Parses an ISO 8601 date-time with an explicit offset ("Z", "+01:00", "+0100"), with or
// without seconds and fraction (the fraction is dropped), "T" or a space between date and
// time. Also "t"/"z" (RFC 3339) and "+HH:MM:SS" offsets, so format_iso8601 always parses
// back. Ranges are checked: a real date, 00:00:00..23:59:59, offset within +-18:00.
// Returns nullopt on anything else.
std::optional<Instant> parse_iso8601(std::string_view s);

// The seam to the time-zone rules: the offset in force at an instant, and the instant(s)
// of a local wall-clock time.
class TimeZone {
 public:
  virtual ~TimeZone() = default;
  virtual std::int32_t offset_at(std::int64_t utc) const = 0;
  // The UTC instant of a local time (seconds since 1970-01-01 in local wall-clock time).
  // In a DST gap, the wall time is shifted forward by the gap; in an overlap, the earlier
  // of the two instants is returned.
  virtual std::int64_t utc_of_local(std::int64_t local_seconds) const = 0;
  Instant at(std::int64_t utc) const { return Instant{utc, offset_at(utc)}; }
};

// A fixed offset, for tests and for instants given with an explicit offset.
class FixedZone final : public TimeZone {
 public:
  explicit FixedZone(std::int32_t offset) : offset_(offset) {}
  std::int32_t offset_at(std::int64_t) const override { return offset_; }
  std::int64_t utc_of_local(std::int64_t local_seconds) const override { return local_seconds - offset_; }

 private:
  std::int32_t offset_;
};

// The process's zone as the C library knows it (TZ, /etc/localtime), through
// localtime_r/mktime. The CLI constructs it; the core never does.
std::unique_ptr<TimeZone> system_zone();

// The result of parsing `--at`: an instant, or a one-line reason it was refused.
struct WhenResult {
  std::optional<Instant> instant;
  std::string error;  // empty when instant is set; else english(message)
  Message message;    // the reason, to translate: its first argument is the option, "--at"
  // The local day number when the value named a day and no time ("monday", "2026-11-20",
  // "il y a 3 jours", "today"): `--since` starts at that day's midnight.
  std::optional<std::int64_t> day;
};

// Parses what people type for `--at WHEN` (and `--since WHEN`): an optional day, then an
// optional time, in English or French, or ISO 8601 with an offset.
//   day:  "today"/"aujourd'hui"; "yesterday"/"hier"; "the day before yesterday"/"avant-hier";
//         a weekday, full or short ("friday", "fri", "vendredi", "ven."), optionally "last
//         friday"/"vendredi dernier"; "N days ago"/"il y a N jours" (N from 1 to 3650, or
//         "a"/"one"/"un" for 1); "YYYY-MM-DD".
//   time: "HH:MM" or "H:MM"; "18h", "18h30", "18 h 30"; "6pm", "6:30pm", "6 pm" ("12am" is
//         midnight, "12pm" noon); after a day, a space, "at" or "à" (or "T" after a date)
//         between the two ("hier à 18h30", "yesterday at 6pm", "2026-12-01 9:05").
//   also: "now"/"maintenant"; ISO 8601 with an offset, kept as given ("2026-11-26T09:30+01:00").
// A time alone is today. A day alone: a date or a weekday means noon that day, or now if
// noon is still to come; "today" is now; "yesterday" and "N days ago" keep the time of day of
// now (the same wall-clock time, N local days earlier).
// A weekday is the most recent such day that is not in the future: "friday" on a Friday is
// today, unless the time given is still to come (then a week ago); "last friday" is always
// before today (1 to 7 days ago).
// Case-insensitive; blanks (NBSP included) around ignored and runs of them inside read as
// one; the typographic apostrophe is accepted. Local times are resolved in `zone` (a time
// in a DST gap is moved forward by the gap; in an overlap, the earlier instant).
// Refuses instants after `now` (a minute of slack, for "HH:MM" typed in the current minute:
// an instant at most now + 60 s is accepted) and before 1970-01-01. Errors are one line,
// start with "--at: ", quote the value escaped and cut to 40 characters, say what is wrong
// with a value of a known shape ("25:00", "2026-02-30", "13pm", "0 days ago") and otherwise
// list what is accepted.
WhenResult parse_when(std::string_view text, Instant now, const TimeZone& zone);

}  // namespace microask
