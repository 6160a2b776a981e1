// microask idea: what to ask next. One idea of the catalogue at the person's level on the
// ladder, not planned before, in a setting not used lately; or the list of those left;
// `--plan` saves it as planned.
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

namespace microask::cli::idea {
namespace {

struct Options {
  std::optional<std::string> lang, level, setting;
  bool list = false, json = false, plan = false;
};

struct Prepared {
  IdeaQuery query;
};

JournalNeed prepare(const Options& o, Prepared& p, const GlobalOptions& g) {
  p.query.lang = o.lang ? parse_lang_arg(*o.lang, "--lang") : g.settings.idea_lang.value_or(messages_lang());
  if (o.level) p.query.level = parse_level(*o.level, "--level");
  if (o.setting) p.query.setting = parse_setting(*o.setting, "--setting");
  return o.plan ? JournalNeed::write : JournalNeed::read;
}

exit_status run_list(const Options& o, const Prepared& p, Context& ctx, const GlobalOptions& g, const Journal& journal) {
  const auto ideas = ideas_left(journal, p.query);
  if (o.json) {
    json list = json::array();
    for (const Idea& i : ideas) list.push_back(idea_json(i));
    write_json(ctx.out, list);
  } else if (ideas.empty()) {
    ctx.out << _("No idea left here: every one is planned already.") << '\n';
  } else {
    render_ideas(ctx.out, style_for(ctx, g), ideas);
  }
  return exit_status::success;
}

exit_status run(const Options& o, const Prepared& p, Context& ctx, const GlobalOptions& g, Journal& journal) {
  if (o.list) return run_list(o, p, ctx, g, journal);
  const auto style = style_for(ctx, g);
  const IdeaOffer offer = offer_idea(journal, p.query);
  if (!offer.idea) {
    print_error(ctx.err, style, nothing_left(offer, p.query));
    return exit_status::negative;
  }
  if (o.plan) {
    const PlanOutcome planned = plan_request(journal, assess_idea(*offer.idea), std::nullopt, ctx.now());
    if (o.json) {
      write_json(ctx.out, plan_json(planned));
    } else {
      render_plan(ctx.out, style, planned, false);
      ctx.out << "  " << ladder_line(offer.ladder) << '\n';
    }
    return planned.id ? exit_status::success : exit_status::negative;
  }
  if (o.json)
    write_json(ctx.out, idea_json(*offer.idea));
  else
    render_offer(ctx.out, style, offer, p.query.level.has_value(), db_option(g));
  return exit_status::success;
}

}  // namespace

Handler setup(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  sub.add_option("--lang", o->lang, _("the language of the ideas (default: the language of the messages)"))
      ->type_name("en|fr");
  sub.add_option("--level", o->level, _("the level, 1 (information from someone whose job it is) to 5 (a little more "
                                        "exposed); default: where your ladder is"))
      ->type_name("1-5");
  sub.add_option("--setting", o->setting, _("where: shop, cafe, street, transport, work, neighbours, family, friends, "
                                            "online, services (or a word of one, such as baker)"))
      ->type_name(_("WORD"));
  auto list = sub.add_flag("--list", o->list, _("list the ideas not planned yet (every level unless --level)"));
  auto plan = sub.add_flag("--plan", o->plan, _("save the idea shown as planned"));
  list->excludes(plan);
  sub.add_flag("--json", o->json, _("print JSON: the idea as an object, --list as an array"));
  auto p = std::make_shared<Prepared>();
  return {[o, p](Context&, const GlobalOptions& g) { return prepare(*o, *p, g); },
          [o, p](Context& ctx, const GlobalOptions& g, Journal* j) { return run(*o, *p, ctx, g, *j); }};
}

}  // namespace microask::cli::idea
