// --help, `microask help`, the man page and "did you mean": what people read about the
// commands, all made from the one CLI11 app that app.cpp builds from the command list, so
// none of them can drift from what the binary accepts.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
class Formatter;
}  // namespace CLI

namespace microask::cli {

// The formatter of every --help: descriptions and footers wrapped to `width` columns without
// cutting a word, a subcommand's help followed by the global options, no Excludes/Needs
// clutter, columns found by display width. Set on the root before the subcommands (they copy it).
std::shared_ptr<CLI::Formatter> help_formatter(std::size_t width);

// The help of `app` (the root or a subcommand) as people read it: one blank line between
// groups, headings with the colon of the language ("Options :" in French).
std::string help_text(const CLI::App& app);

// Text wrapped to `width` columns at spaces (a word longer than a line stays whole); lines
// after the first start with `indent` spaces.
std::string wrap(std::string_view text, std::size_t width, std::size_t indent);

// The candidate closest to a mistyped word ("lgo" -> "log", "--stres" -> "--stress"), when
// one is close enough to be what was meant (a small edit distance for the word's length).
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

// The man page, microask(1), in roff: NAME, SYNOPSIS, DESCRIPTION, COMMANDS with their
// options, GLOBAL OPTIONS, EXIT STATUS, ENVIRONMENT, FILES, EXAMPLES; in the language of the
// messages.
std::string man_page(const CLI::App& root, std::string_view version);

}  // namespace microask::cli
