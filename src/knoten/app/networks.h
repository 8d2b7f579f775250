// Use cases for networks, memberships and events.

#ifndef KNOTEN_APP_NETWORKS_H_
#define KNOTEN_APP_NETWORKS_H_

#include <vector>

#include "knoten/app/context.h"
#include "knoten/core/event.h"
#include "knoten/core/network.h"
#include "knoten/store/aggregate_stores.h"

namespace knoten::app {

Result<core::Network> AddNetwork(Context& ctx, core::Network network);
Result<core::Network> EditNetwork(Context& ctx, NetworkId id,
                                  const Change<core::Network>& change);
// Deletes the network with its memberships; its events stay, unlinked.
Status DeleteNetwork(Context& ctx, NetworkId id);
Result<core::Network> GetNetwork(Context& ctx, NetworkId id);
Result<store::Page<core::Network>> ListNetworks(Context& ctx,
                                                const store::Paging& paging);

// Adds the user (empty person_id) or a person to a network; kAlreadyExists if
// they are a member already.
Result<core::Membership> Join(Context& ctx, core::Membership membership);
Status Leave(Context& ctx, MembershipId id);
Result<std::vector<core::Membership>> Members(Context& ctx, NetworkId id);

Result<core::Event> AddEvent(Context& ctx, core::Event event);
Result<core::Event> EditEvent(Context& ctx, EventId id,
                              const Change<core::Event>& change);
Status DeleteEvent(Context& ctx, EventId id);
Result<core::Event> GetEvent(Context& ctx, EventId id);
Result<store::Page<core::Event>> ListEvents(Context& ctx,
                                            const store::EventFilter& filter,
                                            const store::Paging& paging);

}  // namespace knoten::app

#endif  // KNOTEN_APP_NETWORKS_H_
