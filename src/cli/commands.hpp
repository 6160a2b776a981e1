// The one list of subcommands: it drives --help, dispatch and completion.
#pragma once

#include <functional>
#include <span>

#include "cli/context.hpp"
#include "microask/errors.hpp"

namespace CLI {
class App;
}

namespace microask::cli {

// What a subcommand runs once its options are parsed: everything it touches is passed in.
using Run = std::function<exit_status(Context&, const GlobalOptions&)>;

struct Command {
  const char* name;
  const char* summary;  // msgid
  const char* example;  // msgid: shown at the foot of the subcommand's --help
  Run (*setup)(CLI::App& sub);
};

std::span<const Command> commands();

// One setup per file under src/cli/: declares the options and returns the run function.
namespace plan { Run setup(CLI::App& sub); }
namespace ask { Run setup(CLI::App& sub); }
namespace log { Run setup(CLI::App& sub); }
namespace stats { Run setup(CLI::App& sub); }
namespace undo { Run setup(CLI::App& sub); }

}  // namespace microask::cli
