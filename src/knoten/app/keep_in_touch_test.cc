// Trust for everyone and the keep-in-touch list of today, over a simulated
// year with the clock moved on a month at a time.

#include "knoten/app/keep_in_touch.h"

#include <optional>

#include <gtest/gtest.h>

#include "knoten/app/encounters.h"
#include "knoten/app/people.h"
#include "knoten/app/person_details.h"
#include "knoten/app/today.h"
#include "knoten/app/trust.h"

#include "testing/app_fixture.h"
#include "testing/status_matchers.h"

namespace knoten::app {
namespace {

class KeepInTouchTest : public AppFixture {
 protected:
  double TrustOnPage(PersonId who) {
    auto details = ShowPerson(ctx_, who);
    EXPECT_THAT(details, IsOk());
    return details ? details->trust.level : -1;
  }
};

TEST_F(KeepInTouchTest, AYearOfMeetingsThenSilence) {
  const PersonId anna = Person("Anna");  // a 1:1 meeting every month
  const PersonId ben = Person("Ben");    // small talk once
  MeetNow(ben, core::EncounterKind::kSmallTalk);
  double before = 0;
  for (int month = 0; month < 12; ++month) {
    MeetNow(anna, core::EncounterKind::kOneOnOne);
    clock_.Advance(30 * kSecondsPerDay);
    const double now = TrustOnPage(anna);
    EXPECT_GT(now, before) << "month " << month;  // grows every month
    before = now;
  }
  EXPECT_GT(before, 0.5);
  EXPECT_LT(TrustOnPage(ben), 0.2);

  // Everyone at once gives what each page gives.
  auto everyone = InRead(ctx_, [&](store::Transaction& tx) {
    return TrustOfEveryone(tx, clock_.Now());
  });
  ASSERT_THAT(everyone, IsOk());
  ASSERT_EQ(everyone->size(), 2U);
  EXPECT_EQ(everyone->at(0).person_name, "Anna");
  EXPECT_DOUBLE_EQ(everyone->at(0).trust.level, TrustOnPage(anna));
  EXPECT_DOUBLE_EQ(everyone->at(1).trust.level, TrustOnPage(ben));

  // Thirty days after the last meeting Anna is due, not yet overdue.
  KNOTEN_ASSERT_OK_AND_ASSIGN(TodayView today, Today(ctx_));
  EXPECT_TRUE(today.keep_in_touch.empty());
  // Seventy days: losing touch with Anna (rhythm 30 days); Ben, a new
  // acquaintance, has no rhythm and is never listed.
  clock_.Advance(40 * kSecondsPerDay);
  KNOTEN_ASSERT_OK_AND_ASSIGN(today, Today(ctx_));
  ASSERT_EQ(today.keep_in_touch.size(), 1U);
  EXPECT_EQ(today.keep_in_touch[0].person_id, anna);
  EXPECT_EQ(today.keep_in_touch[0].days_since, 70);
  EXPECT_EQ(today.keep_in_touch[0].rhythm_days, 30);
  // A call brings her off the list.
  MeetNow(anna, core::EncounterKind::kCall);
  KNOTEN_ASSERT_OK_AND_ASSIGN(today, Today(ctx_));
  EXPECT_TRUE(today.keep_in_touch.empty());
}

TEST_F(KeepInTouchTest, ARhythmTheUserChoseReplacesTheDefault) {
  const PersonId anna = Person("Anna");  // close: 30 days by default
  const PersonId cem = Person("Cem");    // a new acquaintance: no default
  for (int month = 0; month < 12; ++month) {
    MeetNow(anna, core::EncounterKind::kOneOnOne);
    clock_.Advance(30 * kSecondsPerDay);
  }
  MeetNow(cem, core::EncounterKind::kSmallTalk);
  const auto set_rhythm = [&](PersonId who, std::optional<int64_t> days) {
    ASSERT_THAT(EditPerson(ctx_, who,
                           [&](core::Person& p) {
                             p.rhythm_days = days;
                             return OkStatus();
                           }),
                IsOk());
  };
  set_rhythm(anna, 90);  // every quarter is enough for Anna
  set_rhythm(cem, 14);   // Cem matters: every two weeks

  clock_.Advance(20 * kSecondsPerDay);  // Anna: 50 days, Cem: 20 days
  KNOTEN_ASSERT_OK_AND_ASSIGN(TodayView today, Today(ctx_));
  ASSERT_EQ(today.keep_in_touch.size(), 1U);
  EXPECT_EQ(today.keep_in_touch[0].person_id, cem);
  EXPECT_EQ(today.keep_in_touch[0].rhythm_days, 14);
  EXPECT_TRUE(today.keep_in_touch[0].rhythm_chosen);
  KNOTEN_ASSERT_OK_AND_ASSIGN(PersonDetails page, ShowPerson(ctx_, anna));
  EXPECT_EQ(page.touch.rhythm.days, 90);
  EXPECT_TRUE(page.touch.rhythm.chosen);
  EXPECT_FALSE(page.touch.losing_touch());

  // Back to the default: Anna is overdue again (50 days > 30).
  set_rhythm(anna, std::nullopt);
  KNOTEN_ASSERT_OK_AND_ASSIGN(today, Today(ctx_));
  ASSERT_EQ(today.keep_in_touch.size(), 2U);
  EXPECT_EQ(today.keep_in_touch[0].person_id, anna);  // 50/30 before 20/14
  EXPECT_EQ(today.keep_in_touch[0].rhythm_days, 30);
  EXPECT_FALSE(today.keep_in_touch[0].rhythm_chosen);
}

TEST_F(KeepInTouchTest, AChosenRhythmCountsFromTheFirstMeetingWithoutContact) {
  core::Person dora;
  dora.display_name = "Dora";
  dora.first_met_at = clock_.Now();
  dora.rhythm_days = 30;
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Person added, AddPerson(ctx_, dora));
  clock_.Advance(31 * kSecondsPerDay);
  KNOTEN_ASSERT_OK_AND_ASSIGN(TodayView today, Today(ctx_));
  ASSERT_EQ(today.keep_in_touch.size(), 1U);
  EXPECT_EQ(today.keep_in_touch[0].person_id, added.id);
  EXPECT_EQ(today.keep_in_touch[0].days_since, 31);
  EXPECT_EQ(today.keep_in_touch[0].last_contact, dora.first_met_at);
}

}  // namespace
}  // namespace knoten::app
