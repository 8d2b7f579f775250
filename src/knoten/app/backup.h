// BackupDatabase: a consistent copy of the whole database in one file
// (store::Store::CopyTo), written beside the target under a temporary name,
// flushed to disk and renamed over it, so that the target is either the old
// file or the whole new backup, never half of one. Safe while `knoten
// serve` runs on the same database.
//
// Thread-safety: as the store.

#ifndef KNOTEN_APP_BACKUP_H_
#define KNOTEN_APP_BACKUP_H_

#include <cstdint>
#include <string>

#include "knoten/app/context.h"

namespace knoten::app {

struct BackupWritten {
  std::string path;
  uint64_t bytes = 0;
};

// kInvalidArgument when `path`'s folder does not exist; kUnavailable when
// the backup cannot be written (the message says why).
Result<BackupWritten> BackupDatabase(Context& ctx, const std::string& path);

}  // namespace knoten::app

#endif  // KNOTEN_APP_BACKUP_H_
