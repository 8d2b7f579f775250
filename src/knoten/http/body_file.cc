#include "knoten/http/body_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <system_error>
#include <utility>
#include <vector>

namespace knoten::http {
namespace {

constexpr size_t kBlock = size_t{64} * 1024;

// $TMPDIR, or /tmp.
std::string TempDirectory() {
  std::error_code error;
  std::filesystem::path dir = std::filesystem::temp_directory_path(error);
  return error ? "/tmp" : dir.string();
}

Error FileError(const std::string& what) {
  return InternalError(
      what + ": " + std::error_code(errno, std::generic_category()).message() +
      ".");
}

}  // namespace

Result<std::unique_ptr<BodyFile>> BodyFile::Create(
    const std::string& directory) {
  const std::string dir = directory.empty() ? TempDirectory() : directory;
  // A file without a name where the file system offers one (O_TMPFILE);
  // elsewhere a named one, removed at once.
  int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0) {
    std::string name = dir + "/knoten-body-XXXXXX";
    std::vector<char> path(name.begin(), name.end());
    path.push_back('\0');
    fd = ::mkostemp(path.data(), O_CLOEXEC);
    if (fd < 0) {
      return FileError("Cannot make a temporary file in '" + dir + "'");
    }
    ::unlink(path.data());
  }
  return std::unique_ptr<BodyFile>(new BodyFile(fd));
}

BodyFile::~BodyFile() { ::close(fd_); }

Status BodyFile::Append(std::string_view piece) {
  pending_.append(piece);
  if (pending_.size() >= kBlock) return Flush();
  return OkStatus();
}

Status BodyFile::Finish() {
  KNOTEN_RETURN_IF_ERROR(Flush());
  pending_ = std::string();  // its capacity too
  return OkStatus();
}

Status BodyFile::Flush() {
  std::string_view rest = pending_;
  while (!rest.empty()) {
    const ssize_t wrote = ::write(fd_, rest.data(), rest.size());
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) return FileError("Cannot write the response to a file");
    rest.remove_prefix(static_cast<size_t>(wrote));
    size_ += static_cast<uint64_t>(wrote);
  }
  pending_.clear();
  return OkStatus();
}

Result<size_t> BodyFile::ReadAt(uint64_t offset, std::span<char> out) const {
  while (true) {
    const ssize_t got =
        ::pread(fd_, out.data(), out.size(), static_cast<off_t>(offset));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return FileError("Cannot read the response's file");
    return static_cast<size_t>(got);
  }
}

Result<std::string> BodyFile::ReadAll() const {
  std::string all(size_, '\0');
  size_t done = 0;
  while (done < all.size()) {
    KNOTEN_ASSIGN_OR_RETURN(
        const size_t got,
        ReadAt(done, std::span<char>(all.data() + done, all.size() - done)));
    if (got == 0) return InternalError("The response's file ended early.");
    done += got;
  }
  return all;
}

}  // namespace knoten::http
