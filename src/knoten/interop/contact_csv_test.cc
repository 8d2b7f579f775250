#include "knoten/interop/contact_csv.h"

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/core/person.h"
#include "knoten/interop/csv_writer.h"

#include "testing/status_matchers.h"

namespace knoten::interop {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

core::Person PersonAt(const ContactCsv& csv, size_t i) {
  if (i >= csv.entries.size() || !csv.entries[i].person) {
    ADD_FAILURE() << "no person at " << i;
    return {};
  }
  return csv.entries[i].person->person;
}

TEST(ContactCsvTest, ReadsLinkedInAfterItsNoteLines) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ContactCsv csv,
      ReadContactCsv(
          "Notes:\r\n\"When exporting your connection data, you may notice "
          "that some of the email addresses are missing.\"\r\n\r\n"
          "First Name,Last Name,URL,Email Address,Company,Position,Connected "
          "On\r\n"
          "Dr. Jana,Nowak,https://www.linkedin.com/in/jana-nowak,,"
          "\"Nowak, Partner\",\"Principal Consultant, Strategy\",09 Oct "
          "2024\r\n"
          "Tom,Lee,https://www.linkedin.com/in/tomlee,tom@lee.example,,,20 "
          "Nov 2018\r\n"));
  EXPECT_EQ(csv.flavour, "linkedin");
  EXPECT_EQ(csv.header_line, 4);
  ASSERT_THAT(csv.entries, SizeIs(2));
  const core::Person jana = PersonAt(csv, 0);
  EXPECT_EQ(jana.given_name, "Dr. Jana");
  EXPECT_EQ(jana.family_name, "Nowak");
  EXPECT_EQ(jana.organisation, "Nowak, Partner");
  EXPECT_EQ(jana.role, "Principal Consultant, Strategy");
  EXPECT_THAT(jana.urls, ElementsAre("https://www.linkedin.com/in/jana-nowak"));
  EXPECT_THAT(jana.emails, IsEmpty());
  EXPECT_EQ(jana.notes, "LinkedIn: connected on 09 Oct 2024");
  EXPECT_EQ(csv.entries[0].line, 5);
  EXPECT_THAT(PersonAt(csv, 1).emails, ElementsAre("tom@lee.example"));
}

TEST(ContactCsvTest, ReadsTheOlderLinkedInLayout) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ContactCsv csv,
      ReadContactCsv("First Name,Last Name,Email Address,Company,Position,"
                     "Connected On\nAda,Byron,,Engines Ltd,Analyst,20 Nov "
                     "2018\n"));
  EXPECT_EQ(csv.flavour, "linkedin");
  EXPECT_EQ(PersonAt(csv, 0).display_name, "Ada Byron");
  EXPECT_EQ(PersonAt(csv, 0).organisation, "Engines Ltd");
}

TEST(ContactCsvTest, ReadsGoogleWithSeveralValuesInACell) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ContactCsv csv,
      ReadContactCsv(
          "\xEF\xBB\xBF"
          "First Name,Middle Name,Last Name,Organization Name,Organization "
          "Title,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - "
          "Label,Phone 1 - Value,Address 1 - City,Website 1 - Value\n"
          "Lena,,Weiss,Weiss Studio,Owner,\"met at\nthe fair\",* myContacts "
          "::: Kunden,* Work,lena@weiss.example,Mobile,+41 31 9280960 ::: "
          "+41 79 2648866,Bern,https://weiss.example\n"));
  EXPECT_EQ(csv.flavour, "google");
  const core::Person lena = PersonAt(csv, 0);
  EXPECT_EQ(lena.display_name, "Lena Weiss");
  EXPECT_EQ(lena.role, "Owner");
  EXPECT_THAT(lena.phones, ElementsAre("+41 31 9280960", "+41 79 2648866"));
  EXPECT_THAT(lena.tags, ElementsAre("kunden"));
  EXPECT_EQ(lena.city, "Bern");
  EXPECT_EQ(lena.notes, "met at\nthe fair");
}

TEST(ContactCsvTest, ReadsGermanOutlookWithSemicolons) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ContactCsv csv,
      ReadContactCsv("\"Vorname\";\"Nachname\";\"Firma\";\"Position\";"
                     "\"Ort gesch\xC3\xA4"
                     "ftlich\";\"Telefon gesch\xC3\xA4"
                     "ftlich\";\"Mobiltelefon\";\"E-Mail-Adresse\";"
                     "\"Kategorien\"\n\"J\xC3\xBCrgen\";\"Kr\xC3\xA4mer\";"
                     "\"Kr\xC3\xA4mer GmbH\";\"Gesch\xC3\xA4"
                     "ftsf\xC3\xBChrer\";\"Hamburg\";\"040 123456\";"
                     "\"0170 1234567\";\"jk@kraemer.example\";\"Kunde; "
                     "Handwerk\"\n"));
  EXPECT_EQ(csv.flavour, "outlook");
  const core::Person j = PersonAt(csv, 0);
  EXPECT_EQ(j.family_name, "Kr\xC3\xA4mer");
  EXPECT_EQ(j.city, "Hamburg");
  EXPECT_THAT(j.phones, ElementsAre("040 123456", "0170 1234567"));
  EXPECT_THAT(j.emails, ElementsAre("jk@kraemer.example"));
  EXPECT_THAT(j.tags, ElementsAre("kunde", "handwerk"));
}

TEST(ContactCsvTest, ReadsThunderbirdAndPlainFiles) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ContactCsv tb,
      ReadContactCsv("Display Name;First Name;Last Name;Primary "
                     "Email\nJohn Doe;John;Doe;john@doe.example\n"));
  EXPECT_EQ(tb.flavour, "thunderbird");
  EXPECT_EQ(PersonAt(tb, 0).display_name, "John Doe");
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ContactCsv plain, ReadContactCsv("Name,Email\nAnna,anna@example.org\n"
                                       ",\nnobody,\n"));
  EXPECT_EQ(plain.flavour, "csv");
  ASSERT_THAT(plain.entries, SizeIs(2));  // the empty row is left out
  EXPECT_EQ(PersonAt(plain, 1).display_name, "nobody");
}

TEST(ContactCsvTest, ReadsKnotensOwnExportBackTagForTag) {
  core::Person p;
  p.display_name = "Ada";
  p.tags = {"b2b; b2c", "presse", "=formel"};
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ContactCsv csv, ReadContactCsv(PeopleCsvHeader() + PeopleCsvRow(p)));
  // A ';' inside a tag stays (other apps' categories split there).
  EXPECT_THAT(PersonAt(csv, 0).tags,
              ElementsAre("b2b; b2c", "presse", "=formel"));
}

TEST(ContactCsvTest, RefusesAFileWithoutAHeaderItKnows) {
  auto csv =
      ReadContactCsv("John,Doe,john@doe.example\nJane,Doe,jane@x.example\n");
  ASSERT_FALSE(csv);
  EXPECT_THAT(csv.error().message, HasSubstr("no header row"));
}

}  // namespace
}  // namespace knoten::interop
