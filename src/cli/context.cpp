#include "cli/context.hpp"

#include <langinfo.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string_view>

#include <fmt/format.h>

#include "cli/i18n.hpp"
#include "cli/input.hpp"
#include "microask/errors.hpp"
#include "microask/journal.hpp"
#include "microask/text.hpp"

namespace microask::cli {

Instant Context::now() const {
  if (fixed_now) return *fixed_now;
  const auto utc = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  return zone->at(utc);
}

Context real_context() {
  Context ctx{std::cout, std::cerr, std::cin, false, false, {}, {}, {}};
  ctx.stdin_is_terminal = ::isatty(STDIN_FILENO) == 1;
  ctx.stdout_is_terminal = ::isatty(STDOUT_FILENO) == 1;
  if (winsize ws{}; ctx.stdout_is_terminal && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0)
    ctx.terminal_columns = ws.ws_col;
  ctx.getenv = [](const char* name) -> const char* { return std::getenv(name); };
  ctx.utf8 = std::string_view(::nl_langinfo(CODESET)) == "UTF-8";
  ctx.zone = system_zone();
  if (const char* fixed = std::getenv("MICROASK_NOW"); fixed && *fixed) {
    auto t = parse_iso8601(fixed);
    if (!t)
      throw usage_error(fmt::format(
          fmt::runtime(_("MICROASK_NOW: '{}' is not ISO 8601 with an offset, like 2026-11-26T09:30:00+01:00")),
          quote_input(fixed)));
    // The instant is fixed; the offset is the one the time zone gives it.
    ctx.fixed_now = ctx.zone->at(t->utc);
  }
  return ctx;
}

Style style_for(const Context& ctx, const GlobalOptions& g) {
  Style s;
  const char* no_color = ctx.getenv("NO_COLOR");
  const char* term = ctx.getenv("TERM");
  const bool dumb = term && std::string_view(term) == "dumb";
  if (g.color == "always")
    s.color = true;
  else if (g.color == "auto")
    s.color = ctx.stdout_is_terminal && !dumb && !(no_color && *no_color);
  s.utf8 = ctx.utf8;
  return s;
}

std::string journal_location(const Context& ctx, const GlobalOptions& g) {
  return journal_path(g.db, ctx.getenv).string();
}

std::optional<std::string> ask_line(Context& ctx, const std::string& question) {
  ctx.err << question << ' ' << std::flush;
  std::string line;
  if (!std::getline(ctx.in, line)) {
    ctx.err << '\n';
    return std::nullopt;
  }
  return line;
}

std::optional<bool> ask_yes_no(Context& ctx, const std::string& question, std::optional<bool> by_default) {
  // Translators: the answers to a yes/no question; the capital one is what Enter answers.
  const char* choices = !by_default ? _("[y/n]") : *by_default ? _("[Y/n]") : _("[y/N]");
  for (;;) {
    auto line = ask_line(ctx, question + " " + choices);
    if (!line) return std::nullopt;
    if (by_default && trim(*line).empty()) return by_default;
    auto r = parse_response(trim(*line));
    if (r == Response::yes) return true;
    if (r == Response::no) return false;
    ctx.err << _("Please answer y (yes) or n (no).") << '\n';
  }
}

}  // namespace microask::cli
