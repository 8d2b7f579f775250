// The JSON backup's use cases, free of JSON: ExportBackup hands every table
// of the database (store/table_store.h) to a BackupWriter in one read
// transaction, a consistent snapshot; RestoreBackup takes the rows a
// BackupReader reads and puts them into an empty database in one write
// transaction, so that a failure leaves it empty. The file format is
// json/backup_file.h; docs/interop.md describes it for users.
//
// Left out, as TableStore leaves them out: password hashes (a restored
// account needs `knoten password`) and the search index (rebuilt). Sessions
// and feed tokens are never stored with the data.
//
// Thread-safety: as the store.

#ifndef KNOTEN_APP_BACKUP_DATA_H_
#define KNOTEN_APP_BACKUP_DATA_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "knoten/app/context.h"
#include "knoten/base/time.h"
#include "knoten/store/table_store.h"

namespace knoten::app {

// The backup file format's version this knoten writes and reads.
inline constexpr int kBackupVersion = 1;

struct BackupHeader {
  int version = kBackupVersion;
  int schema_version = 0;  // of the database the backup was taken from
  Timestamp exported_at;
};

// Receives a backup in this order: Begin, then for each table Table and its
// rows, then End. An error ends the export and is returned by it.
class BackupWriter {
 public:
  BackupWriter() = default;
  BackupWriter(const BackupWriter&) = delete;
  BackupWriter& operator=(const BackupWriter&) = delete;
  virtual ~BackupWriter() = default;

  virtual Status Begin(const BackupHeader& header) = 0;
  virtual Status Table(const store::TableShape& table) = 0;
  // One cell per column of the last Table's shape.
  virtual Status Row(std::span<const store::Cell> row) = 0;
  virtual Status End() = 0;
};

// Receives what a backup file holds; RestoreBackup's side of a reader.
class BackupRowSink {
 public:
  BackupRowSink() = default;
  BackupRowSink(const BackupRowSink&) = delete;
  BackupRowSink& operator=(const BackupRowSink&) = delete;
  virtual ~BackupRowSink() = default;

  // The file's header, before any row. Refuses versions it cannot read.
  virtual Status Begin(const BackupHeader& header) = 0;
  virtual Status Row(std::string_view table,
                     std::span<const std::string> columns,
                     std::span<const store::Cell> cells) = 0;
};

// Reads a backup file into `sink`: Begin once, then Row for each row.
// Returns the sink's first error or the file's first fault, each with the
// place in the file (kInvalidArgument for a malformed file).
using BackupReader = std::function<Status(BackupRowSink& sink)>;

struct BackupCounts {
  int64_t rows = 0;
  int64_t people = 0;
};

// Writes the whole database into `writer`. `progress`, if given, is called
// now and then with the rows written and the rows there are in all.
Result<BackupCounts> ExportBackup(
    Context& ctx, BackupWriter& writer,
    const std::function<void(int64_t written, int64_t total)>& progress = {});

// Restores the backup `read` reads into the database, which must be empty
// (kFailedPrecondition otherwise: a backup is never merged).
// kInvalidArgument for a malformed backup or one written by a newer knoten
// (the message says which); kFailedPrecondition for rows that break the
// data's rules or refer to rows that are not there. All or nothing.
Result<BackupCounts> RestoreBackup(Context& ctx, const BackupReader& read);

}  // namespace knoten::app

#endif  // KNOTEN_APP_BACKUP_DATA_H_
