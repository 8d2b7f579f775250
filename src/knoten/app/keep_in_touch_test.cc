// Trust for everyone and the keep-in-touch list of today, over a simulated
// year with the clock moved on a month at a time.

#include "knoten/app/keep_in_touch.h"

#include <gtest/gtest.h>

#include "knoten/app/encounters.h"
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

}  // namespace
}  // namespace knoten::app
