// POST /import with its dry run and GET /export, through the API handler.

#include <string>

#include <gtest/gtest.h>

#include "knoten/http/api_test_fixture.h"

namespace knoten::http {
namespace {

constexpr std::string_view kCards =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nN:Berg;Anna\r\n"
    "EMAIL:anna@berg.example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:=Formula\r\nEND:VCARD\r\n";

class ApiInteropTest : public ApiTest {};

TEST_F(ApiInteropTest, APreviewThenTheImport) {
  const Response preview =
      Send("POST", "/api/v1/import?dry_run=true&name=contacts.vcf",
           std::string(kCards));
  ASSERT_EQ(preview.status, 200) << preview.body;
  const Json dry = Json::parse(preview.body);
  EXPECT_TRUE(dry["dry_run"].get<bool>());
  EXPECT_EQ(dry["created"], 2);
  EXPECT_EQ(dry["files"][0]["file"], "contacts.vcf");
  EXPECT_EQ(Expect(200, "GET", "/api/v1/people")["total"], 0);

  const Response done =
      Send("POST", "/api/v1/import?name=contacts.vcf", std::string(kCards));
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(Json::parse(done.body)["created"], 2);
  EXPECT_EQ(Expect(200, "GET", "/api/v1/people")["total"], 2);
}

TEST_F(ApiInteropTest, RefusesWhatItCannotImport) {
  EXPECT_EQ(Code(Send("POST", "/api/v1/import", "")), "invalid_argument");
  const Response letter = Send("POST", "/api/v1/import", "Dear Anna,\nhi.\n");
  EXPECT_EQ(letter.status, 400);
  EXPECT_EQ(
      Code(Send("POST", "/api/v1/import?dry_run=maybe", std::string(kCards))),
      "invalid_argument");
}

TEST_F(ApiInteropTest, ExportsAFileToSave) {
  ASSERT_EQ(Send("POST", "/api/v1/import", std::string(kCards)).status, 200);
  const Response vcards = Send("GET", "/api/v1/export?format=vcard");
  ASSERT_EQ(vcards.status, 200);
  EXPECT_EQ(vcards.headers.Get("Content-Type").value_or(""),
            "text/vcard; charset=utf-8");
  EXPECT_NE(vcards.body.find("FN:Anna Berg\r\n"), std::string::npos);
  const Response csv = Send("GET", "/api/v1/export?format=csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(std::string(csv.headers.Get("Content-Disposition").value_or(""))
                .find("knoten-people.csv"),
            std::string::npos);
  EXPECT_NE(csv.body.find("\n'=Formula,"), std::string::npos);
  EXPECT_EQ(Send("GET", "/api/v1/export?format=pdf").status, 400);
}

}  // namespace
}  // namespace knoten::http
