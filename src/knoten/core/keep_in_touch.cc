#include "knoten/core/keep_in_touch.h"

namespace knoten::core {

std::optional<int64_t> DefaultRhythmDays(double trust_level) {
  if (trust_level >= kCloseTrust) return kCloseRhythmDays;
  if (trust_level >= kKnownTrust) return kKnownRhythmDays;
  return std::nullopt;
}

Rhythm RhythmFor(std::optional<int64_t> chosen_days, double trust_level) {
  if (chosen_days) return {.days = chosen_days, .chosen = true};
  return {.days = DefaultRhythmDays(trust_level), .chosen = false};
}

double TouchOverdue(Timestamp last_contact, int64_t rhythm_days,
                    Timestamp now) {
  const double days =
      static_cast<double>(now.unix_seconds() - last_contact.unix_seconds()) /
      static_cast<double>(kSecondsPerDay);
  return days / static_cast<double>(rhythm_days);
}

Timestamp TouchDueAt(Timestamp last_contact, int64_t rhythm_days) {
  return Timestamp::FromUnixSeconds(last_contact.unix_seconds() +
                                    rhythm_days * kSecondsPerDay);
}

Touch TouchWith(std::optional<int64_t> chosen_days, const Trust& trust,
                Timestamp known_since, Timestamp now) {
  Touch touch{.rhythm = RhythmFor(chosen_days, trust.level),
              .since = trust.last_contact.value_or(known_since)};
  if (!touch.rhythm.days) return touch;
  touch.due_at = TouchDueAt(touch.since, *touch.rhythm.days);
  touch.overdue = TouchOverdue(touch.since, *touch.rhythm.days, now);
  return touch;
}

}  // namespace knoten::core
