#include "knoten/http/api.h"

#include <gtest/gtest.h>

#include "knoten/http/api_test_fixture.h"

namespace knoten::http {
namespace {

TEST_F(ApiTest, TheOpenApiDocumentIsPublicJson) {
  const Response response = Call("GET", "/api/v1/openapi.json");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.headers.Get("Content-Type"),
            "application/json; charset=utf-8");
  const Json doc = Json::parse(response.body);
  EXPECT_EQ(doc["openapi"], "3.0.3");
  EXPECT_TRUE(doc["paths"].contains("/session"));
  EXPECT_TRUE(doc["components"]["schemas"].contains("Error"));
  EXPECT_EQ(Call("POST", "/api/v1/openapi.json").status, 405);
}

TEST_F(ApiTest, EveryOtherApiCallWithoutSessionIs401) {
  for (const char* path : {"/api/v1/people", "/api/v1/people/1", "/api/v1",
                           "/api/v1/session", "/api/v2/anything", "/api/"}) {
    for (const char* method : {"GET", "DELETE", "PUT"}) {
      const Response response = Call(method, path);
      EXPECT_EQ(response.status, 401) << method << " " << path;
      EXPECT_EQ(Code(response), "unauthenticated");
    }
  }
  EXPECT_EQ(
      Call("GET", "/api/v1/people", "", {{"Cookie", "knoten_session=made-up"}})
          .status,
      401);
}

TEST_F(ApiTest, LogInUseTheSessionAndLogOut) {
  const Response wrong = Call(
      "POST", "/api/v1/session",
      Json{{"username", "sabine"}, {"password", "wrong password!"}}.dump());
  EXPECT_EQ(wrong.status, 401);
  EXPECT_FALSE(wrong.headers.Get("Set-Cookie").has_value());

  const Response in =
      Call("POST", "/api/v1/session",
           Json{{"username", "Sabine"}, {"password", kPassword}}.dump(),
           {{"Origin", "http://knoten.test:8080"}});
  ASSERT_EQ(in.status, 200) << in.body;
  const std::string set_cookie(*in.headers.Get("Set-Cookie"));
  EXPECT_NE(set_cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(set_cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_EQ(set_cookie.find("Secure"), std::string::npos);  // no TLS here
  const std::string cookie = set_cookie.substr(0, set_cookie.find(';'));
  const std::string csrf = Json::parse(in.body)["csrf_token"];
  EXPECT_EQ(csrf.size(), 64U);

  const Response me = Call("GET", "/api/v1/session", "", {{"Cookie", cookie}});
  EXPECT_EQ(me.status, 200);
  EXPECT_EQ(Json::parse(me.body)["username"], "sabine");
  EXPECT_EQ(Json::parse(me.body)["csrf_token"], csrf);
  // Logged in, an unknown path is a plain 404.
  EXPECT_EQ(Call("GET", "/api/v1/nothing", "", {{"Cookie", cookie}}).status,
            404);

  // Changing state needs the CSRF token and no foreign Origin.
  const Response no_token =
      Call("DELETE", "/api/v1/session", "", {{"Cookie", cookie}});
  EXPECT_EQ(no_token.status, 403);
  EXPECT_EQ(Code(no_token), "permission_denied");
  EXPECT_EQ(Call("DELETE", "/api/v1/session", "",
                 {{"Cookie", cookie}, {"X-CSRF-Token", csrf + "0"}})
                .status,
            403);
  EXPECT_EQ(Call("DELETE", "/api/v1/session", "",
                 {{"Cookie", cookie},
                  {"X-CSRF-Token", csrf},
                  {"Origin", "https://evil.example"}})
                .status,
            403);
  const Response out = Call("DELETE", "/api/v1/session", "",
                            {{"Cookie", cookie}, {"X-CSRF-Token", csrf}});
  EXPECT_EQ(out.status, 204);
  EXPECT_NE(out.headers.Get("Set-Cookie")->find("Max-Age=0"),
            std::string::npos);
  EXPECT_EQ(Call("GET", "/api/v1/session", "", {{"Cookie", cookie}}).status,
            401);
}

TEST_F(ApiTest, EachLoginGetsANewSessionId) {
  const auto [first, first_csrf] = LogIn();
  const Response again =
      Call("POST", "/api/v1/session",
           Json{{"username", "sabine"}, {"password", kPassword}}.dump(),
           {{"Cookie", first}});
  ASSERT_EQ(again.status, 200);
  const std::string second(*again.headers.Get("Set-Cookie"));
  EXPECT_NE(second.substr(0, second.find(';')), first);
  EXPECT_EQ(Call("GET", "/api/v1/session", "", {{"Cookie", first}}).status,
            401);
}

TEST_F(ApiTest, BehindTlsTheCookieIsSecure) {
  Request request{
      .method = "POST",
      .path = "/api/v1/session",
      .body = Json{{"username", "sabine"}, {"password", kPassword}}.dump(),
      .secure = true};
  request.headers.Add("Host", "knoten.test");
  request.headers.Add("Origin", "https://knoten.test");
  const Response response = api_.Handle(std::move(request));
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_NE(response.headers.Get("Set-Cookie")->find("; Secure"),
            std::string::npos);
}

TEST_F(ApiTest, MalformedLoginsAre400AndCrossSiteOnes403) {
  const std::vector<std::string> bodies = {
      "",
      "not json",
      "[]",
      R"({"username": "sabine"})",
      R"({"username": 1, "password": "x"})",
      R"({"username": "sabine", "password": "x", "remember": true})",
      std::string(R"({"username": ")") + "\xff" + R"(", "password": "x"})"};
  for (const std::string& body : bodies) {
    const Response response = Call("POST", "/api/v1/session", body);
    EXPECT_EQ(response.status, 400) << body;
    EXPECT_EQ(Code(response), "invalid_argument") << body;
  }
  const Response cross =
      Call("POST", "/api/v1/session",
           Json{{"username", "sabine"}, {"password", kPassword}}.dump(),
           {{"Origin", "https://evil.example"}});
  EXPECT_EQ(cross.status, 403);
  EXPECT_FALSE(cross.headers.Get("Set-Cookie").has_value());
}

TEST_F(ApiTest, RepeatedFailuresAreRefusedForAWhile) {
  const std::string wrong =
      Json{{"username", "sabine"}, {"password", "wrong password!"}}.dump();
  for (size_t i = 0; i < LoginLimiter::kFailuresPerAccount; ++i) {
    EXPECT_EQ(Call("POST", "/api/v1/session", wrong).status, 401);
  }
  // Now even the right password is not checked.
  const Response limited =
      Call("POST", "/api/v1/session",
           Json{{"username", "SABINE"}, {"password", kPassword}}.dump());
  EXPECT_EQ(limited.status, 429);
  EXPECT_EQ(Code(limited), "too_many_requests");
  EXPECT_EQ(limited.headers.Get("Retry-After"),
            std::to_string(LoginLimiter::kWindowSeconds));
  clock_.Advance(LoginLimiter::kWindowSeconds);
  LogIn();
}

TEST_F(ApiTest, SessionsExpireWhenIdle) {
  const auto [cookie, csrf] = LogIn();
  clock_.Advance(SessionTable::kIdleSeconds - 1);
  EXPECT_EQ(Call("GET", "/api/v1/session", "", {{"Cookie", cookie}}).status,
            200);
  clock_.Advance(SessionTable::kIdleSeconds + 1);
  EXPECT_EQ(Call("GET", "/api/v1/session", "", {{"Cookie", cookie}}).status,
            401);
}

TEST_F(ApiTest, WithoutTheAppOtherPathsAre404SayingSo) {
  const Response response = Call("GET", "/");
  EXPECT_EQ(response.status, 404);
  EXPECT_NE(
      Json::parse(response.body)["error"]["message"].get<std::string>().find(
          "not built"),
      std::string::npos);
}

// First visit: no account yet.
class SetupTest : public ApiTest {
 protected:
  SetupTest() { create_owner_ = false; }

  Response Call(std::string method, std::string body, std::string peer,
                bool forwarded = false) {
    Request request{.method = std::move(method),
                    .path = "/api/v1/setup",
                    .body = std::move(body),
                    .peer = std::move(peer)};
    request.headers.Add("Host", "127.0.0.1:8080");
    if (forwarded) request.headers.Add("X-Forwarded-For", "203.0.113.9");
    const std::string method_name = request.method;
    Response response = api_.Handle(std::move(request));
    EXPECT_EQ(CheckAgainstOpenApi(openapi_, method_name, "/api/v1/setup",
                                  response.status, response.body),
              "");
    return response;
  }
};

TEST_F(SetupTest, TheFirstAccountOnlyFromThisComputerAndOnlyOnce) {
  const std::string login =
      Json{{"username", "sabine"}, {"password", kPassword}}.dump();
  Json state = Json::parse(Call("GET", "", "127.0.0.1").body);
  EXPECT_EQ(state["needs_account"], true);
  EXPECT_EQ(state["allowed_here"], true);
  EXPECT_EQ(Json::parse(Call("GET", "", "192.0.2.7").body)["allowed_here"],
            false);

  EXPECT_EQ(Call("POST", login, "192.0.2.7").status, 403);
  EXPECT_EQ(Call("POST", login, "127.0.0.1", /*forwarded=*/true).status, 403);
  EXPECT_EQ(Call("POST", R"({"username": "sabine", "password": "short"})",
                 "127.0.0.1")
                .status,
            400);
  const Response made = Call("POST", login, "127.0.0.1");
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_NE(made.headers.Get("Set-Cookie").value_or("").find("knoten_session="),
            std::string::npos);
  EXPECT_EQ(Json::parse(made.body)["username"], "sabine");

  EXPECT_EQ(Call("POST", login, "127.0.0.1").status, 409);
  state = Json::parse(Call("GET", "", "127.0.0.1").body);
  EXPECT_EQ(state["needs_account"], false);
  EXPECT_EQ(state["allowed_here"], false);
}

}  // namespace
}  // namespace knoten::http
