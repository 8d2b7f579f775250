// The calendar feed: made, read by its token, replaced and ended.

#include "knoten/app/calendar_feed.h"

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/app/accounts.h"
#include "knoten/app/demo.h"

#include "testing/app_fixture.h"

namespace knoten::app {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;

using CalendarFeedTest = AppFixture;

TEST_F(CalendarFeedTest, ATokenReadsTheCalendarUntilReplacedOrEnded) {
  ASSERT_THAT(SeedDemo(ctx_, {.people = 5}), IsOk());
  ASSERT_THAT(CreateOwnerAccount(ctx_, "sabine", "a long passphrase"), IsOk());
  EXPECT_THAT(CreateCalendarFeed(ctx_, "nobody"),
              HasError(ErrorCode::kNotFound));

  KNOTEN_ASSERT_OK_AND_ASSIGN(const std::string first,
                              CreateCalendarFeed(ctx_, "sabine"));
  EXPECT_THAT(first, MatchesRegex("[0-9a-f]{64}"));
  EXPECT_EQ(CalendarFeedPath(first), "/api/v1/calendar-feed/" + first);
  KNOTEN_ASSERT_OK_AND_ASSIGN(const ExportedCalendar calendar,
                              CalendarOfFeed(ctx_, first, false));
  EXPECT_THAT(calendar.text, HasSubstr("BEGIN:VCALENDAR"));
  EXPECT_GT(calendar.events, 0);
  // Only its hash is stored, never the token itself.
  {
    auto tx = store_->Begin(store::TransactionMode::kRead);
    ASSERT_THAT(tx, IsOk());
    EXPECT_THAT((*tx)->accounts().FindFeed(first),
                HasError(ErrorCode::kNotFound));
  }

  KNOTEN_ASSERT_OK_AND_ASSIGN(const std::string second,
                              CreateCalendarFeed(ctx_, "sabine"));
  EXPECT_NE(second, first);
  EXPECT_THAT(CalendarOfFeed(ctx_, first, false),
              HasError(ErrorCode::kNotFound));
  EXPECT_THAT(CalendarOfFeed(ctx_, second, false), IsOk());
  EXPECT_THAT(CalendarOfFeed(ctx_, "", false), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(CalendarOfFeed(ctx_, std::string(64, 'a'), false),
              HasError(ErrorCode::kNotFound));

  ASSERT_THAT(EndCalendarFeed(ctx_, "sabine"), IsOk());
  EXPECT_THAT(CalendarOfFeed(ctx_, second, false),
              HasError(ErrorCode::kNotFound));
  EXPECT_THAT(EndCalendarFeed(ctx_, "sabine"), IsOk());
}

}  // namespace
}  // namespace knoten::app
