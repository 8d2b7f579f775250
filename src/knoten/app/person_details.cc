#include "knoten/app/person_details.h"

#include <algorithm>
#include <utility>

#include "knoten/app/trust.h"

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

Status AddPitches(store::Transaction& tx, PersonId id,
                  std::vector<TimelineItem>& out) {
  KNOTEN_ASSIGN_OR_RETURN(auto pitches,
                          tx.pitches().List({.person_id = id}, {}));
  for (const core::Pitch& p : pitches.items) {
    out.push_back({p.pitched_at, "pitch", p.id.value(),
                   p.too_early ? "too_early" : "", p.about});
  }
  return OkStatus();
}

// The details and the user's offers, read in one transaction.
struct PersonRead {
  PersonDetails details;
  std::vector<core::Offer> my_offers;
};

Status AddOffersNeedsAndMemberships(store::Transaction& tx,
                                    PersonDetails& details) {
  const PersonId id = details.person.id;
  const OwnerFilter theirs{.scope = OwnerFilter::Scope::kPerson,
                           .person_id = id};
  KNOTEN_ASSIGN_OR_RETURN(auto offers, tx.offers().List(theirs, {}));
  details.offers = std::move(offers.items);
  KNOTEN_ASSIGN_OR_RETURN(auto needs, tx.needs().List(theirs, {}));
  details.needs = std::move(needs.items);
  KNOTEN_ASSIGN_OR_RETURN(details.memberships, tx.networks().MembershipsOf(id));
  return OkStatus();
}

Status AddJudgementsAndMyOffers(store::Transaction& tx, PersonRead& read) {
  KNOTEN_ASSIGN_OR_RETURN(read.details.judgements,
                          tx.judgements().Of(read.details.person.id));
  KNOTEN_ASSIGN_OR_RETURN(
      auto mine,
      tx.offers().List(
          {.scope = OwnerFilter::Scope::kMine, .active_only = true}, {}));
  read.my_offers = std::move(mine.items);
  return OkStatus();
}

// The timeline (latest first), the balance and trust from the history.
Status AddHistory(store::Transaction& tx, Timestamp now,
                  PersonDetails& details) {
  const PersonId id = details.person.id;
  core::TrustHistory history(KnownSince(details.person));
  KNOTEN_RETURN_IF_ERROR(
      AddEncountersAndEvents(tx, id, details.timeline, history));
  KNOTEN_RETURN_IF_ERROR(
      AddGiveAndTake(tx, id, details.timeline, details.balance, history, now));
  details.trust = core::ComputeTrust(history, now);
  details.touch = core::TouchWith(details.person.rhythm_days, details.trust,
                                  KnownSince(details.person), now);
  KNOTEN_RETURN_IF_ERROR(AddPitches(tx, id, details.timeline));
  std::stable_sort(
      details.timeline.begin(), details.timeline.end(),
      [](const TimelineItem& a, const TimelineItem& b) { return a.at > b.at; });
  return OkStatus();
}

Result<PersonRead> ReadPerson(Context& ctx, PersonId id) {
  return InRead(ctx, [&](store::Transaction& tx) -> Result<PersonRead> {
    PersonRead read;
    PersonDetails& details = read.details;
    KNOTEN_ASSIGN_OR_RETURN(details.person, tx.people().Get(id));
    KNOTEN_RETURN_IF_ERROR(AddOffersNeedsAndMemberships(tx, details));
    KNOTEN_RETURN_IF_ERROR(AddHistory(tx, ctx.clock.Now(), details));
    KNOTEN_RETURN_IF_ERROR(AddJudgementsAndMyOffers(tx, read));
    return read;
  });
}

bool AnyActive(const std::vector<core::Need>& needs) {
  return std::ranges::any_of(needs, &core::Need::active);
}

}  // namespace

Result<PersonDetails> ShowPerson(Context& ctx, PersonId id,
                                 const LexiconSource& lexicon) {
  // The matching runs after the read transaction: loading word lists may
  // take a while.
  KNOTEN_ASSIGN_OR_RETURN(PersonRead read, ReadPerson(ctx, id));
  PersonDetails& details = read.details;
  if (!read.my_offers.empty() && AnyActive(details.needs)) {
    match::Lexicon words;
    if (lexicon) {
      KNOTEN_ASSIGN_OR_RETURN(words, lexicon());
    }
    OfferFit offer_fit(read.my_offers, words);
    details.fit = offer_fit.Of(details.needs);
  }
  details.client_fit = core::ComputeClientFit(
      details.trust.level, details.judgements, details.fit.share);
  return std::move(details);
}

}  // namespace knoten::app
