#include <doctest/doctest.h>

#include "microask/text.hpp"

using namespace microask;

TEST_CASE("UTF-8 validation refuses malformed, overlong and surrogate sequences") {
  CHECK(is_valid_utf8("Demander à Léa 🙂"));
  CHECK(is_valid_utf8(""));
  CHECK_FALSE(is_valid_utf8("\xff"));
  CHECK_FALSE(is_valid_utf8("\xc3\x28"));          // bad continuation
  CHECK_FALSE(is_valid_utf8("\xc0\xaf"));          // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));      // surrogate U+D800
  CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xe2\x82"));          // truncated
}

TEST_CASE("lengths count code points, widths count columns") {
  CHECK(5 == utf8_length("héllo"));
  CHECK(5 == display_width("héllo"));
  CHECK(4 == display_width("日本"));
  CHECK(1 == display_width("e\xcc\x81"));  // e + combining acute
}

TEST_CASE("trim removes ASCII blanks and no-break spaces") {
  CHECK("ask" == trim("  \t ask \n"));
  CHECK("ask" == trim("\xc2\xa0" "ask" "\xc2\xa0"));
  CHECK("" == trim("   "));
}

TEST_CASE("check_text reports the first problem") {
  std::size_t n = 0;
  CHECK(TextProblem::none == check_text(" Ask Tom ", 500, &n));
  CHECK(7 == n);
  CHECK(TextProblem::empty == check_text(" \t ", 500));
  CHECK(TextProblem::too_long == check_text(std::string(501, 'a'), 500, &n));
  CHECK(501 == n);
  CHECK(TextProblem::none == check_text(std::string(500, 'a'), 500));
  CHECK(TextProblem::invalid_utf8 == check_text("a\xff", 500));
}

TEST_CASE("escape_controls makes terminal escapes and line breaks visible") {
  CHECK("a\\x1b[31mb" == escape_controls("a\x1b[31mb"));
  CHECK("one\\ntwo\\tthree" == escape_controls("one\ntwo\tthree"));
  CHECK("\\u202eevil" == escape_controls("\xe2\x80\xae" "evil"));
  CHECK("\\x9b" == escape_controls("\xc2\x9b"));
  CHECK("bad \\xff byte" == escape_controls("bad \xff byte"));
  CHECK("Léa 🙂" == escape_controls("Léa 🙂"));
}

TEST_CASE("truncate_to_width cuts at a character boundary with an ellipsis") {
  CHECK("abc" == truncate_to_width("abc", 3));
  CHECK("ab…" == truncate_to_width("abcd", 3));
  CHECK("é…" == truncate_to_width("ééé", 2));
}

TEST_CASE("line and paragraph separators are escaped too: one record, one line") {
  CHECK("a\\u2028b\\u2029c" == escape_controls("a\xe2\x80\xa8" "b\xe2\x80\xa9" "c"));
}

TEST_CASE("padding counts display columns, not bytes") {
  CHECK("é  " == pad_right("é", 3));
  CHECK("  é" == pad_left("é", 3));
  CHECK("long" == pad_right("long", 2));
  CHECK("日本 " == pad_right("日本", 5));
}
