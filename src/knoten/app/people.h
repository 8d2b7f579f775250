// Use cases for the user's profile, people, and the offers and needs of both.
// Every function validates with core, checks that referenced records exist
// (kNotFound naming them), and writes in one transaction.

#ifndef KNOTEN_APP_PEOPLE_H_
#define KNOTEN_APP_PEOPLE_H_

#include <functional>
#include <string_view>

#include "knoten/app/context.h"
#include "knoten/core/need.h"
#include "knoten/core/offer.h"
#include "knoten/core/person.h"
#include "knoten/core/profile.h"
#include "knoten/store/aggregate_stores.h"

namespace knoten::app {

Result<core::Profile> GetProfile(Context& ctx);
// Creates or replaces the profile.
Result<core::Profile> SaveProfile(Context& ctx, core::Profile profile);

// Stores a new person (created_at/updated_at from the clock).
Result<core::Person> AddPerson(Context& ctx, core::Person person);
// Loads person `id`, applies `change`, validates and stores it.
// An archived person can only be restored (archived = false); any other
// change is kFailedPrecondition.
Result<core::Person> EditPerson(Context& ctx, PersonId id,
                                const Change<core::Person>& change);
// Deletes the person and everything that is only about them (their offers,
// needs, encounters' participation, ledger entries, promises, follow-ups,
// introductions). Prefer archiving; deleting cannot be undone.
Status DeletePerson(Context& ctx, PersonId id);
Result<core::Person> GetPerson(Context& ctx, PersonId id);
Result<store::Page<core::Person>> ListPeople(Context& ctx,
                                             const store::PersonFilter& filter,
                                             const store::Paging& paging);
// Calls `visit` for each person ListPeople would return, one at a time, in
// one read transaction; returns the total. For lists too long to hold.
Result<int64_t> ForEachPerson(
    Context& ctx, const store::PersonFilter& filter,
    const store::Paging& paging,
    const std::function<Status(const core::Person&)>& visit);
// People whose text matches every word of `query`, best first.
Result<store::Page<core::Person>> SearchPeople(Context& ctx,
                                               std::string_view query,
                                               const store::Paging& paging);

Result<core::Offer> AddOffer(Context& ctx, core::Offer offer);
Result<core::Offer> EditOffer(Context& ctx, OfferId id,
                              const Change<core::Offer>& change);
Status DeleteOffer(Context& ctx, OfferId id);
Result<core::Offer> GetOffer(Context& ctx, OfferId id);
Result<store::Page<core::Offer>> ListOffers(Context& ctx,
                                            const store::OwnerFilter& filter,
                                            const store::Paging& paging);

Result<core::Need> AddNeed(Context& ctx, core::Need need);
Result<core::Need> EditNeed(Context& ctx, NeedId id,
                            const Change<core::Need>& change);
Status DeleteNeed(Context& ctx, NeedId id);
Result<core::Need> GetNeed(Context& ctx, NeedId id);
Result<store::Page<core::Need>> ListNeeds(Context& ctx,
                                          const store::OwnerFilter& filter,
                                          const store::Paging& paging);

// Returns OK if every id names a stored person who is not archived, else
// kNotFound or kFailedPrecondition for the first that is not. Used by all
// use cases that reference people: an archived person's records stay as
// they are until the person is restored.
Status RequirePeople(store::Transaction& tx,
                     std::initializer_list<std::optional<PersonId>> ids);

}  // namespace knoten::app

#endif  // KNOTEN_APP_PEOPLE_H_
