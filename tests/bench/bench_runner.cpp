// bench_runner: times whole processes side by side. Each round runs every command once,
// starting with a different one each round (so neither side always follows the other's
// fsyncs), after `warmup` untimed rounds. Wall time is measured around fork + exec + wait;
// peak memory is the child's ru_maxrss from wait4(), the figure `/usr/bin/time -v` prints
// as "Maximum resident set size".
//
//   bench_runner OUT.tsv CASE SIZE ROUNDS WARMUP LABEL ARGV_FILE [LABEL ARGV_FILE ...]
//
// ARGV_FILE holds one command's arguments, each ended by a NUL byte (bash: printf '%s\0').
// Standard input is /dev/null and standard output is discarded for every command alike.
// A command that exits non-zero stops the bench (its standard error is shown).
// Appends to OUT.tsv one line per command:
//   case  size  label  rounds  median_ms  min_ms  p90_ms  max_rss_kib
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

struct Command {
  std::string label;
  std::vector<std::string> args;
  std::vector<double> ms;
  long max_rss_kib = 0;
};

std::vector<std::string> read_argv(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "bench_runner: cannot read %s\n", path);
    std::exit(2);
  }
  std::vector<std::string> args;
  std::string arg;
  while (std::getline(in, arg, '\0')) args.push_back(arg);
  if (args.empty()) {
    std::fprintf(stderr, "bench_runner: no command in %s\n", path);
    std::exit(2);
  }
  return args;
}

double now_ms() {
  timespec t{};
  ::clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Runs once; returns the wall time in ms. Exits on failure.
double run_once(Command& c) {
  std::vector<char*> argv;
  for (auto& a : c.args) argv.push_back(a.data());
  argv.push_back(nullptr);
  char err_path[] = "/tmp/bench_runner_err_XXXXXX";
  const int err_fd = ::mkstemp(err_path);
  ::unlink(err_path);
  const double start = now_ms();
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int in = ::open("/dev/null", O_RDONLY);
    const int out = ::open("/dev/null", O_WRONLY);
    ::dup2(in, 0);
    ::dup2(out, 1);
    if (err_fd >= 0) ::dup2(err_fd, 2);
    ::execvp(argv[0], argv.data());
    std::perror(argv[0]);
    ::_exit(127);
  }
  int status = 0;
  rusage usage{};
  ::wait4(pid, &status, 0, &usage);
  const double elapsed = now_ms() - start;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "bench_runner: %s failed (status %d):", c.label.c_str(), status);
    for (const auto& a : c.args) std::fprintf(stderr, " '%s'", a.c_str());
    std::fprintf(stderr, "\n");
    if (err_fd >= 0) {
      char buf[4096];
      ::lseek(err_fd, 0, SEEK_SET);
      const ssize_t n = ::read(err_fd, buf, sizeof buf);
      if (n > 0) std::fwrite(buf, 1, static_cast<size_t>(n), stderr);
    }
    std::exit(1);
  }
  if (err_fd >= 0) ::close(err_fd);
  c.max_rss_kib = std::max(c.max_rss_kib, usage.ru_maxrss);
  return elapsed;
}

double quantile(std::vector<double> v, double q) {
  std::sort(v.begin(), v.end());
  const double pos = q * static_cast<double>(v.size() - 1);
  const auto lo = static_cast<std::size_t>(pos);
  const std::size_t hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (v[hi] - v[lo]) * (pos - static_cast<double>(lo));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 8 || (argc - 6) % 2 != 0) {
    std::fprintf(stderr, "usage: bench_runner OUT.tsv CASE SIZE ROUNDS WARMUP LABEL ARGV_FILE [LABEL ARGV_FILE ...]\n");
    return 2;
  }
  const char* out_path = argv[1];
  const std::string case_name = argv[2], size = argv[3];
  const int rounds = std::atoi(argv[4]), warmup = std::atoi(argv[5]);
  std::vector<Command> commands;
  for (int i = 6; i + 1 < argc; i += 2) commands.push_back({argv[i], read_argv(argv[i + 1]), {}, 0});
  const std::size_t k = commands.size();
  for (int r = -warmup; r < rounds; ++r) {
    for (std::size_t j = 0; j < k; ++j) {
      Command& c = commands[(static_cast<std::size_t>(r + warmup) + j) % k];
      const double ms = run_once(c);
      if (r >= 0) c.ms.push_back(ms);
    }
  }
  std::FILE* out = std::fopen(out_path, "a");
  if (!out) {
    std::perror(out_path);
    return 2;
  }
  for (const auto& c : commands)
    std::fprintf(out, "%s\t%s\t%s\t%d\t%.3f\t%.3f\t%.3f\t%ld\n", case_name.c_str(), size.c_str(), c.label.c_str(),
                 rounds, quantile(c.ms, 0.5), quantile(c.ms, 0.0), quantile(c.ms, 0.9), c.max_rss_kib);
  std::fclose(out);
  return 0;
}
