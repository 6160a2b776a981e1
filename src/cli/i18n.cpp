#include "cli/i18n.hpp"

#include <clocale>
#include <filesystem>
#include <string_view>
#include <system_error>

#include <fmt/args.h>
#include <fmt/format.h>

namespace microask::cli {

void init_i18n() {
  // Only the categories microask uses: messages, and character types (tolower, UTF-8).
  // Numbers stay "C" (a dot in files and JSON), like dates and sorting. Setting LC_ALL
  // loaded every category of the user's locale, a dozen files at each start (tests/bench).
  std::setlocale(LC_CTYPE, "");
  std::setlocale(LC_MESSAGES, "");
  // The catalogues beside the binary (build tree: <build>/locale) win over the installed
  // ones (<prefix>/share/locale, whatever the prefix), so a build can be tried before it is
  // installed. Whatever the languages: a folder is enough (one stat, not a walk of
  // /usr/share/locale at every start).
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::string dir = MICROASK_LOCALEDIR;
  if (!ec) {
    for (const auto& candidate : {exe.parent_path() / "locale", exe.parent_path().parent_path() / "share" / "locale"}) {
      if (std::filesystem::is_directory(candidate, ec)) {
        dir = candidate.string();
        break;
      }
    }
  }
  ::bindtextdomain("microask", dir.c_str());
  ::bind_textdomain_codeset("microask", "UTF-8");
  ::textdomain("microask");
}

std::string translate(const Message& m) {
  std::string text = tr(m.msgid);
  if (m.args.empty()) return text;
  fmt::dynamic_format_arg_store<fmt::format_context> args;
  for (const auto& a : m.args) args.push_back(a);
  try {
    return fmt::vformat(text, args);
  } catch (const fmt::format_error&) {
    return english(m);
  }
}

const char* translate_in_context(const char* key, const char* msgid) {
  const char* translated = ::dcgettext(nullptr, key, LC_MESSAGES);
  return translated == key ? msgid : translated;
}

}  // namespace microask::cli
