#include "knoten/http/serve.h"

#include <gtest/gtest.h>

#include "knoten/base/error.h"

namespace knoten::http {
namespace {

TEST(ParseListenAddressTest, ReadsHostAndPort) {
  auto v4 = ParseListenAddress("127.0.0.1:8080");
  ASSERT_TRUE(v4);
  EXPECT_EQ(v4->first, "127.0.0.1");
  EXPECT_EQ(v4->second, 8080);
  auto v6 = ParseListenAddress("[::1]:0");
  ASSERT_TRUE(v6);
  EXPECT_EQ(v6->first, "::1");
  EXPECT_EQ(v6->second, 0);
}

TEST(ParseListenAddressTest, RefusesMalformedAddressesNamingThem) {
  for (const char* bad : {"8080", ":8080", "host:", "host:http", "host:65536",
                          "host:-1", "host:80x"}) {
    auto parsed = ParseListenAddress(bad);
    ASSERT_FALSE(parsed) << bad;
    EXPECT_EQ(parsed.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(parsed.error().message.find(bad), std::string::npos);
  }
}

}  // namespace
}  // namespace knoten::http
