// microask goal: the weekly goal (requests per week), kept in the journal; `stats` shows
// each week against it and counts the streak in weeks that met it.
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands/commands.hpp"
#include "cli/i18n.hpp"
#include "cli/input.hpp"
#include "cli/output/data.hpp"

namespace microask::cli::goal {
namespace {

struct Options {
  std::optional<std::string> requests;
  bool clear = false, json = false;
};

struct Prepared {
  std::optional<int> goal;
};

JournalNeed prepare(const Options& o, Prepared& p) {
  if (o.requests) p.goal = parse_count(*o.requests, _("requests per week"), Journal::max_weekly_goal);
  if (o.requests) return JournalNeed::write;
  return o.clear ? JournalNeed::write_existing : JournalNeed::read;
}

void say_goal(Context& ctx, std::optional<int> goal) {
  if (goal)
    ctx.out << fmt::format(fmt::runtime(ngettext("Weekly goal: {} request a week.", "Weekly goal: {} requests a week.",
                                                 static_cast<unsigned long>(*goal))),
                           *goal)
            << '\n';
  else
    ctx.out << _("No weekly goal. Set one with: microask goal N (requests per week).") << '\n';
}

exit_status run(const Options& o, const Prepared& p, Context& ctx, Journal& journal) {
  if (o.clear) {
    // Nothing to clear on a journal that does not exist yet: it has no goal.
    if (journal.weekly_goal()) journal.set_weekly_goal(std::nullopt);
  } else if (p.goal) {
    journal.set_weekly_goal(p.goal);
  }
  const auto goal = journal.weekly_goal();
  if (o.json)
    write_json(ctx.out, {{"goal", goal ? json(*goal) : json(nullptr)}});
  else if (o.clear)
    ctx.out << _("Weekly goal cleared.") << '\n';
  else
    say_goal(ctx, goal);
  return exit_status::success;
}

}  // namespace

Handler setup(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  auto n = sub.add_option("requests", o->requests, _("requests to make each week, 1 to 100 (none: show the goal)"))
               ->type_name("N");
  auto clear = sub.add_flag("--clear", o->clear, _("remove the weekly goal"));
  n->excludes(clear);
  sub.add_flag("--json", o->json, _("print the goal as JSON"));
  auto p = std::make_shared<Prepared>();
  return {[o, p](Context&, const GlobalOptions&) { return prepare(*o, *p); },
          [o, p](Context& ctx, const GlobalOptions&, Journal* j) { return run(*o, *p, ctx, *j); }};
}

}  // namespace microask::cli::goal
