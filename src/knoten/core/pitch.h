// Pitch (Angebot machen): the user offered their services to a person. The
// seed's advice is to give first and build trust slowly, so before a pitch
// is recorded knoten says when it is too early: trust has not yet reached a
// working relationship, or the chemistry is judged weak. The user may go on;
// the pitch then remembers that it came early.
//
// Thread-safety: plain value types and pure functions.

#ifndef KNOTEN_CORE_PITCH_H_
#define KNOTEN_CORE_PITCH_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"
#include "knoten/core/keep_in_touch.h"
#include "knoten/core/lang.h"

namespace knoten::core {

struct Pitch {
  PitchId id;
  PersonId person_id;
  std::string about;  // what was offered
  Timestamp pitched_at;
  // The user was told it was too early and went on.
  bool too_early = false;
};

// Returns `pitch` with `about` trimmed, or kInvalidArgument (no person,
// nothing said about what was offered).
Result<Pitch> ValidatePitch(Pitch pitch);

// Below these a pitch is too early: trust short of a working relationship
// (docs/trust.md), chemistry judged at 2 of 5 or less.
inline constexpr double kPitchMinTrust = kCloseTrust;
inline constexpr double kPitchMinChemistry = 0.5;

enum class TooEarlyReason { kLittleTrust, kWeakChemistry };
std::string_view TooEarlyReasonName(TooEarlyReason reason);

// Why a pitch to someone with this trust and chemistry (empty: not judged)
// is too early; empty when it is not.
std::vector<TooEarlyReason> TooEarlyReasons(double trust,
                                            std::optional<double> chemistry);

// The reason as one sentence in `lang`, e.g. "Trust is 0.15: you are still
// getting to know each other (a working relationship starts at 0.5)."
std::string TooEarlyReasonText(TooEarlyReason reason, double trust,
                               std::optional<double> chemistry, Lang lang);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_PITCH_H_
