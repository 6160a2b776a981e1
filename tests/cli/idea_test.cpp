// What to ask next (issue 12), run in process: `idea` and its options, `plan --idea` and
// `plan --level`, the ladder going up and down as requests are logged, nothing left at a
// level or in a language, spacing, and the idea a failed plan offers instead.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "fixture.hpp"
#include "microask/ideas.hpp"

using namespace microask::test;
using nlohmann::json;
using microask::Idea;
using microask::Lang;

namespace {

bool has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

Result ok(const Sandbox& s, const std::vector<std::string>& args, int code = 0) {
  auto r = s.run(args);
  REQUIRE_MESSAGE(code == r.code, args[0] << ": " << r.out << r.err);
  return r;
}

std::vector<Idea> at_level(Lang lang, int level) {
  std::vector<Idea> out;
  for (const Idea& i : microask::catalogue(lang))
    if (i.level == level) out.push_back(i);
  return out;
}

// Plans what `idea` offers, asks it and logs it with this felt stress, an hour apart
// going back from MICROASK_NOW (2026-11-26 10:00 UTC): returns the idea's JSON.
json do_offered(const Sandbox& s, int stress, int hour) {
  const auto planned = json::parse(ok(s, {"idea", "--plan", "--json"}).out);
  const auto id = std::to_string(planned["id"].get<long long>());
  ok(s, {"log", id, "-s", std::to_string(stress), "-r", "no", "--at", "2026-11-25 " + std::to_string(hour) + ":00"});
  return planned;
}

}  // namespace

TEST_CASE("idea: a new journal is offered a level-1 idea in English, with the command to plan it") {
  Sandbox s;
  const auto r = ok(s, {"idea"});
  const Idea first = at_level(Lang::en, 1).front();
  CHECK(has(r.out, "\"" + std::string(first.text) + "\""));
  CHECK(has(r.out, "Idea " + std::string(first.id) + ": level 1, "));
  CHECK(has(r.out, "Ladder: level 1, where it starts"));
  CHECK(has(r.out, "plan --idea " + std::string(first.id) + "\n"));
  CHECK(has(r.out, "microask --db " + s.db().string() + " plan --idea"));
  CHECK_FALSE(std::filesystem::exists(s.db()));  // showing an idea creates nothing
  const auto j = json::parse(ok(s, {"idea", "--json"}).out);
  CHECK(j == json{{"id", first.id}, {"text", first.text}, {"lang", "en"}, {"level", 1}, {"setting", first.setting}});
  CHECK("fr" == json::parse(ok(s, {"idea", "--lang", "fr", "--json"}).out)["lang"]);
}

TEST_CASE("idea --plan and plan --idea save the idea with its id and level, it is not offered again") {
  Sandbox s;
  const auto first = json::parse(ok(s, {"idea", "--json"}).out);
  const auto planned = json::parse(ok(s, {"idea", "--plan", "--json"}).out);
  CHECK(planned["text"] == first["text"]);
  CHECK(planned["idea"] == first["id"]);
  CHECK(planned["level"] == 1);
  CHECK(planned["micro"] == true);
  CHECK(s.query("SELECT idea || ' ' || level FROM requests") == first["id"].get<std::string>() + " 1");
  const auto next = json::parse(ok(s, {"idea", "--json"}).out);
  CHECK(next["id"] != first["id"]);
  // plan --idea: any idea by its id, in either language, even one planned before.
  const Idea fr = at_level(Lang::fr, 4).front();
  const auto r = ok(s, {"plan", "--idea", std::string(fr.id)});
  CHECK(has(r.out, std::string(fr.text)));
  CHECK(s.query("SELECT text || ' ' || level || ' ' || lang FROM requests WHERE idea = '" + std::string(fr.id) + "'") ==
        std::string(fr.text) + " 4 fr");
  CHECK(0 == s.run({"plan", "--idea", first["id"].get<std::string>()}).code);
  // plan --check --idea saves nothing.
  const auto before = s.count("requests");
  CHECK(0 == s.run({"plan", "--check", "--idea", std::string(fr.id)}).code);
  CHECK(before == s.count("requests"));
}

TEST_CASE("plan --idea and --level refuse what they cannot take, and the journal is untouched") {
  Sandbox s;
  ok(s, {"plan", "Ask the librarian where the atlases are"});
  const auto before = s.query("SELECT group_concat(text || level, '|') FROM requests");
  for (const auto& [args, says] : std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"plan", "--idea", "en-moon-01"}, "--idea: no idea has the id 'en-moon-01'; microask idea --list shows them"},
           {{"plan", "--idea", "en-shop-01", "Ask Tom for a pen"}, "text excludes --idea"},
           {{"plan", "--level", "6", "Ask Tom for a pen"}, "--level: '6' is not a level; use a whole number from 1 to 5"},
           {{"plan", "--level", "two", "Ask Tom for a pen"}, "--level: 'two' is not a level"},
           {{"plan", "--level", "2"}, "--level needs a request"},
           {{"idea", "--level", "0"}, "--level: '0' is not a level"},
           {{"idea", "--lang", "de"}, "--lang: 'de' is not a language of the ideas; use en or fr"},
           {{"idea", "--setting", "moon"}, "--setting: 'moon' is not a setting; use shop, cafe, street"},
           {{"idea", "--list", "--plan"}, "--list excludes --plan"}}) {
    const auto r = s.run(args);
    CHECK_MESSAGE(2 == r.code, args[1]);
    CHECK_MESSAGE(has(r.err, says), r.err);
    CHECK(1 == std::count(r.err.begin(), r.err.end(), '\n'));
  }
  CHECK(before == s.query("SELECT group_concat(text || level, '|') FROM requests"));
}

TEST_CASE("plan --level gives a typed request its level, without it, the level its words suggest") {
  Sandbox s;
  const auto given = json::parse(ok(s, {"plan", "--json", "--level", "4", "Ask Tom for a pen"}).out);
  CHECK(given["level"] == 4);
  CHECK(given["idea"].is_null());
  const auto suggested = json::parse(ok(s, {"plan", "--json", "Ask the librarian where the atlases are"}).out);
  CHECK(suggested["level"].is_number_integer());
  CHECK(s.query("SELECT group_concat(level, ',') FROM requests ORDER BY id") ==
        "4," + std::to_string(suggested["level"].get<int>()));
}

TEST_CASE("the ladder: three calm requests at a level go one up, three hard ones one down, stats shows it") {
  Sandbox s;
  for (int i = 0; i < 3; ++i) CHECK(1 == do_offered(s, 2, 1 + i)["level"]);
  auto r = ok(s, {"idea"});
  CHECK(has(r.out, ": level 2, "));
  CHECK(has(r.out, "Ladder: level 2 since 2026-11-25: your last 3 requests at level 1 felt calm (mean stress 2.0), so "
                   "one step up"));
  auto ladder = json::parse(ok(s, {"stats", "--json"}).out)["ladder"];
  CHECK(ladder == json{{"level", 2}, {"since", "2026-11-25T03:00:00+00:00"}, {"from", 1}, {"requests_at_level", 0},
                       {"stress_mean", nullptr}});
  CHECK(has(ok(s, {"stats"}).out, "Ladder: level 2 since 2026-11-25"));
  // Two at level 2 count, not yet a move.
  CHECK(2 == do_offered(s, 8, 4)["level"]);
  CHECK(2 == do_offered(s, 9, 5)["level"]);
  CHECK(has(ok(s, {"idea"}).out, "2 requests logged at this level (mean felt stress 8.5"));
  CHECK(2 == do_offered(s, 7, 6)["level"]);
  r = ok(s, {"idea"});
  CHECK(has(r.out, ": level 1, "));
  CHECK(has(r.out, "your last 3 requests at level 2 felt hard (mean stress 8.0), so one step down"));
  ladder = json::parse(ok(s, {"stats", "--json"}).out)["ladder"];
  CHECK(ladder["level"] == 1);
  CHECK(ladder["from"] == 2);
  // --level asks for another level whatever the ladder says.
  r = ok(s, {"idea", "--level", "5"});
  CHECK(has(r.out, ": level 5, "));
  CHECK(has(r.out, "Level 5, as you asked (the ladder is at 1)."));
}

TEST_CASE("idea: nothing left at a level, then the nearest level, a language with no idea left") {
  Sandbox s;
  const auto ones = at_level(Lang::en, 1);
  for (std::size_t i = 0; i < ones.size(); ++i) ok(s, {"idea", "--level", "1", "--plan"});
  auto r = s.run({"idea", "--level", "1"});
  CHECK(1 == r.code);
  CHECK(r.out.empty());
  CHECK(has(r.err, "no idea left at level 1 in English; " +
                       std::to_string(microask::catalogue(Lang::en).size() - ones.size()) +
                       " left at other levels (microask idea --list)"));
  CHECK("[]" == ok(s, {"idea", "--level", "1", "--list", "--json"}).out.substr(0, 2));
  r = ok(s, {"idea"});
  CHECK(has(r.out, ": level 2, "));
  CHECK(has(r.out, "No idea is left at level 1: this one is the nearest level that has some."));
  // French still has all of its own; planned one by one, none is left.
  for (const Idea& i : microask::catalogue(Lang::fr)) ok(s, {"plan", "--idea", std::string(i.id)});
  r = s.run({"idea", "--lang", "fr"});
  CHECK(1 == r.code);
  CHECK(has(r.err, "no idea left in French: every one of them is planned already; try the other language with --lang"));
  CHECK("[]\n" == ok(s, {"idea", "--lang", "fr", "--list", "--json"}).out);
  CHECK(has(ok(s, {"idea", "--lang", "fr", "--list"}).out, "No idea left here"));
  CHECK(0 == s.run({"idea", "--lang", "en"}).code);
}

TEST_CASE("idea --list: the ideas not planned yet, by level and setting, --setting takes a word of either language") {
  Sandbox s;
  const auto all = json::parse(ok(s, {"idea", "--list", "--json"}).out);
  CHECK(all.size() == microask::catalogue(Lang::en).size());
  const auto work2 = json::parse(ok(s, {"idea", "--list", "--json", "--level", "2", "--setting", "work"}).out);
  REQUIRE(work2.size() >= 3);
  for (const auto& i : work2) {
    CHECK(i["level"] == 2);
    CHECK(i["setting"] == "work");
    CHECK(i.size() == 5);
  }
  CHECK(work2 == json::parse(ok(s, {"idea", "--list", "--json", "--level", "2", "--setting", "Collègue"}).out));
  const auto table = ok(s, {"idea", "--list", "--level", "2", "--setting", "work"}).out;
  CHECK(has(table, "Id"));
  CHECK(std::count(table.begin(), table.end(), '\n') == static_cast<long>(work2.size()) + 1);
  for (const auto& i : work2) CHECK(has(table, i["text"].get<std::string>()));
  const auto shop = json::parse(ok(s, {"idea", "--json", "--setting", "boulangerie"}).out);
  CHECK(shop["setting"] == "shop");
}

TEST_CASE("spacing: idea prefers a setting not used lately, and says so") {
  Sandbox s;
  const auto first = json::parse(ok(s, {"idea", "--plan", "--json"}).out);
  const Idea* planned = microask::find_idea(first["idea"].get<std::string>());
  REQUIRE(planned != nullptr);
  const auto r = ok(s, {"idea"});
  CHECK(has(r.out, "a setting you have not used lately (your last requests: " + std::string(planned->setting) + ")"));
  const auto next = json::parse(ok(s, {"idea", "--json"}).out);
  CHECK(next["setting"] != planned->setting);
  // Asked for a setting, no word about spacing.
  CHECK_FALSE(has(ok(s, {"idea", "--setting", std::string(planned->setting)}).out, "not used lately"));
}

TEST_CASE("a failed plan offers an idea of the same setting at the ladder's level, and saves nothing") {
  Sandbox s;
  const std::string refused = "Ask my boss for a raise of 20% and also a bigger office";
  auto r = s.run({"plan", refused});
  CHECK(1 == r.code);
  CHECK(has(r.out, "A step you can take today instead:"));
  CHECK(has(r.out, "plan --idea en-work-"));
  CHECK_FALSE(std::filesystem::exists(s.db()));
  const auto j = json::parse(s.run({"plan", "--json", refused}).out);
  CHECK(j["micro"] == false);
  CHECK(j["instead"]["setting"] == "work");
  CHECK(j["instead"]["level"] == 1);
  CHECK(j["instead"]["lang"] == "en");
  CHECK(json::parse(s.run({"plan", "--check", "--json", refused}).out).contains("instead"));
  // In French, a French idea.
  const auto fr = json::parse(s.run({"plan", "--json", "Demander à mon chef une augmentation de 20 % et aussi un "
                                                   "bureau plus grand"}).out);
  CHECK(fr["instead"]["lang"] == "fr");
  // A micro-request is offered nothing.
  CHECK_FALSE(json::parse(ok(s, {"plan", "--json", "Ask Tom for a pen"}).out).contains("instead"));
  // A journal that cannot be read does not turn the refusal into an error: the offer is
  // made as for a new journal.
  std::filesystem::remove(s.db());
  std::ofstream(s.db()) << "not a journal";
  r = s.run({"plan", "--json", refused});
  CHECK(1 == r.code);
  CHECK(json::parse(r.out)["instead"]["level"] == 1);
}

TEST_CASE("idea-lang in the configuration file chooses the ideas' language, --lang wins") {
  Sandbox s;
  const auto dir = s.dir() / "config";
  std::filesystem::create_directories(dir / "microask");
  s.env["XDG_CONFIG_HOME"] = dir.string();
  std::ofstream(dir / "microask" / "config.toml") << "idea-lang = \"fr\"\n";
  CHECK("fr" == json::parse(ok(s, {"idea", "--json"}).out)["lang"]);
  CHECK("en" == json::parse(ok(s, {"idea", "--json", "--lang", "en"}).out)["lang"]);
}
