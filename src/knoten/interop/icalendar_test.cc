// The iCalendar writer, read back with libical's own parser.

#include "knoten/interop/icalendar.h"

#include <memory>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <libical/ical.h>

#include "testing/status_matchers.h"

namespace knoten::interop {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct Parsed {
  std::string uid;
  std::string summary;
  std::string description;
  std::string location;
  icaltimetype start;
  icaldurationtype duration;
};

std::vector<Parsed> ParseBack(const std::string& text) {
  icalcomponent* calendar = icalparser_parse_string(text.c_str());
  EXPECT_NE(calendar, nullptr);
  std::vector<Parsed> out;
  if (calendar == nullptr) return out;
  EXPECT_EQ(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
  for (icalcomponent* event =
           icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
       event != nullptr; event = icalcomponent_get_next_component(
                             calendar, ICAL_VEVENT_COMPONENT)) {
    // libical's own check of the RFC's rules (required properties).
    EXPECT_EQ(icalcomponent_count_errors(event), 0);
    const auto text_of = [](const char* value) {
      return value == nullptr ? std::string() : std::string(value);
    };
    out.push_back({text_of(icalcomponent_get_uid(event)),
                   text_of(icalcomponent_get_summary(event)),
                   text_of(icalcomponent_get_description(event)),
                   text_of(icalcomponent_get_location(event)),
                   icalcomponent_get_dtstart(event),
                   icalcomponent_get_duration(event)});
  }
  icalcomponent_free(calendar);
  return out;
}

TEST(ICalendarTest, WhatIsWrittenReadsBackWithLibical) {
  const Timestamp start = *ParseIsoTimestamp("2026-03-05T18:30:00Z");
  const std::vector<CalendarEntry> entries = {
      {.uid = "event-1@knoten",
       .summary = "Stammtisch; Netzwerk, IHK",
       .description = "Line one\nline two, with \"quotes\" and a long tail " +
                      std::string(120, 'x'),
       .location = "Café Müller",
       .starts_at = start,
       .duration_minutes = 90,
       .categories = {"knoten-event"}},
      {.uid = "promise-7@knoten",
       .summary = "Versprochen: Link an Anna",
       .starts_at = start,
       .duration_minutes = 0},
  };
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      const std::string text,
      WriteICalendar(entries, *ParseIsoTimestamp("2026-03-01T00:00:00Z")));
  EXPECT_THAT(text, HasSubstr("BEGIN:VCALENDAR"));
  EXPECT_THAT(text, HasSubstr("PRODID:-//knoten//knoten//EN"));
  EXPECT_THAT(text, HasSubstr("DTSTAMP:20260301T000000Z"));
  // Lines are folded at 75 octets (RFC 5545, 3.1).
  size_t start_of_line = 0;
  while (start_of_line < text.size()) {
    const size_t end = text.find("\r\n", start_of_line);
    ASSERT_NE(end, std::string::npos);
    EXPECT_LE(end - start_of_line, 75U);
    start_of_line = end + 2;
  }

  const std::vector<Parsed> parsed = ParseBack(text);
  ASSERT_EQ(parsed.size(), 2U);
  EXPECT_EQ(parsed[0].uid, "event-1@knoten");
  EXPECT_EQ(parsed[0].summary, "Stammtisch; Netzwerk, IHK");
  EXPECT_EQ(parsed[0].description, entries[0].description);
  EXPECT_EQ(parsed[0].location, "Café Müller");
  EXPECT_EQ(icaltime_as_timet(parsed[0].start), start.unix_seconds());
  EXPECT_EQ(icaldurationtype_as_int(parsed[0].duration), 90 * 60);
  EXPECT_EQ(parsed[1].uid, "promise-7@knoten");
  EXPECT_EQ(parsed[1].start.is_date, 1);
  EXPECT_EQ(parsed[1].start.year, 2026);
  EXPECT_EQ(parsed[1].start.month, 3);
  EXPECT_EQ(parsed[1].start.day, 5);
  EXPECT_EQ(parsed[1].duration.days, 1);
}

// The components of any kind directly in `text`'s calendar, each with no
// error libical found.
int ComponentsOf(const std::string& text) {
  icalcomponent* calendar = icalparser_parse_string(text.c_str());
  EXPECT_NE(calendar, nullptr);
  if (calendar == nullptr) return -1;
  const int count =
      icalcomponent_count_components(calendar, ICAL_ANY_COMPONENT);
  EXPECT_EQ(icalcomponent_count_errors(calendar), 0);
  icalcomponent_free(calendar);
  return count;
}

TEST(ICalendarTest, AnEmptyCalendarHoldsOnlyATimeZone) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(const std::string text,
                              WriteICalendar({}, Timestamp()));
  EXPECT_TRUE(ParseBack(text).empty());
  EXPECT_THAT(text, HasSubstr("END:VCALENDAR"));
  // RFC 5545, 3.6: a calendar holds at least one component.
  EXPECT_EQ(ComponentsOf(text), 1);
  EXPECT_THAT(text, HasSubstr("BEGIN:VTIMEZONE\r\nTZID:UTC\r\n"));
  EXPECT_THAT(text, HasSubstr("TZOFFSETTO:+0000\r\n"));

  KNOTEN_ASSERT_OK_AND_ASSIGN(
      const std::string one,
      WriteICalendar({{.uid = "x@knoten", .summary = "Call"}}, Timestamp()));
  EXPECT_EQ(ComponentsOf(one), 1);
  EXPECT_THAT(one, Not(HasSubstr("VTIMEZONE")));
}

TEST(ICalendarTest, RefusesTextThatIsNotUtf8) {
  EXPECT_THAT(WriteICalendar({{.uid = "x", .summary = "\xff"}}, Timestamp()),
              HasError(ErrorCode::kInvalidArgument));
}

}  // namespace
}  // namespace knoten::interop
