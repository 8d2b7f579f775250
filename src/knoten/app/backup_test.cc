// Backups of an in-memory store into temporary folders.

#include "knoten/app/backup.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "knoten/store/sqlite/sqlite_store.h"

#include "testing/app_fixture.h"
#include "testing/status_matchers.h"
#include "testing/temp_dir.h"

namespace knoten::app {
namespace {

class BackupTest : public AppFixture {
 protected:
  TempDir dir_;
};

TEST_F(BackupTest, WritesTheWholeDatabaseAndReplacesAnOlderBackup) {
  Person("Anna");
  const std::string path = dir_.File("knoten-backup.db");
  std::ofstream(path) << "an older backup";
  KNOTEN_ASSERT_OK_AND_ASSIGN(BackupWritten written,
                              BackupDatabase(ctx_, path));
  EXPECT_EQ(written.path, path);
  EXPECT_GT(written.bytes, 0U);
  auto copy =
      store::OpenSqliteStore({.path = path, .create_if_missing = false});
  ASSERT_THAT(copy, IsOk());
  Context copied{**copy, clock_};
  auto people = ListPeople(copied, {}, {});
  ASSERT_THAT(people, IsOk());
  EXPECT_EQ(people->total, 1);
}

TEST_F(BackupTest, RefusesAFolderThatDoesNotExist) {
  EXPECT_THAT(BackupDatabase(ctx_, dir_.File("nowhere/backup.db")),
              HasError(ErrorCode::kInvalidArgument));
}

}  // namespace
}  // namespace knoten::app
