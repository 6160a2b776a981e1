// microask plan: check a request against the three criteria; save it when it is a
// micro-request. Also lists planned requests and drops one.
#include <fstream>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands/commands.hpp"
#include "cli/i18n.hpp"
#include "cli/input.hpp"
#include "cli/output/data.hpp"
#include "cli/output/ideas.hpp"
#include "cli/output/text.hpp"
#include "microask/actions.hpp"
#include "microask/text.hpp"

namespace microask::cli::plan {
namespace {

struct Options {
  std::vector<std::string> words;
  std::optional<std::string> to;
  bool concrete = false, vague = false, reversible = false, irreversible = false;
  std::optional<std::string> cost;
  bool check = false, json = false, yes = false;
  std::optional<std::string> drop, edit;
  std::optional<std::string> batch;
  std::optional<std::string> idea, level;
};

// What prepare() found, for run().
struct Prepared {
  Answers answers;
  std::optional<std::string> to;
  std::int64_t drop = 0, edit = 0;
  PlanOutcome outcome;
  const Idea* idea = nullptr;
};

Answers answers_from(const Options& o) {
  Answers a;
  if (o.concrete) a.concrete = true;
  if (o.vague) a.concrete = false;
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

// On a terminal, the user settles what the text does not tell; in a script (or with
// --yes, --json, --check) nobody is asked.
AskUser ask_on_terminal(Context& ctx, const Options& o) {
  if (!ctx.stdin_is_terminal || o.yes || o.json || o.check) return {};
  return [&ctx](Criterion c, const CriterionResult& r) -> std::optional<bool> {
    for (const auto& reason : r.reasons) ctx.err << "  " << describe(reason) << '\n';
    const auto answer = ask_yes_no(ctx, question_for(c));
    if (!answer) throw usage_error(_("no answer given; nothing saved"));
    return answer;
  };
}

exit_status run_batch(const Options& o, const Prepared& p, Context& ctx) {
  std::ifstream file;
  std::istream* in = &ctx.in;
  if (*o.batch != "-") {
    file.open(*o.batch);
    if (!file)
      throw usage_error(fmt::format(fmt::runtime(_("--batch: cannot read '{}'")), quote_input(*o.batch)));
    in = &file;
  }
  bool all_valid = true;
  std::string line;
  for (std::int64_t n = 1; std::getline(*in, line); ++n) {
    if (trim(line).empty()) continue;
    try {
      write_json(ctx.out, plan_json(assessed_request(require_text(line), p.answers)));
    } catch (const usage_error& e) {
      all_valid = false;
      write_json(ctx.out, {{"line", n}, {"error", e.what()}});
    }
  }
  return all_valid ? exit_status::success : exit_status::usage;
}

exit_status run_edit(const Options& o, Prepared& p, Context& ctx, const Style& style, Journal& journal) {
  const TextEdit edit = edit_request_text(journal, p.edit, std::move(p.outcome), p.to);
  if (o.json) {
    json j = plan_json(edit.assessed);
    j["before"] = edit.before.text;
    write_json(ctx.out, j);
  } else {
    render_verdicts(ctx.out, style, edit.assessed);
    if (edit.after)
      ctx.out << fmt::format(fmt::runtime(_("Edited request #{}: \"{}\" (was \"{}\"; microask undo brings it back)")),
                             edit.before.id, shown(edit.after->text), shown(edit.before.text))
              << '\n';
    else
      ctx.out << fmt::format(fmt::runtime(_("Request #{} is unchanged: a request still to make stays a micro-request.")),
                             edit.before.id)
              << '\n';
  }
  return edit.after ? exit_status::success : exit_status::negative;
}

JournalNeed prepare(const Options& o, Prepared& p, Context& ctx, const GlobalOptions& g) {
  p.answers = answers_from(o);
  if (o.batch) return JournalNeed::none;
  if (o.drop) {
    p.drop = parse_id(*o.drop, "--drop");
    return JournalNeed::write_existing;
  }
  if (o.edit) {
    p.edit = parse_id(*o.edit, "--edit");
    if (o.words.empty()) throw usage_error(_("--edit needs the request's new text: microask plan --edit ID \"...\""));
  }
  if (o.level) p.outcome.level = parse_level(*o.level, "--level");
  if (o.idea) {
    p.idea = &parse_idea_id(*o.idea, "--idea");
    return o.check ? JournalNeed::none : JournalNeed::write;
  }
  if (o.words.empty()) {
    if (o.level) throw usage_error(_("--level needs a request: microask plan --level N \"...\" (or --idea ID)"));
    return JournalNeed::read;
  }
  const auto level = p.outcome.level;
  p.outcome = assessed_request(require_text(join_words(o.words)), p.answers);
  p.outcome.level = level;
  if (o.to) p.to = require_short_text(*o.to, "--to", max_addressee_chars);
  const auto ask_user = ask_on_terminal(ctx, o);
  if (ask_user && !p.outcome.assessment.any_fail() && p.outcome.assessment.any_unsure())
    render_plan(ctx.err, style_for(ctx, g), p.outcome, true);  // the verdicts, before asking about them
  p.outcome.assumed = settle_unsure(p.outcome.assessment, ask_user);
  if (o.edit) return o.check ? JournalNeed::none : JournalNeed::write_existing;
  // A request that fails is not saved, but the journal tells which idea to offer instead.
  if (p.outcome.assessment.any_fail()) return JournalNeed::hint;
  return o.check ? JournalNeed::none : JournalNeed::write;
}

exit_status run(const Options& o, Prepared& p, Context& ctx, const GlobalOptions& g, Journal* journal) {
  if (o.batch) return run_batch(o, p, ctx);
  const auto style = style_for(ctx, g);
  if (o.drop) {
    const auto r = journal->drop_request(p.drop);
    if (o.json)
      write_json(ctx.out, json(r));
    else
      ctx.out << fmt::format(fmt::runtime(_("Dropped request #{}: \"{}\"")), r.id, shown(r.text)) << '\n';
    return exit_status::success;
  }
  if (o.words.empty() && !p.idea) {
    const auto open = open_requests(*journal);
    if (o.json)
      write_json(ctx.out, json(open));
    else
      render_requests(ctx.out, style, open);
    return exit_status::success;
  }
  if (o.edit && journal) return run_edit(o, p, ctx, style, *journal);
  if (p.idea) {
    const auto level = p.outcome.level;
    p.outcome = assess_idea(*p.idea);
    if (level) p.outcome.level = level;
  }
  const bool refused = p.outcome.assessment.any_fail();
  if (journal && !refused) p.outcome = plan_request(*journal, std::move(p.outcome), p.to, ctx.now());
  const auto instead = refused && journal ? offer_instead(*journal, p.outcome) : IdeaOffer{};
  if (o.json) {
    json j = plan_json(p.outcome);
    if (instead.idea) j["instead"] = idea_json(*instead.idea);
    write_json(ctx.out, j);
  } else {
    render_plan(ctx.out, style, p.outcome, o.check);
    render_instead(ctx.out, style, instead, db_option(g));
  }
  return refused ? exit_status::negative : exit_status::success;
}

}  // namespace

Handler setup(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  auto text = sub.add_option("text", o->words, _("the request, as you would say it (quotes optional)"))->type_name(_("TEXT"));
  sub.add_option("--to", o->to, _("who you will ask"))->type_name(_("WHO"));
  auto concrete = sub.add_flag("--concrete", o->concrete, _("say that it is one clear ask, of someone who can answer now"));
  auto vague = sub.add_flag("--vague", o->vague, _("say that it is not one clear ask yet"));
  concrete->excludes(vague);
  auto rev = sub.add_flag("--reversible", o->reversible, _("say that a no or a change of mind locks nothing in"));
  auto irr = sub.add_flag("--irreversible", o->irreversible, _("say that it commits you to something lasting"));
  rev->excludes(irr);
  sub.add_option("--cost", o->cost, _("the relational cost of a no, as you see it"))->type_name("low|high");
  sub.add_flag("--check", o->check, _("assess only; never save"));
  sub.add_flag("--json", o->json, _("print one JSON object"));
  sub.add_flag("-y,--yes", o->yes, _("never ask: unsure criteria without a flag are taken as pass"));
  auto drop = sub.add_option("--drop", o->drop, _("drop the planned request with this id"))->type_name(_("ID"));
  auto edit = sub.add_option("--edit", o->edit, _("correct the text of the request with this id (re-assessed; undo brings it back)"))
                  ->type_name(_("ID"));
  drop->excludes(edit);
  auto idea = sub.add_option("--idea", o->idea, _("plan this idea of the catalogue (see microask idea)"))->type_name(_("ID"));
  sub.add_option("--level", o->level, _("the level of the request on the ladder, 1 to 5 (default: the idea's, or the "
                                        "one its words suggest)"))
      ->type_name("1-5");
  idea->excludes(text)->excludes(drop)->excludes(edit);
  auto batch = sub.add_option("--batch", o->batch, _("assess each line of FILE (- for standard input), one JSON object per line; never saves"))
      ->type_name(_("FILE"));
  batch->excludes(idea);
  auto p = std::make_shared<Prepared>();
  return {[o, p](Context& ctx, const GlobalOptions& g) { return prepare(*o, *p, ctx, g); },
          [o, p](Context& ctx, const GlobalOptions& g, Journal* j) { return run(*o, *p, ctx, g, j); }};
}

}  // namespace microask::cli::plan
