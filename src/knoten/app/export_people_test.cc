// Exports of an in-memory store, read back by knoten's own importers.

#include "knoten/app/export_people.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/app/import_contacts.h"
#include "knoten/store/sqlite/sqlite_store.h"

#include "testing/app_fixture.h"
#include "testing/status_matchers.h"
#include "testing/temp_dir.h"

namespace knoten::app {
namespace {

using ::testing::HasSubstr;

class ExportPeopleTest : public AppFixture {
 protected:
  void SetUp() override {
    core::Person anna;
    anna.given_name = "Anna";
    anna.family_name = "M\xC3\xBCller; Berg";
    anna.organisation = "Studio, Nord";
    anna.role = "Illustratorin";
    anna.emails = {"anna@studio.example", "a.mueller@example.org"};
    anna.phones = {"+49 40 555 1234"};
    anna.urls = {"https://studio.example"};
    anna.city = "Hamburg";
    anna.tags = {"design", "kunden nord"};
    anna.notes = "Met at the fair.\nLikes \\ backslashes; and \"quotes\".";
    ASSERT_THAT(AddPerson(ctx_, anna), IsOk());
    core::Person formula;
    formula.display_name = "=HYPERLINK(\"http://evil.example\")";
    formula.notes = "  @SUM(A1:A9)";
    formula.archived = true;
    ASSERT_THAT(AddPerson(ctx_, formula), IsOk());
  }

  std::string Export(ExportFormat format) {
    std::string out;
    auto count = ExportPeople(ctx_, format, [&out](std::string_view piece) {
      out += piece;
      return OkStatus();
    });
    EXPECT_THAT(count, IsOk());
    EXPECT_EQ(count.value_or(0), 2);
    return out;
  }

  // The people of a fresh store after importing `text`.
  std::vector<core::Person> ImportedFrom(const std::string& text) {
    auto other =
        std::move(store::OpenSqliteStore({.path = ":memory:"})).value();
    Context fresh{*other, clock_};
    auto report = ImportContacts(fresh, {{.name = "export", .bytes = text}});
    EXPECT_THAT(report, IsOk());
    auto people = ListPeople(fresh, {.include_archived = true}, {});
    EXPECT_THAT(people, IsOk());
    keep_ = std::move(other);
    return people ? people->items : std::vector<core::Person>{};
  }

  std::unique_ptr<store::Store> keep_;
};

void ExpectSameFields(const core::Person& a, const core::Person& b) {
  EXPECT_EQ(a.display_name, b.display_name);
  EXPECT_EQ(a.given_name, b.given_name);
  EXPECT_EQ(a.family_name, b.family_name);
  EXPECT_EQ(a.organisation, b.organisation);
  EXPECT_EQ(a.role, b.role);
  EXPECT_EQ(a.emails, b.emails);
  EXPECT_EQ(a.phones, b.phones);
  EXPECT_EQ(a.urls, b.urls);
  EXPECT_EQ(a.city, b.city);
  EXPECT_EQ(a.tags, b.tags);
  EXPECT_EQ(a.notes, b.notes);
}

TEST_F(ExportPeopleTest, VCardsReadBackAsTheSamePeople) {
  const std::string vcards = Export(ExportFormat::kVCard);
  EXPECT_THAT(vcards, HasSubstr("VERSION:4.0\r\n"));
  EXPECT_THAT(vcards, HasSubstr("ORG:Studio\\, Nord\r\n"));
  for (size_t start = 0, end;
       (end = vcards.find("\r\n", start)) != std::string::npos;
       start = end + 2) {
    EXPECT_LE(end - start, 75U);  // folded
  }
  auto original = ListPeople(ctx_, {.include_archived = true}, {});
  ASSERT_THAT(original, IsOk());
  const std::vector<core::Person> back = ImportedFrom(vcards);
  ASSERT_EQ(back.size(), original->items.size());
  for (size_t i = 0; i < back.size(); ++i) {
    ExpectSameFields(back[i], original->items[i]);
  }
}

TEST_F(ExportPeopleTest, KeptPropertiesComeBackInTheVCardAndReadBack) {
  const std::vector<std::string> kept = {
      "BDAY:1985-04-12", "ADR;TYPE=work:;;Hafenweg 3;Hamburg;;20457;",
      "PHOTO:data:image/png;base64,iVBORw0KGgo="};
  PersonId anna;
  {
    auto tx = store_->Begin(store::TransactionMode::kWrite);
    ASSERT_THAT(tx, IsOk());
    KNOTEN_ASSERT_OK_AND_ASSIGN(auto page, (*tx)->people().List({}, {}));
    ASSERT_FALSE(page.items.empty());
    anna = page.items[0].id;
    ASSERT_THAT((*tx)->people().SetKeptVCard(anna, kept), IsOk());
    ASSERT_THAT((*tx)->Commit(), IsOk());
  }
  const std::string vcards = Export(ExportFormat::kVCard);
  EXPECT_THAT(vcards, HasSubstr("\r\nBDAY:1985-04-12\r\n"));
  // The kept address has the city, so it is the only one.
  EXPECT_THAT(vcards,
              HasSubstr("\r\nADR;TYPE=work:;;Hafenweg 3;Hamburg;;20457;\r\n"));
  EXPECT_EQ(vcards.find("ADR"), vcards.rfind("ADR"));
  const std::vector<core::Person> back = ImportedFrom(vcards);
  ASSERT_EQ(back.size(), 2U);
  auto tx = keep_->Begin(store::TransactionMode::kRead);
  ASSERT_THAT(tx, IsOk());
  for (const core::Person& p : back) {
    KNOTEN_ASSERT_OK_AND_ASSIGN(const auto back_kept,
                                (*tx)->people().KeptVCard(p.id));
    if (p.given_name == "Anna") {
      EXPECT_EQ(p.city, "Hamburg");
      EXPECT_EQ(back_kept, kept);
    } else {
      EXPECT_TRUE(back_kept.empty());
    }
  }
}

TEST_F(ExportPeopleTest, CsvNeutralisesFormulasAndReadsBack) {
  const std::string csv = Export(ExportFormat::kCsv);
  EXPECT_THAT(csv, HasSubstr("\"'=HYPERLINK(\"\"http://evil.example\"\")\""));
  EXPECT_THAT(csv, HasSubstr(",'@SUM(A1:A9)\r\n"));
  EXPECT_THAT(csv, HasSubstr(",'+49 40 555 1234,"));
  auto original = ListPeople(ctx_, {.include_archived = true}, {});
  ASSERT_THAT(original, IsOk());
  const std::vector<core::Person> back = ImportedFrom(csv);
  ASSERT_EQ(back.size(), 2U);
  for (const core::Person& person : back) {
    if (person.display_name.starts_with("'")) continue;  // the formula
    ExpectSameFields(person,
                     original->items[0].display_name == person.display_name
                         ? original->items[0]
                         : original->items[1]);
  }
}

TEST(VCardFileNameTest, IdThenTheNameInLowerCaseAscii) {
  core::Person p;
  p.id = PersonId(17);
  p.display_name = "Anna M\xC3\xBCller-Stra\xC3\x9F / \xC3\x96ko GmbH";
  EXPECT_EQ(VCardFileName(p), "17-anna-mueller-strass-oeko-gmbh.vcf");
  p.display_name = "../../etc/passwd";
  EXPECT_EQ(VCardFileName(p), "17-etc-passwd.vcf");
  p.display_name = "\xE5\x90\x8D\xE7\x84\xA1\xE3\x81\x97";  // no ASCII
  EXPECT_EQ(VCardFileName(p), "17.vcf");
  p.display_name = std::string(100, 'x');
  EXPECT_EQ(VCardFileName(p), "17-" + std::string(40, 'x') + ".vcf");
}

TEST_F(ExportPeopleTest, OneVCardFilePerPersonInANewFolder) {
  const TempDir dir;
  const std::string folder = dir.File("cards");
  KNOTEN_ASSERT_OK_AND_ASSIGN(const int64_t written,
                              ExportVCardFolder(ctx_, folder));
  EXPECT_EQ(written, 2);
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto original,
                              ListPeople(ctx_, {.include_archived = true}, {}));
  for (const core::Person& p : original.items) {
    const std::filesystem::path file =
        std::filesystem::path(folder) / VCardFileName(p);
    ASSERT_TRUE(std::filesystem::is_regular_file(file)) << file;
    std::ifstream in(file, std::ios::binary);
    const std::string card((std::istreambuf_iterator<char>(in)),
                           std::istreambuf_iterator<char>());
    const std::vector<core::Person> back = ImportedFrom(card);
    ASSERT_EQ(back.size(), 1U) << file;
    ExpectSameFields(back[0], p);
  }
  // Only the two files, and nothing partial beside the folder.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder),
                          std::filesystem::directory_iterator()),
            2);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()),
                          std::filesystem::directory_iterator()),
            1);
  // An existing folder is never written into, nor one in a missing folder.
  EXPECT_THAT(ExportVCardFolder(ctx_, folder),
              HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(ExportVCardFolder(ctx_, dir.File("missing/cards")),
              HasError(ErrorCode::kInvalidArgument));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()),
                          std::filesystem::directory_iterator()),
            1);
}

}  // namespace
}  // namespace knoten::app
