// The calendar feed: a secret address under which a calendar app reads the
// account's calendar (export_calendar.h) without logging in, as calendar
// apps subscribe. Only a hash of the token is stored (password.h:
// TokenHash); making a new feed replaces the old one, which then stops
// working, and ending it stops it. Not in the JSON backup.
//
// Thread-safety: as the store.

#ifndef KNOTEN_APP_CALENDAR_FEED_H_
#define KNOTEN_APP_CALENDAR_FEED_H_

#include <string>
#include <string_view>

#include "knoten/app/context.h"
#include "knoten/app/export_calendar.h"

namespace knoten::app {

// The path of a feed with `token`: "/api/v1/calendar-feed/TOKEN".
std::string CalendarFeedPath(std::string_view token);

// Makes a new feed for the account `username` and returns its token (64
// hex digits), shown once: it is not stored. kNotFound for an unknown
// account.
Result<std::string> CreateCalendarFeed(Context& ctx, std::string_view username);

// Ends the account's feed; not an error when there is none. kNotFound for
// an unknown account.
Status EndCalendarFeed(Context& ctx, std::string_view username);

// The calendar behind `token`; kNotFound for a token that is not (or no
// longer) a feed's.
Result<ExportedCalendar> CalendarOfFeed(Context& ctx, std::string_view token,
                                        bool german);

}  // namespace knoten::app

#endif  // KNOTEN_APP_CALENDAR_FEED_H_
