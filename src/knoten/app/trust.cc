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
void AddMeetings(const store::SharedHistory& records, Timestamp now,
                 Histories& histories) {
  for (const core::Encounter& e : records.encounters) {
    for (PersonId id : e.people) {
      if (auto* h = Find(histories, id)) h->Add(e);
    }
  }
  for (const core::FollowUp& f : records.follow_ups) {
    if (auto* h = Find(histories, f.person_id)) h->Add(f, now);
  }
}

// Ledger entries, introductions and promises.
void AddExchanges(const store::SharedHistory& records, Timestamp now,
                  Histories& histories) {
  for (const core::LedgerEntry& e : records.ledger) {
    if (auto* h = Find(histories, e.person_id)) h->Add(e);
  }
  for (const core::Introduction& i : records.introductions) {
    for (PersonId id : {i.person_a, i.person_b}) {
      if (auto* h = Find(histories, id)) h->Add(i);
    }
  }
  for (const core::Promise& p : records.promises) {
    // Either side, as a person's page counts it (empty: the user).
    for (const auto& side : {p.promisor, p.promisee}) {
      if (!side) continue;
      if (auto* h = Find(histories, *side)) h->Add(p, now);
    }
  }
}

}  // namespace

Timestamp KnownSince(const core::Person& person) {
  return person.first_met_at.value_or(person.created_at);
}

Result<TrustHistories> ReadTrustHistories(store::Transaction& tx,
                                          Timestamp now) {
  TrustHistories out;
  KNOTEN_ASSIGN_OR_RETURN(out.records, tx.history().ReadAll());
  out.people = std::move(out.records.people);
  out.records.people.clear();
  Histories& histories = out.by_person;
  histories.reserve(out.people.size());
  for (const core::Person& p : out.people) {
    histories.emplace(p.id.value(), core::TrustHistory(KnownSince(p)));
  }
  AddMeetings(out.records, now, histories);
  AddExchanges(out.records, now, histories);
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
