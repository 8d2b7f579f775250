// SqliteOptions::fill_new: a connection that fills a new database keeps a
// rollback journal while it is open, all or nothing still holds (also when
// pages went into the file before the transaction ended), the next open
// goes back to the write-ahead log, and a file another connection has open
// stays with the log.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include "knoten/store/sqlite/sqlite_store.h"

#include "testing/status_matchers.h"
#include "testing/temp_dir.h"

namespace knoten::store {
namespace {

std::string JournalMode(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  return db.execAndGet("PRAGMA journal_mode").getString();
}

int People(const std::string& path) {
  SQLite::Database db(path);
  EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
  return db.execAndGet("SELECT count(*) FROM person").getInt();
}

// Inserts `count` people with long names into `store` in one transaction
// and returns it, not committed.
std::unique_ptr<Transaction> Fill(Store& store, int count) {
  auto tx = store.Begin(TransactionMode::kWrite);
  EXPECT_THAT(tx, IsOk());
  if (!tx) return nullptr;
  const std::vector<std::string> columns = {"id", "display_name", "created_at",
                                            "updated_at"};
  for (int64_t id = 1; id <= count; ++id) {
    const std::vector<Cell> cells = {id, std::string(500, 'a'), int64_t{1},
                                     int64_t{1}};
    EXPECT_THAT((*tx)->tables().Insert("person", columns, cells), IsOk());
  }
  EXPECT_THAT((*tx)->tables().FinishInserts(), IsOk());
  return std::move(tx).value();
}

TEST(FillNewTest, KeepsARollbackJournalUntilTheNextOpen) {
  TempDir dir;
  const std::string path = dir.File("k.db");
  {
    KNOTEN_ASSERT_OK_AND_ASSIGN(
        auto store, OpenSqliteStore({.path = path, .fill_new = true}));
    EXPECT_EQ(JournalMode(path), "delete");
    auto tx = Fill(*store, 10);
    ASSERT_NE(tx, nullptr);
    ASSERT_THAT(tx->Commit(), IsOk());
  }
  EXPECT_EQ(People(path), 10);
  { KNOTEN_ASSERT_OK_AND_ASSIGN(auto store, OpenSqliteStore({.path = path})); }
  EXPECT_EQ(JournalMode(path), "wal");
}

TEST(FillNewTest, AFillGivenUpLeavesTheDatabaseEmpty) {
  TempDir dir;
  const std::string path = dir.File("k.db");
  {
    // A page cache of 64 KiB holds a few pages only: most of the 3,000
    // people (1.5 MB) go into the file before the transaction ends.
    KNOTEN_ASSERT_OK_AND_ASSIGN(
        auto store,
        OpenSqliteStore(
            {.path = path, .page_cache_kib = 64, .fill_new = true}));
    auto tx = Fill(*store, 3000);
    ASSERT_NE(tx, nullptr);
    EXPECT_GT(std::filesystem::file_size(path), 1'000'000U);
    EXPECT_TRUE(std::filesystem::exists(path + "-journal"));
  }
  EXPECT_EQ(People(path), 0);
}

TEST(FillNewTest, AFileAnotherConnectionHasOpenStaysWithTheLog) {
  TempDir dir;
  const std::string path = dir.File("k.db");
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto server, OpenSqliteStore({.path = path}));
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      auto filler, OpenSqliteStore({.path = path, .fill_new = true}));
  EXPECT_EQ(JournalMode(path), "wal");
  auto fill = Fill(*filler, 10);
  ASSERT_NE(fill, nullptr);
  ASSERT_THAT(fill->Commit(), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto tx, server->Begin(TransactionMode::kRead));
  KNOTEN_ASSERT_OK_AND_ASSIGN(const int64_t people,
                              tx->tables().CountRows({.name = "person"}));
  EXPECT_EQ(people, 10);
}

}  // namespace
}  // namespace knoten::store
