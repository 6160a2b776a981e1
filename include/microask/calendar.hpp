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
};

// Parses the `--at WHEN` forms: "YYYY-MM-DD" (12:00 that day, or now if that is later than
// now), "YYYY-MM-DD HH:MM", "YYYY-MM-DDTHH:MM", ISO 8601 with offset, "HH:MM" (today),
// "today"/"aujourd'hui", "yesterday"/"hier" (same time of day, one local day earlier).
// Local times are resolved in `zone`. Refuses times after `now` (a minute of slack for
// "HH:MM" typed in the current minute) and before 1970-01-01.
// Case-insensitive, surrounding blanks ignored; "H:MM" and "aujourd'hui" with a typographic
// apostrophe are accepted too. "today" is `now` itself. Errors are one line, start with
// "--at: " and quote the value escaped and cut to 40 characters. The minute of slack
// applies to every form (an instant at most now + 60 s is accepted as typed).
WhenResult parse_when(std::string_view text, Instant now, const TimeZone& zone);

}  // namespace microask
