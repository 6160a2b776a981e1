// The configuration file: $XDG_CONFIG_HOME/microask/config.toml, else
// ~/.config/microask/config.toml, read with CLI11's own TOML reader. Its keys are defaults;
// an option given on the command line wins over them.
//
//   week-start = "sunday"   # stats: weeks start on monday (ISO) or sunday
//   list = 30               # entries a log listing shows on a terminal (1 and up)
//   color = "never"         # auto, always or never
//   idea-lang = "fr"        # the language of the ideas offered: en or fr
#pragma once

#include <optional>
#include <string>

#include "cli/context.hpp"
#include "microask/calendar.hpp"
#include "microask/request.hpp"

namespace microask::cli {

// Where the file is looked for (it may not exist); nullopt when neither XDG_CONFIG_HOME nor
// HOME says.
std::optional<std::string> config_path(const Context& ctx);

// The settings of the file, none of them when there is no file. A key it does not know, a
// value it does not accept or a file it cannot read is a usage_error naming the file, the
// key and what is accepted.
Settings read_settings(const Context& ctx);

}  // namespace microask::cli
