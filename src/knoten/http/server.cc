#include "knoten/http/server.h"

// g++ 12 in C++20 mode needs <utility> before Asio (std::exchange).
#include <csignal>
#include <exception>
#include <mutex>
#include <set>
#include <thread>
#include <utility>
#include <vector>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

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

class Connection;

// What the acceptor and the connections share.
struct Shared {
  ServerOptions options;
  RequestHandler handler;
  std::mutex mutex;
  std::set<Connection*> open;  // guarded by mutex
  bool stopping = false;       // guarded by mutex
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

// One client connection: reads requests one after another and answers
// each before reading the next.
class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, std::shared_ptr<Shared> shared)
      : stream_(std::move(socket)), shared_(std::move(shared)) {}

  void Start() {
    {
      std::lock_guard lock(shared_->mutex);
      if (shared_->stopping) return;
      shared_->open.insert(this);
    }
    asio::dispatch(stream_.get_executor(),
                   [self = shared_from_this()] { self->Read(); });
  }

  ~Connection() {
    std::lock_guard lock(shared_->mutex);
    shared_->open.erase(this);
  }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // On stop: a connection waiting for a request closes now; one answering
  // closes once its response is written.
  void CloseIfIdle() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (self->reading_) self->stream_.socket().close();
    });
  }

 private:
  void Read() {
    {
      std::lock_guard lock(shared_->mutex);
      if (shared_->stopping) {
        Close();
        return;
      }
    }
    parser_.emplace();
    parser_->header_limit(kHeaderLimit);
    parser_->body_limit(shared_->options.body_limit);
    stream_.expires_after(shared_->options.read_timeout);
    reading_ = true;
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](
                          beast::error_code ec, size_t) { self->OnRead(ec); });
  }

  void OnRead(beast::error_code ec) {
    reading_ = false;
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout ||
        ec == asio::error::operation_aborted ||
        ec == asio::error::bad_descriptor ||
        ec == asio::error::connection_reset || ec == asio::error::eof) {
      Close();
      return;
    }
    if (ec == bhttp::error::body_limit) {
      Reply(ErrorResponse(413, "payload_too_large",
                          "The request body is larger than " +
                              std::to_string(shared_->options.body_limit) +
                              " bytes."),
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
    request.secure = shared_->options.behind_tls_proxy;
    beast::error_code ec;
    const tcp::endpoint peer = stream_.socket().remote_endpoint(ec);
    if (!ec) request.peer = peer.address().to_string();
    try {
      return shared_->handler(request);
    } catch (const std::exception& e) {
      return ErrorResponse(500, "internal",
                           std::string("The server failed: ") + e.what());
    }
  }

  void Reply(Response response, bool keep_alive, bool head) {
    AddSecurityHeaders(shared_->options.behind_tls_proxy, response);
    {
      std::lock_guard lock(shared_->mutex);
      if (shared_->stopping) keep_alive = false;
    }
    auto message = std::make_shared<bhttp::response<bhttp::string_body>>();
    message->result(static_cast<unsigned>(response.status));
    message->version(11);
    for (const auto& [name, value] : response.headers.fields()) {
      message->insert(name, value);
    }
    message->set(bhttp::field::server, "knoten");
    message->keep_alive(keep_alive);
    const bool bodyless = response.status == 304 || response.status == 204;
    if (!bodyless) message->content_length(response.body.size());
    if (!head && !bodyless) message->body() = std::move(response.body);
    stream_.expires_after(shared_->options.write_timeout);
    bhttp::async_write(stream_, *message,
                       [self = shared_from_this(), message, keep_alive](
                           beast::error_code ec, size_t) {
                         if (ec || !keep_alive) {
                           self->Close();
                           return;
                         }
                         self->Read();
                       });
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.socket().close(ec);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::shared_ptr<Shared> shared_;
  bool reading_ = false;  // on the connection's strand only
};

class BeastServer final : public Server {
 public:
  BeastServer(const ServerOptions& options, RequestHandler handler)
      : context_(static_cast<int>(std::max<size_t>(1, options.threads))),
        acceptor_(asio::make_strand(context_)),
        signals_(context_),
        shared_(std::make_shared<Shared>()) {
    shared_->options = options;
    shared_->handler = std::move(handler);
  }
  BeastServer(const BeastServer&) = delete;
  BeastServer& operator=(const BeastServer&) = delete;
  ~BeastServer() override { Stop(); }

  Status Listen() {
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
    const size_t n = std::max<size_t>(1, shared_->options.threads);
    threads_.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      threads_.emplace_back([this] { context_.run(); });
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
  void Accept() {
    acceptor_.async_accept(
        asio::make_strand(context_),
        [this](beast::error_code ec, tcp::socket socket) {
          if (ec == asio::error::operation_aborted || !acceptor_.is_open()) {
            return;
          }
          if (!ec) {
            std::make_shared<Connection>(std::move(socket), shared_)->Start();
          }
          Accept();
        });
  }

  void BeginStop() {
    std::vector<std::shared_ptr<Connection>> open;
    {
      std::lock_guard lock(shared_->mutex);
      if (shared_->stopping) return;
      shared_->stopping = true;
      for (Connection* c : shared_->open) {
        // A connection being destroyed has no owner left: skip it.
        if (auto owner = c->weak_from_this().lock()) open.push_back(owner);
      }
    }
    asio::post(acceptor_.get_executor(), [this] {
      beast::error_code ec;
      acceptor_.close(ec);
      signals_.cancel(ec);
    });
    for (const auto& c : open) c->CloseIfIdle();
  }

  asio::io_context context_;
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
