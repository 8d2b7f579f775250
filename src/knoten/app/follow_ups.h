// Use cases for follow-ups: the undisturbed meeting or call after a hectic
// encounter.

#ifndef KNOTEN_APP_FOLLOW_UPS_H_
#define KNOTEN_APP_FOLLOW_UPS_H_

#include "knoten/app/context.h"
#include "knoten/core/follow_up.h"
#include "knoten/store/aggregate_stores.h"

namespace knoten::app {

Result<core::FollowUp> AddFollowUp(Context& ctx, core::FollowUp follow_up);
// Marks an open follow-up done or cancelled; kFailedPrecondition if it is
// closed already.
Result<core::FollowUp> CloseFollowUp(Context& ctx, FollowUpId id,
                                     core::FollowUpStatus status);
Result<core::FollowUp> EditFollowUp(Context& ctx, FollowUpId id,
                                    const Change<core::FollowUp>& change);
Status DeleteFollowUp(Context& ctx, FollowUpId id);
Result<core::FollowUp> GetFollowUp(Context& ctx, FollowUpId id);
Result<store::Page<core::FollowUp>> ListFollowUps(
    Context& ctx, const store::FollowUpFilter& filter,
    const store::Paging& paging);

}  // namespace knoten::app

#endif  // KNOTEN_APP_FOLLOW_UPS_H_
