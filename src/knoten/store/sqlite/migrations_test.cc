// Migrations: from an empty database and from every earlier schema version to
// the latest, with data surviving; and refusal of files knoten cannot use.

#include "knoten/store/sqlite/internal/migrations.h"

#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "knoten/store/sqlite/sqlite_store.h"

#include "testing/status_matchers.h"
#include "testing/temp_dir.h"

namespace knoten::store {
namespace {

using sqlite_internal::MigrateTo;
using sqlite_internal::SchemaVersion;

TEST(MigrationsTest, EmbeddedMigrationsAreNumberedWithoutGaps) {
  const int count = sqlite_internal::EmbeddedMigrationCount();
  ASSERT_GE(count, 2);
  for (int i = 0; i < count; ++i) {
    EXPECT_EQ(sqlite_internal::EmbeddedMigrations()[i].version, i + 1);
  }
  EXPECT_EQ(LatestSqliteSchemaVersion(), count);
}

TEST(MigrationsTest, FromEmptyDatabase) {
  TempDir dir;
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto store,
                              OpenSqliteStore({.path = dir.File("k.db")}));
  SQLite::Database db(dir.File("k.db"));
  EXPECT_EQ(*SchemaVersion(db), LatestSqliteSchemaVersion());
  EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "wal");
}

// Creates a database at schema `version` holding one person with an offer
// (when the schema has those tables), then opens it with the current code.
TEST(MigrationsTest, FromEveryEarlierVersionKeepsData) {
  for (int version = 0; version < LatestSqliteSchemaVersion(); ++version) {
    SCOPED_TRACE("from schema version " + std::to_string(version));
    TempDir dir;
    const std::string path = dir.File("old.db");
    {
      SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      ASSERT_THAT(MigrateTo(db, version), IsOk());
      ASSERT_EQ(*SchemaVersion(db), version);
      if (version >= 1) {
        db.exec(
            "INSERT INTO person(id, display_name, organisation, created_at, "
            "updated_at) VALUES (7, 'Anna Schmidt', 'Presseküche', 0, 0);"
            "INSERT INTO offer(person_id, title, lang, created_at) VALUES "
            "(7, 'Pressearbeit für Gründerinnen', 'de', 0);");
      }
      if (version >= 2) {
        // From version 2 on, the store keeps the search rows; do as it does.
        db.exec(
            "INSERT INTO person_search(rowid, body) SELECT person_id, body "
            "FROM person_search_source WHERE person_id = 7;");
      }
    }
    KNOTEN_ASSERT_OK_AND_ASSIGN(auto store, OpenSqliteStore({.path = path}));
    KNOTEN_ASSERT_OK_AND_ASSIGN(auto tx, store->Begin(TransactionMode::kRead));
    if (version >= 1) {
      KNOTEN_ASSERT_OK_AND_ASSIGN(core::Person anna,
                                  tx->people().Get(PersonId(7)));
      EXPECT_EQ(anna.display_name, "Anna Schmidt");
      KNOTEN_ASSERT_OK_AND_ASSIGN(auto found,
                                  tx->people().Search("pressearbeit", {}));
      ASSERT_EQ(found.items.size(), 1U);
      EXPECT_EQ(found.items[0], PersonId(7));
    }
    KNOTEN_ASSERT_OK_AND_ASSIGN(auto all, tx->people().List({}, {}));
    EXPECT_EQ(all.total, version >= 1 ? 1 : 0);
  }
}

TEST(MigrationsTest, RefusesNewerSchema) {
  TempDir dir;
  const std::string path = dir.File("new.db");
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA user_version = " +
            std::to_string(LatestSqliteSchemaVersion() + 1));
  }
  auto store = OpenSqliteStore({.path = path});
  ASSERT_THAT(store, HasError(ErrorCode::kUnavailable));
  EXPECT_NE(store.error().message.find("newer"), std::string::npos);
}

TEST(MigrationsTest, RefusesFilesThatAreNotDatabases) {
  TempDir dir;
  const std::string path = dir.File("notes.txt");
  std::ofstream(path) << "this is not a database, just some text......"
                      << std::string(200, 'x');
  EXPECT_THAT(OpenSqliteStore({.path = path}),
              HasError(ErrorCode::kUnavailable));
  EXPECT_THAT(OpenSqliteStore({.path = dir.path().string()}),
              HasError(ErrorCode::kUnavailable));
  EXPECT_THAT(OpenSqliteStore({.path = dir.File("missing/sub/k.db")}),
              HasError(ErrorCode::kUnavailable));
  EXPECT_THAT(OpenSqliteStore(
                  {.path = dir.File("absent.db"), .create_if_missing = false}),
              HasError(ErrorCode::kUnavailable));
}

}  // namespace
}  // namespace knoten::store
