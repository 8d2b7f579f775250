// Conformance: everyone's shared history in few columns (HistorySink):
// every record there, with its fields but without its texts, in the
// sink's order.

#include <algorithm>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/conformance_fixture.h"
#include "testing/status_matchers.h"

namespace knoten::store {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class HistoryConformanceTest : public StoreConformanceTest {};

// Everything a read hands over, and in which order the kinds came.
class Collected final : public HistorySink {
 public:
  void OnPerson(const core::Person& p) override {
    Saw('p');
    people.push_back(p);
  }
  void OnEncounter(const core::Encounter& e) override {
    Saw('e');
    encounters.push_back(e);
  }
  void OnLedgerEntry(const core::LedgerEntry& e) override {
    Saw('l');
    ledger.push_back(e);
  }
  void OnIntroduction(const core::Introduction& i) override {
    Saw('i');
    introductions.push_back(i);
  }
  void OnPromise(const core::Promise& p) override {
    Saw('r');
    promises.push_back(p);
  }
  void OnFollowUp(const core::FollowUp& f) override {
    Saw('f');
    follow_ups.push_back(f);
  }

  std::vector<core::Person> people;
  std::vector<core::Encounter> encounters;
  std::vector<core::LedgerEntry> ledger;
  std::vector<core::Introduction> introductions;
  std::vector<core::Promise> promises;
  std::vector<core::FollowUp> follow_ups;
  std::string order;  // one letter per kind, when it first came

 private:
  void Saw(char kind) {
    if (order.empty() || order.back() != kind) order += kind;
  }
};

Timestamp T(int64_t seconds) { return Timestamp::FromUnixSeconds(seconds); }

TEST_P(HistoryConformanceTest, EveryRecordWithItsFieldsWithoutTexts) {
  const PersonId anna = AddPerson("Anna");
  const PersonId ben = AddPerson("Ben");
  auto tx = Write();
  Collected none;
  ASSERT_THAT(tx->history().Read(none), IsOk());
  EXPECT_EQ(none.order, "p");
  EXPECT_THAT(none.encounters, IsEmpty());
  EXPECT_THAT(none.ledger, IsEmpty());

  core::Event breakfast{.title = "Frühstück", .starts_at = T(50)};
  KNOTEN_ASSERT_OK_AND_ASSIGN(EventId event, tx->events().Create(breakfast));
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      EncounterId met,
      tx->encounters().Create({.occurred_at = T(100),
                               .kind = core::EncounterKind::kOneOnOne,
                               .event_id = event,
                               .people = {anna, ben},
                               .topics = "Pressearbeit",
                               .notes = "lange geredet"}));
  ASSERT_THAT(tx->encounters().Create({.occurred_at = T(200),
                                       .kind = core::EncounterKind::kCall,
                                       .people = {ben}}),
              IsOk());
  ASSERT_THAT(
      tx->ledger().Create({.occurred_at = T(300),
                           .direction = core::Direction::kReceived,
                           .kind = core::LedgerKind::kReferral,
                           .person_id = anna,
                           .text = "Auftrag Website",
                           .referral_status = core::ReferralStatus::kWon,
                           .business_value_cents = 250000,
                           .currency = "EUR"}),
      IsOk());
  ASSERT_THAT(
      tx->introductions().Create({.person_a = anna,
                                  .person_b = ben,
                                  .status = core::IntroductionStatus::kMade,
                                  .notes = "beide Handwerk",
                                  .created_at = T(400),
                                  .made_at = T(410)}),
      IsOk());
  ASSERT_THAT(tx->promises().Create({.promisor = ben,
                                     .text = "Logo",
                                     .due_at = T(500),
                                     .status = core::PromiseStatus::kKept,
                                     .created_at = T(450)}),
              IsOk());
  ASSERT_THAT(tx->follow_ups().Create({.person_id = anna,
                                       .kind = core::FollowUpKind::kMeeting,
                                       .due_at = T(600),
                                       .about = "Pressemappe",
                                       .status = core::FollowUpStatus::kDone,
                                       .encounter_id = met,
                                       .created_at = T(110)}),
              IsOk());

  core::Person cem{.display_name = "Cem",
                   .notes = "kennt alle",
                   .first_met_at = T(20),
                   .first_met_event = event,
                   .rhythm_days = 30,
                   .archived = true,
                   .created_at = T(30)};
  ASSERT_THAT(tx->people().Create(cem), IsOk());  // archived: left out
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Person ben_now, tx->people().Get(ben));
  ben_now.first_met_at = T(40);
  ben_now.first_met_event = event;
  ben_now.rhythm_days = 14;
  ben_now.tags = {"handwerk"};
  ASSERT_THAT(tx->people().Update(ben_now), IsOk());

  Collected all;
  ASSERT_THAT(tx->history().Read(all), IsOk());
  // Each kind once, in the sink's order: a kind coming twice would show.
  EXPECT_EQ(all.order, "pelirf");
  ASSERT_EQ(all.people.size(), 2U);
  EXPECT_EQ(all.people[0].id, anna);  // by id
  EXPECT_EQ(all.people[0].display_name, "Anna");
  EXPECT_FALSE(all.people[0].rhythm_days.has_value());
  const core::Person& b = all.people[1];
  EXPECT_EQ(b.id, ben);
  EXPECT_EQ(b.first_met_at, T(40));
  EXPECT_EQ(b.first_met_event, event);
  EXPECT_EQ(b.rhythm_days, 14);
  EXPECT_EQ(b.created_at, ben_now.created_at);
  EXPECT_THAT(b.tags, IsEmpty());  // not read

  ASSERT_EQ(all.encounters.size(), 2U);
  std::ranges::sort(all.encounters, {}, &core::Encounter::occurred_at);
  const core::Encounter& first = all.encounters[0];
  EXPECT_EQ(first.id, met);
  EXPECT_EQ(first.kind, core::EncounterKind::kOneOnOne);
  EXPECT_EQ(first.event_id, event);
  EXPECT_THAT(first.people, ElementsAre(anna, ben));
  EXPECT_EQ(first.topics, "");
  EXPECT_EQ(first.notes, "");
  EXPECT_THAT(all.encounters[1].people, ElementsAre(ben));
  EXPECT_EQ(all.encounters[1].kind, core::EncounterKind::kCall);

  ASSERT_EQ(all.ledger.size(), 1U);
  const core::LedgerEntry& won = all.ledger[0];
  EXPECT_EQ(won.person_id, anna);
  EXPECT_EQ(won.occurred_at, T(300));
  EXPECT_EQ(won.direction, core::Direction::kReceived);
  EXPECT_EQ(won.kind, core::LedgerKind::kReferral);
  EXPECT_EQ(won.referral_status, core::ReferralStatus::kWon);
  EXPECT_EQ(won.business_value_cents, 250000);
  EXPECT_EQ(won.currency, "EUR");
  EXPECT_EQ(won.text, "");

  ASSERT_EQ(all.introductions.size(), 1U);
  EXPECT_EQ(all.introductions[0].person_a, anna);
  EXPECT_EQ(all.introductions[0].person_b, ben);
  EXPECT_EQ(all.introductions[0].status, core::IntroductionStatus::kMade);
  EXPECT_EQ(all.introductions[0].made_at, T(410));
  EXPECT_EQ(all.introductions[0].notes, "");

  ASSERT_EQ(all.promises.size(), 1U);
  EXPECT_EQ(all.promises[0].promisor, ben);
  EXPECT_FALSE(all.promises[0].promisee.has_value());  // the user
  EXPECT_EQ(all.promises[0].status, core::PromiseStatus::kKept);
  EXPECT_EQ(all.promises[0].due_at, T(500));
  EXPECT_EQ(all.promises[0].created_at, T(450));
  EXPECT_EQ(all.promises[0].text, "");

  ASSERT_EQ(all.follow_ups.size(), 1U);
  EXPECT_EQ(all.follow_ups[0].person_id, anna);
  EXPECT_EQ(all.follow_ups[0].kind, core::FollowUpKind::kMeeting);
  EXPECT_EQ(all.follow_ups[0].status, core::FollowUpStatus::kDone);
  EXPECT_EQ(all.follow_ups[0].due_at, T(600));
  EXPECT_EQ(all.follow_ups[0].encounter_id, met);
  EXPECT_EQ(all.follow_ups[0].about, "");
}

INSTANTIATE_TEST_SUITE_P(Backends, HistoryConformanceTest,
                         ::testing::ValuesIn(AllBackends()), BackendName);

}  // namespace
}  // namespace knoten::store
