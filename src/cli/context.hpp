// What a command may touch of the outside world, passed in so tests can fix it: the
// streams, whether they are terminals, the environment, "now" and the time zone.
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "microask/calendar.hpp"
#include "microask/request.hpp"

namespace microask::cli {

struct Context {
  std::ostream& out;
  std::ostream& err;
  std::istream& in;
  bool stdin_is_terminal = false;   // prompts are allowed only then
  bool stdout_is_terminal = false;  // colour and charts in auto mode
  std::function<const char*(const char*)> getenv;
  std::unique_ptr<TimeZone> zone;
  std::optional<Instant> fixed_now;  // MICROASK_NOW; otherwise the clock
  int terminal_columns = 0;          // stdout's terminal width (charts); 0 when unknown
  bool utf8 = false;                 // the locale's character set is UTF-8 (block characters)
  Instant now() const;
};

// The real world: std streams, isatty, ::getenv, system_zone(), MICROASK_NOW, and the
// character set of LC_CTYPE (nl_langinfo(CODESET), once init_i18n() has set the locale).
// Throws usage_error when MICROASK_NOW is set but not ISO 8601 with an offset.
Context real_context();

// The defaults of the configuration file (config.hpp): options given win over them.
struct Settings {
  std::optional<WeekStart> week_start;
  std::optional<int> list;  // entries a log listing shows on a terminal
  std::optional<std::string> color;
  std::optional<Lang> idea_lang;
};

// Options every subcommand sees, and the settings of the configuration file.
struct GlobalOptions {
  std::optional<std::string> db;
  std::string color = "auto";  // auto | always | never
  Settings settings;
};

// How output looks: decided once from the options, the environment and the terminal.
struct Style {
  bool color = false;
  bool utf8 = false;  // the terminal can show UTF-8 block characters
};
Style style_for(const Context& ctx, const GlobalOptions& g);

// The journal path from --db and the environment.
std::string journal_location(const Context& ctx, const GlobalOptions& g);

// Asks a yes/no question on the terminal, showing its default ("[y/N]": Enter answers no;
// "[y/n]" when there is none and an answer is needed); nullopt at end of input.
std::optional<bool> ask_yes_no(Context& ctx, const std::string& question, std::optional<bool> by_default = std::nullopt);
// Asks for a line; nullopt at end of input.
std::optional<std::string> ask_line(Context& ctx, const std::string& question);

}  // namespace microask::cli
