#include "knoten/http/server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <array>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "knoten/base/error.h"
#include "knoten/http/body_file.h"

namespace knoten::http {
namespace {

// A blocking test client on plain sockets; every read gives up after 10 s
// so that a broken server fails the test instead of hanging it.
class Client {
 public:
  explicit Client(uint16_t port) : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    timeval timeout{.tv_sec = 10, .tv_usec = 0};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&address),
                         sizeof address) == 0;
  }
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;
  ~Client() { close(fd_); }

  bool connected() const { return connected_; }

  void Send(std::string_view text) const {
    while (!text.empty()) {
      const ssize_t n = send(fd_, text.data(), text.size(), MSG_NOSIGNAL);
      if (n <= 0) return;
      text.remove_prefix(static_cast<size_t>(n));
    }
  }

  struct Reply {
    int status = 0;  // 0: no response
    std::string head;
    std::string body;
    bool Has(std::string_view header_line) const {
      return head.find(header_line) != std::string::npos;
    }
  };

  // One response; a HEAD response's body is not read.
  Reply Read(bool head = false) {
    Reply reply;
    size_t end = 0;
    while ((end = buffer_.find("\r\n\r\n")) == std::string::npos) {
      if (!Fill()) return reply;
    }
    reply.head = buffer_.substr(0, end + 2);
    buffer_.erase(0, end + 4);
    reply.status = std::stoi(reply.head.substr(9, 3));
    size_t length = 0;
    const size_t at = reply.head.find("Content-Length: ");
    if (at != std::string::npos && !head) {
      length = std::stoul(reply.head.substr(at + 16));
    }
    while (buffer_.size() < length) {
      if (!Fill()) return reply;
    }
    reply.body = buffer_.substr(0, length);
    buffer_.erase(0, length);
    return reply;
  }

  // True once the server has closed the connection (reads give 0 bytes).
  bool ClosedByServer() {
    while (Fill()) {
    }
    return closed_;
  }

 private:
  bool Fill() {
    std::array<char, 4096> chunk{};
    const ssize_t n = recv(fd_, chunk.data(), chunk.size(), 0);
    if (n == 0) closed_ = true;
    if (n <= 0) return false;
    buffer_.append(chunk.data(), static_cast<size_t>(n));
    return true;
  }

  int fd_;
  bool connected_ = false;
  bool closed_ = false;
  std::string buffer_;
};

// 200 KiB and 7 bytes (so more than three of the server's pieces, the last
// one short) of a pattern that shows a piece out of place.
std::string LargeBody() {
  std::string body;
  for (int i = 0; body.size() < 200 * 1024 + 7; ++i) {
    body += std::to_string(i) + ' ';
  }
  body.resize(200 * 1024 + 7);
  return body;
}

Response Echo(const Request& request) {
  if (request.path == "/throw") throw std::runtime_error("boom");
  if (request.path == "/file") {
    auto file = BodyFile::Create();
    if (!file || !(*file)->Append(LargeBody()) || !(*file)->Finish()) {
      throw std::runtime_error("no body file");
    }
    Response response{.status = 200};
    response.body_file = std::move(*file);
    return response;
  }
  if (request.path == "/inject") {
    Response response{.status = 200};
    response.headers.Set("X-Note", "a\r\nSet-Cookie: stolen=1");
    return response;
  }
  Response response{.status = 200,
                    .body = request.method + " " + request.path + "?" +
                            request.query + " " + request.body};
  response.headers.Set("Content-Type", "text/plain");
  return response;
}

ServerOptions TestOptions() {
  return ServerOptions{
      .host = "127.0.0.1", .port = 0, .threads = 1, .body_limit = 100};
}

std::unique_ptr<Server> StartEcho(
    const ServerOptions& options = TestOptions()) {
  auto server = Server::Start(options, Echo);
  if (!server) ADD_FAILURE() << server.error().message;
  return server ? std::move(*server) : nullptr;
}

TEST(ServerTest, AnswersAndKeepsTheConnectionAlive) {
  auto server = StartEcho();
  ASSERT_NE(server, nullptr);
  ASSERT_NE(server->port(), 0);
  Client client(server->port());
  ASSERT_TRUE(client.connected());
  client.Send("GET /a%20b?x=1 HTTP/1.1\r\nHost: t\r\n\r\n");
  const Client::Reply first = client.Read();
  EXPECT_EQ(first.status, 200);
  EXPECT_EQ(first.body, "GET /a b?x=1 ");
  client.Send("POST /p HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello");
  const Client::Reply second = client.Read();
  EXPECT_EQ(second.status, 200);
  EXPECT_EQ(second.body, "POST /p? hello");
}

TEST(ServerTest, EveryResponseCarriesTheSecurityHeaders) {
  auto server = StartEcho();
  ASSERT_NE(server, nullptr);
  Client client(server->port());
  client.Send("GET / HTTP/1.1\r\nHost: t\r\n\r\n");
  const Client::Reply reply = client.Read();
  EXPECT_TRUE(reply.Has("X-Content-Type-Options: nosniff"));
  EXPECT_TRUE(reply.Has("frame-ancestors 'none'"));
  EXPECT_TRUE(reply.Has("Referrer-Policy: no-referrer"));
  EXPECT_FALSE(reply.Has("unsafe-inline"));
  EXPECT_FALSE(reply.Has("unsafe-eval"));
  EXPECT_FALSE(reply.Has("Strict-Transport-Security"));
}

TEST(ServerTest, HeadGetsTheLengthButNoBody) {
  auto server = StartEcho();
  ASSERT_NE(server, nullptr);
  Client client(server->port());
  client.Send("HEAD /x HTTP/1.1\r\nHost: t\r\n\r\n");
  const Client::Reply head = client.Read(/*head=*/true);
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.Has("Content-Length: 9"));  // "HEAD /x? "
  // The next response on the same connection starts right after the head.
  client.Send("GET /y HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(client.Read().body, "GET /y? ");
}

TEST(ServerTest, ABodyInAFileIsSentWholeAndTheConnectionGoesOn) {
  auto server = StartEcho();
  ASSERT_NE(server, nullptr);
  Client client(server->port());
  client.Send("GET /file HTTP/1.1\r\nHost: t\r\n\r\n");
  const Client::Reply file = client.Read();
  EXPECT_EQ(file.status, 200);
  EXPECT_TRUE(file.Has("Content-Length: 204807"));
  EXPECT_EQ(file.body, LargeBody());
  client.Send("HEAD /file HTTP/1.1\r\nHost: t\r\n\r\n");
  const Client::Reply head = client.Read(/*head=*/true);
  EXPECT_TRUE(head.Has("Content-Length: 204807"));
  client.Send("GET /y HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(client.Read().body, "GET /y? ");
  EXPECT_TRUE(client.ClosedByServer());
}

TEST(ServerTest, OversizedBodiesGet413AndTheConnectionCloses) {
  auto server = StartEcho();
  ASSERT_NE(server, nullptr);
  Client client(server->port());
  client.Send("POST /p HTTP/1.1\r\nHost: t\r\nContent-Length: 1000\r\n\r\n" +
              std::string(1000, 'x'));
  const Client::Reply reply = client.Read();
  EXPECT_EQ(reply.status, 413);
  EXPECT_NE(reply.body.find("payload_too_large"), std::string::npos);
  EXPECT_TRUE(client.ClosedByServer());
}

TEST(ServerTest, APathMayTakeLargerBodies) {
  ServerOptions options = TestOptions();
  options.path_body_limits = {{.path = "/upload", .bytes = 1000}};
  auto server = StartEcho(options);
  ASSERT_NE(server, nullptr);
  Client client(server->port());
  client.Send(
      "POST /upload?dry_run=true HTTP/1.1\r\nHost: t\r\n"
      "Content-Length: 500\r\n\r\n" +
      std::string(500, 'x'));
  const Client::Reply fits = client.Read();
  EXPECT_EQ(fits.status, 200);
  EXPECT_EQ(fits.body, "POST /upload?dry_run=true " + std::string(500, 'x'));
  // Other paths keep the server's limit; the path's own holds too.
  Client other(server->port());
  other.Send("POST /p HTTP/1.1\r\nHost: t\r\nContent-Length: 500\r\n\r\n" +
             std::string(500, 'x'));
  EXPECT_EQ(other.Read().status, 413);
  Client too_large(server->port());
  too_large.Send(
      "POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: 1001\r\n\r\n" +
      std::string(1001, 'x'));
  const Client::Reply refused = too_large.Read();
  EXPECT_EQ(refused.status, 413);
  EXPECT_NE(refused.body.find("1000 bytes"), std::string::npos);
}

TEST(ServerTest, MalformedRequestsGet400) {
  auto server = StartEcho();
  ASSERT_NE(server, nullptr);
  Client garbage(server->port());
  garbage.Send("\x01\x02 nonsense\r\n\r\n");
  EXPECT_EQ(garbage.Read().status, 400);
  Client relative(server->port());
  relative.Send("GET relative HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(relative.Read().status, 400);
  Client bad_escape(server->port());
  bad_escape.Send("GET /%zz HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(bad_escape.Read().status, 400);
}

TEST(ServerTest, AThrowingHandlerGets500AndTheServerGoesOn) {
  auto server = StartEcho();
  ASSERT_NE(server, nullptr);
  Client client(server->port());
  client.Send("GET /throw HTTP/1.1\r\nHost: t\r\n\r\n");
  const Client::Reply reply = client.Read();
  EXPECT_EQ(reply.status, 500);
  EXPECT_NE(reply.body.find("\"internal\""), std::string::npos);
  client.Send("GET /ok HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(client.Read().status, 200);
}

TEST(ServerTest, AHalfOpenClientBlocksNoOneAndIsDroppedAtItsDeadline) {
  ServerOptions options = TestOptions();  // one thread
  options.read_timeout = std::chrono::milliseconds(300);
  auto server = StartEcho(options);
  ASSERT_NE(server, nullptr);
  Client slow(server->port());
  slow.Send("GET /slow HTTP/1.1\r\nHost: t\r\n");  // never finished
  Client other(server->port());
  other.Send("GET /other HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(other.Read().body, "GET /other? ");
  EXPECT_TRUE(slow.ClosedByServer());
}

TEST(ServerTest, StopClosesIdleConnectionsAndReturns) {
  auto server = StartEcho();
  ASSERT_NE(server, nullptr);
  Client idle(server->port());
  idle.Send("GET /x HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_EQ(idle.Read().status, 200);
  server->Stop();
  EXPECT_TRUE(idle.ClosedByServer());
  Client late(server->port());
  EXPECT_FALSE(late.connected());
}

TEST(ServerTest, ConnectionCloseIsHonouredAndAnnounced) {
  auto server = StartEcho();
  ASSERT_NE(server, nullptr);
  Client client(server->port());
  client.Send("GET /x HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
  const Client::Reply reply = client.Read();
  EXPECT_EQ(reply.status, 200);
  EXPECT_TRUE(reply.Has("Connection: close\r\n"));
  EXPECT_TRUE(client.ClosedByServer());
}

TEST(ServerTest, Http10KeepsAliveOnlyWhenAsked) {
  auto server = StartEcho();
  ASSERT_NE(server, nullptr);
  Client asking(server->port());
  asking.Send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
  const Client::Reply first = asking.Read();
  EXPECT_EQ(first.body, "GET /a? ");
  EXPECT_TRUE(first.Has("Connection: keep-alive\r\n"));
  asking.Send("GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
  EXPECT_EQ(asking.Read().body, "GET /b? ");
  Client plain(server->port());
  plain.Send("GET /c HTTP/1.0\r\n\r\n");
  EXPECT_EQ(plain.Read().body, "GET /c? ");
  EXPECT_TRUE(plain.ClosedByServer());
}

TEST(ServerTest, AHeaderValueCannotAddAFieldOfItsOwn) {
  auto server = StartEcho();
  ASSERT_NE(server, nullptr);
  Client client(server->port());
  client.Send("GET /inject HTTP/1.1\r\nHost: t\r\n\r\n");
  const Client::Reply reply = client.Read();
  EXPECT_EQ(reply.status, 200);
  EXPECT_TRUE(reply.Has("X-Note: a  Set-Cookie: stolen=1\r\n"));
  EXPECT_FALSE(reply.Has("\r\nSet-Cookie"));
}

TEST(ServerTest, SeveralThreadsServeConnectionsAndStopTogether) {
  ServerOptions options = TestOptions();
  options.threads = 3;
  auto server = StartEcho(options);
  ASSERT_NE(server, nullptr);
  std::vector<std::unique_ptr<Client>> clients;
  for (int i = 0; i < 7; ++i) {
    clients.push_back(std::make_unique<Client>(server->port()));
    clients.back()->Send("GET /n" + std::to_string(i) +
                         " HTTP/1.1\r\nHost: t\r\n\r\n");
  }
  for (size_t i = 0; i < clients.size(); ++i) {
    EXPECT_EQ(clients[i]->Read().body, "GET /n" + std::to_string(i) + "? ");
  }
  server->Stop();
  for (const auto& client : clients) EXPECT_TRUE(client->ClosedByServer());
}

TEST(ServerTest, AServerWithIdleThreadsStops) {
  ServerOptions options = TestOptions();
  options.threads = 4;
  auto server = StartEcho(options);
  ASSERT_NE(server, nullptr);
  server->Stop();  // returns: the test would hang otherwise
  Client late(server->port());
  EXPECT_FALSE(late.connected());
}

TEST(ServerTest, BehindATlsProxyResponsesAskForHttps) {
  ServerOptions options = TestOptions();
  options.behind_tls_proxy = true;
  auto server = StartEcho(options);
  ASSERT_NE(server, nullptr);
  Client client(server->port());
  client.Send("GET / HTTP/1.1\r\nHost: t\r\n\r\n");
  EXPECT_TRUE(client.Read().Has("Strict-Transport-Security: max-age="));
}

TEST(ServerStartTest, BadAddressesAreRefused) {
  ServerOptions options = TestOptions();
  options.host = "not-an-address";
  auto bad = Server::Start(options, Echo);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);

  auto first = StartEcho();
  ASSERT_NE(first, nullptr);
  options = TestOptions();
  options.port = first->port();
  auto taken = Server::Start(options, Echo);
  ASSERT_FALSE(taken);
  EXPECT_EQ(taken.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(taken.error().message.find(std::to_string(first->port())),
            std::string::npos);
}

}  // namespace
}  // namespace knoten::http
