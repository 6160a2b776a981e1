// microask: a journal for micro-requests.
#include <csignal>
#include <iostream>

#include <unistd.h>

#include "cli/app.hpp"
#include "cli/files.hpp"
#include "cli/i18n.hpp"
#include "cli/render.hpp"
#include "microask/errors.hpp"

namespace {

// An interrupted command exits at once with 128 + signal; SQLite's transaction makes the
// write all or nothing, so no partial row can remain.
extern "C" void on_signal(int sig) {
  microask::cli::remove_partial_file();  // an interrupted export leaves no temporary file
  constexpr char newline = '\n';
  (void)!::write(STDERR_FILENO, &newline, 1);
  ::_exit(128 + sig);
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  microask::cli::init_i18n();
  try {
    auto ctx = microask::cli::real_context();
    return microask::cli::run_app(argc, argv, ctx);
  } catch (const microask::usage_error& e) {
    microask::cli::print_error(std::cerr, {}, microask::cli::translate(e.message()));
    return static_cast<int>(microask::exit_status::usage);
  }
}
