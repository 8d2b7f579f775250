// AtomicFile: a file that appears whole or not at all. It is written beside
// its target under a hidden temporary name; Commit flushes it to disk,
// renames it over the target and flushes the folder. Dropped without
// Commit, the temporary file is removed and the target left as it was.
//
// Thread-safety: one thread at a time.

#ifndef KNOTEN_APP_ATOMIC_FILE_H_
#define KNOTEN_APP_ATOMIC_FILE_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "knoten/base/result.h"

namespace knoten::app {

class AtomicFile {
 public:
  // kInvalidArgument when `target`'s folder does not exist.
  static Result<AtomicFile> Begin(const std::string& target);

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  const std::string& target() const { return target_; }
  // Where the content goes until Commit: write it with Append, or let
  // another writer create the file there (it does not exist yet).
  const std::string& partial() const { return partial_; }

  // Appends to the partial file (created on the first call).
  Status Append(std::string_view bytes);
  // Makes the partial file the target; after it, the object is done.
  Status Commit();

 private:
  AtomicFile(std::string target, std::string partial)
      : target_(std::move(target)), partial_(std::move(partial)) {}

  std::string target_;
  std::string partial_;
  std::FILE* file_ = nullptr;
  bool done_ = false;
};

// A new folder of files that appears whole or not at all: the files are
// written into a partial folder beside the target, each flushed to disk,
// and the folder is renamed to the target on Commit (then the parent
// folder is flushed). Dropped without Commit, the partial folder goes.
class AtomicFolder {
 public:
  // kInvalidArgument when `target` exists already or its parent folder
  // does not; kUnavailable when the partial folder cannot be made.
  static Result<AtomicFolder> Begin(const std::string& target);

  AtomicFolder(AtomicFolder&& other) noexcept;
  AtomicFolder& operator=(AtomicFolder&&) = delete;
  AtomicFolder(const AtomicFolder&) = delete;
  AtomicFolder& operator=(const AtomicFolder&) = delete;
  ~AtomicFolder();

  const std::string& target() const { return target_; }

  // Writes the file `name` (a plain file name, no folders) into the folder.
  Status Write(const std::string& name, std::string_view bytes);
  // Makes the partial folder the target; after it, the object is done.
  Status Commit();

 private:
  AtomicFolder(std::string target, std::string partial)
      : target_(std::move(target)), partial_(std::move(partial)) {}

  std::string target_;
  std::string partial_;
  bool done_ = false;
};

}  // namespace knoten::app

#endif  // KNOTEN_APP_ATOMIC_FILE_H_
