// Give and take over a period (C5): the balance overall or with one person,
// and the private nudges of `today` where the user has mostly taken lately
// ("You received 3 recommendations from Anna and gave none: is there
// something you can pass on?").
//
// Thread-safety: as the Context's store.

#ifndef KNOTEN_APP_BALANCE_H_
#define KNOTEN_APP_BALANCE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/core/balance.h"

namespace knoten::app {

struct BalanceQuery {
  std::optional<PersonId> person_id;  // empty: with everyone
  std::optional<Timestamp> from;      // empty: since the beginning
};

// kNotFound if the person does not exist.
Result<core::Balance> LedgerBalance(Context& ctx, const BalanceQuery& query);

// Nudges look at the last kNudgeDays and name at most kMaxNudges people with
// whom the user received at least kNudgeMinReceived entries and gave less
// than half of that weight.
inline constexpr int64_t kNudgeDays = 90;
inline constexpr int64_t kNudgeMinReceived = 2;
inline constexpr size_t kMaxNudges = 5;

struct Nudge {
  PersonId person_id;
  std::string person_name;
  core::Balance balance;  // with this person over the last kNudgeDays
  // The kind received most often (the first in the kind order on a tie).
  core::LedgerKind kind = core::LedgerKind::kTip;
  std::string text;  // one English sentence for the CLI
};

// The nudges at `now`, most received first, inside `tx`.
Result<std::vector<Nudge>> TakingNudges(store::Transaction& tx, Timestamp now);

}  // namespace knoten::app

#endif  // KNOTEN_APP_BALANCE_H_
