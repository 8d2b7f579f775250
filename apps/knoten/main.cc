// knoten: wiring only. Reads the process environment once and hands it to
// the CLI adapter.

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "knoten/base/clock.h"
#include "knoten/cli/cli.h"

namespace {

std::string Env(const char* name) {
  // Read once at start-up, before any thread exists.
  const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe)
  return value == nullptr ? "" : value;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  knoten::cli::CliEnvironment env{.out = std::cout,
                                  .err = std::cerr,
                                  .clock = knoten::SystemClock(),
                                  .lang = Env("LANG"),
                                  .xdg_data_home = Env("XDG_DATA_HOME"),
                                  .home = Env("HOME")};
  const int code = knoten::cli::RunCli(args, env);
  std::cout.flush();
  return code;
}
