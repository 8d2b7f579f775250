// SqliteOptions::memory_map: the file is read through a memory map only
// when asked, as the process's own list of mappings shows (Linux).

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "knoten/store/sqlite/sqlite_store.h"

#include "testing/status_matchers.h"
#include "testing/temp_dir.h"

namespace knoten::store {
namespace {

bool FileIsMapped(const std::string& path) {
  const std::string file = std::filesystem::canonical(path).string();
  std::ifstream maps("/proc/self/maps");
  std::string line;
  while (std::getline(maps, line)) {
    if (line.ends_with(" " + file)) return true;
  }
  return false;
}

TEST(MemoryMapTest, TheFileIsMappedOnlyWhenAsked) {
  for (const bool map : {true, false}) {
    SCOPED_TRACE(map ? "mapped" : "page cache");
    TempDir dir;
    const std::string path = dir.File("k.db");
    {
      // Closing the only connection moves the schema from the WAL into
      // the file, so that there is something in it to read.
      KNOTEN_ASSERT_OK_AND_ASSIGN(auto created,
                                  OpenSqliteStore({.path = path}));
    }
    KNOTEN_ASSERT_OK_AND_ASSIGN(
        auto store, OpenSqliteStore({.path = path, .memory_map = map}));
    KNOTEN_ASSERT_OK_AND_ASSIGN(auto tx, store->Begin(TransactionMode::kRead));
    ASSERT_THAT(tx->people().List({}, {}), IsOk());
    EXPECT_EQ(FileIsMapped(path), map);
  }
}

}  // namespace
}  // namespace knoten::store
