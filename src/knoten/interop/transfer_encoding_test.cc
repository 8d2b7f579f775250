#include "knoten/interop/transfer_encoding.h"

#include <string>

#include <gtest/gtest.h>

namespace knoten::interop {
namespace {

TEST(QuotedPrintableTest, DecodesBytesAndSoftLineBreaks) {
  EXPECT_EQ(DecodeQuotedPrintable("M=C3=BCller"), "M\xC3\xBCller");
  EXPECT_EQ(DecodeQuotedPrintable("=4D=c3=bc"), "M\xC3\xBC");  // lower case
  EXPECT_EQ(DecodeQuotedPrintable("one=\ntwo"), "onetwo");
  EXPECT_EQ(DecodeQuotedPrintable("end="), "end");
}

TEST(QuotedPrintableTest, KeepsAnEqualsSignThatEncodesNothing) {
  EXPECT_EQ(DecodeQuotedPrintable("a=b"), "a=b");
  EXPECT_EQ(DecodeQuotedPrintable("x=4"), "x=4");
  EXPECT_EQ(DecodeQuotedPrintable("=ZZ"), "=ZZ");
}

TEST(Base64Test, DecodesWithWhiteSpaceAndPadding) {
  EXPECT_EQ(DecodeBase64("aGVsbG8="), "hello");
  EXPECT_EQ(DecodeBase64("aGVs\n  bG8"), "hello");
  EXPECT_EQ(DecodeBase64("aGk="), "hi");
  EXPECT_EQ(DecodeBase64(""), "");
}

TEST(Base64Test, RefusesWhatIsNotBase64) {
  EXPECT_FALSE(DecodeBase64("qgEP:ASDF=="));
  EXPECT_FALSE(DecodeBase64("aGk=aGk="));  // data after padding
}

TEST(Base64Test, KeepsTheWholeBytesOfAValueCutShort) {
  EXPECT_EQ(DecodeBase64("aGVsb"), "hel");  // a lone sextet is no byte
}

TEST(Base64Test, EncodesWhatItDecodes) {
  for (const std::string& bytes :
       {std::string(), std::string("a"), std::string("ab"), std::string("abc"),
        std::string("\x00\xFF\x10 binary", 10)}) {
    EXPECT_EQ(DecodeBase64(EncodeBase64(bytes)), bytes);
  }
  EXPECT_EQ(EncodeBase64("hello"), "aGVsbG8=");
}

}  // namespace
}  // namespace knoten::interop
