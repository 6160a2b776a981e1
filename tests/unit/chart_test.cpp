// The terminal chart (cli/output/chart.hpp) and the SVG chart (cli/output/svg.hpp): pure functions of the
// weekly figures. Messages are untranslated here (no catalogue is bound).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/output/chart.hpp"
#include "cli/output/svg.hpp"
#include "microask/text.hpp"

using namespace microask;
using namespace microask::cli;

namespace {

const Style utf8{false, true};
const Style ascii{false, false};
const Style colour{true, true};

WeekRow week(std::string label, std::int64_t yes, std::int64_t no, std::int64_t discussion,
             std::optional<double> felt = {}, std::optional<double> expected = {}) {
  WeekRow w;
  w.label = std::move(label);
  w.yes = yes, w.no = no, w.discussion = discussion;
  w.requests = yes + no + discussion;
  w.stress_mean = felt;
  w.expected_stress_mean = expected;
  if (expected) {  // every entry of the week carried a prediction: felt on them is felt
    w.predicted = w.requests;
    w.predicted_stress_mean = felt;
  }
  return w;
}

WeeklyStats stats_of(std::vector<WeekRow> rows) {
  WeeklyStats s;
  std::int64_t start = 20'000;
  for (auto& r : rows) {
    r.start = start, r.end = start + 6;
    start += 7;
  }
  s.weeks = std::move(rows);
  return s;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

bool all_ascii(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Every match of `pattern`'s first group.
std::vector<std::string> all_of(const std::string& text, const std::string& pattern) {
  std::vector<std::string> found;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
    found.push_back((*it)[1].str());
  return found;
}

// The attributes of the element that starts at `open` (up to its first '>').
std::map<std::string, std::string> attributes(const std::string& element) {
  std::map<std::string, std::string> attrs;
  const std::regex re(R"re(([a-z-]+)="([^"]*)")re");
  for (auto it = std::sregex_iterator(element.begin(), element.end(), re); it != std::sregex_iterator(); ++it)
    attrs[(*it)[1].str()] = (*it)[2].str();
  return attrs;
}

std::vector<std::string> elements(const std::string& svg, const std::string& start) {
  std::vector<std::string> found;
  for (auto at = svg.find(start); at != std::string::npos; at = svg.find(start, at + 1))
    found.push_back(svg.substr(at, svg.find('>', at) - at + 1));
  return found;
}

}  // namespace

TEST_CASE("stress_level maps 0..10 onto the eight blocks, or the ten ASCII levels") {
  CHECK("▁" == stress_level(0, utf8));
  CHECK("▅" == stress_level(5, utf8));
  CHECK("█" == stress_level(10, utf8));
  CHECK("_" == stress_level(0, ascii));
  CHECK("+" == stress_level(5, ascii));
  CHECK("@" == stress_level(10, ascii));
  // Out of range is clamped, never an index out of bounds.
  CHECK("▁" == stress_level(-3, utf8));
  CHECK("█" == stress_level(42, utf8));
  CHECK("_" == stress_level(std::nan(""), ascii));
}

TEST_CASE("sparkline: one character per week, a gap where there is no value") {
  const std::vector<std::optional<double>> v{1.0, std::nullopt, 9.0, 0.0};
  CHECK("▂·▇▁" == sparkline(v, utf8));
  CHECK(". %_" == sparkline(v, ascii));
  CHECK("" == sparkline({}, utf8));
}

TEST_CASE("request_bars: one line per week, segments in proportion, the longest bar fills the width") {
  const auto s = stats_of({week("2026-W46", 2, 1, 1), week("2026-W47", 0, 0, 0), week("2026-W48", 1, 0, 0)});
  const auto text = request_bars(s, utf8, 80);
  const auto lines = lines_of(text);
  REQUIRE(3 == lines.size());
  CHECK(lines[0].starts_with("2026-W46  4 "));
  CHECK("2026-W47  0" == lines[1]);
  CHECK(lines[2].starts_with("2026-W48  1 "));
  // 80 columns less one, less "2026-W46  4 ": 67 columns for 4 requests, 16 each.
  CHECK(32 == count(lines[0], "█"));
  CHECK(16 == count(lines[0], "▒"));
  CHECK(16 == count(lines[0], "░"));
  CHECK(16 == count(lines[2], "█"));
  for (const auto& l : lines) CHECK(display_width(l) <= 79);
  CHECK(text.find('\x1b') == std::string::npos);
}

TEST_CASE("request_bars: ASCII without UTF-8, colours only when asked") {
  const auto s = stats_of({week("2026-W48", 1, 1, 1)});
  const auto a = request_bars(s, ascii, 40);
  CHECK(all_ascii(a));
  CHECK(a.find('#') != std::string::npos);
  CHECK(a.find('=') != std::string::npos);
  CHECK(a.find('~') != std::string::npos);
  const auto c = request_bars(s, colour, 40);
  CHECK(c.find("\x1b[32m█") != std::string::npos);
  CHECK(c.find("\x1b[34m▒") != std::string::npos);
  CHECK(c.find("\x1b[33m░") != std::string::npos);
}

TEST_CASE("request_bars: more requests than columns scales down, and a request is never invisible") {
  const auto s = stats_of({week("2026-W47", 150, 40, 10), week("2026-W48", 0, 1, 0)});
  const auto lines = lines_of(request_bars(s, utf8, 40));
  REQUIRE(2 == lines.size());
  for (const auto& l : lines) CHECK(display_width(l) <= 39);
  CHECK(1 == count(lines[1], "▒"));
  CHECK(count(lines[0], "█") > count(lines[0], "▒"));
  CHECK(count(lines[0], "▒") > count(lines[0], "░"));
  // A terminal narrower than the labels still gets bars (they wrap, but they are there).
  CHECK(count(request_bars(s, utf8, 5), "█") > 0);
}

TEST_CASE("request_bars: a note instead of empty bars") {
  const auto s = stats_of({week("2026-W47", 0, 0, 0), week("2026-W48", 0, 0, 0)});
  CHECK("No requests made in these weeks: nothing to chart yet.\n" == request_bars(s, utf8, 80));
  CHECK("No requests made in these weeks: nothing to chart yet.\n" == render_chart(s, utf8, 80));
}

TEST_CASE("stress_sparklines: felt, and with a prediction felt and expected on the same entries, wrapped when narrow") {
  auto s = stats_of({week("2026-W46", 1, 0, 0, 6.0), week("2026-W47", 0, 0, 0), week("2026-W48", 2, 0, 0, 2.0)});
  CHECK("Stress felt  ▅·▂\n" == stress_sparklines(s, utf8, 80));
  // One of the two entries of W48 had a prediction: it felt 3 for 7 expected.
  s.weeks[2].predicted = 1;
  s.weeks[2].predicted_stress_mean = 3.0;
  s.weeks[2].expected_stress_mean = 7.0;
  CHECK("Stress felt           ▅·▂\nFelt, when predicted  ··▃\nStress expected       ··▆\n" ==
        stress_sparklines(s, utf8, 80));
  CHECK("" == stress_sparklines(stats_of({week("2026-W48", 0, 0, 0)}), utf8, 80));

  std::vector<WeekRow> many;
  for (int i = 0; i < 25; ++i) many.push_back(week("w" + std::to_string(i), 1, 0, 0, i % 11, 5.0));
  const auto lines = lines_of(stress_sparklines(stats_of(many), utf8, 30));
  // 30 columns less one, less the labels (20) and their gap leave 7: a line still takes 10
  // weeks (the least), so 3 blocks of felt, felt when predicted, expected.
  REQUIRE(9 == lines.size());
  CHECK(lines[6].starts_with("Stress felt"));
  CHECK(lines[7].starts_with("Felt, when predicted"));
  CHECK(lines[8].starts_with("Stress expected"));
}

TEST_CASE("chart_legend names the answers and the stress scale, on two lines when narrow") {
  CHECK("█ yes  ▒ no  ░ discussion   stress from 0 to 10: ▁▂▃▄▅▆▇█\n" == chart_legend(utf8, 80));
  CHECK("# yes  = no  ~ discussion   stress from 0 to 10: _.-:=+*#%@\n" == chart_legend(ascii, 80));
  CHECK("█ yes  ▒ no  ░ discussion\nstress from 0 to 10: ▁▂▃▄▅▆▇█\n" == chart_legend(utf8, 40));
  // Colour codes do not count in the width.
  CHECK(1 == lines_of(chart_legend(colour, 60)).size());
}

TEST_CASE("render_chart: bars, sparklines, legend") {
  const auto s = stats_of({week("2026-W47", 1, 1, 0, 4.0), week("2026-W48", 0, 0, 1, 3.0, 5.0)});
  const auto lines = lines_of(render_chart(s, utf8, 80));
  REQUIRE(6 == lines.size());
  CHECK(lines[0].starts_with("2026-W47  2 "));
  CHECK(lines[2].starts_with("Stress felt"));
  CHECK(lines[3].starts_with("Felt, when predicted"));
  CHECK(lines[4].starts_with("Stress expected"));
  CHECK(lines[5].starts_with("█ yes"));
}

TEST_CASE("chart_width: COLUMNS, else the terminal, else 80") {
  std::ostringstream out, err;
  std::istringstream in;
  std::map<std::string, std::string> env;
  Context ctx{out, err, in, false, true, {}, {}, {}};
  ctx.getenv = [&](const char* name) -> const char* {
    auto it = env.find(name);
    return it == env.end() ? nullptr : it->second.c_str();
  };
  CHECK(80 == chart_width(ctx));
  ctx.terminal_columns = 132;
  CHECK(132 == chart_width(ctx));
  env["COLUMNS"] = "50";
  CHECK(50 == chart_width(ctx));
  for (const char* bad : {"", "0", "-4", "wide", "123456"}) {
    env["COLUMNS"] = bad;
    CHECK_MESSAGE(132 == chart_width(ctx), bad);
  }
}

TEST_CASE("xml_escape") {
  CHECK("a&lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;" == xml_escape("a<b> & \"c\" 'd'"));
  CHECK("semaine 48 · é" == xml_escape("semaine 48 · é"));
  CHECK("tab\tok, bell \xEF\xBF\xBD" == xml_escape("tab\tok, bell \x07"));
}

TEST_CASE("render_svg: one group per week with the figures of stats --json") {
  const auto s = stats_of({week("2026-W45", 0, 0, 0), week("2026-W46", 2, 1, 1, 4.5, 6.0),
                           week("2026-W47", 1, 0, 0, 2.0 / 3.0 * 10.0), week("2026-W48", 0, 1, 0, 3.0)});
  const auto svg = render_svg(s);
  CHECK(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
  CHECK(svg.ends_with("</svg>\n"));
  const auto groups = elements(svg, "<g class=\"week\"");
  REQUIRE(4 == groups.size());
  const auto w46 = attributes(groups[1]);
  CHECK("2026-W46" == w46.at("data-week"));
  CHECK("4" == w46.at("data-requests"));
  CHECK("2" == w46.at("data-yes"));
  CHECK("1" == w46.at("data-no"));
  CHECK("1" == w46.at("data-discussion"));
  CHECK("4.5" == w46.at("data-stress-mean"));
  CHECK("6" == w46.at("data-expected-stress-mean"));
  CHECK(w46.at("data-start") < w46.at("data-end"));
  // Means rounded to two decimals as in stats --json; no attribute where there is no mean.
  CHECK("6.67" == attributes(groups[2]).at("data-stress-mean"));
  CHECK(0 == attributes(groups[0]).count("data-stress-mean"));
  CHECK(0 == attributes(groups[2]).count("data-expected-stress-mean"));
}

TEST_CASE("render_svg: stacked bars in proportion, yes at the bottom") {
  const auto svg = render_svg(stats_of({week("2026-W48", 2, 1, 0)}));
  const auto rects = elements(svg, "<rect class=");
  REQUIRE(2 == rects.size());
  const auto yes = attributes(rects[0]), no = attributes(rects[1]);
  CHECK("yes" == yes.at("class"));
  CHECK("no" == no.at("class"));
  CHECK("2" == yes.at("data-count"));
  const double yes_h = std::stod(yes.at("height")), no_h = std::stod(no.at("height"));
  CHECK(yes_h == doctest::Approx(2 * no_h).epsilon(0.01));
  // "no" sits right on top of "yes".
  CHECK(std::stod(no.at("y")) + no_h == doctest::Approx(std::stod(yes.at("y"))).epsilon(0.001));
}

TEST_CASE("render_svg: stress lines break at a gap, points on a 0..10 scale") {
  const auto s = stats_of({week("a", 1, 0, 0, 0.0), week("b", 1, 0, 0, 10.0), week("c", 0, 0, 0),
                           week("d", 1, 0, 0, 5.0), week("e", 0, 0, 0), week("f", 1, 0, 0, 2.0, 3.0),
                           week("g", 1, 0, 0, 4.0, 4.0)});
  const auto svg = render_svg(s);
  // felt: a-b, then d alone (a point, no line), then f-g; expected: f-g.
  CHECK(2 == count(svg, "<polyline class=\"line felt\""));
  CHECK(1 == count(svg, "<polyline class=\"line expected\""));
  const auto felt = elements(svg, "<circle class=\"point felt\"");
  const auto expected = elements(svg, "<circle class=\"point expected\"");
  REQUIRE(5 == felt.size());
  REQUIRE(2 == expected.size());
  CHECK("d" == attributes(felt[2]).at("data-week"));
  CHECK("5" == attributes(felt[2]).at("data-stress"));
  const double y0 = std::stod(attributes(felt[0]).at("cy")), y10 = std::stod(attributes(felt[1]).at("cy")),
               y5 = std::stod(attributes(felt[2]).at("cy"));
  CHECK(y10 < y0);
  CHECK(y5 == doctest::Approx((y0 + y10) / 2));
  // The first polyline joins exactly the points of a and b.
  const auto line = attributes(elements(svg, "<polyline class=\"line felt\"")[0]).at("points");
  CHECK(line == attributes(felt[0]).at("cx") + "," + attributes(felt[0]).at("cy") + " " +
                    attributes(felt[1]).at("cx") + "," + attributes(felt[1]).at("cy"));
}

TEST_CASE("render_svg: standalone, with a title, a legend and axis ticks") {
  const auto svg = render_svg(stats_of({week("2026-W47", 3, 0, 0, 4.0), week("2026-W48", 1, 1, 1, 2.0)}));
  for (const char* banned : {"<script", "href", "url(", "@import", "<image", "<foreignObject", "<style"})
    CHECK_MESSAGE(svg.find(banned) == std::string::npos, banned);
  CHECK(svg.find("<title id=\"chart-title\">Requests made per week</title>") != std::string::npos);
  CHECK(svg.find("2026-W47 to 2026-W48: 6 requests made (4 yes, 1 no, 1 discussion)") != std::string::npos);
  for (const char* name : {">yes<", ">no<", ">discussion<", ">stress felt<", ">stress expected<"})
    CHECK_MESSAGE(svg.find(name) != std::string::npos, name);
  CHECK((std::vector<std::string>{"0", "1", "2", "3", "4", "5"}) ==
        all_of(svg, R"re(<text class="tick requests"[^>]*>([^<]*)<)re"));
  CHECK((std::vector<std::string>{"0", "2", "4", "6", "8", "10"}) ==
        all_of(svg, R"re(<text class="tick stress"[^>]*>([^<]*)<)re"));
}

TEST_CASE("render_svg: the requests axis grows in round steps") {
  const auto ticks = [](std::int64_t most) {
    return all_of(render_svg(stats_of({week("w", most, 0, 0)})), R"re(<text class="tick requests"[^>]*>([^<]*)<)re");
  };
  CHECK("5" == ticks(0).back());
  CHECK("5" == ticks(5).back());
  CHECK("10" == ticks(6).back());
  CHECK("25" == ticks(23).back());
  CHECK("30" == ticks(26).back());
  CHECK("40" == ticks(31).back());
  CHECK("75" == ticks(61).back());
  CHECK("1000" == ticks(901).back());
}

TEST_CASE("render_svg: week labels flat when few, rotated and thinned when many, the current week always shown") {
  std::vector<WeekRow> few, many;
  for (int i = 0; i < 4; ++i) few.push_back(week(fmt::format("2026-W{:02}", 40 + i), 1, 0, 0));
  for (int i = 0; i < 150; ++i) many.push_back(week(fmt::format("label-{:03}", i), 1, 0, 0));
  const auto label_texts = [](const std::string& svg) {
    const auto from = svg.find("<g class=\"week-labels\"");
    return all_of(svg.substr(from, svg.find("</g>", from) - from), R"re(<text [^>]*>([^<]*)<)re");
  };
  const auto f = render_svg(stats_of(few));
  CHECK(4 == label_texts(f).size());
  CHECK(f.find("rotate(-45") == std::string::npos);
  const auto m = render_svg(stats_of(many));
  const auto shown = label_texts(m);
  CHECK(m.find("rotate(-45") != std::string::npos);
  CHECK(shown.size() < 150);
  CHECK(shown.size() >= 150 / 3);
  CHECK("label-149" == shown.back());
  CHECK(150 == elements(m, "<g class=\"week\"").size());
}

TEST_CASE("render_svg: an empty journal still gives a chart, with a note") {
  const auto svg = render_svg(stats_of({week("2026-W47", 0, 0, 0), week("2026-W48", 0, 0, 0)}));
  CHECK(svg.find("No requests made in these weeks yet.") != std::string::npos);
  CHECK(0 == count(svg, "<rect class="));
  CHECK(0 == count(svg, "<circle class=\"point"));
}

TEST_CASE("render_svg: labels are escaped") {
  const auto svg = render_svg(stats_of({week("<b>&\"", 1, 0, 0, 1.0)}));
  CHECK(svg.find("<b>") == std::string::npos);
  CHECK(svg.find("data-week=\"&lt;b&gt;&amp;&quot;\"") != std::string::npos);
}
