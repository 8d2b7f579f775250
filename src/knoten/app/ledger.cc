#include "knoten/app/ledger.h"

#include <utility>

#include "knoten/app/people.h"

namespace knoten::app {

Result<core::LedgerEntry> AddLedgerEntry(Context& ctx,
                                         core::LedgerEntry entry) {
  KNOTEN_ASSIGN_OR_RETURN(entry, core::ValidateLedgerEntry(std::move(entry)));
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<core::LedgerEntry> {
    KNOTEN_RETURN_IF_ERROR(RequirePeople(tx, {entry.person_id}));
    KNOTEN_ASSIGN_OR_RETURN(entry.id, tx.ledger().Create(entry));
    return entry;
  });
}

Result<core::LedgerEntry> EditLedgerEntry(
    Context& ctx, LedgerEntryId id, const Change<core::LedgerEntry>& change) {
  return EditRecord(
      ctx, id, change,
      [](store::Transaction & tx) -> auto& { return tx.ledger(); },
      core::ValidateLedgerEntry,
      [](store::Transaction& tx, const core::LedgerEntry& r) {
        return RequirePeople(tx, {r.person_id});
      });
}

Status DeleteLedgerEntry(Context& ctx, LedgerEntryId id) {
  return InWrite(
      ctx, [&](store::Transaction& tx) { return tx.ledger().Delete(id); });
}

Result<store::Page<core::LedgerEntry>> ListLedger(
    Context& ctx, const store::LedgerFilter& filter,
    const store::Paging& paging) {
  return InRead(ctx, [&](store::Transaction& tx) {
    return tx.ledger().List(filter, paging);
  });
}

namespace {

// Moves the stored `intro` to `status` within `tx`; see SetIntroductionStatus.
Result<IntroductionChanged> ApplyIntroductionStatus(
    store::Transaction& tx, core::Introduction intro,
    core::IntroductionStatus status, Timestamp now) {
  KNOTEN_RETURN_IF_ERROR(
      core::CheckIntroductionTransition(intro.status, status));
  IntroductionChanged changed;
  if (status == core::IntroductionStatus::kMade &&
      intro.status != core::IntroductionStatus::kMade) {
    intro.made_at = now;
    for (core::LedgerEntry entry :
         core::LedgerEntriesForMadeIntroduction(intro, now)) {
      KNOTEN_ASSIGN_OR_RETURN(entry,
                              core::ValidateLedgerEntry(std::move(entry)));
      KNOTEN_ASSIGN_OR_RETURN(entry.id, tx.ledger().Create(entry));
      changed.ledger_entries.push_back(std::move(entry));
    }
  }
  intro.status = status;
  KNOTEN_RETURN_IF_ERROR(tx.introductions().Update(intro));
  changed.introduction = std::move(intro);
  return changed;
}

}  // namespace

Result<IntroductionChanged> ProposeIntroduction(Context& ctx,
                                                core::Introduction intro) {
  const Timestamp now = ctx.clock.Now();
  intro.created_at = now;
  const core::IntroductionStatus wanted = intro.status;
  intro.status = core::IntroductionStatus::kProposed;
  intro.made_at.reset();
  KNOTEN_ASSIGN_OR_RETURN(intro, core::ValidateIntroduction(std::move(intro)));
  return InWrite(
      ctx, [&](store::Transaction& tx) -> Result<IntroductionChanged> {
        KNOTEN_RETURN_IF_ERROR(
            RequirePeople(tx, {intro.person_a, intro.person_b}));
        KNOTEN_ASSIGN_OR_RETURN(intro.id, tx.introductions().Create(intro));
        return ApplyIntroductionStatus(tx, intro, wanted, now);
      });
}

Result<IntroductionChanged> SetIntroductionStatus(
    Context& ctx, IntroductionId id, core::IntroductionStatus status) {
  return InWrite(ctx,
                 [&](store::Transaction& tx) -> Result<IntroductionChanged> {
                   KNOTEN_ASSIGN_OR_RETURN(core::Introduction intro,
                                           tx.introductions().Get(id));
                   return ApplyIntroductionStatus(tx, std::move(intro), status,
                                                  ctx.clock.Now());
                 });
}

Status DeleteIntroduction(Context& ctx, IntroductionId id) {
  return InWrite(ctx, [&](store::Transaction& tx) {
    return tx.introductions().Delete(id);
  });
}

Result<store::Page<core::Introduction>> ListIntroductions(
    Context& ctx, const store::IntroductionFilter& filter,
    const store::Paging& paging) {
  return InRead(ctx, [&](store::Transaction& tx) {
    return tx.introductions().List(filter, paging);
  });
}

Result<core::Promise> AddPromise(Context& ctx, core::Promise promise) {
  promise.created_at = ctx.clock.Now();
  KNOTEN_ASSIGN_OR_RETURN(promise, core::ValidatePromise(std::move(promise)));
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<core::Promise> {
    KNOTEN_RETURN_IF_ERROR(
        RequirePeople(tx, {promise.promisor, promise.promisee}));
    KNOTEN_ASSIGN_OR_RETURN(promise.id, tx.promises().Create(promise));
    return promise;
  });
}

Result<core::Promise> EditPromise(Context& ctx, PromiseId id,
                                  const Change<core::Promise>& change) {
  return EditRecord(
      ctx, id, change,
      [](store::Transaction & tx) -> auto& { return tx.promises(); },
      core::ValidatePromise,
      [](store::Transaction& tx, const core::Promise& r) {
        return RequirePeople(tx, {r.promisor, r.promisee});
      });
}

Status DeletePromise(Context& ctx, PromiseId id) {
  return InWrite(
      ctx, [&](store::Transaction& tx) { return tx.promises().Delete(id); });
}

Result<store::Page<core::Promise>> ListPromises(
    Context& ctx, const store::PromiseFilter& filter,
    const store::Paging& paging) {
  return InRead(ctx, [&](store::Transaction& tx) {
    return tx.promises().List(filter, paging);
  });
}

Result<core::LedgerEntry> GetLedgerEntry(Context& ctx, LedgerEntryId id) {
  return InRead(ctx,
                [&](store::Transaction& tx) { return tx.ledger().Get(id); });
}

Result<core::Introduction> GetIntroduction(Context& ctx, IntroductionId id) {
  return InRead(
      ctx, [&](store::Transaction& tx) { return tx.introductions().Get(id); });
}

Result<core::Promise> GetPromise(Context& ctx, PromiseId id) {
  return InRead(ctx,
                [&](store::Transaction& tx) { return tx.promises().Get(id); });
}

}  // namespace knoten::app
