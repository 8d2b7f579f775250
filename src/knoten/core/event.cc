#include "knoten/core/event.h"

#include <algorithm>
#include <string>
#include <utility>

#include "knoten/core/field_rules.h"

namespace knoten::core {

Timestamp EventEndsAt(const Event& event) {
  return Timestamp::FromUnixSeconds(event.starts_at.unix_seconds() +
                                    int64_t{event.duration_minutes} * 60);
}

Result<Event> ValidateEvent(Event event) {
  KNOTEN_RETURN_IF_ERROR(CheckLine("title", event.title, true));
  if (event.duration_minutes < 0) {
    return InvalidArgumentError(
        "The event ends before it starts; give a duration of 0 minutes or "
        "more.");
  }
  if (event.duration_minutes > kMaxEventMinutes) {
    return InvalidArgumentError(
        "The event lasts longer than two weeks; give a duration of at most " +
        std::to_string(kMaxEventMinutes) + " minutes.");
  }
  KNOTEN_RETURN_IF_ERROR(CheckLine("place", event.place, false));
  KNOTEN_RETURN_IF_ERROR(CheckAmount("cost", event.cost_cents));
  KNOTEN_RETURN_IF_ERROR(CheckCurrency(event.currency));
  KNOTEN_RETURN_IF_ERROR(CheckText("notes", event.notes));
  std::sort(event.attendees.begin(), event.attendees.end());
  event.attendees.erase(
      std::unique(event.attendees.begin(), event.attendees.end()),
      event.attendees.end());
  return event;
}

}  // namespace knoten::core
