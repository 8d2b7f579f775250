#include "knoten/base/clock.h"

#include <chrono>

namespace knoten {
namespace {

class WallClock final : public Clock {
 public:
  Timestamp Now() const override {
    const auto now = std::chrono::system_clock::now();
    return Timestamp::FromUnixSeconds(
        std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch())
            .count());
  }
};

}  // namespace

const Clock& SystemClock() {
  static const WallClock clock;
  return clock;
}

}  // namespace knoten
