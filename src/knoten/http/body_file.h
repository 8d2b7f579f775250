// BodyFile: a response body kept in a file without a name instead of in
// memory. A download as large as the database (the JSON backup of 100k
// people is 240 MB) then costs the server a buffer of 64 KiB, not its size;
// the file is gone once the last reference to it closes, also if the
// server stops.
//
// Thread-safety: Append and Finish by one thread while the body is made;
// after Finish, ReadAt is safe from any thread (pread).

#ifndef KNOTEN_HTTP_BODY_FILE_H_
#define KNOTEN_HTTP_BODY_FILE_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "knoten/base/result.h"

namespace knoten::http {

class BodyFile {
 public:
  // A new, empty body in `directory` (the system's temporary directory,
  // $TMPDIR or /tmp, when empty).
  static Result<std::unique_ptr<BodyFile>> Create(
      const std::string& directory = "");

  BodyFile(const BodyFile&) = delete;
  BodyFile& operator=(const BodyFile&) = delete;
  ~BodyFile();

  // Adds `piece` at the end (written in blocks of 64 KiB).
  Status Append(std::string_view piece);
  // Writes what Append still holds; call once, before the first ReadAt.
  Status Finish();

  // The body's length in bytes, once finished.
  uint64_t size() const { return size_; }

  // Reads up to `out.size()` bytes from `offset` into `out`: the count
  // read, 0 at the end.
  Result<size_t> ReadAt(uint64_t offset, std::span<char> out) const;

  // The whole body (for tests and small bodies).
  Result<std::string> ReadAll() const;

 private:
  explicit BodyFile(int fd) : fd_(fd) {}
  Status Flush();

  int fd_;
  uint64_t size_ = 0;    // written to the file
  std::string pending_;  // appended, not yet written
};

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_BODY_FILE_H_
