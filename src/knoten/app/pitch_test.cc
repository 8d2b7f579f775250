// Client fit on a person's page and the pitch with its "too early" check,
// over an in-memory store with a fake clock and no word lists (the same
// words and stems match).

#include "knoten/app/pitch.h"

#include <gtest/gtest.h>

#include "knoten/app/encounters.h"
#include "knoten/app/judgements.h"
#include "knoten/app/person_details.h"

#include "testing/app_fixture.h"
#include "testing/status_matchers.h"

namespace knoten::app {
namespace {

class PitchTest : public AppFixture {
 protected:
  void Offer(std::optional<PersonId> who, const std::string& title) {
    core::Offer offer{
        .person_id = who, .title = title, .lang = core::Lang::kDe};
    ASSERT_THAT(AddOffer(ctx_, offer), IsOk());
  }
  NeedId Need(PersonId who, const std::string& title) {
    core::Need need{.person_id = who, .title = title, .lang = core::Lang::kDe};
    auto added = AddNeed(ctx_, need);
    EXPECT_THAT(added, IsOk());
    return added ? added->id : NeedId();
  }
  void Judge(PersonId who, core::JudgementFactor factor, double value) {
    ASSERT_THAT(
        JudgePerson(ctx_, {.person_id = who, .factor = factor, .value = value}),
        IsOk());
  }
};

TEST_F(PitchTest, APitchToANewAcquaintanceIsTooEarlyAndSuggestsGivingFirst) {
  const PersonId anna = Person("Anna");
  const PersonId carla = Person("Carla");
  const NeedId printing = Need(anna, "Druckerei für Flyer");
  const NeedId tax = Need(anna, "Steuerberatung");
  Offer(carla, "Druckerei: Flyer und Plakate");
  MeetNow(anna, core::EncounterKind::kOneOnOne);  // one great evening

  KNOTEN_ASSERT_OK_AND_ASSIGN(PitchOutcome outcome,
                              PitchTo(ctx_, anna, "Webdesign", false));
  EXPECT_FALSE(outcome.pitch.has_value());  // nothing recorded
  EXPECT_THAT(outcome.check.too_early,
              ::testing::ElementsAre(core::TooEarlyReason::kLittleTrust));
  ASSERT_EQ(outcome.check.give_first.size(), 2U);
  const GiveFirst& intro = outcome.check.give_first[0];
  EXPECT_EQ(intro.kind, GiveFirst::Kind::kIntroduction);
  EXPECT_EQ(intro.need_id, printing);
  EXPECT_EQ(intro.person_id, carla);
  EXPECT_EQ(intro.person_name, "Carla");
  EXPECT_EQ(outcome.check.give_first[1].kind, GiveFirst::Kind::kTip);
  EXPECT_EQ(outcome.check.give_first[1].need_id, tax);
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto page, ShowPerson(ctx_, anna));
  EXPECT_TRUE(page.timeline.empty() || page.timeline[0].kind != "pitch");

  // The user may go on; the pitch remembers it came early.
  clock_.Advance(kSecondsPerDay);
  KNOTEN_ASSERT_OK_AND_ASSIGN(outcome, PitchTo(ctx_, anna, "Webdesign", true));
  ASSERT_TRUE(outcome.pitch.has_value());
  EXPECT_TRUE(outcome.pitch->too_early);
  KNOTEN_ASSERT_OK_AND_ASSIGN(page, ShowPerson(ctx_, anna));
  EXPECT_EQ(page.timeline[0].kind, "pitch");
  EXPECT_EQ(page.timeline[0].detail, "too_early");
  EXPECT_EQ(page.timeline[0].text, "Webdesign");
}

TEST_F(PitchTest, WithoutKnownNeedsTheIdeaIsToAsk) {
  const PersonId ben = Person("Ben");
  KNOTEN_ASSERT_OK_AND_ASSIGN(PitchCheck check, CheckPitch(ctx_, ben));
  ASSERT_EQ(check.give_first.size(), 1U);
  EXPECT_EQ(check.give_first[0].kind, GiveFirst::Kind::kAsk);
  EXPECT_THAT(PitchTo(ctx_, ben, "  ", true),
              HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(CheckPitch(ctx_, PersonId(99)), HasError(ErrorCode::kNotFound));
}

TEST_F(PitchTest, AfterAYearOfMeetingsAndGoodChemistryItIsNotTooEarly) {
  const PersonId anna = Person("Anna");
  for (int month = 0; month < 12; ++month) {
    MeetNow(anna, core::EncounterKind::kOneOnOne);
    clock_.Advance(30 * kSecondsPerDay);
  }
  Judge(anna, core::JudgementFactor::kChemistry, 0.8);
  KNOTEN_ASSERT_OK_AND_ASSIGN(PitchOutcome outcome,
                              PitchTo(ctx_, anna, "Webdesign", false));
  EXPECT_TRUE(outcome.check.too_early.empty());
  EXPECT_TRUE(outcome.check.give_first.empty());
  ASSERT_TRUE(outcome.pitch.has_value());
  EXPECT_FALSE(outcome.pitch->too_early);

  // Weak chemistry makes it too early however long they have known each
  // other.
  Judge(anna, core::JudgementFactor::kChemistry, 0.4);
  KNOTEN_ASSERT_OK_AND_ASSIGN(PitchCheck check, CheckPitch(ctx_, anna));
  EXPECT_THAT(check.too_early,
              ::testing::ElementsAre(core::TooEarlyReason::kWeakChemistry));
}

TEST_F(PitchTest, ClientFitTakesTheWeakestOfTheFourFactors) {
  const PersonId anna = Person("Anna");
  Offer(std::nullopt, "Webdesign für kleine Unternehmen");
  const NeedId web = Need(anna, "Webdesign für Unternehmen");
  Need(anna, "Steuerberatung");
  MeetNow(anna, core::EncounterKind::kOneOnOne);

  KNOTEN_ASSERT_OK_AND_ASSIGN(auto page, ShowPerson(ctx_, anna));
  EXPECT_EQ(page.fit.need_id, web);
  EXPECT_EQ(page.fit.offer_title, "Webdesign für kleine Unternehmen");
  EXPECT_GT(page.client_fit.fit, 0.25);
  EXPECT_FALSE(page.client_fit.level.has_value());  // nothing judged yet

  Judge(anna, core::JudgementFactor::kCompetence, 0.9);
  Judge(anna, core::JudgementFactor::kChemistry, 0.8);
  KNOTEN_ASSERT_OK_AND_ASSIGN(page, ShowPerson(ctx_, anna));
  ASSERT_TRUE(page.client_fit.level.has_value());
  // A new acquaintance: trust is the weakest factor, and decides.
  EXPECT_EQ(page.client_fit.weakest, core::FitFactor::kTrust);
  EXPECT_DOUBLE_EQ(*page.client_fit.level, page.trust.level);
  ASSERT_EQ(page.judgements.size(), 2U);

  KNOTEN_ASSERT_OK_AND_ASSIGN(
      auto left,
      ForgetJudgement(ctx_, anna, core::JudgementFactor::kChemistry));
  EXPECT_EQ(left.size(), 1U);
  EXPECT_THAT(JudgePerson(ctx_, {.person_id = PersonId(99), .value = 0.5}),
              HasError(ErrorCode::kNotFound));
}

}  // namespace
}  // namespace knoten::app
