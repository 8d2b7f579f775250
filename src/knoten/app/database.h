// Where the user's database lives and how it is opened.

#ifndef KNOTEN_APP_DATABASE_H_
#define KNOTEN_APP_DATABASE_H_

#include <memory>
#include <string>

#include "knoten/base/result.h"
#include "knoten/store/store.h"

namespace knoten::app {

// $XDG_DATA_HOME/knoten/knoten.db, or ~/.local/share/knoten/knoten.db when
// XDG_DATA_HOME is unset. Returns kFailedPrecondition if neither
// XDG_DATA_HOME nor HOME is set.
Result<std::string> DefaultDatabasePath(const char* xdg_data_home,
                                        const char* home);

// How a process reads the database file. A command maps it: cold reads are
// fastest, and the pages it read leave with the process. A server runs for
// weeks and would keep every page it ever read resident, so it reads
// through SQLite's page cache, bounded at 32 MiB (the kernel's file cache
// keeps the rest of the file at hand). Decision 0007.
enum class DatabaseReads { kMapped, kPageCache };

// How a process writes. Commands and the server share the file through
// SQLite's write-ahead log. `knoten restore` fills a new database in one
// transaction and keeps a rollback journal meanwhile, which writes each new
// page once instead of twice. Decision 0008.
enum class DatabaseWrites { kShared, kFillNew };

// Opens (creating if needed) the SQLite database at `path`. When
// `create_parent` is set, a missing parent directory is created first (used
// for the default location only, never for a path the user typed).
Result<std::unique_ptr<store::Store>> OpenDatabase(
    const std::string& path, bool create_parent,
    DatabaseReads reads = DatabaseReads::kMapped,
    DatabaseWrites writes = DatabaseWrites::kShared);

}  // namespace knoten::app

#endif  // KNOTEN_APP_DATABASE_H_
