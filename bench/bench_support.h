// What the benchmarks share: the size from KNOTEN_BENCH_PEOPLE, a fixed
// clock so that runs compare, a scratch folder removed at exit, and OrDie
// for results a benchmark cannot go on without.

#ifndef KNOTEN_BENCH_BENCH_SUPPORT_H_
#define KNOTEN_BENCH_BENCH_SUPPORT_H_

#include <malloc.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <utility>

#include "knoten/base/clock.h"
#include "knoten/base/result.h"

namespace knoten::bench {

// KNOTEN_BENCH_PEOPLE, or 100000.
inline int64_t PeopleCount() {
  // Read while the benchmark runs single-threaded.
  const char* env =
      std::getenv("KNOTEN_BENCH_PEOPLE");  // NOLINT(concurrency-mt-unsafe)
  return env != nullptr ? std::atoll(env) : 100'000;
}

class FixedClock final : public Clock {
 public:
  Timestamp Now() const override {
    return Timestamp::FromUnixSeconds(1'790'000'000);  // 2026-09-21
  }
};

inline const FixedClock& BenchClock() {
  static const FixedClock clock;
  return clock;
}

// A scratch directory for the whole run, removed at exit.
inline const std::filesystem::path& ScratchDir() {
  static const std::filesystem::path dir = [] {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "knoten-bench-XXXXXX")
            .string();
    if (mkdtemp(pattern.data()) == nullptr) {
      std::perror("mkdtemp");
      std::abort();
    }
    std::atexit([] { std::filesystem::remove_all(ScratchDir()); });
    return std::filesystem::path(pattern);
  }();
  return dir;
}

// A field of /proc/self/status in MiB ("VmRSS", "VmHWM").
inline double StatusMiB(std::string_view field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with(field) && line.size() > field.size() &&
        line[field.size()] == ':') {
      return std::stod(line.substr(field.size() + 1)) / 1024.0;  // kB
    }
  }
  return 0;
}

// The bytes the allocator has handed out and not had back, in MiB: what
// the live objects take, whatever the allocator keeps resident besides.
inline double HeapInUseMiB() {
  const struct mallinfo2 info = mallinfo2();
  return static_cast<double>(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

template <typename T>
T OrDie(Result<T> result) {
  if (!result) {
    std::fprintf(stderr, "bench: %s\n", result.error().message.c_str());
    std::abort();
  }
  return std::move(result).value();
}

}  // namespace knoten::bench

#endif  // KNOTEN_BENCH_BENCH_SUPPORT_H_
