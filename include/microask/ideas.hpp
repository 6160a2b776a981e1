// The catalogue of ideas: graded requests a person can make today, one file per language
// in src/ideas/ (compiled in by microask_ideagen), each with a stable id, a level on the
// ladder (1..5) and the setting it happens in. Every idea is a micro-request by the checker
// (tests/unit/ideas_test.cpp).
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>

#include "microask/criteria.hpp"
#include "microask/request.hpp"

namespace microask {

inline constexpr int lowest_level = 1;
inline constexpr int highest_level = 5;

// Where a request happens, as the catalogue and `idea --setting` name it.
inline constexpr std::array<std::string_view, 10> idea_settings{
    "shop", "cafe", "street", "transport", "work", "neighbours", "family", "friends", "online", "services"};

struct Idea {
  std::string_view id;  // "<lang>-<setting>-<nn>": stable
  Lang lang = Lang::en;
  int level = lowest_level;
  std::string_view setting;  // one of idea_settings
  std::string_view text;
};

// The ideas of one language, in the order of its file.
std::span<const Idea> catalogue(Lang lang);

// The idea with this id, in either language; nullptr when there is none.
const Idea* find_idea(std::string_view id);

// The setting a request's words place it in ("the barista" -> cafe, "ma voisine" ->
// neighbours), from the words of src/ideas/settings_<lang>.tsv: the setting most of its
// words name, the first named on a tie; nullopt when none do.
std::optional<std::string_view> setting_of(std::string_view text, Lang lang);

// The setting a word names, in either language: a key of idea_settings ("work"), or a word
// of one setting alone ("travail", "collègue", "Bakery"); nullopt when it names none.
std::optional<std::string_view> setting_named(std::string_view word);

// The level on the ladder a request's findings suggest, for a request not taken from the
// catalogue: the mean level, rounded, of the catalogue's ideas (in its language) that ask
// the same kind of person, read from the setting words of the addressee the checker found
// ("the pharmacist", "ma voisine", "a stranger"); level 2 when the checker found nobody or
// no idea asks such a person.
int suggested_level(const Assessment& a);
inline constexpr int level_when_unknown = 2;

}  // namespace microask
