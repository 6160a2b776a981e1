// microask plan, run in process (fixture.hpp); on a real terminal: tests/e2e/terminal_test.cpp.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

#include <nlohmann/json.hpp>

#include "fixture.hpp"

using namespace microask::test;
using nlohmann::json;

namespace {
const std::string water = "Ask the barista for a glass of water";
const std::string bundled = "Ask the waiter for the bill and also whether they can call us a taxi";
}  // namespace

TEST_CASE("plan: a micro-request is saved as planned, with its id, exit 0") {
  Sandbox s;
  auto r = s.run({"plan", water, "--to", "the barista"});
  CHECK(0 == r.code);
  CHECK(r.out.find("Planned as request #1") != std::string::npos);
  CHECK("" == r.err);
  CHECK(1 == s.count("requests"));
  CHECK(water == s.query("SELECT text FROM requests WHERE id = 1"));
  CHECK("the barista" == s.query("SELECT addressee FROM requests WHERE id = 1"));
  CHECK("planned" == s.query("SELECT status FROM requests WHERE id = 1"));
  CHECK("en" == s.query("SELECT lang FROM requests WHERE id = 1"));
  CHECK("pass" == s.query("SELECT concrete FROM requests WHERE id = 1"));
}

TEST_CASE("plan: without --to, the addressee is the one the checker found") {
  Sandbox s;
  REQUIRE(0 == s.run({"plan", water}).code);
  CHECK("the barista" == s.query("SELECT addressee FROM requests"));
  REQUIRE(0 == s.run({"plan", "Demander au serveur une carafe d'eau"}).code);
  CHECK("le serveur" == s.query("SELECT addressee FROM requests WHERE id = 2"));
}

TEST_CASE("plan --json keeps the documented key order") {
  Sandbox s;
  const auto out = s.run({"plan", "--check", "--json", water}).out;
  CHECK(out.starts_with("{\"text\":"));
  CHECK(out.find("\"lang\"") < out.find("\"micro\""));
  CHECK(out.find("\"micro\"") < out.find("\"criteria\""));
  CHECK(out.find("\"suggestions\"") < out.find("\"id\""));
}

TEST_CASE("plan: words without quotes make one request") {
  Sandbox s;
  CHECK(0 == s.run({"plan", "Ask", "the", "barista", "for", "a", "glass", "of", "water"}).code);
  CHECK(water == s.query("SELECT text FROM requests"));
}

TEST_CASE("plan: a failing request is explained, saves nothing, exit 1") {
  Sandbox s;
  auto r = s.run({"plan", bundled});
  CHECK(1 == r.code);
  CHECK(r.out.find("and also") != std::string::npos);
  CHECK(r.out.find("nothing saved") != std::string::npos);
  CHECK(r.out.find("Make it smaller") != std::string::npos);
  CHECK(0 == s.count("requests"));
}

TEST_CASE("plan --check assesses only: no journal is created") {
  Sandbox s;
  CHECK(0 == s.run({"plan", "--check", water}).code);
  CHECK(1 == s.run({"plan", "--check", bundled}).code);
  CHECK_FALSE(std::filesystem::exists(s.db()));
}

TEST_CASE("plan --json prints exactly one object with the documented keys") {
  Sandbox s;
  auto r = s.run({"plan", "--json", water});
  CHECK(0 == r.code);
  const auto j = json::parse(r.out);
  CHECK(water == j["text"]);
  CHECK("en" == j["lang"]);
  CHECK(true == j["micro"]);
  CHECK(1 == j["id"]);
  for (const char* c : {"concrete", "reversible", "low_cost"}) {
    CHECK("pass" == j["criteria"][c]["verdict"]);
    CHECK(j["criteria"][c]["reasons"].is_array());
  }
  CHECK(j["warnings"].is_array());
  CHECK(j["suggestions"].is_array());

  auto f = json::parse(s.run({"plan", "--json", bundled}).out);
  CHECK(false == f["micro"]);
  CHECK(f["id"].is_null());
  CHECK("fail" == f["criteria"]["concrete"]["verdict"]);
  CHECK(f["criteria"]["concrete"]["reasons"].dump().find("and also") != std::string::npos);
  CHECK_FALSE(f["suggestions"].empty());
}

TEST_CASE("plan: French requests are detected and assessed") {
  Sandbox s;
  auto j = json::parse(s.run({"plan", "--json", "Demander à la boulangère s'il lui reste des croissants"}).out);
  CHECK("fr" == j["lang"]);
  CHECK(true == j["micro"]);
  auto f = json::parse(s.run({"plan", "--json", "--check", "Demander une augmentation à mon patron"}).out);
  CHECK("fr" == f["lang"]);
  CHECK("fail" == f["criteria"]["low_cost"]["verdict"]);
}

TEST_CASE("plan: the user's flags override the text analysis") {
  Sandbox s;
  auto irr = s.run({"plan", "--json", "--irreversible", water});
  CHECK(1 == irr.code);
  CHECK("fail" == json::parse(irr.out)["criteria"]["reversible"]["verdict"]);
  auto high = s.run({"plan", "--json", "--cost", "high", water});
  CHECK(1 == high.code);
  CHECK("fail" == json::parse(high.out)["criteria"]["low_cost"]["verdict"]);
  auto low = s.run({"plan", "--json", "--check", "--cost", "low", "Ask my boss for a raise"});
  CHECK("pass" == json::parse(low.out)["criteria"]["low_cost"]["verdict"]);
  // --concrete: the user knows whom and what, whatever the words say; --vague the reverse.
  const auto vague_text = "Demander des infos à la mairie";
  CHECK("fail" == json::parse(s.run({"plan", "--json", "--check", vague_text}).out)["criteria"]["concrete"]["verdict"]);
  auto sure = json::parse(s.run({"plan", "--json", "--check", "--concrete", vague_text}).out);
  CHECK("pass" == sure["criteria"]["concrete"]["verdict"]);
  CHECK(sure["criteria"]["concrete"]["reasons"].dump().find("your own answer") != std::string::npos);
  auto unclear = s.run({"plan", "--json", "--vague", water});
  CHECK(1 == unclear.code);
  CHECK("fail" == json::parse(unclear.out)["criteria"]["concrete"]["verdict"]);
  CHECK(0 == s.count("requests"));
}

TEST_CASE("plan: --cost and --reversible/--irreversible are validated") {
  Sandbox s;
  auto r = s.run({"plan", "--cost", "medium", water});
  CHECK(2 == r.code);
  CHECK(r.err.find("'medium'") != std::string::npos);
  CHECK(r.err.find("low or high") != std::string::npos);
  CHECK(2 == s.run({"plan", "--reversible", "--irreversible", water}).code);
  CHECK(2 == s.run({"plan", "--concrete", "--vague", water}).code);
  CHECK_FALSE(std::filesystem::exists(s.db()));
}

TEST_CASE("plan: bad text is refused with exit 2 and the journal untouched") {
  Sandbox s;
  REQUIRE(0 == s.run({"plan", water}).code);
  const auto before = read_file(s.db());
  struct Case {
    std::string text, expect;
  };
  for (const auto& c : std::vector<Case>{{"   ", "empty"},
                                         {"", "empty"},
                                         {std::string(501, 'a'), "501 characters"},
                                         {"Ask Tom \xff\xfe for a pen", "UTF-8"}}) {
    auto r = s.run({"plan", c.text});
    CHECK(2 == r.code);
    CHECK_MESSAGE(r.err.find(c.expect) != std::string::npos, r.err);
    CHECK(1 == std::count(r.err.begin(), r.err.end(), '\n'));
  }
  CHECK(before == read_file(s.db()));
  CHECK(1 == s.count("requests"));
}

TEST_CASE("plan: 500 characters is the limit, counted in characters not bytes") {
  Sandbox s;
  std::string text = "Demander à Léa ";
  while (text.size() < 2000) text += "é";
  auto r = s.run({"plan", "--check", text});
  CHECK(2 == r.code);
  CHECK(r.err.find("characters") != std::string::npos);
}

TEST_CASE("plan with no text lists planned requests, --drop drops one") {
  Sandbox s;
  REQUIRE(0 == s.run({"plan", water}).code);
  REQUIRE(0 == s.run({"plan", "Ask Tom for a pen"}).code);
  auto list = s.run({"plan"});
  CHECK(0 == list.code);
  CHECK(list.out.find(water) != std::string::npos);
  CHECK(list.out.find("Ask Tom for a pen") != std::string::npos);
  CHECK(2 == json::parse(s.run({"plan", "--json"}).out).size());

  auto drop = s.run({"plan", "--drop", "1"});
  CHECK(0 == drop.code);
  CHECK(drop.out.find("Dropped request #1") != std::string::npos);
  CHECK("dropped" == s.query("SELECT status FROM requests WHERE id = 1"));
  CHECK(1 == json::parse(s.run({"plan", "--json"}).out).size());

  const auto before = read_file(s.db());
  auto again = s.run({"plan", "--drop", "1"});
  CHECK(2 == again.code);
  CHECK(again.err.find("1") != std::string::npos);
  CHECK(2 == s.run({"plan", "--drop", "99"}).code);
  CHECK(2 == s.run({"plan", "--drop", "abc"}).code);
  CHECK(2 == s.run({"plan", "--drop", "0"}).code);
  CHECK(before == read_file(s.db()));
}

TEST_CASE("plan --batch assesses one request per line, one JSON object per line out") {
  Sandbox s;
  const auto file = s.dir() / "requests.txt";
  { std::ofstream(file) << water << "\n\n" << bundled << "\nDemander un truc au serveur\n"; }
  auto r = s.run({"plan", "--check", "--json", "--batch", file.string()});
  CHECK(0 == r.code);
  std::vector<json> lines;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
  REQUIRE(3 == lines.size());
  CHECK(true == lines[0]["micro"]);
  CHECK(false == lines[1]["micro"]);
  CHECK("fr" == lines[2]["lang"]);
  CHECK("fail" == lines[2]["criteria"]["concrete"]["verdict"]);
  CHECK_FALSE(std::filesystem::exists(s.db()));
  CHECK(2 == s.run({"plan", "--batch", (s.dir() / "missing.txt").string()}).code);
}
