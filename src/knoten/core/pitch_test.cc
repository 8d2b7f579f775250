#include "knoten/core/pitch.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace knoten::core {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(PitchTest, APitchToANewAcquaintanceIsTooEarly) {
  // Trust after one great first evening (docs/trust.md): 0.15.
  EXPECT_THAT(TooEarlyReasons(0.15, std::nullopt),
              ElementsAre(TooEarlyReason::kLittleTrust));
  EXPECT_EQ(TooEarlyReasonText(TooEarlyReason::kLittleTrust, 0.15, std::nullopt,
                               Lang::kEn),
            "Trust is 0.15: you are still getting to know each other (a "
            "working relationship starts at 0.50).");
  EXPECT_EQ(TooEarlyReasonText(TooEarlyReason::kLittleTrust, 0.15, std::nullopt,
                               Lang::kDe),
            "Das Vertrauen liegt bei 0,15: Ihr lernt euch noch kennen (eine "
            "Arbeitsbeziehung beginnt bei 0,50).");
}

TEST(PitchTest, AWorkingRelationshipWithGoodChemistryIsNotTooEarly) {
  EXPECT_THAT(TooEarlyReasons(0.55, 0.8), IsEmpty());
  EXPECT_THAT(TooEarlyReasons(0.55, std::nullopt), IsEmpty());
  EXPECT_THAT(TooEarlyReasons(0.7, 0.4),
              ElementsAre(TooEarlyReason::kWeakChemistry));
  EXPECT_THAT(TooEarlyReasons(0.1, 0.2),
              ElementsAre(TooEarlyReason::kLittleTrust,
                          TooEarlyReason::kWeakChemistry));
}

TEST(PitchTest, NeedsAPersonAndWhatWasOffered) {
  Pitch pitch{.person_id = PersonId(4), .about = "  Website relaunch "};
  KNOTEN_ASSERT_OK_AND_ASSIGN(Pitch valid, ValidatePitch(pitch));
  EXPECT_EQ(valid.about, "Website relaunch");
  pitch.about = "   ";
  EXPECT_THAT(ValidatePitch(pitch), HasError(ErrorCode::kInvalidArgument));
  pitch.about = "x";
  pitch.person_id = PersonId();
  EXPECT_THAT(ValidatePitch(pitch), HasError(ErrorCode::kInvalidArgument));
}

}  // namespace
}  // namespace knoten::core
