// Clock: the only way knoten code learns the current time, so that tests can
// inject a fixed or stepping clock (tests/testing/fake_clock.h). core never
// reads a clock; app passes times in.
//
// Thread-safety: implementations must be safe to call from any thread.

#ifndef KNOTEN_BASE_CLOCK_H_
#define KNOTEN_BASE_CLOCK_H_

#include "knoten/base/time.h"

namespace knoten {

class Clock {
 public:
  Clock() = default;
  Clock(const Clock&) = delete;
  Clock& operator=(const Clock&) = delete;
  virtual ~Clock() = default;

  virtual Timestamp Now() const = 0;
};

// Returns the process-wide wall clock (UTC). Never null; not owned.
const Clock& SystemClock();

}  // namespace knoten

#endif  // KNOTEN_BASE_CLOCK_H_
