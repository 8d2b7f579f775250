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

}  // namespace
}  // namespace knoten
