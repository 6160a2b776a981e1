// The amounts stage: sums of money, in figures or in words, with their currency.
#include <algorithm>

#include "criteria/stages.hpp"

namespace microask::criteria {
namespace {

// A sign's rough rate to the euro: the checker only needs to tell a coin from a debt, so
// "₹50" is a rickshaw fare and "₹50,000" a loan. The dollars, the pound and the euro count as
// one; "¥" is read as the yuan, the larger of the two it stands for.
constexpr std::pair<std::string_view, double> sign_rates[] = {
    {"\u00A5", 0.13},  {"\u20B9", 0.011}, {"\u20A6", 0.0006}, {"\u20B1", 0.016}, {"\u20A9", 0.0007}, {"\u20BA", 0.03},
    {"\u20BD", 0.01}, {"\u20B4", 0.022}, {"\u20B5", 0.06},   {"\u20AA", 0.25},  {"\u20AB", 0.00004}, {"\u20AD", 0.00004}};

double sign_rate(const Text& t, const Token& tok) {
  const std::string_view sign = std::string_view(t.typed).substr(tok.begin, tok.end - tok.begin);
  for (const auto& [s, rate] : sign_rates)
    if (s == sign) return rate;
  return 1;
}

// The factor of a currency at token i ("$", "euros", "balles"), or 0.
double currency_at(const Text& t, std::size_t i) {
  if (i >= t.size()) return 0;
  if (t[i].type == Type::currency) return sign_rate(t, t[i]);
  if (t[i].type != Type::word) return 0;
  const tables::Valued* it = t.tables->find(t.tables->currencies, t[i].id);
  return it == nullptr ? 0 : it->value;
}

// A number written in words from i ("two thousand", "cinq cents"): value and end.
std::pair<double, std::size_t> number_words(const Text& t, std::size_t i) {
  double total = 0, current = 0;
  std::size_t j = i;
  while (j < t.size() && t[j].type == Type::word) {
    const tables::Valued* it = t.tables->find(t.tables->number_words, t[j].id);
    if (it == nullptr) break;
    const double v = it->value;
    if (v >= 1000) {
      total += std::max(current, 1.0) * v;
      current = 0;
    } else if (v == 100) {
      current = std::max(current, 1.0) * v;
    } else {
      current += v;
    }
    ++j;
    if (j < t.size() && t.tables->is(t[j].id, tables::number_join)) ++j;
  }
  return {total + current, j};
}

// The currency after a number, or 0. A sign that opens a sum of its own is not it: in "two
// £45 tickets" the "two" counts tickets.
double currency_after(const Text& t, std::size_t j) {
  if (j + 1 < t.size() && t[j].type == Type::currency && t[j + 1].type == Type::number) return 0;
  return currency_at(t, j);
}

}  // namespace

Amounts find_amounts(const Text& t) {
  Amounts amounts(t.size(), Amount{});
  for (std::size_t i = 0; i < t.size(); ++i) {
    const Token& tok = t[i];
    if (tok.type == Type::currency && i + 1 < t.size() && t[i + 1].type == Type::number) {
      amounts[i] = {i + 2, t[i + 1].value * sign_rate(t, tok)};  // "$5,000", "€500", "₹50"
      continue;
    }
    // a currency's code before the sum, typed in capitals: "KES 95,000", "CHF 40"
    if (tok.type == Type::word && i + 1 < t.size() && t[i + 1].type == Type::number && tok.end - tok.begin == 3 &&
        std::all_of(t.typed.begin() + static_cast<std::ptrdiff_t>(tok.begin), t.typed.begin() + static_cast<std::ptrdiff_t>(tok.end),
                    [](char c) { return c >= 'A' && c <= 'Z'; })) {
      if (const double factor = currency_at(t, i); factor > 0) {
        amounts[i] = {i + 2, t[i + 1].value * factor};
        continue;
      }
    }
    double value = 0;
    std::size_t j = i;
    if (tok.type == Type::number && (t.typed[tok.end - 1] == 'p' || t.typed[tok.end - 1] == 'P')) {
      amounts[i] = {i + 1, tok.value * 0.01};  // "50p": pence
      continue;
    }
    if (tok.type == Type::number) {
      value = tok.value;
      j = i + 1;
      // "5 thousand euros", "2 grand"
      if (j < t.size() && t[j].type == Type::word) {
        const tables::Valued* it = t.tables->find(t.tables->number_words, t[j].id);
        if (it != nullptr && it->value >= 100) {
          value *= it->value;
          ++j;
        }
      }
    } else if (tok.type == Type::word) {
      const auto [v, end] = number_words(t, i);
      if (end == i) continue;
      value = v;
      j = end;
      // a run of number words with no currency: skip it; a letter after it is none ("a K")
      const bool letter = j < t.size() && t[j].type == Type::word && t[j].norm.size() == 1;
      if (currency_after(t, j) == 0 || letter) {
        i = end - 1;
        continue;
      }
    } else {
      continue;
    }
    double factor = currency_after(t, j);
    // a currency named by two words, the second saying which: « 200 francs CFA »
    // « 2 k€ »: a multiple, then the currency
    if (factor > 0 && currency_at(t, j + 1) > 0) {
      factor = factor >= 100 ? factor * currency_at(t, j + 1) : currency_at(t, j + 1);
      ++j;
    }
    if (factor > 0) amounts[i] = {j + 1, value * factor};
  }
  return amounts;
}

}  // namespace microask::criteria
