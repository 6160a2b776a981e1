// microask help [SUBCOMMAND]: the same text as `microask SUBCOMMAND --help`; and the hidden
// `microask __man`, which writes microask(1) for the build (from the same app, so the man
// page and --help cannot drift apart).
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands/commands.hpp"
#include "cli/files.hpp"
#include "cli/help.hpp"
#include "cli/i18n.hpp"
#include "cli/input.hpp"

namespace microask::cli {
namespace help {

Handler setup(CLI::App& sub) {
  auto name = std::make_shared<std::string>();
  // "help log": the word names a subcommand to explain, not one to run.
  sub.preparse_callback([&sub](std::size_t) {
    for (auto* other : sub.get_parent()->get_subcommands([&sub](CLI::App* a) { return a != &sub; })) other->disabled();
  });
  sub.add_option("subcommand", *name, _("the subcommand to explain (none: microask itself)"))->type_name(_("SUBCOMMAND"));
  return {[](Context&, const GlobalOptions&) { return JournalNeed::none; },
          [&sub, name](Context& ctx, const GlobalOptions&, Journal*) {
            const CLI::App& root = *sub.get_parent();
            if (name->empty()) {
              ctx.out << help_text(root);
              return exit_status::success;
            }
            std::vector<std::string> names;
            for (const auto* s : root.get_subcommands([](const CLI::App* a) { return !a->get_group().empty(); })) {
              if (s->get_name() == *name) {
                ctx.out << help_text(*s);
                return exit_status::success;
              }
              names.push_back(s->get_name());
            }
            const auto hint = closest(*name, names);
            throw usage_error(hint ? fmt::format(fmt::runtime(_("help: there is no subcommand '{}'; did you mean '{}'?")),
                                                 quote_input(*name), *hint)
                                   : fmt::format(fmt::runtime(_("help: there is no subcommand '{}' (see 'microask --help')")),
                                                 quote_input(*name)));
          }};
}

}  // namespace help

namespace man {

Handler setup(CLI::App& sub) {
  sub.group("");  // hidden: for the build
  auto file = std::make_shared<std::string>();
  sub.add_option("file", *file, "the file to write (none: standard output)");
  return {[](Context&, const GlobalOptions&) { return JournalNeed::none; },
          [&sub, file](Context& ctx, const GlobalOptions&, Journal*) {
            const auto page = man_page(*sub.get_parent(), MICROASK_VERSION);
            if (file->empty())
              ctx.out << page;
            else
              write_file_atomically(*file, [&](std::ostream& out) { out << page; });
            return exit_status::success;
          }};
}

}  // namespace man
}  // namespace microask::cli
