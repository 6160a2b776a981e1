// microask(1), written from the CLI11 app: see man_page() in help.hpp.
#include <sstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/help.hpp"
#include "cli/i18n.hpp"

namespace microask::cli {
namespace {

// Text as roff reads it: backslashes doubled, dashes as \- (so they copy as typed), and a
// line that would start a request (. or ') guarded.
std::string roff(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (const char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\')
      out += "\\\\";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
    line_start = c == '\n';
  }
  return out;
}

void section(std::ostream& out, const char* title) { out << ".SH " << roff(title) << '\n'; }

std::string option_names(const CLI::Option* o) {
  std::string names;
  for (const auto& s : o->get_snames()) names += (names.empty() ? "" : ", ") + fmt::format("\\fB\\-{}\\fR", roff(s));
  for (const auto& l : o->get_lnames()) names += (names.empty() ? "" : ", ") + fmt::format("\\fB\\-\\-{}\\fR", roff(l));
  if (o->get_positional()) names = fmt::format("\\fI{}\\fR", roff(tr(o->get_type_name())));
  else if (o->get_type_size() != 0 && !o->get_type_name().empty())
    names += fmt::format(" \\fI{}\\fR", roff(tr(o->get_type_name())));
  return names;
}

void options(std::ostream& out, const std::vector<const CLI::Option*>& opts) {
  for (const auto* o : opts) {
    if (o->get_group().empty()) continue;  // hidden
    out << ".TP\n" << option_names(o) << '\n' << roff(o->get_description()) << '\n';
  }
}

// An example block of a subcommand's footer, as typed.
void examples(std::ostream& out, const std::string& footer) {
  const auto at = footer.find('\n');
  if (at == std::string::npos) return;
  out << ".PP\n" << roff(footer.substr(0, at)) << "\n.RS\n.nf\n";
  std::istringstream lines(footer.substr(at + 1));
  for (std::string line; std::getline(lines, line);) out << roff(line.substr(std::min(line.find_first_not_of(' '), line.size()))) << '\n';
  out << ".fi\n.RE\n";
}

void definitions(std::ostream& out, std::initializer_list<std::pair<const char*, const char*>> items) {
  for (const auto& [term, text] : items) out << ".TP\n\\fB" << roff(term) << "\\fR\n" << roff(tr(text)) << '\n';
}

}  // namespace

std::string man_page(const CLI::App& root, std::string_view version) {
  std::ostringstream out;
  out << ".\\\" microask(1), written by `microask __man` from the same definitions as --help.\n";
  out << ".TH MICROASK 1 \"\" \"microask " << roff(version) << "\" \"" << roff(_("User Commands")) << "\"\n";
  section(out, _("NAME"));
  out << "microask \\- " << roff(_("a journal for micro-requests")) << '\n';
  section(out, _("SYNOPSIS"));
  out << ".B microask\n[\\fI" << roff(_("OPTIONS")) << "\\fR] \\fI" << roff(_("SUBCOMMAND")) << "\\fR [\\fI"
      << roff(_("ARGUMENTS")) << "\\fR]\n";
  section(out, _("DESCRIPTION"));
  out << roff(root.get_description()) << '\n';
  section(out, _("COMMANDS"));
  for (const auto* sub : root.get_subcommands([](const CLI::App* a) { return !a->get_group().empty(); })) {
    out << ".SS " << roff(sub->get_name()) << '\n' << roff(sub->get_description()) << '\n';
    options(out, sub->get_options([](const CLI::Option* o) { return !o->check_name("--help"); }));
    examples(out, sub->get_footer());
  }
  section(out, _("GLOBAL OPTIONS"));
  options(out, root.get_options([](const CLI::Option*) { return true; }));
  section(out, _("EXIT STATUS"));
  definitions(out, {{"0", N_("success")},
                    {"1", N_("a negative answer: not a micro-request, nothing planned to ask, nothing to undo")},
                    {"2", N_("usage or bad input: an unknown option, a value out of range, an unknown id, text that cannot be a request")},
                    {"3", N_("the journal cannot be used: not a microask journal, written by a newer microask, unwritable, disk full, locked too long")},
                    {"130", N_("interrupted by Ctrl-C (SIGINT)")},
                    {"143", N_("stopped by SIGTERM")}});
  section(out, _("ENVIRONMENT"));
  definitions(out, {{"MICROASK_DB", N_("the journal, when --db is not given")},
                    {"XDG_DATA_HOME", N_("the journal is $XDG_DATA_HOME/microask/journal.db when neither --db nor MICROASK_DB is given")},
                    {"HOME", N_("else ~/.local/share/microask/journal.db; and ~/.config/microask/config.toml")},
                    {"XDG_CONFIG_HOME", N_("the configuration file is $XDG_CONFIG_HOME/microask/config.toml")},
                    {"LANGUAGE, LC_ALL, LC_MESSAGES, LANG", N_("the language of the messages (gettext's order)")},
                    {"TZ", N_("the time zone of the times you give and see")},
                    {"NO_COLOR, TERM", N_("no colour when NO_COLOR is set or TERM is dumb")},
                    {"COLUMNS", N_("the width of charts and help, when it is not the terminal's")},
                    {"MICROASK_NOW", N_("a fixed instant for \"now\", ISO 8601 with an offset (for tests and examples)")}});
  section(out, _("FILES"));
  definitions(out, {{"~/.local/share/microask/journal.db", N_("the journal (SQLite), with its -wal and -shm files beside it")},
                    {"~/.config/microask/config.toml", N_("settings: week-start, list, color, idea-lang (command-line options win)")}});
  section(out, _("EXAMPLES"));
  out << ".nf\n";
  for (const auto* line : {"microask plan \"Ask the barista for a glass of water\"", "microask ask --expect-stress 6 --expect no",
                           "microask log --stress 4 --response yes --lesson \"It took ten seconds\"", "microask stats --weeks 12",
                           "microask stats --report review.md", "microask log --export ~/backups/microask.jsonl"})
    out << roff(line) << '\n';
  out << ".fi\n";
  return out.str();
}

}  // namespace microask::cli
