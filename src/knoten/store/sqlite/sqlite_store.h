// The SQLite backend of store.h: one database file, WAL journal,
// synchronous=FULL, foreign keys on, versioned forward-only migrations that
// are embedded in the binary and applied on open.
//
// Thread-safety: the returned Store may be shared between threads; its
// transactions are serialised (one at a time per Store).

#ifndef KNOTEN_STORE_SQLITE_SQLITE_STORE_H_
#define KNOTEN_STORE_SQLITE_SQLITE_STORE_H_

#include <cstdint>
#include <memory>
#include <string>

#include "knoten/base/result.h"
#include "knoten/store/store.h"

namespace knoten::store {

struct SqliteOptions {
  // A file path, or ":memory:" for a private in-memory database.
  std::string path;
  // Create the file (not its directory) when it does not exist.
  bool create_if_missing = true;
  // Read the file through a memory map of up to 1 GiB (decision 0002):
  // faster cold reads, but every page read stays in the process's resident
  // memory while it runs. Without it, pages are read into SQLite's page
  // cache only (decision 0007: what a long-running server does).
  bool memory_map = true;
  // The most SQLite's page cache holds, in KiB.
  int64_t page_cache_kib = 65536;
  // The connection is about to fill a new database in one transaction
  // (knoten restore): it keeps a rollback journal instead of the
  // write-ahead log while it is open. A rollback journal saves only the
  // pages the file had before; pages added at its end are written once, not
  // twice (into the log, then into the file). All or nothing holds as with
  // the log, and the next open goes back to it. When another connection has
  // the file open, the log stays. Decision 0008.
  bool fill_new = false;
};

// Opens (and if needed creates and migrates) the database at `options.path`.
// Errors: kUnavailable when the file cannot be opened, is not a knoten
// database, is read-only and needs migrating, or was written by a newer
// knoten (its schema version is above LatestSqliteSchemaVersion()).
Result<std::unique_ptr<Store>> OpenSqliteStore(const SqliteOptions& options);

// The schema version this build writes.
int LatestSqliteSchemaVersion();

}  // namespace knoten::store

#endif  // KNOTEN_STORE_SQLITE_SQLITE_STORE_H_
