// microask stats: the journal week by week.
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/i18n.hpp"
#include "cli/input.hpp"
#include "cli/render.hpp"
#include "microask/journal.hpp"
#include "microask/stats.hpp"

namespace microask::cli::stats {
namespace {

struct Options {
  std::optional<std::string> weeks;
  bool all = false;
  std::string week_start = "monday";
  bool json = false, csv = false;
};

exit_status run(const Options& o, Context& ctx, const GlobalOptions& g) {
  const auto ws = parse_week_start(o.week_start);
  if (!ws)
    throw usage_error(fmt::format(fmt::runtime(_("--week-start: '{}' is not a day; use monday or sunday")),
                                  quote_input(o.week_start)));
  std::optional<int> weeks = 8;
  if (o.weeks) weeks = parse_count(*o.weeks, "--weeks", 10'000);
  if (o.all) weeks.reset();

  std::vector<DayTotals> days;
  if (auto journal = Journal::open_for_read(journal_location(ctx, g))) days = journal->day_totals();
  const auto s = weekly_stats(days, local_day(ctx.now()), *ws, weeks);
  if (o.json)
    write_json(ctx.out, stats_json(s));
  else if (o.csv)
    render_stats_csv(ctx.out, s);
  else
    render_stats(ctx.out, style_for(ctx, g), s);
  return exit_status::success;
}

}  // namespace

Run setup(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  auto weeks = sub.add_option("--weeks", o->weeks, _("how many weeks, ending with the current one (default 8)"))
                   ->type_name("N");
  auto all = sub.add_flag("--all", o->all, _("every week since the first entry"));
  weeks->excludes(all);
  sub.add_option("--week-start", o->week_start, _("weeks start on monday (ISO weeks) or sunday"))
      ->type_name("monday|sunday");
  auto json = sub.add_flag("--json", o->json, _("print one JSON object"));
  auto csv = sub.add_flag("--csv", o->csv, _("print CSV with a header"));
  json->excludes(csv);
  return [o](Context& ctx, const GlobalOptions& g) { return run(*o, ctx, g); };
}

}  // namespace microask::cli::stats
