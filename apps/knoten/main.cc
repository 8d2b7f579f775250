// knoten: wiring only. Reads the process environment once and hands it to
// the CLI adapter, with the http adapter for `knoten serve`.

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <system_error>
#include <vector>

#include "knoten/base/clock.h"
#include "knoten/cli/cli.h"
#include "knoten/http/serve.h"

namespace {

std::string Env(const char* name) {
  // Read once at start-up, before any thread exists.
  const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe)
  return value == nullptr ? "" : value;
}

// The web app's files: --assets, else web/ next to the executable.
std::string AssetsDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  std::error_code ec;
  const std::filesystem::path exe =
      std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  return (exe.parent_path() / "web").string();
}

knoten::Status Serve(const knoten::cli::ServeSettings& settings,
                     std::ostream& out, std::ostream& err) {
  return knoten::http::Serve({.listen = settings.listen,
                              .db_path = settings.db_path,
                              .assets_dir = AssetsDir(settings.assets_dir),
                              .tls_cert_file = settings.tls_cert_file,
                              .tls_key_file = settings.tls_key_file,
                              .behind_tls_proxy = settings.behind_tls_proxy},
                             out, err);
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  knoten::cli::CliEnvironment env{
      .out = std::cout,
      .err = std::cerr,
      .clock = knoten::SystemClock(),
      .in = &std::cin,
      .lang = Env("LANG"),
      .xdg_data_home = Env("XDG_DATA_HOME"),
      .home = Env("HOME"),
      .terminal = isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1,
      .serve = Serve};
  const int code = knoten::cli::RunCli(args, env);
  std::cout.flush();
  return code;
}
