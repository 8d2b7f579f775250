#include "knoten/app/person_details.h"

#include <algorithm>
#include <utility>

namespace knoten::app {
namespace {

using store::OwnerFilter;

// Each Add* puts the person's records into the timeline and the trust
// history.
Status AddEncountersAndEvents(store::Transaction& tx, PersonId id,
                              std::vector<TimelineItem>& out,
                              core::TrustHistory& history) {
  KNOTEN_ASSIGN_OR_RETURN(auto encounters,
                          tx.encounters().List({.person_id = id}, {}));
  for (const core::Encounter& e : encounters.items) {
    history.Add(e);
    out.push_back({e.occurred_at, "encounter", e.id.value(),
                   std::string(core::EncounterKindName(e.kind)),
                   e.topics.empty() ? e.notes : e.topics});
  }
  KNOTEN_ASSIGN_OR_RETURN(auto events, tx.events().List({.attendee = id}, {}));
  for (const core::Event& e : events.items) {
    out.push_back({e.starts_at, "event", e.id.value(), "attended", e.title});
  }
  return OkStatus();
}

Status AddGiveAndTake(store::Transaction& tx, PersonId id,
                      std::vector<TimelineItem>& out, core::Balance& balance,
                      core::TrustHistory& history, Timestamp now) {
  KNOTEN_ASSIGN_OR_RETURN(auto ledger, tx.ledger().List({.person_id = id}, {}));
  for (const core::LedgerEntry& e : ledger.items) {
    balance.Add(e);
    history.Add(e);
    out.push_back({e.occurred_at, "ledger_entry", e.id.value(),
                   std::string(core::DirectionName(e.direction)) + " " +
                       std::string(core::LedgerKindName(e.kind)),
                   e.text});
  }
  KNOTEN_ASSIGN_OR_RETURN(auto intros,
                          tx.introductions().List({.person_id = id}, {}));
  for (const core::Introduction& i : intros.items) {
    history.Add(i);
    out.push_back(
        {i.made_at.value_or(i.created_at), "introduction", i.id.value(),
         std::string(core::IntroductionStatusName(i.status)), i.notes});
  }
  KNOTEN_ASSIGN_OR_RETURN(auto promises,
                          tx.promises().List({.person_id = id}, {}));
  for (const core::Promise& p : promises.items) {
    history.Add(p, now);
    out.push_back({p.due_at.value_or(p.created_at), "promise", p.id.value(),
                   std::string(core::PromiseStatusName(p.status)), p.text});
  }
  KNOTEN_ASSIGN_OR_RETURN(auto follow_ups,
                          tx.follow_ups().List({.person_id = id}, {}));
  for (const core::FollowUp& f : follow_ups.items) {
    history.Add(f, now);
    out.push_back({f.due_at, "follow_up", f.id.value(),
                   std::string(core::FollowUpStatusName(f.status)) + " " +
                       std::string(core::FollowUpKindName(f.kind)),
                   f.about});
  }
  return OkStatus();
}

}  // namespace

Result<PersonDetails> ShowPerson(Context& ctx, PersonId id) {
  return InRead(ctx, [&](store::Transaction& tx) -> Result<PersonDetails> {
    PersonDetails details;
    KNOTEN_ASSIGN_OR_RETURN(details.person, tx.people().Get(id));
    const OwnerFilter theirs{.scope = OwnerFilter::Scope::kPerson,
                             .person_id = id};
    KNOTEN_ASSIGN_OR_RETURN(auto offers, tx.offers().List(theirs, {}));
    details.offers = std::move(offers.items);
    KNOTEN_ASSIGN_OR_RETURN(auto needs, tx.needs().List(theirs, {}));
    details.needs = std::move(needs.items);
    KNOTEN_ASSIGN_OR_RETURN(details.memberships,
                            tx.networks().MembershipsOf(id));
    const Timestamp now = ctx.clock.Now();
    core::TrustHistory history(
        details.person.first_met_at.value_or(details.person.created_at));
    KNOTEN_RETURN_IF_ERROR(
        AddEncountersAndEvents(tx, id, details.timeline, history));
    KNOTEN_RETURN_IF_ERROR(AddGiveAndTake(tx, id, details.timeline,
                                          details.balance, history, now));
    details.trust = core::ComputeTrust(history, now);
    std::stable_sort(details.timeline.begin(), details.timeline.end(),
                     [](const TimelineItem& a, const TimelineItem& b) {
                       return a.at > b.at;
                     });
    return details;
  });
}

}  // namespace knoten::app
