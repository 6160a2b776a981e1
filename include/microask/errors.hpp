// The exit statuses and the error types that carry them. One place, like ninja's
// exit_status.h: the CLI maps every error to exactly one of these.
#pragma once

#include <stdexcept>
#include <string>

namespace microask {

enum class exit_status : int {
  success = 0,
  negative = 1,      // a negative answer: not a micro-request, nothing to ask
  usage = 2,         // bad command line or bad input value
  journal = 3,       // the journal cannot be used (not ours, newer schema, unwritable, locked)
  interrupted = 130  // SIGINT (SIGTERM gives 143, the shell convention 128 + signal)
};

// Bad input from the user: a value out of range, an unknown id, text that cannot be a
// request. The message is one line naming the value and what is accepted.
class usage_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The journal file cannot be used as asked. The message is one line naming the path.
class journal_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace microask
