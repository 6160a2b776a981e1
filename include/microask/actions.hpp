// The product's rules, as actions: what a planned request stores, how unsure verdicts are
// settled, which request to make now, which one waits to be logged, what logging records.
// Each takes the journal (or what it needs of it), "now" and the user's choices, and returns
// a value; none prints, reads the clock or the environment. A command of the CLI reads its
// options, calls one of these and renders what it returns.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "microask/criteria.hpp"
#include "microask/errors.hpp"
#include "microask/ideas.hpp"
#include "microask/journal.hpp"
#include "microask/ladder.hpp"
#include "microask/stats.hpp"

namespace microask {

// --- plan -------------------------------------------------------------------------------

// What a request stores of its assessment: text, addressee (`to` when the user named one,
// else whom the checker found), language, the three verdicts with their reasons, and the
// level on the ladder its findings suggest.
NewRequest new_request(const std::string& text, const std::optional<std::string>& to, const Assessment& a,
                       Status status, Instant at);

// The user's answer about one unsure criterion (its reasons say why it is unsure); nullopt
// when they cannot be asked (no terminal, a script, --yes).
using AskUser = std::function<std::optional<bool>(Criterion, const CriterionResult&)>;

// Settles the unsure criteria of a request that fails none: each takes the user's answer
// (reason user_answer), or is assumed to pass when there is none (the text showed nothing
// against it). Returns the criteria assumed. A request that fails is left as it is.
std::vector<Criterion> settle_unsure(Assessment& a, const AskUser& ask_user);

struct PlanOutcome {
  std::string text;
  Assessment assessment;
  std::vector<Criterion> assumed;  // unsure criteria taken as pass without an answer
  std::optional<std::int64_t> id;  // set when saved
  // Its place on the ladder: the level given (plan --level, the idea's), else, once saved,
  // the level the checker's findings suggest; and the idea it comes from.
  std::optional<int> level;
  std::optional<std::string> idea;
  // For a request that fails: whole rewritten requests that pass (smaller.hpp), best first.
  std::vector<std::string> smaller;
};

// `text` assessed with the user's answers, and its smaller versions when it fails.
PlanOutcome assessed_request(std::string text, const Answers& answers);

// Saves the assessed request as planned when it is a micro-request (nothing fails); a
// request that fails is not saved. Returns the outcome, with its id and level when saved.
PlanOutcome plan_request(Journal& journal, PlanOutcome assessed, const std::optional<std::string>& to, Instant now);

// The requests still to make or to log: planned ones, and asked ones waiting for their
// entry; oldest first.
std::vector<Request> open_requests(const Journal& journal);

// A request's text corrected: re-assessed, and undoable. A request still to make or to log
// (planned, asked) must stay a micro-request: when the new text fails, nothing changes and
// `after` is empty. One already made or dropped takes the new text whatever its verdicts.
// Throws usage_error for an unknown id.
struct TextEdit {
  PlanOutcome assessed;  // the new text and its verdicts
  Request before;
  std::optional<Request> after;
};
TextEdit edit_request_text(Journal& journal, std::int64_t id, PlanOutcome assessed, const std::optional<std::string>& to);

// --- ask --------------------------------------------------------------------------------

struct Prediction {
  std::optional<int> stress;
  std::optional<Response> response;
};

// The request to make now: `id` when given (usage_error when there is none), else the one
// asked and not yet logged (a reminder that asks at every new shell keeps showing it), else
// the oldest planned one; nullopt when nothing is planned.
std::optional<Request> request_to_ask(const Journal& journal, std::optional<std::int64_t> id);

// Marks `r` asked now with the prediction, a new value replacing the old one. Asking again
// a request already asked, without a new prediction, writes nothing and returns it as it is.
Request ask_request(Journal& journal, const Request& r, const Prediction& p, Instant now);

// --- log --------------------------------------------------------------------------------

// Several requests are asked and not logged, and none was named: the CLI words the list.
class several_waiting : public usage_error {
 public:
  explicit several_waiting(std::vector<Request> waiting);
  const std::vector<Request>& waiting() const { return waiting_; }

 private:
  std::vector<Request> waiting_;
};

// The one request asked and not yet logged. Throws usage_error when there is none and
// several_waiting when there are several.
Request waiting_to_log(const Journal& journal);

// What happened after a request: for `request_id`, or for the one waiting when it is nullopt.
// The entry carries the prediction `ask` recorded.
Entry log_planned(Journal& journal, std::optional<std::int64_t> request_id, const NewEntry& e);

// Whether the checker found an ask in the text at all: "lsit" or "1 2" is no request (most
// likely a typo), whatever its other verdicts.
bool reads_as_request(const Assessment& a);

// A request made without planning, with what happened: stored whatever its verdicts (it
// happened), created at the time it was asked.
// `to`: whom it was asked of, when the person says (else whom the checker found).
Entry log_unplanned(Journal& journal, const std::string& text, const std::optional<std::string>& to, const NewEntry& e);

// --- idea: what to ask next ------------------------------------------------------------

// Where the person stands on the ladder, from every entry logged: each counts at its
// request's level (for requests older than the ladder, the level the checker suggests).
// Journal::ladder(): the state the writers keep, or the full walk when it cannot be trusted.
Ladder current_ladder(const Journal& journal);

// How many of the newest requests tell which settings were used lately.
inline constexpr std::int64_t recent_requests_for_settings = 5;

struct IdeaQuery {
  Lang lang = Lang::en;
  std::optional<int> level;                  // none: the ladder's
  std::optional<std::string_view> setting;  // none: any, the least used lately first
};

struct IdeaOffer {
  Ladder ladder;
  int level = lowest_level;  // where the idea was looked for
  // No level asked and none left at the ladder's: the ladder's level (`level` is then the
  // nearest level with ideas left, the one above first).
  std::optional<int> instead_of;
  std::optional<Idea> idea;  // none: nothing left (no level of the query has any)
  // The settings of the newest requests, newest first, each once; `fresh` when the idea's
  // setting is not among them (and some are: spacing has something to say).
  std::vector<std::string_view> recent_settings;
  bool fresh = false;
  int left_at_level = 0;  // ideas not yet planned at `level` (language and setting of the query)
  int left_in_lang = 0;   // ideas not yet planned in the language, any level and setting
};

// One idea not planned before: at the query's level (else the ladder's), in its setting
// (else the one used least lately), the first of the catalogue's order.
IdeaOffer offer_idea(const Journal& journal, const IdeaQuery& q);

// The ideas not planned before, in the catalogue's order; of every level when the query
// names none.
std::vector<Idea> ideas_left(const Journal& journal, const IdeaQuery& q);

// A step to take today instead of a request that is not a micro-request: an idea of its
// language at the ladder's level, of its setting when the catalogue has one left there.
IdeaOffer offer_instead(const Journal& journal, const PlanOutcome& refused);

// The idea assessed as `plan` assesses a text, with its level and id: plan_request saves it
// (every idea passes: tests/unit/ideas_test.cpp).
PlanOutcome assess_idea(const Idea& idea);

// --- stats ------------------------------------------------------------------------------

// Planned and not asked for this long, a request is worth seeing again (avoidance is).
inline constexpr std::int64_t waiting_after_days = 14;

struct WeeklyReview {
  WeeklyStats stats;
  Ladder ladder;
  std::vector<Request> waiting;  // planned more than waiting_after_days ago, not asked; oldest first
  std::vector<Entry> lessons;    // with_lessons: the entries of the weeks shown with a lesson, oldest first
};

// The weeks shown (the current one and weeks - 1 before it; nullopt: since the first entry),
// with the journal's goal and what waits; `with_lessons` reads the lessons of those weeks
// too (every entry of the weeks shown: for the report, not for the table).
WeeklyReview weekly_review(const Journal& journal, Instant now, WeekStart ws, std::optional<int> weeks,
                           bool with_lessons = false);

}  // namespace microask
