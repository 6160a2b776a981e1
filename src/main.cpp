// microask: a journal for micro-requests.
#include <csignal>
#include <iostream>

#include <unistd.h>

#include "cli/app.hpp"
#include "cli/i18n.hpp"
#include "cli/output/text.hpp"
#include "microask/errors.hpp"
#include "microask/pending_file.hpp"

namespace {

// An interrupted command exits at once with 128 + signal; SQLite's transaction makes the
// write all or nothing, so no partial row can remain.
extern "C" void on_signal(int sig) {
  microask::remove_pending_file();  // an interrupted export or creation leaves no temporary file
  constexpr char newline = '\n';
  (void)!::write(STDERR_FILENO, &newline, 1);
  ::_exit(128 + sig);
}

}  // namespace

int main(int argc, char** argv) {
  for (const int sig : {SIGINT, SIGTERM, SIGHUP}) std::signal(sig, on_signal);
  microask::cli::init_i18n();
  try {
    auto ctx = microask::cli::real_context();
    return microask::cli::run_app(argc, argv, ctx);
  } catch (const microask::usage_error& e) {
    microask::cli::print_error(std::cerr, {}, microask::cli::translate(e.message()));
    return static_cast<int>(microask::exit_status::usage);
  }
}
