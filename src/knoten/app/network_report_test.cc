// The network report over an in-memory store with a fake clock and no word
// lists (the same words and stems match): two networks, a year of history.

#include "knoten/app/network_report.h"

#include <gtest/gtest.h>

#include "knoten/app/ledger.h"
#include "knoten/app/networks.h"

#include "testing/app_fixture.h"
#include "testing/status_matchers.h"

namespace knoten::app {
namespace {

class NetworkReportTest : public AppFixture {
 protected:
  NetworkId Network(const std::string& name, int64_t fee_cents) {
    auto added =
        AddNetwork(ctx_, {.name = name, .yearly_fee_cents = fee_cents});
    EXPECT_THAT(added, IsOk());
    return added ? added->id : NetworkId();
  }
  void Member(NetworkId network, std::optional<PersonId> who) {
    ASSERT_THAT(Join(ctx_, {.network_id = network, .person_id = who}), IsOk());
  }
  EventId Event(NetworkId network, const std::string& starts_at,
                std::vector<PersonId> attendees) {
    auto added = AddEvent(ctx_, {.network_id = network,
                                 .title = "Chapter meeting",
                                 .starts_at = *ParseIsoTimestamp(starts_at),
                                 .duration_minutes = 120,
                                 .cost_cents = 2500,
                                 .attendees = std::move(attendees)});
    EXPECT_THAT(added, IsOk());
    return added ? added->id : EventId();
  }
  void Ledger(PersonId who, core::Direction direction, core::LedgerKind kind,
              const std::string& at) {
    core::LedgerEntry entry{.occurred_at = *ParseIsoTimestamp(at),
                            .direction = direction,
                            .kind = kind,
                            .person_id = who,
                            .text = "x"};
    if (kind == core::LedgerKind::kReferral) {
      entry.referral_status = core::ReferralStatus::kWon;
      entry.business_value_cents = 120000;
    }
    ASSERT_THAT(AddLedgerEntry(ctx_, entry), IsOk());
  }
  void Offer(std::optional<PersonId> who, const std::string& title) {
    ASSERT_THAT(
        AddOffer(ctx_,
                 {.person_id = who, .title = title, .lang = core::Lang::kDe}),
        IsOk());
  }
  void Need(std::optional<PersonId> who, const std::string& title) {
    ASSERT_THAT(
        AddNeed(ctx_,
                {.person_id = who, .title = title, .lang = core::Lang::kDe}),
        IsOk());
  }
};

TEST_F(NetworkReportTest, AYearOfTwoNetworksSideBySide) {
  // Clock: 2026-03-05; the default period is the year before it.
  const PersonId anna = Person("Anna");
  const PersonId bert = Person("Bert");
  const PersonId carla = Person("Carla");
  const PersonId dora = Person("Dora");
  const NetworkId chapter = Network("Chapter", 60000);
  const NetworkId cowork = Network("Coworking", 0);
  Member(chapter, std::nullopt);  // the user, since before the period
  Member(cowork, carla);
  Event(chapter, "2024-11-01T18:00", {bert});  // before the period
  const EventId evening = Event(chapter, "2025-10-01T18:00", {anna});
  Meeting talk;
  talk.encounter = {.occurred_at = *ParseIsoTimestamp("2025-10-01T19:00"),
                    .kind = core::EncounterKind::kOneOnOne,
                    .event_id = evening,
                    .people = {anna}};
  ASSERT_THAT(Meet(ctx_, talk), IsOk());
  Ledger(anna, core::Direction::kReceived, core::LedgerKind::kReferral,
         "2025-11-01T10:00");
  Ledger(bert, core::Direction::kGiven, core::LedgerKind::kTip,
         "2025-12-01T10:00");
  Ledger(bert, core::Direction::kGiven, core::LedgerKind::kTip,
         "2024-12-01T10:00");  // before the period
  Ledger(carla, core::Direction::kGiven, core::LedgerKind::kRecommendation,
         "2026-01-10T10:00");
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      auto intro,
      ProposeIntroduction(ctx_, {.person_a = anna, .person_b = dora}));
  ASSERT_THAT(SetIntroductionStatus(ctx_, intro.introduction.id,
                                    core::IntroductionStatus::kMade),
              IsOk());
  Offer(std::nullopt, "Webdesign für kleine Firmen");
  Need(anna, "Webdesign für Firmen");
  Need(bert, "Steuerberatung");
  Need(std::nullopt, "Steuerberatung");
  Offer(carla, "Steuerberatung für Selbständige");

  KNOTEN_ASSERT_OK_AND_ASSIGN(NetworkReports all, ReportNetworks(ctx_, {}));
  EXPECT_EQ(all.period.until, clock_.Now());
  const auto& reports = all.items;
  ASSERT_EQ(reports.size(), 2U);
  const core::NetworkReport& c = reports[0];
  EXPECT_EQ(c.name, "Chapter");
  EXPECT_TRUE(c.member);
  EXPECT_EQ(c.events, 1);
  EXPECT_DOUBLE_EQ(c.hours, 2.0);
  EXPECT_EQ(c.money_cents, 60000 + 2500);  // the whole fee, one evening
  EXPECT_EQ(c.people, 2);                  // Anna and Bert
  EXPECT_EQ(c.people_met, 1);              // Anna, this year
  EXPECT_EQ(c.deepened, 1);                // Anna, after the 1:1
  EXPECT_EQ(c.balance.received.count, 1);
  // The tip to Bert and the introduction that counts as given to Anna.
  EXPECT_EQ(c.balance.given.count, 2);
  EXPECT_EQ(c.Referrals(), 1);
  EXPECT_EQ(c.balance.received.business_value_cents.at("EUR"), 120000);
  EXPECT_EQ(c.introductions, 1);
  EXPECT_EQ(c.expertise_fit.their_needs, 2);
  EXPECT_EQ(c.expertise_fit.my_offers_meet_needs, 1);  // Anna's webdesign
  EXPECT_EQ(c.expertise_fit.my_needs, 1);
  EXPECT_EQ(c.expertise_fit.my_needs_met, 0);

  const core::NetworkReport& w = reports[1];
  EXPECT_EQ(w.name, "Coworking");
  EXPECT_FALSE(w.member);
  EXPECT_EQ(w.money_cents, 0);
  EXPECT_EQ(w.people, 1);
  EXPECT_EQ(w.people_met, 0);
  EXPECT_EQ(w.balance.given.count, 1);
  EXPECT_EQ(w.introductions, 0);
  EXPECT_EQ(w.expertise_fit.my_needs_met, 1);  // Carla's tax advice
}

TEST_F(NetworkReportTest, APeriodNarrowsTheFiguresAndBadInputIsRefused) {
  const PersonId anna = Person("Anna");
  const NetworkId chapter = Network("Chapter", 36500);
  Event(chapter, "2025-10-01T18:00", {anna});
  Ledger(anna, core::Direction::kGiven, core::LedgerKind::kTip,
         "2025-10-02T10:00");
  const NetworkReportQuery october{
      .from = *ParseIsoTimestamp("2025-10-01T00:00"),
      .until = *ParseIsoTimestamp("2025-11-01T00:00"),
      .network_id = chapter};
  KNOTEN_ASSERT_OK_AND_ASSIGN(NetworkReports all,
                              ReportNetworks(ctx_, october));
  std::vector<core::NetworkReport> reports = std::move(all.items);
  ASSERT_EQ(reports.size(), 1U);
  EXPECT_EQ(reports[0].events, 1);
  EXPECT_EQ(reports[0].balance.given.count, 1);
  EXPECT_FALSE(reports[0].member);
  EXPECT_EQ(reports[0].money_cents, 2500);  // not a member: no fee

  const NetworkReportQuery november{
      .from = *ParseIsoTimestamp("2025-11-01T00:00"),
      .until = *ParseIsoTimestamp("2025-12-01T00:00")};
  KNOTEN_ASSERT_OK_AND_ASSIGN(all, ReportNetworks(ctx_, november));
  reports = std::move(all.items);
  ASSERT_EQ(reports.size(), 1U);
  EXPECT_EQ(reports[0].events, 0);
  EXPECT_EQ(reports[0].people_met, 0);
  EXPECT_EQ(reports[0].people, 1);
  EXPECT_EQ(reports[0].balance.given.count, 0);

  EXPECT_THAT(
      ReportNetworks(ctx_, {.from = november.until, .until = november.from}),
      HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(ReportNetworks(ctx_, {.network_id = NetworkId(99)}),
              HasError(ErrorCode::kNotFound));
}

// Archived people count nowhere, however they came to the network; people
// first met at one of its events count, as met when that was in the period.
// Without ledger entries or introductions in the history.
TEST_F(NetworkReportTest, ArchivedPeopleDropOutAndFirstMeetingsCount) {
  const PersonId member = Person("Mitglied");
  const PersonId guest = Person("Gast");
  const PersonId talker = Person("Gesprächspartnerin");
  const NetworkId chapter = Network("Chapter", 0);
  Member(chapter, member);
  const EventId old_evening = Event(chapter, "2024-11-01T18:00", {});
  const EventId evening = Event(chapter, "2025-10-01T18:00", {guest});
  Meeting talk;
  talk.encounter = {.occurred_at = *ParseIsoTimestamp("2025-10-01T19:00"),
                    .kind = core::EncounterKind::kSmallTalk,
                    .event_id = evening,
                    .people = {talker}};
  ASSERT_THAT(Meet(ctx_, talk), IsOk());
  ASSERT_THAT(
      AddPerson(ctx_, {.display_name = "Neu",
                       .first_met_at = *ParseIsoTimestamp("2025-10-01T20:00"),
                       .first_met_event = evening}),
      IsOk());
  ASSERT_THAT(
      AddPerson(ctx_, {.display_name = "Alt",
                       .first_met_at = *ParseIsoTimestamp("2024-11-01T20:00"),
                       .first_met_event = old_evening}),
      IsOk());

  KNOTEN_ASSERT_OK_AND_ASSIGN(NetworkReports before, ReportNetworks(ctx_, {}));
  ASSERT_EQ(before.items.size(), 1U);
  EXPECT_EQ(before.items[0].people, 5);
  EXPECT_EQ(before.items[0].people_met, 3);  // the guest, talker and "Neu"

  for (PersonId id : {member, guest, talker}) {
    ASSERT_THAT(EditPerson(ctx_, id,
                           [](core::Person& p) {
                             p.archived = true;
                             return OkStatus();
                           }),
                IsOk());
  }
  KNOTEN_ASSERT_OK_AND_ASSIGN(NetworkReports after, ReportNetworks(ctx_, {}));
  ASSERT_EQ(after.items.size(), 1U);
  EXPECT_EQ(after.items[0].people, 2);      // "Neu" and "Alt"
  EXPECT_EQ(after.items[0].people_met, 1);  // "Neu"
}

}  // namespace
}  // namespace knoten::app
