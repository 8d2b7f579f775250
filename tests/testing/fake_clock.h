// FakeClock: a Clock for tests that stands still until told to move.

#ifndef KNOTEN_TESTS_TESTING_FAKE_CLOCK_H_
#define KNOTEN_TESTS_TESTING_FAKE_CLOCK_H_

#include <atomic>
#include <cstdint>

#include "knoten/base/clock.h"

namespace knoten {

class FakeClock final : public Clock {
 public:
  explicit FakeClock(Timestamp start) : seconds_(start.unix_seconds()) {}

  Timestamp Now() const override {
    return Timestamp::FromUnixSeconds(seconds_.load());
  }
  void Advance(int64_t seconds) { seconds_ += seconds; }
  void Set(Timestamp t) { seconds_ = t.unix_seconds(); }

 private:
  std::atomic<int64_t> seconds_;
};

}  // namespace knoten

#endif  // KNOTEN_TESTS_TESTING_FAKE_CLOCK_H_
