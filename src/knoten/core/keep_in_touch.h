// Keep in touch (Kontakt halten): how often the user wants to hear from a
// person, by default from the strength of the relationship (its trust) or
// as the user chose for that person, and whether they are losing touch. A
// new acquaintance has no default rhythm: what keeps that contact alive is
// the follow-up after the encounter, not a reminder; a rhythm the user
// chose applies all the same.
//
// Thread-safety: pure functions.

#ifndef KNOTEN_CORE_KEEP_IN_TOUCH_H_
#define KNOTEN_CORE_KEEP_IN_TOUCH_H_

#include <cstdint>
#include <optional>

#include "knoten/base/time.h"
#include "knoten/core/trust.h"

namespace knoten::core {

// Trust from which a relationship gets a rhythm, and the rhythms: every
// 30 days from kCloseTrust on, every 60 days from kKnownTrust on.
inline constexpr double kKnownTrust = 0.2;
inline constexpr double kCloseTrust = 0.5;
inline constexpr int64_t kCloseRhythmDays = 30;
inline constexpr int64_t kKnownRhythmDays = 60;

// The bounds of a rhythm the user chooses (Person::rhythm_days).
inline constexpr int64_t kMinRhythmDays = 7;
inline constexpr int64_t kMaxRhythmDays = 730;

// The default rhythm in days for a relationship of `trust_level`; empty
// below kKnownTrust.
std::optional<int64_t> DefaultRhythmDays(double trust_level);

// The rhythm that applies to one person: the one the user chose, else the
// default for `trust_level`.
struct Rhythm {
  std::optional<int64_t> days;  // empty: none (a new acquaintance)
  bool chosen = false;          // the user's choice, not the default
};
Rhythm RhythmFor(std::optional<int64_t> chosen_days, double trust_level);

// How far past its rhythm the contact is at `now`: days since the last
// contact divided by the rhythm; above 1 the user is losing touch.
double TouchOverdue(Timestamp last_contact, int64_t rhythm_days, Timestamp now);

// When the next contact is due: `rhythm_days` after the last contact.
Timestamp TouchDueAt(Timestamp last_contact, int64_t rhythm_days);

// Keeping in touch with one person at a time `now`.
struct Touch {
  Rhythm rhythm;
  // The last contact, or when the user met the person if there was none
  // yet (a chosen rhythm counts from there).
  Timestamp since;
  std::optional<Timestamp> due_at;  // empty without a rhythm
  double overdue = 0;               // TouchOverdue; 0 without a rhythm

  bool losing_touch() const { return overdue > 1; }  // past due_at
};
Touch TouchWith(std::optional<int64_t> chosen_days, const Trust& trust,
                Timestamp known_since, Timestamp now);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_KEEP_IN_TOUCH_H_
