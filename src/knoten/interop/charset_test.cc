#include "knoten/interop/charset.h"

#include <string>

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace knoten::interop {
namespace {

TEST(CharsetTest, ConvertsDeclaredCharsets) {
  EXPECT_THAT(ToUtf8("M\xFC"
                     "ller",
                     "windows-1252"),
              IsOkAndHolds(std::string("M\xC3\xBCller")));
  EXPECT_THAT(ToUtf8("\x82\xA0", "Shift_JIS"),
              IsOkAndHolds(std::string("\xE3\x81\x82")));  // あ
  EXPECT_THAT(ToUtf8("x", "no-such-charset"),
              HasError(ErrorCode::kInvalidArgument));
}

TEST(CharsetTest, ReadsUtf8WithAndWithoutMark) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(FileText plain,
                              ReadFileText("Gr\xC3\xBC\xC3\x9F"));
  EXPECT_EQ(plain.bytes, "Gr\xC3\xBC\xC3\x9F");
  EXPECT_EQ(plain.encoding, "UTF-8");
  EXPECT_TRUE(plain.utf8);
  KNOTEN_ASSERT_OK_AND_ASSIGN(FileText marked,
                              ReadFileText("\xEF\xBB\xBFGr\xC3\xBC\xC3\x9F"));
  EXPECT_EQ(marked.bytes, "Gr\xC3\xBC\xC3\x9F");
  EXPECT_EQ(marked.encoding, "UTF-8 with BOM");
}

TEST(CharsetTest, TurnsUtf16IntoUtf8) {
  const std::string be_marked("\xFE\xFF\x00N\x00:\x00\xFC", 8);
  KNOTEN_ASSERT_OK_AND_ASSIGN(FileText a, ReadFileText(be_marked));
  EXPECT_EQ(a.bytes, "N:\xC3\xBC");
  EXPECT_EQ(a.encoding, "UTF-16BE");
  const std::string le_unmarked(
      "B\x00"
      "E\x00G\x00I\x00N\x00:\x00",
      12);
  KNOTEN_ASSERT_OK_AND_ASSIGN(FileText b, ReadFileText(le_unmarked));
  EXPECT_EQ(b.bytes, "BEGIN:");
  EXPECT_EQ(b.encoding, "UTF-16LE");
}

TEST(CharsetTest, GuessesTheCharsetOfOtherFiles) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      FileText text, ReadFileText("N:M\xFCller;J\xFCrgen\nFN:J\xFCrgen "
                                  "M\xFCller\nNOTE:Gr\xFC\xDF"
                                  "e aus K\xF6ln\n"));
  EXPECT_FALSE(text.utf8);
  EXPECT_FALSE(text.guessed_charset.empty());
  EXPECT_THAT(ToUtf8("M\xFCller", text.guessed_charset),
              IsOkAndHolds(std::string("M\xC3\xBCller")));
}

}  // namespace
}  // namespace knoten::interop
