// The checker's word tables as compiled at build time (src/criteria/tables.hpp).
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "criteria/tables.hpp"
#include "criteria/words.hpp"

namespace tables = microask::tables;
namespace words = microask::words;
using microask::Lang;

TEST_CASE("the generated tables are the word lists compiled now") {
  // The same source text from both: every array, every offset, every number.
  const tables::Compiled en = tables::compile(words::english());
  const tables::Compiled fr = tables::compile(words::french());
  CHECK(en.errors.empty());
  CHECK(fr.errors.empty());
  const std::string now = tables::to_cpp(en.view(), fr.view());
  const std::string built = tables::to_cpp(tables::generated(Lang::en), tables::generated(Lang::fr));
  CHECK(now.size() == built.size());
  CHECK(now == built);
}

TEST_CASE("the compiled tables find their words") {
  const tables::Tables& en = tables::generated(Lang::en);
  const tables::Tables& fr = tables::generated(Lang::fr);
  for (const tables::Tables* t : {&en, &fr}) {
    // Every word is found under its own number; the numbers follow the sorted words.
    for (std::size_t i = 0; i < t->words.size(); ++i) {
      CHECK(t->id_of(t->str(t->words[i])) == i + 1);
      if (i > 0) CHECK(t->str(t->words[i - 1]) < t->str(t->words[i]));
    }
    CHECK(t->id_of("zzzz-not-a-word") == 0);
    CHECK(t->id_of("") == 0);
    CHECK(!t->is(0, tables::marker));
    CHECK(t->find(t->currencies, 0) == nullptr);
    CHECK(t->respelling(0) == nullptr);
  }
  CHECK(en.is(en.id_of("the"), tables::marker));
  CHECK(!en.is(en.id_of("les"), tables::marker));
  CHECK(fr.is(fr.id_of("les"), tables::marker));
  CHECK(fr.is(fr.id_of("hier"), tables::not_infinitive));
  CHECK(!fr.is(fr.id_of("manger"), tables::not_infinitive));
  REQUIRE(fr.find(fr.currencies, fr.id_of("euros")) != nullptr);
  CHECK(fr.find(fr.currencies, fr.id_of("euros"))->value == 1.0);
  REQUIRE(fr.find(fr.currencies, fr.id_of("briques")) != nullptr);
  CHECK(fr.find(fr.currencies, fr.id_of("briques"))->value == 10000.0);
  const tables::Respelling* u = en.respelling(en.id_of("u"));
  REQUIRE(u != nullptr);
  CHECK(u->count == 1);
  CHECK(en.str(en.respelled[u->first]) == "you");
}

TEST_CASE("a pattern that does not compile is reported with its culprit") {
  constexpr std::string_view bad_list[] = {"ask", "~x", "to ~1a", "<", "qu'on ,,"};
  constexpr words::AskVerb bad_verbs[] = {{"ask|a-b|c", words::Addressee::object}};
  constexpr words::Respelling bad_respellings[] = {{"two words", "x"}, {"u", ""}};
  words::LangWords w{};
  w.to_someone = bad_list;
  w.ask_verbs = bad_verbs;
  w.respellings = bad_respellings;
  const std::vector<std::string> expected = {
      "ask|a-b|c  <- \"a-b\"",  // one word once folded, not two
      "empty pattern",            // (what is left of it)
      "~x  <- \"~x\"",
      "empty pattern",
      "to ~1a  <- \"~1a\"",
      "<  <- \"<\"",
      "empty pattern",
      "qu'on ,,  <- \",,\"",
      "respelling: two words",
      "respelling: u",
  };
  CHECK(tables::compile(w).errors == expected);
}

TEST_CASE("a pattern's needs are the exact words it cannot match without") {
  constexpr std::string_view list[] = {"ask ~2 to lend|loan [me] #amount", "[please] lend|loan me", "<not sign ~1 the lease|contract"};
  words::LangWords w{};
  w.to_someone = list;
  const tables::Compiled c = tables::compile(w);
  REQUIRE(c.errors.empty());
  const tables::Tables t = c.view();
  auto needs = [&](std::size_t k) {
    std::vector<std::string> out;
    const tables::Pattern& p = t.to_someone.items[k];
    for (const std::uint32_t e : t.needs.subspan(p.first_need, p.needs)) {
      std::string alts;
      for (const tables::Alt& a : t.alts.subspan(t.elems[e].first_alt, t.elems[e].alts))
        alts += (alts.empty() ? "" : "|") + std::string(t.str(a.text));
      out.push_back(alts);
    }
    return out;
  };
  // Not the first word (the index finds it), not a gap, an optional word or an amount; the
  // element with the fewest words first.
  CHECK(needs(0) == std::vector<std::string>{"to", "lend|loan"});
  CHECK(needs(1) == std::vector<std::string>{"me", "lend|loan"});  // the optional "please" is none
  CHECK(needs(2) == std::vector<std::string>{"sign", "the", "lease|contract"});
}
