// Conformance: networks, events, encounters, ledger, introductions, promises,
// follow-ups, judgements and pitches.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/conformance_fixture.h"
#include "testing/status_matchers.h"

namespace knoten::store {
namespace {

using ::testing::ElementsAre;

class RecordsConformanceTest : public StoreConformanceTest {};

Timestamp T(int64_t seconds) { return Timestamp::FromUnixSeconds(seconds); }

TEST_P(RecordsConformanceTest, NetworksAndMemberships) {
  const PersonId anna = AddPerson("Anna");
  auto tx = Write();
  core::Network n;
  n.name = "Unternehmerinnen Berlin";
  n.kind = core::NetworkKind::kBusinessNetwork;
  n.url = "https://example.org";
  n.yearly_fee_cents = 12000;
  n.cadence = core::Cadence::kMonthly;
  KNOTEN_ASSERT_OK_AND_ASSIGN(NetworkId id, tx->networks().Create(n));
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Network got, tx->networks().Get(id));
  EXPECT_EQ(got.name, n.name);
  EXPECT_EQ(got.kind, core::NetworkKind::kBusinessNetwork);
  EXPECT_EQ(got.yearly_fee_cents, 12000);
  EXPECT_EQ(got.cadence, core::Cadence::kMonthly);

  core::Membership me{.network_id = id, .since = T(100), .role = "member"};
  KNOTEN_ASSERT_OK_AND_ASSIGN(MembershipId mine,
                              tx->networks().AddMembership(me));
  EXPECT_THAT(tx->networks().AddMembership(me),
              HasError(ErrorCode::kAlreadyExists));
  core::Membership hers{.network_id = id, .person_id = anna};
  ASSERT_THAT(tx->networks().AddMembership(hers), IsOk());
  EXPECT_THAT(tx->networks().AddMembership(hers),
              HasError(ErrorCode::kAlreadyExists));
  core::Membership ghost{.network_id = NetworkId(77)};
  EXPECT_THAT(tx->networks().AddMembership(ghost),
              HasError(ErrorCode::kNotFound));

  KNOTEN_ASSERT_OK_AND_ASSIGN(auto members, tx->networks().Memberships(id));
  ASSERT_EQ(members.size(), 2U);
  EXPECT_FALSE(members[0].person_id.has_value());  // the user first
  EXPECT_EQ(members[0].since, T(100));
  EXPECT_EQ(members[1].person_id, anna);
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto of_anna, tx->networks().MembershipsOf(anna));
  EXPECT_EQ(of_anna.size(), 1U);
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto of_me,
                              tx->networks().MembershipsOf(std::nullopt));
  EXPECT_EQ(of_me.size(), 1U);
  const PersonId ben = AddPersonIn(*tx, "Ben");
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto in_network,
                              tx->people().List({.network_id = id}, {}));
  ASSERT_EQ(in_network.items.size(), 1U);  // Anna, not Ben
  EXPECT_EQ(in_network.items[0].id, anna);
  EXPECT_EQ(in_network.total, 1);
  int64_t visited = 0;
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      int64_t total,
      tx->people().ForEach({.network_id = id}, {}, [&](const core::Person& p) {
        EXPECT_NE(p.id, ben);
        ++visited;
        return OkStatus();
      }));
  EXPECT_EQ(total, 1);
  EXPECT_EQ(visited, 1);

  ASSERT_THAT(tx->networks().RemoveMembership(mine), IsOk());
  EXPECT_THAT(tx->networks().RemoveMembership(mine),
              HasError(ErrorCode::kNotFound));
  ASSERT_THAT(tx->networks().Delete(id), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto gone, tx->networks().MembershipsOf(anna));
  EXPECT_TRUE(gone.empty());
}

TEST_P(RecordsConformanceTest, EventsWithAttendees) {
  const PersonId anna = AddPerson("Anna");
  const PersonId ben = AddPerson("Ben");
  const NetworkId net = AddNetwork("IHK");
  auto tx = Write();
  core::Event early;
  early.network_id = net;
  early.title = "Stammtisch";
  early.starts_at = T(1000);
  early.duration_minutes = 90;
  early.place = "Ratskeller";
  early.cost_cents = 1500;
  early.attendees = {anna, ben};
  KNOTEN_ASSERT_OK_AND_ASSIGN(EventId e1, tx->events().Create(early));
  core::Event late = early;
  late.title = "Frühstück";
  late.starts_at = T(5000);
  late.network_id.reset();
  late.attendees = {ben};
  KNOTEN_ASSERT_OK_AND_ASSIGN(EventId e2, tx->events().Create(late));

  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Event got, tx->events().Get(e1));
  EXPECT_EQ(got.title, "Stammtisch");
  EXPECT_EQ(got.network_id, net);
  EXPECT_EQ(got.duration_minutes, 90);
  EXPECT_EQ(got.cost_cents, 1500);
  EXPECT_THAT(got.attendees, ElementsAre(anna, ben));

  KNOTEN_ASSERT_OK_AND_ASSIGN(auto all, tx->events().List({}, {}));
  ASSERT_EQ(all.total, 2);
  EXPECT_EQ(all.items[0].id, e2);  // latest first
  EXPECT_THAT(all.items[1].attendees, ElementsAre(anna, ben));
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto of_net,
                              tx->events().List({.network_id = net}, {}));
  EXPECT_EQ(of_net.total, 1);
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto with_anna,
                              tx->events().List({.attendee = anna}, {}));
  EXPECT_EQ(with_anna.total, 1);
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      auto window, tx->events().List({.from = T(2000), .until = T(6000)}, {}));
  ASSERT_EQ(window.total, 1);
  EXPECT_EQ(window.items[0].id, e2);

  got.attendees = {ben};
  ASSERT_THAT(tx->events().Update(got), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Event updated, tx->events().Get(e1));
  EXPECT_THAT(updated.attendees, ElementsAre(ben));

  core::Event bad = early;
  bad.attendees = {PersonId(999)};
  EXPECT_THAT(tx->events().Create(bad), HasError(ErrorCode::kNotFound));

  ASSERT_THAT(tx->networks().Delete(net), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Event orphaned, tx->events().Get(e1));
  EXPECT_FALSE(orphaned.network_id.has_value());
  ASSERT_THAT(tx->events().Delete(e1), IsOk());
  EXPECT_THAT(tx->events().Get(e1), HasError(ErrorCode::kNotFound));
}

TEST_P(RecordsConformanceTest, EncountersWithSeveralPeople) {
  const PersonId anna = AddPerson("Anna");
  const PersonId ben = AddPerson("Ben");
  auto tx = Write();
  core::Encounter e;
  e.occurred_at = T(100);
  e.kind = core::EncounterKind::kSmallTalk;
  e.people = {anna, ben};
  e.topics = "Pressearbeit, Radfahren";
  KNOTEN_ASSERT_OK_AND_ASSIGN(EncounterId first, tx->encounters().Create(e));
  e.occurred_at = T(200);
  e.kind = core::EncounterKind::kOneOnOne;
  e.people = {ben};
  KNOTEN_ASSERT_OK_AND_ASSIGN(EncounterId second, tx->encounters().Create(e));

  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Encounter got, tx->encounters().Get(first));
  EXPECT_THAT(got.people, ElementsAre(anna, ben));
  EXPECT_EQ(got.topics, "Pressearbeit, Radfahren");
  EXPECT_EQ(got.kind, core::EncounterKind::kSmallTalk);

  KNOTEN_ASSERT_OK_AND_ASSIGN(auto with_ben,
                              tx->encounters().List({.person_id = ben}, {}));
  ASSERT_EQ(with_ben.total, 2);
  EXPECT_EQ(with_ben.items[0].id, second);
  EXPECT_THAT(with_ben.items[1].people, ElementsAre(anna, ben));
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto with_anna,
                              tx->encounters().List({.person_id = anna}, {}));
  EXPECT_EQ(with_anna.total, 1);

  ASSERT_THAT(tx->people().Delete(anna), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Encounter after,
                              tx->encounters().Get(first));
  EXPECT_THAT(after.people, ElementsAre(ben));
}

TEST_P(RecordsConformanceTest, LedgerEntries) {
  const PersonId anna = AddPerson("Anna");
  auto tx = Write();
  core::LedgerEntry tip{.occurred_at = T(10),
                        .direction = core::Direction::kGiven,
                        .kind = core::LedgerKind::kTip,
                        .person_id = anna,
                        .text = "Förderprogramm der IBB"};
  KNOTEN_ASSERT_OK_AND_ASSIGN(LedgerEntryId tip_id, tx->ledger().Create(tip));
  core::LedgerEntry referral{.occurred_at = T(20),
                             .direction = core::Direction::kReceived,
                             .kind = core::LedgerKind::kReferral,
                             .person_id = anna,
                             .referral_status = core::ReferralStatus::kWon,
                             .business_value_cents = 250000};
  KNOTEN_ASSERT_OK_AND_ASSIGN(LedgerEntryId ref_id,
                              tx->ledger().Create(referral));
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::LedgerEntry got, tx->ledger().Get(ref_id));
  EXPECT_EQ(got.referral_status, core::ReferralStatus::kWon);
  EXPECT_EQ(got.business_value_cents, 250000);
  EXPECT_EQ(got.direction, core::Direction::kReceived);
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::LedgerEntry got_tip,
                              tx->ledger().Get(tip_id));
  EXPECT_EQ(got_tip.text, "Förderprogramm der IBB");
  EXPECT_FALSE(got_tip.referral_status.has_value());

  KNOTEN_ASSERT_OK_AND_ASSIGN(
      auto given,
      tx->ledger().List({.direction = core::Direction::kGiven}, {}));
  ASSERT_EQ(given.total, 1);
  EXPECT_EQ(given.items[0].id, tip_id);
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto of_anna,
                              tx->ledger().List({.person_id = anna}, {}));
  ASSERT_EQ(of_anna.total, 2);
  EXPECT_EQ(of_anna.items[0].id, ref_id);  // latest first

  core::LedgerEntry nobody = tip;
  nobody.person_id = PersonId(31337);
  EXPECT_THAT(tx->ledger().Create(nobody), HasError(ErrorCode::kNotFound));
  ASSERT_THAT(tx->ledger().Delete(tip_id), IsOk());
  EXPECT_THAT(tx->ledger().Get(tip_id), HasError(ErrorCode::kNotFound));
}

TEST_P(RecordsConformanceTest, IntroductionsPromisesFollowUps) {
  const PersonId anna = AddPerson("Anna");
  const PersonId ben = AddPerson("Ben");
  auto tx = Write();
  core::Introduction intro{
      .person_a = anna, .person_b = ben, .notes = "Webdesign für Annas Kundin"};
  KNOTEN_ASSERT_OK_AND_ASSIGN(IntroductionId intro_id,
                              tx->introductions().Create(intro));
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Introduction got,
                              tx->introductions().Get(intro_id));
  EXPECT_EQ(got.status, core::IntroductionStatus::kProposed);
  got.status = core::IntroductionStatus::kMade;
  got.made_at = T(50);
  ASSERT_THAT(tx->introductions().Update(got), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      auto made,
      tx->introductions().List(
          {.person_id = ben, .status = core::IntroductionStatus::kMade}, {}));
  ASSERT_EQ(made.total, 1);
  EXPECT_EQ(made.items[0].made_at, T(50));
  core::Introduction self{.person_a = anna, .person_b = anna};
  EXPECT_THAT(tx->introductions().Create(self),
              HasError(ErrorCode::kFailedPrecondition));

  core::Promise mine{
      .promisee = anna, .text = "Kontakt zur IBB", .due_at = T(300)};
  core::Promise hers{.promisor = ben, .text = "Logo-Entwurf"};
  KNOTEN_ASSERT_OK_AND_ASSIGN(PromiseId p1, tx->promises().Create(mine));
  KNOTEN_ASSERT_OK_AND_ASSIGN(PromiseId p2, tx->promises().Create(hers));
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto promises, tx->promises().List({}, {}));
  ASSERT_EQ(promises.total, 2);
  EXPECT_EQ(promises.items[0].id, p1);  // dated before undated
  EXPECT_EQ(promises.items[1].id, p2);
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto due,
                              tx->promises().List({.due_before = T(400)}, {}));
  EXPECT_EQ(due.total, 1);
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto bens,
                              tx->promises().List({.person_id = ben}, {}));
  EXPECT_EQ(bens.total, 1);

  core::FollowUp call{.person_id = anna,
                      .kind = core::FollowUpKind::kCall,
                      .due_at = T(1000),
                      .about = "Pressemappe"};
  KNOTEN_ASSERT_OK_AND_ASSIGN(FollowUpId f1, tx->follow_ups().Create(call));
  call.due_at = T(500);
  call.kind = core::FollowUpKind::kMeeting;
  KNOTEN_ASSERT_OK_AND_ASSIGN(FollowUpId f2, tx->follow_ups().Create(call));
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::FollowUp got_f, tx->follow_ups().Get(f2));
  EXPECT_EQ(got_f.kind, core::FollowUpKind::kMeeting);
  got_f.status = core::FollowUpStatus::kDone;
  ASSERT_THAT(tx->follow_ups().Update(got_f), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      auto open,
      tx->follow_ups().List({.status = core::FollowUpStatus::kOpen}, {}));
  ASSERT_EQ(open.total, 1);
  EXPECT_EQ(open.items[0].id, f1);
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto sorted, tx->follow_ups().List({}, {}));
  EXPECT_EQ(sorted.items[0].id, f2);  // earliest due first

  ASSERT_THAT(tx->people().Delete(anna), IsOk());
  EXPECT_THAT(tx->introductions().Get(intro_id),
              HasError(ErrorCode::kNotFound));
  EXPECT_THAT(tx->promises().Get(p1), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(tx->follow_ups().Get(f1), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(tx->promises().Get(p2), IsOk());
}

TEST_P(RecordsConformanceTest, JudgementsOnePerPersonAndFactor) {
  const PersonId anna = AddPerson("Anna");
  const PersonId ben = AddPerson("Ben");
  auto tx = Write();
  core::Judgement chemistry{.person_id = anna,
                            .factor = core::JudgementFactor::kChemistry,
                            .value = 0.6,
                            .judged_at = T(100)};
  ASSERT_THAT(tx->judgements().Put(chemistry), IsOk());
  core::Judgement competence{.person_id = anna,
                             .factor = core::JudgementFactor::kCompetence,
                             .value = 0.8,
                             .evidence = core::JudgementEvidence::kSeenWork,
                             .note = "saw the rebrand",
                             .judged_at = T(200)};
  ASSERT_THAT(tx->judgements().Put(competence), IsOk());
  chemistry.value = 0.4;  // replaces the earlier chemistry
  ASSERT_THAT(tx->judgements().Put(chemistry), IsOk());
  ASSERT_THAT(tx->judgements().Put({.person_id = ben, .value = 0.2}), IsOk());
  EXPECT_THAT(tx->judgements().Put({.person_id = PersonId(999), .value = 1}),
              HasError(ErrorCode::kNotFound));

  KNOTEN_ASSERT_OK_AND_ASSIGN(auto of_anna, tx->judgements().Of(anna));
  ASSERT_EQ(of_anna.size(), 2U);
  EXPECT_EQ(of_anna[0].factor, core::JudgementFactor::kCompetence);
  EXPECT_DOUBLE_EQ(of_anna[0].value, 0.8);
  EXPECT_EQ(of_anna[0].evidence, core::JudgementEvidence::kSeenWork);
  EXPECT_EQ(of_anna[0].note, "saw the rebrand");
  EXPECT_EQ(of_anna[0].judged_at, T(200));
  EXPECT_DOUBLE_EQ(of_anna[1].value, 0.4);
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto all, tx->judgements().All());
  ASSERT_EQ(all.size(), 3U);
  EXPECT_EQ(all[2].person_id, ben);

  ASSERT_THAT(tx->judgements().Remove(anna, core::JudgementFactor::kChemistry),
              IsOk());
  ASSERT_THAT(tx->judgements().Remove(anna, core::JudgementFactor::kChemistry),
              IsOk());  // removing twice is fine
  KNOTEN_ASSERT_OK_AND_ASSIGN(of_anna, tx->judgements().Of(anna));
  EXPECT_EQ(of_anna.size(), 1U);
  ASSERT_THAT(tx->people().Delete(anna), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(all, tx->judgements().All());
  EXPECT_EQ(all.size(), 1U);  // Anna's went with her
}

TEST_P(RecordsConformanceTest, Pitches) {
  const PersonId anna = AddPerson("Anna");
  const PersonId ben = AddPerson("Ben");
  auto tx = Write();
  core::Pitch pitch{
      .person_id = anna, .about = "Website", .pitched_at = T(100)};
  KNOTEN_ASSERT_OK_AND_ASSIGN(PitchId first, tx->pitches().Create(pitch));
  pitch.pitched_at = T(300);
  pitch.too_early = true;
  KNOTEN_ASSERT_OK_AND_ASSIGN(PitchId second, tx->pitches().Create(pitch));
  pitch.person_id = ben;
  pitch.pitched_at = T(200);
  KNOTEN_ASSERT_OK_AND_ASSIGN(PitchId to_ben, tx->pitches().Create(pitch));
  pitch.person_id = PersonId(999);
  EXPECT_THAT(tx->pitches().Create(pitch), HasError(ErrorCode::kNotFound));

  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Pitch got, tx->pitches().Get(second));
  EXPECT_EQ(got.about, "Website");
  EXPECT_TRUE(got.too_early);
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto all, tx->pitches().List({}, {}));
  ASSERT_EQ(all.total, 3);
  EXPECT_EQ(all.items[0].id, second);  // latest first
  EXPECT_EQ(all.items[1].id, to_ben);
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto to_anna,
                              tx->pitches().List({.person_id = anna}, {}));
  ASSERT_EQ(to_anna.total, 2);
  EXPECT_EQ(to_anna.items[1].id, first);
  EXPECT_FALSE(to_anna.items[1].too_early);
  ASSERT_THAT(tx->people().Delete(anna), IsOk());
  EXPECT_THAT(tx->pitches().Get(first), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(tx->pitches().Get(to_ben), IsOk());
}

INSTANTIATE_TEST_SUITE_P(Backends, RecordsConformanceTest,
                         ::testing::ValuesIn(AllBackends()), BackendName);

}  // namespace
}  // namespace knoten::store
