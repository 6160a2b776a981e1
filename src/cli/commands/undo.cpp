// microask undo: take back the last change (a request planned, asked or dropped; an entry
// logged, edited or deleted), showing what it was.
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands/commands.hpp"
#include "cli/i18n.hpp"
#include "cli/output/data.hpp"
#include "cli/output/text.hpp"
#include "microask/journal.hpp"

namespace microask::cli::undo {
namespace {

struct Options {
  bool yes = false, json = false;
};

exit_status nothing_to_undo(Context& ctx, const GlobalOptions& g) {
  print_error(ctx.err, style_for(ctx, g), _("nothing to undo"));
  return exit_status::negative;
}

exit_status run(const Options& o, Context& ctx, const GlobalOptions& g, Journal& journal) {
  const auto last = journal.last_change();
  if (!last) return nothing_to_undo(ctx, g);
  if (ctx.stdin_is_terminal && !o.yes) {
    const auto sure = ask_yes_no(ctx, fmt::format(fmt::runtime(_("Undo {}?")), change_summary(*last)), false);
    if (!sure || !*sure) {
      ctx.err << _("Nothing undone.") << '\n';
      return exit_status::negative;
    }
  }
  const auto undone = journal.undo_last(last->change_id);
  if (!undone) return nothing_to_undo(ctx, g);
  if (o.json)
    write_json(ctx.out, undone_json(*undone));
  else
    ctx.out << fmt::format(fmt::runtime(_("Undone: {}.")), change_summary(*undone)) << '\n';
  return exit_status::success;
}

}  // namespace

Handler setup(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  sub.add_flag("-y,--yes", o->yes, _("do not ask for confirmation"));
  sub.add_flag("--json", o->json, _("print what was undone as JSON"));
  return {[](Context&, const GlobalOptions&) { return JournalNeed::write_existing; },
          [o](Context& ctx, const GlobalOptions& g, Journal* j) { return run(*o, ctx, g, *j); }};
}

}  // namespace microask::cli::undo
