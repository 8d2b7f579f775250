// Pitching (C8): the user offers their services to a person. Before it is
// recorded, knoten checks whether it is too early (core/pitch.h) and, if
// so, suggests what to give first: an introduction to a contact whose offer
// meets one of the person's needs, a tip for a need, or asking what they
// need. The user may go on anyway.
//
// Thread-safety: as the Context's store.

#ifndef KNOTEN_APP_PITCH_H_
#define KNOTEN_APP_PITCH_H_

#include <optional>
#include <string>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/app/suggestions.h"
#include "knoten/core/pitch.h"

namespace knoten::app {

// One thing to give before pitching.
struct GiveFirst {
  enum class Kind {
    kIntroduction,  // introduce them to `person`, whose offer meets the need
    kTip,           // pass on a tip for the need
    kAsk,           // no need on record: ask what they need
  };
  Kind kind = Kind::kAsk;
  std::optional<NeedId> need_id;
  std::string need_title;
  std::optional<PersonId> person_id;  // kIntroduction: who to introduce
  std::string person_name;
  std::optional<OfferId> offer_id;  // kIntroduction: their offer
  std::string offer_title;
};
std::string_view GiveFirstKindName(GiveFirst::Kind kind);

inline constexpr size_t kMaxGiveFirst = 3;

struct PitchCheck {
  PersonId person_id;
  std::string person_name;
  double trust = 0;
  std::optional<double> chemistry;              // empty: not judged
  std::vector<core::TooEarlyReason> too_early;  // empty: not too early
  // Filled only when it is too early, at most kMaxGiveFirst, introductions
  // first.
  std::vector<GiveFirst> give_first;
};

// Checks a pitch to `person_id` without recording anything. Word lists are
// asked for only to look for introductions. kNotFound if there is no such
// person.
Result<PitchCheck> CheckPitch(Context& ctx, PersonId person_id,
                              const LexiconSource& lexicon = {});

struct PitchOutcome {
  PitchCheck check;
  // The recorded pitch; empty when it was too early and the user did not
  // choose to go on.
  std::optional<core::Pitch> pitch;
};

// Checks, then records the pitch unless it is too early and
// `despite_too_early` is false. kInvalidArgument if `about` is empty or
// bad; kNotFound if there is no such person.
Result<PitchOutcome> PitchTo(Context& ctx, PersonId person_id,
                             std::string about, bool despite_too_early,
                             const LexiconSource& lexicon = {});

}  // namespace knoten::app

#endif  // KNOTEN_APP_PITCH_H_
