// The response check must be able to fail, or the API tests that rely on it
// would prove nothing.

#include "knoten/http/openapi_check.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/http/api.h"

namespace knoten::http {
namespace {

using ::testing::HasSubstr;
using Json = nlohmann::json;

class OpenApiCheckTest : public ::testing::Test {
 protected:
  std::string CheckOffer(const Json& offer) {
    return CheckAgainstOpenApi(doc_, "GET", "/api/v1/offers/3", 200,
                               offer.dump());
  }

  const Json doc_ = Json::parse(OpenApiDocument());
  const Json offer_ = {
      {"id", 3},          {"person_id", nullptr},
      {"title", "Fotos"}, {"text", ""},
      {"lang", "de"},     {"audience", ""},
      {"active", true},   {"created_at", "2026-03-05T10:00:00Z"}};
};

TEST_F(OpenApiCheckTest, AcceptsWhatTheDocumentSays) {
  EXPECT_EQ(CheckOffer(offer_), "");
  EXPECT_EQ(CheckAgainstOpenApi(doc_, "DELETE", "/api/v1/offers/3", 204, ""),
            "");
}

TEST_F(OpenApiCheckTest, FindsEachKindOfDifference) {
  Json missing = offer_;
  missing.erase("title");
  EXPECT_THAT(CheckOffer(missing), HasSubstr("missing required field"));
  Json extra = offer_;
  extra["colour"] = "blue";
  EXPECT_THAT(CheckOffer(extra), HasSubstr("'colour'"));
  Json wrong_enum = offer_;
  wrong_enum["lang"] = "fr";
  EXPECT_THAT(CheckOffer(wrong_enum), HasSubstr("lang"));
  Json wrong_type = offer_;
  wrong_type["active"] = "yes";
  EXPECT_THAT(CheckOffer(wrong_type), HasSubstr("expected boolean"));
  Json null_title = offer_;
  null_title["title"] = nullptr;
  EXPECT_THAT(CheckOffer(null_title), HasSubstr("null"));
  Json bad_time = offer_;
  bad_time["created_at"] = "yesterday";
  EXPECT_THAT(CheckOffer(bad_time), HasSubstr("date-time"));
  const Json list = {{"items", Json::array({missing})}, {"total", 1}};
  EXPECT_THAT(
      CheckAgainstOpenApi(doc_, "GET", "/api/v1/offers", 200, list.dump()),
      HasSubstr("items[0]"));
}

TEST_F(OpenApiCheckTest, AFileOfADocumentedTypeIsLeftButJsonIsChecked) {
  // The export documents vCard, CSV, iCalendar and the JSON backup.
  const auto check = [&](std::string_view body, std::string_view type) {
    return CheckAgainstOpenApi(doc_, "GET", "/api/v1/export", 200, body, type);
  };
  EXPECT_EQ(check("BEGIN:VCARD\r\n", "text/vcard; charset=utf-8"), "");
  EXPECT_EQ(check("{}", "application/json; charset=utf-8"), "");
  EXPECT_THAT(check("{\"format\": ", "application/json"),
              HasSubstr("not JSON"));
  EXPECT_THAT(check("%PDF", "application/pdf"), HasSubstr("not documented"));
  EXPECT_THAT(check("", "text/csv"), HasSubstr("no body"));
  // Where only JSON is documented, a file is not.
  EXPECT_THAT(CheckAgainstOpenApi(doc_, "GET", "/api/v1/offers/3", 200, "Fotos",
                                  "text/plain"),
              HasSubstr("not documented"));
  EXPECT_THAT(
      CheckAgainstOpenApi(doc_, "GET", "/api/v1/offers/3", 200, "Fotos"),
      HasSubstr("not JSON"));
}

TEST_F(OpenApiCheckTest, UndocumentedCallsAndStatusesFail) {
  EXPECT_THAT(CheckAgainstOpenApi(doc_, "GET", "/api/v1/nothing", 200, "{}"),
              HasSubstr("not in the document"));
  EXPECT_THAT(CheckAgainstOpenApi(doc_, "GET", "/api/v1/offers/3", 418, "{}"),
              HasSubstr("418"));
  EXPECT_THAT(
      CheckAgainstOpenApi(doc_, "DELETE", "/api/v1/offers/3", 204, "{}"),
      HasSubstr("body"));
}

}  // namespace
}  // namespace knoten::http
