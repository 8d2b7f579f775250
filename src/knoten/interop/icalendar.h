// iCalendar (RFC 5545) for calendar apps: knoten's dates (events, follow-ups,
// promises due) as one VCALENDAR of VEVENTs, written with libical, which
// folds long lines and escapes text as the RFC says. libical stays inside
// icalendar.cc.

#ifndef KNOTEN_INTEROP_ICALENDAR_H_
#define KNOTEN_INTEROP_ICALENDAR_H_

#include <string>
#include <vector>

#include "knoten/base/result.h"
#include "knoten/base/time.h"

namespace knoten::interop {

struct CalendarEntry {
  // Stable across exports, so that a calendar app updates the entry
  // instead of adding it again: "follow-up-12@knoten".
  std::string uid;
  std::string summary;
  std::string description;  // may be empty
  std::string location;     // may be empty
  Timestamp starts_at;
  // 0 for an all-day entry on the UTC date of starts_at.
  int duration_minutes = 0;
  std::vector<std::string> categories;  // e.g. "knoten-follow-up"
};

// The calendar of `entries`, in their order, with `stamped_at` as every
// entry's DTSTAMP; without entries, a time zone UTC as its one component
// (RFC 5545 wants one). kInvalidArgument for text that is not UTF-8.
Result<std::string> WriteICalendar(const std::vector<CalendarEntry>& entries,
                                   Timestamp stamped_at);

}  // namespace knoten::interop

#endif  // KNOTEN_INTEROP_ICALENDAR_H_
