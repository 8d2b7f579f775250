#include "knoten/app/trust.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace knoten::app {
namespace {

// The histories, by person id.
using Histories = std::unordered_map<int64_t, core::TrustHistory>;

core::TrustHistory* Find(Histories& histories, PersonId id) {
  const auto it = histories.find(id.value());
  return it == histories.end() ? nullptr : &it->second;
}

// Encounters and follow-ups.
Status AddMeetings(store::Transaction& tx, Timestamp now,
                   Histories& histories) {
  KNOTEN_ASSIGN_OR_RETURN(auto encounters, tx.encounters().List({}, {}));
  for (const core::Encounter& e : encounters.items) {
    for (PersonId id : e.people) {
      if (auto* h = Find(histories, id)) h->Add(e);
    }
  }
  KNOTEN_ASSIGN_OR_RETURN(auto follow_ups, tx.follow_ups().List({}, {}));
  for (const core::FollowUp& f : follow_ups.items) {
    if (auto* h = Find(histories, f.person_id)) h->Add(f, now);
  }
  return OkStatus();
}

// Ledger entries (into the balances too), introductions and promises.
Status AddExchanges(store::Transaction& tx, Timestamp now,
                    TrustHistories& out) {
  Histories& histories = out.by_person;
  KNOTEN_ASSIGN_OR_RETURN(auto ledger, tx.ledger().List({}, {}));
  for (const core::LedgerEntry& e : ledger.items) {
    if (auto* h = Find(histories, e.person_id)) {
      h->Add(e);
      out.balances[e.person_id.value()].Add(e);
    }
  }
  KNOTEN_ASSIGN_OR_RETURN(auto intros, tx.introductions().List({}, {}));
  for (const core::Introduction& i : intros.items) {
    for (PersonId id : {i.person_a, i.person_b}) {
      if (auto* h = Find(histories, id)) h->Add(i);
    }
  }
  KNOTEN_ASSIGN_OR_RETURN(auto promises, tx.promises().List({}, {}));
  for (const core::Promise& p : promises.items) {
    // Either side, as a person's page counts it (empty: the user).
    for (const auto& side : {p.promisor, p.promisee}) {
      if (!side) continue;
      if (auto* h = Find(histories, *side)) h->Add(p, now);
    }
  }
  return OkStatus();
}

}  // namespace

Timestamp KnownSince(const core::Person& person) {
  return person.first_met_at.value_or(person.created_at);
}

Result<TrustHistories> ReadTrustHistories(store::Transaction& tx,
                                          Timestamp now) {
  TrustHistories out;
  KNOTEN_ASSIGN_OR_RETURN(auto people, tx.people().List({}, {}));
  out.people = std::move(people.items);
  Histories& histories = out.by_person;
  histories.reserve(out.people.size());
  for (const core::Person& p : out.people) {
    histories.emplace(p.id.value(), core::TrustHistory(KnownSince(p)));
  }
  KNOTEN_RETURN_IF_ERROR(AddMeetings(tx, now, histories));
  KNOTEN_RETURN_IF_ERROR(AddExchanges(tx, now, out));
  return out;
}

Result<std::vector<PersonTrust>> TrustOfEveryone(store::Transaction& tx,
                                                 Timestamp now) {
  KNOTEN_ASSIGN_OR_RETURN(TrustHistories histories,
                          ReadTrustHistories(tx, now));
  std::vector<PersonTrust> out;
  out.reserve(histories.people.size());
  for (core::Person& p : histories.people) {
    out.push_back(
        {.person_id = p.id,
         .person_name = std::move(p.display_name),
         .trust = core::ComputeTrust(histories.by_person.at(p.id.value()), now),
         .known_since = KnownSince(p),
         .rhythm_days = p.rhythm_days});
  }
  return out;
}

}  // namespace knoten::app
