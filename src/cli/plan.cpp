// microask plan: check a request against the three criteria; save it when it is a
// micro-request. Also lists planned requests and drops one.
#include <fstream>
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/i18n.hpp"
#include "cli/input.hpp"
#include "cli/render.hpp"
#include "microask/criteria.hpp"
#include "microask/journal.hpp"
#include "microask/text.hpp"

namespace microask::cli::plan {
namespace {

struct Options {
  std::vector<std::string> words;
  std::optional<std::string> to;
  bool reversible = false, irreversible = false;
  std::optional<std::string> cost;
  bool check = false, json = false, yes = false;
  std::optional<std::string> drop;
  std::optional<std::string> batch;
};

std::string join(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
  return text;
}

Answers answers_from(const Options& o) {
  Answers a;
  if (o.reversible) a.reversible = true;
  if (o.irreversible) a.reversible = false;
  if (o.cost) {
    if (*o.cost == "low") a.low_cost = true;
    else if (*o.cost == "high") a.low_cost = false;
    else
      throw usage_error(fmt::format(fmt::runtime(_("--cost: '{}' is not a cost; use low or high")), quote_input(*o.cost)));
  }
  return a;
}

const char* question_for(Criterion c) {
  switch (c) {
    case Criterion::concrete: return _("Is it one clear ask, of someone who can answer now?");
    case Criterion::reversible: return _("If the answer is no, or you change your mind, is nothing locked in?");
    case Criterion::low_cost: return _("Would a no leave the relationship as it is (a small favour, no emotional load)?");
  }
  return "";
}

// Settles unsure criteria: by asking on a terminal, else by assuming pass (the text showed
// nothing against it), which the output reports.
std::vector<Criterion> settle_unsure(Assessment& a, Context& ctx, const Options& o) {
  std::vector<Criterion> assumed;
  if (a.any_fail()) return assumed;
  const bool prompt = ctx.stdin_is_terminal && !o.yes && !o.json && !o.check;
  for (auto c : {Criterion::concrete, Criterion::reversible, Criterion::low_cost}) {
    auto& r = a.result(c);
    if (r.verdict != Verdict::unsure) continue;
    if (prompt) {
      for (const auto& reason : r.reasons) ctx.err << "  " << describe(reason) << '\n';
      auto answer = ask_yes_no(ctx, question_for(c));
      if (!answer) throw usage_error(_("no answer given; nothing saved"));
      r.verdict = *answer ? Verdict::pass : Verdict::fail;
      r.reasons.push_back({ReasonKind::user_answer, ""});
    } else {
      r.verdict = Verdict::pass;
      assumed.push_back(c);
    }
  }
  return assumed;
}

NewRequest new_request(const std::string& text, const std::optional<std::string>& to, const Assessment& a,
                       Instant now) {
  NewRequest r;
  r.text = text;
  r.addressee = to ? to : a.addressee;  // who the checker found, unless the user said
  r.lang = a.lang;
  r.concrete = {a.concrete.verdict, reasons_to_json(a.concrete.reasons)};
  r.reversible = {a.reversible.verdict, reasons_to_json(a.reversible.reasons)};
  r.low_cost = {a.low_cost.verdict, reasons_to_json(a.low_cost.reasons)};
  r.status = Status::planned;
  r.created = now;
  return r;
}

exit_status run_batch(const Options& o, Context& ctx) {
  std::ifstream file;
  std::istream* in = &ctx.in;
  if (*o.batch != "-") {
    file.open(*o.batch);
    if (!file)
      throw usage_error(fmt::format(fmt::runtime(_("--batch: cannot read '{}'")), quote_input(*o.batch)));
    in = &file;
  }
  const auto answers = answers_from(o);
  bool all_valid = true;
  std::string line;
  for (std::int64_t n = 1; std::getline(*in, line); ++n) {
    if (trim(line).empty()) continue;
    try {
      PlanOutcome p{require_text(line), {}, {}, std::nullopt};
      p.assessment = assess(p.text, answers);
      write_json(ctx.out, plan_json(p));
    } catch (const usage_error& e) {
      all_valid = false;
      write_json(ctx.out, {{"line", n}, {"error", e.what()}});
    }
  }
  return all_valid ? exit_status::success : exit_status::usage;
}

exit_status run_list(const Options& o, Context& ctx, const GlobalOptions& g) {
  std::vector<Request> planned;
  if (auto journal = Journal::open_for_read(journal_location(ctx, g)))
    planned = journal->requests_with_status(Status::planned);
  if (o.json)
    write_json(ctx.out, requests_json(planned));
  else
    render_requests(ctx.out, style_for(ctx, g), planned);
  return exit_status::success;
}

exit_status run_drop(const Options& o, Context& ctx, const GlobalOptions& g) {
  const auto id = parse_id(*o.drop, "--drop");
  // A missing journal has no request to drop: say so without creating one.
  if (!Journal::open_for_read(journal_location(ctx, g)))
    throw usage_error(fmt::format(fmt::runtime(_("--drop: no request with id {}")), id));
  auto writer = Journal::open_for_write(journal_location(ctx, g));
  const auto r = writer.drop_request(id);
  if (o.json)
    write_json(ctx.out, requests_json(std::span(&r, 1))[0]);
  else
    ctx.out << fmt::format(fmt::runtime(_("Dropped request #{}: \"{}\"")), r.id, shown(r.text)) << '\n';
  return exit_status::success;
}

exit_status run(const Options& o, Context& ctx, const GlobalOptions& g) {
  if (o.batch) return run_batch(o, ctx);
  if (o.drop) return run_drop(o, ctx, g);
  if (o.words.empty()) return run_list(o, ctx, g);

  PlanOutcome p;
  p.text = require_text(join(o.words));
  const auto to = o.to ? std::optional(require_short_text(*o.to, "--to", max_addressee_chars)) : std::nullopt;
  p.assessment = assess(p.text, answers_from(o));
  const auto style = style_for(ctx, g);
  if (ctx.stdin_is_terminal && !o.json && !o.check && !o.yes && !p.assessment.any_fail() &&
      p.assessment.any_unsure())
    render_plan(ctx.err, style, p, true);  // show the verdicts before asking about them
  p.assumed = settle_unsure(p.assessment, ctx, o);

  if (!p.assessment.any_fail() && !o.check) {
    auto journal = Journal::open_for_write(journal_location(ctx, g));
    p.id = journal.add_request(new_request(p.text, to, p.assessment, ctx.now()));
  }
  if (o.json)
    write_json(ctx.out, plan_json(p));
  else
    render_plan(ctx.out, style, p, o.check);
  return p.assessment.any_fail() ? exit_status::negative : exit_status::success;
}

}  // namespace

Run setup(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  sub.add_option("text", o->words, _("the request, as you would say it (quotes optional)"))->type_name(_("TEXT"));
  sub.add_option("--to", o->to, _("who you will ask"))->type_name(_("WHO"));
  auto rev = sub.add_flag("--reversible", o->reversible, _("say that a no or a change of mind locks nothing in"));
  auto irr = sub.add_flag("--irreversible", o->irreversible, _("say that it commits you to something lasting"));
  rev->excludes(irr);
  sub.add_option("--cost", o->cost, _("the relational cost of a no, as you see it"))->type_name("low|high");
  sub.add_flag("--check", o->check, _("assess only; never save"));
  sub.add_flag("--json", o->json, _("print one JSON object"));
  sub.add_flag("-y,--yes", o->yes, _("never ask: unsure criteria without a flag are taken as pass"));
  sub.add_option("--drop", o->drop, _("drop the planned request with this id"))->type_name(_("ID"));
  sub.add_option("--batch", o->batch, _("assess each line of FILE (- for standard input), one JSON object per line; never saves"))
      ->type_name(_("FILE"));
  return [o](Context& ctx, const GlobalOptions& g) { return run(*o, ctx, g); };
}

}  // namespace microask::cli::plan
