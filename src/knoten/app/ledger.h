// Use cases for giving and taking: ledger entries, introductions (whose
// "made" creates the linked ledger entries) and promises.

#ifndef KNOTEN_APP_LEDGER_H_
#define KNOTEN_APP_LEDGER_H_

#include "knoten/app/context.h"
#include "knoten/core/introduction.h"
#include "knoten/core/ledger_entry.h"
#include "knoten/core/promise.h"
#include "knoten/store/aggregate_stores.h"

namespace knoten::app {

// Records something given (`give`) or received (`take`).
Result<core::LedgerEntry> AddLedgerEntry(Context& ctx, core::LedgerEntry entry);
Result<core::LedgerEntry> EditLedgerEntry(
    Context& ctx, LedgerEntryId id, const Change<core::LedgerEntry>& change);
Status DeleteLedgerEntry(Context& ctx, LedgerEntryId id);
Result<core::LedgerEntry> GetLedgerEntry(Context& ctx, LedgerEntryId id);
Result<store::Page<core::LedgerEntry>> ListLedger(
    Context& ctx, const store::LedgerFilter& filter,
    const store::Paging& paging);

struct IntroductionChanged {
  core::Introduction introduction;
  // The given-introduction entries created when it became "made" (else
  // empty).
  std::vector<core::LedgerEntry> ledger_entries;
};

Result<IntroductionChanged> ProposeIntroduction(Context& ctx,
                                                core::Introduction intro);
// Moves the introduction to `status` (see core::CheckIntroductionTransition);
// reaching "made" stamps made_at and creates exactly one given-introduction
// ledger entry per introduced person, in the same transaction.
Result<IntroductionChanged> SetIntroductionStatus(
    Context& ctx, IntroductionId id, core::IntroductionStatus status);
Status DeleteIntroduction(Context& ctx, IntroductionId id);
Result<core::Introduction> GetIntroduction(Context& ctx, IntroductionId id);
Result<store::Page<core::Introduction>> ListIntroductions(
    Context& ctx, const store::IntroductionFilter& filter,
    const store::Paging& paging);

Result<core::Promise> AddPromise(Context& ctx, core::Promise promise);
Result<core::Promise> EditPromise(Context& ctx, PromiseId id,
                                  const Change<core::Promise>& change);
Status DeletePromise(Context& ctx, PromiseId id);
Result<core::Promise> GetPromise(Context& ctx, PromiseId id);
Result<store::Page<core::Promise>> ListPromises(
    Context& ctx, const store::PromiseFilter& filter,
    const store::Paging& paging);

}  // namespace knoten::app

#endif  // KNOTEN_APP_LEDGER_H_
