#include "knoten/http/read_cache.h"

#include <string>

#include <gtest/gtest.h>

namespace knoten::http {
namespace {

Response Ok(std::string body) {
  Response response;
  response.body = std::move(body);
  return response;
}

TEST(ReadCacheTest, AnswersOnlyTheVersionItWasComputedAt) {
  ReadCache cache;
  Response answer = Ok(R"({"id":1})");
  ASSERT_TRUE(cache.Put("1 /api/v1/people/1", 7, answer));
  ASSERT_TRUE(answer.headers.Get("ETag").has_value());

  const auto hit = cache.Find("1 /api/v1/people/1", 7);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->body, R"({"id":1})");
  EXPECT_EQ(hit->headers.Get("ETag"), answer.headers.Get("ETag"));
  EXPECT_FALSE(cache.Find("1 /api/v1/people/1", 8).has_value());
  EXPECT_FALSE(cache.Find("2 /api/v1/people/1", 7).has_value());

  Response newer = Ok(R"({"id":1,"city":"Köln"})");
  ASSERT_TRUE(cache.Put("1 /api/v1/people/1", 8, newer));
  EXPECT_NE(newer.headers.Get("ETag"), answer.headers.Get("ETag"));
  EXPECT_EQ(cache.Find("1 /api/v1/people/1", 8)->body, newer.body);
  EXPECT_EQ(cache.size(), 1U);
  EXPECT_EQ(cache.bytes(), newer.body.size());
}

TEST(ReadCacheTest, KeepsOnlySuccessfulAnswers) {
  ReadCache cache;
  Response missing = Ok(R"({"error":{}})");
  missing.status = 404;
  EXPECT_FALSE(cache.Put("k", 1, missing));
  EXPECT_FALSE(cache.Find("k", 1).has_value());
}

TEST(ReadCacheTest, DropsTheLeastRecentlyUsedBeyondItsLimits) {
  ReadCache cache({.max_entries = 2, .max_bytes = 10, .max_body = 6});
  Response a = Ok("aaaa");
  Response b = Ok("bbbb");
  Response c = Ok("cccc");
  Response big = Ok("1234567");
  ASSERT_TRUE(cache.Put("a", 1, a));
  ASSERT_TRUE(cache.Put("b", 1, b));
  ASSERT_TRUE(cache.Find("a", 1).has_value());  // b is now the oldest
  ASSERT_TRUE(cache.Put("c", 1, c));
  EXPECT_TRUE(cache.Find("a", 1).has_value());
  EXPECT_FALSE(cache.Find("b", 1).has_value());
  EXPECT_TRUE(cache.Find("c", 1).has_value());
  EXPECT_FALSE(cache.Put("big", 1, big));  // over max_body
  EXPECT_EQ(cache.size(), 2U);
  EXPECT_LE(cache.bytes(), 10U);
}

TEST(ReadCacheTest, IfNoneMatchNamesTheTag) {
  Request request;
  request.headers.Set("If-None-Match", R"(W/"x", "0011")");
  EXPECT_TRUE(MatchesETag(request, R"("0011")"));
  EXPECT_TRUE(MatchesETag(request, R"("x")"));
  EXPECT_FALSE(MatchesETag(request, R"("0012")"));
  EXPECT_FALSE(MatchesETag(Request{}, R"("0011")"));
}

}  // namespace
}  // namespace knoten::http
