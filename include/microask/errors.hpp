// The exit statuses and the error types that carry them. One place, like ninja's
// exit_status.h: the CLI maps every error to exactly one of these.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

// Marks a msgid of the core for xgettext (the `microask_pot` target and the i18n test pass it
// as a keyword), so that the catalogues have it; the core never translates (see Message).
#define MICROASK_MSG(msgid) msgid

namespace microask {

enum class exit_status : int {
  success = 0,
  negative = 1,      // a negative answer: not a micro-request, nothing to ask
  usage = 2,         // bad command line or bad input value
  journal = 3,       // the journal cannot be used (not ours, newer schema, unwritable, locked)
  interrupted = 130  // SIGINT (SIGTERM gives 143, the shell convention 128 + signal)
};

// A user-facing message before translation: an English msgid with one `{}` per argument
// (no other brace syntax), and the arguments, already text (ids, paths, values as typed).
// The core builds messages and never translates them; the CLI looks the msgid up in the
// catalogue (where a translation may also use `{0}`, `{1}` to reorder) and fills it.
struct Message {
  std::string msgid;
  std::vector<std::string> args;
};

// The English text: each `{}` of the msgid replaced by the next argument, in order; a `{}`
// with no argument left stays as it is. With no arguments, the msgid unchanged (it may then
// be text already filled, braces included).
inline std::string english(const Message& m) {
  if (m.args.empty()) return m.msgid;
  std::string out;
  std::size_t next = 0, from = 0;
  for (auto at = m.msgid.find("{}"); at != std::string::npos && next < m.args.size();
       at = m.msgid.find("{}", from)) {
    out.append(m.msgid, from, at - from).append(m.args[next++]);
    from = at + 2;
  }
  return out.append(m.msgid, from, std::string::npos);
}

// An error whose what() is the English text and which keeps the Message it came from, for
// the CLI to translate. Built from a plain text, the text is the msgid and there are no
// arguments.
class message_error : public std::runtime_error {
 public:
  explicit message_error(const std::string& text)
      : std::runtime_error(text), message_(std::make_shared<const Message>(Message{text, {}})) {}
  explicit message_error(const char* text) : message_error(std::string(text)) {}
  message_error(std::string msgid, std::vector<std::string> args)
      : message_error(Message{std::move(msgid), std::move(args)}) {}
  explicit message_error(Message m)
      : std::runtime_error(english(m)), message_(std::make_shared<const Message>(std::move(m))) {}
  const Message& message() const noexcept { return *message_; }

 private:
  std::shared_ptr<const Message> message_;  // shared: copying an exception never throws
};

// Bad input from the user: a value out of range, an unknown id, text that cannot be a
// request. The message is one line naming the value and what is accepted.
class usage_error : public message_error {
 public:
  using message_error::message_error;
};

// The journal file cannot be used as asked. The message is one line naming the path.
class journal_error : public message_error {
 public:
  using message_error::message_error;
};

}  // namespace microask
