// microask stats charts, run in process (fixture.hpp): the terminal chart (--chart,
// --no-chart, COLUMNS) and stats --svg (figures equal to stats --json, well-formed, errors).
// On a real terminal, and the ASCII fallback there: tests/e2e/terminal_test.cpp.
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fixture.hpp"

using namespace microask::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* xmllint = "/usr/bin/xmllint";

void log_at(const Sandbox& s, const std::string& text, int stress, const std::string& response,
            const std::string& at) {
  auto r = s.run({"log", text, "-s", std::to_string(stress), "-r", response, "--at", at});
  REQUIRE_MESSAGE(0 == r.code, r.err);
}

void predicted(const Sandbox& s, const std::string& text, int expected, int stress, const std::string& response,
               const std::string& at) {
  REQUIRE(0 == s.run({"plan", "--yes", text}).code);
  REQUIRE(0 == s.run({"ask", "--expect-stress", std::to_string(expected)}).code);
  auto r = s.run({"log", "-s", std::to_string(stress), "-r", response, "--at", at});
  REQUIRE_MESSAGE(0 == r.code, r.err);
}

// Some months with gaps, in both languages, some with predictions (now is 2026-11-26).
void seed(const Sandbox& s) {
  log_at(s, "Ask the baker to slice the bread", 7, "yes", "2026-08-04 09:10");
  log_at(s, "Demander au voisin de garder mon colis", 8, "no", "2026-08-06 18:30");
  log_at(s, "Ask the waiter for a glass of water", 6, "discussion", "2026-08-14 20:00");
  predicted(s, "Ask Tom to lend me his stapler", 8, 5, "yes", "2026-09-08 14:00");
  log_at(s, "Demander l'heure à un passant", 3, "no", "2026-09-10 09:00");
  predicted(s, "Demander à Léa de m'envoyer la recette", 7, 4, "discussion", "2026-10-13 19:00");
  log_at(s, "Ask a neighbour for a cup of sugar", 3, "yes", "2026-10-21 19:00");
  log_at(s, "Ask a colleague for five minutes of help", 4, "no", "2026-10-22 11:00");
  log_at(s, "Ask the gym staff for a towel", 2, "yes", "2026-11-12 18:00");
  predicted(s, "Demander au caviste un conseil sur un vin", 6, 2, "yes", "2026-11-24 09:00");
  log_at(s, "Ask the barista to use my own cup", 1, "no", "2026-11-25 08:00");
}

bool has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

using Attributes = std::map<std::string, std::string>;

// The attributes of every element of the SVG that starts with `start` (e.g. `<g class="week"`).
std::vector<Attributes> elements(const std::string& svg, const std::string& start) {
  std::vector<Attributes> found;
  const std::regex attr(R"re(([a-z-]+)="([^"]*)")re");
  for (auto at = svg.find(start); at != std::string::npos; at = svg.find(start, at + 1)) {
    const auto element = svg.substr(at, svg.find('>', at) - at);
    Attributes a;
    for (auto it = std::sregex_iterator(element.begin(), element.end(), attr); it != std::sregex_iterator(); ++it)
      a[(*it)[1].str()] = (*it)[2].str();
    found.push_back(a);
  }
  return found;
}

// The SVG's figures must be those of stats --json for the same options.
void check_svg_matches_json(const Sandbox& s, const std::vector<std::string>& options) {
  const auto path = (s.dir() / "chart.svg").string();
  auto args = std::vector<std::string>{"stats", "--svg", path};
  args.insert(args.end(), options.begin(), options.end());
  auto r = s.run(args);
  REQUIRE_MESSAGE(0 == r.code, r.err);
  const auto svg = read_file(path);
  args = {"stats", "--json"};
  args.insert(args.end(), options.begin(), options.end());
  const auto j = json::parse(s.run(args).out);

  const auto weeks = elements(svg, "<g class=\"week\"");
  REQUIRE(j["weeks"].size() == weeks.size());
  std::set<std::string> felt_weeks, expected_weeks;
  for (std::size_t i = 0; i < weeks.size(); ++i) {
    const auto& w = weeks[i];
    const auto& jw = j["weeks"][i];
    INFO("week ", jw["week"].get<std::string>());
    CHECK(jw["week"] == w.at("data-week"));
    CHECK(jw["start"] == w.at("data-start"));
    CHECK(jw["end"] == w.at("data-end"));
    for (const char* key : {"requests", "yes", "no", "discussion"})
      CHECK_MESSAGE(jw[key].get<long long>() == std::stoll(w.at(std::string("data-") + key)), key);
    for (const auto& [key, attr, set] :
         {std::tuple{"stress_mean", "data-stress-mean", &felt_weeks},
          std::tuple{"expected_stress_mean", "data-expected-stress-mean", &expected_weeks}}) {
      if (jw[key].is_null()) {
        CHECK(0 == w.count(attr));
      } else {
        REQUIRE(1 == w.count(attr));
        CHECK(jw[key].get<double>() == doctest::Approx(std::stod(w.at(attr))));
        set->insert(jw["week"].get<std::string>());
      }
    }
    // The bar's segments add up to the week's requests.
    long long in_bars = 0;
    const auto from = svg.find("data-week=\"" + w.at("data-week") + "\"");
    const auto group = svg.substr(from, svg.find("</g>", from) - from);
    for (const auto& rect : elements(group, "<rect class=")) in_bars += std::stoll(rect.at("data-count"));
    CHECK(jw["requests"].get<long long>() == in_bars);
  }
  // One point per week with a value, at that value.
  for (const auto& [cls, set, key] : {std::tuple{"felt", &felt_weeks, "stress_mean"},
                                      std::tuple{"expected", &expected_weeks, "expected_stress_mean"}}) {
    std::set<std::string> pointed;
    for (const auto& p : elements(svg, std::string("<circle class=\"point ") + cls + "\"")) {
      pointed.insert(p.at("data-week"));
      const auto it = std::find_if(j["weeks"].begin(), j["weeks"].end(),
                                   [&](const json& jw) { return jw["week"] == p.at("data-week"); });
      REQUIRE(it != j["weeks"].end());
      CHECK((*it)[key].get<double>() == doctest::Approx(std::stod(p.at("data-stress"))));
    }
    CHECK(*set == pointed);
  }
}

}  // namespace

TEST_CASE("chart: none on a pipe, drawn with --chart after the table, never with --json or --csv") {
  Sandbox s;
  seed(s);
  auto plain = s.run({"stats"});
  REQUIRE(0 == plain.code);
  CHECK_FALSE(has(plain.out, "█"));
  CHECK_FALSE(has(plain.out, "stress from 0 to 10"));

  auto chart = s.run({"stats", "--chart"});
  REQUIRE(0 == chart.code);
  CHECK(chart.out.starts_with(plain.out));  // the table first, unchanged
  CHECK(has(chart.out, "2026-W48  2 █"));
  CHECK(has(chart.out, "▒"));
  CHECK(has(chart.out, "Stress felt"));
  CHECK(has(chart.out, "Stress expected"));
  CHECK(has(chart.out, "█ yes  ▒ no  ░ discussion   stress from 0 to 10: ▁▂▃▄▅▆▇█"));
  CHECK_FALSE(has(chart.out, "\x1b["));  // no colour on a pipe

  for (auto args : std::vector<std::vector<std::string>>{{"stats", "--chart", "--json"},
                                                         {"stats", "--chart", "--csv"},
                                                         {"stats", "--chart", "--no-chart"}}) {
    auto r = s.run(args);
    CHECK_MESSAGE(2 == r.code, args[2]);
    CHECK(r.out.empty());
  }
  CHECK(0 == s.run({"stats", "--no-chart", "--json"}).code);
}

TEST_CASE("chart: bars fit COLUMNS") {
  Sandbox s;
  seed(s);
  for (int columns : {40, 80, 200}) {
    s.env["COLUMNS"] = std::to_string(columns);
    const auto out = s.run({"stats", "--chart", "--weeks", "4"}).out;
    const auto chart = out.substr(out.find("\n\n") + 2);
    std::size_t widest = 0;
    std::istringstream lines(chart);
    for (std::string line; std::getline(lines, line);) {
      std::size_t width = 0;  // every character of the chart is one column wide
      for (char c : line) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
      widest = std::max(widest, width);
      CHECK_MESSAGE(width <= static_cast<std::size_t>(columns - 1), line);
    }
    CHECK(widest >= static_cast<std::size_t>(columns) - 12);  // the longest bar fills the line
  }
}

TEST_CASE("chart: an empty journal gets a note, and no journal is created") {
  Sandbox s;
  auto r = s.run({"stats", "--chart"});
  CHECK(0 == r.code);
  CHECK(has(r.out, "No requests made in these weeks: nothing to chart yet."));
  CHECK_FALSE(fs::exists(s.db()));
}

TEST_CASE("chart: stats --svg has the figures of stats --json") {
  Sandbox s;
  seed(s);
  check_svg_matches_json(s, {});
  check_svg_matches_json(s, {"--weeks", "12"});
  check_svg_matches_json(s, {"--all"});
  check_svg_matches_json(s, {"--all", "--week-start", "sunday"});
}

TEST_CASE("chart: stats --svg writes well-formed, standalone SVG") {
  REQUIRE_MESSAGE(fs::exists(xmllint), "xmllint is missing: apt-get install libxml2-utils");
  Sandbox s;
  seed(s);
  for (auto options : std::vector<std::vector<std::string>>{{}, {"--all"}, {"--weeks", "150"}}) {
    const auto path = (s.dir() / "chart.svg").string();
    auto args = std::vector<std::string>{"stats", "--svg", path};
    args.insert(args.end(), options.begin(), options.end());
    REQUIRE(0 == s.run(args).code);
    auto lint = run_process(xmllint, {"--noout", path}, s.env);
    CHECK_MESSAGE(0 == lint.code, lint.err);
    CHECK(lint.err.empty());
    const auto svg = read_file(path);
    CHECK(has(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(has(svg, "<title id=\"chart-title\">Requests made per week</title>"));
    for (const char* banned : {"<script", "href", "url(", "<image", "<foreignObject"})
      CHECK_FALSE_MESSAGE(has(svg, banned), banned);
  }
  // Also on an empty journal, without creating it.
  Sandbox empty;
  const auto path = (empty.dir() / "empty.svg").string();
  REQUIRE(0 == empty.run({"stats", "--svg", path}).code);
  CHECK(0 == run_process(xmllint, {"--noout", path}, empty.env).code);
  CHECK_FALSE(fs::exists(empty.db()));
}

TEST_CASE("chart: stats --svg says where it wrote on stderr, stdout stays the table, JSON or CSV") {
  Sandbox s;
  seed(s);
  const auto path = (s.dir() / "c.svg").string();
  auto j = s.run({"stats", "--json", "--svg", path});
  REQUIRE(0 == j.code);
  CHECK(json::accept(j.out));
  CHECK("Wrote the chart to " + path + "\n" == j.err);

  auto table = s.run({"stats", "--svg", path});
  CHECK(0 == table.code);
  CHECK(s.run({"stats"}).out == table.out);

  // Replaces an existing file.
  std::ofstream(path) << "old";
  REQUIRE(0 == s.run({"stats", "--csv", "--svg", path}).code);
  CHECK(read_file(path).starts_with("<?xml"));

  // "-": the SVG alone on standard output.
  auto out = s.run({"stats", "--svg", "-"});
  CHECK(0 == out.code);
  CHECK(out.out.starts_with("<?xml"));
  CHECK(out.out == read_file(path));
  CHECK(out.err.empty());
  CHECK(2 == s.run({"stats", "--svg", "-", "--json"}).code);
}

TEST_CASE("chart: stats --svg to a path that cannot be written: exit 2, one line naming it, nothing left") {
  Sandbox s;
  seed(s);
  // Short names: the message quotes at most 40 columns of a path.
  std::ofstream(s.dir() / "f") << "x";
  fs::create_directory(s.dir() / "d");
  const auto before = [&] {
    std::set<std::string> names;
    for (const auto& e : fs::recursive_directory_iterator(s.dir()))
      if (!e.path().filename().string().starts_with("journal.db")) names.insert(e.path().string());
    return names;
  };
  const auto listing = before();
  for (const auto& path : {(s.dir() / "no" / "c.svg").string(), (s.dir() / "f" / "c.svg").string(),
                           (s.dir() / "d").string()}) {
    auto r = s.run({"stats", "--svg", path});
    CHECK_MESSAGE(2 == r.code, path);
    CHECK(r.out.empty());
    CHECK_MESSAGE(has(r.err, path), r.err);
    CHECK(1 == std::count(r.err.begin(), r.err.end(), '\n'));
    CHECK(listing == before());
  }
  CHECK("x" == read_file(s.dir() / "f"));
  if (::geteuid() != 0) {  // root writes anywhere
    fs::permissions(s.dir() / "d", fs::perms::owner_read | fs::perms::owner_exec);
    auto r = s.run({"stats", "--svg", (s.dir() / "d" / "c.svg").string()});
    CHECK(2 == r.code);
    CHECK(fs::is_empty(s.dir() / "d"));
  }
}
