// Trust for everyone at once (C9): one pass over all records instead of
// one person's page at a time, for the keep-in-touch list of `today` and
// the figures over all people. docs/trust.md gives the formula.
//
// Thread-safety: as the Context's store.

#ifndef KNOTEN_APP_TRUST_H_
#define KNOTEN_APP_TRUST_H_

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/core/person.h"
#include "knoten/core/trust.h"
#include "knoten/store/aggregate_stores.h"

namespace knoten::app {

struct PersonTrust {
  PersonId person_id;
  std::string person_name;
  core::Trust trust;
  Timestamp known_since;               // when the user met them
  std::optional<int64_t> rhythm_days;  // the user's choice; empty: default
};

// When the user met `person`, for trust's "time known" and for a chosen
// rhythm without contact yet: the first meeting, else when recorded.
Timestamp KnownSince(const core::Person& person);

// Every person not archived and the history with each, as far as the
// records go at `now`: the input of core::ComputeTrust at `now` or at any
// time before it (signals after that time do not count).
struct TrustHistories {
  // By id, with the few fields store::SharedHistory reads of a person.
  std::vector<core::Person> people;
  std::unordered_map<int64_t, core::TrustHistory> by_person;  // by id
  // The records read, without their texts (store::SharedHistory), for
  // whatever else a pass over everyone counts; its people moved to `people`.
  store::SharedHistory records;
};
Result<TrustHistories> ReadTrustHistories(store::Transaction& tx,
                                          Timestamp now);

// Every person not archived, by id, with trust at `now`, inside `tx`.
Result<std::vector<PersonTrust>> TrustOfEveryone(store::Transaction& tx,
                                                 Timestamp now);

}  // namespace knoten::app

#endif  // KNOTEN_APP_TRUST_H_
