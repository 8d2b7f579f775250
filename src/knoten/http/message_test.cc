#include "knoten/http/message.h"

#include <gtest/gtest.h>

namespace knoten::http {
namespace {

TEST(HeadersTest, NamesCompareWithoutCaseAndSetReplacesEvery) {
  Headers headers;
  headers.Add("Content-Type", "text/plain");
  headers.Add("X-Twice", "1");
  headers.Add("x-twice", "2");
  EXPECT_EQ(headers.Get("content-type"), "text/plain");
  headers.Set("X-TWICE", "3");
  EXPECT_EQ(headers.Get("x-twice"), "3");
  EXPECT_EQ(headers.fields().size(), 2U);
  EXPECT_FALSE(headers.Get("Missing").has_value());
}

TEST(PercentDecodeTest, DecodesEscapesAndRefusesBrokenOnes) {
  EXPECT_EQ(PercentDecode("a%20b%2Fc", false), "a b/c");
  EXPECT_EQ(PercentDecode("a+b", false), "a+b");
  EXPECT_EQ(PercentDecode("a+b", true), "a b");
  EXPECT_EQ(PercentDecode("%C3%A4", false), "\xC3\xA4");
  EXPECT_FALSE(PercentDecode("%", false).has_value());
  EXPECT_FALSE(PercentDecode("%4", false).has_value());
  EXPECT_FALSE(PercentDecode("%zz", false).has_value());
}

TEST(CookieValueTest, FindsTheNamedCookie) {
  EXPECT_EQ(CookieValue("a=1; knoten_session=abc; b=2", "knoten_session"),
            "abc");
  EXPECT_EQ(CookieValue("knoten_session=", "knoten_session"), "");
  EXPECT_FALSE(CookieValue("xknoten_session=abc", "knoten_session"));
  EXPECT_FALSE(CookieValue("", "knoten_session"));
}

TEST(QueryParameterTest, FindsDecodedValues) {
  EXPECT_EQ(QueryParameter("limit=10&search=anna+m%C3%BCller", "search"),
            "anna m\xC3\xBCller");
  EXPECT_EQ(QueryParameter("flag&x=1", "flag"), "");
  EXPECT_FALSE(QueryParameter("x=1", "y").has_value());
  EXPECT_FALSE(QueryParameter("", "y").has_value());
}

}  // namespace
}  // namespace knoten::http
