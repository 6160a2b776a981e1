// Builds the CLI11 application from the one list of commands and runs it.
#pragma once

#include "cli/context.hpp"

namespace microask::cli {

// Parses argv, runs the chosen subcommand and returns the process exit status. Every
// error becomes one line on ctx.err and its documented status; nothing here exits.
int run_app(int argc, const char* const* argv, Context& ctx);

}  // namespace microask::cli
