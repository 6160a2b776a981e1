#include "microask/actions.hpp"

#include "microask/smaller.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace microask {
namespace {

std::string listed(const std::vector<Request>& rs) {
  std::string s;
  for (const auto& r : rs) s += (s.empty() ? "#" : ", #") + std::to_string(r.id) + " \"" + r.text + "\"";
  return s;
}

}  // namespace

NewRequest new_request(const std::string& text, const std::optional<std::string>& to, const Assessment& a,
                       Status status, Instant at) {
  NewRequest r;
  r.text = text;
  r.addressee = to ? to : a.addressee;
  r.lang = a.lang;
  r.concrete = {a.concrete.verdict, reasons_to_json(a.concrete.reasons)};
  r.reversible = {a.reversible.verdict, reasons_to_json(a.reversible.reasons)};
  r.low_cost = {a.low_cost.verdict, reasons_to_json(a.low_cost.reasons)};
  r.status = status;
  r.created = at;
  r.level = suggested_level(a);
  return r;
}

PlanOutcome assessed_request(std::string text, const Answers& answers) {
  PlanOutcome p{std::move(text), {}, {}, std::nullopt, std::nullopt, std::nullopt, {}};
  p.assessment = assess(p.text, answers);
  p.smaller = smaller_requests(p.text, p.assessment);
  return p;
}

std::vector<Criterion> settle_unsure(Assessment& a, const AskUser& ask_user) {
  std::vector<Criterion> assumed;
  if (a.any_fail()) return assumed;
  for (const auto c : {Criterion::concrete, Criterion::reversible, Criterion::low_cost}) {
    auto& r = a.result(c);
    if (r.verdict != Verdict::unsure) continue;
    if (const auto answer = ask_user ? ask_user(c, r) : std::nullopt) {
      r.verdict = *answer ? Verdict::pass : Verdict::fail;
      r.reasons.push_back({ReasonKind::user_answer, ""});
    } else {
      r.verdict = Verdict::pass;
      assumed.push_back(c);
    }
  }
  return assumed;
}

PlanOutcome plan_request(Journal& journal, PlanOutcome assessed, const std::optional<std::string>& to, Instant now) {
  if (assessed.assessment.any_fail()) return assessed;
  NewRequest r = new_request(assessed.text, to, assessed.assessment, Status::planned, now);
  if (assessed.level) r.level = assessed.level;
  r.idea = assessed.idea;
  assessed.id = journal.add_request(r);
  assessed.level = r.level;
  return assessed;
}

TextEdit edit_request_text(Journal& journal, std::int64_t id, PlanOutcome assessed, const std::optional<std::string>& to) {
  const auto before = journal.find_request(id);
  if (!before) throw usage_error(MICROASK_MSG("no request with id {}"), {std::to_string(id)});
  TextEdit edit{std::move(assessed), *before, std::nullopt};
  const bool still_to_make = before->status == Status::planned || before->status == Status::asked;
  if (still_to_make && edit.assessed.assessment.any_fail()) return edit;
  // Whom: as the person says, else whom the new text names, else whom the request had.
  const auto& found = edit.assessed.assessment.addressee;
  NewRequest r = new_request(edit.assessed.text, to ? to : found ? found : before->addressee, edit.assessed.assessment,
                             before->status, before->created);
  r.level = before->level;
  edit.after = journal.edit_request(id, r);
  edit.assessed.id = id;
  return edit;
}

std::vector<Request> open_requests(const Journal& journal) {
  auto out = journal.requests_with_status(Status::planned);
  auto asked = journal.requests_with_status(Status::asked);
  out.insert(out.end(), asked.begin(), asked.end());
  std::sort(out.begin(), out.end(), [](const Request& a, const Request& b) {
    return a.created.utc != b.created.utc ? a.created.utc < b.created.utc : a.id < b.id;
  });
  return out;
}

std::optional<Request> request_to_ask(const Journal& journal, std::optional<std::int64_t> id) {
  if (id) {
    auto r = journal.find_request(*id);
    if (!r) throw usage_error(MICROASK_MSG("no request with id {}"), {std::to_string(*id)});
    return r;
  }
  const auto waiting = journal.requests_with_status(Status::asked);
  return waiting.empty() ? journal.oldest_planned() : std::optional(waiting.front());
}

Request ask_request(Journal& journal, const Request& r, const Prediction& p, Instant now) {
  if (r.status == Status::asked && !p.stress && !p.response) return r;
  return journal.mark_asked(r.id, now, p.stress ? p.stress : r.expected_stress,
                            p.response ? p.response : r.expected_response);
}

several_waiting::several_waiting(std::vector<Request> waiting)
    : usage_error(MICROASK_MSG("several requests are waiting to be logged: {}; give one id"), {listed(waiting)}),
      waiting_(std::move(waiting)) {}

Request waiting_to_log(const Journal& journal) {
  auto asked = journal.requests_with_status(Status::asked);
  if (asked.empty())
    throw usage_error(MICROASK_MSG("no request is waiting to be logged; give its id (see 'microask plan') "
                                   "or the text of a request made without planning"));
  if (asked.size() > 1) throw several_waiting(std::move(asked));
  return asked.front();
}

Entry log_planned(Journal& journal, std::optional<std::int64_t> request_id, const NewEntry& e) {
  return journal.add_entry(request_id ? *request_id : waiting_to_log(journal).id, e);
}

bool reads_as_request(const Assessment& a) {
  return std::none_of(a.concrete.reasons.begin(), a.concrete.reasons.end(),
                      [](const Reason& r) { return r.kind == ReasonKind::no_ask; });
}

Entry log_unplanned(Journal& journal, const std::string& text, const std::optional<std::string>& to, const NewEntry& e) {
  return journal.add_adhoc_entry(new_request(text, to, assess(text), Status::done, e.asked_at), e);
}

WeeklyReview weekly_review(const Journal& journal, Instant now, WeekStart ws, std::optional<int> weeks,
                           bool with_lessons) {
  WeeklyReview r;
  r.stats = weekly_stats(journal.day_totals(), local_day(now), ws, weeks, journal.weekly_goal());
  r.ladder = current_ladder(journal);
  for (auto& q : journal.requests_with_status(Status::planned))
    if (local_day(q.created) + waiting_after_days < local_day(now)) r.waiting.push_back(std::move(q));
  if (with_lessons && !r.stats.weeks.empty()) {
    // Every entry of the weeks shown: from the first day's earliest possible instant (the
    // largest offset east), kept by its own local day.
    const std::int64_t first_day = r.stats.weeks.front().start;
    EntryFilter since;
    since.since_utc = first_day * 86400 - 18 * 3600;
    auto found = journal.find_entries(since, std::nullopt).entries;
    for (auto it = found.rbegin(); it != found.rend(); ++it)
      if (it->lesson && local_day(it->asked_at) >= first_day) r.lessons.push_back(std::move(*it));
  }
  return r;
}

}  // namespace microask
