// The restore's inserts (TableStore::Insert) set the plain indexes aside
// and FinishInserts makes them again: afterwards the schema is the one a new
// database has, and a restore that fails leaves it untouched. References are
// counted while the rows go in: a row may come before the row it refers to,
// and FinishInserts names the first row whose reference stays unmet.

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

using Indexes = std::vector<std::pair<std::string, std::string>>;

Indexes IndexesOf(const std::string& path) {
  SQLite::Database db(path);
  SQLite::Statement select(db,
                           "SELECT name, coalesce(sql, '') FROM sqlite_schema "
                           "WHERE type = 'index' ORDER BY name");
  Indexes out;
  while (select.executeStep()) {
    out.emplace_back(select.getColumn(0).getString(),
                     select.getColumn(1).getString());
  }
  return out;
}

// Inserts one person, then finishes (or not) and commits (or not).
void Restore(const std::string& path, bool finish) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto store, OpenSqliteStore({.path = path}));
  auto tx = store->Begin(TransactionMode::kWrite);
  ASSERT_THAT(tx, IsOk());
  const std::vector<std::string> columns = {"id", "display_name", "created_at",
                                            "updated_at"};
  const std::vector<Cell> cells = {int64_t{1}, std::string("Anna"), int64_t{1},
                                   int64_t{1}};
  ASSERT_THAT((*tx)->tables().Insert("person", columns, cells), IsOk());
  if (!finish) return;  // dropped: rolled back
  ASSERT_THAT((*tx)->tables().FinishInserts(), IsOk());
  ASSERT_THAT((*tx)->Commit(), IsOk());
}

TEST(RestoreIndexesTest, TheIndexesAreThoseOfANewDatabaseAfterwards) {
  TempDir dir;
  const std::string fresh = dir.File("fresh.db");
  { KNOTEN_ASSERT_OK_AND_ASSIGN(auto store, OpenSqliteStore({.path = fresh})); }
  const Indexes expected = IndexesOf(fresh);
  ASSERT_GT(expected.size(), 20U);

  for (const bool finish : {false, true}) {
    SCOPED_TRACE(finish ? "finished" : "given up");
    const std::string path = dir.File(finish ? "done.db" : "failed.db");
    Restore(path, finish);
    EXPECT_EQ(IndexesOf(path), expected);
  }
  SQLite::Database done(dir.File("done.db"));
  EXPECT_EQ(done.execAndGet("PRAGMA integrity_check").getString(), "ok");
  EXPECT_EQ(done.execAndGet("SELECT count(*) FROM person").getInt(), 1);
}

// Inserts a tag of person 1 and then, if `with_person`, person 1.
Status RestoreTagThenPerson(const std::string& path, bool with_person) {
  KNOTEN_ASSIGN_OR_RETURN(auto store, OpenSqliteStore({.path = path}));
  KNOTEN_ASSIGN_OR_RETURN(auto tx, store->Begin(TransactionMode::kWrite));
  const std::vector<std::string> tag_columns = {"person_id", "position", "tag"};
  const std::vector<Cell> tag = {int64_t{1}, int64_t{0}, std::string("IT")};
  KNOTEN_RETURN_IF_ERROR(tx->tables().Insert("person_tag", tag_columns, tag));
  if (with_person) {
    const std::vector<std::string> columns = {"id", "display_name",
                                              "created_at", "updated_at"};
    const std::vector<Cell> person = {int64_t{1}, std::string("Anna"),
                                      int64_t{1}, int64_t{1}};
    KNOTEN_RETURN_IF_ERROR(tx->tables().Insert("person", columns, person));
  }
  KNOTEN_RETURN_IF_ERROR(tx->tables().FinishInserts());
  return tx->Commit();
}

TEST(RestoreIndexesTest, AReferenceMayComeFirstButMustBeMetInTheEnd) {
  TempDir dir;
  EXPECT_THAT(RestoreTagThenPerson(dir.File("met.db"), true), IsOk());
  SQLite::Database met(dir.File("met.db"));
  EXPECT_EQ(met.execAndGet("SELECT count(*) FROM person_tag").getInt(), 1);

  EXPECT_THAT(
      RestoreTagThenPerson(dir.File("unmet.db"), false),
      HasError(ErrorCode::kFailedPrecondition,
               ::testing::HasSubstr("A row of 'person_tag' (row id 1) refers "
                                    "in 'person_id' to a row of 'person'")));
  SQLite::Database unmet(dir.File("unmet.db"));
  EXPECT_EQ(unmet.execAndGet("SELECT count(*) FROM person_tag").getInt(), 0);
}

}  // namespace
}  // namespace knoten::store
