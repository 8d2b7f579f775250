// Everything about one person for `knoten person show`: the record, their
// offers and needs, memberships, a timeline of everything shared, and the
// figures of the relationship: balance, trust and client fit.

#ifndef KNOTEN_APP_PERSON_DETAILS_H_
#define KNOTEN_APP_PERSON_DETAILS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/app/offer_fit.h"
#include "knoten/app/suggestions.h"
#include "knoten/core/balance.h"
#include "knoten/core/client_fit.h"
#include "knoten/core/judgement.h"
#include "knoten/core/keep_in_touch.h"
#include "knoten/core/need.h"
#include "knoten/core/network.h"
#include "knoten/core/offer.h"
#include "knoten/core/person.h"
#include "knoten/core/trust.h"

namespace knoten::app {

struct TimelineItem {
  Timestamp at;
  // The record type: "encounter", "event", "ledger_entry", "introduction",
  // "promise", "follow_up" or "pitch"; `id` is its id.
  std::string kind;
  int64_t id = 0;
  // The record's own kind or status, e.g. "one_on_one", "given tip",
  // "made", "open call", "too_early" (a pitch that came early).
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
  // The rhythm of keeping in touch and whether the next contact is due.
  core::Touch touch;
  // The user's judgements of competence and chemistry, competence first.
  std::vector<core::Judgement> judgements;
  // How well the user's offers meet this person's needs.
  PersonFit fit;
  core::ClientFit client_fit;
};

// Word lists are asked for only when the user has offers and the person
// has needs to match; without a source the matching uses none (the same
// words and stems only).
Result<PersonDetails> ShowPerson(Context& ctx, PersonId id,
                                 const LexiconSource& lexicon = {});

}  // namespace knoten::app

#endif  // KNOTEN_APP_PERSON_DETAILS_H_
