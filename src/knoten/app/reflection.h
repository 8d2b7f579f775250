// The seed's reflection checklist in the profile (C1): each item with the
// user's answer and, where knoten can tell from the data, the figures that
// back it ("ready to give": what was given and received in the last twelve
// months; "what you offer for whom": offers without an audience; "build
// trust slowly": relationships by trust and broken promises). Items whose
// figures come with the network report (issue #5) carry no evidence yet
// rather than a guess.
//
// Thread-safety: as the Context's store.

#ifndef KNOTEN_APP_REFLECTION_H_
#define KNOTEN_APP_REFLECTION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/core/reflection.h"

namespace knoten::app {

// What the data says about one item.
struct ReflectionEvidence {
  // Named figures in a fixed order per item ("given", "received", ...); the
  // names are the JSON keys and the UI builds its sentences from them.
  std::vector<std::pair<std::string, int64_t>> facts;
  // True where the figures suggest a look ("you gave less than you
  // received", "2 offers without an audience").
  bool attention = false;
  std::string summary;  // one English sentence for the CLI
};

struct ReflectionCheck {
  core::ReflectionItem item = core::ReflectionItem::kReadyToGive;
  std::optional<core::ReflectionEntry> answer;  // empty: not answered yet
  std::optional<ReflectionEvidence> evidence;   // empty: knoten cannot tell
};

// Every item of the checklist, in its order, with answer and evidence
// worked out at the Context's clock, in one read transaction.
Result<std::vector<ReflectionCheck>> Reflection(Context& ctx);

// Records the user's answer to `item` (replacing an earlier one) and returns
// the item as Reflection() would. kInvalidArgument for a bad note.
Result<ReflectionCheck> AnswerReflection(Context& ctx,
                                         core::ReflectionItem item,
                                         core::ReflectionAnswer answer,
                                         std::string note);

}  // namespace knoten::app

#endif  // KNOTEN_APP_REFLECTION_H_
