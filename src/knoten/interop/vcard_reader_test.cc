#include "knoten/interop/vcard_reader.h"

#include <string>
#include <utility>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/base/text.h"

#include "testing/status_matchers.h"

namespace knoten::interop {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Pair;
using ::testing::SizeIs;

VCardFile ReadOrDie(std::string_view text,
                    const VCardReadOptions& options = {}) {
  auto file = ReadVCards(text, options);
  EXPECT_TRUE(file.has_value()) << file.error().message;
  return file ? std::move(*file) : VCardFile{};
}

TEST(VCardReaderTest, ReadsTheRfc6350Example) {
  const VCardFile file = ReadOrDie(
      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Simon Perreault\r\n"
      "N:Perreault;Simon;;;ing. jr,M.Sc.\r\n"
      "EMAIL;TYPE=work:simon.perreault@viagenie.ca\r\n"
      "TEL;VALUE=uri;PREF=1;TYPE=\"voice,home\":tel:+1-555-555-5555;ext="
      "5555\r\n"
      "END:VCARD\r\n");
  ASSERT_THAT(file.cards, SizeIs(1));
  const VCard& card = file.cards[0];
  EXPECT_EQ(card.version, "4.0");
  EXPECT_EQ(card.line, 1);
  EXPECT_EQ(card.Find("FN")->value, "Simon Perreault");
  EXPECT_THAT(VCardComponents(card.Find("N")->value, card.version),
              ElementsAre("Perreault", "Simon", "", "", "ing. jr,M.Sc."));
  const VCardProperty* tel = card.Find("TEL");
  EXPECT_EQ(tel->value, "tel:+1-555-555-5555;ext=5555");
  EXPECT_TRUE(tel->HasType("HOME"));
  EXPECT_TRUE(tel->HasType("voice"));
  EXPECT_EQ(tel->Param("PREF"), "1");
  EXPECT_EQ(tel->line, 6);
  EXPECT_TRUE(file.problems.empty());
}

TEST(VCardReaderTest, UnfoldsAlsoInsideAUtf8Sequence) {
  // "Müller" folded between the two bytes of "ü", with a tab and a space.
  const VCardFile file = ReadOrDie(
      "BEGIN:VCARD\nVERSION:3.0\nFN:M\xC3\n \xBCller\nNOTE:one\n\t two\n"
      "END:VCARD\n");
  ASSERT_THAT(file.cards, SizeIs(1));
  EXPECT_EQ(file.cards[0].Find("FN")->value, "M\xC3\xBCller");
  EXPECT_EQ(file.cards[0].Find("NOTE")->value, "one two");
  EXPECT_EQ(file.encoding, "UTF-8");
}

TEST(VCardReaderTest, DecodesQuotedPrintableWithCharsetAndSoftBreaks) {
  const VCardFile file = ReadOrDie(
      "BEGIN:VCARD\r\nVERSION:2.1\r\n"
      "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen =\r\n"
      "M=C3=BCller\r\n"
      "ORG;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:B=E4ckerei\r\n"
      "END:VCARD\r\n");
  ASSERT_THAT(file.cards, SizeIs(1));
  const VCard& card = file.cards[0];
  EXPECT_EQ(card.Find("FN")->value, "J\xC3\xBCrgen M\xC3\xBCller");
  EXPECT_EQ(card.Find("ORG")->value,
            "B\xC3\xA4"
            "ckerei");
  EXPECT_TRUE(card.Find("FN")->params.empty());  // encoding and charset undone
}

TEST(VCardReaderTest, UndoesEscapesByVersion) {
  EXPECT_EQ(VCardText("a\\,b\\;c\\nd\\\\e", "3.0"), "a,b;c\nd\\e");
  EXPECT_EQ(VCardText("C:\\temp\\;x", "2.1"), "C:\\temp;x");
  EXPECT_THAT(VCardComponents("Doe\\; Jr.;John;;", "4.0"),
              ElementsAre("Doe; Jr.", "John", "", ""));
}

TEST(VCardReaderTest, KeepsGroupsAndTwoOneBareParameters) {
  const VCardFile file = ReadOrDie(
      "BEGIN:VCARD\nVERSION:2.1\nN:Doe;John\n"
      "item1.EMAIL;type=INTERNET:john@example.com\n"
      "item1.X-ABLabel:_$!<Other>!$_\nTEL;WORK;VOICE:+49 30 1234\n"
      "END:VCARD\n");
  ASSERT_THAT(file.cards, SizeIs(1));
  const VCard& card = file.cards[0];
  EXPECT_EQ(card.Find("EMAIL")->group, "item1");
  EXPECT_EQ(card.Find("X-ABLABEL")->group, "item1");
  EXPECT_THAT(card.Find("TEL")->params,
              ElementsAre(Pair("TYPE", "WORK"), Pair("TYPE", "VOICE")));
}

TEST(VCardReaderTest, ReadsManyAndNestedCards) {
  const VCardFile file = ReadOrDie(
      "BEGIN:VCARD\nVERSION:2.1\nN:parent\nBEGIN:VCARD\nVERSION:2.1\n"
      "N:agent\nEND:VCARD\nTEL:1\nEND:VCARD\n\n"
      "begin:vcard\nversion:3.0\nfn:Third\nend:vcard\n");
  ASSERT_THAT(file.cards, SizeIs(3));
  EXPECT_EQ(file.cards[0].Find("N")->value, "parent");
  EXPECT_EQ(file.cards[0].Find("TEL")->value, "1");
  EXPECT_EQ(file.cards[0].nested_in, -1);
  EXPECT_EQ(file.cards[1].Find("N")->value, "agent");
  EXPECT_EQ(file.cards[1].nested_in, 0);
  EXPECT_EQ(file.cards[2].Find("FN")->value, "Third");
  EXPECT_EQ(file.cards[2].line, 11);
}

TEST(VCardReaderTest, HandsOverEachCardOnceTheCardsAroundItHaveEnded) {
  std::vector<VCard> cards;
  VCardReadOptions options;
  options.on_card = [&](VCard card) { cards.push_back(std::move(card)); };
  auto file = ReadVCards(
      "BEGIN:VCARD\nVERSION:3.0\nFN:First\nEND:VCARD\n"
      "BEGIN:VCARD\nVERSION:2.1\nN:parent\nBEGIN:VCARD\nVERSION:2.1\n"
      "N:agent\nEND:VCARD\nTEL:1\nEND:VCARD\n"
      "BEGIN:VCARD\nVERSION:3.0\nFN:Open\n",
      options);
  ASSERT_THAT(file, IsOk());
  EXPECT_THAT(file->cards, SizeIs(0));
  ASSERT_THAT(cards, SizeIs(4));
  EXPECT_EQ(cards[0].Find("FN")->value, "First");
  // The parent whole (its TEL after the nested card), then the agent.
  EXPECT_EQ(cards[1].Find("TEL")->value, "1");
  EXPECT_EQ(cards[1].nested_in, -1);
  EXPECT_EQ(cards[2].Find("N")->value, "agent");
  EXPECT_EQ(cards[2].nested_in, 1);  // the file's second card
  // A card the file ends in is handed over too, with the problem noted.
  EXPECT_EQ(cards[3].Find("FN")->value, "Open");
  ASSERT_THAT(file->problems, SizeIs(1));
  EXPECT_THAT(file->problems[0].message, HasSubstr("no END:VCARD"));
}

TEST(VCardReaderTest, KeepsOrDropsInlinePhotos) {
  const std::string text =
      "BEGIN:VCARD\nVERSION:2.1\nN:Doe\nPHOTO;ENCODING=BASE64;TYPE=PNG:iVBO\n"
      "  Rw0K\nGgo=\n\nEND:VCARD\n";
  const VCardFile kept = ReadOrDie(text);
  ASSERT_THAT(kept.cards, SizeIs(1));
  const VCardProperty* photo = kept.cards[0].Find("PHOTO");
  ASSERT_NE(photo, nullptr);
  EXPECT_TRUE(photo->binary);
  EXPECT_EQ(photo->value, "\x89PNG\r\n\x1A\n");
  const VCardFile dropped = ReadOrDie(text, {.keep_binary = false});
  ASSERT_THAT(dropped.cards, SizeIs(1));
  EXPECT_EQ(dropped.cards[0].Find("PHOTO"), nullptr);
  EXPECT_NE(dropped.cards[0].Find("N"), nullptr);
}

TEST(VCardReaderTest, RefusesADamagedBase64ValueNamingItsLine) {
  auto file = ReadVCards(
      "BEGIN:VCARD\nVERSION:2.1\nN:x\nPHOTO;ENCODING=BASE64:qgEP:ASDF==\n"
      "END:VCARD\n");
  ASSERT_FALSE(file);
  EXPECT_EQ(file.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(file.error().message, HasSubstr("line 4"));
}

TEST(VCardReaderTest, ReportsWhatItSkipsByLine) {
  const VCardFile file = ReadOrDie(
      "stray\nBEGIN:VCARD \nVERSION:3.0\nFN:Jane\nblablabla\n# a comment\n"
      "N:Doe;Jane\n");
  ASSERT_THAT(file.cards, SizeIs(1));
  EXPECT_EQ(file.cards[0].Find("N")->value, "Doe;Jane");
  ASSERT_THAT(file.problems, SizeIs(5));
  EXPECT_EQ(file.problems[0].line, 1);  // outside a card
  EXPECT_EQ(file.problems[1].line, 2);  // BEGIN:VCARD with a space
  EXPECT_EQ(file.problems[2].line, 5);  // no property
  EXPECT_THAT(file.problems[2].message, HasSubstr("blablabla"));
  EXPECT_EQ(file.problems[3].line, 6);  // a comment
  EXPECT_EQ(file.problems[4].line, 7);  // the file ends inside the card
  EXPECT_THAT(file.problems[4].message, HasSubstr("line 2"));
}

TEST(VCardReaderTest, JoinsTheLinesOfABrokenValue) {
  const VCardFile file = ReadOrDie(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nADR;HOME:;;Hauptstr. 1\\\r\n"
      "Hinterhaus;Hamburg;;20095\r\n"
      "NOTE;ENCODING=QUOTED-PRINTABLE:first\r\nsecond=\r\nthird\r\n"
      "END:VCARD\r\n");
  ASSERT_THAT(file.cards, SizeIs(1));
  EXPECT_THAT(
      VCardComponents(file.cards[0].Find("ADR")->value, "2.1"),
      ElementsAre("", "", "Hauptstr. 1\nHinterhaus", "Hamburg", "", "20095"));
  EXPECT_EQ(file.cards[0].Find("NOTE")->value, "first\nsecondthird");
  EXPECT_TRUE(file.problems.empty());
}

TEST(VCardReaderTest, ReadsUndeclaredLegacyCharsets) {
  const VCardFile file = ReadOrDie(
      "BEGIN:VCARD\nVERSION:3.0\nN:M\xFCller;J\xFCrgen\nFN:J\xFCrgen "
      "M\xFCller\nNOTE:Gr\xFC\xDF"
      "e aus K\xF6ln\nEND:VCARD\n");
  ASSERT_THAT(file.cards, SizeIs(1));
  EXPECT_EQ(file.cards[0].Find("FN")->value, "J\xC3\xBCrgen M\xC3\xBCller");
}

TEST(VCardReaderTest, CopesWithAnUnknownCharset) {
  const VCardFile file = ReadOrDie(
      "BEGIN:VCARD\nVERSION:3.0\nN;CHARSET=invalid-encoding:Doe;John\n"
      "END:VCARD\n");
  ASSERT_THAT(file.cards, SizeIs(1));
  EXPECT_EQ(file.cards[0].Find("N")->value, "Doe;John");
  ASSERT_THAT(file.problems, SizeIs(1));
  EXPECT_EQ(file.problems[0].line, 3);
}

TEST(VCardReaderTest, RefusesJCardAndXCard) {
  auto jcard = ReadVCards(R"(["vcard", [["version", {}, "text", "4.0"]]])");
  ASSERT_FALSE(jcard);
  EXPECT_THAT(jcard.error().message, HasSubstr("jCard"));
  auto xcard = ReadVCards(
      "<?xml version=\"1.0\"?>\n<vcards "
      "xmlns=\"urn:ietf:params:xml:ns:vcard-4.0\"/>");
  ASSERT_FALSE(xcard);
  EXPECT_THAT(xcard.error().message, HasSubstr("xCard"));
}

TEST(VCardReaderTest, ItsMessagesAreUtf8WhateverTheFileHolds) {
  const VCardFile file = ReadOrDie(
      "BEGIN:VCARD\nVERSION:3.0\nFN;CHARSET=\xE4:x\nEND:x\xC4\xC4\xC4\xC4\xC4"
      "\xC4\xC4\xC4\xC4\xC4\xC4\xC4\xC4\xC4\xC4\xC4\xC4\xC4\xC4\xC4\nEND:"
      "VCARD\n");
  ASSERT_THAT(file.problems, SizeIs(2));
  for (const VCardProblem& problem : file.problems) {
    EXPECT_TRUE(IsValidUtf8(problem.message)) << problem.message;
  }
}

TEST(VCardReaderTest, AQuoteNeverClosedDoesNotHideTheValue) {
  const std::string colons(100000, ':');
  const VCardFile file = ReadOrDie("BEGIN:VCARD\nVERSION:3.0\nNOTE;X=\"" +
                                   colons + "\nFN;X=\"a:b\":Jo\nEND:VCARD\n");
  ASSERT_THAT(file.cards, SizeIs(1));
  EXPECT_EQ(file.cards[0].Find("FN")->value, "Jo");
  EXPECT_EQ(file.cards[0].Find("NOTE")->value, colons.substr(1));
}

TEST(VCardReaderTest, OnlyAFileThatBeginsWithACardLooksLikeVCard) {
  EXPECT_TRUE(LooksLikeVCard("\r\n  begin:vcard\nFN:x\nend:vcard\n"));
  EXPECT_TRUE(LooksLikeVCard("[\"vcard\", []]"));
  EXPECT_FALSE(LooksLikeVCard("Name,Notes\nAnna,\"pasted:\nBEGIN:VCARD\"\n"));
  EXPECT_FALSE(LooksLikeVCard(""));
}

TEST(VCardReaderTest, NeverFailsOnArbitraryBytes) {
  std::string noise = "BEGIN:VCARD\n";
  for (int i = 0; i < 4096; ++i) {
    noise += static_cast<char>((i * 7919 + 13) % 256);
  }
  auto file = ReadVCards(noise);  // read or refused, but never a crash
  if (file) {
    EXPECT_LE(file->cards.size(), 2U);
  }
}

}  // namespace
}  // namespace knoten::interop
