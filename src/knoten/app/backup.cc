#include "knoten/app/backup.h"

#include <filesystem>
#include <string>
#include <system_error>

#include "knoten/app/atomic_file.h"

namespace knoten::app {

Result<BackupWritten> BackupDatabase(Context& ctx, const std::string& path) {
  KNOTEN_ASSIGN_OR_RETURN(AtomicFile file, AtomicFile::Begin(path));
  KNOTEN_RETURN_IF_ERROR(ctx.store.CopyTo(file.partial()));
  KNOTEN_RETURN_IF_ERROR(file.Commit());
  std::error_code error;
  return BackupWritten{
      .path = file.target(),
      .bytes = std::filesystem::file_size(file.target(), error)};
}

}  // namespace knoten::app
