#include "knoten/core/client_fit.h"

#include <gtest/gtest.h>

#include "knoten/core/judgement.h"

#include "testing/status_matchers.h"

namespace knoten::core {
namespace {

TEST(ClientFitTest, OneWeakFactorMakesTheFitWeak) {
  // Trusted, competent, a great fit, but the chemistry is poor.
  const ClientFit fit = ComputeClientFit(0.8, 0.9, 0.2, 0.9);
  ASSERT_TRUE(fit.level.has_value());
  EXPECT_DOUBLE_EQ(*fit.level, 0.2);
  EXPECT_EQ(fit.weakest, FitFactor::kChemistry);
}

TEST(ClientFitTest, TheLevelIsNeverAboveAnyFactor) {
  const ClientFit fit = ComputeClientFit(0.6, 0.7, 0.65, 0.9);
  ASSERT_TRUE(fit.level.has_value());
  EXPECT_DOUBLE_EQ(*fit.level, 0.6);
  EXPECT_EQ(fit.weakest, FitFactor::kTrust);
  for (const double factor :
       {fit.trust, *fit.competence, *fit.chemistry, fit.fit}) {
    EXPECT_LE(*fit.level, factor);
  }
}

TEST(ClientFitTest, UnjudgedFactorsLeaveTheLevelOpen) {
  const ClientFit fit = ComputeClientFit(0.4, std::nullopt, 0.8, 0.3);
  EXPECT_FALSE(fit.level.has_value());
  EXPECT_FALSE(fit.competence.has_value());
  EXPECT_EQ(fit.weakest, FitFactor::kFit);  // the lowest of those known
}

TEST(ClientFitTest, TiesNameTheFirstFactorAndValuesAreClamped) {
  const ClientFit fit = ComputeClientFit(0.5, 1.4, 0.5, -0.1);
  EXPECT_DOUBLE_EQ(*fit.competence, 1.0);
  EXPECT_DOUBLE_EQ(fit.fit, 0.0);
  EXPECT_EQ(fit.weakest, FitFactor::kFit);
  EXPECT_EQ(ComputeClientFit(0.5, 0.5, 0.5, 0.5).weakest, FitFactor::kTrust);
  EXPECT_EQ(FitFactorName(FitFactor::kChemistry), "chemistry");
}

TEST(JudgementTest, ReadsALevelOrAStepOfFive) {
  EXPECT_THAT(ParseJudgementValue("0.8"), IsOkAndHolds(0.8));
  EXPECT_THAT(ParseJudgementValue("0,25"), IsOkAndHolds(0.25));
  EXPECT_THAT(ParseJudgementValue(" 1 "), IsOkAndHolds(1.0));
  EXPECT_THAT(ParseJudgementValue("4/5"), IsOkAndHolds(0.8));
  EXPECT_THAT(ParseJudgementValue("1/5"), IsOkAndHolds(0.2));
  for (const char* bad : {"", "1.5", "-0.2", "6/5", "0/5", "4/10", "abc",
                          "0.5.1", ".", "1e400"}) {
    EXPECT_THAT(ParseJudgementValue(bad), HasError(ErrorCode::kInvalidArgument))
        << bad;
  }
}

TEST(JudgementTest, ValidatesPersonValueAndNote) {
  Judgement j{.person_id = PersonId(3),
              .factor = JudgementFactor::kCompetence,
              .value = 0.6,
              .evidence = JudgementEvidence::kSeenWork,
              .note = "  saw the Müller rebrand  "};
  KNOTEN_ASSERT_OK_AND_ASSIGN(Judgement valid, ValidateJudgement(j));
  EXPECT_EQ(valid.note, "saw the Müller rebrand");
  j.value = 1.2;
  EXPECT_THAT(ValidateJudgement(j), HasError(ErrorCode::kInvalidArgument));
  j.value = 0.5;
  j.person_id = PersonId();
  EXPECT_THAT(ValidateJudgement(j), HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(ParseJudgementEvidence("recommended"),
              IsOkAndHolds(JudgementEvidence::kRecommended));
  EXPECT_THAT(ParseJudgementFactor("trust"),
              HasError(ErrorCode::kInvalidArgument));
}

}  // namespace
}  // namespace knoten::core
