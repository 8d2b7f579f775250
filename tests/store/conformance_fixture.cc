#include "store/conformance_fixture.h"

#include <vector>

#include "knoten/store/sqlite/sqlite_store.h"

#include "testing/status_matchers.h"

namespace knoten::store {

namespace {

Result<std::unique_ptr<Store>> OpenSqliteCopy(const std::string& path) {
  return OpenSqliteStore({.path = path, .create_if_missing = false});
}

}  // namespace

const std::vector<Backend>& AllBackends() {
  static const std::vector<Backend> backends = {
      {"sqlite_file",
       [](const TempDir& dir) {
         return OpenSqliteStore({.path = dir.File("knoten.db")});
       },
       OpenSqliteCopy},
      {"sqlite_file_unmapped",
       [](const TempDir& dir) {
         return OpenSqliteStore(
             {.path = dir.File("knoten.db"), .memory_map = false});
       },
       OpenSqliteCopy},
      {"sqlite_memory",
       [](const TempDir&) { return OpenSqliteStore({.path = ":memory:"}); },
       OpenSqliteCopy},
  };
  return backends;
}

std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param.name;
}

void StoreConformanceTest::SetUp() {
  auto opened = GetParam().open(dir_);
  ASSERT_THAT(opened, IsOk());
  store_ = std::move(opened).value();
}

std::unique_ptr<Transaction> StoreConformanceTest::Write() {
  auto tx = store_->Begin(TransactionMode::kWrite);
  EXPECT_THAT(tx, IsOk());
  return tx ? std::move(tx).value() : nullptr;
}

std::unique_ptr<Transaction> StoreConformanceTest::Read() {
  auto tx = store_->Begin(TransactionMode::kRead);
  EXPECT_THAT(tx, IsOk());
  return tx ? std::move(tx).value() : nullptr;
}

PersonId StoreConformanceTest::AddPerson(const std::string& name,
                                         const std::string& notes) {
  auto tx = Write();
  const PersonId id = AddPersonIn(*tx, name, notes);
  EXPECT_THAT(tx->Commit(), IsOk());
  return id;
}

PersonId StoreConformanceTest::AddPersonIn(Transaction& tx,
                                           const std::string& name,
                                           const std::string& notes) {
  core::Person p;
  p.display_name = name;
  p.notes = notes;
  auto id = tx.people().Create(p);
  EXPECT_THAT(id, IsOk());
  return id.value_or(PersonId());
}

NetworkId StoreConformanceTest::AddNetwork(const std::string& name) {
  auto tx = Write();
  core::Network n;
  n.name = name;
  auto id = tx->networks().Create(n);
  EXPECT_THAT(id, IsOk());
  EXPECT_THAT(tx->Commit(), IsOk());
  return id.value_or(NetworkId());
}

}  // namespace knoten::store
