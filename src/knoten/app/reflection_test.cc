// The reflection checklist: answers kept per item, evidence from the data.

#include "knoten/app/reflection.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/app/encounters.h"
#include "knoten/app/ledger.h"
#include "knoten/app/people.h"

#include "testing/app_fixture.h"
#include "testing/status_matchers.h"

namespace knoten::app {
namespace {

using core::ReflectionAnswer;
using core::ReflectionItem;
using ReflectionTest = AppFixture;

const ReflectionCheck& Find(const std::vector<ReflectionCheck>& checks,
                            ReflectionItem item) {
  for (const ReflectionCheck& c : checks) {
    if (c.item == item) return c;
  }
  ADD_FAILURE() << "missing item " << core::ReflectionItemName(item);
  return checks.front();
}

int64_t Fact(const ReflectionCheck& check, std::string_view name) {
  EXPECT_TRUE(check.evidence.has_value());
  if (!check.evidence) return -1;
  for (const auto& [key, value] : check.evidence->facts) {
    if (key == name) return value;
  }
  ADD_FAILURE() << "missing fact " << name;
  return -1;
}

TEST_F(ReflectionTest, EveryItemInTheSeedsOrderUnansweredAtFirst) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto checks, Reflection(ctx_));
  ASSERT_EQ(checks.size(), core::kReflectionItems.size());
  for (size_t i = 0; i < checks.size(); ++i) {
    EXPECT_EQ(checks[i].item, core::kReflectionItems[i]);
    EXPECT_FALSE(checks[i].answer.has_value());
  }
  EXPECT_EQ(Find(checks, ReflectionItem::kWhatForWhom).evidence->summary,
            "You have written down no offers yet.");
  // The network report comes later: no evidence, not a guess.
  EXPECT_FALSE(Find(checks, ReflectionItem::kWhichNetwork).evidence);
  EXPECT_FALSE(Find(checks, ReflectionItem::kExpertiseWellPlaced).evidence);
}

TEST_F(ReflectionTest, AnAnswerIsKeptAndReplaced) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      auto first, AnswerReflection(ctx_, ReflectionItem::kSmallTalk,
                                   ReflectionAnswer::kPartly, "  ungern  "));
  ASSERT_TRUE(first.answer.has_value());
  EXPECT_EQ(first.answer->note, "ungern");
  EXPECT_EQ(first.answer->answered_at, clock_.Now());
  clock_.Advance(60);
  ASSERT_THAT(AnswerReflection(ctx_, ReflectionItem::kSmallTalk,
                               ReflectionAnswer::kYes, ""),
              IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto checks, Reflection(ctx_));
  const ReflectionCheck& small_talk = Find(checks, ReflectionItem::kSmallTalk);
  ASSERT_TRUE(small_talk.answer.has_value());
  EXPECT_EQ(small_talk.answer->answer, ReflectionAnswer::kYes);
  EXPECT_EQ(small_talk.answer->note, "");
  EXPECT_EQ(small_talk.answer->answered_at, clock_.Now());
  EXPECT_FALSE(Find(checks, ReflectionItem::kReadyToGive).answer);
}

TEST_F(ReflectionTest, ABadNoteChangesNothing) {
  EXPECT_THAT(AnswerReflection(ctx_, ReflectionItem::kReadyToGive,
                               ReflectionAnswer::kYes, "\xff\xfe"),
              HasError(ErrorCode::kInvalidArgument));
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto checks, Reflection(ctx_));
  EXPECT_FALSE(Find(checks, ReflectionItem::kReadyToGive).answer);
}

TEST_F(ReflectionTest, ReadyToGiveCountsTheLastTwelveMonths) {
  const PersonId anna = Person("Anna");
  auto record = [&](core::Direction direction, int64_t days_ago) {
    ASSERT_THAT(AddLedgerEntry(ctx_, {.occurred_at = Timestamp::FromUnixSeconds(
                                          clock_.Now().unix_seconds() -
                                          days_ago * kSecondsPerDay),
                                      .direction = direction,
                                      .person_id = anna}),
                IsOk());
  };
  record(core::Direction::kReceived, 10);
  record(core::Direction::kReceived, 20);
  record(core::Direction::kGiven, 30);
  record(core::Direction::kGiven, 400);  // older than a year: not counted
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto checks, Reflection(ctx_));
  const ReflectionCheck& give = Find(checks, ReflectionItem::kReadyToGive);
  EXPECT_EQ(Fact(give, "given"), 1);
  EXPECT_EQ(Fact(give, "received"), 2);
  EXPECT_TRUE(give.evidence->attention);  // took more than gave
  EXPECT_EQ(give.evidence->summary,
            "In the last 12 months you gave 1 time and received 2 times.");
  record(core::Direction::kGiven, 5);
  record(core::Direction::kGiven, 6);
  KNOTEN_ASSERT_OK_AND_ASSIGN(checks, Reflection(ctx_));
  EXPECT_FALSE(Find(checks, ReflectionItem::kReadyToGive).evidence->attention);
}

TEST_F(ReflectionTest, OffersWithoutAnAudienceAreFlagged) {
  ASSERT_THAT(
      AddOffer(ctx_, {.title = "Pressearbeit", .audience = "Gründerinnen"}),
      IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(const core::Offer added,
                              AddOffer(ctx_, {.title = "Social Media"}));
  const OfferId social_media = added.id;
  // A person's offer is not the user's.
  ASSERT_THAT(AddOffer(ctx_, {.person_id = Person("Ben"), .title = "Fotos"}),
              IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto checks, Reflection(ctx_));
  const ReflectionCheck& offers = Find(checks, ReflectionItem::kWhatForWhom);
  EXPECT_EQ(Fact(offers, "offers"), 2);
  EXPECT_EQ(Fact(offers, "without_audience"), 1);
  EXPECT_TRUE(offers.evidence->attention);
  EXPECT_EQ(offers.evidence->summary,
            "You offer 2 things; 1 has no audience (for whom?).");
  ASSERT_THAT(EditOffer(ctx_, social_media,
                        [](core::Offer& o) {
                          o.audience = "Handwerksbetriebe";
                          return OkStatus();
                        }),
              IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(checks, Reflection(ctx_));
  const ReflectionCheck& all = Find(checks, ReflectionItem::kWhatForWhom);
  EXPECT_FALSE(all.evidence->attention);
  EXPECT_EQ(all.evidence->summary,
            "You offer 2 things, each with its audience.");
}

TEST_F(ReflectionTest, NeedsAndProfileAreBackedByTheData) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto before, Reflection(ctx_));
  EXPECT_TRUE(Find(before, ReflectionItem::kWhatINeed).evidence->attention);
  EXPECT_TRUE(Find(before, ReflectionItem::kKnowWhoIAm).evidence->attention);
  ASSERT_THAT(AddNeed(ctx_, {.title = "Steuerberatung"}), IsOk());
  core::Profile me;
  me.name = "Sabine";
  me.positioning = "PR für Gründerinnen";
  me.expertise_areas = {"Pressearbeit"};
  ASSERT_THAT(SaveProfile(ctx_, me), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto after, Reflection(ctx_));
  const ReflectionCheck& needs = Find(after, ReflectionItem::kWhatINeed);
  EXPECT_EQ(Fact(needs, "needs"), 1);
  EXPECT_FALSE(needs.evidence->attention);
  const ReflectionCheck& who = Find(after, ReflectionItem::kKnowWhoIAm);
  EXPECT_EQ(Fact(who, "positioning"), 1);
  EXPECT_EQ(Fact(who, "expertise_areas"), 1);
  EXPECT_FALSE(who.evidence->attention);
}

}  // namespace
}  // namespace knoten::app

namespace knoten::app {
namespace {

TEST_F(ReflectionTest, BuildTrustSlowlyCountsRelationshipsAndBrokenPromises) {
  const PersonId anna = Person("Anna");
  const PersonId ben = Person("Ben");
  // A year of monthly 1:1 meetings with Anna; Ben met once.
  for (int month = 0; month < 12; ++month) {
    Meeting meeting;
    meeting.encounter = {.occurred_at = clock_.Now(),
                         .kind = core::EncounterKind::kOneOnOne,
                         .people = {anna}};
    if (month == 0) meeting.encounter.people.push_back(ben);
    ASSERT_THAT(Meet(ctx_, std::move(meeting)), IsOk());
    clock_.Advance(30 * kSecondsPerDay);
  }
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto checks, Reflection(ctx_));
  const ReflectionCheck& trust =
      Find(checks, ReflectionItem::kBuildTrustSlowly);
  EXPECT_EQ(Fact(trust, "close_relationships"), 1);    // Anna
  EXPECT_EQ(Fact(trust, "growing_relationships"), 0);  // Ben is new
  EXPECT_EQ(Fact(trust, "broken_promises"), 0);
  EXPECT_FALSE(trust.evidence->attention);

  KNOTEN_ASSERT_OK_AND_ASSIGN(
      core::Promise p,
      AddPromise(ctx_, {.promisee = anna, .text = "Slides schicken"}));
  ASSERT_THAT(EditPromise(ctx_, p.id,
                          [](core::Promise& record) {
                            record.status = core::PromiseStatus::kBroken;
                            return OkStatus();
                          }),
              IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(checks, Reflection(ctx_));
  const ReflectionCheck& after =
      Find(checks, ReflectionItem::kBuildTrustSlowly);
  EXPECT_EQ(Fact(after, "broken_promises"), 1);
  EXPECT_TRUE(after.evidence->attention);
  EXPECT_EQ(after.evidence->summary,
            "0 relationships have grown into working trust, 1 more is "
            "growing; 1 promise was broken.");
}

}  // namespace
}  // namespace knoten::app
