// The catalogue as compiled (catalogue_data.hpp), and the settings that words name.
#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "ideas/catalogue_data.hpp"
#include "microask/ideas.hpp"
#include "microask/text.hpp"

namespace microask {
namespace {

// Words as the matcher sees them: folded, cut at anything but letters, digits and inner
// hyphens ("passer-by", "grand-mère" stay whole; "quelqu'un" is two words).
std::vector<std::string> words_of(std::string_view text) {
  const std::string folded = fold(text);
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    while (!word.empty() && word.back() == '-') word.pop_back();
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (char c : folded) {
    const auto u = static_cast<unsigned char>(c);
    const bool part = u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && !word.empty());
    if (part) word += c;
    else flush();
  }
  flush();
  return words;
}

struct Phrase {
  std::vector<std::string> words;
  std::string_view setting;
};

// The phrases of one language, longest first, so that "post office" is read before "post".
const std::vector<Phrase>& phrases(Lang lang) {
  static const std::array<std::vector<Phrase>, 2> all = [] {
    std::array<std::vector<Phrase>, 2> out;
    for (const Lang l : {Lang::en, Lang::fr}) {
      auto& list = out[static_cast<std::size_t>(l)];
      for (const auto& w : ideas_data::setting_words(l)) list.push_back(Phrase{words_of(w.word), w.setting});
      std::stable_sort(list.begin(), list.end(),
                       [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
    }
    return out;
  }();
  return all[static_cast<std::size_t>(lang)];
}

// A word of the text read as a word of the list: the same, or its plural in s or x.
bool reads_as(const std::string& typed, const std::string& listed) {
  if (typed == listed) return true;
  return typed.size() == listed.size() + 1 && typed.starts_with(listed) && (typed.back() == 's' || typed.back() == 'x');
}

bool matches_at(const std::vector<std::string>& text, std::size_t at, const Phrase& p) {
  if (p.words.empty() || at + p.words.size() > text.size()) return false;
  for (std::size_t k = 0; k < p.words.size(); ++k)
    if (!reads_as(text[at + k], p.words[k])) return false;
  return true;
}

std::size_t setting_index(std::string_view setting) {
  return static_cast<std::size_t>(std::find(idea_settings.begin(), idea_settings.end(), setting) -
                                  idea_settings.begin());
}

// The words of each idea of a language, once.
const std::vector<std::vector<std::string>>& idea_words(Lang lang) {
  static const std::array<std::vector<std::vector<std::string>>, 2> all = [] {
    std::array<std::vector<std::vector<std::string>>, 2> out;
    for (const Lang l : {Lang::en, Lang::fr})
      for (const Idea& idea : ideas_data::ideas(l)) out[static_cast<std::size_t>(l)].push_back(words_of(idea.text));
    return out;
  }();
  return all[static_cast<std::size_t>(lang)];
}

bool contains(const std::vector<std::string>& words, const Phrase& p) {
  for (std::size_t at = 0; at < words.size(); ++at)
    if (matches_at(words, at, p)) return true;
  return false;
}

}  // namespace

std::span<const Idea> catalogue(Lang lang) { return ideas_data::ideas(lang); }

const Idea* find_idea(std::string_view id) {
  for (const Lang lang : {Lang::en, Lang::fr})
    for (const Idea& idea : catalogue(lang))
      if (idea.id == id) return &idea;
  return nullptr;
}

std::optional<std::string_view> setting_of(std::string_view text, Lang lang) {
  const auto words = words_of(text);
  std::array<int, idea_settings.size()> count{};
  std::array<std::size_t, idea_settings.size()> first{};
  first.fill(words.size());
  for (std::size_t at = 0; at < words.size();) {
    const auto& list = phrases(lang);
    const auto p = std::find_if(list.begin(), list.end(), [&](const Phrase& ph) { return matches_at(words, at, ph); });
    if (p == list.end()) {
      ++at;
      continue;
    }
    const std::size_t s = setting_index(p->setting);
    ++count[s];
    first[s] = std::min(first[s], at);
    at += p->words.size();
  }
  std::optional<std::size_t> best;
  for (std::size_t s = 0; s < idea_settings.size(); ++s)
    if (count[s] > 0 && (!best || count[s] > count[*best] || (count[s] == count[*best] && first[s] < first[*best])))
      best = s;
  if (!best) return std::nullopt;
  return idea_settings[*best];
}

int suggested_level(const Assessment& a) {
  if (!a.addressee) return level_when_unknown;
  const auto who = words_of(*a.addressee);
  std::vector<const Phrase*> named;
  for (const Phrase& p : phrases(a.lang))
    if (contains(who, p)) named.push_back(&p);
  if (named.empty()) return level_when_unknown;
  const auto ideas = catalogue(a.lang);
  const auto& words = idea_words(a.lang);
  int sum = 0, count = 0;
  for (std::size_t i = 0; i < ideas.size(); ++i)
    if (std::any_of(named.begin(), named.end(), [&](const Phrase* p) { return contains(words[i], *p); })) {
      sum += ideas[i].level;
      ++count;
    }
  if (count == 0) return level_when_unknown;
  return std::clamp((2 * sum + count) / (2 * count), lowest_level, highest_level);
}

std::optional<std::string_view> setting_named(std::string_view word) {
  const std::string folded = fold(trim(word));
  for (const auto setting : idea_settings)
    if (folded == setting) return setting;
  if (auto s = setting_of(word, Lang::en)) return s;
  return setting_of(word, Lang::fr);
}

}  // namespace microask
