// Use cases over a real (in-memory) SQLite store with a fake clock.

#include <memory>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/app/encounters.h"
#include "knoten/app/follow_ups.h"
#include "knoten/app/ledger.h"
#include "knoten/app/networks.h"
#include "knoten/app/people.h"
#include "knoten/app/person_details.h"
#include "knoten/app/today.h"
#include "knoten/store/sqlite/sqlite_store.h"

#include "testing/app_fixture.h"
#include "testing/fake_clock.h"
#include "testing/status_matchers.h"

namespace knoten::app {
namespace {

using AppTest = AppFixture;

TEST_F(AppTest, AddPersonStampsTimesAndValidates) {
  core::Person p;
  p.given_name = "Anna";
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Person anna, AddPerson(ctx_, p));
  EXPECT_EQ(anna.display_name, "Anna");
  EXPECT_EQ(anna.created_at, clock_.Now());
  EXPECT_THAT(AddPerson(ctx_, core::Person{}),
              HasError(ErrorCode::kInvalidArgument));
}

TEST_F(AppTest, EditPersonAppliesChangeAtomically) {
  const PersonId anna = Person("Anna");
  clock_.Advance(60);
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Person edited,
                              EditPerson(ctx_, anna, [](core::Person& p) {
                                p.organisation = "Presseküche";
                                return OkStatus();
                              }));
  EXPECT_EQ(edited.organisation, "Presseküche");
  EXPECT_EQ(edited.updated_at, clock_.Now());
  // An invalid change leaves the stored person as it was.
  EXPECT_THAT(EditPerson(ctx_, anna,
                         [](core::Person& p) {
                           p.emails = {"not-an-address"};
                           return OkStatus();
                         }),
              HasError(ErrorCode::kInvalidArgument));
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Person stored, GetPerson(ctx_, anna));
  EXPECT_TRUE(stored.emails.empty());
  EXPECT_THAT(
      EditPerson(ctx_, PersonId(99), [](core::Person&) { return OkStatus(); }),
      HasError(ErrorCode::kNotFound));
}

TEST_F(AppTest, OfferForUnknownPersonIsNotFound) {
  core::Offer offer{.person_id = PersonId(42), .title = "Webdesign"};
  auto added = AddOffer(ctx_, offer);
  ASSERT_THAT(added, HasError(ErrorCode::kNotFound));
  EXPECT_THAT(added.error().message, ::testing::HasSubstr("person 42"));
}

TEST_F(AppTest, MeetCreatesNewPeopleAndRecordsAttendance) {
  const PersonId anna = Person("Anna");
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      core::Event event,
      AddEvent(ctx_, {.title = "Frühstück", .starts_at = clock_.Now()}));
  core::Person ben;
  ben.display_name = "Ben";
  Meeting meeting{.encounter = {.occurred_at = clock_.Now(),
                                .event_id = event.id,
                                .people = {anna}},
                  .new_people = {ben}};
  KNOTEN_ASSERT_OK_AND_ASSIGN(MeetingLogged logged, Meet(ctx_, meeting));
  ASSERT_EQ(logged.created.size(), 1U);
  EXPECT_EQ(logged.created[0].first_met_event, event.id);
  EXPECT_EQ(logged.encounter.people.size(), 2U);
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Event stored, GetEvent(ctx_, event.id));
  EXPECT_THAT(stored.attendees,
              ::testing::UnorderedElementsAre(anna, logged.created[0].id));
}

TEST_F(AppTest, FailedMeetKeepsNoNewPeople) {
  core::Person ben;
  ben.display_name = "Ben";
  Meeting meeting{
      .encounter = {.occurred_at = clock_.Now(), .event_id = EventId(77)},
      .new_people = {ben}};
  EXPECT_THAT(Meet(ctx_, meeting), HasError(ErrorCode::kNotFound));
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto people, ListPeople(ctx_, {}, {}));
  EXPECT_EQ(people.total, 0);
}

TEST_F(AppTest, MadeIntroductionCreatesExactlyOneEntryPerPerson) {
  const PersonId anna = Person("Anna");
  const PersonId ben = Person("Ben");
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      IntroductionChanged proposed,
      ProposeIntroduction(ctx_, {.person_a = anna, .person_b = ben}));
  EXPECT_TRUE(proposed.ledger_entries.empty());
  const IntroductionId id = proposed.introduction.id;
  ASSERT_THAT(SetIntroductionStatus(ctx_, id, core::IntroductionStatus::kAsked),
              IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      IntroductionChanged made,
      SetIntroductionStatus(ctx_, id, core::IntroductionStatus::kMade));
  EXPECT_EQ(made.ledger_entries.size(), 2U);
  EXPECT_EQ(made.introduction.made_at, clock_.Now());
  // Setting "made" again creates nothing more.
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      IntroductionChanged again,
      SetIntroductionStatus(ctx_, id, core::IntroductionStatus::kMade));
  EXPECT_TRUE(again.ledger_entries.empty());
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto linked,
                              ListLedger(ctx_, {.introduction_id = id}, {}));
  ASSERT_EQ(linked.total, 2);
  for (const core::LedgerEntry& e : linked.items) {
    EXPECT_EQ(e.kind, core::LedgerKind::kIntroduction);
    EXPECT_EQ(e.direction, core::Direction::kGiven);
  }
  EXPECT_THAT(
      SetIntroductionStatus(ctx_, id, core::IntroductionStatus::kDeclined),
      HasError(ErrorCode::kFailedPrecondition));
}

TEST_F(AppTest, TodayShowsDueFollowUpsAndPromises) {
  const PersonId anna = Person("Anna");
  const Timestamp now = clock_.Now();
  auto at = [&](int64_t days) {
    return Timestamp::FromUnixSeconds(now.unix_seconds() +
                                      days * kSecondsPerDay);
  };
  ASSERT_THAT(AddFollowUp(ctx_, {.person_id = anna, .due_at = at(-1)}), IsOk());
  ASSERT_THAT(AddFollowUp(ctx_, {.person_id = anna, .due_at = now}), IsOk());
  ASSERT_THAT(AddFollowUp(ctx_, {.person_id = anna, .due_at = at(2)}), IsOk());
  ASSERT_THAT(
      AddPromise(ctx_, {.promisee = anna, .text = "Link", .due_at = at(3)}),
      IsOk());
  ASSERT_THAT(
      AddPromise(ctx_, {.promisee = anna, .text = "Later", .due_at = at(30)}),
      IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(TodayView today, Today(ctx_));
  EXPECT_EQ(today.followups_due.size(), 2U);
  ASSERT_EQ(today.promises_due.size(), 1U);
  EXPECT_EQ(today.promises_due[0].text, "Link");
  EXPECT_EQ(today.names.at(anna), "Anna");

  KNOTEN_ASSERT_OK_AND_ASSIGN(core::FollowUp done,
                              CloseFollowUp(ctx_, today.followups_due[0].id,
                                            core::FollowUpStatus::kDone));
  EXPECT_EQ(done.status, core::FollowUpStatus::kDone);
  EXPECT_THAT(CloseFollowUp(ctx_, done.id, core::FollowUpStatus::kCancelled),
              HasError(ErrorCode::kFailedPrecondition));
}

TEST_F(AppTest, PersonDetailsHaveATimeline) {
  const PersonId anna = Person("Anna");
  ASSERT_THAT(Meet(ctx_, {.encounter = {.occurred_at = clock_.Now(),
                                        .kind = core::EncounterKind::kOneOnOne,
                                        .people = {anna},
                                        .topics = "Pressearbeit"}}),
              IsOk());
  clock_.Advance(3600);
  ASSERT_THAT(AddLedgerEntry(ctx_, {.occurred_at = clock_.Now(),
                                    .person_id = anna,
                                    .text = "Tipp"}),
              IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(PersonDetails details, ShowPerson(ctx_, anna));
  ASSERT_EQ(details.timeline.size(), 2U);
  EXPECT_EQ(details.timeline[0].kind, "ledger_entry");  // latest first
  EXPECT_EQ(details.timeline[0].detail, "given tip");
  EXPECT_EQ(details.timeline[1].kind, "encounter");
  EXPECT_EQ(details.timeline[1].text, "Pressearbeit");
}

}  // namespace
}  // namespace knoten::app
