#include "microask/request.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace microask {
namespace {

template <typename E, std::size_t N>
using names_t = std::array<std::pair<E, std::string_view>, N>;

constexpr names_t<Verdict, 3> verdict_names{{
    {Verdict::pass, "pass"}, {Verdict::fail, "fail"}, {Verdict::unsure, "unsure"}}};
constexpr names_t<Response, 3> response_names{{
    {Response::yes, "yes"}, {Response::no, "no"}, {Response::discussion, "discussion"}}};
constexpr names_t<Status, 4> status_names{{{Status::planned, "planned"},
                                           {Status::asked, "asked"},
                                           {Status::done, "done"},
                                           {Status::dropped, "dropped"}}};
constexpr names_t<Lang, 2> lang_names{{{Lang::en, "en"}, {Lang::fr, "fr"}}};

// What people type for a response, in both languages.
constexpr names_t<Response, 12> response_aliases{{{Response::yes, "y"},
                                                  {Response::yes, "yes"},
                                                  {Response::yes, "o"},
                                                  {Response::yes, "oui"},
                                                  {Response::no, "n"},
                                                  {Response::no, "no"},
                                                  {Response::no, "non"},
                                                  {Response::discussion, "d"},
                                                  {Response::discussion, "disc"},
                                                  {Response::discussion, "discuss"},
                                                  {Response::discussion, "discussion"},
                                                  {Response::discussion, "discuter"}}};

template <typename E, std::size_t N>
std::string_view name_of(const names_t<E, N>& names, E value) {
  for (const auto& [v, name] : names)
    if (v == value) return name;
  return "?";
}

template <typename E, std::size_t N>
std::optional<E> value_of(const names_t<E, N>& names, std::string_view s) {
  for (const auto& [v, name] : names)
    if (name == s) return v;
  return std::nullopt;
}

}  // namespace

std::string_view to_string(Verdict v) { return name_of(verdict_names, v); }
std::string_view to_string(Response r) { return name_of(response_names, r); }
std::string_view to_string(Status s) { return name_of(status_names, s); }
std::string_view to_string(Lang l) { return name_of(lang_names, l); }

std::optional<Verdict> parse_verdict(std::string_view s) { return value_of(verdict_names, s); }
std::optional<Status> parse_status(std::string_view s) { return value_of(status_names, s); }
std::optional<Lang> parse_lang(std::string_view s) { return value_of(lang_names, s); }

std::optional<Response> parse_response(std::string_view s) {
  if (s.size() > 16) return std::nullopt;
  std::string lower(s);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return value_of(response_aliases, lower);
}

}  // namespace microask
