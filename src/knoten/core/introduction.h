// Introduction (Vorstellung/Vermittlung): the user brings two people
// together. Its status moves proposed → asked → made (or declined); reaching
// "made" yields exactly one given-introduction ledger entry per introduced
// person, linked to the introduction.
//
// Thread-safety: plain value type and pure functions.

#ifndef KNOTEN_CORE_INTRODUCTION_H_
#define KNOTEN_CORE_INTRODUCTION_H_

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"
#include "knoten/core/ledger_entry.h"

namespace knoten::core {

enum class IntroductionStatus { kProposed, kAsked, kMade, kDeclined };
std::string_view IntroductionStatusName(IntroductionStatus status);
Result<IntroductionStatus> ParseIntroductionStatus(std::string_view text);

struct Introduction {
  IntroductionId id;
  PersonId person_a;
  PersonId person_b;
  IntroductionStatus status = IntroductionStatus::kProposed;
  std::string notes;
  Timestamp created_at;
  std::optional<Timestamp> made_at;
};

// Returns `intro` normalised or kInvalidArgument: a missing person or a person
// introduced to themself.
Result<Introduction> ValidateIntroduction(Introduction intro);

// Returns OK if the status may move from `from` to `to`, otherwise
// kFailedPrecondition: made and declined are final; nothing moves back to
// proposed.
Status CheckIntroductionTransition(IntroductionStatus from,
                                   IntroductionStatus to);

// The two ledger entries that a made introduction creates: one given
// introduction to each person, at `made_at`, linked to `intro.id`.
std::array<LedgerEntry, 2> LedgerEntriesForMadeIntroduction(
    const Introduction& intro, Timestamp made_at);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_INTRODUCTION_H_
