#include "knoten/http/api.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace knoten::http {
namespace {

Response Call(const RequestHandler& handler, std::string method,
              std::string path) {
  return handler(Request{.method = std::move(method), .path = std::move(path)});
}

TEST(ApiTest, TheOpenApiDocumentIsPublicJson) {
  const RequestHandler handler = MakeKnotenHandler(nullptr);
  const Response response = Call(handler, "GET", "/api/v1/openapi.json");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.headers.Get("Content-Type"),
            "application/json; charset=utf-8");
  const auto doc = nlohmann::json::parse(response.body);
  EXPECT_EQ(doc["openapi"], "3.0.3");
  EXPECT_TRUE(doc["paths"].contains("/openapi.json"));
  EXPECT_TRUE(doc["components"]["schemas"].contains("Error"));
}

TEST(ApiTest, EveryOtherApiCallWithoutSessionIs401) {
  const RequestHandler handler = MakeKnotenHandler(nullptr);
  for (const char* path : {"/api/v1/people", "/api/v1/people/1", "/api/v1",
                           "/api/v2/anything", "/api/"}) {
    for (const char* method : {"GET", "POST", "DELETE"}) {
      const Response response = Call(handler, method, path);
      EXPECT_EQ(response.status, 401) << method << " " << path;
      const auto doc = nlohmann::json::parse(response.body);
      EXPECT_EQ(doc["error"]["code"], "unauthenticated");
      EXPECT_FALSE(doc["error"]["message"].get<std::string>().empty());
    }
  }
  // Writing to the public document is not a thing either.
  EXPECT_EQ(Call(handler, "POST", "/api/v1/openapi.json").status, 405);
}

TEST(ApiTest, WithoutTheAppOtherPathsAre404SayingSo) {
  const Response response = Call(MakeKnotenHandler(nullptr), "GET", "/");
  EXPECT_EQ(response.status, 404);
  const auto doc = nlohmann::json::parse(response.body);
  EXPECT_NE(doc["error"]["message"].get<std::string>().find("not built"),
            std::string::npos);
}

}  // namespace
}  // namespace knoten::http
