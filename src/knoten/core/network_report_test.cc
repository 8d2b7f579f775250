#include "knoten/core/network_report.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace knoten::core {
namespace {

Timestamp Day(int64_t day) {
  return Timestamp::FromUnixSeconds(day * kSecondsPerDay);
}

TEST(NetworkReportTest, APeriodMustBeginBeforeItEnds) {
  EXPECT_THAT(ValidatePeriod({.from = Day(10), .until = Day(10)}),
              HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(ValidatePeriod({.from = Day(11), .until = Day(10)}),
              HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(ValidatePeriod({.from = Day(9), .until = Day(10)}), IsOk());
  const Period year = LastYear(Day(400));
  EXPECT_EQ(year.from, Day(35));
  EXPECT_TRUE(year.Contains(Day(35)));
  EXPECT_TRUE(year.Contains(Day(400)));
  EXPECT_FALSE(year.Contains(Day(401)));
  EXPECT_FALSE(year.Contains(Day(34)));
}

TEST(NetworkReportTest, TheFeeCountsProRataForTheDaysOfMembership) {
  const Period year{.from = Day(0), .until = Day(365)};
  // A whole year of membership costs the yearly fee.
  EXPECT_EQ(FeeInPeriod(36500, std::nullopt, year), 36500);
  // Joined halfway through (day 73 of 365): four fifths of the fee.
  EXPECT_EQ(FeeInPeriod(36500, Day(73), year), 29200);
  // Joined after the period: nothing.
  EXPECT_EQ(FeeInPeriod(36500, Day(400), year), 0);
  // Two years cost the fee twice.
  EXPECT_EQ(FeeInPeriod(10000, Day(-5), {.from = Day(0), .until = Day(730)}),
            20000);
}

TEST(NetworkReportTest, OnlyARiseOfTrustAboveTheNoiseDeepens) {
  EXPECT_TRUE(Deepened(0.10, 0.15));
  EXPECT_TRUE(Deepened(0.0, 0.4));
  EXPECT_FALSE(Deepened(0.30, 0.34));
  EXPECT_FALSE(Deepened(0.5, 0.2));
}

TEST(NetworkReportTest, EventsAddHoursAndCostsByCurrency) {
  NetworkReport report{.currency = "EUR"};
  report.AddEvent({.duration_minutes = 90, .cost_cents = 2500});
  report.AddEvent(
      {.duration_minutes = 30, .cost_cents = 1000, .currency = "CHF"});
  report.AddEvent({.duration_minutes = 60, .cost_cents = 0, .currency = "USD"});
  EXPECT_EQ(report.events, 3);
  EXPECT_DOUBLE_EQ(report.hours, 3.0);
  EXPECT_EQ(report.money_cents, 2500);
  ASSERT_EQ(report.other_money_cents.size(), 1U);
  EXPECT_EQ(report.other_money_cents.at("CHF"), 1000);
}

TEST(NetworkReportTest, ReferralsCountBothDirections) {
  NetworkReport report;
  report.balance.Add(
      {.direction = Direction::kGiven, .kind = LedgerKind::kReferral});
  report.balance.Add(
      {.direction = Direction::kReceived, .kind = LedgerKind::kReferral});
  report.balance.Add(
      {.direction = Direction::kReceived, .kind = LedgerKind::kTip});
  EXPECT_EQ(report.Referrals(), 2);
}

}  // namespace
}  // namespace knoten::core
