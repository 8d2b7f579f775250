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
#include "knoten/base/ids.h"
#include "knoten/base/time.h"
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

// A person not archived in the few fields a pass over everyone reads.
struct KnownPerson {
  PersonId id;
  std::string display_name;
  Timestamp known_since;               // KnownSince
  std::optional<int64_t> rhythm_days;  // the user's choice; empty: default
};

// Every person not archived and the history with each, as far as the
// records go at `now`: the input of core::ComputeTrust at `now` or at any
// time before it (signals after that time do not count).
struct TrustHistories {
  std::vector<KnownPerson> people;                            // by id
  std::unordered_map<int64_t, core::TrustHistory> by_person;  // by id
};
// Reads `out` from the store, one record at a time (store::HistorySink),
// and hands each record to `also` too, if given, once `out` has taken it:
// whatever else a pass over everyone counts is counted in the same read,
// and `also` may look at what `out` holds so far (everyone, once the
// encounters begin).
Status ReadTrustHistories(store::Transaction& tx, Timestamp now,
                          TrustHistories& out,
                          store::HistorySink* also = nullptr);

// Every person not archived, by id, with trust at `now`, inside `tx`.
Result<std::vector<PersonTrust>> TrustOfEveryone(store::Transaction& tx,
                                                 Timestamp now);

}  // namespace knoten::app

#endif  // KNOTEN_APP_TRUST_H_
