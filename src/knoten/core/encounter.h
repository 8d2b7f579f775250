// Encounter (Begegnung): one meeting with one or several people at once:
// small talk at an event, a 1:1, a call, an online meeting.
//
// Thread-safety: plain value type and pure functions.

#ifndef KNOTEN_CORE_ENCOUNTER_H_
#define KNOTEN_CORE_ENCOUNTER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"

namespace knoten::core {

enum class EncounterKind { kSmallTalk, kOneOnOne, kCall, kOnline, kOther };
std::string_view EncounterKindName(EncounterKind kind);
Result<EncounterKind> ParseEncounterKind(std::string_view text);

struct Encounter {
  EncounterId id;
  Timestamp occurred_at;
  EncounterKind kind = EncounterKind::kSmallTalk;
  std::optional<EventId> event_id;
  std::vector<PersonId> people;  // at least one
  std::string topics;
  std::string notes;
};

// Returns `encounter` normalised (people deduplicated) or kInvalidArgument
// (nobody met, bad text).
Result<Encounter> ValidateEncounter(Encounter encounter);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_ENCOUNTER_H_
