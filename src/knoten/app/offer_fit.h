// Offer fit: how well a set of offers meets needs, from the matching engine.
// The user's offers against a person's needs give the "fit" factor of client
// fit (core/client_fit.h); both directions between the user and a network's
// people give the network's expertise fit (app/network_report.h).
//
// Thread-safety: an OfferFit belongs to one thread at a time.

#ifndef KNOTEN_APP_OFFER_FIT_H_
#define KNOTEN_APP_OFFER_FIT_H_

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "knoten/base/ids.h"
#include "knoten/core/need.h"
#include "knoten/core/offer.h"
#include "knoten/match/matcher.h"

namespace knoten::app {

// A need counts as met when an offer covers at least this share of it (as
// in the suggestions of app/suggestions.h); the fit factor itself is the
// share, however small.
inline constexpr double kFitMinShare = 0.25;

// The best of the offers for one need and the share of it that offer
// covers (0 to 1); share 0 and no offer when none matches at all.
struct NeedFit {
  double share = 0;
  std::optional<OfferId> offer_id;
  std::string offer_title;
};

// A person's fit: the best NeedFit over their active needs, and which need
// and offer it was.
struct PersonFit {
  double share = 0;
  std::optional<NeedId> need_id;
  std::string need_title;
  std::optional<OfferId> offer_id;
  std::string offer_title;
};

class OfferFit {
 public:
  // Matches with `offers` (inactive ones are left out); `lexicon`'s word
  // lists must outlive this.
  OfferFit(const std::vector<core::Offer>& offers,
           const match::Lexicon& lexicon);

  NeedFit Of(const core::Need& need);
  // The same for an active need made a matching item (MatchItemOf).
  NeedFit Of(const match::Item& need);
  // Over the active needs among `needs`.
  PersonFit Of(const std::vector<core::Need>& needs);

 private:
  struct OfferRef {
    OfferId id;
    std::string title;
  };
  match::Matcher matcher_;
  // By the matcher's offer id.
  std::unordered_map<std::string, OfferRef> offers_;
};

}  // namespace knoten::app

#endif  // KNOTEN_APP_OFFER_FIT_H_
