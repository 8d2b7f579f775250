// POST /import with its dry run, GET /export (also the backup), the
// duplicates and their merge, and the calendar feed, through the API handler.

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
  const Response calendar = Send("GET", "/api/v1/export?format=ics&lang=de");
  ASSERT_EQ(calendar.status, 200);
  EXPECT_EQ(calendar.headers.Get("Content-Type").value_or(""),
            "text/calendar; charset=utf-8");
  EXPECT_NE(calendar.body.find("BEGIN:VCALENDAR\r\n"), std::string::npos);
}

TEST_F(ApiInteropTest, TheBackupIsAFileToSave) {
  ASSERT_EQ(Send("POST", "/api/v1/import", std::string(kCards)).status, 200);
  const Response backup = Send("GET", "/api/v1/export?format=json");
  ASSERT_EQ(backup.status, 200) << backup.body;
  EXPECT_EQ(backup.headers.Get("Content-Type").value_or(""),
            "application/json; charset=utf-8");
  EXPECT_NE(std::string(backup.headers.Get("Content-Disposition").value_or(""))
                .find("knoten-backup.json"),
            std::string::npos);
  const Json doc = Json::parse(backup.body);
  EXPECT_EQ(doc["format"], "knoten-backup");
  EXPECT_EQ(doc["data"]["person"].size(), 2U);
  EXPECT_EQ(backup.body.find("password_hash"), std::string::npos);
}

TEST_F(ApiInteropTest, DuplicatesAreListedAndMerged) {
  const Json anna =
      Expect(201, "POST", "/api/v1/people",
             Json{{"display_name", "Anna Berg"},
                  {"emails", Json::array({"anna@berg.example"})}});
  const Json again = Expect(201, "POST", "/api/v1/people",
                            Json{{"display_name", "Anna B."},
                                 {"emails", Json::array({"ANNA@berg.example"})},
                                 {"city", "Kiel"}});
  Expect(201, "POST", "/api/v1/people", Json{{"display_name", "Ben"}});
  const Json found = Expect(200, "GET", "/api/v1/duplicates");
  ASSERT_EQ(found["total"], 1);
  EXPECT_EQ(found["items"][0]["a"]["id"], anna["id"]);
  EXPECT_EQ(found["items"][0]["b"]["id"], again["id"]);
  EXPECT_EQ(found["items"][0]["reasons"], Json::array({"email"}));

  for (const char* bad : {R"({"keep": 1})", R"({"keep": "1", "remove": 2})",
                          R"({"keep": 1, "remove": 2, "more": 3})"}) {
    EXPECT_EQ(Code(Send("POST", "/api/v1/duplicates/merge", bad)),
              "invalid_argument")
        << bad;
  }
  EXPECT_EQ(Code(Send("POST", "/api/v1/duplicates/merge",
                      R"({"keep": 1, "remove": 999})")),
            "not_found");
  const Json merged =
      Expect(200, "POST", "/api/v1/duplicates/merge",
             Json{{"keep", anna["id"]}, {"remove", again["id"]}});
  EXPECT_EQ(merged["removed"], again["id"]);
  EXPECT_EQ(merged["person"]["city"], "Kiel");
  EXPECT_EQ(Expect(200, "GET", "/api/v1/people")["total"], 2);
  EXPECT_EQ(Expect(200, "GET", "/api/v1/duplicates")["total"], 0);
}

TEST_F(ApiInteropTest, ACalendarFeedIsReadWithoutLoggingInUntilEnded) {
  ASSERT_EQ(
      Send("POST", "/api/v1/events",
           R"({"title": "Stammtisch", "starts_at": "2026-03-10T18:00:00Z"})")
          .status,
      201);
  const Json feed = Expect(201, "POST", "/api/v1/calendar-feed");
  const std::string path = feed["path"].get<std::string>();
  EXPECT_EQ(path, "/api/v1/calendar-feed/" + feed["token"].get<std::string>());

  // No cookie, no CSRF token: the token in the path is the key.
  const Response calendar = Call("GET", path);
  ASSERT_EQ(calendar.status, 200) << calendar.body;
  EXPECT_EQ(calendar.headers.Get("Content-Type").value_or(""),
            "text/calendar; charset=utf-8");
  EXPECT_NE(calendar.body.find("SUMMARY:Stammtisch\r\n"), std::string::npos);
  EXPECT_EQ(CheckAgainstOpenApi(openapi_, "GET", path, calendar.status,
                                calendar.body),
            "");
  EXPECT_EQ(Call("GET", "/api/v1/calendar-feed/" + std::string(64, '0')).status,
            404);

  // A new feed ends the old one; DELETE ends the new one.
  const Json second = Expect(201, "POST", "/api/v1/calendar-feed");
  EXPECT_EQ(Call("GET", path).status, 404);
  const std::string second_path = second["path"].get<std::string>();
  EXPECT_EQ(Call("GET", second_path).status, 200);
  Expect(204, "DELETE", "/api/v1/calendar-feed");
  EXPECT_EQ(Call("GET", second_path).status, 404);
  // Making one needs a session.
  EXPECT_EQ(Call("POST", "/api/v1/calendar-feed").status, 401);
}

}  // namespace
}  // namespace knoten::http
