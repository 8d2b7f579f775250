// How offers and needs become the matching engine's items: the owner is
// "me" or "p<person id>", the text is the title and the text.
//
// Thread-safety: pure functions.

#ifndef KNOTEN_APP_MATCH_ITEMS_H_
#define KNOTEN_APP_MATCH_ITEMS_H_

#include "knoten/core/need.h"
#include "knoten/core/offer.h"
#include "knoten/match/pipeline.h"

namespace knoten::app {

match::Item MatchItemOf(const core::Offer& offer);
match::Item MatchItemOf(const core::Need& need);

}  // namespace knoten::app

#endif  // KNOTEN_APP_MATCH_ITEMS_H_
