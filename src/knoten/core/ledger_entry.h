// LedgerEntry: one thing given to or received from a person (Geben/Nehmen):
// a tip, recommendation, introduction, referral, help, invitation or
// feedback. Referrals carry a status and, once business closes, its value.
//
// Thread-safety: plain value type and pure functions.

#ifndef KNOTEN_CORE_LEDGER_ENTRY_H_
#define KNOTEN_CORE_LEDGER_ENTRY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"

namespace knoten::core {

enum class Direction { kGiven, kReceived };
std::string_view DirectionName(Direction direction);
Result<Direction> ParseDirection(std::string_view text);

enum class LedgerKind {
  kTip,
  kRecommendation,
  kIntroduction,
  kReferral,
  kHelp,
  kInvitation,
  kFeedback,
};
std::string_view LedgerKindName(LedgerKind kind);
Result<LedgerKind> ParseLedgerKind(std::string_view text);

enum class ReferralStatus { kOpen, kContacted, kWon, kLost };
std::string_view ReferralStatusName(ReferralStatus status);
Result<ReferralStatus> ParseReferralStatus(std::string_view text);

struct LedgerEntry {
  LedgerEntryId id;
  Timestamp occurred_at;
  Direction direction = Direction::kGiven;
  LedgerKind kind = LedgerKind::kTip;
  PersonId person_id;  // the counterpart
  std::string text;
  // Referrals only: defaults to kOpen for a referral.
  std::optional<ReferralStatus> referral_status;
  std::optional<int64_t> business_value_cents;  // referrals only
  std::string currency = "EUR";
  // Set when the entry was created by a made introduction.
  std::optional<IntroductionId> introduction_id;
};

// Returns `entry` normalised or kInvalidArgument: no counterpart, referral
// fields on a non-referral, a negative business value, bad text.
Result<LedgerEntry> ValidateLedgerEntry(LedgerEntry entry);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_LEDGER_ENTRY_H_
