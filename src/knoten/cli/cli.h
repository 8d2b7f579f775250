// The knoten command line: `knoten [GLOBAL FLAGS] COMMAND [ARGS]`. Thin: it
// parses arguments, calls app use cases and prints text or JSON. Everything
// it needs from the process (streams, clock, environment) comes in through
// CliEnvironment, so tests run it in-process.

#ifndef KNOTEN_CLI_CLI_H_
#define KNOTEN_CLI_CLI_H_

#include <cstddef>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "knoten/base/clock.h"
#include "knoten/base/result.h"

namespace knoten::app {
struct MatchLexicon;
}  // namespace knoten::app

namespace knoten::cli {

// What `knoten serve` was asked for, with the database path resolved.
struct ServeSettings {
  std::string listen;  // HOST:PORT
  std::string db_path;
  std::string assets_dir;     // "" for the default next to the executable
  std::string tls_cert_file;  // PEM; TLS built in (with tls_key_file)
  std::string tls_key_file;
  bool behind_tls_proxy = false;
};
// Runs the web server until it is stopped; prints to `out` and `err`.
using ServeFunction = std::function<Status(
    const ServeSettings& settings, std::ostream& out, std::ostream& err)>;

struct CliEnvironment {
  std::ostream& out;
  std::ostream& err;
  const Clock& clock;
  // Standard input (`knoten init --password-stdin`); null reads nothing.
  std::istream* in = nullptr;
  std::string lang;           // $LANG, "" when unset
  std::string xdg_data_home;  // $XDG_DATA_HOME, "" when unset
  std::string home;           // $HOME, "" when unset
  // Whether standard output and error are terminals: long imports and
  // exports then draw a progress bar on standard error.
  bool terminal = false;
  // With --json, a list's document is held until it reaches this size and
  // streamed from then on (see docs/decisions/0002-streamed-lists.md).
  size_t held_json_bytes = size_t{8} << 20U;
  // The matching engine's word lists (`knoten match`, `knoten today`); not
  // owned. Null: the system's, loaded on first use (tests give small ones).
  const app::MatchLexicon* match_lexicon = nullptr;
  // `knoten serve`; the http adapter, wired by apps/knoten/main.cc (the
  // CLI does not depend on it). Null: serve says it is not available.
  ServeFunction serve;
};

// Runs one command. `args` excludes the program name. Returns the exit code.
int RunCli(const std::vector<std::string>& args, CliEnvironment& env);

}  // namespace knoten::cli

#endif  // KNOTEN_CLI_CLI_H_
