// Give and take over a period, and the nudges of today.

#include "knoten/app/balance.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/app/ledger.h"
#include "knoten/app/person_details.h"
#include "knoten/app/today.h"

#include "testing/app_fixture.h"
#include "testing/status_matchers.h"

namespace knoten::app {
namespace {

using core::Direction;
using core::LedgerKind;

class BalanceTest : public AppFixture {
 protected:
  void Record(PersonId person, Direction direction, LedgerKind kind,
              int64_t days_ago) {
    ASSERT_THAT(AddLedgerEntry(ctx_, {.occurred_at = DaysAgo(days_ago),
                                      .direction = direction,
                                      .kind = kind,
                                      .person_id = person}),
                IsOk());
  }
  Timestamp DaysAgo(int64_t days) const {
    return Timestamp::FromUnixSeconds(clock_.Now().unix_seconds() -
                                      days * kSecondsPerDay);
  }
};

TEST_F(BalanceTest, OverallWithAPersonAndSinceADate) {
  const PersonId anna = Person("Anna");
  const PersonId ben = Person("Ben");
  Record(anna, Direction::kGiven, LedgerKind::kIntroduction, 200);
  Record(anna, Direction::kReceived, LedgerKind::kTip, 10);
  Record(ben, Direction::kGiven, LedgerKind::kTip, 5);
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Balance all, LedgerBalance(ctx_, {}));
  EXPECT_EQ(all.given.count, 2);
  EXPECT_DOUBLE_EQ(all.given.weight, 4);
  EXPECT_EQ(all.received.count, 1);
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Balance with_anna,
                              LedgerBalance(ctx_, {.person_id = anna}));
  EXPECT_EQ(with_anna.given.count, 1);
  EXPECT_EQ(with_anna.received.count, 1);
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      core::Balance recent,
      LedgerBalance(ctx_, {.person_id = anna, .from = DaysAgo(30)}));
  EXPECT_EQ(recent.given.count, 0);
  EXPECT_EQ(recent.received.count, 1);
  EXPECT_THAT(LedgerBalance(ctx_, {.person_id = PersonId(99)}),
              HasError(ErrorCode::kNotFound));
  // The person's page carries the same figures, all time.
  KNOTEN_ASSERT_OK_AND_ASSIGN(PersonDetails details, ShowPerson(ctx_, anna));
  EXPECT_EQ(details.balance.given.count, 1);
  EXPECT_DOUBLE_EQ(details.balance.given.weight, 3);
  EXPECT_EQ(details.balance.received.count, 1);
}

TEST_F(BalanceTest, TodayNudgesWhereTheUserMostlyTookLately) {
  const PersonId anna = Person("Anna");
  const PersonId ben = Person("Ben");
  const PersonId cleo = Person("Cleo");
  for (int i = 0; i < 3; ++i) {
    Record(anna, Direction::kReceived, LedgerKind::kRecommendation, 5 + i);
  }
  // Ben: took two tips but gave an introduction back: balanced.
  Record(ben, Direction::kReceived, LedgerKind::kTip, 3);
  Record(ben, Direction::kReceived, LedgerKind::kTip, 4);
  Record(ben, Direction::kGiven, LedgerKind::kIntroduction, 6);
  // Cleo: took twice, but long ago.
  Record(cleo, Direction::kReceived, LedgerKind::kHelp, 100);
  Record(cleo, Direction::kReceived, LedgerKind::kHelp, 120);
  KNOTEN_ASSERT_OK_AND_ASSIGN(TodayView today, Today(ctx_));
  ASSERT_EQ(today.nudges.size(), 1U);
  const Nudge& nudge = today.nudges[0];
  EXPECT_EQ(nudge.person_id, anna);
  EXPECT_EQ(nudge.kind, LedgerKind::kRecommendation);
  EXPECT_EQ(nudge.text,
            "You received 3 recommendations from Anna lately and gave none: "
            "is there something you can pass on?");
  // Giving something back ends the nudge.
  Record(anna, Direction::kGiven, LedgerKind::kReferral, 1);
  KNOTEN_ASSERT_OK_AND_ASSIGN(today, Today(ctx_));
  EXPECT_TRUE(today.nudges.empty());
}

TEST_F(BalanceTest, MixedKindsAreNamedAsFavours) {
  const PersonId anna = Person("Anna");
  Record(anna, Direction::kReceived, LedgerKind::kTip, 1);
  Record(anna, Direction::kReceived, LedgerKind::kHelp, 2);
  Record(anna, Direction::kGiven, LedgerKind::kFeedback, 3);
  KNOTEN_ASSERT_OK_AND_ASSIGN(TodayView today, Today(ctx_));
  ASSERT_EQ(today.nudges.size(), 1U);
  EXPECT_EQ(today.nudges[0].text,
            "You received 2 favours from Anna lately and gave 1: is there "
            "something you can pass on?");
}

}  // namespace
}  // namespace knoten::app
