// Keep in touch (Kontakt halten): how often the user wants to hear from a
// person, by default from the strength of the relationship (its trust), and
// whether they are losing touch. A new acquaintance has no rhythm: what
// keeps that contact alive is the follow-up after the encounter, not a
// reminder.
//
// Thread-safety: pure functions.

#ifndef KNOTEN_CORE_KEEP_IN_TOUCH_H_
#define KNOTEN_CORE_KEEP_IN_TOUCH_H_

#include <cstdint>
#include <optional>

#include "knoten/base/time.h"

namespace knoten::core {

// Trust from which a relationship gets a rhythm, and the rhythms: every
// 30 days from kCloseTrust on, every 60 days from kKnownTrust on.
inline constexpr double kKnownTrust = 0.2;
inline constexpr double kCloseTrust = 0.5;
inline constexpr int64_t kCloseRhythmDays = 30;
inline constexpr int64_t kKnownRhythmDays = 60;

// The default rhythm in days for a relationship of `trust_level`; empty
// below kKnownTrust.
std::optional<int64_t> DefaultRhythmDays(double trust_level);

// How far past its rhythm the contact is at `now`: days since the last
// contact divided by the rhythm; above 1 the user is losing touch.
double TouchOverdue(Timestamp last_contact, int64_t rhythm_days, Timestamp now);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_KEEP_IN_TOUCH_H_
