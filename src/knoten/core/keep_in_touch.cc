#include "knoten/core/keep_in_touch.h"

namespace knoten::core {

std::optional<int64_t> DefaultRhythmDays(double trust_level) {
  if (trust_level >= kCloseTrust) return kCloseRhythmDays;
  if (trust_level >= kKnownTrust) return kKnownRhythmDays;
  return std::nullopt;
}

double TouchOverdue(Timestamp last_contact, int64_t rhythm_days,
                    Timestamp now) {
  const double days =
      static_cast<double>(now.unix_seconds() - last_contact.unix_seconds()) /
      static_cast<double>(kSecondsPerDay);
  return days / static_cast<double>(rhythm_days);
}

}  // namespace knoten::core
