// microask ask: pick the request to make now, record the prediction, mark it asked.
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/commands/commands.hpp"
#include "cli/i18n.hpp"
#include "cli/input.hpp"
#include "cli/output/text.hpp"
#include "microask/actions.hpp"
#include "microask/text.hpp"

namespace microask::cli::ask {
namespace {

struct Options {
  std::optional<std::string> id;
  std::optional<std::string> expect_stress;
  std::optional<std::string> expect;
  bool quiet = false;
};

struct Prepared {
  std::optional<std::int64_t> id;  // none: the request waiting to be logged, else the oldest planned
  Prediction prediction;
};

JournalNeed prepare(const Options& o, Prepared& p) {
  if (o.id) p.id = parse_id(*o.id, _("request id"));
  if (o.expect_stress) p.prediction.stress = parse_stress(*o.expect_stress, "--expect-stress");
  if (o.expect) p.prediction.response = parse_response_arg(*o.expect, "--expect");
  return JournalNeed::write_existing;
}

void render_asked(std::ostream& out, const Request& r, const GlobalOptions& g) {
  out << fmt::format(fmt::runtime(_("Ask now (request #{}): \"{}\"")), r.id, shown(r.text)) << '\n';
  if (r.expected_stress || r.expected_response) {
    std::vector<std::string> parts;
    if (r.expected_stress) parts.push_back(fmt::format(fmt::runtime(_("stress {}/10")), *r.expected_stress));
    if (r.expected_response) parts.push_back(fmt::format(fmt::runtime(_("answer {}")), response_label(*r.expected_response)));
    out << "  " << _("You expect:") << ' ' << fmt::format("{}", fmt::join(parts, ", ")) << '\n';
  }
  out << _("Right after asking, log it:") << '\n'
      << "  microask" << db_option(g) << " log " << r.id << " --stress N --response yes|no|discussion" << '\n';
}

// A value asked for on the terminal until it parses; Enter (or the end of input) skips it.
template <typename T, typename Parse>
std::optional<T> optional_prompt(Context& ctx, const char* question, Parse parse, const char* option) {
  for (;;) {
    const auto line = ask_line(ctx, question);
    if (!line || trim(*line).empty()) return std::nullopt;
    try {
      return parse(trim(*line), option);
    } catch (const usage_error& e) {
      ctx.err << translate(e.message()) << '\n';
    }
  }
}

// On a terminal, what the person expects is asked for (Enter skips each); scripts give it
// with --expect-stress and --expect, reminders with --quiet ask nothing.
Prediction prediction_from(const Options& o, const Prepared& p, Context& ctx, const Request& r) {
  Prediction pr = p.prediction;
  if (!ctx.stdin_is_terminal || o.quiet || (o.expect_stress && o.expect)) return pr;
  ctx.err << fmt::format(fmt::runtime(_("Before you ask request #{} {}:")), r.id, in_quotes(shown(r.text))) << '\n';
  if (!o.expect_stress)
    pr.stress = optional_prompt<int>(ctx, _("What stress do you expect to feel (0 calm .. 10 worst, Enter to skip)?"),
                                     parse_stress, "--expect-stress");
  if (!o.expect)
    pr.response = optional_prompt<Response>(ctx, _("What answer do you expect (yes / no / discussion, Enter to skip)?"),
                                            parse_response_arg, "--expect");
  return pr;
}

exit_status run(const Options& o, const Prepared& p, Context& ctx, const GlobalOptions& g, Journal& journal) {
  const auto target = request_to_ask(journal, p.id);
  if (!target) {
    print_error(ctx.err, style_for(ctx, g), _("nothing planned to ask; plan a request first: microask plan \"...\""));
    return exit_status::negative;
  }
  const Request r = ask_request(journal, *target, prediction_from(o, p, ctx, *target), ctx.now());
  if (o.quiet)
    ctx.out << shown(r.text) << '\n';
  else
    render_asked(ctx.out, r, g);
  return exit_status::success;
}

}  // namespace

Handler setup(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  sub.add_option("id", o->id, _("the request to make (default: the oldest planned one)"))->type_name(_("ID"));
  sub.add_option("--expect-stress", o->expect_stress, _("the stress you expect to feel, 0 to 10"))->type_name("0-10");
  sub.add_option("--expect", o->expect, _("the answer you expect"))->type_name("yes|no|discussion");
  sub.add_flag("-q,--quiet", o->quiet, _("print only the request's text (for reminder scripts)"));
  auto p = std::make_shared<Prepared>();
  return {[o, p](Context&, const GlobalOptions&) { return prepare(*o, *p); },
          [o, p](Context& ctx, const GlobalOptions& g, Journal* j) { return run(*o, *p, ctx, g, *j); }};
}

}  // namespace microask::cli::ask
