#include "knoten/interop/vcard_kept.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/interop/vcard_person.h"
#include "knoten/interop/vcard_reader.h"
#include "knoten/interop/vcard_writer.h"

#include "testing/status_matchers.h"

namespace knoten::interop {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

Result<ImportedPerson> PersonFrom(std::string_view text) {
  auto file = ReadVCards(text);
  if (!file) return file.error();
  if (file->cards.size() != 1) return InternalError("not one card");
  return PersonFromVCard(file->cards[0]);
}

int Count(std::string_view text, std::string_view what) {
  int n = 0;
  for (size_t at = text.find(what); at != std::string_view::npos;
       at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

TEST(VCardKeptTest, KeepsWhatThePersonHasNoFieldFor) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ImportedPerson imported,
      PersonFrom("BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple//EN\r\n"
                 "UID:1234-abcd\r\nREV:2024-01-01T00:00:00Z\r\n"
                 "N:Rossi;Paola;;;\r\nFN:Paola Rossi\r\nNICKNAME:Pao\r\n"
                 "BDAY:1985-04-12\r\nTITLE:Lektorin\r\nROLE:Inhaberin\r\n"
                 "EMAIL:paola@example.org\r\n"
                 "item1.URL:https://rossi.example\r\n"
                 "item1.X-ABLabel:_$!<HomePage>!$_\r\n"
                 "ADR;TYPE=work:;;Via Roma 1;Torino;;10121;Italia\r\n"
                 "X-SOCIALPROFILE;TYPE=\"a:b\":https://x.example/p\r\n"
                 "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4A==\r\n"
                 "END:VCARD\r\n"));
  EXPECT_EQ(imported.person.city, "Torino");
  EXPECT_THAT(imported.kept,
              ElementsAre("NICKNAME:Pao", "BDAY:1985-04-12", "ROLE:Inhaberin",
                          "item1.X-ABLABEL:_$!<HomePage>!$_",
                          "ADR;TYPE=work:;;Via Roma 1;Torino;;10121;Italia",
                          "X-SOCIALPROFILE;TYPE=\"a:b\":https://x.example/p",
                          "PHOTO:data:image/jpeg;base64,/9j/4A=="));
}

TEST(VCardKeptTest, AnAddressOfOnlyTheCityIsThePersonsCity) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ImportedPerson imported,
      PersonFrom("BEGIN:VCARD\nVERSION:4.0\nFN:Ben\nADR:;;;Bremen;;;\n"
                 "END:VCARD\n"));
  EXPECT_EQ(imported.person.city, "Bremen");
  EXPECT_THAT(imported.kept, IsEmpty());
  EXPECT_EQ(Count(WriteVCard(imported.person, imported.kept), "ADR"), 1);
}

TEST(VCardKeptTest, WrittenBackAndReadAgainTheyStayTheSame) {
  const std::string card =
      "BEGIN:VCARD\nVERSION:2.1\nN:Wolf;Jonas\nFN:Jonas Wolf\n"
      "ADR;HOME:;;Weg 2;Leipzig;;04109\n"
      "X-PATH:C:\\Daten\\jonas\n"
      "X-NOTE;ENCODING=QUOTED-PRINTABLE:erste=0D=0Azweite\n"
      "LOGO;ENCODING=BASE64;TYPE=PNG:iVBORw0KGgo=\n"
      "PHOTO;VALUE=uri:https://example.org/jonas.jpg\nEND:VCARD\n";
  KNOTEN_ASSERT_OK_AND_ASSIGN(ImportedPerson first, PersonFrom(card));
  EXPECT_THAT(
      first.kept,
      ElementsAre("ADR;TYPE=HOME:;;Weg 2;Leipzig;;04109",
                  "X-PATH:C:\\\\Daten\\\\jonas", "X-NOTE:erste\\nzweite",
                  "LOGO:data:image/png;base64,iVBORw0KGgo=",
                  "PHOTO;VALUE=uri:https://example.org/jonas.jpg"));
  const std::string written = WriteVCard(first.person, first.kept);
  EXPECT_EQ(Count(written, "ADR"), 1);  // the kept one has the city
  KNOTEN_ASSERT_OK_AND_ASSIGN(ImportedPerson again, PersonFrom(written));
  EXPECT_EQ(again.kept, first.kept);
  EXPECT_EQ(again.person.city, "Leipzig");
  EXPECT_EQ(WriteVCard(again.person, again.kept), written);
}

TEST(VCardKeptTest, ALongPhotoIsFoldedAndComesBackWhole) {
  std::string photo(3000, 'A');
  KNOTEN_ASSERT_OK_AND_ASSIGN(ImportedPerson first,
                              PersonFrom("BEGIN:VCARD\nVERSION:4.0\nFN:Ines\n"
                                         "PHOTO:data:image/png;base64," +
                                         photo + "\nEND:VCARD\n"));
  ASSERT_THAT(first.kept, ElementsAre(HasSubstr(photo)));
  const std::string written = WriteVCard(first.person, first.kept);
  EXPECT_THAT(written, Not(HasSubstr(photo)));  // folded
  KNOTEN_ASSERT_OK_AND_ASSIGN(ImportedPerson again, PersonFrom(written));
  EXPECT_EQ(again.kept, first.kept);
}

TEST(VCardKeptTest, NamesValuesAndUnions) {
  EXPECT_EQ(KeptLineName("item1.ADR;TYPE=\"a:b\":;;x"), "ADR");
  EXPECT_EQ(KeptLineValue("item1.ADR;TYPE=\"a:b\":;;x"), ";;x");
  EXPECT_EQ(KeptLineName("BDAY:2000"), "BDAY");
  EXPECT_EQ(KeptLineValue("no colon"), "");
  EXPECT_THAT(UnionOfKeptLines({"A:1", "B:2"}, {"B:2", "C:3", "A:1"}),
              ElementsAre("A:1", "B:2", "C:3"));
  // A second birthday or photo does not pile up beside the kept one.
  EXPECT_THAT(UnionOfKeptLines({"BDAY:1985-04-12", "PHOTO:data:a"},
                               {"BDAY:1985-04-21", "PHOTO:data:b", "X-A:1"}),
              ElementsAre("BDAY:1985-04-12", "PHOTO:data:a", "X-A:1"));
  EXPECT_THAT(UnionOfKeptLines({}, {"BDAY:2000"}), ElementsAre("BDAY:2000"));
}

TEST(VCardKeptTest, AnotherCardsGroupStaysAGroupOfItsOwn) {
  const std::vector<std::string> had = {"item1.ADR:;;Weg 1;Kiel;;;",
                                        "item1.X-ABLABEL:Atelier", "X-A:1"};
  // item1 is taken: the other card's item1 becomes item3 (its item2 is
  // free and stays).
  const std::vector<std::string> merged = UnionOfKeptLines(
      had, {"item1.ADR:;;Hof 2;Kiel;;;", "item1.X-ABLABEL:Lager",
            "item2.X-ABDATE:2020-01-01", "item2.X-ABLABEL:Start"});
  EXPECT_THAT(
      merged,
      ElementsAre("item1.ADR:;;Weg 1;Kiel;;;", "item1.X-ABLABEL:Atelier",
                  "X-A:1", "item3.ADR:;;Hof 2;Kiel;;;", "item3.X-ABLABEL:Lager",
                  "item2.X-ABDATE:2020-01-01", "item2.X-ABLABEL:Start"));
  // The same card again adds nothing, under whatever group names.
  EXPECT_EQ(UnionOfKeptLines(
                merged, {"item1.ADR:;;Hof 2;Kiel;;;", "item1.X-ABLABEL:Lager",
                         "item2.X-ABDATE:2020-01-01", "item2.X-ABLABEL:Start"}),
            merged);
  EXPECT_EQ(UnionOfKeptLines(had, {"item7.X-ABLABEL:Atelier"}), had);
}

TEST(VCardKeptTest, TheWrittenCityIsTheOneReadBack) {
  core::Person p;
  p.display_name = "Ben";
  p.city = "Berlin";
  // The first kept address with a locality is Hamburg's: knoten writes
  // Berlin's before it, so that Berlin is read back.
  const std::vector<std::string> kept = {"ADR;TYPE=work:;;;Hamburg;;;",
                                         "ADR;TYPE=home:;;Weg 1;Berlin;;;"};
  const std::string written = WriteVCard(p, kept);
  EXPECT_THAT(written, HasSubstr("\r\nADR:;;;Berlin;;;\r\n"));
  KNOTEN_ASSERT_OK_AND_ASSIGN(ImportedPerson back, PersonFrom(written));
  EXPECT_EQ(back.person.city, "Berlin");
  // The first one with a locality is Berlin's: nothing more is written.
  const std::vector<std::string> home_first = {
      "ADR;TYPE=intl:;;;;;;Germany", "ADR;TYPE=home:;;Weg 1; Berlin;;;"};
  EXPECT_EQ(Count(WriteVCard(p, home_first), "ADR"), 2);
}

TEST(VCardKeptTest, ParametersListsAnd21Commas) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ImportedPerson imported,
      PersonFrom("BEGIN:VCARD\nVERSION:2.1\nFN:Ben\n"
                 "ADR;WORK;PREF:;;Weg 2, Hof;Kiel\n"
                 "X-SITE;VALUE=URL:http://a.example/x\\y\nEND:VCARD\n"));
  EXPECT_THAT(imported.kept,
              ElementsAre("ADR;TYPE=WORK;PREF=1:;;Weg 2\\, Hof;Kiel",
                          "X-SITE;VALUE=URL:http://a.example/x\\y"));
  // A list stays a list; a value with ':' or ';' is quoted.
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      imported, PersonFrom("BEGIN:VCARD\nVERSION:4.0\nFN:Ben\n"
                           "X-A;TYPE=work,pref;LABEL=\"Weg 2; Kiel\":x\n"
                           "END:VCARD\n"));
  EXPECT_THAT(imported.kept,
              ElementsAre("X-A;TYPE=work,pref;LABEL=\"Weg 2; Kiel\":x"));
}

TEST(VCardKeptTest, WhatVCard4NoLongerHasIsWrittenAs4HasIt) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      ImportedPerson imported,
      PersonFrom("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben\r\n"
                 "NAME:Adressbuch\r\nPROFILE:VCARD\r\nMAILER:Pegasus\r\n"
                 "CLASS:PRIVATE\r\nLABEL;TYPE=home:Weg 2\\nKiel\r\n"
                 "SORT-STRING:Okafor\r\n"
                 "ADR;TYPE=home,pref:;;Weg 2;Kiel;;;\r\n"
                 "PHOTO:/9j/4A==\r\n"
                 "LOGO;ENCODING=b;TYPE=HOME:iVBORw0KGgo=\r\n"
                 "SOUND;ENCODING=b;TYPE=WAV:AAAA\r\n"
                 "KEY;ENCODING=b:AAAA\r\n"
                 "X-PHOTO-URL:https://example.org/b.jpg\r\n"
                 "item2.PHOTO:none\r\n"
                 "END:VCARD\r\n"));
  EXPECT_THAT(
      imported.kept,
      ElementsAre("X-CLASS:PRIVATE", "X-LABEL;TYPE=home:Weg 2\\nKiel",
                  "X-SORT-STRING:Okafor",
                  "ADR;TYPE=home;PREF=1:;;Weg 2;Kiel;;;",
                  "PHOTO:data:image/jpeg;base64,/9j/4A==",
                  "LOGO:data:image/png;base64,iVBORw0KGgo=",
                  "SOUND:data:audio/wav;base64,AAAA",
                  "KEY:data:application/octet-stream;base64,AAAA",
                  "X-PHOTO-URL:https://example.org/b.jpg", "item2.PHOTO:none"));
  // A 4.0 card's lines stay as they are.
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      imported, PersonFrom("BEGIN:VCARD\nVERSION:4.0\nFN:Ben\n"
                           "TEL;TYPE=cell,pref:+49 170 1\n"
                           "X-LABEL:x\nPHOTO:https://example.org/b.jpg\n"
                           "END:VCARD\n"));
  EXPECT_THAT(imported.kept,
              ElementsAre("X-LABEL:x", "PHOTO:https://example.org/b.jpg"));
}

}  // namespace
}  // namespace knoten::interop
