#include "knoten/http/server.h"

// g++ 12 in C++20 mode needs <utility> before Asio (std::exchange).
#include <algorithm>
#include <array>
#include <atomic>
#include <csignal>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include "knoten/http/body_file.h"
#include "knoten/http/error_response.h"
#include "knoten/http/security_headers.h"

namespace knoten::http {

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = boost::asio::ip::tcp;

// Request header fields beyond this many bytes get 431.
constexpr uint32_t kHeaderLimit = 16 * 1024;
// A body's file is sent in pieces of this size.
constexpr size_t kFileBlock = size_t{64} * 1024;

// What the server needs of a connection when it stops.
class ConnectionBase : public std::enable_shared_from_this<ConnectionBase> {
 public:
  ConnectionBase() = default;
  ConnectionBase(const ConnectionBase&) = delete;
  ConnectionBase& operator=(const ConnectionBase&) = delete;
  virtual ~ConnectionBase() = default;

  // On stop: a connection waiting for a request closes now; one answering
  // closes once its response is written.
  virtual void CloseIfIdle() = 0;
};

// What the acceptor and the connections share.
struct Shared {
  ServerOptions options;
  // The largest of the body limits: the parser's while it reads a header,
  // before the path is known (it refuses a longer declared length there).
  size_t largest_body_limit = 0;
  RequestHandler handler;
  asio::ssl::context* tls = nullptr;  // set when serving TLS
  std::atomic<bool> stopping = false;
  std::mutex mutex;
  std::set<ConnectionBase*> open;  // guarded by mutex
};

std::string ToString(beast::string_view text) {
  return {text.data(), text.size()};
}

// Splits a request target into a decoded path and the raw query; nullopt
// if the path's escapes are malformed or it is not absolute.
std::optional<std::pair<std::string, std::string>> SplitTarget(
    std::string_view target) {
  const size_t question = target.find('?');
  const std::string_view raw_path = target.substr(0, question);
  if (raw_path.empty() || raw_path.front() != '/') return std::nullopt;
  auto path = PercentDecode(raw_path, false);
  if (!path) return std::nullopt;
  std::string query(question == std::string_view::npos
                        ? std::string_view()
                        : target.substr(question + 1));
  return std::make_pair(std::move(*path), std::move(query));
}

// One client connection, over TLS or not: reads requests one after
// another and answers each before reading the next.
template <bool kTls>
class Connection final : public ConnectionBase {
 public:
  using Stream = std::conditional_t<kTls, beast::ssl_stream<beast::tcp_stream>,
                                    beast::tcp_stream>;

  Connection(tcp::socket socket, std::shared_ptr<Shared> shared)
      : peer_(PeerOf(socket)),
        stream_(MakeStream(std::move(socket), *shared)),
        shared_(std::move(shared)) {}
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection() override {
    std::lock_guard lock(shared_->mutex);
    shared_->open.erase(this);
  }

  void Start() {
    {
      std::lock_guard lock(shared_->mutex);
      if (shared_->stopping.load()) return;
      shared_->open.insert(this);
    }
    asio::dispatch(stream_.get_executor(), [self = Self()] {
      if constexpr (kTls) {
        self->Lowest().expires_after(self->shared_->options.read_timeout);
        self->stream_.async_handshake(asio::ssl::stream_base::server,
                                      [self](beast::error_code ec) {
                                        if (ec) {
                                          self->Close();
                                          return;
                                        }
                                        self->Read();
                                      });
      } else {
        self->Read();
      }
    });
  }

  void CloseIfIdle() override {
    asio::post(stream_.get_executor(), [self = Self()] {
      beast::error_code ec;
      if (self->reading_) self->Lowest().socket().close(ec);
    });
  }

 private:
  // The client's address, asked once per connection.
  static std::string PeerOf(const tcp::socket& socket) {
    beast::error_code ec;
    const tcp::endpoint peer = socket.remote_endpoint(ec);
    return ec ? std::string() : peer.address().to_string();
  }

  static Stream MakeStream(tcp::socket socket, Shared& shared) {
    if constexpr (kTls) {
      return Stream(std::move(socket), *shared.tls);
    } else {
      return Stream(std::move(socket));
    }
  }

  std::shared_ptr<Connection> Self() {
    return std::static_pointer_cast<Connection>(shared_from_this());
  }

  beast::tcp_stream& Lowest() { return beast::get_lowest_layer(stream_); }

  bool Secure() const { return kTls || shared_->options.behind_tls_proxy; }

  void Read() {
    if (shared_->stopping.load()) {
      Close();
      return;
    }
    parser_.emplace();
    parser_->header_limit(kHeaderLimit);
    body_limit_ = shared_->largest_body_limit;
    parser_->body_limit(body_limit_);
    Lowest().expires_after(shared_->options.read_timeout);
    reading_ = true;
    // The header first: the body's limit depends on the path.
    bhttp::async_read_header(
        stream_, buffer_, *parser_,
        [self = Self()](beast::error_code ec, size_t) { self->OnHeader(ec); });
  }

  void OnHeader(beast::error_code ec) {
    if (ec) {
      OnRead(ec);
      return;
    }
    const beast::string_view raw = parser_->get().target();
    const std::string_view target(raw.data(), raw.size());
    const std::string_view path = target.substr(0, target.find('?'));
    body_limit_ = shared_->options.body_limit;
    for (const PathBodyLimit& limit : shared_->options.path_body_limits) {
      if (limit.path == path) body_limit_ = limit.bytes;
    }
    const auto length = parser_->content_length();
    if (length && *length > body_limit_) {
      OnRead(bhttp::error::body_limit);
      return;
    }
    parser_->body_limit(body_limit_);  // for chunked bodies
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = Self()](beast::error_code read_ec, size_t) {
                        self->OnRead(read_ec);
                      });
  }

  void OnRead(beast::error_code ec) {
    reading_ = false;
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout ||
        ec == asio::error::operation_aborted ||
        ec == asio::error::bad_descriptor ||
        ec == asio::error::connection_reset || ec == asio::error::eof ||
        ec == asio::ssl::error::stream_truncated) {
      Close();
      return;
    }
    if (ec == bhttp::error::body_limit) {
      Reply(ErrorResponse(413, "payload_too_large",
                          "The request body is larger than " +
                              std::to_string(body_limit_) + " bytes."),
            false, false);
      return;
    }
    if (ec == bhttp::error::header_limit) {
      Reply(ErrorResponse(431, "header_too_large",
                          "The request's header fields are too large."),
            false, false);
      return;
    }
    if (ec) {
      Reply(ErrorResponse(
                400, "bad_request",
                "The request is not valid HTTP/1.1: " + ec.message() + "."),
            false, false);
      return;
    }
    bhttp::request<bhttp::string_body> message = parser_->release();
    const bool keep_alive = message.keep_alive();
    const bool head = message.method() == bhttp::verb::head;
    version_ = message.version();
    Response response = Handle(message);
    Reply(std::move(response), keep_alive, head);
  }

  Response Handle(bhttp::request<bhttp::string_body>& message) {
    auto target = SplitTarget(
        std::string_view(message.target().data(), message.target().size()));
    if (!target) {
      return ErrorResponse(400, "bad_request",
                           "The request target is not a valid path.");
    }
    Request request;
    request.method = ToString(message.method_string());
    request.path = std::move(target->first);
    request.query = std::move(target->second);
    for (const auto& field : message) {
      request.headers.Add(ToString(field.name_string()),
                          ToString(field.value()));
    }
    request.body = std::move(message.body());
    request.secure = Secure();
    request.peer = peer_;
    try {
      return shared_->handler(std::move(request));
    } catch (const std::exception& e) {
      return ErrorResponse(500, "internal",
                           std::string("The server failed: ") + e.what());
    }
  }

  // Writes the response (status line and header fields, then the body as
  // the handler made it, not copied, or its file a piece at a time), then
  // reads the next request or closes. The body is let go once written: a
  // large download (the JSON backup) does not stay with the connection.
  void Reply(Response response, bool keep_alive, bool head) {
    AddSecurityHeaders(Secure(), response);
    if (shared_->stopping.load()) keep_alive = false;
    const bool bodyless = response.status == 304 || response.status == 204;
    out_.clear();
    out_ += "HTTP/1.1 ";
    out_ += std::to_string(response.status);
    out_ += ' ';
    const beast::string_view reason =
        bhttp::obsolete_reason(static_cast<bhttp::status>(response.status));
    out_.append(reason.data(), reason.size());
    out_ += "\r\n";
    for (const auto& [name, value] : response.headers.fields()) {
      AppendField(name, value);
    }
    AppendField("Server", "knoten");
    if (!keep_alive) {
      AppendField("Connection", "close");
    } else if (version_ < 11) {
      AppendField("Connection", "keep-alive");
    }
    if (!bodyless) {
      AppendField("Content-Length",
                  std::to_string(response.body_file ? response.body_file->size()
                                                    : response.body.size()));
    }
    out_ += "\r\n";
    body_.clear();
    file_.reset();
    if (!head && !bodyless) {
      body_ = std::move(response.body);
      file_ = std::move(response.body_file);
    }
    Lowest().expires_after(shared_->options.write_timeout);
    const std::array<asio::const_buffer, 2> pieces = {asio::buffer(out_),
                                                      asio::buffer(body_)};
    asio::async_write(
        stream_, pieces,
        [self = Self(), keep_alive](beast::error_code ec, size_t) {
          self->body_ = std::string();
          if (ec) {
            self->GiveUp();
            return;
          }
          self->WriteFile(0, keep_alive);
        });
  }

  // Writes the body's file from `offset` on, a block at a time, then reads
  // the next request or closes; without a file, only the latter.
  void WriteFile(uint64_t offset, bool keep_alive) {
    if (file_ && offset < file_->size()) {
      block_.resize(kFileBlock);
      auto got = file_->ReadAt(offset, block_);
      if (!got || *got == 0) {  // the length is sent: all we can do is stop
        GiveUp();
        return;
      }
      Lowest().expires_after(shared_->options.write_timeout);
      asio::async_write(stream_, asio::buffer(block_.data(), *got),
                        [self = Self(), keep_alive, next = offset + *got](
                            beast::error_code ec, size_t) {
                          if (ec) {
                            self->GiveUp();
                            return;
                          }
                          self->WriteFile(next, keep_alive);
                        });
      return;
    }
    file_.reset();
    block_ = std::vector<char>();
    if (!keep_alive) {
      Close();
      return;
    }
    Read();
  }

  // Ends a response that cannot be written whole: the connection closes.
  void GiveUp() {
    file_.reset();
    Close();
  }

  // "Name: value" and CRLF; a CR or LF in a value becomes a space, so no
  // value can add a field of its own.
  void AppendField(std::string_view name, std::string_view value) {
    out_ += name;
    out_ += ": ";
    const size_t start = out_.size();
    out_ += value;
    for (size_t i = start; i < out_.size(); ++i) {
      if (out_[i] == '\r' || out_[i] == '\n') out_[i] = ' ';
    }
    out_ += "\r\n";
  }

  // Without TLS's close_notify: a client that sees the end of a response
  // by its length, or Connection: close, needs none.
  void Close() {
    beast::error_code ec;
    Lowest().socket().shutdown(tcp::socket::shutdown_send, ec);
    Lowest().socket().close(ec);
  }

  const std::string peer_;
  Stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  size_t body_limit_ = 0;  // of the request being read
  std::shared_ptr<Shared> shared_;
  std::string out_;   // the response's status line and fields
  std::string body_;  // its body, while it is written
  std::shared_ptr<const BodyFile> file_;  // or its file, while written
  std::vector<char> block_;               // the piece of the file being written
  unsigned version_ = 11;                 // of the request being answered
  bool reading_ = false;                  // on the connection's thread only
};

class BeastServer final : public Server {
 public:
  BeastServer(const ServerOptions& options, RequestHandler handler)
      : contexts_(MakeContexts(options.threads)),
        acceptor_(*contexts_.front()),
        signals_(*contexts_.front()),
        shared_(std::make_shared<Shared>()) {
    for (const auto& context : contexts_) {
      idle_guards_.emplace_back(context->get_executor());
    }
    shared_->options = options;
    shared_->largest_body_limit = options.body_limit;
    for (const PathBodyLimit& limit : options.path_body_limits) {
      shared_->largest_body_limit =
          std::max(shared_->largest_body_limit, limit.bytes);
    }
    shared_->handler = std::move(handler);
  }
  BeastServer(const BeastServer&) = delete;
  BeastServer& operator=(const BeastServer&) = delete;
  ~BeastServer() override { Stop(); }

  Status Listen() {
    KNOTEN_RETURN_IF_ERROR(LoadTls());
    beast::error_code ec;
    const asio::ip::address address =
        asio::ip::make_address(shared_->options.host, ec);
    if (ec) {
      return InvalidArgumentError("'" + shared_->options.host +
                                  "' is not an IP address; listen on an "
                                  "address such as 127.0.0.1 or 0.0.0.0.");
    }
    const tcp::endpoint endpoint(address, shared_->options.port);
    const std::string where =
        shared_->options.host + ":" + std::to_string(shared_->options.port);
    acceptor_.open(endpoint.protocol(), ec);
    if (!ec) acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(endpoint, ec);
    if (!ec) acceptor_.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
      return UnavailableError("Cannot listen on " + where + ": " +
                              ec.message() + ".");
    }
    port_ = acceptor_.local_endpoint(ec).port();
    return OkStatus();
  }

  void Run() {
    Accept();
    if (shared_->options.stop_on_signals) {
      signals_.add(SIGINT);
      signals_.add(SIGTERM);
      signals_.async_wait([this](beast::error_code ec, int) {
        if (!ec) BeginStop();
      });
    }
    threads_.reserve(contexts_.size());
    for (const auto& context : contexts_) {
      threads_.emplace_back([&context = *context] { context.run(); });
    }
  }

  uint16_t port() const override { return port_; }

  void Stop() override {
    BeginStop();
    Wait();
  }

  void Wait() override {
    std::lock_guard lock(join_mutex_);
    for (std::thread& t : threads_) {
      if (t.joinable()) t.join();
    }
  }

 private:
  // One io_context per thread, each run by its thread alone: a connection
  // lives on one of them, so its handlers never run concurrently (no strand
  // needed) and no thread wakes another for its work.
  static std::vector<std::unique_ptr<asio::io_context>> MakeContexts(
      size_t threads) {
    std::vector<std::unique_ptr<asio::io_context>> contexts;
    for (size_t i = 0; i < std::max<size_t>(1, threads); ++i) {
      contexts.push_back(std::make_unique<asio::io_context>(1));
    }
    return contexts;
  }

  // The certificate chain and key, if the options name them.
  Status LoadTls() {
    const ServerOptions& o = shared_->options;
    if (o.tls_cert_file.empty() && o.tls_key_file.empty()) return OkStatus();
    if (o.tls_cert_file.empty() || o.tls_key_file.empty()) {
      return InvalidArgumentError(
          "TLS needs both a certificate (--tls-cert) and its key "
          "(--tls-key).");
    }
    tls_.emplace(asio::ssl::context::tls_server);
    beast::error_code ec;
    tls_->set_options(
        asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
            asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
            asio::ssl::context::no_tlsv1_1,
        ec);
    tls_->use_certificate_chain_file(o.tls_cert_file, ec);
    if (ec) {
      return InvalidArgumentError(
          "Cannot use '" + o.tls_cert_file +
          "' as a PEM certificate chain: " + ec.message() + ".");
    }
    tls_->use_private_key_file(o.tls_key_file, asio::ssl::context::pem, ec);
    if (ec) {
      return InvalidArgumentError(
          "Cannot use '" + o.tls_key_file +
          "' as the certificate's PEM private key: " + ec.message() + ".");
    }
    shared_->tls = &*tls_;
    return OkStatus();
  }

  void Accept() {
    asio::io_context& context = *contexts_[next_context_];
    next_context_ = (next_context_ + 1) % contexts_.size();
    acceptor_.async_accept(context, [this](beast::error_code ec,
                                           tcp::socket socket) {
      if (ec == asio::error::operation_aborted || !acceptor_.is_open()) {
        return;
      }
      if (!ec && shared_->tls != nullptr) {
        std::make_shared<Connection<true>>(std::move(socket), shared_)->Start();
      } else if (!ec) {
        std::make_shared<Connection<false>>(std::move(socket), shared_)
            ->Start();
      }
      Accept();
    });
  }

  void BeginStop() {
    std::vector<std::shared_ptr<ConnectionBase>> open;
    {
      std::lock_guard lock(shared_->mutex);
      if (shared_->stopping) return;
      shared_->stopping = true;
      for (ConnectionBase* c : shared_->open) {
        // A connection being destroyed has no owner left: skip it.
        if (auto owner = c->weak_from_this().lock()) open.push_back(owner);
      }
    }
    asio::post(acceptor_.get_executor(), [this] {
      beast::error_code ec;
      acceptor_.close(ec);
      signals_.cancel(ec);
    });
    // Each thread returns once its last connection has closed.
    for (auto& guard : idle_guards_) guard.reset();
    for (const auto& c : open) c->CloseIfIdle();
  }

  std::vector<std::unique_ptr<asio::io_context>> contexts_;
  // Keep each context running while it has no connection, until stopping.
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>>
      idle_guards_;
  size_t next_context_ = 0;  // on the acceptor's thread only
  std::optional<asio::ssl::context> tls_;
  tcp::acceptor acceptor_;
  asio::signal_set signals_;
  std::shared_ptr<Shared> shared_;
  uint16_t port_ = 0;
  std::mutex join_mutex_;
  std::vector<std::thread> threads_;
};

}  // namespace

Result<std::unique_ptr<Server>> Server::Start(const ServerOptions& options,
                                              RequestHandler handler) {
  auto server = std::make_unique<BeastServer>(options, std::move(handler));
  KNOTEN_RETURN_IF_ERROR(server->Listen());
  server->Run();
  return std::unique_ptr<Server>(std::move(server));
}

}  // namespace knoten::http
