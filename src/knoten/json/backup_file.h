// The JSON backup file (`knoten export --format json`, `knoten restore`):
//
//   {
//     "format": "knoten-backup",
//     "version": 1,
//     "schema_version": 6,
//     "exported_at": "2026-12-07T10:00:00Z",
//     "data": {
//       "person": [
//         {"id": 1, "given_name": "Anna", ..., "rhythm_days": null},
//         ...
//       ],
//       ...
//     }
//   }
//
// "data" holds every table of app/backup_data.h by its name, each row an
// object of the table's columns on a line of its own, in the order of the
// table's key: the same database always gives the same text, apart from
// "exported_at". The header's fields come before "data", so that a reader
// knows the version before the first row. Written and read a piece at a
// time: neither side holds the whole file.

#ifndef KNOTEN_JSON_BACKUP_FILE_H_
#define KNOTEN_JSON_BACKUP_FILE_H_

#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <string_view>

#include "knoten/app/backup_data.h"

namespace knoten::json {

inline constexpr std::string_view kBackupFormat = "knoten-backup";

// Writes the backup as JSON text, handed to `write` in pieces of about
// 64 KiB; the writer's calls return `write`'s first error.
std::unique_ptr<app::BackupWriter> NewJsonBackupWriter(
    std::function<Status(std::string_view piece)> write);

// Reads a JSON backup from `in` into `sink` (an app::BackupReader's work).
// A malformed file is kInvalidArgument naming the line; an error of the
// sink is returned with the line of the row it refused. `progress`, if
// given, is called now and then with the bytes read so far.
Status ReadJsonBackup(std::istream& in, app::BackupRowSink& sink,
                      const std::function<void(uint64_t bytes)>& progress = {});

}  // namespace knoten::json

#endif  // KNOTEN_JSON_BACKUP_FILE_H_
