#include "microask/calendar.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

using namespace microask;

namespace doctest {
template <>
struct StringMaker<Instant> {
  static String convert(const Instant& t) { return format_iso8601(t).c_str(); }
};
template <>
struct StringMaker<CivilDate> {
  static String convert(const CivilDate& d) {
    return (std::to_string(d.year) + "-" + std::to_string(d.month) + "-" + std::to_string(d.day)).c_str();
  }
};
template <>
struct StringMaker<IsoWeek> {
  static String convert(const IsoWeek& w) {
    return (std::to_string(w.year) + "-W" + std::to_string(w.week)).c_str();
  }
};
}  // namespace doctest

namespace {

std::int64_t day_of(int y, int m, int d) { return days_from_civil(CivilDate{y, m, d}); }

Instant iso(const char* s) {
  const auto t = parse_iso8601(s);
  REQUIRE(t.has_value());
  return *t;
}

// Sets TZ for one test and puts the previous value back afterwards.
class ScopedTz {
 public:
  explicit ScopedTz(const char* tz) {
    if (const char* old = std::getenv("TZ")) old_ = old;
    setenv("TZ", tz, 1);
    tzset();
  }
  ~ScopedTz() {
    if (old_) setenv("TZ", old_->c_str(), 1);
    else unsetenv("TZ");
    tzset();
  }
  ScopedTz(const ScopedTz&) = delete;
  ScopedTz& operator=(const ScopedTz&) = delete;

 private:
  std::optional<std::string> old_;
};

// 2026-11-26T09:30:15+01:00, a Thursday.
const Instant now{1795681815, 3600};
const FixedZone paris_winter{3600};

std::string when(const char* text) {
  const WhenResult r = parse_when(text, now, paris_winter);
  return r.instant ? format_iso8601(*r.instant) : "error: " + r.error;
}

std::string error_of(const char* text) { return parse_when(text, now, paris_winter).error; }

// What the refusal of a value of no known shape lists, after "is not a date or time".
const std::string accepted_forms =
    "; use a day (YYYY-MM-DD, today, yesterday, monday, last friday, 3 days ago), a time (HH:MM, 18h30, "
    "6pm), both (yesterday 18:00), now, or ISO 8601 with offset";

}  // namespace

TEST_CASE("days_from_civil and civil_from_days at known days") {
  CHECK(0 == day_of(1970, 1, 1));
  CHECK(-1 == day_of(1969, 12, 31));
  CHECK(11017 == day_of(2000, 3, 1));
  CHECK(19782 == day_of(2024, 2, 29));
  CHECK(20783 == day_of(2026, 11, 26));
  CHECK(-25508 == day_of(1900, 3, 1));
  CHECK(-719162 == day_of(1, 1, 1));
  CHECK(2932896 == day_of(9999, 12, 31));
  CHECK(CivilDate{2026, 11, 26} == civil_from_days(20783));
  CHECK(CivilDate{1969, 12, 31} == civil_from_days(-1));
  CHECK(CivilDate{1, 1, 1} == civil_from_days(-719162));
  CHECK(CivilDate{2000, 2, 29} == civil_from_days(day_of(2000, 3, 1) - 1));
  CHECK(CivilDate{1900, 2, 28} == civil_from_days(day_of(1900, 3, 1) - 1));
}

TEST_CASE("days round-trip over several thousand years, dates consecutive") {
  int mismatches = 0;
  CivilDate prev = civil_from_days(-1'000'001);
  for (std::int64_t d = -1'000'000; d <= 1'000'000; ++d) {
    const CivilDate c = civil_from_days(d);
    if (days_from_civil(c) != d || !is_valid_date(c)) ++mismatches;
    const bool next_day = c.year == prev.year && c.month == prev.month && c.day == prev.day + 1;
    const bool next_month = c.year == prev.year && c.month == prev.month + 1 && c.day == 1;
    const bool next_year = c.year == prev.year + 1 && c.month == 1 && c.day == 1 && prev.month == 12;
    if (!next_day && !next_month && !next_year) ++mismatches;
    prev = c;
  }
  CHECK(0 == mismatches);
}

TEST_CASE("is_valid_date") {
  CHECK(is_valid_date(CivilDate{2024, 2, 29}));
  CHECK(is_valid_date(CivilDate{2000, 2, 29}));
  CHECK_FALSE(is_valid_date(CivilDate{1900, 2, 29}));
  CHECK_FALSE(is_valid_date(CivilDate{2026, 2, 29}));
  CHECK_FALSE(is_valid_date(CivilDate{2026, 2, 30}));
  CHECK_FALSE(is_valid_date(CivilDate{2026, 4, 31}));
  CHECK(is_valid_date(CivilDate{2026, 12, 31}));
  CHECK_FALSE(is_valid_date(CivilDate{2026, 13, 1}));
  CHECK_FALSE(is_valid_date(CivilDate{2026, 0, 1}));
  CHECK_FALSE(is_valid_date(CivilDate{2026, 1, 0}));
  CHECK_FALSE(is_valid_date(CivilDate{2026, -1, 1}));
}

TEST_CASE("local_day floors, negative instants included") {
  CHECK(0 == local_day(Instant{0, 0}));
  CHECK(0 == local_day(Instant{86399, 0}));
  CHECK(1 == local_day(Instant{86400, 0}));
  CHECK(-1 == local_day(Instant{-1, 0}));
  CHECK(-1 == local_day(Instant{-86400, 0}));
  CHECK(-2 == local_day(Instant{-86401, 0}));
  CHECK(-1 == local_day(Instant{0, -3600}));
  CHECK(1 == local_day(Instant{82800, 3600}));
  CHECK(0 == local_day(Instant{82799, 3600}));
  // 23:30 UTC on 2026-11-26 is already the 27th in Paris, still the 26th in New York.
  CHECK(day_of(2026, 11, 27) == local_day(Instant{iso("2026-11-26T23:30:00Z").utc, 3600}));
  CHECK(day_of(2026, 11, 26) == local_day(Instant{iso("2026-11-26T23:30:00Z").utc, -5 * 3600}));
}

TEST_CASE("week starts, Monday and Sunday, negative days") {
  const std::int64_t thu = day_of(2026, 11, 26);
  CHECK(day_of(2026, 11, 23) == week_start_day(thu, WeekStart::monday));
  CHECK(day_of(2026, 11, 22) == week_start_day(thu, WeekStart::sunday));
  CHECK(day_of(2026, 11, 23) == week_start_day(day_of(2026, 11, 23), WeekStart::monday));
  CHECK(day_of(2026, 11, 23) == week_start_day(day_of(2026, 11, 29), WeekStart::monday));
  CHECK(day_of(2026, 11, 29) == week_start_day(day_of(2026, 11, 29), WeekStart::sunday));
  CHECK(day_of(2026, 11, 22) == week_start_day(day_of(2026, 11, 28), WeekStart::sunday));
  CHECK(-3 == week_start_day(0, WeekStart::monday));  // 1970-01-01 was a Thursday
  CHECK(-4 == week_start_day(0, WeekStart::sunday));
  CHECK(-3 == week_start_day(-1, WeekStart::monday));
  CHECK(-4 == week_start_day(-4, WeekStart::sunday));
  CHECK(-11 == week_start_day(-5, WeekStart::sunday));
  CHECK(-10 == week_start_day(-4, WeekStart::monday));
  CHECK(day_of(1900, 2, 26) == week_start_day(day_of(1900, 3, 1), WeekStart::monday));
}

TEST_CASE("week starts: every day of a wide range maps to a Monday (Sunday) at most 6 days before") {
  int bad = 0;
  for (std::int64_t d = -100'000; d <= 100'000; ++d) {
    const std::int64_t m = week_start_day(d, WeekStart::monday);
    const std::int64_t s = week_start_day(d, WeekStart::sunday);
    if (m > d || d - m > 6 || iso_week(m) != iso_week(d)) ++bad;
    if (s > d || d - s > 6 || (s - day_of(1970, 1, 4)) % 7 != 0) ++bad;
  }
  CHECK(0 == bad);
}

TEST_CASE("ISO weeks around the year boundaries 2015-2030") {
  struct Case {
    int y, m, d, week_year, week;
  };
  // Values from an independent ISO 8601 calendar (and `date +%G-W%V`).
  const Case cases[] = {
      {2015, 1, 1, 2015, 1},   {2015, 12, 28, 2015, 53}, {2015, 12, 31, 2015, 53}, {2016, 1, 1, 2015, 53},
      {2016, 1, 3, 2015, 53},  {2016, 1, 4, 2016, 1},    {2016, 12, 31, 2016, 52}, {2017, 1, 1, 2016, 52},
      {2017, 1, 2, 2017, 1},   {2017, 12, 31, 2017, 52}, {2018, 1, 1, 2018, 1},    {2018, 12, 30, 2018, 52},
      {2018, 12, 31, 2019, 1}, {2019, 12, 29, 2019, 52}, {2019, 12, 30, 2020, 1},  {2020, 1, 1, 2020, 1},
      {2020, 12, 28, 2020, 53}, {2020, 12, 31, 2020, 53}, {2021, 1, 1, 2020, 53},  {2021, 1, 3, 2020, 53},
      {2021, 1, 4, 2021, 1},   {2021, 12, 31, 2021, 52}, {2022, 1, 1, 2021, 52},   {2022, 1, 2, 2021, 52},
      {2022, 1, 3, 2022, 1},   {2022, 12, 31, 2022, 52}, {2023, 1, 1, 2022, 52},   {2023, 1, 2, 2023, 1},
      {2023, 12, 31, 2023, 52}, {2024, 1, 1, 2024, 1},   {2024, 12, 29, 2024, 52}, {2024, 12, 30, 2025, 1},
      {2024, 12, 31, 2025, 1}, {2025, 1, 1, 2025, 1},    {2025, 12, 28, 2025, 52}, {2025, 12, 29, 2026, 1},
      {2026, 1, 1, 2026, 1},   {2026, 1, 4, 2026, 1},    {2026, 11, 26, 2026, 48}, {2026, 12, 28, 2026, 53},
      {2026, 12, 31, 2026, 53}, {2027, 1, 1, 2026, 53},  {2027, 1, 3, 2026, 53},   {2027, 1, 4, 2027, 1},
      {2027, 12, 31, 2027, 52}, {2028, 1, 1, 2027, 52},  {2028, 1, 2, 2027, 52},   {2028, 1, 3, 2028, 1},
      {2028, 12, 31, 2028, 52}, {2029, 1, 1, 2029, 1},   {2029, 12, 30, 2029, 52}, {2029, 12, 31, 2030, 1},
      {2030, 1, 1, 2030, 1},   {2030, 12, 29, 2030, 52}, {2030, 12, 30, 2031, 1},  {2030, 12, 31, 2031, 1},
  };
  for (const Case& c : cases) {
    CAPTURE(format_date(day_of(c.y, c.m, c.d)));
    CHECK(IsoWeek{c.week_year, c.week} == iso_week(day_of(c.y, c.m, c.d)));
  }
}

TEST_CASE("ISO weeks: 52 or 53 per year, numbered 1..N without holes") {
  int bad = 0;
  for (int y = 1900; y <= 2200; ++y) {
    const IsoWeek last = iso_week(day_of(y, 12, 28));  // 28 December is always in the last week
    if (last.year != y || (last.week != 52 && last.week != 53)) ++bad;
    if (iso_week(day_of(y, 1, 4)) != IsoWeek{y, 1}) ++bad;  // 4 January is always in week 1
  }
  CHECK(0 == bad);
}

TEST_CASE("week labels") {
  CHECK("2026-W48" == week_label(day_of(2026, 11, 23), WeekStart::monday));
  CHECK("2020-W53" == week_label(day_of(2020, 12, 28), WeekStart::monday));
  CHECK("2025-W01" == week_label(day_of(2024, 12, 30), WeekStart::monday));
  CHECK("2026-11-22" == week_label(day_of(2026, 11, 22), WeekStart::sunday));
  CHECK("2026-12-27" == week_label(day_of(2026, 12, 27), WeekStart::sunday));
  CHECK("1969-12-28" == week_label(-4, WeekStart::sunday));
  CHECK("1970-W01" == week_label(-3, WeekStart::monday));
}

TEST_CASE("week start names") {
  CHECK("monday" == to_string(WeekStart::monday));
  CHECK("sunday" == to_string(WeekStart::sunday));
  CHECK(WeekStart::monday == parse_week_start("monday"));
  CHECK(WeekStart::sunday == parse_week_start("Sunday"));
  CHECK(WeekStart::sunday == parse_week_start("sun"));
  CHECK(std::nullopt == parse_week_start("saturday"));
  CHECK(std::nullopt == parse_week_start(""));
}

TEST_CASE("format_date, format_iso8601, format_local_minute") {
  CHECK("2026-11-26" == format_date(20783));
  CHECK("1969-12-31" == format_date(-1));
  CHECK("0001-01-01" == format_date(-719162));
  CHECK("2026-11-26T09:30:00+01:00" == format_iso8601(Instant{1795681800, 3600}));
  CHECK("2026-11-26T08:30:00+00:00" == format_iso8601(Instant{1795681800, 0}));
  CHECK("2026-11-26T03:30:00-05:00" == format_iso8601(Instant{1795681800, -5 * 3600}));
  CHECK("2026-11-26T14:00:00+05:30" == format_iso8601(Instant{1795681800, 5 * 3600 + 1800}));
  CHECK("2026-11-27T02:30:00+18:00" == format_iso8601(Instant{1795681800, 18 * 3600}));
  CHECK("1970-01-01T00:00:00+00:00" == format_iso8601(Instant{0, 0}));
  CHECK("1969-12-31T23:59:59+00:00" == format_iso8601(Instant{-1, 0}));
  CHECK("1969-12-31T23:00:00-01:00" == format_iso8601(Instant{0, -3600}));
  CHECK("1972-01-01T00:00:00-00:44:30" == format_iso8601(Instant{63072000 + 2670, -2670}));
  CHECK("2026-11-26 09:30" == format_local_minute(Instant{1795681815, 3600}));
  CHECK("1969-12-31 23:00" == format_local_minute(Instant{0, -3600}));
}

TEST_CASE("parse_iso8601 accepts the documented forms") {
  const Instant t{1795681800, 3600};
  CHECK(t == parse_iso8601("2026-11-26T09:30:00+01:00"));
  CHECK(t == parse_iso8601("2026-11-26 09:30:00+01:00"));
  CHECK(t == parse_iso8601("2026-11-26T09:30+01:00"));
  CHECK(t == parse_iso8601("2026-11-26T09:30:00+0100"));
  CHECK(t == parse_iso8601("2026-11-26T09:30:00.123+01:00"));
  CHECK(t == parse_iso8601("2026-11-26T09:30:00,999999999999+01:00"));
  CHECK(Instant{1795681800, 0} == parse_iso8601("2026-11-26T08:30:00Z"));
  CHECK(Instant{1795681800, 0} == parse_iso8601("2026-11-26t08:30:00z"));
  CHECK(Instant{1795681800, 0} == parse_iso8601("2026-11-26T08:30:00-00:00"));
  CHECK(Instant{1795681800, -5 * 3600} == parse_iso8601("2026-11-26T03:30:00-05:00"));
  CHECK(Instant{1795681800, 18 * 3600} == parse_iso8601("2026-11-27T02:30:00+18:00"));
  CHECK(Instant{1795681800, -18 * 3600} == parse_iso8601("2026-11-25T14:30:00-18:00"));
  CHECK(Instant{-1, 0} == parse_iso8601("1969-12-31T23:59:59Z"));
  CHECK(Instant{63072000 + 2670, -2670} == parse_iso8601("1972-01-01T00:00:00-00:44:30"));
  CHECK(Instant{951782400, 0} == parse_iso8601("2000-02-29T00:00:00Z"));
}

TEST_CASE("parse_iso8601 refuses everything else") {
  const char* bad[] = {
      "",
      "2026-11-26",
      "2026-11-26T09:30:00",     // no offset
      "2026-11-26T09:30",        // no offset
      "2026-11-26T09:30:00+01",  // offset without minutes
      "2026-11-26T09:30:00+1:00",
      "2026-11-26T09:30:00+01:0",
      "2026-11-26T09:30:00+18:01",
      "2026-11-26T09:30:00+19:00",
      "2026-11-26T09:30:00-99:99",
      "2026-11-26T09:30:00+01:60",
      "2026-11-26T24:00:00Z",
      "2026-11-26T23:60:00Z",
      "2026-11-26T23:59:60Z",
      "2026-02-29T09:30:00Z",
      "2026-02-30T09:30:00Z",
      "2026-13-01T09:30:00Z",
      "2026-00-10T09:30:00Z",
      "2026-11-00T09:30:00Z",
      "2026-11-26X09:30:00Z",
      "2026-11-26T09:30:00.Z",
      "2026-11-26T09:30:00Z ",
      " 2026-11-26T09:30:00Z",
      "2026-11-26T09:30:00ZZ",
      "2026-11-26T9:30:00Z",
      "26-11-26T09:30:00Z",
      "+2026-11-26T09:30:00Z",
      "2026/11/26T09:30:00Z",
      "2026-11-26T09:30:00+01:00junk",
      "２０２６-11-26T09:30:00Z",
  };
  for (const char* s : bad) {
    CAPTURE(s);
    CHECK(std::nullopt == parse_iso8601(s));
  }
  CHECK(std::nullopt == parse_iso8601(std::string_view("2026-11-26T09:30:00Z\0", 21)));
}

TEST_CASE("format_iso8601 and parse_iso8601 round-trip") {
  int bad = 0;
  for (std::int64_t utc = -400'000'000; utc <= 4'000'000'000; utc += 7919 * 13) {
    for (const std::int32_t offset : {0, 3600, -3600, 19800, -34200, 64800, -64800, 45 * 60}) {
      const Instant t{utc, offset};
      if (parse_iso8601(format_iso8601(t)) != t) ++bad;
    }
  }
  CHECK(0 == bad);
}

TEST_CASE("FixedZone") {
  const FixedZone z{3600};
  CHECK(3600 == z.offset_at(123));
  CHECK(1795681800 == z.utc_of_local(1795681800 + 3600));
  CHECK(Instant{5, 3600} == z.at(5));
}

TEST_CASE("system_zone follows TZ: UTC") {
  ScopedTz tz("UTC");
  const auto z = system_zone();
  CHECK(0 == z->offset_at(1795681800));
  CHECK(1795681800 == z->utc_of_local(1795681800));
}

TEST_CASE("system_zone: Europe/Paris offsets and DST") {
  ScopedTz tz("Europe/Paris");
  const auto z = system_zone();
  CHECK(3600 == z->offset_at(iso("2026-01-15T12:00:00Z").utc));
  CHECK(7200 == z->offset_at(iso("2026-07-15T12:00:00Z").utc));
  CHECK(3600 == z->offset_at(iso("2026-03-29T00:59:59Z").utc));
  CHECK(7200 == z->offset_at(iso("2026-03-29T01:00:00Z").utc));
  CHECK(7200 == z->offset_at(iso("2026-10-25T00:59:59Z").utc));
  CHECK(3600 == z->offset_at(iso("2026-10-25T01:00:00Z").utc));
  const std::int64_t local_0230_spring = day_of(2026, 3, 29) * 86400 + 2 * 3600 + 30 * 60;
  const std::int64_t local_0230_autumn = day_of(2026, 10, 25) * 86400 + 2 * 3600 + 30 * 60;
  // 02:30 on 29 March never happened: shifted forward by the gap, to 03:30 CEST.
  CHECK("2026-03-29T03:30:00+02:00" == format_iso8601(z->at(z->utc_of_local(local_0230_spring))));
  // 02:30 on 25 October happened twice: the earlier, still CEST.
  CHECK("2026-10-25T02:30:00+02:00" == format_iso8601(z->at(z->utc_of_local(local_0230_autumn))));
  CHECK(iso("2026-10-25T00:30:00Z").utc == z->utc_of_local(local_0230_autumn));
  // Just around the changes.
  CHECK("2026-03-29T01:59:00+01:00" == format_iso8601(z->at(z->utc_of_local(local_0230_spring - 31 * 60))));
  CHECK("2026-03-29T03:00:00+02:00" == format_iso8601(z->at(z->utc_of_local(local_0230_spring + 30 * 60))));
  CHECK("2026-10-25T01:59:00+02:00" == format_iso8601(z->at(z->utc_of_local(local_0230_autumn - 31 * 60))));
  CHECK("2026-10-25T03:00:00+01:00" == format_iso8601(z->at(z->utc_of_local(local_0230_autumn + 30 * 60))));
  // Summer and winter times away from any change.
  CHECK("2026-07-14T22:00:00+02:00" == format_iso8601(z->at(z->utc_of_local(day_of(2026, 7, 14) * 86400 + 22 * 3600))));
  CHECK("2026-12-24T20:00:00+01:00" == format_iso8601(z->at(z->utc_of_local(day_of(2026, 12, 24) * 86400 + 20 * 3600))));
}

TEST_CASE("system_zone: America/New_York DST") {
  ScopedTz tz("America/New_York");
  const auto z = system_zone();
  CHECK(-5 * 3600 == z->offset_at(iso("2026-01-15T12:00:00Z").utc));
  CHECK(-4 * 3600 == z->offset_at(iso("2026-07-15T12:00:00Z").utc));
  const std::int64_t gap = day_of(2026, 3, 8) * 86400 + 2 * 3600 + 30 * 60;
  const std::int64_t overlap = day_of(2026, 11, 1) * 86400 + 1 * 3600 + 30 * 60;
  CHECK(1772955000 == z->utc_of_local(gap));  // 03:30 EDT
  CHECK("2026-03-08T03:30:00-04:00" == format_iso8601(z->at(z->utc_of_local(gap))));
  CHECK(1793511000 == z->utc_of_local(overlap));  // 01:30 EDT, the earlier
  CHECK("2026-11-01T01:30:00-04:00" == format_iso8601(z->at(z->utc_of_local(overlap))));
  CHECK("2026-11-01T01:30:00-05:00" == format_iso8601(z->at(1793511000 + 3600)));
}

TEST_CASE("system_zone: a day of local wall times in Paris round-trips outside the gap") {
  ScopedTz tz("Europe/Paris");
  const auto z = system_zone();
  int bad = 0;
  for (const std::int64_t day : {day_of(2026, 3, 29), day_of(2026, 10, 25), day_of(1995, 6, 1)}) {
    for (std::int64_t s = 0; s < 86400; s += 600) {
      const std::int64_t local = day * 86400 + s;
      const Instant t = z->at(z->utc_of_local(local));
      const bool in_gap = day == day_of(2026, 3, 29) && s >= 2 * 3600 && s < 3 * 3600;
      if (in_gap ? t.utc + t.offset != local + 3600 : t.utc + t.offset != local) ++bad;
    }
  }
  CHECK(0 == bad);
}

TEST_CASE("parse_when: every accepted form") {
  CHECK("2026-11-26T09:30:15+01:00" == when("today"));
  CHECK("2026-11-26T09:30:15+01:00" == when("TODAY"));
  CHECK("2026-11-26T09:30:15+01:00" == when("aujourd'hui"));
  CHECK("2026-11-26T09:30:15+01:00" == when("Aujourd'hui"));
  CHECK("2026-11-26T09:30:15+01:00" == when("aujourdhui"));
  CHECK("2026-11-26T09:30:15+01:00" == when("aujourd\u2019hui"));
  CHECK("2026-11-25T09:30:15+01:00" == when("yesterday"));
  CHECK("2026-11-25T09:30:15+01:00" == when("  Yesterday\n"));
  CHECK("2026-11-25T09:30:15+01:00" == when("hier"));
  CHECK("2026-11-25T09:30:15+01:00" == when("HIER"));
  CHECK("2026-11-26T08:00:00+01:00" == when("08:00"));
  CHECK("2026-11-26T08:00:00+01:00" == when("8:00"));
  CHECK("2026-11-26T00:00:00+01:00" == when("00:00"));
  CHECK("2026-11-26T09:30:00+01:00" == when("09:30"));
  CHECK("2026-11-26T09:31:00+01:00" == when("09:31"));  // within the minute of slack
  CHECK("2026-11-20T12:00:00+01:00" == when("2026-11-20"));
  CHECK("2026-11-25T12:00:00+01:00" == when("\t2026-11-25 "));
  CHECK("2026-11-26T09:30:15+01:00" == when("2026-11-26"));  // noon is still to come: now
  CHECK("2026-11-20T18:45:00+01:00" == when("2026-11-20 18:45"));
  CHECK("2026-11-20T18:45:00+01:00" == when("2026-11-20T18:45"));
  CHECK("2026-11-20T18:45:00+01:00" == when("2026-11-20t18:45"));
  CHECK("2024-02-29T23:59:00+01:00" == when("2024-02-29 23:59"));
  CHECK("2026-11-26T08:00:00+00:00" == when("2026-11-26T08:00:00Z"));
  CHECK("2026-11-26T10:00:00+02:00" == when("2026-11-26T10:00:00+02:00"));
  CHECK("2026-11-26T10:00:00+02:00" == when("2026-11-26 10:00+0200"));
  CHECK("2026-11-26T09:30:15+01:00" == when("2026-11-26T09:30:15.9+01:00"));
  CHECK("1970-01-01T12:00:00+01:00" == when("1970-01-01"));
  CHECK("1970-01-01T00:00:00+00:00" == when("1970-01-01T00:00:00Z"));
}

TEST_CASE("parse_when: refusals, each naming the value and what is accepted") {
  const std::string forms = accepted_forms;
  CHECK("--at: '31/12' is not a date or time" + forms == error_of("31/12"));
  CHECK("--at: 'tomorrow' is not a date or time" + forms == error_of("tomorrow"));
  CHECK("--at: '2026-11-26T09:30:00' is not a date or time" + forms == error_of("2026-11-26T09:30:00"));
  CHECK("--at: '2026-1-5' is not a date or time" + forms == error_of("2026-1-5"));
  CHECK("--at: '1:2' is not a date or time" + forms == error_of("1:2"));
  CHECK("--at: '123:45' is not a date or time" + forms == error_of("123:45"));
  CHECK("--at: 'today now' is not a date or time" + forms == error_of("today now"));
  CHECK("--at: the value is empty" + forms == error_of(""));
  CHECK("--at: the value is empty" + forms == error_of(" \t\n"));
  CHECK("--at: '2100-01-01' is in the future" == error_of("2100-01-01"));
  CHECK("--at: '2026-11-27' is in the future" == error_of("2026-11-27"));
  CHECK("--at: '09:32' is in the future" == error_of("09:32"));
  CHECK("--at: '23:00' is in the future" == error_of("23:00"));
  CHECK("--at: '2026-11-26 10:00' is in the future" == error_of("2026-11-26 10:00"));
  CHECK("--at: '2026-11-26T09:32:00+01:00' is in the future" == error_of("2026-11-26T09:32:00+01:00"));
  CHECK("--at: '1900-01-01' is before 1970-01-01" == error_of("1900-01-01"));
  CHECK("--at: '1969-12-31 23:59' is before 1970-01-01" == error_of("1969-12-31 23:59"));
  CHECK("--at: '1970-01-01 00:30' is before 1970-01-01" == error_of("1970-01-01 00:30"));  // 23:30 UTC the day before
  CHECK("--at: '1969-12-31T23:59:59Z' is before 1970-01-01" == error_of("1969-12-31T23:59:59Z"));
  CHECK("--at: '2026-02-30' is not a valid date; 2026-02 has 28 days" == error_of("2026-02-30"));
  CHECK("--at: '2026-02-29 10:00' is not a valid date; 2026-02 has 28 days" == error_of("2026-02-29 10:00"));
  CHECK("--at: '2026-04-31T10:00Z' is not a valid date; 2026-04 has 30 days" == error_of("2026-04-31T10:00Z"));
  CHECK("--at: '2026-13-01' is not a valid date; months run from 01 to 12" == error_of("2026-13-01"));
  CHECK("--at: '2026-00-01' is not a valid date; months run from 01 to 12" == error_of("2026-00-01"));
  CHECK("--at: '2026-11-00' is not a valid date; 2026-11 has 30 days" == error_of("2026-11-00"));
  CHECK("--at: '25:00' is not a valid time; use 00:00 to 23:59" == error_of("25:00"));
  CHECK("--at: '24:00' is not a valid time; use 00:00 to 23:59" == error_of("24:00"));
  CHECK("--at: '12:60' is not a valid time; use 00:00 to 23:59" == error_of("12:60"));
  CHECK("--at: '2026-11-20 25:00' is not a valid time; use 00:00 to 23:59" == error_of("2026-11-20 25:00"));
  CHECK("--at: '2026-11-20T23:59:60Z' is not a valid time; use 00:00 to 23:59" == error_of("2026-11-20T23:59:60Z"));
  CHECK("--at: '2026-11-20T10:00+19:00' has an invalid UTC offset; use Z or +HH:MM within +-18:00" ==
        error_of("2026-11-20T10:00+19:00"));
  CHECK("--at: '2026-11-20T10:00+01:75' has an invalid UTC offset; use Z or +HH:MM within +-18:00" ==
        error_of("2026-11-20T10:00+01:75"));
}

TEST_CASE("parse_when: a hostile value is never echoed raw") {
  CHECK("--at: '\\x1b[31mred' is not a date or time" + accepted_forms == error_of("\x1b[31mred"));
  CHECK(std::string::npos == error_of("a\nb").find('\n'));
  CHECK(0 == error_of("a\nb").find("--at: 'a\\nb' "));
  CHECK(0 == error_of("a\rb\x7f").find("--at: 'a\\x0db\\x7f' "));
  CHECK(0 == error_of("\xff\xfe").find("--at: '\\xff\\xfe' "));
  CHECK(0 == error_of("\xc2\x9b" "2J").find("--at: '\\x9b2J' "));        // C1 CSI
  CHECK(0 == error_of("\xe2\x80\xae" "abc").find("--at: '\\u202eabc' "));  // right-to-left override
  CHECK(0 == error_of("\xe2\x80").find("--at: '\\xe2\\x80' "));            // truncated sequence
  CHECK(0 == error_of("\xc0\xaf").find("--at: '\\xc0\\xaf' "));            // overlong
  CHECK(0 == error_of("d\xc3\xa9j\xc3\xa0").find("--at: 'd\xc3\xa9j\xc3\xa0' "));  // "déjà" kept as is
  const std::string long_value(1'000'000, 'x');
  CHECK(0 == parse_when(long_value, now, paris_winter).error.find("--at: '" + std::string(39, 'x') + "\u2026' "));
  CHECK(300 > parse_when(long_value, now, paris_winter).error.size());
  CHECK(0 == error_of(std::string(45, '\x01').c_str()).find("--at: '" + [] {
              std::string s;
              for (int i = 0; i < 39; ++i) s += "\\x01";
              return s;
            }() + "\u2026' "));
  CHECK("--at: 'a\\x00b' is not a date or time" + accepted_forms ==
        parse_when(std::string_view("a\0b", 3), now, paris_winter).error);
}

TEST_CASE("parse_when: the refusal as a message to translate: the msgid, the option first, then the values") {
  const WhenResult r = parse_when("2026-02-30", now, paris_winter);
  CHECK("{}: '{}' is not a valid date; {} has {} days" == r.message.msgid);
  CHECK(std::vector<std::string>{"--at", "2026-02-30", "2026-02", "28"} == r.message.args);
  CHECK("--at: '2026-02-30' is not a valid date; 2026-02 has 28 days" == r.error);
  CHECK(r.error == english(r.message));
  CHECK(parse_when("yesterday", now, paris_winter).message.msgid.empty());
}

TEST_CASE("english: each {} filled in order, and with no arguments the text as it is") {
  CHECK("no request with id 7" == english({"no request with id {}", {"7"}}));
  CHECK("a 1 b 2 c" == english({"a {} b {} c", {"1", "2"}}));
  CHECK("a {x} b {}" == english({"a {x} b {}", {}}));
  CHECK("a 1 b {}" == english({"a {} b {}", {"1"}}));  // a missing argument leaves its {}
  CHECK("{}" == english({"{}", {"{}"}}));              // an argument is never read again
  const usage_error e("line {}: \"{}\" must be a string", {"3", "text"});
  CHECK(std::string("line 3: \"text\" must be a string") == e.what());
  CHECK("line {}: \"{}\" must be a string" == e.message().msgid);
  CHECK(std::string("plain {text}") == usage_error("plain {text}").message().msgid);
}

TEST_CASE("parse_when: every accepted instant is at most a minute after now and not before 1970") {
  const char* texts[] = {"today", "yesterday", "09:31", "00:00", "2026-11-26", "1970-01-01", "2026-11-26T09:31:15+01:00"};
  for (const char* t : texts) {
    CAPTURE(t);
    const WhenResult r = parse_when(t, now, paris_winter);
    REQUIRE(r.instant.has_value());
    CHECK(r.error.empty());
    CHECK(r.instant->utc <= now.utc + 60);
    CHECK(r.instant->utc >= 0);
  }
}

TEST_CASE("parse_when: local times resolved in the system zone across DST (Europe/Paris)") {
  ScopedTz tz("Europe/Paris");
  const auto z = system_zone();
  const Instant spring_now = z->at(iso("2026-03-30T10:00:00+02:00").utc);
  CHECK("2026-03-29T03:30:00+02:00" == format_iso8601(*parse_when("2026-03-29 02:30", spring_now, *z).instant));
  CHECK("2026-03-29T01:30:00+01:00" == format_iso8601(*parse_when("2026-03-29 01:30", spring_now, *z).instant));
  CHECK("2026-03-29T12:00:00+02:00" == format_iso8601(*parse_when("2026-03-29", spring_now, *z).instant));
  CHECK("2026-03-29T10:00:00+02:00" == format_iso8601(*parse_when("yesterday", spring_now, *z).instant));
  const Instant autumn_now = z->at(iso("2026-10-26T10:00:00+01:00").utc);
  CHECK("2026-10-25T02:30:00+02:00" == format_iso8601(*parse_when("2026-10-25 02:30", autumn_now, *z).instant));
  CHECK("2026-10-25T10:00:00+01:00" == format_iso8601(*parse_when("hier", autumn_now, *z).instant));
  // Noon on 25 October is after the change back, so CET.
  CHECK("2026-10-25T12:00:00+01:00" == format_iso8601(*parse_when("2026-10-25", autumn_now, *z).instant));
  // An explicit offset is kept as given, whatever the zone.
  CHECK("2026-10-25T02:30:00-05:00" == format_iso8601(*parse_when("2026-10-25T02:30-05:00", autumn_now, *z).instant));
}

TEST_CASE("parse_when: 'HH:MM' and 'yesterday' use the zone's local day, not UTC's") {
  const Instant late{iso("2026-11-26T23:30:00Z").utc, 3600};  // 00:30 on the 27th in Paris
  const FixedZone zone{3600};
  CHECK("2026-11-27T00:10:00+01:00" == format_iso8601(*parse_when("00:10", late, zone).instant));
  CHECK("2026-11-26T00:30:00+01:00" == format_iso8601(*parse_when("yesterday", late, zone).instant));
  CHECK("--at: '2026-11-28' is in the future" == parse_when("2026-11-28", late, zone).error);
  CHECK("2026-11-27T00:30:00+01:00" == format_iso8601(*parse_when("2026-11-27", late, zone).instant));
}

// ---- The everyday forms (issue 13): a day, a time, both, in English and French ----------------
// `now` is Thursday 2026-11-26 09:30:15 in a fixed +01:00.

TEST_CASE("parse_when: now and maintenant") {
  CHECK("2026-11-26T09:30:15+01:00" == when("now"));
  CHECK("2026-11-26T09:30:15+01:00" == when(" NOW "));
  CHECK("2026-11-26T09:30:15+01:00" == when("maintenant"));
  CHECK("2026-11-26T09:30:15+01:00" == when("Maintenant"));
}

TEST_CASE("parse_when: a time alone, 24-hour and 12-hour, is today") {
  CHECK("2026-11-26T09:00:00+01:00" == when("9h"));
  CHECK("2026-11-26T09:00:00+01:00" == when("09h"));
  CHECK("2026-11-26T09:30:00+01:00" == when("9h30"));
  CHECK("2026-11-26T09:05:00+01:00" == when("09H05"));
  CHECK("2026-11-26T09:05:00+01:00" == when("9 h 05"));
  CHECK("2026-11-26T09:05:00+01:00" == when("9 h05"));
  CHECK("2026-11-26T09:05:00+01:00" == when("9h 05"));
  CHECK("2026-11-26T00:00:00+01:00" == when("0h"));
  CHECK("2026-11-26T06:00:00+01:00" == when("6am"));
  CHECK("2026-11-26T06:00:00+01:00" == when("6 AM"));
  CHECK("2026-11-26T06:00:00+01:00" == when("6 a.m."));
  CHECK("2026-11-26T08:15:00+01:00" == when("8:15am"));
  CHECK("2026-11-26T08:15:00+01:00" == when("8:15 am"));
  CHECK("2026-11-26T00:00:00+01:00" == when("12am"));  // midnight
  CHECK("2026-11-26T00:30:00+01:00" == when("12:30am"));
  CHECK("2026-11-25T12:00:00+01:00" == when("yesterday 12pm"));  // noon
  CHECK("2026-11-25T12:45:00+01:00" == when("yesterday 12:45 p.m."));
  CHECK("2026-11-25T13:00:00+01:00" == when("yesterday 1pm"));
  CHECK("2026-11-25T23:00:00+01:00" == when("yesterday 11pm"));
}

TEST_CASE("parse_when: today, yesterday and the day before, with a time") {
  CHECK("2026-11-26T08:00:00+01:00" == when("today 08:00"));
  CHECK("2026-11-26T08:00:00+01:00" == when("today at 8am"));
  CHECK("2026-11-26T08:00:00+01:00" == when("aujourd'hui à 8h"));
  CHECK("2026-11-26T08:00:00+01:00" == when("aujourd\u2019hui 8h"));
  CHECK("2026-11-25T18:00:00+01:00" == when("yesterday 18:00"));
  CHECK("2026-11-25T18:00:00+01:00" == when("yesterday at 6pm"));
  CHECK("2026-11-25T18:30:00+01:00" == when("yesterday 6:30pm"));
  CHECK("2026-11-25T18:00:00+01:00" == when("hier 18h"));
  CHECK("2026-11-25T18:30:00+01:00" == when("hier à 18h30"));
  CHECK("2026-11-25T18:30:00+01:00" == when("HIER À 18H30"));
  CHECK("2026-11-25T18:30:00+01:00" == when("hier a 18h30"));  // a keyboard without accents
  CHECK("2026-11-25T18:30:00+01:00" == when("hier 18 h 30"));
  CHECK("2026-11-25T07:05:00+01:00" == when("hier 7:05"));
  CHECK("2026-11-24T09:30:15+01:00" == when("avant-hier"));
  CHECK("2026-11-24T09:30:15+01:00" == when("avant hier"));
  CHECK("2026-11-24T09:30:15+01:00" == when("the day before yesterday"));
  CHECK("2026-11-24T18:00:00+01:00" == when("the day before yesterday at 18:00"));
  CHECK("2026-11-24T18:00:00+01:00" == when("Avant-hier à 18h"));
}

TEST_CASE("parse_when: a date with a one- or two-digit hour") {
  CHECK("2026-11-01T09:05:00+01:00" == when("2026-11-01 9:05"));
  CHECK("2026-11-01T09:05:00+01:00" == when("2026-11-01T9:05"));
  CHECK("2026-11-01T09:05:00+01:00" == when("2026-11-01 à 9h05"));
  CHECK("2026-11-01T21:05:00+01:00" == when("2026-11-01 at 9:05pm"));
  CHECK("2026-11-26T09:30:00+01:00" == when("2026-11-26 9:30"));
  CHECK("2026-11-26T09:30:00+01:00" == when("2026-11-26  09:30"));
}

TEST_CASE("parse_when: blanks around are ignored and runs of them inside read as one") {
  CHECK("2026-11-25T18:30:00+01:00" == when("  hier   à \t 18h30 \n"));
  CHECK("2026-11-25T18:00:00+01:00" == when("hier\u00a018h"));                    // NBSP
  CHECK("2026-11-26T09:05:00+01:00" == when("9\u202fh\u202f05"));                  // narrow NBSP
  CHECK("2026-11-25T18:00:00+01:00" == when("\u00a0yesterday\t\tat\u00a0 6pm\u00a0"));
}

TEST_CASE("parse_when: weekdays, English and French, full and short, on a Thursday") {
  // Thursday 2026-11-26: Monday was the 23rd, Friday the 20th; a day alone is noon.
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"monday", "2026-11-23T12:00:00+01:00"},
      {"Mon", "2026-11-23T12:00:00+01:00"},
      {"mon.", "2026-11-23T12:00:00+01:00"},
      {"lundi", "2026-11-23T12:00:00+01:00"},
      {"lun.", "2026-11-23T12:00:00+01:00"},
      {"LUN", "2026-11-23T12:00:00+01:00"},
      {"Monday.", "2026-11-23T12:00:00+01:00"},
      {"tuesday", "2026-11-24T12:00:00+01:00"},
      {"tue", "2026-11-24T12:00:00+01:00"},
      {"tues.", "2026-11-24T12:00:00+01:00"},
      {"mardi", "2026-11-24T12:00:00+01:00"},
      {"mar.", "2026-11-24T12:00:00+01:00"},
      {"wednesday", "2026-11-25T12:00:00+01:00"},
      {"wed", "2026-11-25T12:00:00+01:00"},
      {"mercredi", "2026-11-25T12:00:00+01:00"},
      {"mer", "2026-11-25T12:00:00+01:00"},
      {"friday", "2026-11-20T12:00:00+01:00"},
      {"fri", "2026-11-20T12:00:00+01:00"},
      {"vendredi", "2026-11-20T12:00:00+01:00"},
      {"ven.", "2026-11-20T12:00:00+01:00"},
      {"saturday", "2026-11-21T12:00:00+01:00"},
      {"sat", "2026-11-21T12:00:00+01:00"},
      {"samedi", "2026-11-21T12:00:00+01:00"},
      {"sam.", "2026-11-21T12:00:00+01:00"},
      {"sunday", "2026-11-22T12:00:00+01:00"},
      {"sun", "2026-11-22T12:00:00+01:00"},
      {"dimanche", "2026-11-22T12:00:00+01:00"},
      {"dim.", "2026-11-22T12:00:00+01:00"},
      {"dimanche.", "2026-11-22T12:00:00+01:00"},
      {"thu", "2026-11-26T09:30:15+01:00"},
      {"thur", "2026-11-26T09:30:15+01:00"},
      {"thurs.", "2026-11-26T09:30:15+01:00"},
      {"jeu", "2026-11-26T09:30:15+01:00"},
      {"jeudi", "2026-11-26T09:30:15+01:00"},
      {"last monday", "2026-11-23T12:00:00+01:00"},
      {"lundi dernier", "2026-11-23T12:00:00+01:00"},
      {"last friday 6pm", "2026-11-20T18:00:00+01:00"},
      {"vendredi dernier à 18h", "2026-11-20T18:00:00+01:00"},
      {"friday at 6:30 pm", "2026-11-20T18:30:00+01:00"},
      {"ven. 18h30", "2026-11-20T18:30:00+01:00"},
      {"last sun 9:05", "2026-11-22T09:05:00+01:00"},
      {"sam. dernier", "2026-11-21T12:00:00+01:00"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(c.expected == when(c.text));
  }
}

TEST_CASE("parse_when: today's weekday is today while the time fits, else a week ago, 'last' never today") {
  // A day alone: noon, and noon is still to come, so now (as for today's date).
  CHECK("2026-11-26T09:30:15+01:00" == when("thursday"));
  CHECK("2026-11-26T08:00:00+01:00" == when("thursday 08:00"));
  CHECK("2026-11-26T09:31:00+01:00" == when("jeudi 9h31"));         // within the minute of slack
  CHECK("2026-11-19T09:32:00+01:00" == when("jeudi 9h32"));         // still to come today
  CHECK("2026-11-19T18:00:00+01:00" == when("thursday 6pm"));
  CHECK("2026-11-19T12:00:00+01:00" == when("last thursday"));
  CHECK("2026-11-19T12:00:00+01:00" == when("jeudi dernier"));
  CHECK("2026-11-19T08:00:00+01:00" == when("last thursday 8am"));  // even when the time fits today
  CHECK("2026-11-25T12:00:00+01:00" == when("last wednesday"));     // yesterday, 1 day back
  CHECK("2026-11-20T12:00:00+01:00" == when("last friday"));        // 6 days back
  // After noon a weekday that is today is noon today.
  const Instant afternoon{now.utc + 6 * 3600, 3600};  // 15:30:15
  CHECK("2026-11-26T12:00:00+01:00" == format_iso8601(*parse_when("jeudi", afternoon, paris_winter).instant));
}

TEST_CASE("parse_when: every weekday from every day of a week lands 0 to 6 days back (1 to 7 with last)") {
  const char* names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  const char* french[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
  int bad = 0;
  for (int k = 0; k < 7; ++k) {
    const Instant n{now.utc + k * 86400, 3600};  // Thursday 09:30:15, then Friday...
    const std::int64_t today = local_day(n);
    for (int w = 0; w < 7; ++w) {
      for (const std::string& text : {std::string(names[w]) + " 08:00", std::string(french[w]) + " 8h",
                                      "last " + std::string(names[w]), std::string(french[w]) + " dernier",
                                      std::string(names[w]) + " 23:00"}) {
        CAPTURE(text);
        const WhenResult r = parse_when(text, n, paris_winter);
        REQUIRE(r.instant.has_value());
        const std::int64_t day = local_day(*r.instant);
        const std::int64_t back = today - day;
        const bool last = text.find("last") != std::string::npos || text.find("dernier") != std::string::npos;
        const bool evening = text.ends_with("23:00");  // still to come on the day itself
        if ((day + 3) % 7 != w) ++bad;  // the day named (Monday-based, day 0 a Thursday)
        if (back < (last || evening ? 1 : 0) || back > (last || evening ? 7 : 6)) ++bad;
        if (r.instant->utc > n.utc + 60) ++bad;
      }
    }
  }
  CHECK(0 == bad);
}

TEST_CASE("parse_when: N days ago and il y a N jours keep the time of day, or take the time given") {
  CHECK("2026-11-25T09:30:15+01:00" == when("1 day ago"));
  CHECK("2026-11-25T09:30:15+01:00" == when("1 days ago"));
  CHECK("2026-11-25T09:30:15+01:00" == when("a day ago"));
  CHECK("2026-11-25T09:30:15+01:00" == when("one day ago"));
  CHECK("2026-11-25T09:30:15+01:00" == when("il y a 1 jour"));
  CHECK("2026-11-25T09:30:15+01:00" == when("il y a un jour"));
  CHECK("2026-11-25T09:30:15+01:00" == when("Il Y A 1 Jours"));
  CHECK("2026-11-23T09:30:15+01:00" == when("3 days ago"));
  CHECK("2026-11-23T09:30:15+01:00" == when("il y a 3 jours"));
  CHECK("2026-11-23T18:00:00+01:00" == when("3 days ago 18:00"));
  CHECK("2026-11-23T18:00:00+01:00" == when("3 days ago at 6pm"));
  CHECK("2026-11-23T18:30:00+01:00" == when("il y a 3 jours à 18h30"));
  CHECK("2026-11-16T09:30:15+01:00" == when("10 days ago"));
  CHECK("2016-11-28T09:30:15+01:00" == when("3650 days ago"));
  CHECK("2016-11-28T09:30:15+01:00" == when("il y a 3650 jours"));
  CHECK("2016-11-28T09:30:15+01:00" == when("0003650 days ago"));  // leading zeros do not count
  CHECK("2026-11-23T09:30:15+01:00" == when("03 days ago"));
}

TEST_CASE("parse_when: the day a value names without a time, for --since") {
  auto day = [](const char* text) { return parse_when(text, now, paris_winter).day; };
  CHECK(day_of(2026, 11, 26) == day("today"));
  CHECK(day_of(2026, 11, 25) == day("hier"));
  CHECK(day_of(2026, 11, 24) == day("avant-hier"));
  CHECK(day_of(2026, 11, 23) == day("monday"));
  CHECK(day_of(2026, 11, 26) == day("thursday"));
  CHECK(day_of(2026, 11, 19) == day("last thursday"));
  CHECK(day_of(2026, 11, 23) == day("il y a 3 jours"));
  CHECK(day_of(2026, 11, 20) == day("2026-11-20"));
  CHECK(day_of(2026, 11, 26) == day("2026-11-26"));
  CHECK(std::nullopt == day("now"));
  CHECK(std::nullopt == day("09:00"));
  CHECK(std::nullopt == day("hier 18h"));
  CHECK(std::nullopt == day("2026-11-20 10:00"));
  CHECK(std::nullopt == day("2026-11-20T10:00Z"));
  CHECK(std::nullopt == day("2026-11-27"));  // refused: no day either
}

TEST_CASE("parse_when: a known shape with a wrong value says what is wrong") {
  CHECK("--at: '25h' is not a valid time; use 00:00 to 23:59" == error_of("25h"));
  CHECK("--at: '18h75' is not a valid time; use 00:00 to 23:59" == error_of("18h75"));
  CHECK("--at: 'hier 24h' is not a valid time; use 00:00 to 23:59" == error_of("hier 24h"));
  CHECK("--at: 'yesterday 23:60' is not a valid time; use 00:00 to 23:59" == error_of("yesterday 23:60"));
  CHECK("--at: 'lundi 25:00' is not a valid time; use 00:00 to 23:59" == error_of("lundi 25:00"));
  CHECK("--at: 'yesterday 6:75pm' is not a valid time; use 00:00 to 23:59" == error_of("yesterday 6:75pm"));
  const std::string twelve = " is not a valid time; with am or pm, the hour runs from 1 to 12";
  CHECK("--at: '13pm'" + twelve == error_of("13pm"));
  CHECK("--at: '0am'" + twelve == error_of("0am"));
  CHECK("--at: 'yesterday 0pm'" + twelve == error_of("yesterday 0pm"));
  CHECK("--at: '13:30 PM'" + twelve == error_of("13:30 PM"));
  const std::string days = " is not a number of days ago; use 1 to 3650";
  CHECK("--at: '0 days ago'" + days == error_of("0 days ago"));
  CHECK("--at: '3651 days ago'" + days == error_of("3651 days ago"));
  CHECK("--at: 'il y a 0 jour'" + days == error_of("il y a 0 jour"));
  CHECK("--at: 'il y a 99999 jours'" + days == error_of("il y a 99999 jours"));
  CHECK("--at: '99999999999999999999999 days ago'" + days == error_of("99999999999999999999999 days ago"));
  CHECK("--at: '2026-02-30 9:05' is not a valid date; 2026-02 has 28 days" == error_of("2026-02-30 9:05"));
  CHECK("--at: '2026-13-01 6pm' is not a valid date; months run from 01 to 12" == error_of("2026-13-01 6pm"));
  // The value is shown as typed (trimmed), not as the parser reads it.
  CHECK("--at: 'HIER  À 25H' is not a valid time; use 00:00 to 23:59" == error_of("  HIER  À 25H "));
}

TEST_CASE("parse_when: anything else is refused with the list of what is accepted") {
  const char* bad[] = {
      "tomorrow", "demain", "next monday", "lundi prochain", "last", "last week", "dernier", "6pm yesterday",
      "18h hier", "hier 18", "18h5", "9h305", "18hh", "18 30", "monday monday", "lundi lundi dernier",
      "last lundi dernier", "now 18h", "maintenant 9h", "hier à", "yesterday at", "yesterday at at 6pm",
      "hier,18h", "il y a jours", "il y a 3", "3 days", "days ago", "-3 days ago", "3 day ago ago",
      "il y a trois jours", "three days ago", "2 weeks ago", "6 pm pm", "6p", "6pmx", "mon..",
      "mondays", "lundis", "ago", "at 6pm", "à 18h", "t9:05", "2026-11-20 t9:05", "2026-11-20tt9:05",
      "2026-11-20 9", "2026-11-20 9:5", "2026-11-20 9:05:00", "2026-11-20T09:30:00", "18h30m", "l'hier",
      "aujourd''hui", "today today",
  };
  for (const char* s : bad) {
    CAPTURE(s);
    CHECK("--at: '" + std::string(s) + "' is not a date or time" + accepted_forms == error_of(s));
  }
}

TEST_CASE("parse_when: the new forms refuse the future") {
  CHECK("--at: '6pm' is in the future" == error_of("6pm"));
  CHECK("--at: '18h' is in the future" == error_of("18h"));
  CHECK("--at: 'today 18h' is in the future" == error_of("today 18h"));
  CHECK("--at: 'aujourd'hui à 9h32' is in the future" == error_of("aujourd'hui à 9h32"));
  CHECK("--at: '12pm' is in the future" == error_of("12pm"));
  CHECK("--at: '2026-11-27 9:00' is in the future" == error_of("2026-11-27 9:00"));
  CHECK("--at: '2026-11-26 6pm' is in the future" == error_of("2026-11-26 6pm"));
  CHECK("2026-11-26T09:31:00+01:00" == when("9h31"));  // the minute of slack
  CHECK("--at: '9h32' is in the future" == error_of("9h32"));
}

TEST_CASE("parse_when: the new forms refuse instants before 1970") {
  const Instant early{86400 + 9 * 3600, 3600};  // Friday 1970-01-02 10:00 +01:00
  auto error = [&](const char* text) { return parse_when(text, early, paris_winter).error; };
  CHECK("--at: '2 days ago' is before 1970-01-01" == error("2 days ago"));
  CHECK("--at: 'il y a 3650 jours' is before 1970-01-01" == error("il y a 3650 jours"));
  CHECK("--at: 'hier 0h30' is before 1970-01-01" == error("hier 0h30"));  // 23:30 UTC the day before
  CHECK("--at: 'last friday' is before 1970-01-01" == error("last friday"));
  CHECK("--at: 'monday' is before 1970-01-01" == error("monday"));
  CHECK("--at: 'the day before yesterday 6pm' is before 1970-01-01" == error("the day before yesterday 6pm"));
  CHECK("1970-01-01T12:00:00+01:00" == format_iso8601(*parse_when("jeudi", early, paris_winter).instant));
  CHECK("1970-01-01T01:00:00+01:00" == format_iso8601(*parse_when("hier 1h", early, paris_winter).instant));
  CHECK("1970-01-01T10:00:00+01:00" == format_iso8601(*parse_when("1 day ago", early, paris_winter).instant));
}

TEST_CASE("parse_when: hostile values in the new forms are never echoed raw") {
  CHECK(0 == error_of("hier \x1b[31m18h").find("--at: 'hier \\x1b[31m18h' is not a date or time"));
  CHECK(0 == error_of("il y a \x1b[2J jours").find("--at: 'il y a \\x1b[2J jours' "));
  CHECK(0 == error_of("18h\xe2\x80\xae").find("--at: '18h\\u202e' "));
  CHECK(0 == error_of("lundi\x7f").find("--at: 'lundi\\x7f' "));
  CHECK(0 == error_of("hier 25h\x07").find("--at: 'hier 25h\\x07' "));
  CHECK(0 == parse_when(std::string_view("hier\0 18h", 9), now, paris_winter)
                .error.find("--at: 'hier\\x00 18h' "));
  // Blanks inside a refused value are shown escaped too, the line stays one line.
  const std::string multi = error_of("hier\n25h");
  CHECK(0 == multi.find("--at: 'hier\\n25h' is not a valid time"));
  CHECK(std::string::npos == multi.find('\n'));
  const std::string long_days = std::string(5000, '9') + " days ago";
  CHECK(0 == parse_when(long_days, now, paris_winter)
                .error.find("--at: '" + std::string(39, '9') + "\u2026' is not a number"));
  const std::string bidi = [] {
    std::string s;
    for (int i = 0; i < 1000; ++i) s += "\xe2\x80\xae";
    return s;
  }();
  CHECK(500 > parse_when(bidi, now, paris_winter).error.size());  // 40 characters escaped at most
}

TEST_CASE("parse_when: the new forms across DST in the system zone (Europe/Paris)") {
  ScopedTz tz("Europe/Paris");
  const auto z = system_zone();
  auto at = [&](const char* text, Instant n) {
    const WhenResult r = parse_when(text, n, *z);
    return r.instant ? format_iso8601(*r.instant) : "error: " + r.error;
  };
  // Monday 2026-03-30 10:00 CEST; on Sunday the 29th, 02:00-03:00 never happened.
  const Instant spring = z->at(iso("2026-03-30T10:00:00+02:00").utc);
  CHECK("2026-03-29T03:30:00+02:00" == at("hier 2h30", spring));  // in the gap: moved forward
  CHECK("2026-03-29T03:30:00+02:00" == at("last sunday 2:30am", spring));
  CHECK("2026-03-29T01:30:00+01:00" == at("yesterday 1:30", spring));
  CHECK("2026-03-29T03:00:00+02:00" == at("dimanche 3h", spring));
  CHECK("2026-03-29T12:00:00+02:00" == at("sunday", spring));
  CHECK("2026-03-28T10:00:00+01:00" == at("2 days ago", spring));  // the same wall-clock time
  CHECK("2026-03-28T10:00:00+01:00" == at("il y a 2 jours à 10h", spring));
  CHECK("2026-03-30T10:00:00+02:00" == at("monday", spring));  // noon is still to come
  CHECK(day_of(2026, 3, 29) == parse_when("dimanche", spring, *z).day);
  // Monday 2026-10-26 10:00 CET; on Sunday the 25th, 02:00-03:00 happened twice.
  const Instant autumn = z->at(iso("2026-10-26T10:00:00+01:00").utc);
  CHECK("2026-10-25T02:30:00+02:00" == at("hier 2h30", autumn));  // the earlier
  CHECK("2026-10-25T02:30:00+02:00" == at("sunday 2:30am", autumn));
  CHECK("2026-10-25T03:00:00+01:00" == at("yesterday 3am", autumn));
  CHECK("2026-10-25T01:59:00+02:00" == at("dimanche dernier 1h59", autumn));
  CHECK("2026-10-24T10:00:00+02:00" == at("il y a 2 jours", autumn));
  CHECK("2026-10-19T12:00:00+02:00" == at("last monday", autumn));
}

TEST_CASE("parse_when: the new forms use the zone's local day, not UTC's") {
  const Instant late{iso("2026-11-26T23:30:00Z").utc, 3600};  // Friday 00:30 on the 27th in Paris
  const FixedZone zone{3600};
  CHECK("2026-11-27T00:30:00+01:00" == format_iso8601(*parse_when("friday", late, zone).instant));
  CHECK("2026-11-26T12:00:00+01:00" == format_iso8601(*parse_when("thursday", late, zone).instant));
  CHECK("2026-11-26T18:00:00+01:00" == format_iso8601(*parse_when("hier 18h", late, zone).instant));
  CHECK("2026-11-27T00:10:00+01:00" == format_iso8601(*parse_when("12:10am", late, zone).instant));
  CHECK("2026-11-20T18:00:00+01:00" == format_iso8601(*parse_when("friday 6pm", late, zone).instant));
}
