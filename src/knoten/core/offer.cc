#include "knoten/core/offer.h"

#include <utility>

#include "knoten/core/field_rules.h"

namespace knoten::core {

Result<Offer> ValidateOffer(Offer offer) {
  KNOTEN_RETURN_IF_ERROR(CheckLine("title", offer.title, true));
  KNOTEN_RETURN_IF_ERROR(CheckText("text", offer.text));
  KNOTEN_RETURN_IF_ERROR(CheckLine("audience", offer.audience, false));
  if (!offer.lang) offer.lang = DetectLang(offer.title + "\n" + offer.text);
  return offer;
}

}  // namespace knoten::core
