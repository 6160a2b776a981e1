#include "ideas/catalogue_file.hpp"

#include <algorithm>
#include <map>
#include <vector>
#include <set>

#include <fmt/format.h>

#include "microask/ideas.hpp"
#include "microask/text.hpp"

namespace microask::catalogue_file {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  for (std::size_t from = 0;;) {
    const auto at = s.find(sep, from);
    parts.push_back(s.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
    if (at == std::string_view::npos) return parts;
    from = at + 1;
  }
}

std::string_view tag(Lang lang) { return lang == Lang::fr ? "fr" : "en"; }

bool known_setting(std::string_view s) {
  return std::find(idea_settings.begin(), idea_settings.end(), s) != idea_settings.end();
}

bool has_controls(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

// Each data line of `content` with its number: comments and blank lines skipped, a CR
// before the LF dropped.
template <typename F>
void for_each_line(std::string_view content, F&& f) {
  int number = 0;
  for (std::string_view line : split(content, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty() || line.front() == '#') continue;
    f(number, line);
  }
}

// A request's text as the catalogue may hold it: what a person could type to `plan`.
std::string text_problem(std::string_view text) {
  if (text != trim(text)) return "the text has blanks around it";
  if (has_controls(text)) return "the text has a control character";
  switch (check_text(text, max_text_chars)) {
    case TextProblem::none: return {};
    case TextProblem::empty: return "the text is empty";
    case TextProblem::too_long: return fmt::format("the text is longer than {} characters", max_text_chars);
    case TextProblem::invalid_utf8: return "the text is not UTF-8";
  }
  return {};
}

// "en-cafe-07" for lang en and setting cafe.
bool id_reads(std::string_view id, Lang lang, std::string_view setting) {
  const std::string prefix = fmt::format("{}-{}-", tag(lang), setting);
  if (!id.starts_with(prefix)) return false;
  const auto number = id.substr(prefix.size());
  return number.size() == 2 && std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string literal(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}

}  // namespace

Read<IdeaRow> read_ideas(std::string_view content, Lang lang, std::string_view name) {
  Read<IdeaRow> read;
  std::set<std::string, std::less<>> ids;
  for_each_line(content, [&](int number, std::string_view line) {
    const auto fail = [&](const std::string& what) { read.errors.push_back(fmt::format("{}:{}: {}", name, number, what)); };
    const auto fields = split(line, '\t');
    if (fields.size() != 4) return fail(fmt::format("{} fields; an idea has 4: id, level, setting, text", fields.size()));
    IdeaRow row{std::string(fields[0]), 0, std::string(fields[2]), std::string(fields[3])};
    if (fields[1].size() == 1 && fields[1][0] >= '1' && fields[1][0] <= '5') row.level = fields[1][0] - '0';
    if (!known_setting(row.setting))
      return fail(fmt::format("'{}' is not a setting ({})", row.setting, fmt::join(idea_settings, ", ")));
    if (!id_reads(row.id, lang, row.setting))
      return fail(fmt::format("id '{}' does not read {}-{}-NN", row.id, tag(lang), row.setting));
    if (row.id.size() > max_idea_chars) return fail(fmt::format("id '{}' is longer than {}", row.id, max_idea_chars));
    if (!ids.insert(row.id).second) return fail(fmt::format("id '{}' is given twice", row.id));
    if (row.level == 0) return fail(fmt::format("level '{}' is not 1 to 5", fields[1]));
    if (auto problem = text_problem(row.text); !problem.empty()) return fail(problem);
    read.rows.push_back(std::move(row));
  });
  return read;
}

Read<WordRow> read_setting_words(std::string_view content, std::string_view name) {
  Read<WordRow> read;
  std::map<std::string, std::string, std::less<>> setting_of;  // folded word -> setting
  for_each_line(content, [&](int number, std::string_view line) {
    const auto fail = [&](const std::string& what) { read.errors.push_back(fmt::format("{}:{}: {}", name, number, what)); };
    const auto fields = split(line, '\t');
    if (fields.size() != 2) return fail(fmt::format("{} fields; a line has 2: setting, words", fields.size()));
    if (!known_setting(fields[0]))
      return fail(fmt::format("'{}' is not a setting ({})", fields[0], fmt::join(idea_settings, ", ")));
    // A line with a fault gives no word at all, so the error is the only trace it leaves.
    std::vector<WordRow> line_words;
    for (std::string_view word : split(fields[1], ',')) {
      word = trim(word);
      if (word.empty()) return fail("an empty word (two commas in a row?)");
      if (has_controls(word) || !is_valid_utf8(word)) return fail(fmt::format("'{}' is not a plain word", word));
      const auto at = setting_of.find(fold(word));
      if (at != setting_of.end() && at->second != fields[0])
        return fail(fmt::format("'{}' names two settings: {} and {}", word, at->second, fields[0]));
      line_words.push_back(WordRow{std::string(fields[0]), std::string(word)});
    }
    for (auto& w : line_words) {
      setting_of.emplace(fold(w.word), w.setting);
      read.rows.push_back(std::move(w));
    }
  });
  return read;
}

std::string to_cpp(const Language& en, const Language& fr) {
  std::string out =
      "// Generated by microask_ideagen from src/ideas/*.tsv: edit those files, not this one.\n"
      "#include \"ideas/catalogue_data.hpp\"\n\n"
      "namespace microask::ideas_data {\nnamespace {\n\n";
  for (const auto& [lang, rows] : {std::pair{Lang::en, &en}, std::pair{Lang::fr, &fr}}) {
    out += fmt::format("constexpr Idea ideas_{}[] = {{\n", tag(lang));
    for (const IdeaRow& i : rows->ideas)
      out += fmt::format("    {{{}, Lang::{}, {}, {}, {}}},\n", literal(i.id), tag(lang), i.level, literal(i.setting),
                         literal(i.text));
    out += fmt::format("}};\n\nconstexpr SettingWord words_{}[] = {{\n", tag(lang));
    for (const WordRow& w : rows->words) out += fmt::format("    {{{}, {}}},\n", literal(w.setting), literal(w.word));
    out += "};\n\n";
  }
  out +=
      "}  // namespace\n\n"
      "std::span<const Idea> ideas(Lang lang) { return lang == Lang::fr ? std::span<const Idea>(ideas_fr) : ideas_en; }\n\n"
      "std::span<const SettingWord> setting_words(Lang lang) {\n"
      "  return lang == Lang::fr ? std::span<const SettingWord>(words_fr) : words_en;\n}\n\n"
      "}  // namespace microask::ideas_data\n";
  return out;
}

}  // namespace microask::catalogue_file
