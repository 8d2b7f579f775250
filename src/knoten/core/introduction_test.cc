#include "knoten/core/introduction.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace knoten::core {
namespace {

using S = IntroductionStatus;

TEST(IntroductionTest, PersonCannotBeIntroducedToThemself) {
  Introduction intro;
  intro.person_a = PersonId(3);
  intro.person_b = PersonId(3);
  EXPECT_THAT(ValidateIntroduction(intro),
              HasError(ErrorCode::kInvalidArgument));
  intro.person_b = PersonId(4);
  EXPECT_THAT(ValidateIntroduction(intro), IsOk());
  intro.person_a = PersonId();
  EXPECT_THAT(ValidateIntroduction(intro),
              HasError(ErrorCode::kInvalidArgument));
}

TEST(IntroductionTest, Transitions) {
  EXPECT_THAT(CheckIntroductionTransition(S::kProposed, S::kAsked), IsOk());
  EXPECT_THAT(CheckIntroductionTransition(S::kProposed, S::kMade), IsOk());
  EXPECT_THAT(CheckIntroductionTransition(S::kAsked, S::kDeclined), IsOk());
  EXPECT_THAT(CheckIntroductionTransition(S::kMade, S::kMade), IsOk());
  EXPECT_THAT(CheckIntroductionTransition(S::kMade, S::kDeclined),
              HasError(ErrorCode::kFailedPrecondition));
  EXPECT_THAT(CheckIntroductionTransition(S::kDeclined, S::kMade),
              HasError(ErrorCode::kFailedPrecondition));
  EXPECT_THAT(CheckIntroductionTransition(S::kAsked, S::kProposed),
              HasError(ErrorCode::kFailedPrecondition));
}

TEST(IntroductionTest, MadeIntroductionGivesOneEntryPerPerson) {
  Introduction intro;
  intro.id = IntroductionId(9);
  intro.person_a = PersonId(1);
  intro.person_b = PersonId(2);
  const Timestamp when = Timestamp::FromUnixSeconds(1000);
  const auto entries = LedgerEntriesForMadeIntroduction(intro, when);
  EXPECT_EQ(entries[0].person_id, PersonId(1));
  EXPECT_EQ(entries[1].person_id, PersonId(2));
  for (const LedgerEntry& e : entries) {
    EXPECT_EQ(e.direction, Direction::kGiven);
    EXPECT_EQ(e.kind, LedgerKind::kIntroduction);
    EXPECT_EQ(e.introduction_id, IntroductionId(9));
    EXPECT_EQ(e.occurred_at, when);
    EXPECT_THAT(ValidateLedgerEntry(e), IsOk());
  }
}

}  // namespace
}  // namespace knoten::core
