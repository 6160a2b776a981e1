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
#include "microask/journal.hpp"
#include "microask/stats.hpp"

namespace microask {

// --- plan -------------------------------------------------------------------------------

// What a request stores of its assessment: text, addressee (`to` when the user named one,
// else whom the checker found), language and the three verdicts with their reasons.
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
};

// Saves the assessed request as planned when it is a micro-request (nothing fails); a
// request that fails is not saved. Returns the outcome, with its id when saved.
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

// --- stats ------------------------------------------------------------------------------

// Planned and not asked for this long, a request is worth seeing again (avoidance is).
inline constexpr std::int64_t waiting_after_days = 14;

struct WeeklyReview {
  WeeklyStats stats;
  std::vector<Request> waiting;  // planned more than waiting_after_days ago, not asked; oldest first
  std::vector<Entry> lessons;    // with_lessons: the entries of the weeks shown with a lesson, oldest first
};

// The weeks shown (the current one and weeks - 1 before it; nullopt: since the first entry),
// with the journal's goal and what waits; `with_lessons` reads the lessons of those weeks
// too (every entry of the weeks shown: for the report, not for the table).
WeeklyReview weekly_review(const Journal& journal, Instant now, WeekStart ws, std::optional<int> weeks,
                           bool with_lessons = false);

}  // namespace microask
