// Balance (Geben und Nehmen): what the user gave and received, counted and
// weighed by kind, over the ledger entries given to it. An introduction or a
// referral weighs more than a tip (kLedgerWeights); a referral that closed
// business ("won") credits its value to the giver, as BNI's "thank you for
// closed business" does. Private figures: knoten never shows them to
// anyone but the user.
//
// Thread-safety: plain value types and pure functions.

#ifndef KNOTEN_CORE_BALANCE_H_
#define KNOTEN_CORE_BALANCE_H_

#include <array>
#include <cstdint>
#include <map>
#include <string>

#include "knoten/core/ledger_entry.h"

namespace knoten::core {

// The weight of one entry of `kind`; every weight in one place:
// introduction and referral 3, recommendation and help 2, tip, invitation
// and feedback 1.
double LedgerWeight(LedgerKind kind);

// One direction of the balance.
struct BalanceSide {
  int64_t count = 0;
  double weight = 0;
  std::array<int64_t, 7> by_kind{};  // indexed by LedgerKind
  int64_t referrals_won = 0;
  // Business value of won referrals by currency ("EUR" → cents).
  std::map<std::string, int64_t> business_value_cents;
};

struct Balance {
  BalanceSide given;
  BalanceSide received;

  // Counts `entry` on its side.
  void Add(const LedgerEntry& entry);
  // given.weight − received.weight: above 0 the user gave more.
  double Net() const { return given.weight - received.weight; }
};

}  // namespace knoten::core

#endif  // KNOTEN_CORE_BALANCE_H_
