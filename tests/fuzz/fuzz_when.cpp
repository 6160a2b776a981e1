// libFuzzer target for the `--at` parser: arbitrary bytes -> parse_when and parse_iso8601,
// with a fixed "now" and fixed zones. Any broken invariant aborts with a message.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "microask/calendar.hpp"

namespace {

using namespace microask;

void require(bool ok, const char* what, std::string_view input) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_when: invariant broken: %s (input %zu bytes)\n", what, input.size());
  std::abort();
}

// 2026-11-26T09:30:15+01:00.
constexpr Instant now{1795681815, 3600};
constexpr std::int32_t max_offset = 18 * 3600;

void check_instant(const Instant& t, std::string_view input) {
  require(t.offset >= -max_offset && t.offset <= max_offset, "offset within +-18:00", input);
  const std::string text = format_iso8601(t);
  const auto back = parse_iso8601(text);
  require(back.has_value() && *back == t, "format_iso8601 parses back to the same instant", input);
  require(format_local_minute(t).size() >= 16, "format_local_minute", input);
  const std::int64_t day = local_day(t);
  require(format_date(day) == text.substr(0, text.find('T')), "local_day agrees with format_iso8601", input);
  const IsoWeek w = iso_week(day);
  require(w.week >= 1 && w.week <= 53, "ISO week in 1..53", input);
  for (const WeekStart ws : {WeekStart::monday, WeekStart::sunday}) {
    const std::int64_t start = week_start_day(day, ws);
    require(start <= day && day - start <= 6, "week_start_day within the 6 days before", input);
    require(!week_label(start, ws).empty(), "week_label", input);
  }
}

void check_when(std::string_view input, const TimeZone& zone) {
  const WhenResult r = parse_when(input, now, zone);
  require(r.instant.has_value() == r.error.empty(), "either an instant or an error", input);
  if (r.instant) {
    check_instant(*r.instant, input);
    require(r.instant->utc <= now.utc + 60, "no instant more than a minute after now", input);
    require(r.instant->utc >= 0, "no instant before 1970", input);
    // What is accepted, written back in ISO 8601, is accepted again as the same instant.
    const WhenResult again = parse_when(format_iso8601(*r.instant), now, zone);
    require(again.instant && *again.instant == *r.instant, "parse_when(format_iso8601(t)) == t", input);
    // A day named without a time (what --since starts at midnight) is the instant's day, or
    // today when the instant is now (a weekday or a date whose noon is still to come).
    if (r.day) require(*r.day == local_day(*r.instant) || *r.instant == now, "the day named is the instant's", input);
    return;
  }
  require(!r.day, "no day without an instant", input);
  require(r.error.rfind("--at", 0) == 0, "the error names --at", input);
  // The longest message and 40 characters of the value escaped ("\u202e": 6 bytes each).
  require(r.error.size() < 512, "the error is short whatever the input", input);
  for (const char c : r.error) {
    const auto b = static_cast<unsigned char>(c);
    require(b >= 0x20 && b != 0x7f, "the error is one line without control characters", input);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  if (const auto t = parse_iso8601(input)) check_instant(*t, input);

  static const FixedZone paris_winter{3600};
  static const FixedZone marquesas{-(9 * 3600 + 1800)};
  check_when(input, paris_winter);
  check_when(input, marquesas);
  return 0;
}
