// Offer (Angebot): something the user or a person offers, ideally with its
// audience ("für wen"). An offer without a person is the user's own.
//
// Thread-safety: plain value type and pure functions.

#ifndef KNOTEN_CORE_OFFER_H_
#define KNOTEN_CORE_OFFER_H_

#include <optional>
#include <string>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"
#include "knoten/core/lang.h"

namespace knoten::core {

struct Offer {
  OfferId id;
  std::optional<PersonId> person_id;  // empty: the user's own offer
  std::string title;
  std::string text;
  // The language of title and text; detected when left empty.
  std::optional<Lang> lang;
  std::string audience;  // for whom
  bool active = true;
  Timestamp created_at;
};

// Returns `offer` trimmed and with `lang` set (detected from title and text
// when empty), or kInvalidArgument (empty title, over-long or non-UTF-8 text).
Result<Offer> ValidateOffer(Offer offer);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_OFFER_H_
