// Validation of every entity: the rules and messages users see for bad input.

#include <gtest/gtest.h>

#include "knoten/core/encounter.h"
#include "knoten/core/event.h"
#include "knoten/core/follow_up.h"
#include "knoten/core/ledger_entry.h"
#include "knoten/core/need.h"
#include "knoten/core/network.h"
#include "knoten/core/offer.h"
#include "knoten/core/person.h"
#include "knoten/core/profile.h"
#include "knoten/core/promise.h"
#include "knoten/core/reflection.h"

#include "testing/status_matchers.h"

namespace knoten::core {
namespace {

constexpr auto kInvalid = ErrorCode::kInvalidArgument;

TEST(PersonValidationTest, DerivesDisplayName) {
  Person p;
  p.given_name = " Anna ";
  p.family_name = "Schmidt";
  p.tags = {"PR", "pr", " Presse "};
  KNOTEN_ASSERT_OK_AND_ASSIGN(Person v, ValidatePerson(p));
  EXPECT_EQ(v.display_name, "Anna Schmidt");
  EXPECT_EQ(v.tags, (std::vector<std::string>{"pr", "presse"}));
}

// Found by fuzz/csv_fuzz.cc: two long names made a display name that the
// next validation refused.
TEST(PersonValidationTest, ADerivedDisplayNameStaysValid) {
  Person p;
  p.given_name = std::string(150, 'a');
  p.family_name = std::string(98, 'b') + "\xC3\xBC" + std::string(100, 'c');
  KNOTEN_ASSERT_OK_AND_ASSIGN(Person valid, ValidatePerson(p));
  EXPECT_EQ(valid.display_name.size(), 200U);  // "a"x150, ' ', "b"x49
  KNOTEN_ASSERT_OK_AND_ASSIGN(Person again, ValidatePerson(valid));
  EXPECT_EQ(again.display_name, valid.display_name);
  p.given_name = std::string(198, 'a');  // the cut falls inside an "ü"
  p.family_name = "\xC3\xBC\xC3\xBC";
  KNOTEN_ASSERT_OK_AND_ASSIGN(valid, ValidatePerson(p));
  EXPECT_EQ(valid.display_name, std::string(198, 'a'));
}

TEST(PersonValidationTest, RejectsNamelessAndBadChannels) {
  Person nameless;
  nameless.organisation = "ACME";
  auto r = ValidatePerson(nameless);
  ASSERT_THAT(r, HasError(kInvalid));
  EXPECT_NE(r.error().message.find("name"), std::string::npos);

  Person p;
  p.display_name = "Anna";
  p.emails = {"anna-at-example"};
  EXPECT_THAT(ValidatePerson(p), HasError(kInvalid));
  p.emails = {};
  p.languages = {"xx"};
  EXPECT_THAT(ValidatePerson(p), HasError(kInvalid));
  p.languages = {};
  p.tags = {"a,b"};
  EXPECT_THAT(ValidatePerson(p), HasError(kInvalid));
}

TEST(PersonValidationTest, ARhythmIsBetweenAWeekAndTwoYears) {
  Person p;
  p.display_name = "Anna";
  for (int64_t days : {7, 30, 730}) {
    p.rhythm_days = days;
    EXPECT_THAT(ValidatePerson(p), IsOk()) << days;
  }
  for (int64_t days : {-1, 0, 6, 731}) {
    p.rhythm_days = days;
    auto r = ValidatePerson(p);
    ASSERT_THAT(r, HasError(kInvalid)) << days;
    EXPECT_NE(r.error().message.find("rhythm_days"), std::string::npos);
  }
  p.rhythm_days.reset();  // the default from trust
  EXPECT_THAT(ValidatePerson(p), IsOk());
}

TEST(ProfileValidationTest, NeedsName) {
  Profile profile;
  EXPECT_THAT(ValidateProfile(profile), HasError(kInvalid));
  profile.name = "Sabine";
  profile.languages = {"de", "EN"};
  KNOTEN_ASSERT_OK_AND_ASSIGN(Profile v, ValidateProfile(profile));
  EXPECT_EQ(v.languages, (std::vector<std::string>{"de", "en"}));
}

TEST(OfferNeedValidationTest, DetectsLanguageWhenNotGiven) {
  Offer offer;
  offer.title = "Media relations for startups";
  KNOTEN_ASSERT_OK_AND_ASSIGN(Offer o, ValidateOffer(offer));
  EXPECT_EQ(o.lang, Lang::kEn);
  offer.lang = Lang::kDe;
  KNOTEN_ASSERT_OK_AND_ASSIGN(Offer given, ValidateOffer(offer));
  EXPECT_EQ(given.lang, Lang::kDe);
  offer.title = "";
  EXPECT_THAT(ValidateOffer(offer), HasError(kInvalid));

  Need need;
  need.title = "Jemand für meine Buchhaltung";
  need.person_id = PersonId(2);
  KNOTEN_ASSERT_OK_AND_ASSIGN(Need n, ValidateNeed(need));
  EXPECT_EQ(n.lang, Lang::kDe);
  need.on_behalf_of = PersonId(2);
  EXPECT_THAT(ValidateNeed(need), HasError(kInvalid));
}

TEST(NetworkValidationTest, FeesAndKinds) {
  Network n;
  n.name = "Unternehmerinnen-Netzwerk";
  n.yearly_fee_cents = -5;
  EXPECT_THAT(ValidateNetwork(n), HasError(kInvalid));
  n.yearly_fee_cents = 12000;
  n.currency = "eur";
  KNOTEN_ASSERT_OK_AND_ASSIGN(Network v, ValidateNetwork(n));
  EXPECT_EQ(v.currency, "EUR");
  EXPECT_EQ(*ParseNetworkKind("referral_group"), NetworkKind::kReferralGroup);
  EXPECT_THAT(ParseNetworkKind("club"), HasError(kInvalid));
  EXPECT_EQ(CadenceName(Cadence::kMonthly), "monthly");
  EXPECT_THAT(ValidateMembership(Membership{}), HasError(kInvalid));
}

TEST(EventValidationTest, EndBeforeStartIsRejected) {
  Event e;
  e.title = "IHK-Stammtisch";
  e.duration_minutes = -30;
  EXPECT_THAT(ValidateEvent(e), HasError(kInvalid));
  e.duration_minutes = kMaxEventMinutes + 1;
  EXPECT_THAT(ValidateEvent(e), HasError(kInvalid));
  e.duration_minutes = 90;
  e.starts_at = Timestamp::FromUnixSeconds(3600);
  e.attendees = {PersonId(2), PersonId(1), PersonId(2)};
  KNOTEN_ASSERT_OK_AND_ASSIGN(Event v, ValidateEvent(e));
  EXPECT_EQ(v.attendees, (std::vector<PersonId>{PersonId(1), PersonId(2)}));
  EXPECT_EQ(EventEndsAt(v).unix_seconds(), 3600 + 90 * 60);
}

TEST(EncounterValidationTest, NeedsSomeone) {
  Encounter e;
  EXPECT_THAT(ValidateEncounter(e), HasError(kInvalid));
  e.people = {PersonId(1), PersonId(1), PersonId(5)};
  KNOTEN_ASSERT_OK_AND_ASSIGN(Encounter v, ValidateEncounter(e));
  EXPECT_EQ(v.people.size(), 2U);
  EXPECT_EQ(*ParseEncounterKind("one_on_one"), EncounterKind::kOneOnOne);
}

TEST(LedgerValidationTest, ReferralFieldsOnlyOnReferrals) {
  LedgerEntry e;
  EXPECT_THAT(ValidateLedgerEntry(e), HasError(kInvalid));  // no person
  e.person_id = PersonId(1);
  e.kind = LedgerKind::kTip;
  e.business_value_cents = 100;
  EXPECT_THAT(ValidateLedgerEntry(e), HasError(kInvalid));
  e.kind = LedgerKind::kReferral;
  KNOTEN_ASSERT_OK_AND_ASSIGN(LedgerEntry v, ValidateLedgerEntry(e));
  EXPECT_EQ(v.referral_status, ReferralStatus::kOpen);
  e.business_value_cents = -1;
  EXPECT_THAT(ValidateLedgerEntry(e), HasError(kInvalid));
  EXPECT_EQ(*ParseDirection("received"), Direction::kReceived);
  EXPECT_THAT(ParseLedgerKind("bribe"), HasError(kInvalid));
}

TEST(PromiseValidationTest, TwoDifferentParties) {
  Promise p;
  p.text = "Send the contact of a good tax advisor";
  EXPECT_THAT(ValidatePromise(p), HasError(kInvalid));  // me to me
  p.promisee = PersonId(4);
  EXPECT_THAT(ValidatePromise(p), IsOk());
  p.promisor = PersonId(4);
  EXPECT_THAT(ValidatePromise(p), HasError(kInvalid));
  p.promisor.reset();
  p.text = " ";
  EXPECT_THAT(ValidatePromise(p), HasError(kInvalid));
}

TEST(FollowUpValidationTest, DueAndTransitions) {
  FollowUp f;
  EXPECT_THAT(ValidateFollowUp(f), HasError(kInvalid));
  f.person_id = PersonId(1);
  f.due_at = Timestamp::FromUnixSeconds(100);
  EXPECT_THAT(ValidateFollowUp(f), IsOk());
  EXPECT_TRUE(IsDue(f, Timestamp::FromUnixSeconds(100)));
  EXPECT_FALSE(IsDue(f, Timestamp::FromUnixSeconds(99)));
  f.status = FollowUpStatus::kDone;
  EXPECT_FALSE(IsDue(f, Timestamp::FromUnixSeconds(200)));
  EXPECT_THAT(
      CheckFollowUpTransition(FollowUpStatus::kOpen, FollowUpStatus::kDone),
      IsOk());
  EXPECT_THAT(CheckFollowUpTransition(FollowUpStatus::kDone,
                                      FollowUpStatus::kCancelled),
              HasError(ErrorCode::kFailedPrecondition));
}

}  // namespace
}  // namespace knoten::core

namespace knoten::core {
namespace {

TEST(ReflectionTest, NamesRoundTripAndUnknownOnesAreRefused) {
  for (const ReflectionItem item : kReflectionItems) {
    EXPECT_EQ(*ParseReflectionItem(ReflectionItemName(item)), item);
  }
  EXPECT_EQ(ReflectionItemName(ReflectionItem::kWhatForWhom), "what_for_whom");
  EXPECT_EQ(*ParseReflectionAnswer("not_yet"), ReflectionAnswer::kNotYet);
  const auto bad = ParseReflectionAnswer("maybe");
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message.find("yes, partly, not_yet"),
            std::string::npos);
  EXPECT_FALSE(ParseReflectionItem("ready").has_value());
}

}  // namespace
}  // namespace knoten::core
