#include "knoten/core/balance.h"

namespace knoten::core {

double LedgerWeight(LedgerKind kind) {
  switch (kind) {
    case LedgerKind::kIntroduction:
    case LedgerKind::kReferral:
      return 3;
    case LedgerKind::kRecommendation:
    case LedgerKind::kHelp:
      return 2;
    case LedgerKind::kTip:
    case LedgerKind::kInvitation:
    case LedgerKind::kFeedback:
      return 1;
  }
  return 1;
}

void Balance::Add(const LedgerEntry& entry) {
  BalanceSide& side = entry.direction == Direction::kGiven ? given : received;
  ++side.count;
  side.weight += LedgerWeight(entry.kind);
  ++side.by_kind.at(static_cast<size_t>(entry.kind));
  if (entry.kind == LedgerKind::kReferral &&
      entry.referral_status == ReferralStatus::kWon) {
    ++side.referrals_won;
    if (entry.business_value_cents) {
      side.business_value_cents[entry.currency] += *entry.business_value_cents;
    }
  }
}

}  // namespace knoten::core
