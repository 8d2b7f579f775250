#include "knoten/base/time.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace knoten {
namespace {

TEST(TimeTest, ParsesDateAsMidnightUtc) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(Timestamp t, ParseIsoTimestamp("2026-03-05"));
  EXPECT_EQ(t.unix_seconds(), 1772668800);
  EXPECT_EQ(FormatIsoTimestamp(t), "2026-03-05T00:00:00Z");
  EXPECT_EQ(FormatIsoDate(t), "2026-03-05");
}

TEST(TimeTest, ParsesDateTimeForms) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(Timestamp a,
                              ParseIsoTimestamp("2026-03-05T18:30"));
  KNOTEN_ASSERT_OK_AND_ASSIGN(Timestamp b,
                              ParseIsoTimestamp("2026-03-05 18:30:00Z"));
  KNOTEN_ASSERT_OK_AND_ASSIGN(Timestamp c,
                              ParseIsoTimestamp("2026-03-05T19:30:00+01:00"));
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, c);
  EXPECT_EQ(FormatIsoTimestamp(a), "2026-03-05T18:30:00Z");
}

TEST(TimeTest, RoundTripsBeforeEpoch) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(Timestamp t,
                              ParseIsoTimestamp("1969-12-31T23:59:59Z"));
  EXPECT_EQ(t.unix_seconds(), -1);
  EXPECT_EQ(FormatIsoTimestamp(t), "1969-12-31T23:59:59Z");
  EXPECT_EQ(StartOfDay(t).unix_seconds(), -kSecondsPerDay);
}

TEST(TimeTest, RejectsMalformedAndImpossible) {
  for (const char* bad : {"", "2026", "2026-3-5", "05.03.2026", "2026-02-30",
                          "2026-13-01", "2026-03-05T25:00", "2026-03-05T18",
                          "2026-03-05T18:30x", "2026-03-05T18:30+99:00"}) {
    EXPECT_THAT(ParseIsoTimestamp(bad), HasError(ErrorCode::kInvalidArgument))
        << bad;
  }
}

TEST(TimeTest, LeapDay) {
  EXPECT_THAT(ParseIsoTimestamp("2028-02-29"), IsOk());
  EXPECT_THAT(ParseIsoTimestamp("2027-02-29"),
              HasError(ErrorCode::kInvalidArgument));
}

}  // namespace
}  // namespace knoten
