// microask ask: pick the request to make now, record the prediction, mark it asked.
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/commands.hpp"
#include "cli/i18n.hpp"
#include "cli/input.hpp"
#include "cli/render.hpp"
#include "microask/journal.hpp"

namespace microask::cli::ask {
namespace {

struct Options {
  std::optional<std::string> id;
  std::optional<std::string> expect_stress;
  std::optional<std::string> expect;
  bool quiet = false;
};

// Single-quotes a path for a POSIX shell, so the printed command can be pasted as is. A
// path with control characters is written $'...' with them escaped (bash, zsh, ksh): never
// raw to the terminal.
std::string shell_quote(std::string_view s) {
  if (!s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:@%+=,") ==
                        std::string_view::npos)
    return std::string(s);
  if (shown(s) != s) {
    std::string quoted;
    for (char c : s) quoted += c == '\\' ? std::string("\\\\") : c == '\'' ? std::string("\\'") : std::string(1, c);
    return "$'" + shown(quoted) + "'";
  }
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

exit_status nothing_to_ask(Context& ctx, const GlobalOptions& g) {
  print_error(ctx.err, style_for(ctx, g), _("nothing planned to ask; plan a request first: microask plan \"...\""));
  return exit_status::negative;
}

exit_status run(const Options& o, Context& ctx, const GlobalOptions& g) {
  std::int64_t id = 0;  // 0: the request waiting to be logged, else the oldest planned one
  if (o.id) id = parse_id(*o.id, _("request id"));
  const auto expected_stress =
      o.expect_stress ? std::optional(parse_stress(*o.expect_stress, "--expect-stress")) : std::nullopt;
  const auto expected = o.expect ? std::optional(parse_response_arg(*o.expect, "--expect")) : std::nullopt;

  const auto path = journal_location(ctx, g);
  auto reader = Journal::open_for_read(path);
  std::optional<Request> target;
  if (reader && id) {
    target = reader->find_request(id);
  } else if (reader) {
    // A request already asked and not yet logged is still the one to make now: a reminder
    // that runs `ask --quiet` at every new shell keeps showing it rather than marking the
    // next planned request asked each time.
    const auto waiting = reader->requests_with_status(Status::asked);
    target = waiting.empty() ? reader->oldest_planned() : std::optional(waiting.front());
  }
  if (!target) {
    if (!id) return nothing_to_ask(ctx, g);
    throw usage_error(fmt::format(fmt::runtime(_("no request with id {}")), id));
  }
  reader.reset();

  // Asking again without a new prediction changes nothing: keep the journal as it is.
  Request r = *target;
  if (target->status != Status::asked || expected_stress || expected)
    r = Journal::open_for_write(path).mark_asked(target->id, ctx.now(),
                                                 expected_stress ? expected_stress : target->expected_stress,
                                                 expected ? expected : target->expected_response);
  if (o.quiet) {
    ctx.out << shown(r.text) << '\n';
    return exit_status::success;
  }
  ctx.out << fmt::format(fmt::runtime(_("Ask now (#{}): \"{}\"")), r.id, shown(r.text)) << '\n';
  if (r.expected_stress || r.expected_response) {
    std::vector<std::string> parts;
    if (r.expected_stress) parts.push_back(fmt::format(fmt::runtime(_("stress {}/10")), *r.expected_stress));
    if (r.expected_response) parts.push_back(fmt::format(fmt::runtime(_("answer {}")), response_label(*r.expected_response)));
    ctx.out << "  " << _("You expect:") << ' ' << fmt::format("{}", fmt::join(parts, ", ")) << '\n';
  }
  const auto db = g.db ? " --db " + shell_quote(*g.db) : std::string();
  ctx.out << _("Right after asking, log it:") << '\n'
          << "  microask" << db << " log " << r.id << " --stress N --response yes|no|discussion" << '\n';
  return exit_status::success;
}

}  // namespace

Run setup(CLI::App& sub) {
  auto o = std::make_shared<Options>();
  sub.add_option("id", o->id, _("the request to make (default: the oldest planned one)"))->type_name(_("ID"));
  sub.add_option("--expect-stress", o->expect_stress, _("the stress you expect to feel, 0 to 10"))->type_name("0-10");
  sub.add_option("--expect", o->expect, _("the answer you expect"))->type_name("yes|no|discussion");
  sub.add_flag("-q,--quiet", o->quiet, _("print only the request's text (for reminder scripts)"));
  return [o](Context& ctx, const GlobalOptions& g) { return run(*o, ctx, g); };
}

}  // namespace microask::cli::ask
