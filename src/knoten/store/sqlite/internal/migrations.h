// Versioned, forward-only schema migrations. Migration N turns schema N-1
// into schema N; the database's version is kept in PRAGMA user_version. The
// SQL files in store/sqlite/migrations/ are embedded at build time.

#ifndef KNOTEN_STORE_SQLITE_INTERNAL_MIGRATIONS_H_
#define KNOTEN_STORE_SQLITE_INTERNAL_MIGRATIONS_H_

#include <SQLiteCpp/SQLiteCpp.h>

#include "knoten/base/result.h"

namespace knoten::store::sqlite_internal {

struct Migration {
  int version;
  const char* name;
  const char* sql;
};

// The embedded migrations, ordered by version 1..N without gaps.
const Migration* EmbeddedMigrations();
int EmbeddedMigrationCount();

// Returns the schema version stored in `db` (0 for a new database).
Result<int> SchemaVersion(SQLite::Database& db);

// Applies every migration above the current version up to and including
// `target_version`, each in its own transaction together with the version
// bump. Returns kUnavailable if the database is newer than `target_version`
// allows or cannot be written.
Status MigrateTo(SQLite::Database& db, int target_version);

}  // namespace knoten::store::sqlite_internal

#endif  // KNOTEN_STORE_SQLITE_INTERNAL_MIGRATIONS_H_
