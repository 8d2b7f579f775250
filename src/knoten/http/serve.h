// `knoten serve`: parses the listen address, loads the web app's files,
// starts the Server with the knoten handler, prints where it listens and
// serves until SIGTERM or SIGINT.

#ifndef KNOTEN_HTTP_SERVE_H_
#define KNOTEN_HTTP_SERVE_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

#include "knoten/base/result.h"

namespace knoten::http {

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";  // HOST:PORT, [IPv6]:PORT
  std::string db_path;                    // the database (checked at start)
  std::string assets_dir;                 // the built web app; "" for none
  std::string tls_cert_file;              // TLS built in: both or neither
  std::string tls_key_file;
  bool behind_tls_proxy = false;
};

// "127.0.0.1:8080" → {"127.0.0.1", 8080}; "[::1]:0" → {"::1", 0}.
// kInvalidArgument naming the problem otherwise.
Result<std::pair<std::string, uint16_t>> ParseListenAddress(
    std::string_view listen);

// Runs the server until a signal; messages go to `out` (the address) and
// `err` (problems). Returns the error that kept it from starting.
Status Serve(const ServeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_SERVE_H_
