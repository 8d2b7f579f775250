#include "testing/temp_dir.h"

#include <cstdlib>
#include <string>
#include <system_error>

#include "knoten/base/check.h"

namespace knoten {

TempDir::TempDir() {
  std::string pattern =
      (std::filesystem::temp_directory_path() / "knoten-test-XXXXXX").string();
  KNOTEN_CHECK(mkdtemp(pattern.data()) != nullptr);
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string TempDir::File(const std::string& name) const {
  return (path_ / name).string();
}

}  // namespace knoten
