#include "knoten/app/reflection.h"

#include <algorithm>
#include <utility>

#include "knoten/app/trust.h"
#include "knoten/core/keep_in_touch.h"
#include "knoten/store/aggregate_stores.h"

namespace knoten::app {

namespace {

using core::ReflectionItem;

constexpr int64_t kYearDays = 365;
constexpr int64_t kSmallTalkDays = 90;

Timestamp DaysBefore(Timestamp now, int64_t days) {
  return Timestamp::FromUnixSeconds(now.unix_seconds() - days * kSecondsPerDay);
}

std::string Plural(int64_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

Result<int64_t> CountLedger(store::Transaction& tx, core::Direction direction,
                            Timestamp from) {
  KNOTEN_ASSIGN_OR_RETURN(
      const auto page,
      tx.ledger().List({.direction = direction, .from = from}, {.limit = 0}));
  return page.total;
}

Result<ReflectionEvidence> ReadyToGive(store::Transaction& tx, Timestamp now) {
  const Timestamp from = DaysBefore(now, kYearDays);
  KNOTEN_ASSIGN_OR_RETURN(const int64_t given,
                          CountLedger(tx, core::Direction::kGiven, from));
  KNOTEN_ASSIGN_OR_RETURN(const int64_t received,
                          CountLedger(tx, core::Direction::kReceived, from));
  return ReflectionEvidence{.facts = {{"given", given}, {"received", received}},
                            .attention = given == 0 || given < received,
                            .summary = "In the last 12 months you gave " +
                                       Plural(given, "time", "times") +
                                       " and received " +
                                       Plural(received, "time", "times") + "."};
}

Result<ReflectionEvidence> KnowWhoIAm(store::Transaction& tx) {
  auto profile = tx.profile().Get();
  if (!profile && profile.error().code != ErrorCode::kNotFound) {
    return std::move(profile).error();
  }
  const bool positioning = profile && !profile->positioning.empty();
  const int64_t areas =
      profile ? static_cast<int64_t>(profile->expertise_areas.size()) : 0;
  return ReflectionEvidence{
      .facts = {{"positioning", positioning ? 1 : 0},
                {"expertise_areas", areas}},
      .attention = !positioning || areas == 0,
      .summary = std::string(positioning ? "Your profile says who you are"
                                         : "Your profile has no positioning "
                                           "yet") +
                 " and names " +
                 Plural(areas, "expertise area",
                        "expertise "
                        "areas") +
                 "."};
}

std::string OffersSummary(int64_t offers, int64_t without_audience) {
  if (offers == 0) return "You have written down no offers yet.";
  if (without_audience == 0) {
    return "You offer " + Plural(offers, "thing", "things") +
           (offers == 1 ? ", with its audience." : ", each with its audience.");
  }
  return "You offer " + Plural(offers, "thing", "things") + "; " +
         Plural(without_audience, "has", "have") + " no audience (for whom?).";
}

Result<ReflectionEvidence> WhatForWhom(store::Transaction& tx) {
  KNOTEN_ASSIGN_OR_RETURN(
      const auto offers,
      tx.offers().List(
          {.scope = store::OwnerFilter::Scope::kMine, .active_only = true},
          {}));
  const auto without = static_cast<int64_t>(std::ranges::count_if(
      offers.items, [](const core::Offer& o) { return o.audience.empty(); }));
  return ReflectionEvidence{
      .facts = {{"offers", offers.total}, {"without_audience", without}},
      .attention = offers.total == 0 || without > 0,
      .summary = OffersSummary(offers.total, without)};
}

Result<ReflectionEvidence> WhatINeed(store::Transaction& tx) {
  KNOTEN_ASSIGN_OR_RETURN(
      const auto needs,
      tx.needs().List(
          {.scope = store::OwnerFilter::Scope::kMine, .active_only = true},
          {.limit = 0}));
  return ReflectionEvidence{.facts = {{"needs", needs.total}},
                            .attention = needs.total == 0,
                            .summary = "You have written down " +
                                       Plural(needs.total, "need", "needs") +
                                       "."};
}

Result<ReflectionEvidence> RealRelationships(store::Transaction& tx) {
  KNOTEN_ASSIGN_OR_RETURN(
      const auto done,
      tx.follow_ups().List({.status = core::FollowUpStatus::kDone},
                           {.limit = 0}));
  return ReflectionEvidence{
      .facts = {{"follow_ups_done", done.total}},
      .attention = done.total == 0,
      .summary = Plural(done.total, "follow-up (a meeting or call) has",
                        "follow-ups (meetings or calls) have") +
                 " happened."};
}

Result<ReflectionEvidence> DifferentGroups(store::Transaction& tx) {
  KNOTEN_ASSIGN_OR_RETURN(const auto memberships,
                          tx.networks().MembershipsOf(std::nullopt));
  const auto n = static_cast<int64_t>(memberships.size());
  return ReflectionEvidence{.facts = {{"networks", n}},
                            .attention = n < 2,
                            .summary = "You are a member of " +
                                       Plural(n, "network", "networks") + "."};
}

Result<ReflectionEvidence> SmallTalk(store::Transaction& tx, Timestamp now) {
  KNOTEN_ASSIGN_OR_RETURN(
      const auto encounters,
      tx.encounters().List({.from = DaysBefore(now, kSmallTalkDays)},
                           {.limit = 0}));
  return ReflectionEvidence{
      .facts = {{"encounters_90_days", encounters.total}},
      .attention = encounters.total == 0,
      .summary = "You met people " + Plural(encounters.total, "time", "times") +
                 " in the last 90 days."};
}

// Trust as docs/trust.md derives it: how many relationships have grown
// (from 0.5: working relationships or closer; from 0.2: getting to know
// each other) and how many promises were broken, which cost trust fast.
Result<ReflectionEvidence> BuildTrustSlowly(store::Transaction& tx,
                                            Timestamp now) {
  KNOTEN_ASSIGN_OR_RETURN(const auto everyone, TrustOfEveryone(tx, now));
  int64_t close = 0;
  int64_t growing = 0;
  for (const PersonTrust& p : everyone) {
    if (p.trust.level >= core::kCloseTrust) {
      ++close;
    } else if (p.trust.level >= core::kKnownTrust) {
      ++growing;
    }
  }
  KNOTEN_ASSIGN_OR_RETURN(
      const auto broken,
      tx.promises().List({.status = core::PromiseStatus::kBroken},
                         {.limit = 0}));
  return ReflectionEvidence{
      .facts = {{"close_relationships", close},
                {"growing_relationships", growing},
                {"broken_promises", broken.total}},
      .attention = broken.total > 0,
      .summary = Plural(close, "relationship has", "relationships have") +
                 " grown into working trust, " + std::to_string(growing) +
                 (growing == 1 ? " more is" : " more are") + " growing; " +
                 Plural(broken.total, "promise was", "promises were") +
                 " broken."};
}

// The evidence for `item`, or nullopt where knoten cannot tell (yet).
Result<std::optional<ReflectionEvidence>> EvidenceFor(store::Transaction& tx,
                                                      ReflectionItem item,
                                                      Timestamp now) {
  auto wrap = [](Result<ReflectionEvidence> r)
      -> Result<std::optional<ReflectionEvidence>> {
    if (!r) return std::move(r).error();
    return std::optional<ReflectionEvidence>(std::move(*r));
  };
  switch (item) {
    case ReflectionItem::kReadyToGive:
      return wrap(ReadyToGive(tx, now));
    case ReflectionItem::kKnowWhoIAm:
      return wrap(KnowWhoIAm(tx));
    case ReflectionItem::kWhatForWhom:
      return wrap(WhatForWhom(tx));
    case ReflectionItem::kWhatINeed:
      return wrap(WhatINeed(tx));
    case ReflectionItem::kRealRelationships:
      return wrap(RealRelationships(tx));
    case ReflectionItem::kDifferentGroups:
      return wrap(DifferentGroups(tx));
    case ReflectionItem::kSmallTalk:
      return wrap(SmallTalk(tx, now));
    case ReflectionItem::kBuildTrustSlowly:
      return wrap(BuildTrustSlowly(tx, now));
    case ReflectionItem::kWhichNetwork:
    case ReflectionItem::kExpertiseWellPlaced:
      return std::optional<ReflectionEvidence>();
  }
  return std::optional<ReflectionEvidence>();
}

Result<ReflectionCheck> CheckOne(
    store::Transaction& tx, ReflectionItem item, Timestamp now,
    const std::vector<core::ReflectionEntry>& answers) {
  ReflectionCheck check{.item = item};
  const auto answer =
      std::ranges::find(answers, item, &core::ReflectionEntry::item);
  if (answer != answers.end()) check.answer = *answer;
  KNOTEN_ASSIGN_OR_RETURN(check.evidence, EvidenceFor(tx, item, now));
  return check;
}

}  // namespace

Result<std::vector<ReflectionCheck>> Reflection(Context& ctx) {
  const Timestamp now = ctx.clock.Now();
  return InRead(
      ctx, [&](store::Transaction& tx) -> Result<std::vector<ReflectionCheck>> {
        KNOTEN_ASSIGN_OR_RETURN(const auto answers, tx.profile().Reflection());
        std::vector<ReflectionCheck> checks;
        for (const ReflectionItem item : core::kReflectionItems) {
          KNOTEN_ASSIGN_OR_RETURN(auto check, CheckOne(tx, item, now, answers));
          checks.push_back(std::move(check));
        }
        return checks;
      });
}

Result<ReflectionCheck> AnswerReflection(Context& ctx, ReflectionItem item,
                                         core::ReflectionAnswer answer,
                                         std::string note) {
  const Timestamp now = ctx.clock.Now();
  KNOTEN_ASSIGN_OR_RETURN(
      const core::ReflectionEntry entry,
      core::ValidateReflectionEntry({.item = item,
                                     .answer = answer,
                                     .note = std::move(note),
                                     .answered_at = now}));
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<ReflectionCheck> {
    KNOTEN_RETURN_IF_ERROR(tx.profile().PutReflection(entry));
    return CheckOne(tx, item, now, {entry});
  });
}

}  // namespace knoten::app
