#include "knoten/app/backup.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <string>
#include <system_error>

namespace knoten::app {
namespace {

namespace fs = std::filesystem;

std::string ErrnoText(int error) {
  return std::error_code(error, std::generic_category()).message();
}

// Flushes the file or folder at `path` to disk.
Status Sync(const fs::path& path, bool folder) {
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-vararg)
  const int fd =
      ::open(path.c_str(), folder ? O_RDONLY | O_DIRECTORY : O_RDONLY);
  if (fd < 0) {
    return UnavailableError("Cannot open '" + path.string() +
                            "' to flush it: " + ErrnoText(errno));
  }
  const int synced = ::fsync(fd);
  const int error = errno;
  ::close(fd);
  if (synced != 0) {
    return UnavailableError("Cannot flush '" + path.string() +
                            "' to disk: " + ErrnoText(error));
  }
  return OkStatus();
}

}  // namespace

Result<BackupWritten> BackupDatabase(Context& ctx, const std::string& path) {
  const fs::path target = fs::absolute(path);
  const fs::path folder = target.parent_path();
  std::error_code error;
  if (!fs::is_directory(folder, error)) {
    return InvalidArgumentError("The folder '" + folder.string() +
                                "' does not exist; create it first.");
  }
  const fs::path partial = folder / ("." + target.filename().string() +
                                     ".partial-" + std::to_string(::getpid()));
  fs::remove(partial, error);  // left over by a backup that was killed
  Status written = ctx.store.CopyTo(partial.string());
  if (written) written = Sync(partial, false);
  if (written) {
    fs::rename(partial, target, error);
    if (error) {
      written = UnavailableError("Cannot rename the backup to '" +
                                 target.string() + "': " + error.message());
    }
  }
  if (!written) {
    fs::remove(partial, error);
    return written.error();
  }
  KNOTEN_RETURN_IF_ERROR(Sync(folder, true));
  return BackupWritten{.path = target.string(),
                       .bytes = fs::file_size(target, error)};
}

}  // namespace knoten::app
