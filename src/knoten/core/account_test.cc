#include "knoten/core/account.h"

#include <string>

#include <gtest/gtest.h>

namespace knoten::core {
namespace {

TEST(AccountTest, UsernamesAreTrimmedAndLowerCased) {
  EXPECT_EQ(NormalizeUsername("  Sabine.Berger_2 ").value(), "sabine.berger_2");
  for (const char* bad :
       {"", "   ", "sabine berger", "sabine@x", "zoë", "a/b"}) {
    auto name = NormalizeUsername(bad);
    ASSERT_FALSE(name) << bad;
    EXPECT_EQ(name.error().code, ErrorCode::kInvalidArgument);
  }
  EXPECT_FALSE(NormalizeUsername(std::string(65, 'a')));
  EXPECT_TRUE(NormalizeUsername(std::string(64, 'a')));
}

TEST(AccountTest, PasswordsNeedLengthNotComposition) {
  EXPECT_TRUE(CheckPassword("correct horse"));
  EXPECT_TRUE(CheckPassword("ääääääääää"));  // 10 characters, 20 bytes
  EXPECT_FALSE(CheckPassword("ääääääääá"));  // 9 characters
  EXPECT_FALSE(CheckPassword("short"));
  EXPECT_FALSE(CheckPassword(std::string(1025, 'x')));
  EXPECT_TRUE(CheckPassword(std::string(1024, 'x')));
  EXPECT_FALSE(CheckPassword("bad \xff utf-8 text"));
}

}  // namespace
}  // namespace knoten::core
