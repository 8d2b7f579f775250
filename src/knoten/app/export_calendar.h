// ExportCalendar: knoten's dates as iCalendar (interop/icalendar.h) for
// calendar apps: every event, every open follow-up and every open promise
// with a due date, each with a UID that stays the same from one export to
// the next, so that a calendar app updates entries instead of doubling them.
//
// Thread-safety: as the store.

#ifndef KNOTEN_APP_EXPORT_CALENDAR_H_
#define KNOTEN_APP_EXPORT_CALENDAR_H_

#include <cstdint>
#include <string>

#include "knoten/app/context.h"
#include "knoten/base/time.h"
#include "knoten/store/store.h"

namespace knoten::app {

struct ExportedCalendar {
  std::string text;  // the .ics file
  int64_t events = 0;
  int64_t follow_ups = 0;
  int64_t promises = 0;
};

// In one read transaction. `german` chooses the words of the entries'
// titles ("Call with Anna Berg" or "Telefonat mit Anna Berg").
Result<ExportedCalendar> ExportCalendar(Context& ctx, bool german);

// The same inside `tx`, stamped `now` (the calendar feed's check of its
// token and its calendar in one transaction).
Result<ExportedCalendar> ExportCalendarIn(store::Transaction& tx, Timestamp now,
                                          bool german);

}  // namespace knoten::app

#endif  // KNOTEN_APP_EXPORT_CALENDAR_H_
