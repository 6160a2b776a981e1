// libFuzzer target for the request checker, through the public API of criteria.hpp only.
// The fuzzer's bytes are arbitrary; like the CLI, this target hands assess() only what its
// contract allows (valid UTF-8, trimmed, 1..500 characters) and drops the rest. The
// user's answers are derived from the input's length so that plain-text seeds stay plain.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "microask/criteria.hpp"

namespace {

using namespace microask;

void require(bool ok, const char* what, std::string_view text) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_criteria: invariant broken: %s (text %zu bytes)\n", what, text.size());
  std::abort();
}

// Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF); counts code points.
bool utf8_length(std::string_view s, std::size_t& chars) {
  chars = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    unsigned cp = 0;
    if (b < 0x80) {
      len = 1;
      cp = b;
    } else if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
      cp = b & 0x1Fu;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      cp = b & 0x0Fu;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      cp = b & 0x07u;
    } else {
      return false;
    }
    if (s.size() - i < len) return false;
    for (std::size_t k = 1; k < len; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0u) != 0x80u) return false;
      cp = (cp << 6) | (c & 0x3Fu);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
    ++chars;
  }
  return true;
}

bool valid_utf8(std::string_view s) {
  std::size_t chars = 0;
  return utf8_length(s, chars);
}

// Without surrounding ASCII blanks and no-break spaces, as the CLI trims.
std::string_view trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && std::string_view(" \t\r\n\v\f").find(s.front()) != std::string_view::npos) {
      s.remove_prefix(1);
    } else if (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") {
      s.remove_prefix(2);
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && std::string_view(" \t\r\n\v\f").find(s.back()) != std::string_view::npos) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

constexpr Criterion all_criteria[] = {Criterion::concrete, Criterion::reversible, Criterion::low_cost};

void check_assessment(const Assessment& a, std::string_view text) {
  bool all_pass = true, some_fail = false, some_unsure = false;
  for (const Criterion c : all_criteria) {
    require(!to_string(c).empty(), "to_string(Criterion)", text);
    const CriterionResult& r = a.result(c);
    all_pass = all_pass && r.verdict == Verdict::pass;
    some_fail = some_fail || r.verdict == Verdict::fail;
    some_unsure = some_unsure || r.verdict == Verdict::unsure;
    for (const Reason& reason : r.reasons) {
      require(valid_utf8(reason.words), "reason words are valid UTF-8", text);
      require(!to_string(reason.kind).empty(), "to_string(ReasonKind)", text);
      require(!message_of(reason.kind).empty(), "message_of(ReasonKind)", text);
    }
    // The journal stores the reasons as JSON: that must work and read back the same.
    std::string json;
    try {
      json = reasons_to_json(r.reasons);
    } catch (const std::exception&) {
      require(false, "reasons_to_json does not throw", text);
    }
    const std::vector<Reason> back = reasons_from_json(json);
    require(back.size() == r.reasons.size(), "reasons round-trip through JSON (count)", text);
    for (std::size_t i = 0; i < back.size(); ++i) {
      require(back[i].kind == r.reasons[i].kind, "reasons round-trip through JSON (kind)", text);
      require(back[i].words == r.reasons[i].words, "reasons round-trip through JSON (words)", text);
    }
  }
  require(a.micro() == all_pass, "micro() is all three pass", text);
  require(a.any_fail() == some_fail, "any_fail()", text);
  require(a.any_unsure() == some_unsure, "any_unsure()", text);
  for (const Warning& w : a.warnings) {
    require(valid_utf8(w.words) && valid_utf8(w.instead), "warnings are valid UTF-8", text);
    require(!message_of(w.kind).empty(), "message_of(WarningKind)", text);
  }
  for (const Suggestion& s : a.suggestions) {
    require(!message_of(s.kind).empty(), "message_of(SuggestionKind)", text);
    for (const std::string& p : s.parts) require(valid_utf8(p), "suggestion parts are valid UTF-8", text);
  }
}

std::optional<bool> answer(std::size_t code) {
  switch (code % 3) {
    case 1: return true;
    case 2: return false;
    default: return std::nullopt;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t chars = 0;
  if (!utf8_length(input, chars)) return -1;  // invalid UTF-8: refused by the CLI before assess
  const std::string_view text = trim(input);
  if (!utf8_length(text, chars) || chars == 0 || chars > 500) return -1;

  const Lang lang = detect_lang(text);
  require(lang == Lang::en || lang == Lang::fr, "detect_lang gives en or fr", text);

  const Assessment plain = assess(text);
  check_assessment(plain, text);

  // The user's own answers override the text analysis, criterion by criterion; the others
  // keep the verdict of the plain assessment (which also checks that assess is deterministic).
  const Answers answers{answer(size), answer(size / 3), answer(size / 9)};
  const Assessment answered = assess(text, answers);
  check_assessment(answered, text);
  const std::optional<bool> given[] = {answers.concrete, answers.reversible, answers.low_cost};
  for (std::size_t i = 0; i < 3; ++i) {
    const CriterionResult& r = answered.result(all_criteria[i]);
    if (!given[i]) {
      require(r.verdict == plain.result(all_criteria[i]).verdict, "no answer, same verdict", text);
      continue;
    }
    require(r.verdict == (*given[i] ? Verdict::pass : Verdict::fail), "an answer decides the verdict", text);
    bool user_answer = false;
    for (const Reason& reason : r.reasons) user_answer = user_answer || reason.kind == ReasonKind::user_answer;
    require(user_answer, "an answered criterion carries the reason user_answer", text);
  }
  return 0;
}
