#include "knoten/app/networks.h"

#include <utility>

#include "knoten/app/people.h"

namespace knoten::app {
namespace {

Status RequireEventReferences(store::Transaction& tx, const core::Event& e) {
  if (e.network_id) KNOTEN_RETURN_IF_ERROR(tx.networks().Get(*e.network_id));
  for (PersonId p : e.attendees) KNOTEN_RETURN_IF_ERROR(tx.people().Get(p));
  return OkStatus();
}

}  // namespace

Result<core::Network> AddNetwork(Context& ctx, core::Network network) {
  network.created_at = ctx.clock.Now();
  KNOTEN_ASSIGN_OR_RETURN(network, core::ValidateNetwork(std::move(network)));
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<core::Network> {
    KNOTEN_ASSIGN_OR_RETURN(network.id, tx.networks().Create(network));
    return network;
  });
}

Result<core::Network> EditNetwork(Context& ctx, NetworkId id,
                                  const Change<core::Network>& change) {
  return EditRecord(
      ctx, id, change,
      [](store::Transaction & tx) -> auto& { return tx.networks(); },
      core::ValidateNetwork,
      [](store::Transaction&, const core::Network&) { return OkStatus(); });
}

Status DeleteNetwork(Context& ctx, NetworkId id) {
  return InWrite(
      ctx, [&](store::Transaction& tx) { return tx.networks().Delete(id); });
}

Result<core::Network> GetNetwork(Context& ctx, NetworkId id) {
  return InRead(ctx,
                [&](store::Transaction& tx) { return tx.networks().Get(id); });
}

Result<store::Page<core::Network>> ListNetworks(Context& ctx,
                                                const store::Paging& paging) {
  return InRead(
      ctx, [&](store::Transaction& tx) { return tx.networks().List(paging); });
}

Result<core::Membership> Join(Context& ctx, core::Membership membership) {
  KNOTEN_ASSIGN_OR_RETURN(membership,
                          core::ValidateMembership(std::move(membership)));
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<core::Membership> {
    KNOTEN_RETURN_IF_ERROR(tx.networks().Get(membership.network_id));
    KNOTEN_RETURN_IF_ERROR(RequirePeople(tx, {membership.person_id}));
    KNOTEN_ASSIGN_OR_RETURN(membership.id,
                            tx.networks().AddMembership(membership));
    return membership;
  });
}

Status Leave(Context& ctx, MembershipId id) {
  return InWrite(ctx, [&](store::Transaction& tx) {
    return tx.networks().RemoveMembership(id);
  });
}

Result<std::vector<core::Membership>> Members(Context& ctx, NetworkId id) {
  return InRead(
      ctx,
      [&](store::Transaction& tx) -> Result<std::vector<core::Membership>> {
        KNOTEN_RETURN_IF_ERROR(tx.networks().Get(id));
        return tx.networks().Memberships(id);
      });
}

Result<core::Event> AddEvent(Context& ctx, core::Event event) {
  KNOTEN_ASSIGN_OR_RETURN(event, core::ValidateEvent(std::move(event)));
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<core::Event> {
    KNOTEN_RETURN_IF_ERROR(RequireEventReferences(tx, event));
    KNOTEN_ASSIGN_OR_RETURN(event.id, tx.events().Create(event));
    return event;
  });
}

Result<core::Event> EditEvent(Context& ctx, EventId id,
                              const Change<core::Event>& change) {
  return EditRecord(
      ctx, id, change,
      [](store::Transaction & tx) -> auto& { return tx.events(); },
      core::ValidateEvent,
      [](store::Transaction& tx, const core::Event& r) {
        return RequireEventReferences(tx, r);
      });
}

Status DeleteEvent(Context& ctx, EventId id) {
  return InWrite(
      ctx, [&](store::Transaction& tx) { return tx.events().Delete(id); });
}

Result<core::Event> GetEvent(Context& ctx, EventId id) {
  return InRead(ctx,
                [&](store::Transaction& tx) { return tx.events().Get(id); });
}

Result<store::Page<core::Event>> ListEvents(Context& ctx,
                                            const store::EventFilter& filter,
                                            const store::Paging& paging) {
  return InRead(ctx, [&](store::Transaction& tx) {
    return tx.events().List(filter, paging);
  });
}

}  // namespace knoten::app
