// The one list of subcommands (app.cpp): it drives --help, dispatch, completion and which
// journal each command is handed. One file per subcommand in this folder: its options, a
// setup that declares them, and the two steps below.
#pragma once

#include <functional>
#include <span>

#include "cli/context.hpp"
#include "microask/errors.hpp"
#include "microask/journal.hpp"

namespace CLI {
class App;
}

namespace microask::cli {

// The journal a command needs, as ninja's tools say when they run. app.cpp opens it once:
// `read` and `write_existing` hand an empty journal when the file does not exist (nothing
// is created: a missing journal has no request and no entry), `write` creates it.
// `hint` reads it when it can: a journal that cannot be opened (unreadable, not a journal)
// is taken as empty, for what only adds a hint to an answer that needs no journal.
enum class JournalNeed { none, hint, read, write_existing, write };

// What a subcommand does once its options are parsed, in two steps:
// - `prepare` checks every value given (usage_error) before any journal is touched, may
//   ask on a terminal what it needs of the user alone, and says which journal the options
//   call for (`plan --check` none, `plan TEXT` write, `log -n 5` read...);
// - `run` does the work on that journal (null when the need is `none`) and renders it.
struct Handler {
  std::function<JournalNeed(Context&, const GlobalOptions&)> prepare;
  std::function<exit_status(Context&, const GlobalOptions&, Journal*)> run;
};

struct Command {
  const char* name;
  const char* summary;  // msgid
  const char* example;  // msgid: shown at the foot of the subcommand's --help
  Handler (*setup)(CLI::App& sub);
};

std::span<const Command> commands();

namespace idea { Handler setup(CLI::App& sub); }
namespace plan { Handler setup(CLI::App& sub); }
namespace ask { Handler setup(CLI::App& sub); }
namespace log { Handler setup(CLI::App& sub); }
namespace stats { Handler setup(CLI::App& sub); }
namespace undo { Handler setup(CLI::App& sub); }
namespace goal { Handler setup(CLI::App& sub); }
namespace help { Handler setup(CLI::App& sub); }
namespace man { Handler setup(CLI::App& sub); }  // hidden: `microask __man` writes microask(1)
namespace complete { Handler setup(CLI::App& sub); }

}  // namespace microask::cli
