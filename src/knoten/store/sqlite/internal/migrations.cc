#include "knoten/store/sqlite/internal/migrations.h"

#include <string>

#include "knoten/store/sqlite/internal/sql.h"

namespace knoten::store::sqlite_internal {

Result<int> SchemaVersion(SQLite::Database& db) {
  return Guard("reading the schema version", [&]() -> Result<int> {
    return db.execAndGet("PRAGMA user_version").getInt();
  });
}

Status MigrateTo(SQLite::Database& db, int target_version) {
  KNOTEN_ASSIGN_OR_RETURN(const int current, SchemaVersion(db));
  if (current > target_version) {
    return UnavailableError(
        "The database has schema version " + std::to_string(current) +
        ", newer than this knoten understands (" +
        std::to_string(target_version) +
        "); upgrade knoten or open another file with --db.");
  }
  const Migration* migrations = EmbeddedMigrations();
  for (int i = 0; i < EmbeddedMigrationCount(); ++i) {
    const Migration& m = migrations[i];
    if (m.version <= current || m.version > target_version) continue;
    KNOTEN_RETURN_IF_ERROR(
        Guard("applying migration " + std::string(m.name), [&]() -> Status {
          SQLite::Transaction transaction(db);
          db.exec(m.sql);
          db.exec("PRAGMA user_version = " + std::to_string(m.version));
          transaction.commit();
          return OkStatus();
        }));
  }
  return OkStatus();
}

}  // namespace knoten::store::sqlite_internal
