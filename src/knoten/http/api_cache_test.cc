// The API's read cache: answers stay current after every kind of write.

#include <string>

#include <gtest/gtest.h>

#include "knoten/app/people.h"
#include "knoten/http/api_test_fixture.h"

namespace knoten::http {
namespace {

class ApiCacheTest : public ApiTest {
 protected:
  // GET `target` with the session cookie and If-None-Match `etag`,
  // bypassing the OpenAPI check (304 has no body to check).
  Response Revalidate(const std::string& target, const std::string& etag) {
    if (cookie_.empty()) std::tie(cookie_, csrf_) = LogIn();
    Request request{.method = "GET", .path = target, .peer = "192.0.2.7"};
    request.headers.Add("Host", "knoten.test:8080");
    request.headers.Add("Cookie", cookie_);
    request.headers.Add("If-None-Match", etag);
    return api_.Handle(std::move(request));
  }

  std::string ETagOf(const std::string& target) {
    const Response response = Send("GET", target);
    EXPECT_EQ(response.status, 200) << response.body;
    return std::string(response.headers.Get("ETag").value_or(""));
  }
};

TEST_F(ApiCacheTest, AnswersStayCurrentAfterWrites) {
  const Json anna =
      Expect(201, "POST", "/api/v1/people", {{"display_name", "Anna Berg"}});
  const std::string path = "/api/v1/people/" + anna["id"].dump();
  const std::string first = ETagOf(path);
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(ETagOf(path), first);  // unchanged data, same answer
  EXPECT_EQ(Revalidate(path, first).status, 304);
  EXPECT_TRUE(Revalidate(path, first).body.empty());

  // A change through the API.
  Expect(200, "PATCH", path, {{"city", "Köln"}});
  EXPECT_EQ(Expect(200, "GET", path)["city"], "Köln");
  const std::string second = ETagOf(path);
  EXPECT_NE(second, first);
  EXPECT_EQ(Revalidate(path, first).status, 200);

  // A change that does not pass through the HTTP layer at all.
  ASSERT_TRUE(app::EditPerson(ctx_, PersonId(anna["id"].get<int64_t>()),
                              [](core::Person& p) {
                                p.city = "Bonn";
                                return OkStatus();
                              }));
  EXPECT_EQ(Expect(200, "GET", path)["city"], "Bonn");
  EXPECT_NE(ETagOf(path), second);
}

TEST_F(ApiCacheTest, APersonsTrustFollowsTheDayWithoutAWrite) {
  const Json anna =
      Expect(201, "POST", "/api/v1/people", {{"display_name", "Anna Berg"}});
  const std::string id = anna["id"].dump();
  Expect(201, "POST", "/api/v1/encounters",
         {{"people", {anna["id"]}}, {"kind", "one_on_one"}});
  const std::string path = "/api/v1/people/" + id;
  const Json met = Expect(200, "GET", path);
  EXPECT_EQ(met["trust"]["level"], 0.08);  // a 1:1 meeting: 3 × 0.025
  EXPECT_EQ(Expect(200, "GET", path)["trust"], met["trust"]);  // cached
  // Half a year later, with no write in between, the page says so.
  clock_.Advance(183 * kSecondsPerDay);
  cookie_.clear();  // the session has long expired: log in again
  const Json later = Expect(200, "GET", path);
  EXPECT_LT(later["trust"]["level"].get<double>(),
            met["trust"]["level"].get<double>());
  EXPECT_EQ(later["trust"]["why"].back(),
            "no contact for 6 months: trust fades slowly");
}

TEST_F(ApiCacheTest, ListsSeeNewRecordsAndTodayIsNeverKept) {
  EXPECT_EQ(Expect(200, "GET", "/api/v1/people")["total"], 0);
  Expect(201, "POST", "/api/v1/people", {{"display_name", "Ben"}});
  EXPECT_EQ(Expect(200, "GET", "/api/v1/people")["total"], 1);
  // Today depends on the time, not only on the data.
  EXPECT_FALSE(Send("GET", "/api/v1/today").headers.Get("ETag").has_value());
  EXPECT_FALSE(Send("GET", "/api/v1/session").headers.Get("ETag").has_value());
}

}  // namespace
}  // namespace knoten::http
