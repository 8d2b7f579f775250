#include "testing/shared_data.h"

#include <cstdlib>

namespace knoten {

std::string SharedDataDir() {
  // NOLINTNEXTLINE(concurrency-mt-unsafe): read before any thread starts
  if (const char* shared = std::getenv("KNOTEN_SHARED_DIR")) return shared;
  // NOLINTNEXTLINE(concurrency-mt-unsafe)
  const char* source = std::getenv("KNOTEN_SOURCE_DIR");
  return std::string(source != nullptr ? source : ".") + "/../shared";
}

bool InCi() {
  // NOLINTNEXTLINE(concurrency-mt-unsafe)
  const char* ci = std::getenv("CI");
  return ci != nullptr && std::string(ci) == "true";
}

}  // namespace knoten
