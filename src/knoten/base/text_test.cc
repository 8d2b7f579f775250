#include "knoten/base/text.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace knoten {
namespace {

TEST(TextTest, Trim) {
  EXPECT_EQ(Trim("  a b \n"), "a b");
  EXPECT_EQ(Trim(" \t "), "");
}

TEST(TextTest, Utf8Validation) {
  EXPECT_TRUE(IsValidUtf8("Öffentlichkeitsarbeit für Gründerinnen €"));
  EXPECT_FALSE(IsValidUtf8("\xC3"));              // truncated
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
}

TEST(TextTest, SplitAndJoin) {
  EXPECT_EQ(SplitAndTrim(" pr, ,presse ,", ','),
            (std::vector<std::string>{"pr", "presse"}));
  EXPECT_EQ(Join({"a", "b", "c"}, ", "), "a, b, c");
  EXPECT_EQ(AsciiLower("HeLLo Ä"), "hello Ä");
}

TEST(TextTest, ValidUtf8ReplacesWhatIsNotUtf8) {
  EXPECT_EQ(ValidUtf8("Gr\xC3\xBC\xC3\x9F"), "Gr\xC3\xBC\xC3\x9F");
  EXPECT_EQ(ValidUtf8("M\xFCller"), "M\xEF\xBF\xBDller");
  EXPECT_EQ(ValidUtf8("cut \xC3"), "cut \xEF\xBF\xBD");
  EXPECT_TRUE(IsValidUtf8(ValidUtf8("\xED\xA0\x80 \xF8 \xC0\xAF")));
}

}  // namespace
}  // namespace knoten
