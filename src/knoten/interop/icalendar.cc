#include "knoten/interop/icalendar.h"

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <memory>
#include <string>

#include <libical/ical.h>

#include "knoten/base/text.h"

namespace knoten::interop {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* component) const {
    icalcomponent_free(component);
  }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

struct BufferFree {
  void operator()(char* buffer) const { icalmemory_free_buffer(buffer); }
};

icaltimetype UtcTime(Timestamp t, bool date_only) {
  return icaltime_from_timet_with_zone(static_cast<time_t>(t.unix_seconds()),
                                       date_only ? 1 : 0,
                                       icaltimezone_get_utc_timezone());
}

// Adds `entry` as a VEVENT to `calendar`.
void AddEvent(icalcomponent* calendar, const CalendarEntry& entry,
              Timestamp stamped_at) {
  icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
  icalcomponent_add_property(event, icalproperty_new_uid(entry.uid.c_str()));
  icalcomponent_add_property(
      event, icalproperty_new_dtstamp(UtcTime(stamped_at, false)));
  const bool all_day = entry.duration_minutes <= 0;
  icalcomponent_add_property(
      event, icalproperty_new_dtstart(UtcTime(entry.starts_at, all_day)));
  icaldurationtype duration = icaldurationtype_null_duration();
  if (all_day) {
    duration.days = 1;
  } else {
    duration = icaldurationtype_from_int(static_cast<int>(
        std::min<int64_t>(entry.duration_minutes, 1'000'000) * 60));
  }
  icalcomponent_add_property(event, icalproperty_new_duration(duration));
  icalcomponent_add_property(event,
                             icalproperty_new_summary(entry.summary.c_str()));
  if (!entry.description.empty()) {
    icalcomponent_add_property(
        event, icalproperty_new_description(entry.description.c_str()));
  }
  if (!entry.location.empty()) {
    icalcomponent_add_property(
        event, icalproperty_new_location(entry.location.c_str()));
  }
  for (const std::string& category : entry.categories) {
    icalcomponent_add_property(event,
                               icalproperty_new_categories(category.c_str()));
  }
  icalcomponent_add_component(calendar, event);
}

// Adds a time zone UTC to `calendar`: RFC 5545 (3.6) wants at least one
// component in a calendar, and a VTIMEZONE that nothing refers to is the
// one that adds no entry to the user's calendar.
void AddUtcTimeZone(icalcomponent* calendar) {
  icalcomponent* standard = icalcomponent_new(ICAL_XSTANDARD_COMPONENT);
  icalcomponent_add_property(
      standard,
      icalproperty_new_dtstart(icaltime_from_string("19700101T000000")));
  icalcomponent_add_property(standard, icalproperty_new_tzoffsetfrom(0));
  icalcomponent_add_property(standard, icalproperty_new_tzoffsetto(0));
  icalcomponent_add_property(standard, icalproperty_new_tzname("UTC"));
  icalcomponent* zone = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
  icalcomponent_add_property(zone, icalproperty_new_tzid("UTC"));
  icalcomponent_add_component(zone, standard);
  icalcomponent_add_component(calendar, zone);
}

}  // namespace

Result<std::string> WriteICalendar(const std::vector<CalendarEntry>& entries,
                                   Timestamp stamped_at) {
  Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(),
                             icalproperty_new_prodid("-//knoten//knoten//EN"));
  icalcomponent_add_property(calendar.get(),
                             icalproperty_new_calscale("GREGORIAN"));
  for (const CalendarEntry& entry : entries) {
    for (const std::string* text :
         {&entry.uid, &entry.summary, &entry.description, &entry.location}) {
      if (!IsValidUtf8(*text)) {
        return InvalidArgumentError("The calendar entry '" + entry.uid +
                                    "' holds text that is not UTF-8.");
      }
    }
    AddEvent(calendar.get(), entry, stamped_at);
  }
  if (entries.empty()) AddUtcTimeZone(calendar.get());
  const std::unique_ptr<char, BufferFree> text(
      icalcomponent_as_ical_string_r(calendar.get()));
  if (text == nullptr) {
    return InternalError("libical could not write the calendar.");
  }
  return std::string(text.get());
}

}  // namespace knoten::interop
