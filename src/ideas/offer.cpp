// The actions of `idea`: the ladder read from the journal, and the idea to offer.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "microask/actions.hpp"

namespace microask {
namespace {

using Used = std::set<std::string, std::less<>>;

Used used_ideas(const Journal& journal) {
  const auto ids = journal.ideas_used();
  return Used(ids.begin(), ids.end());
}

bool fits(const Idea& i, const IdeaQuery& q, std::optional<int> level) {
  return i.lang == q.lang && (!level || i.level == *level) && (!q.setting || i.setting == *q.setting);
}

std::vector<Idea> left(const Used& used, const IdeaQuery& q, std::optional<int> level) {
  std::vector<Idea> out;
  for (const Idea& i : catalogue(q.lang))
    if (fits(i, q, level) && !used.contains(i.id)) out.push_back(i);
  return out;
}

std::optional<std::string_view> setting_of_request(const Request& r) {
  if (r.idea)
    if (const Idea* i = find_idea(*r.idea)) return i->setting;
  return setting_of(r.text, r.lang);
}

std::vector<std::string_view> recent_settings(const Journal& journal) {
  std::vector<std::string_view> out;
  for (const Request& r : journal.latest_requests(recent_requests_for_settings))
    if (const auto s = setting_of_request(r); s && std::find(out.begin(), out.end(), *s) == out.end())
      out.push_back(*s);
  return out;
}

// Of `candidates`, the first in the catalogue's order of the setting used least lately: one
// not among `recent` first, else the one used longest ago; on a tie, the setting of which
// fewer ideas were ever planned, then the order of idea_settings.
const Idea& spaced(const std::vector<Idea>& candidates, const std::vector<std::string_view>& recent, const Used& used) {
  const auto recency = [&](std::string_view s) {
    const auto at = std::find(recent.begin(), recent.end(), s);
    return static_cast<std::ptrdiff_t>(at - recent.begin());  // larger: longer ago
  };
  const auto planned_in = [&](std::string_view s) {
    return std::count_if(used.begin(), used.end(), [&](const std::string& id) {
      const Idea* i = find_idea(id);
      return i && i->setting == s;
    });
  };
  const auto order = [](std::string_view s) { return std::find(idea_settings.begin(), idea_settings.end(), s); };
  const Idea* best = &candidates.front();
  for (const Idea& c : candidates) {
    if (c.setting == best->setting) continue;
    const auto a = recency(c.setting), b = recency(best->setting);
    if (a != b) {
      if (a > b) best = &c;
      continue;
    }
    const auto pa = planned_in(c.setting), pb = planned_in(best->setting);
    if (pa != pb) {
      if (pa < pb) best = &c;
      continue;
    }
    if (order(c.setting) < order(best->setting)) best = &c;
  }
  return *best;
}

// The levels to try, nearest first, the one above before the one below.
std::vector<int> nearest_levels(int from) {
  std::vector<int> out{from};
  for (int d = 1; d < highest_level; ++d)
    for (const int l : {from + d, from - d})
      if (l >= lowest_level && l <= highest_level) out.push_back(l);
  return out;
}

IdeaOffer offer(const Journal& journal, const IdeaQuery& q, const Ladder& ladder) {
  const Used used = used_ideas(journal);
  IdeaOffer o;
  o.ladder = ladder;
  o.level = q.level.value_or(ladder.level);
  o.recent_settings = recent_settings(journal);
  o.left_in_lang = static_cast<int>(left(used, IdeaQuery{q.lang, std::nullopt, std::nullopt}, std::nullopt).size());
  auto candidates = left(used, q, o.level);
  if (candidates.empty() && !q.level) {
    for (const int l : nearest_levels(o.level)) {
      candidates = left(used, q, l);
      if (candidates.empty()) continue;
      o.instead_of = o.level;
      o.level = l;
      break;
    }
  }
  o.left_at_level = static_cast<int>(candidates.size());
  if (candidates.empty()) return o;
  o.idea = q.setting ? candidates.front() : spaced(candidates, o.recent_settings, used);
  o.fresh = !q.setting && !o.recent_settings.empty() &&
            std::find(o.recent_settings.begin(), o.recent_settings.end(), o.idea->setting) == o.recent_settings.end();
  return o;
}

}  // namespace

Ladder current_ladder(const Journal& journal) { return journal.ladder(); }

IdeaOffer offer_idea(const Journal& journal, const IdeaQuery& q) { return offer(journal, q, current_ladder(journal)); }

std::vector<Idea> ideas_left(const Journal& journal, const IdeaQuery& q) { return left(used_ideas(journal), q, q.level); }

IdeaOffer offer_instead(const Journal& journal, const PlanOutcome& refused) {
  const Ladder ladder = current_ladder(journal);
  IdeaQuery q{refused.assessment.lang, ladder.level, setting_of(refused.text, refused.assessment.lang)};
  // Of its setting when one is left at the ladder's level; else any setting, spaced.
  if (q.setting && left(used_ideas(journal), q, q.level).empty()) q.setting.reset();
  q.level.reset();
  return offer(journal, q, ladder);
}

PlanOutcome assess_idea(const Idea& idea) {
  PlanOutcome outcome{std::string(idea.text), assess(idea.text), {}, std::nullopt, idea.level, std::string(idea.id), {}};
  outcome.assumed = settle_unsure(outcome.assessment, {});
  return outcome;
}

}  // namespace microask
