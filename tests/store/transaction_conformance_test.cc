// Conformance: transactions are atomic; uncommitted work disappears.

#include <chrono>
#include <thread>

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

uint64_t VersionOf(Store& store) {
  auto version = store.Version();
  EXPECT_THAT(version, IsOk());
  return version.value_or(0);
}

TEST_P(TransactionConformanceTest, VersionChangesWhenCommittedDataChanges) {
  const uint64_t start = VersionOf(*store_);
  {
    auto tx = Read();
    ASSERT_THAT(tx->people().List({}, {}), IsOk());
    ASSERT_THAT(tx->Commit(), IsOk());
  }
  {
    auto tx = Write();
    AddPersonIn(*tx, "Rolled back");
  }
  EXPECT_EQ(VersionOf(*store_), start);

  AddPerson("Anna");
  const uint64_t after_write = VersionOf(*store_);
  EXPECT_NE(after_write, start);
  EXPECT_EQ(VersionOf(*store_), after_write);

  // Another store on the same database (another process, for a file):
  // its commit changes the version exactly when this store sees the change.
  KNOTEN_ASSERT_OK_AND_ASSIGN(std::unique_ptr<Store> other,
                              GetParam().open(dir_));
  {
    auto tx = other->Begin(TransactionMode::kWrite);
    ASSERT_THAT(tx, IsOk());
    AddPersonIn(**tx, "Ben");
    ASSERT_THAT((*tx)->Commit(), IsOk());
  }
  const bool shared = CountPeople(*store_) == 2;
  std::this_thread::sleep_for(std::chrono::milliseconds(5));  // see store.h
  EXPECT_EQ(VersionOf(*store_) != after_write, shared);
}

INSTANTIATE_TEST_SUITE_P(Backends, TransactionConformanceTest,
                         ::testing::ValuesIn(AllBackends()), BackendName);

TEST_P(TransactionConformanceTest, ACopyHoldsTheCommittedDataAndNoMore) {
  AddPerson("Anna");
  {
    auto tx = Write();
    AddPersonIn(*tx, "Rolled back");
  }
  const std::string path = dir_.File("copy.db");
  ASSERT_THAT(store_->CopyTo(path), IsOk());
  EXPECT_THAT(store_->CopyTo(path), HasError(ErrorCode::kAlreadyExists));
  auto copy = GetParam().open_copy(path);
  ASSERT_THAT(copy, IsOk());
  EXPECT_EQ(CountPeople(**copy), 1);
  AddPerson("Ben");  // the original goes on; the copy stays as it was
  EXPECT_EQ(CountPeople(**copy), 1);
  EXPECT_EQ(CountPeople(*store_), 2);
}

}  // namespace
}  // namespace knoten::store
