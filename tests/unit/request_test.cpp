#include <doctest/doctest.h>

#include "microask/request.hpp"

using namespace microask;

TEST_CASE("responses parse from the aliases people type, in both languages") {
  CHECK(Response::yes == parse_response("y"));
  CHECK(Response::yes == parse_response("oui"));
  CHECK(Response::yes == parse_response("YES"));
  CHECK(Response::no == parse_response("n"));
  CHECK(Response::no == parse_response("non"));
  CHECK(Response::discussion == parse_response("d"));
  CHECK(Response::discussion == parse_response("discussion"));
  CHECK_FALSE(parse_response("maybe").has_value());
  CHECK_FALSE(parse_response(" yes").has_value());
  CHECK_FALSE(parse_response("").has_value());
}

TEST_CASE("canonical names round-trip") {
  for (auto v : {Verdict::pass, Verdict::fail, Verdict::unsure})
    CHECK(v == parse_verdict(to_string(v)));
  for (auto s : {Status::planned, Status::asked, Status::done, Status::dropped})
    CHECK(s == parse_status(to_string(s)));
  for (auto l : {Lang::en, Lang::fr}) CHECK(l == parse_lang(to_string(l)));
  CHECK("discussion" == to_string(Response::discussion));
}
