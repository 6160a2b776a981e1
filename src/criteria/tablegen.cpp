// microask_tablegen OUT.cpp: compiles the checker's word tables (words_*.cpp) and
// writes them as constants into OUT.cpp, the generated source file of the core (run by the
// build: see CMakeLists.txt and tables.hpp). A pattern that does not compile is
// printed with its culprit, and nothing is written: the build fails there.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "criteria/tables.hpp"
#include "criteria/words.hpp"

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
  // Rewritten only when it changes, so that an edit that compiles to the same tables
  // recompiles nothing.
  {
    std::ifstream old(argv[1], std::ios::binary);
    std::ostringstream text;
    text << old.rdbuf();
    if (old && text.str() == out) return 0;
  }
  const std::string tmp = std::string(argv[1]) + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f << out;
    if (!f.flush()) {
      std::cerr << "microask_tablegen: cannot write " << tmp << "\n";
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), argv[1]) != 0) {
    std::cerr << "microask_tablegen: cannot write " << argv[1] << "\n";
    return 1;
  }
  return 0;
}
