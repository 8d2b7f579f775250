#include "knoten/interop/vcard_person.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/interop/vcard_reader.h"

#include "testing/status_matchers.h"

namespace knoten::interop {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::SizeIs;

Result<ImportedPerson> PersonFrom(std::string_view text) {
  auto file = ReadVCards(text);
  if (!file) return file.error();
  if (file->cards.size() != 1) return InternalError("not one card");
  return PersonFromVCard(file->cards[0]);
}

TEST(VCardPersonTest, TakesNamesWorkChannelsAndNotes) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ImportedPerson imported,
      PersonFrom(
          "BEGIN:VCARD\nVERSION:3.0\nN:M\xC3\xBCller;Anna;Maria;Dr.;\n"
          "FN:Dr. Anna M\xC3\xBCller\nORG:Studio Nord;Design\n"
          "TITLE:Illustratorin\nEMAIL;TYPE=work:anna@studio-nord.de\n"
          "item1.EMAIL:\"Anna\" <anna@example.org>\n"
          "TEL;TYPE=cell:+49 170 1234567\n"
          "TEL;VALUE=uri:tel:+49-40-555;ext=2\nURL:https://studio-nord.de\n"
          "ADR;TYPE=work:;;Hafenstr. 1;Hamburg;;20457;Germany\n"
          "CATEGORIES:Design,Netzwerk Nord\nNOTE:Met at the fair\\, "
          "booth 4.\nEND:VCARD\n"));
  const core::Person& p = imported.person;
  EXPECT_EQ(p.family_name, "M\xC3\xBCller");
  EXPECT_EQ(p.given_name, "Anna Maria");
  EXPECT_EQ(p.display_name, "Dr. Anna M\xC3\xBCller");
  EXPECT_EQ(p.organisation, "Studio Nord");
  EXPECT_EQ(p.role, "Illustratorin");
  EXPECT_THAT(p.emails, ElementsAre("anna@studio-nord.de", "anna@example.org"));
  EXPECT_THAT(p.phones, ElementsAre("+49 170 1234567", "+49-40-555"));
  EXPECT_THAT(p.urls, ElementsAre("https://studio-nord.de"));
  EXPECT_EQ(p.city, "Hamburg");
  EXPECT_THAT(p.tags, ElementsAre("design", "netzwerk nord"));
  EXPECT_EQ(p.notes, "Met at the fair, booth 4.");
  EXPECT_EQ(imported.line, 1);
  EXPECT_TRUE(imported.remarks.empty());
}

TEST(VCardPersonTest, LeavesOutWhatItCannotTakeWithARemark) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ImportedPerson imported,
      PersonFrom("BEGIN:VCARD\nVERSION:3.0\nFN:Jo\nEMAIL:not-an-address\n"
                 "TEL:call me\nEND:VCARD\n"));
  EXPECT_EQ(imported.person.display_name, "Jo");
  EXPECT_TRUE(imported.person.emails.empty());
  EXPECT_TRUE(imported.person.phones.empty());
  ASSERT_THAT(imported.remarks, SizeIs(2));
  EXPECT_THAT(imported.remarks[0], HasSubstr("line 4"));
  EXPECT_THAT(imported.remarks[1], HasSubstr("line 5"));
}

TEST(VCardPersonTest, NamesANamelessCardAfterWhatItHas) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ImportedPerson by_org,
      PersonFrom("BEGIN:VCARD\nVERSION:3.0\nORG:Acme\nEND:VCARD\n"));
  EXPECT_EQ(by_org.person.display_name, "Acme");
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ImportedPerson by_mail,
      PersonFrom("BEGIN:VCARD\nVERSION:3.0\nEMAIL:x@example.org\nEND:VCARD\n"));
  EXPECT_EQ(by_mail.person.display_name, "x@example.org");
  auto nothing = PersonFrom(
      "BEGIN:VCARD\nVERSION:2.1\nPHOTO;ENCODING=BASE64:aGk=\nEND:VCARD\n");
  ASSERT_FALSE(nothing);
  EXPECT_THAT(nothing.error().message, HasSubstr("line 1"));
}

}  // namespace
}  // namespace knoten::interop
