#include "cli/help.hpp"

#include <algorithm>
#include <sstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/i18n.hpp"
#include "microask/text.hpp"

namespace microask::cli {
namespace {

// The options of the root that every subcommand takes (not its --help or --version).
std::vector<const CLI::Option*> global_options(const CLI::App& root) {
  return root.get_options([](const CLI::Option* o) {
    return o->nonpositional() && !o->get_group().empty() && !o->check_name("--help") && !o->check_name("--version");
  });
}

// CLI11's layout without the "Excludes:"/"Needs:" lists, which crowd every option line (a
// conflicting pair is explained by its one-line error instead), wrapped to the width.
class HelpFormatter : public CLI::Formatter {
 public:
  explicit HelpFormatter(std::size_t width) : width_(std::max<std::size_t>(width, 40)) {
    column_width(32);
    for (const char* label : {N_("Usage"), N_("OPTIONS"), N_("Positionals"), N_("SUBCOMMAND"), N_("REQUIRED")})
      this->label(label, tr(label));
  }

  // A positional by the kind of value it takes ("TEXT ...", "ID"), in the usage line too: its
  // name is an identifier for the code, not a word for people.
  std::string make_option_name(const CLI::Option* opt, bool is_positional) const override {
    if (is_positional && !opt->get_type_name().empty()) return get_label(opt->get_type_name());
    return CLI::Formatter::make_option_name(opt, is_positional);
  }
  std::string make_option_opts(const CLI::Option* opt) const override {
    std::string out;
    if (opt->get_type_size() != 0) {
      if (!opt->get_type_name().empty() && !opt->get_positional()) out += " " + get_label(opt->get_type_name());
      if (opt->get_expected_max() == CLI::detail::expected_max_vector_size) out += " ...";
    }
    return out;
  }
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    return entry("  " + make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt));
  }
  std::string make_subcommand(const CLI::App* sub) const override {
    return entry("  " + sub->get_display_name(true), sub->get_description());
  }
  std::string make_description(const CLI::App* app) const override {
    const auto desc = app->get_description();
    return desc.empty() ? std::string() : paragraphs(desc) + "\n";
  }
  std::string make_footer(const CLI::App* app) const override {
    const auto footer = app->get_footer();
    return footer.empty() ? std::string() : paragraphs(footer) + "\n";
  }
  // A subcommand's help ends with the options every subcommand takes, before its footer.
  std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const override {
    if (mode == CLI::AppFormatMode::Sub) return make_expanded(app);
    std::ostringstream out;
    out << make_description(app) << make_usage(app, name) << make_positionals(app) << make_groups(app, mode);
    if (const CLI::App* root = app->get_parent(); root != nullptr && root->get_parent() == nullptr)
      out << make_group(_("Global options"), false, global_options(*root));
    out << make_subcommands(app, mode) << '\n' << make_footer(app);
    return out.str();
  }

 private:
  // A name padded to the description's column (by display width: "NUMÉRO"), the description
  // wrapped beside it, its lines after the first in that column.
  std::string entry(const std::string& name, const std::string& desc) const {
    const auto col = get_column_width();
    const auto w = display_width(name);
    std::string out = name;
    if (!desc.empty()) {
      out += w >= col ? "\n" + std::string(col, ' ') : std::string(col - w, ' ');
      out += paragraphs_at(desc, col, col);
    }
    return out + "\n";
  }
  // `text` wrapped to the room right of `column`, every line after the first indented to it.
  std::string paragraphs_at(const std::string& text, std::size_t column, std::size_t indent) const {
    const std::size_t room = width_ - 1 > column + 20 ? width_ - 1 - column : 20;
    std::string out;
    std::istringstream lines(text);
    bool first = true;
    for (std::string line; std::getline(lines, line); first = false) {
      if (!first) out += "\n" + std::string(indent, ' ');
      for (const char c : wrap(line, room, 0)) out += c == '\n' ? "\n" + std::string(indent, ' ') : std::string(1, c);
    }
    return out;
  }
  // Each line wrapped on its own; an indented line (an example) goes on two columns further in.
  std::string paragraphs(const std::string& text) const {
    std::string out;
    std::istringstream lines(text);
    bool first = true;
    for (std::string line; std::getline(lines, line); first = false) {
      const auto lead = std::min(line.find_first_not_of(' '), line.size());
      out += (first ? "" : "\n") + wrap(line, width_ - 1, lead == 0 ? 0 : lead + 2);
    }
    return out;
  }

  std::size_t width_;
};

// One blank line between groups (CLI11 writes two), headings with the language's colon.
std::string tidy(std::string help) {
  for (auto pos = help.find("\n\n\n"); pos != std::string::npos; pos = help.find("\n\n\n", pos)) help.erase(pos, 1);
  const std::string usage = tr("Usage") + ":";
  std::string out;
  for (std::size_t from = 0; from < help.size();) {
    const auto end = std::min(help.find('\n', from), help.size());
    std::string line = help.substr(from, end - from);
    // Translators: a heading of --help ("Options:"), or the label before the usage line.
    const auto heading = [](const std::string& h) { return fmt::format(fmt::runtime(_("{}:")), h); };
    if (line.starts_with(usage))
      line = heading(tr("Usage")) + line.substr(usage.size());
    else if (!line.empty() && line[0] != ' ' && line.ends_with(":") && !line.ends_with(" :"))
      line = heading(line.substr(0, line.size() - 1));
    out += line;
    if (end < help.size()) out += '\n';
    from = end + 1;
  }
  return out;
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbours ("lgo" is one swap from "log").
std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

}  // namespace

std::shared_ptr<CLI::Formatter> help_formatter(std::size_t width) { return std::make_shared<HelpFormatter>(width); }

std::string help_text(const CLI::App& app) {
  // The app's own help, not that of a subcommand the command line selected (App::help's
  // choice): its formatter, with the name as the usage line shows it ("microask plan").
  std::string name = app.get_name();
  for (const CLI::App* p = app.get_parent(); p != nullptr; p = p->get_parent()) name = p->get_name() + " " + name;
  return tidy(app.get_formatter()->make_help(&app, name, CLI::AppFormatMode::Normal));
}

std::string wrap(std::string_view text, std::size_t width, std::size_t indent) {
  if (display_width(text) <= width) return std::string(text);  // as written, spaces and all
  const auto lead = std::min(text.find_first_not_of(' '), text.size());
  std::string out(text.substr(0, lead));
  std::size_t col = display_width(out);
  const std::size_t start_col = col;
  for (std::size_t from = lead; from < text.size();) {
    const auto end = std::min(text.find(' ', from), text.size());
    const auto word = text.substr(from, end - from);
    const auto w = display_width(word);
    if (col > start_col && col + 1 + w > width) {
      out += "\n" + std::string(indent, ' ');
      col = indent;
    } else if (col > start_col) {
      out += ' ';
      ++col;
    }
    out += word;
    col += w;
    from = end + 1;
    while (from < text.size() && text[from] == ' ') ++from;
  }
  return out;
}

std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  std::size_t best_d = 0;
  bool tie = false;
  for (const auto& c : candidates) {
    const auto d = distance(word, c);
    if (!best || d < best_d) {
      best = c, best_d = d, tie = false;
    } else if (d == best_d) {
      tie = true;
    }
  }
  // Close enough to be a slip of the fingers: two edits at most, fewer for short words.
  const std::size_t letters = word.size() - std::min(word.find_first_not_of('-'), word.size());
  const std::size_t allowed = letters <= 3 ? 1 : 2;
  if (!best || tie || best_d == 0 || best_d > allowed) return std::nullopt;
  return best;
}

}  // namespace microask::cli
