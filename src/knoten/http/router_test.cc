#include "knoten/http/router.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace knoten::http {
namespace {

Request Get(std::string method, std::string path) {
  return Request{.method = std::move(method), .path = std::move(path)};
}

Router PeopleRouter() {
  Router router;
  router.Add("GET", "/api/v1/people", [](const Request&, const PathParams&) {
    return Response{.status = 200, .body = "list"};
  });
  router.Add("GET", "/api/v1/people/{id}",
             [](const Request&, const PathParams& params) {
               return Response{.status = 200,
                               .body = "person " + params.at("id")};
             });
  router.Add("DELETE", "/api/v1/people/{id}",
             [](const Request&, const PathParams&) {
               return Response{.status = 204};
             });
  return router;
}

TEST(RouterTest, PicksTheRouteAndFillsPlaceholders) {
  const Router router = PeopleRouter();
  EXPECT_EQ(router.Route(Get("GET", "/api/v1/people")).body, "list");
  EXPECT_EQ(router.Route(Get("GET", "/api/v1/people/")).body, "list");
  EXPECT_EQ(router.Route(Get("GET", "/api/v1/people/42")).body, "person 42");
  EXPECT_EQ(router.Route(Get("DELETE", "/api/v1/people/42")).status, 204);
  // HEAD is answered as GET.
  EXPECT_EQ(router.Route(Get("HEAD", "/api/v1/people")).status, 200);
}

TEST(RouterTest, UnknownPathIs404WithTheErrorDocument) {
  const Response response = PeopleRouter().Route(Get("GET", "/api/v1/nope"));
  EXPECT_EQ(response.status, 404);
  const auto doc = nlohmann::json::parse(response.body);
  EXPECT_EQ(doc["error"]["code"], "not_found");
  EXPECT_NE(doc["error"]["message"].get<std::string>().find("/api/v1/nope"),
            std::string::npos);
}

TEST(RouterTest, WrongMethodIs405NamingTheAllowedOnes) {
  const Response response =
      PeopleRouter().Route(Get("POST", "/api/v1/people/7"));
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.headers.Get("Allow"), "GET, DELETE");
  EXPECT_EQ(nlohmann::json::parse(response.body)["error"]["code"],
            "method_not_allowed");
}

TEST(RouterTest, PlaceholdersMatchOneSegmentOnly) {
  const Router router = PeopleRouter();
  EXPECT_TRUE(router.Matches("/api/v1/people/1"));
  EXPECT_FALSE(router.Matches("/api/v1/people/1/more"));
  EXPECT_FALSE(router.Matches("/api/v1"));
}

}  // namespace
}  // namespace knoten::http
