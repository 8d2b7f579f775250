// Server: knoten's HTTP/1.1 server on Boost.Beast and Boost.Asio (both
// stay in server.cc), with TLS built in (OpenSSL) when given a certificate.
// Asynchronous on a few threads, each with its own event loop and its share
// of the connections; keep-alive; a limit on header and body size
// (413 beyond it); a deadline for reading each request and writing each
// response, so that a slow or half-open client holds only its own connection;
// HEAD answered without a body; security headers on every response. Stop() (or
// SIGTERM/SIGINT when asked to watch them) stops accepting, lets requests
// already read finish and their responses be written, then closes idle
// connections.
//
// Thread-safety: the handler runs on the server's threads, several at once.

#ifndef KNOTEN_HTTP_SERVER_H_
#define KNOTEN_HTTP_SERVER_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "knoten/base/result.h"
#include "knoten/http/message.h"

namespace knoten::http {

// A body limit of its own for requests to one path (the query aside), for
// uploads larger than other requests may be.
struct PathBodyLimit {
  std::string path;
  size_t bytes = 0;
};

struct ServerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;  // 0: any free port (tests)
  size_t threads = 2;
  size_t body_limit = size_t{1} << 20U;         // bytes of a request body
  std::vector<PathBodyLimit> path_body_limits;  // instead, for their paths
  // Reading one request (from its first byte, or the connection's idle
  // time before it) and writing one response.
  std::chrono::milliseconds read_timeout{std::chrono::seconds(30)};
  std::chrono::milliseconds write_timeout{std::chrono::seconds(30)};
  // TLS built in: a PEM certificate chain and its private key (both or
  // neither). TLS 1.2 and later.
  std::string tls_cert_file;
  std::string tls_key_file;
  // Requests count as secure (Secure cookies, HSTS): behind a TLS proxy.
  bool behind_tls_proxy = false;
  // Stop on SIGTERM and SIGINT (knoten serve; never in tests).
  bool stop_on_signals = false;
};

using RequestHandler = std::function<Response(Request)>;

class Server {
 public:
  // Binds and starts serving. kUnavailable if the address cannot be bound
  // (in use, not local), kInvalidArgument if it is malformed or the TLS
  // files cannot be used.
  static Result<std::unique_ptr<Server>> Start(const ServerOptions& options,
                                               RequestHandler handler);

  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
  virtual ~Server() = default;

  // The port bound (the chosen one when the options said 0).
  virtual uint16_t port() const = 0;
  // Stops as described above and returns when every thread has finished.
  virtual void Stop() = 0;
  // Blocks until the server has stopped (by Stop() or a signal).
  virtual void Wait() = 0;

 protected:
  Server() = default;
};

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_SERVER_H_
