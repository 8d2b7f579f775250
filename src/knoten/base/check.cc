#include "knoten/base/check.h"

#include <cstdio>
#include <cstdlib>

namespace knoten::internal {

void CheckFailed(const char* condition, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: KNOTEN_CHECK failed: %s\n", file, line,
               condition);
  std::abort();
}

}  // namespace knoten::internal
