#include "knoten/app/trust.h"

#include <utility>

namespace knoten::app {
namespace {

// Builds the trust histories from the records as they come, and hands each
// on.
class HistoryBuilder final : public store::HistorySink {
 public:
  HistoryBuilder(Timestamp now, TrustHistories& out, store::HistorySink& also)
      : now_(now), out_(out), also_(also) {}

  void OnPerson(const core::Person& p) override {
    const Timestamp known_since = KnownSince(p);
    out_.people.push_back({.id = p.id,
                           .display_name = p.display_name,
                           .known_since = known_since,
                           .rhythm_days = p.rhythm_days});
    out_.by_person.emplace(p.id.value(), core::TrustHistory(known_since));
    also_.OnPerson(p);
  }
  void OnEncounter(const core::Encounter& e) override {
    for (PersonId id : e.people) {
      if (auto* h = Find(id)) h->Add(e);
    }
    also_.OnEncounter(e);
  }
  void OnLedgerEntry(const core::LedgerEntry& e) override {
    if (auto* h = Find(e.person_id)) h->Add(e);
    also_.OnLedgerEntry(e);
  }
  void OnIntroduction(const core::Introduction& i) override {
    for (PersonId id : {i.person_a, i.person_b}) {
      if (auto* h = Find(id)) h->Add(i);
    }
    also_.OnIntroduction(i);
  }
  void OnPromise(const core::Promise& p) override {
    // Either side, as a person's page counts it (empty: the user).
    for (const auto& side : {p.promisor, p.promisee}) {
      if (!side) continue;
      if (auto* h = Find(*side)) h->Add(p, now_);
    }
    also_.OnPromise(p);
  }
  void OnFollowUp(const core::FollowUp& f) override {
    if (auto* h = Find(f.person_id)) h->Add(f, now_);
    also_.OnFollowUp(f);
  }

 private:
  core::TrustHistory* Find(PersonId id) {
    const auto it = out_.by_person.find(id.value());
    return it == out_.by_person.end() ? nullptr : &it->second;
  }

  const Timestamp now_;
  TrustHistories& out_;
  store::HistorySink& also_;
};

}  // namespace

Timestamp KnownSince(const core::Person& person) {
  return person.first_met_at.value_or(person.created_at);
}

Status ReadTrustHistories(store::Transaction& tx, Timestamp now,
                          TrustHistories& out, store::HistorySink* also) {
  out = {};
  store::HistorySink nothing_else;  // takes every record and does nothing
  HistoryBuilder builder(now, out, also != nullptr ? *also : nothing_else);
  return tx.history().Read(builder);
}

Result<std::vector<PersonTrust>> TrustOfEveryone(store::Transaction& tx,
                                                 Timestamp now) {
  TrustHistories histories;
  KNOTEN_RETURN_IF_ERROR(ReadTrustHistories(tx, now, histories));
  std::vector<PersonTrust> out;
  out.reserve(histories.people.size());
  for (KnownPerson& p : histories.people) {
    out.push_back(
        {.person_id = p.id,
         .person_name = std::move(p.display_name),
         .trust = core::ComputeTrust(histories.by_person.at(p.id.value()), now),
         .known_since = p.known_since,
         .rhythm_days = p.rhythm_days});
  }
  return out;
}

}  // namespace knoten::app
