#include "knoten/app/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <string>
#include <system_error>
#include <utility>

namespace knoten::app {
namespace {

namespace fs = std::filesystem;

std::string ErrnoText(int error) {
  return std::error_code(error, std::generic_category()).message();
}

// Flushes the file or folder at `path` to disk.
Status Sync(const std::string& path, bool folder) {
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-vararg)
  const int fd =
      ::open(path.c_str(), folder ? O_RDONLY | O_DIRECTORY : O_RDONLY);
  if (fd < 0) {
    return UnavailableError("Cannot open '" + path +
                            "' to flush it: " + ErrnoText(errno));
  }
  const int synced = ::fsync(fd);
  const int error = errno;
  ::close(fd);
  if (synced != 0) {
    return UnavailableError("Cannot flush '" + path +
                            "' to disk: " + ErrnoText(error));
  }
  return OkStatus();
}

// Flushes `partial` (a file or a folder), renames it to `target` (then
// `done` is set) and flushes the folder that holds it.
Status Publish(const std::string& partial, const std::string& target,
               bool folder, bool& done) {
  KNOTEN_RETURN_IF_ERROR(Sync(partial, folder));
  std::error_code error;
  fs::rename(partial, target, error);
  if (error) {
    return UnavailableError("Cannot rename '" + partial + "' to '" + target +
                            "': " + error.message());
  }
  done = true;
  return Sync(fs::path(target).parent_path().string(), true);
}

}  // namespace

Result<AtomicFile> AtomicFile::Begin(const std::string& target) {
  const fs::path path = fs::absolute(target);
  const fs::path folder = path.parent_path();
  std::error_code error;
  if (!fs::is_directory(folder, error)) {
    return InvalidArgumentError("The folder '" + folder.string() +
                                "' does not exist; create it first.");
  }
  if (fs::is_directory(path, error)) {
    return InvalidArgumentError("'" + path.string() +
                                "' is a folder; give the name of a file.");
  }
  const fs::path partial = folder / ("." + path.filename().string() +
                                     ".partial-" + std::to_string(::getpid()));
  fs::remove(partial, error);  // left over by a writer of this pid, killed
  return AtomicFile(path.string(), partial.string());
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : target_(std::move(other.target_)),
      partial_(std::move(other.partial_)),
      file_(std::exchange(other.file_, nullptr)),
      done_(std::exchange(other.done_, true)) {}

AtomicFile::~AtomicFile() {
  if (file_ != nullptr) std::fclose(file_);
  if (done_) return;
  std::error_code error;
  fs::remove(partial_, error);
}

Status AtomicFile::Append(std::string_view bytes) {
  if (file_ == nullptr) {
    file_ = std::fopen(partial_.c_str(), "wbx");
    if (file_ == nullptr) {
      return UnavailableError("Cannot create '" + partial_ +
                              "': " + ErrnoText(errno));
    }
  }
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
    return UnavailableError("Cannot write '" + partial_ +
                            "': " + ErrnoText(errno));
  }
  return OkStatus();
}

Status AtomicFile::Commit() {
  if (file_ != nullptr) {
    const int closed = std::fclose(file_);
    file_ = nullptr;
    if (closed != 0) {
      return UnavailableError("Cannot write '" + partial_ +
                              "': " + ErrnoText(errno));
    }
  } else if (std::error_code error; !fs::exists(partial_, error)) {
    KNOTEN_RETURN_IF_ERROR(Append(""));  // an empty file
    return Commit();
  }
  return Publish(partial_, target_, /*folder=*/false, done_);
}

Result<AtomicFolder> AtomicFolder::Begin(const std::string& target) {
  const fs::path path = fs::absolute(target).lexically_normal();
  const fs::path parent = path.has_filename()
                              ? path.parent_path()
                              : path.parent_path().parent_path();
  const fs::path name =
      path.has_filename() ? path.filename() : path.parent_path().filename();
  std::error_code error;
  if (!fs::is_directory(parent, error)) {
    return InvalidArgumentError("The folder '" + parent.string() +
                                "' does not exist; create it first.");
  }
  const fs::path folder = parent / name;
  if (fs::exists(fs::symlink_status(folder, error))) {
    return InvalidArgumentError("'" + folder.string() +
                                "' exists already; give a new folder.");
  }
  const fs::path partial =
      parent / ("." + name.string() + ".partial-" + std::to_string(::getpid()));
  fs::remove_all(partial, error);  // left over by a writer of this pid, killed
  if (!fs::create_directory(partial, error) || error) {
    return UnavailableError("Cannot create the folder '" + partial.string() +
                            "': " + error.message());
  }
  return AtomicFolder(folder.string(), partial.string());
}

AtomicFolder::AtomicFolder(AtomicFolder&& other) noexcept
    : target_(std::move(other.target_)),
      partial_(std::move(other.partial_)),
      done_(std::exchange(other.done_, true)) {}

AtomicFolder::~AtomicFolder() {
  if (done_) return;
  std::error_code error;
  fs::remove_all(partial_, error);
}

Status AtomicFolder::Write(const std::string& name, std::string_view bytes) {
  const std::string path = (fs::path(partial_) / name).string();
  std::FILE* file = std::fopen(path.c_str(), "wbx");
  if (file == nullptr) {
    return UnavailableError("Cannot create '" + path +
                            "': " + ErrnoText(errno));
  }
  const bool written =
      std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
  const int error = errno;
  if (std::fclose(file) != 0 || !written) {
    return UnavailableError("Cannot write '" + path +
                            "': " + ErrnoText(written ? errno : error));
  }
  return Sync(path, false);
}

Status AtomicFolder::Commit() {
  return Publish(partial_, target_, /*folder=*/true, done_);
}

}  // namespace knoten::app
