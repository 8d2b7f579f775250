// The calendar of the demo network, read back with libical.

#include "knoten/app/export_calendar.h"

#include <set>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <libical/ical.h>

#include "knoten/app/demo.h"

#include "testing/app_fixture.h"

namespace knoten::app {
namespace {

using ExportCalendarTest = AppFixture;

TEST_F(ExportCalendarTest, TheDemoCalendarReadsBackWithAnEntryForEachDate) {
  ASSERT_THAT(SeedDemo(ctx_, {}), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(const ExportedCalendar calendar,
                              ExportCalendar(ctx_, /*german=*/false));
  EXPECT_GT(calendar.events, 0);
  EXPECT_GT(calendar.follow_ups, 0);

  icalcomponent* parsed = icalparser_parse_string(calendar.text.c_str());
  ASSERT_NE(parsed, nullptr);
  std::set<std::string> uids;
  int64_t entries = 0;
  for (icalcomponent* event =
           icalcomponent_get_first_component(parsed, ICAL_VEVENT_COMPONENT);
       event != nullptr; event = icalcomponent_get_next_component(
                             parsed, ICAL_VEVENT_COMPONENT)) {
    ++entries;
    EXPECT_EQ(icalcomponent_count_errors(event), 0);
    uids.insert(icalcomponent_get_uid(event));
    EXPECT_NE(std::string(icalcomponent_get_summary(event)), "");
  }
  icalcomponent_free(parsed);
  EXPECT_EQ(entries, calendar.events + calendar.follow_ups + calendar.promises);
  EXPECT_EQ(uids.size(), static_cast<size_t>(entries));  // stable and unique

  // The same data gives the same entries (only DTSTAMP follows the clock).
  KNOTEN_ASSERT_OK_AND_ASSIGN(const ExportedCalendar again,
                              ExportCalendar(ctx_, /*german=*/false));
  EXPECT_EQ(again.text, calendar.text);
}

}  // namespace
}  // namespace knoten::app
