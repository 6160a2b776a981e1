// microask stats: the journal week by week.
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands/commands.hpp"
#include "cli/files.hpp"
#include "cli/i18n.hpp"
#include "cli/input.hpp"
#include "cli/output/chart.hpp"
#include "cli/output/data.hpp"
#include "cli/output/review.hpp"
#include "cli/output/svg.hpp"
#include "cli/output/text.hpp"
#include "microask/actions.hpp"

namespace microask::cli::stats {
namespace {

struct Options {
  std::optional<std::string> weeks;
  bool all = false;
  std::optional<std::string> week_start;  // default: the configuration file's, else monday
  bool json = false, csv = false;
  bool chart = false, no_chart = false;
  std::optional<std::string> svg;  // a file, or "-" for standard output
  std::optional<std::string> report;  // likewise; given with no file: standard output
};

struct Prepared {
  WeekStart week_start = WeekStart::monday;
  std::optional<int> weeks = 8;  // nullopt: all
};

bool to_stdout(const std::string& file) { return file.empty() || file == "-"; }

JournalNeed prepare(const Options& o, Prepared& p, const GlobalOptions& g) {
  if (o.week_start) {
    const auto ws = parse_week_start(*o.week_start);
    if (!ws)
      throw usage_error(fmt::format(fmt::runtime(_("--week-start: '{}' is not a day; use monday or sunday")),
                                    quote_input(*o.week_start)));
    p.week_start = *ws;
  } else {
    p.week_start = g.settings.week_start.value_or(WeekStart::monday);
  }
  if (o.weeks) p.weeks = parse_count(*o.weeks, "--weeks", 10'000);
  if (o.all) p.weeks.reset();
  if (o.svg && *o.svg == "-" && (o.json || o.csv))
    throw usage_error(_("--svg - writes the chart to standard output; it does not go with --json or --csv"));
  if (o.report && to_stdout(*o.report) && (o.json || o.csv || (o.svg && *o.svg == "-")))
    throw usage_error(_("--report with no file writes to standard output; it does not go with --json, --csv or --svg -"));
  return JournalNeed::read;
}

exit_status run(const Options& o, const Prepared& p, Context& ctx, const GlobalOptions& g, Journal& journal) {
  const auto r = weekly_review(journal, ctx.now(), p.week_start, p.weeks, o.report.has_value());

  // Files first: when one cannot be written, nothing else is printed.
  if (o.svg && *o.svg == "-") {
    ctx.out << render_svg(r.stats);
    return exit_status::success;
  }
  if (o.report && to_stdout(*o.report)) {
    render_report(ctx.out, r);
    return exit_status::success;
  }
  if (o.svg) write_file_atomically(*o.svg, [&](std::ostream& out) { out << render_svg(r.stats); });
  if (o.report) write_file_atomically(*o.report, [&](std::ostream& out) { render_report(out, r); });

  if (o.json) {
    write_json(ctx.out, stats_json(r));
  } else if (o.csv) {
    render_stats_csv(ctx.out, r.stats);
  } else {
    const auto style = style_for(ctx, g);
    render_stats(ctx.out, style, r);
    // The chart is for people: on a terminal, or when asked for.
    if (o.chart || (ctx.stdout_is_terminal && !o.no_chart))
      ctx.out << '\n' << render_chart(r.stats, style, chart_width(ctx));
  }
  // On stderr, so that standard output stays the table, the JSON or the CSV.
  if (o.svg) ctx.err << fmt::format(fmt::runtime(_("Wrote the chart to {}")), shown(*o.svg)) << '\n';
  if (o.report) ctx.err << fmt::format(fmt::runtime(_("Wrote the report to {}")), shown(*o.report)) << '\n';
  return exit_status::success;
}

}  // namespace

Handler setup(CLI::App& sub) {
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
  auto chart = sub.add_flag("--chart", o->chart, _("draw the chart after the table even when not on a terminal"));
  auto no_chart = sub.add_flag("--no-chart", o->no_chart, _("no chart after the table, even on a terminal"));
  chart->excludes(no_chart)->excludes(json)->excludes(csv);
  sub.add_option("--svg", o->svg, _("also write the week-by-week chart as an SVG file (- for standard output)"))
      ->type_name(_("FILE"));
  sub.add_option("--report", o->report,
                 _("write the weeks shown as a Markdown sheet for a coach, to FILE (no FILE or -: standard output)"))
      ->type_name(_("FILE"))
      ->expected(0, 1);
  auto p = std::make_shared<Prepared>();
  return {[o, p](Context&, const GlobalOptions& g) { return prepare(*o, *p, g); },
          [o, p](Context& ctx, const GlobalOptions& g, Journal* j) { return run(*o, *p, ctx, g, *j); }};
}

}  // namespace microask::cli::stats
