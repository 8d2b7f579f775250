// Conformance: transactions are atomic; uncommitted work disappears.

#include <gtest/gtest.h>

#include "store/conformance_fixture.h"
#include "testing/status_matchers.h"

namespace knoten::store {
namespace {

class TransactionConformanceTest : public StoreConformanceTest {};

int64_t CountPeople(Store& store) {
  auto tx = store.Begin(TransactionMode::kRead);
  if (!tx) return -1;
  auto page = (*tx)->people().List({.include_archived = true}, {});
  return page ? page->total : -1;
}

TEST_P(TransactionConformanceTest, UncommittedWorkIsRolledBack) {
  {
    auto tx = Write();
    core::Person p;
    p.display_name = "Anna";
    ASSERT_THAT(tx->people().Create(p), IsOk());
  }  // destroyed without Commit
  EXPECT_EQ(CountPeople(*store_), 0);
}

TEST_P(TransactionConformanceTest, FailedStepLeavesNothingWhenNotCommitted) {
  {
    auto tx = Write();
    core::Person p;
    p.display_name = "Anna";
    KNOTEN_ASSERT_OK_AND_ASSIGN(PersonId anna, tx->people().Create(p));
    core::LedgerEntry entry;
    entry.person_id = PersonId(anna.value() + 100);  // does not exist
    EXPECT_THAT(tx->ledger().Create(entry), HasError(ErrorCode::kNotFound));
    // The caller (app) abandons the transaction on the first error.
  }
  EXPECT_EQ(CountPeople(*store_), 0);
}

TEST_P(TransactionConformanceTest, CommittedWorkIsVisibleAndCommitIsOnce) {
  auto tx = Write();
  core::Person p;
  p.display_name = "Anna";
  ASSERT_THAT(tx->people().Create(p), IsOk());
  ASSERT_THAT(tx->Commit(), IsOk());
  EXPECT_THAT(tx->Commit(), HasError(ErrorCode::kInternal));
  tx.reset();
  EXPECT_EQ(CountPeople(*store_), 1);
}

TEST_P(TransactionConformanceTest, SequentialTransactions) {
  for (int i = 0; i < 3; ++i) AddPerson("P" + std::to_string(i));
  EXPECT_EQ(CountPeople(*store_), 3);
}

INSTANTIATE_TEST_SUITE_P(Backends, TransactionConformanceTest,
                         ::testing::ValuesIn(AllBackends()), BackendName);

}  // namespace
}  // namespace knoten::store
