#include "knoten/app/pitch.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "knoten/app/match_items.h"
#include "knoten/app/offer_fit.h"
#include "knoten/app/person_details.h"
#include "knoten/core/enum_names.h"
#include "knoten/match/matcher.h"

namespace knoten::app {
namespace {

constexpr core::EnumTable<GiveFirst::Kind, 3> kKindNames = {{
    {GiveFirst::Kind::kIntroduction, "introduction"},
    {GiveFirst::Kind::kTip, "tip"},
    {GiveFirst::Kind::kAsk, "ask"},
}};

std::vector<core::Need> ActiveNeeds(const std::vector<core::Need>& needs) {
  std::vector<core::Need> active;
  std::ranges::copy_if(needs, std::back_inserter(active), &core::Need::active);
  return active;
}

// The active offers of everyone but the user and `person_id`.
Result<std::vector<core::Offer>> OffersOfOthers(Context& ctx,
                                                PersonId person_id) {
  return InRead(
      ctx, [&](store::Transaction& tx) -> Result<std::vector<core::Offer>> {
        KNOTEN_ASSIGN_OR_RETURN(auto offers,
                                tx.offers().List({.active_only = true}, {}));
        std::erase_if(offers.items, [&](const core::Offer& o) {
          return !o.person_id || *o.person_id == person_id;
        });
        return std::move(offers.items);
      });
}

// For each need, the contact whose offer meets it best, best match first.
Result<std::vector<GiveFirst>> Introductions(
    Context& ctx, PersonId person_id, const std::vector<core::Need>& needs,
    const LexiconSource& lexicon) {
  KNOTEN_ASSIGN_OR_RETURN(const auto offers, OffersOfOthers(ctx, person_id));
  if (offers.empty()) return std::vector<GiveFirst>{};
  match::Lexicon words;
  if (lexicon) {
    KNOTEN_ASSIGN_OR_RETURN(words, lexicon());
  }
  match::Matcher matcher(words);
  std::unordered_map<std::string, const core::Offer*> offer_of;
  for (const core::Offer& offer : offers) {
    match::Item item = MatchItemOf(offer);
    matcher.Put(item);
    offer_of[std::move(item.id)] = &offer;
  }
  std::vector<std::pair<double, GiveFirst>> found;
  for (const core::Need& need : needs) {
    const auto best =
        matcher.Find(MatchItemOf(need), 1, /*explain=*/false, kFitMinShare);
    if (best.empty()) continue;
    const core::Offer& offer = *offer_of.at(best[0].offer_id);
    found.emplace_back(best[0].share,
                       GiveFirst{.kind = GiveFirst::Kind::kIntroduction,
                                 .need_id = need.id,
                                 .need_title = need.title,
                                 .person_id = offer.person_id,
                                 .offer_id = offer.id,
                                 .offer_title = offer.title});
  }
  std::ranges::stable_sort(found, std::greater<>(),
                           &std::pair<double, GiveFirst>::first);
  std::vector<GiveFirst> ideas;
  ideas.reserve(found.size());
  for (auto& [share, idea] : found) ideas.push_back(std::move(idea));
  KNOTEN_RETURN_IF_ERROR(InRead(ctx, [&](store::Transaction& tx) -> Status {
    for (GiveFirst& idea : ideas) {
      KNOTEN_ASSIGN_OR_RETURN(const core::Person p,
                              tx.people().Get(*idea.person_id));
      idea.person_name = p.display_name;
    }
    return OkStatus();
  }));
  return ideas;
}

// Introductions first, then tips for needs no introduction covers, else
// asking what they need; at most kMaxGiveFirst.
Result<std::vector<GiveFirst>> IdeasToGiveFirst(
    Context& ctx, PersonId person_id, const std::vector<core::Need>& needs,
    const LexiconSource& lexicon) {
  if (needs.empty()) return std::vector<GiveFirst>{{}};  // kAsk
  KNOTEN_ASSIGN_OR_RETURN(std::vector<GiveFirst> ideas,
                          Introductions(ctx, person_id, needs, lexicon));
  for (const core::Need& need : needs) {
    if (ideas.size() >= kMaxGiveFirst) break;
    const bool covered = std::ranges::any_of(
        ideas, [&](const GiveFirst& idea) { return idea.need_id == need.id; });
    if (covered) continue;
    ideas.push_back({.kind = GiveFirst::Kind::kTip,
                     .need_id = need.id,
                     .need_title = need.title});
  }
  if (ideas.size() > kMaxGiveFirst) ideas.resize(kMaxGiveFirst);
  return ideas;
}

}  // namespace

std::string_view GiveFirstKindName(GiveFirst::Kind kind) {
  return core::EnumName(kKindNames, kind);
}

Result<PitchCheck> CheckPitch(Context& ctx, PersonId person_id,
                              const LexiconSource& lexicon) {
  // Without word lists: only trust and the judgements are needed here.
  KNOTEN_ASSIGN_OR_RETURN(const PersonDetails details,
                          ShowPerson(ctx, person_id));
  PitchCheck check{.person_id = person_id,
                   .person_name = details.person.display_name,
                   .trust = details.trust.level,
                   .chemistry = details.client_fit.chemistry};
  check.too_early = core::TooEarlyReasons(check.trust, check.chemistry);
  if (!check.too_early.empty()) {
    KNOTEN_ASSIGN_OR_RETURN(
        check.give_first,
        IdeasToGiveFirst(ctx, person_id, ActiveNeeds(details.needs), lexicon));
  }
  return check;
}

Result<PitchOutcome> PitchTo(Context& ctx, PersonId person_id,
                             std::string about, bool despite_too_early,
                             const LexiconSource& lexicon) {
  core::Pitch pitch{.person_id = person_id,
                    .about = std::move(about),
                    .pitched_at = ctx.clock.Now()};
  KNOTEN_ASSIGN_OR_RETURN(pitch, core::ValidatePitch(std::move(pitch)));
  PitchOutcome outcome;
  KNOTEN_ASSIGN_OR_RETURN(outcome.check, CheckPitch(ctx, person_id, lexicon));
  pitch.too_early = !outcome.check.too_early.empty();
  if (pitch.too_early && !despite_too_early) return outcome;
  KNOTEN_ASSIGN_OR_RETURN(
      pitch.id, InWrite(ctx, [&](store::Transaction& tx) -> Result<PitchId> {
        return tx.pitches().Create(pitch);
      }));
  outcome.pitch = std::move(pitch);
  return outcome;
}

}  // namespace knoten::app
