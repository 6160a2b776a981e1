// microask __complete: the binary answers its own shell completion, so the scripts in
// completions/ stay thin callers and the answers can never drift from the real command tree.
//
// Protocol (what the scripts call):
//   microask [--db PATH] __complete -- WORD...
// WORD... are the words of the command line after `microask`, the last one being the word
// under the cursor (possibly empty). The "--" makes every word reach the completer as it is,
// even "--help" or "--" (without it, a first word "--" or "++" would be taken for CLI11's
// own separators). The answer is one candidate per line, "value" or
// "value<TAB>description", already filtered by the word under the cursor; or the single line
// ":file" when the word is a file name (the shell completes it), ":journal" when it is a
// journal's (the same, without the -wal, -shm and -journal files beside journals). The
// candidates come in the order to show them (stress 0 to 10, ids newest first): the scripts
// keep it. The exit status is always 0
// and nothing is written on standard error; a missing or unusable journal only means no ids.
//
// What is completed, all read from the CLI11 app built in app.cpp:
// - subcommands (hidden ones excepted) with their summaries;
// - the options of the current subcommand and the global ones (--db, --color, --help,
//   --version) with their descriptions, leaving out those already given or excluded by one;
// - option values: the choices a type name lists ("low|high"; "0-10" gives 0..10), files for
//   options whose type name is FILE (any file) or PATH (a journal), the words `--at` and
//   `--since` take (now, today, yesterday), request ids for `ask` (planned, then asked),
//   `log` (asked, then planned) and `plan --drop` (planned), entry ids for `log --edit` and
//   `log --delete` (newest first), each described by the request's text (controls escaped,
//   cut to 50 columns). Both "--opt VALUE" and "--opt=VALUE" are understood, and bash's
//   "--opt" "=" "VALUE" split of the latter too.
// The journal is found as every command finds it (--db on the line, the last one winning,
// then the --db given to `microask` itself, MICROASK_DB, XDG_DATA_HOME, HOME) and only ever
// opened with Journal::open_for_read: completing never creates nor changes a journal (like
// every read, it may leave SQLite's -wal/-shm pair beside it; see Journal::open_for_read).
#pragma once

#include "cli/commands/commands.hpp"

namespace microask::cli::complete {

inline constexpr const char* name = "__complete";

// setup(sub) in commands.hpp makes `sub`, a subcommand of the root app, the hidden
// completer. Its run walks sub's parent (the root app) as it is when it runs, so every
// command and option added to the app is completed.

}  // namespace microask::cli::complete
