// TempDir: a fresh directory under $TMPDIR, removed with everything in it
// when the object dies. Keeps tests hermetic.

#ifndef KNOTEN_TESTS_TESTING_TEMP_DIR_H_
#define KNOTEN_TESTS_TESTING_TEMP_DIR_H_

#include <filesystem>
#include <string>

namespace knoten {

class TempDir {
 public:
  TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir();

  const std::filesystem::path& path() const { return path_; }
  // Returns path()/name as a string.
  std::string File(const std::string& name) const;

 private:
  std::filesystem::path path_;
};

}  // namespace knoten

#endif  // KNOTEN_TESTS_TESTING_TEMP_DIR_H_
