// The server with TLS built in, against a client that checks the
// certificate (testdata/test_cert.pem, made for these tests).

#include <cstdlib>
#include <string>
#include <utility>  // before Asio with g++ 12 in C++20 mode

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <gtest/gtest.h>

#include "knoten/base/error.h"
#include "knoten/http/server.h"

namespace knoten::http {
namespace {

namespace asio = boost::asio;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

std::string TestData(const std::string& name) {
  const char* root =
      std::getenv("KNOTEN_SOURCE_DIR");  // NOLINT(concurrency-mt-unsafe)
  return std::string(root == nullptr ? "." : root) +
         "/src/knoten/http/testdata/" + name;
}

ServerOptions TlsOptions() {
  return ServerOptions{.host = "127.0.0.1",
                       .port = 0,
                       .threads = 1,
                       .tls_cert_file = TestData("test_cert.pem"),
                       .tls_key_file = TestData("test_key.pem")};
}

Response Secure(const Request& request) {
  return Response{.status = 200, .body = request.secure ? "secure" : "plain"};
}

TEST(ServerTlsTest, ServesHttpsWithAVerifiedCertificate) {
  auto server = Server::Start(TlsOptions(), Secure);
  ASSERT_TRUE(server) << server.error().message;

  asio::io_context io;
  asio::ssl::context tls(asio::ssl::context::tls_client);
  tls.load_verify_file(TestData("test_cert.pem"));
  tls.set_verify_mode(asio::ssl::verify_peer);
  asio::ssl::stream<tcp::socket> stream(io, tls);
  stream.set_verify_callback(asio::ssl::host_name_verification("localhost"));
  stream.next_layer().connect(
      tcp::endpoint(asio::ip::make_address("127.0.0.1"), (*server)->port()));
  stream.handshake(asio::ssl::stream_base::client);

  for (int i = 0; i < 2; ++i) {  // keep-alive over TLS
    bhttp::request<bhttp::empty_body> request(bhttp::verb::get, "/", 11);
    request.set(bhttp::field::host, "localhost");
    bhttp::write(stream, request);
    boost::beast::flat_buffer buffer;
    bhttp::response<bhttp::string_body> response;
    bhttp::read(stream, buffer, response);
    EXPECT_EQ(response.result_int(), 200U);
    EXPECT_EQ(response.body(), "secure");
    EXPECT_NE(response.find("Strict-Transport-Security"), response.end());
  }
}

TEST(ServerTlsTest, PlainHttpOnTheTlsPortIsDropped) {
  auto server = Server::Start(TlsOptions(), Secure);
  ASSERT_TRUE(server) << server.error().message;
  asio::io_context io;
  tcp::socket socket(io);
  socket.connect(
      tcp::endpoint(asio::ip::make_address("127.0.0.1"), (*server)->port()));
  asio::write(socket, asio::buffer(std::string_view(
                          "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")));
  std::string got(4096, '\0');
  boost::system::error_code ec;
  const size_t n = socket.read_some(asio::buffer(got), ec);
  // No HTTP answer: at most a TLS alert, then the end of the connection.
  EXPECT_EQ(std::string(got.data(), n).find("HTTP/1.1"), std::string::npos);
}

TEST(ServerTlsTest, UnusableFilesAreNamed) {
  ServerOptions options = TlsOptions();
  options.tls_key_file.clear();
  auto half = Server::Start(options, Secure);
  ASSERT_FALSE(half);
  EXPECT_EQ(half.error().code, ErrorCode::kInvalidArgument);

  options = TlsOptions();
  options.tls_cert_file = TestData("missing.pem");
  auto missing = Server::Start(options, Secure);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(missing.error().message.find("missing.pem"), std::string::npos);

  options = TlsOptions();
  options.tls_key_file = TestData("test_cert.pem");  // not a key
  EXPECT_FALSE(Server::Start(options, Secure));
}

}  // namespace
}  // namespace knoten::http
