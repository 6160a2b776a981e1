// Rows that prove themselves: every pattern row of the word tables carries an example
// sentence, and the real matcher must find the row's pattern in it.
#include <algorithm>
#include <string>
#include <vector>

#include "criteria/stages.hpp"

namespace microask {
namespace {

using namespace criteria;

// Whether pattern k of `ps` matches anywhere in `example`, read as a request of `lang`.
bool matches_example(Lang lang, const tables::PatternSet& (*set_of)(const tables::Tables&), std::size_t k,
                     std::string_view example) {
  const Text text = read_text(example, lang, tokens::tokenise(example));
  const Amounts amounts = find_amounts(text);
  const Matcher m(text, amounts);
  const tables::PatternSet& ps = set_of(m.tables());
  for (std::size_t i = 0; i < text.size(); ++i)
    if (m.match_at(ps.items[k], i) != npos) return true;
  return false;
}

template <typename Row>
void check_rows(Lang lang, std::string_view list, std::span<const Row> rows,
                const tables::PatternSet& (*set_of)(const tables::Tables&), std::vector<std::string>& out) {
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const Row& row = rows[k];
    const std::string where = std::string(to_string(lang)) + ": " + std::string(list) + " \"" + std::string(row.pattern) + "\"";
    if (row.example.empty()) {
      out.push_back(where + ": no example");
    } else if (!matches_example(lang, set_of, k, row.example)) {
      out.push_back(where + ": does not match its example \"" + std::string(row.example) + "\"");
    } else if (detect_lang(row.example) != lang) {
      out.push_back(where + ": its example \"" + std::string(row.example) + "\" reads as another language");
    }
  }
}

}  // namespace

std::vector<std::string> word_rows_not_matching_examples() {
  std::vector<std::string> out;
  for (const Lang lang : {Lang::en, Lang::fr}) {
    const words::LangWords& w = word_lists(lang);
    check_rows(lang, "ask_verbs", w.ask_verbs, +[](const tables::Tables& t) -> const tables::PatternSet& { return t.ask_verbs; }, out);
    check_rows(lang, "vague", w.vague, +[](const tables::Tables& t) -> const tables::PatternSet& { return t.vague; }, out);
    check_rows(lang, "bundles", w.bundles, +[](const tables::Tables& t) -> const tables::PatternSet& { return t.bundles; }, out);
    check_rows(lang, "rules", w.rules, +[](const tables::Tables& t) -> const tables::PatternSet& { return t.rules; }, out);
    check_rows(lang, "trades", w.trades, +[](const tables::Tables& t) -> const tables::PatternSet& { return t.trades; }, out);
    check_rows(lang, "trade_work", w.trade_work, +[](const tables::Tables& t) -> const tables::PatternSet& { return t.trade_work; }, out);
    for (const words::TradeWork& work : w.trade_work)
      if (std::none_of(w.trades.begin(), w.trades.end(), [&](const words::Trade& x) { return x.name == work.trade; }))
        out.push_back(std::string(to_string(lang)) + ": trade_work \"" + std::string(work.pattern) + "\": names no trade \"" +
                      std::string(work.trade) + "\"");
    check_rows(lang, "warnings", w.warnings, +[](const tables::Tables& t) -> const tables::PatternSet& { return t.warnings; }, out);
  }
  return out;
}

}  // namespace microask
