// microask_ideagen OUT.cpp IDEAS_EN IDEAS_FR SETTINGS_EN SETTINGS_FR: reads the catalogue's
// files and writes them as constants into OUT.cpp, a generated source of the core (run by
// the build: see CMakeLists.txt). A file that does not read is reported line by line, and
// nothing is written: the build fails there.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "generated_source.hpp"
#include "ideas/catalogue_file.hpp"

namespace {

bool slurp(const char* path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream text;
  text << f.rdbuf();
  out = text.str();
  return static_cast<bool>(f);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace microask;
  using namespace microask::catalogue_file;
  if (argc != 6) {
    std::cerr << "usage: microask_ideagen OUT.cpp IDEAS_EN IDEAS_FR SETTINGS_EN SETTINGS_FR\n";
    return 2;
  }
  Language languages[2];
  bool failed = false;
  for (int i = 0; i < 2; ++i) {
    const Lang lang = i == 0 ? Lang::en : Lang::fr;
    const char* files[2] = {argv[2 + i], argv[4 + i]};
    std::string content[2];
    for (int f = 0; f < 2; ++f)
      if (!slurp(files[f], content[f])) {
        std::cerr << "microask_ideagen: cannot read " << files[f] << "\n";
        return 1;
      }
    auto ideas = read_ideas(content[0], lang, files[0]);
    auto words = read_setting_words(content[1], files[1]);
    for (const auto* errors : {&ideas.errors, &words.errors})
      for (const std::string& e : *errors) {
        std::cerr << "microask_ideagen: " << e << "\n";
        failed = true;
      }
    // An empty array is no C++ constant: say so here rather than in the compiler's words.
    for (const auto& [empty, file] : {std::pair{ideas.rows.empty() && ideas.errors.empty(), files[0]},
                                std::pair{words.rows.empty() && words.errors.empty(), files[1]}})
      if (empty) {
        std::cerr << "microask_ideagen: " << file << ": no rows\n";
        failed = true;
      }
    languages[i] = Language{std::move(ideas.rows), std::move(words.rows)};
  }
  if (failed) return 1;
  const std::string out = to_cpp(languages[0], languages[1]);
  return microask::write_if_changed(argv[1], out, "microask_ideagen") ? 0 : 1;
}
