#include "knoten/app/accounts.h"

#include <array>
#include <set>
#include <string_view>

#include <gtest/gtest.h>
#include <sodium.h>

#include "knoten/app/password.h"

#include "testing/app_fixture.h"

namespace knoten::app {
namespace {

class AccountsTest : public AppFixture {};

TEST_F(AccountsTest, TheOwnerLogsInWithTheirPasswordOnly) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      AccountSummary owner,
      CreateOwnerAccount(ctx_, " Sabine ", "correct horse battery"));
  EXPECT_EQ(owner.username, "sabine");
  EXPECT_EQ(*HasAccounts(ctx_), true);

  KNOTEN_ASSERT_OK_AND_ASSIGN(
      AccountSummary in, CheckLogin(ctx_, "SABINE", "correct horse battery"));
  EXPECT_EQ(in.id, owner.id);

  const auto wrong_password = CheckLogin(ctx_, "sabine", "correct horse");
  const auto unknown_user = CheckLogin(ctx_, "anna", "correct horse battery");
  const auto bad_name = CheckLogin(ctx_, "not a name", "x");
  for (const auto* failed : {&wrong_password, &unknown_user, &bad_name}) {
    ASSERT_FALSE(*failed);
    EXPECT_EQ(failed->error().code, ErrorCode::kUnauthenticated);
    // The same words whether the name or the password was wrong.
    EXPECT_EQ(failed->error().message, wrong_password.error().message);
  }
}

TEST_F(AccountsTest, OneOwnerAndNoWeakPasswords) {
  EXPECT_EQ(*HasAccounts(ctx_), false);
  EXPECT_THAT(CreateOwnerAccount(ctx_, "sabine", "short"),
              HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(CreateOwnerAccount(ctx_, "sa bine", "long enough password"),
              HasError(ErrorCode::kInvalidArgument));
  EXPECT_EQ(*HasAccounts(ctx_), false);
  ASSERT_THAT(CreateOwnerAccount(ctx_, "sabine", "long enough password"),
              IsOk());
  EXPECT_THAT(CreateOwnerAccount(ctx_, "anna", "another long password"),
              HasError(ErrorCode::kAlreadyExists));
}

TEST_F(AccountsTest, ANewPasswordReplacesTheOld) {
  ASSERT_TRUE(CreateOwnerAccount(ctx_, "sabine", "correct horse battery"));
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      AccountSummary changed,
      SetAccountPassword(ctx_, "Sabine", "staple battery horse"));
  EXPECT_EQ(changed.username, "sabine");
  EXPECT_FALSE(CheckLogin(ctx_, "sabine", "correct horse battery"));
  EXPECT_TRUE(CheckLogin(ctx_, "sabine", "staple battery horse"));
  EXPECT_EQ(
      SetAccountPassword(ctx_, "anna", "staple battery horse").error().code,
      ErrorCode::kNotFound);
  EXPECT_EQ(SetAccountPassword(ctx_, "sabine", "short").error().code,
            ErrorCode::kInvalidArgument);
}

TEST(PasswordTest, HashesAreArgon2idWithTheMinimumCost) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(std::string hash, HashPassword("pässwort 123"));
  EXPECT_TRUE(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$")) << hash;
  EXPECT_TRUE(VerifyPassword("pässwort 123", hash));
  EXPECT_FALSE(VerifyPassword("pässwort 124", hash));
  EXPECT_FALSE(VerifyPassword("pässwort 123", "not a hash"));
  EXPECT_FALSE(NeedsRehash(hash));
  // The same password hashes differently each time (a random salt).
  KNOTEN_ASSERT_OK_AND_ASSIGN(std::string again, HashPassword("pässwort 123"));
  EXPECT_NE(hash, again);
}

TEST_F(AccountsTest, AWeakerHashIsRehashedAtLogin) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      AccountSummary owner,
      CreateOwnerAccount(ctx_, "sabine", "correct horse battery"));
  // As an older knoten might have hashed it: one pass, 8 MiB.
  std::array<char, crypto_pwhash_STRBYTES> weak{};
  const std::string_view password = "correct horse battery";
  ASSERT_EQ(
      crypto_pwhash_str_alg(weak.data(), password.data(), password.size(), 1,
                            size_t{8} << 20U, crypto_pwhash_ALG_ARGON2ID13),
      0);
  ASSERT_TRUE(NeedsRehash(weak.data()));
  ASSERT_THAT(InWrite(ctx_,
                      [&](store::Transaction& tx) {
                        return tx.accounts().SetPasswordHash(owner.id,
                                                             weak.data());
                      }),
              IsOk());
  ASSERT_THAT(CheckLogin(ctx_, "sabine", "correct horse battery"), IsOk());
  auto stored = InRead(ctx_, [](store::Transaction& tx) {
    return tx.accounts().FindByUsername("sabine");
  });
  ASSERT_TRUE(stored);
  EXPECT_FALSE(NeedsRehash(stored->password_hash));
  EXPECT_TRUE(VerifyPassword("correct horse battery", stored->password_hash));
}

TEST(RandomTokenTest, TokensAreHexAndDiffer) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    const std::string token = RandomToken(16);
    ASSERT_EQ(token.size(), 32U);
    EXPECT_EQ(token.find_first_not_of("0123456789abcdef"), std::string::npos);
    seen.insert(token);
  }
  EXPECT_EQ(seen.size(), 100U);
}

}  // namespace
}  // namespace knoten::app
