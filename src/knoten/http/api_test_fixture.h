// The fixture of the API tests: an Api over an in-memory database with the
// owner account "sabine", called directly (no sockets), and helpers to log
// in and to call the API as the logged-in owner.

#ifndef KNOTEN_HTTP_API_TEST_FIXTURE_H_
#define KNOTEN_HTTP_API_TEST_FIXTURE_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "knoten/app/accounts.h"
#include "knoten/http/api.h"
#include "knoten/http/body_file.h"
#include "knoten/http/openapi_check.h"
#include "knoten/store/sqlite/sqlite_store.h"

#include "testing/fake_clock.h"

namespace knoten::http {

using Json = nlohmann::json;

constexpr const char* kPassword = "correct horse battery";

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (create_owner_) {
      ASSERT_TRUE(app::CreateOwnerAccount(ctx_, "sabine", kPassword));
    }
  }

  Response Call(
      std::string method, std::string path, std::string body = "",
      const std::vector<std::pair<std::string, std::string>>& headers = {}) {
    Request request{.method = std::move(method),
                    .path = std::move(path),
                    .body = std::move(body),
                    .peer = "192.0.2.7"};
    request.headers.Add("Host", "knoten.test:8080");
    for (const auto& [name, value] : headers) request.headers.Add(name, value);
    return api_.Handle(std::move(request));
  }

  static std::string Code(const Response& response) {
    return Json::parse(response.body)["error"]["code"].get<std::string>();
  }

  // Logs in; returns the cookie ("knoten_session=...") and the CSRF token.
  std::pair<std::string, std::string> LogIn() {
    const Response response =
        Call("POST", "/api/v1/session",
             Json{{"username", "sabine"}, {"password", kPassword}}.dump());
    EXPECT_EQ(response.status, 200) << response.body;
    const std::string set_cookie(
        response.headers.Get("Set-Cookie").value_or(""));
    return {set_cookie.substr(0, set_cookie.find(';')),
            Json::parse(response.body).value("csrf_token", "")};
  }

  // Calls `target` ("/api/v1/people?limit=2") as the logged-in owner, with
  // the session cookie and the CSRF token, plus `headers`.
  Response Send(std::string method, const std::string& target,
                std::string body = "",
                std::vector<std::pair<std::string, std::string>> headers = {}) {
    if (cookie_.empty()) std::tie(cookie_, csrf_) = LogIn();
    headers.emplace_back("Cookie", cookie_);
    headers.emplace_back("X-CSRF-Token", csrf_);
    const size_t question = target.find('?');
    Request request{.method = std::move(method),
                    .path = target.substr(0, question),
                    .query = question == std::string::npos
                                 ? std::string()
                                 : target.substr(question + 1),
                    .body = std::move(body),
                    .peer = "192.0.2.7"};
    request.headers.Add("Host", "knoten.test:8080");
    for (const auto& [name, value] : headers) request.headers.Add(name, value);
    const std::string method_name = request.method;
    const std::string path = request.path;
    Response response = api_.Handle(std::move(request));
    if (response.body_file) {  // read here, as the server sends it
      EXPECT_EQ(response.body, "");
      auto content = response.body_file->ReadAll();
      EXPECT_TRUE(content.has_value());
      if (content) response.body = std::move(*content);
    }
    // Every answer of a documented call must be what the document says.
    if (response.status != 405) {
      EXPECT_EQ(CheckAgainstOpenApi(
                    openapi_, method_name, path, response.status, response.body,
                    response.headers.Get("Content-Type").value_or("")),
                "");
    }
    return response;
  }

  // Send() expecting `status`; returns the body as JSON (null when empty).
  Json Expect(int status, std::string method, const std::string& target,
              const Json& body = nullptr) {
    const Response response =
        Send(std::move(method), target, body.is_null() ? "" : body.dump());
    EXPECT_EQ(response.status, status) << target << ": " << response.body;
    if (response.body.empty()) return nullptr;
    return Json::parse(response.body, nullptr, false);
  }

  const nlohmann::json openapi_ = nlohmann::json::parse(OpenApiDocument());
  bool create_owner_ = true;  // false: a database on its first visit
  std::string cookie_;
  std::string csrf_;
  FakeClock clock_{*ParseIsoTimestamp("2026-03-05T10:00")};
  std::unique_ptr<store::Store> store_ =
      std::move(store::OpenSqliteStore({.path = ":memory:"})).value();
  app::Context ctx_{*store_, clock_};
  Api api_{ctx_, nullptr, [] {
             return Result<std::unique_ptr<app::MatchLexicon>>(
                 UnavailableError("No word lists in this test."));
           }};
};

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_API_TEST_FIXTURE_H_
