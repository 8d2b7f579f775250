#include "knoten/app/follow_ups.h"

#include <utility>

#include "knoten/app/people.h"

namespace knoten::app {
namespace {

Status RequireFollowUpReferences(store::Transaction& tx,
                                 const core::FollowUp& f) {
  KNOTEN_RETURN_IF_ERROR(RequirePeople(tx, {f.person_id}));
  if (f.encounter_id) {
    KNOTEN_RETURN_IF_ERROR(tx.encounters().Get(*f.encounter_id));
  }
  return OkStatus();
}

}  // namespace

Result<core::FollowUp> AddFollowUp(Context& ctx, core::FollowUp follow_up) {
  follow_up.created_at = ctx.clock.Now();
  follow_up.status = core::FollowUpStatus::kOpen;
  KNOTEN_ASSIGN_OR_RETURN(follow_up,
                          core::ValidateFollowUp(std::move(follow_up)));
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<core::FollowUp> {
    KNOTEN_RETURN_IF_ERROR(RequireFollowUpReferences(tx, follow_up));
    KNOTEN_ASSIGN_OR_RETURN(follow_up.id, tx.follow_ups().Create(follow_up));
    return follow_up;
  });
}

Result<core::FollowUp> CloseFollowUp(Context& ctx, FollowUpId id,
                                     core::FollowUpStatus status) {
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<core::FollowUp> {
    KNOTEN_ASSIGN_OR_RETURN(core::FollowUp f, tx.follow_ups().Get(id));
    KNOTEN_RETURN_IF_ERROR(core::CheckFollowUpTransition(f.status, status));
    f.status = status;
    KNOTEN_RETURN_IF_ERROR(tx.follow_ups().Update(f));
    return f;
  });
}

Result<core::FollowUp> EditFollowUp(Context& ctx, FollowUpId id,
                                    const Change<core::FollowUp>& change) {
  return EditRecord(
      ctx, id, change,
      [](store::Transaction & tx) -> auto& { return tx.follow_ups(); },
      core::ValidateFollowUp,
      [](store::Transaction& tx, const core::FollowUp& r) {
        return RequireFollowUpReferences(tx, r);
      });
}

Status DeleteFollowUp(Context& ctx, FollowUpId id) {
  return InWrite(
      ctx, [&](store::Transaction& tx) { return tx.follow_ups().Delete(id); });
}

Result<store::Page<core::FollowUp>> ListFollowUps(
    Context& ctx, const store::FollowUpFilter& filter,
    const store::Paging& paging) {
  return InRead(ctx, [&](store::Transaction& tx) {
    return tx.follow_ups().List(filter, paging);
  });
}

Result<core::FollowUp> GetFollowUp(Context& ctx, FollowUpId id) {
  return InRead(
      ctx, [&](store::Transaction& tx) { return tx.follow_ups().Get(id); });
}

}  // namespace knoten::app
