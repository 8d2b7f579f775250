#include "knoten/app/people.h"

#include <string>
#include <utility>

namespace knoten::app {

namespace {

Error ArchivedError(const core::Person& person) {
  return FailedPreconditionError(
      "Person " + std::to_string(person.id.value()) + " (" +
      person.display_name +
      ") is archived; restore them first ('knoten person archive ID --undo' "
      "or archived=false in the API).");
}

// Applies `change`; an archived person can only be restored, not changed
// otherwise.
Status ApplyChange(const Change<core::Person>& change, core::Person& person) {
  const bool was_archived = person.archived;
  KNOTEN_RETURN_IF_ERROR(change(person));
  if (was_archived && person.archived) return ArchivedError(person);
  return OkStatus();
}

}  // namespace

Status RequirePeople(store::Transaction& tx,
                     std::initializer_list<std::optional<PersonId>> ids) {
  for (const auto& id : ids) {
    if (!id) continue;
    KNOTEN_ASSIGN_OR_RETURN(const core::Person person, tx.people().Get(*id));
    if (person.archived) return ArchivedError(person);
  }
  return OkStatus();
}

Result<core::Profile> GetProfile(Context& ctx) {
  return InRead(ctx, [](store::Transaction& tx) { return tx.profile().Get(); });
}

Result<core::Profile> SaveProfile(Context& ctx, core::Profile profile) {
  KNOTEN_ASSIGN_OR_RETURN(profile, core::ValidateProfile(std::move(profile)));
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<core::Profile> {
    KNOTEN_RETURN_IF_ERROR(tx.profile().Put(profile));
    return profile;
  });
}

Result<core::Person> AddPerson(Context& ctx, core::Person person) {
  person.created_at = ctx.clock.Now();
  person.updated_at = person.created_at;
  KNOTEN_ASSIGN_OR_RETURN(person, core::ValidatePerson(std::move(person)));
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<core::Person> {
    if (person.first_met_event) {
      KNOTEN_RETURN_IF_ERROR(tx.events().Get(*person.first_met_event));
    }
    KNOTEN_ASSIGN_OR_RETURN(person.id, tx.people().Create(person));
    return person;
  });
}

Result<core::Person> EditPerson(Context& ctx, PersonId id,
                                const Change<core::Person>& change) {
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<core::Person> {
    KNOTEN_ASSIGN_OR_RETURN(core::Person person, tx.people().Get(id));
    KNOTEN_RETURN_IF_ERROR(ApplyChange(change, person));
    person.id = id;
    person.updated_at = ctx.clock.Now();
    KNOTEN_ASSIGN_OR_RETURN(person, core::ValidatePerson(std::move(person)));
    if (person.first_met_event) {
      KNOTEN_RETURN_IF_ERROR(tx.events().Get(*person.first_met_event));
    }
    KNOTEN_RETURN_IF_ERROR(tx.people().Update(person));
    return person;
  });
}

Status DeletePerson(Context& ctx, PersonId id) {
  return InWrite(
      ctx, [&](store::Transaction& tx) { return tx.people().Delete(id); });
}

Result<core::Person> GetPerson(Context& ctx, PersonId id) {
  return InRead(ctx,
                [&](store::Transaction& tx) { return tx.people().Get(id); });
}

Result<store::Page<core::Person>> ListPeople(Context& ctx,
                                             const store::PersonFilter& filter,
                                             const store::Paging& paging) {
  return InRead(ctx, [&](store::Transaction& tx) {
    return tx.people().List(filter, paging);
  });
}

Result<int64_t> ForEachPerson(
    Context& ctx, const store::PersonFilter& filter,
    const store::Paging& paging,
    const std::function<Status(const core::Person&)>& visit) {
  return InRead(ctx, [&](store::Transaction& tx) {
    return tx.people().ForEach(filter, paging, visit);
  });
}

Result<store::Page<core::Person>> SearchPeople(Context& ctx,
                                               std::string_view query,
                                               const store::Paging& paging) {
  return InRead(
      ctx, [&](store::Transaction& tx) -> Result<store::Page<core::Person>> {
        KNOTEN_ASSIGN_OR_RETURN(auto ids, tx.people().Search(query, paging));
        store::Page<core::Person> page;
        page.total = ids.total;
        for (PersonId id : ids.items) {
          KNOTEN_ASSIGN_OR_RETURN(core::Person p, tx.people().Get(id));
          page.items.push_back(std::move(p));
        }
        return page;
      });
}

Result<core::Offer> AddOffer(Context& ctx, core::Offer offer) {
  offer.created_at = ctx.clock.Now();
  KNOTEN_ASSIGN_OR_RETURN(offer, core::ValidateOffer(std::move(offer)));
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<core::Offer> {
    KNOTEN_RETURN_IF_ERROR(RequirePeople(tx, {offer.person_id}));
    KNOTEN_ASSIGN_OR_RETURN(offer.id, tx.offers().Create(offer));
    return offer;
  });
}

Result<core::Offer> EditOffer(Context& ctx, OfferId id,
                              const Change<core::Offer>& change) {
  return EditRecord(
      ctx, id, change,
      [](store::Transaction & tx) -> auto& { return tx.offers(); },
      core::ValidateOffer,
      [](store::Transaction& tx, const core::Offer& r) {
        return RequirePeople(tx, {r.person_id});
      });
}

Status DeleteOffer(Context& ctx, OfferId id) {
  return InWrite(
      ctx, [&](store::Transaction& tx) { return tx.offers().Delete(id); });
}

Result<core::Offer> GetOffer(Context& ctx, OfferId id) {
  return InRead(ctx,
                [&](store::Transaction& tx) { return tx.offers().Get(id); });
}

Result<store::Page<core::Offer>> ListOffers(Context& ctx,
                                            const store::OwnerFilter& filter,
                                            const store::Paging& paging) {
  return InRead(ctx, [&](store::Transaction& tx) {
    return tx.offers().List(filter, paging);
  });
}

Result<core::Need> AddNeed(Context& ctx, core::Need need) {
  need.created_at = ctx.clock.Now();
  KNOTEN_ASSIGN_OR_RETURN(need, core::ValidateNeed(std::move(need)));
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<core::Need> {
    KNOTEN_RETURN_IF_ERROR(
        RequirePeople(tx, {need.person_id, need.on_behalf_of}));
    KNOTEN_ASSIGN_OR_RETURN(need.id, tx.needs().Create(need));
    return need;
  });
}

Result<core::Need> EditNeed(Context& ctx, NeedId id,
                            const Change<core::Need>& change) {
  return EditRecord(
      ctx, id, change,
      [](store::Transaction & tx) -> auto& { return tx.needs(); },
      core::ValidateNeed,
      [](store::Transaction& tx, const core::Need& r) {
        return RequirePeople(tx, {r.person_id, r.on_behalf_of});
      });
}

Status DeleteNeed(Context& ctx, NeedId id) {
  return InWrite(ctx,
                 [&](store::Transaction& tx) { return tx.needs().Delete(id); });
}

Result<core::Need> GetNeed(Context& ctx, NeedId id) {
  return InRead(ctx,
                [&](store::Transaction& tx) { return tx.needs().Get(id); });
}

Result<store::Page<core::Need>> ListNeeds(Context& ctx,
                                          const store::OwnerFilter& filter,
                                          const store::Paging& paging) {
  return InRead(ctx, [&](store::Transaction& tx) {
    return tx.needs().List(filter, paging);
  });
}

}  // namespace knoten::app
