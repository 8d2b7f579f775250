#include "knoten/core/follow_up.h"

#include <string>
#include <utility>

#include "knoten/core/enum_names.h"
#include "knoten/core/field_rules.h"

namespace knoten::core {
namespace {

constexpr EnumTable<FollowUpKind, 2> kFollowUpKindNames = {{
    {FollowUpKind::kMeeting, "meeting"},
    {FollowUpKind::kCall, "call"},
}};

constexpr EnumTable<FollowUpStatus, 3> kFollowUpStatusNames = {{
    {FollowUpStatus::kOpen, "open"},
    {FollowUpStatus::kDone, "done"},
    {FollowUpStatus::kCancelled, "cancelled"},
}};

}  // namespace

std::string_view FollowUpKindName(FollowUpKind kind) {
  return EnumName(kFollowUpKindNames, kind);
}
Result<FollowUpKind> ParseFollowUpKind(std::string_view text) {
  return ParseEnumName(kFollowUpKindNames, text, "follow-up kind");
}
std::string_view FollowUpStatusName(FollowUpStatus status) {
  return EnumName(kFollowUpStatusNames, status);
}
Result<FollowUpStatus> ParseFollowUpStatus(std::string_view text) {
  return ParseEnumName(kFollowUpStatusNames, text, "follow-up status");
}

bool IsDue(const FollowUp& follow_up, Timestamp now) {
  return follow_up.status == FollowUpStatus::kOpen && follow_up.due_at <= now;
}

Result<FollowUp> ValidateFollowUp(FollowUp follow_up) {
  if (!follow_up.person_id.is_valid()) {
    return InvalidArgumentError("A follow-up needs a person; give their id.");
  }
  KNOTEN_RETURN_IF_ERROR(CheckText("about", follow_up.about));
  return follow_up;
}

Status CheckFollowUpTransition(FollowUpStatus from,
                               [[maybe_unused]] FollowUpStatus to) {
  if (from != FollowUpStatus::kOpen) {
    return FailedPreconditionError("This follow-up is already " +
                                   std::string(FollowUpStatusName(from)) +
                                   "; add a new follow-up instead.");
  }
  return OkStatus();
}

}  // namespace knoten::core
