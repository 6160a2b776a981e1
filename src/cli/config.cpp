#include "cli/config.hpp"

#include <charconv>
#include <filesystem>
#include <fstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/i18n.hpp"
#include "cli/input.hpp"
#include "microask/errors.hpp"
#include "microask/text.hpp"

namespace microask::cli {
namespace {

// A path as it may be shown in one line: whole, its control characters escaped.
std::string shown_path(const std::string& path) { return escape_controls(path); }

[[noreturn]] void refuse(const std::string& path, const std::string& key, const std::string& value, const char* accepted) {
  throw usage_error(fmt::format(fmt::runtime(_("{}: {} = '{}' is not accepted; use {}")), shown_path(path), key,
                                quote_input(value), accepted));
}

int positive(const std::string& path, const std::string& key, const std::string& value) {
  int n = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n < 1 || n > 1'000'000'000)
    refuse(path, key, value, _("a whole number from 1 up"));
  return n;
}

void apply(Settings& s, const std::string& path, const CLI::ConfigItem& item) {
  const std::string key = item.name;
  if (!item.parents.empty())
    throw usage_error(fmt::format(fmt::runtime(_("{}: [{}] sections are not read; write the keys at the top of the file")),
                                  shown_path(path), quote_input(item.parents.front())));
  const std::string value = item.inputs.size() == 1 ? item.inputs.front() : std::string();
  if (key == "week-start") {
    s.week_start = parse_week_start(value);
    if (!s.week_start) refuse(path, key, value, "monday, sunday");
  } else if (key == "list") {
    s.list = positive(path, key, value);
  } else if (key == "color") {
    if (value != "auto" && value != "always" && value != "never") refuse(path, key, value, "auto, always, never");
    s.color = value;
  } else if (key == "idea-lang") {
    s.idea_lang = parse_lang(value);
    if (!s.idea_lang) refuse(path, key, value, "en, fr");
  } else {
    throw usage_error(fmt::format(fmt::runtime(_("{}: unknown key '{}' (accepted: week-start, list, color, idea-lang)")),
                                  shown_path(path), quote_input(key)));
  }
}

}  // namespace

std::optional<std::string> config_path(const Context& ctx) {
  namespace fs = std::filesystem;
  // XDG Base Directory: an empty or relative value counts as unset.
  if (const char* xdg = ctx.getenv("XDG_CONFIG_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
    return (fs::path(xdg) / "microask" / "config.toml").string();
  if (const char* home = ctx.getenv("HOME"); home && *home) return (fs::path(home) / ".config" / "microask" / "config.toml").string();
  return std::nullopt;
}

Settings read_settings(const Context& ctx) {
  Settings s;
  const auto path = config_path(ctx);
  if (!path) return s;
  std::error_code ec;
  if (!std::filesystem::exists(*path, ec)) return s;
  std::ifstream in(*path);
  if (!in || std::filesystem::is_directory(*path, ec))
    throw usage_error(fmt::format(fmt::runtime(_("{}: cannot read the configuration file")), shown_path(*path)));
  std::vector<CLI::ConfigItem> items;
  try {
    items = CLI::ConfigTOML().from_config(in);
  } catch (const CLI::Error& e) {
    throw usage_error(fmt::format(fmt::runtime(_("{}: not a configuration file microask reads ({})")), shown_path(*path),
                                  e.what()));
  }
  for (const auto& item : items)
    if (item.name != "--") apply(s, *path, item);  // "--" ends a section
  return s;
}

}  // namespace microask::cli
