// Conformance: accounts.

#include <gtest/gtest.h>

#include "store/conformance_fixture.h"
#include "testing/status_matchers.h"

namespace knoten::store {
namespace {

class AccountsConformanceTest : public StoreConformanceTest {};

core::Account Owner() {
  return core::Account{.username = "sabine",
                       .password_hash = "$argon2id$v=19$m=19456,t=2,p=1$x$y",
                       .created_at = Timestamp::FromUnixSeconds(1000)};
}

TEST_P(AccountsConformanceTest, CreateFindAndCount) {
  auto tx = Write();
  KNOTEN_ASSERT_OK_AND_ASSIGN(int64_t none, tx->accounts().Count());
  EXPECT_EQ(none, 0);
  KNOTEN_ASSERT_OK_AND_ASSIGN(AccountId id, tx->accounts().Create(Owner()));
  EXPECT_GT(id.value(), 0);
  EXPECT_THAT(tx->accounts().Create(Owner()),
              HasError(ErrorCode::kAlreadyExists));
  ASSERT_THAT(tx->Commit(), IsOk());

  auto read = Read();
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Account got,
                              read->accounts().FindByUsername("sabine"));
  EXPECT_EQ(got.id, id);
  EXPECT_EQ(got.username, "sabine");
  EXPECT_EQ(got.password_hash, Owner().password_hash);
  EXPECT_EQ(got.created_at, Timestamp::FromUnixSeconds(1000));
  KNOTEN_ASSERT_OK_AND_ASSIGN(int64_t one, read->accounts().Count());
  EXPECT_EQ(one, 1);
  EXPECT_THAT(read->accounts().FindByUsername("nobody"),
              HasError(ErrorCode::kNotFound));
}

TEST_P(AccountsConformanceTest, PasswordHashesAreReplaced) {
  auto tx = Write();
  KNOTEN_ASSERT_OK_AND_ASSIGN(AccountId id, tx->accounts().Create(Owner()));
  ASSERT_THAT(tx->accounts().SetPasswordHash(id, "new-hash"), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Account got,
                              tx->accounts().FindByUsername("sabine"));
  EXPECT_EQ(got.password_hash, "new-hash");
  EXPECT_THAT(tx->accounts().SetPasswordHash(AccountId(id.value() + 1), "x"),
              HasError(ErrorCode::kNotFound));
}

TEST_P(AccountsConformanceTest, NothingIsKeptWithoutCommit) {
  {
    auto tx = Write();
    ASSERT_TRUE(tx->accounts().Create(Owner()));
  }
  auto read = Read();
  EXPECT_THAT(read->accounts().FindByUsername("sabine"),
              HasError(ErrorCode::kNotFound));
}

TEST_P(AccountsConformanceTest, OneCalendarFeedPerAccountFoundByItsHash) {
  auto tx = Write();
  KNOTEN_ASSERT_OK_AND_ASSIGN(AccountId id, tx->accounts().Create(Owner()));
  EXPECT_THAT(tx->accounts().FindFeed("h1"), HasError(ErrorCode::kNotFound));
  ASSERT_THAT(tx->accounts().PutFeed(id, "h1", Timestamp::FromUnixSeconds(5)),
              IsOk());
  EXPECT_THAT(tx->accounts().FindFeed("h1"), IsOkAndHolds(id));
  // A new one replaces the old.
  ASSERT_THAT(tx->accounts().PutFeed(id, "h2", Timestamp::FromUnixSeconds(6)),
              IsOk());
  EXPECT_THAT(tx->accounts().FindFeed("h1"), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(tx->accounts().FindFeed("h2"), IsOkAndHolds(id));
  ASSERT_THAT(tx->accounts().RemoveFeed(id), IsOk());
  EXPECT_THAT(tx->accounts().FindFeed("h2"), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(tx->accounts().RemoveFeed(id), IsOk());
  EXPECT_THAT(tx->accounts().PutFeed(AccountId(id.value() + 1), "h3",
                                     Timestamp::FromUnixSeconds(7)),
              HasError(ErrorCode::kNotFound));
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountsConformanceTest,
                         ::testing::ValuesIn(AllBackends()), BackendName);

}  // namespace
}  // namespace knoten::store
