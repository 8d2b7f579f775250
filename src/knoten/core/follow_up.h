// FollowUp (Nachfassen): an undisturbed meeting or call with a person, due on
// a date, often born from a hectic encounter at an event.
//
// Thread-safety: plain value type and pure functions.

#ifndef KNOTEN_CORE_FOLLOW_UP_H_
#define KNOTEN_CORE_FOLLOW_UP_H_

#include <optional>
#include <string>
#include <string_view>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"

namespace knoten::core {

enum class FollowUpKind { kMeeting, kCall };
std::string_view FollowUpKindName(FollowUpKind kind);
Result<FollowUpKind> ParseFollowUpKind(std::string_view text);

enum class FollowUpStatus { kOpen, kDone, kCancelled };
std::string_view FollowUpStatusName(FollowUpStatus status);
Result<FollowUpStatus> ParseFollowUpStatus(std::string_view text);

struct FollowUp {
  FollowUpId id;
  PersonId person_id;
  FollowUpKind kind = FollowUpKind::kCall;
  Timestamp due_at;
  std::string about;
  FollowUpStatus status = FollowUpStatus::kOpen;
  std::optional<EncounterId> encounter_id;  // the encounter it was born from
  Timestamp created_at;
};

// Returns true if `follow_up` is open and due at or before `now`.
bool IsDue(const FollowUp& follow_up, Timestamp now);

// Returns `follow_up` normalised or kInvalidArgument (no person, bad text).
Result<FollowUp> ValidateFollowUp(FollowUp follow_up);

// Returns OK if a follow-up in status `from` may be closed with `to`: only
// open ones can; closing one that is already done or cancelled is
// kFailedPrecondition.
Status CheckFollowUpTransition(FollowUpStatus from, FollowUpStatus to);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_FOLLOW_UP_H_
