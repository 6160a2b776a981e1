// Everyday conventions (issue 13), run in process: finding entries by word and by person,
// correcting a request's text, numbers that tell requests and entries apart, CSV line
// breaks as RFC 4180 has them.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "fixture.hpp"

using namespace microask::test;
using nlohmann::json;

namespace {

bool has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

Result ok(const Sandbox& s, const std::vector<std::string>& args, int code = 0, const std::string& input = {}) {
  auto r = s.run(args, input);
  REQUIRE_MESSAGE(code == r.code, args[0] << ": " << r.out << r.err);
  return r;
}

}  // namespace

TEST_CASE("log --grep finds a word in the request, the note or the lesson, whatever its case and accents") {
  Sandbox s;
  ok(s, {"log", "Demander à la boulangère une baguette", "-s", "2", "-r", "oui"});
  ok(s, {"log", "Asked Tom for a pen", "-s", "2", "-r", "yes", "--note", "He gave me his BOULANGERIE card"});
  ok(s, {"log", "Asked Ana for a pen", "-s", "2", "-r", "yes", "--lesson", "Ana is always kind"});
  ok(s, {"log", "Asked the baker to slice the bread", "-s", "2", "-r", "yes"});
  const auto ids = [&](const std::vector<std::string>& args) {
    std::vector<long long> out;
    for (const auto& e : json::parse(ok(s, args).out)) out.push_back(e["id"].get<long long>());
    return out;
  };
  CHECK(std::vector<long long>{2, 1} == ids({"log", "--grep", "BOULANGER", "--json"}));
  CHECK(std::vector<long long>{2, 1} == ids({"log", "--grep", "boulangér", "--json"}));
  CHECK(std::vector<long long>{3} == ids({"log", "--grep", "kind", "--json"}));
  CHECK(std::vector<long long>{} == ids({"log", "--grep", "nothing like it", "--json"}));
  // Decomposed accents (as macOS keyboards type them) read like composed ones.
  CHECK(std::vector<long long>{1} == ids({"log", "--grep", "boulange\xcc\x80re", "--json"}));
  CHECK(has(ok(s, {"log", "--grep", "pen", "-n", "1"}).out, "1 older entry not shown"));
  CHECK(2 == s.run({"log", "--grep", ""}).code);
}

TEST_CASE("log --to lists the entries of one person; with a new request's text, it says whom") {
  Sandbox s;
  ok(s, {"plan", "Ask Tom for a pen"});
  ok(s, {"log", "1", "-s", "2", "-r", "yes"});
  ok(s, {"log", "Asked my neighbour for the wifi password", "--to", "Ms Lebrun", "-s", "3", "-r", "no"});
  ok(s, {"log", "Asked the barista for a glass of water", "-s", "1", "-r", "yes"});
  const auto to_lebrun = json::parse(ok(s, {"log", "--to", "lebrun", "--json"}).out);
  REQUIRE(1 == to_lebrun.size());
  CHECK("Ms Lebrun" == to_lebrun[0]["to"]);
  CHECK(1 == json::parse(ok(s, {"log", "--to", "TOM", "--json"}).out).size());
  CHECK(has(ok(s, {"log", "--to", "barista"}).out, "the barista"));
  const auto refused = s.run({"log", "1", "--to", "Tom", "-s", "2", "-r", "yes"});
  CHECK(2 == refused.code);
  CHECK(has(refused.err, "--to names whom a request made without planning was asked of"));
}

TEST_CASE("plan --edit corrects a request's text: re-assessed, kept a micro-request, undone") {
  Sandbox s;
  ok(s, {"plan", "Ask Tom for a pen"});
  const auto edited = ok(s, {"plan", "--edit", "1", "Ask", "Tom", "for", "a", "red", "pen"});
  CHECK(has(edited.out, "Edited request #1: \"Ask Tom for a red pen\" (was \"Ask Tom for a pen\"; microask undo brings it back)"));
  CHECK("Ask Tom for a red pen" == s.query("SELECT text FROM requests WHERE id = 1"));
  // A request still to make stays a micro-request: a failing text changes nothing, exit 1.
  const auto refused = ok(s, {"plan", "--edit", "1", "Ask Tom to lend me 500 euros"}, 1);
  CHECK(has(refused.out, "Request #1 is unchanged"));
  CHECK("Ask Tom for a red pen" == s.query("SELECT text FROM requests WHERE id = 1"));
  CHECK(has(ok(s, {"undo", "-y"}).out, "Undone: the edit of request #1"));
  CHECK("Ask Tom for a pen" == s.query("SELECT text FROM requests WHERE id = 1"));
  // A request already made takes the new text whatever it is: it happened.
  ok(s, {"log", "1", "-s", "3", "-r", "yes"});
  ok(s, {"plan", "--edit", "1", "Asked Tom to lend me 500 euros"});
  CHECK("fail" == s.query("SELECT reversible FROM requests WHERE id = 1"));
  CHECK(has(ok(s, {"log"}).out, "Asked Tom to lend me 500 euros"));
  // --json says what it was; bad ids and a missing text are refused, the journal as it was.
  const auto j = json::parse(ok(s, {"plan", "--edit", "1", "--json", "Asked Tom for a pen"}).out);
  CHECK("Asked Tom to lend me 500 euros" == j["before"]);
  CHECK(1 == j["id"]);
  CHECK(2 == s.run({"plan", "--edit", "7", "Ask Ana for a pen"}).code);
  CHECK(2 == s.run({"plan", "--edit", "1"}).code);
  CHECK(2 == s.run({"plan", "--edit", "x", "Ask Ana for a pen"}).code);
  CHECK(2 == s.run({"plan", "--edit", "1", "--drop", "1", "Ask Ana for a pen"}).code);
}

TEST_CASE("requests are #N, entries plain numbers, wherever both appear") {
  Sandbox s;
  ok(s, {"log", "Asked the baker to slice the bread", "-s", "2", "-r", "yes"});
  const auto planned = ok(s, {"plan", "Ask Tom for a pen"});
  CHECK(has(planned.out, "Planned as request #2: run 'microask ask 2'"));
  CHECK(has(ok(s, {"ask"}).out, "Ask now (request #2)"));
  const auto logged = ok(s, {"log", "-s", "2", "-r", "yes"});
  CHECK(has(logged.out, "Logged entry 2 for request #2"));
  CHECK(has(ok(s, {"log"}).out, "Entry  When"));
  CHECK(has(ok(s, {"log", "--edit", "2", "-s", "3"}).out, "Edited entry 2:"));
  CHECK(has(ok(s, {"undo", "-y"}).out, "the edit of entry 2 ("));
}

TEST_CASE("CSV keeps a note's line break inside its quoted field (RFC 4180)") {
  Sandbox s;
  ok(s, {"log", "Asked Tom for a pen", "-s", "2", "-r", "yes", "--note", "first line\nsecond, \"quoted\"\tline"});
  const auto csv = ok(s, {"log", "--csv"}).out;
  CHECK(has(csv, ",\"first line\nsecond, \"\"quoted\"\"\\tline\","));
  CHECK_FALSE(has(csv, "first line\\n"));
}
