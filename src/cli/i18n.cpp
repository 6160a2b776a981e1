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
  // The catalogues beside the binary (build tree) win over the installed ones, so a build
  // can be tried before it is installed.
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::string dir = MICROASK_LOCALEDIR;
  if (!ec) {
    for (const auto& candidate : {exe.parent_path() / "locale", exe.parent_path().parent_path() / "share" / "locale"}) {
      if (std::filesystem::exists(candidate / "fr" / "LC_MESSAGES" / "microask.mo", ec)) {
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

bool ui_is_french() {
  // Translators: the code of the language of this translation ("fr" in French).
  static const bool french = std::string_view(_("en")) == "fr";
  return french;
}

}  // namespace microask::cli
