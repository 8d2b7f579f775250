// Everything about one person for `knoten person show`: the record, their
// offers and needs, memberships, and a timeline of everything shared.

#ifndef KNOTEN_APP_PERSON_DETAILS_H_
#define KNOTEN_APP_PERSON_DETAILS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/core/balance.h"
#include "knoten/core/need.h"
#include "knoten/core/network.h"
#include "knoten/core/offer.h"
#include "knoten/core/person.h"
#include "knoten/core/trust.h"

namespace knoten::app {

struct TimelineItem {
  Timestamp at;
  // The record type: "encounter", "event", "ledger_entry", "introduction",
  // "promise" or "follow_up"; `id` is its id.
  std::string kind;
  int64_t id = 0;
  // The record's own kind or status, e.g. "one_on_one", "given tip",
  // "made", "open call".
  std::string detail;
  std::string text;
};

struct PersonDetails {
  core::Person person;
  std::vector<core::Offer> offers;
  std::vector<core::Need> needs;
  std::vector<core::Membership> memberships;
  std::vector<TimelineItem> timeline;  // latest first
  // Give and take with this person, all time.
  core::Balance balance;
  // Trust derived from that history at the clock's now (docs/trust.md).
  core::Trust trust;
};

Result<PersonDetails> ShowPerson(Context& ctx, PersonId id);

}  // namespace knoten::app

#endif  // KNOTEN_APP_PERSON_DETAILS_H_
