#include "knoten/app/offer_fit.h"

#include <algorithm>
#include <string>
#include <utility>

#include "knoten/app/match_items.h"

namespace knoten::app {

OfferFit::OfferFit(const std::vector<core::Offer>& offers,
                   const match::Lexicon& lexicon)
    : matcher_(lexicon) {
  for (const core::Offer& offer : offers) {
    if (!offer.active) continue;
    match::Item item = MatchItemOf(offer);
    matcher_.Put(item);
    offers_[std::move(item.id)] = {offer.id, offer.title};
  }
}

NeedFit OfferFit::Of(const core::Need& need) {
  if (!need.active) return {};
  return Of(MatchItemOf(need));
}

NeedFit OfferFit::Of(const match::Item& need) {
  if (offers_.empty()) return {};
  const auto found = matcher_.Find(need, 1, /*explain=*/false, /*min_share=*/0);
  if (found.empty()) return {};
  const OfferRef& offer = offers_.at(found[0].offer_id);
  return {.share = std::min(found[0].share, 1.0),
          .offer_id = offer.id,
          .offer_title = offer.title};
}

PersonFit OfferFit::Of(const std::vector<core::Need>& needs) {
  PersonFit best;
  for (const core::Need& need : needs) {
    const NeedFit fit = Of(need);
    if (!fit.offer_id || fit.share <= best.share) continue;
    best.share = fit.share;
    best.need_id = need.id;
    best.need_title = need.title;
    best.offer_id = fit.offer_id;
    best.offer_title = fit.offer_title;
  }
  return best;
}

}  // namespace knoten::app
