// microask_tablegen OUT.cpp: compiles the checker's word tables (words_*.cpp) and
// writes them as constants into OUT.cpp, the generated source file of the core (run by the
// build: see CMakeLists.txt and tables.hpp). A pattern that does not compile is
// printed with its culprit, and nothing is written: the build fails there.
#include <iostream>
#include <string>

#include "criteria/tables.hpp"
#include "criteria/words.hpp"
#include "generated_source.hpp"

int main(int argc, char** argv) {
  using namespace microask;
  if (argc != 2) {
    std::cerr << "usage: microask_tablegen OUT.cpp\n";
    return 2;
  }
  const tables::Compiled en = tables::compile(words::english());
  const tables::Compiled fr = tables::compile(words::french());
  bool failed = false;
  for (const auto& [lang, c] : {std::pair{"en", &en}, std::pair{"fr", &fr}})
    for (const std::string& e : c->errors) {
      std::cerr << "microask_tablegen: a pattern of the word tables does not compile: " << lang << ": " << e << "\n";
      failed = true;
    }
  if (failed) return 1;
  const std::string out = tables::to_cpp(en.view(), fr.view());
  return microask::write_if_changed(argv[1], out, "microask_tablegen") ? 0 : 1;
}
