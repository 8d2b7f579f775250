// Event (Veranstaltung): a dated gathering, usually of a network, with who was
// there and what it cost.
//
// Thread-safety: plain value type and pure functions.

#ifndef KNOTEN_CORE_EVENT_H_
#define KNOTEN_CORE_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"

namespace knoten::core {

inline constexpr int kMaxEventMinutes = 14 * 24 * 60;

struct Event {
  EventId id;
  std::optional<NetworkId> network_id;
  std::string title;
  Timestamp starts_at;
  int duration_minutes = 120;
  std::string place;
  int64_t cost_cents = 0;
  std::string currency = "EUR";
  std::string notes;
  std::vector<PersonId> attendees;
};

// Returns the end of `event`.
Timestamp EventEndsAt(const Event& event);

// Returns `event` normalised (attendees deduplicated) or kInvalidArgument
// (empty title, an end before the start, a duration over two weeks, negative
// cost, bad currency).
Result<Event> ValidateEvent(Event event);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_EVENT_H_
