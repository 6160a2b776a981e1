// Reading the catalogue's files (src/ideas/*.tsv) and writing them as C++ constants: what
// microask_ideagen runs at build time. A file that does not read fails the build, each
// problem named by its line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "microask/request.hpp"

namespace microask::catalogue_file {

struct IdeaRow {
  std::string id;
  int level = 0;
  std::string setting;
  std::string text;
};

struct WordRow {
  std::string setting;
  std::string word;  // as written: folded when read (ideas/settings.cpp)
};

template <typename Row>
struct Read {
  std::vector<Row> rows;
  std::vector<std::string> errors;  // "NAME:LINE: what is wrong"
};

// ideas_<lang>.tsv: id, level, setting, text, TAB-separated; `#` comments and blank lines
// skipped. Checks each field (the id reads "<lang>-<setting>-<nn>" and names the row's
// setting; the level is 1..5; the text is a request's text) and that ids are unique.
Read<IdeaRow> read_ideas(std::string_view content, Lang lang, std::string_view name);

// settings_<lang>.tsv: a setting, a TAB, words and phrases separated by commas. A word may
// name one setting only (`--setting WORD` reads it back).
Read<WordRow> read_setting_words(std::string_view content, std::string_view name);

struct Language {
  std::vector<IdeaRow> ideas;
  std::vector<WordRow> words;
};

// The generated source of the core that defines ideas_data::ideas() and setting_words().
std::string to_cpp(const Language& en, const Language& fr);

}  // namespace microask::catalogue_file
