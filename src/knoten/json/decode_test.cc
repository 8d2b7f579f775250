#include "knoten/json/decode.h"

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace knoten::json {
namespace {

using ::testing::HasSubstr;

Json Parse(std::string_view text) { return Json::parse(text); }

TEST(ParseObjectTest, AcceptsOneObject) {
  auto doc = ParseObject(R"({"a": 1})");
  ASSERT_TRUE(doc.has_value());
  EXPECT_EQ((*doc)["a"], 1);
}

TEST(ParseObjectTest, RefusesMalformedJsonArraysAndInvalidUtf8) {
  for (std::string_view body :
       {std::string_view("{\"a\": "), std::string_view("[1, 2]"),
        std::string_view("\"text\""), std::string_view(""),
        std::string_view("{\"a\": \"\xff\xfe\"}")}) {
    auto doc = ParseObject(body);
    ASSERT_FALSE(doc.has_value()) << body;
    EXPECT_EQ(doc.error().code, ErrorCode::kInvalidArgument);
  }
}

TEST(ApplyJsonTest, SetsOnlyTheFieldsGiven) {
  core::Person p;
  p.display_name = "Anna";
  p.city = "Köln";
  ASSERT_TRUE(ApplyJson(Parse(R"({"role": "Fotografin",
                                  "tags": ["foto", "event"],
                                  "first_met_at": "2026-03-05"})"),
                        p)
                  .has_value());
  EXPECT_EQ(p.display_name, "Anna");
  EXPECT_EQ(p.city, "Köln");
  EXPECT_EQ(p.role, "Fotografin");
  EXPECT_THAT(p.tags, ::testing::ElementsAre("foto", "event"));
  ASSERT_TRUE(p.first_met_at.has_value());
  EXPECT_EQ(FormatIsoDate(*p.first_met_at), "2026-03-05");
}

TEST(ApplyJsonTest, NullClearsAnOptionalField) {
  core::Need n;
  n.on_behalf_of = PersonId(3);
  ASSERT_TRUE(ApplyJson(Parse(R"({"on_behalf_of": null})"), n).has_value());
  EXPECT_FALSE(n.on_behalf_of.has_value());
}

TEST(ApplyJsonTest, ARhythmIsAWholeNumberOrNull) {
  core::Person p;
  ASSERT_TRUE(ApplyJson(Parse(R"({"rhythm_days": 14})"), p).has_value());
  EXPECT_EQ(p.rhythm_days, 14);
  Status s = ApplyJson(Parse(R"({"rhythm_days": 14.5})"), p);
  ASSERT_FALSE(s.has_value());
  EXPECT_THAT(s.error().message, HasSubstr("'rhythm_days'"));
  EXPECT_FALSE(ApplyJson(Parse(R"({"rhythm_days": "14"})"), p).has_value());
  EXPECT_EQ(p.rhythm_days, 14);
  ASSERT_TRUE(ApplyJson(Parse(R"({"rhythm_days": null})"), p).has_value());
  EXPECT_FALSE(p.rhythm_days.has_value());
}

TEST(ApplyJsonTest, NamesTheFieldOfAWrongType) {
  core::Person p;
  Status s = ApplyJson(Parse(R"({"display_name": 7})"), p);
  ASSERT_FALSE(s.has_value());
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(s.error().message, HasSubstr("'display_name'"));

  core::Event e;
  s = ApplyJson(Parse(R"({"attendees": [1, "two"]})"), e);
  ASSERT_FALSE(s.has_value());
  EXPECT_THAT(s.error().message, HasSubstr("'attendees'"));
}

TEST(ApplyJsonTest, RefusesUnknownFields) {
  core::Offer o;
  Status s = ApplyJson(Parse(R"({"title": "Fotos", "titel": "Fotos"})"), o);
  ASSERT_FALSE(s.has_value());
  EXPECT_THAT(s.error().message, HasSubstr("Unknown field 'titel'"));
}

TEST(ApplyJsonTest, ReadOnlyFieldsOnlyWithTheirCurrentValue) {
  core::Offer o;
  o.id = OfferId(5);
  o.title = "Fotos";
  EXPECT_TRUE(
      ApplyJson(Parse(R"({"id": 5, "title": "Porträts"})"), o).has_value());
  EXPECT_EQ(o.title, "Porträts");
  Status s = ApplyJson(Parse(R"({"id": 6})"), o);
  ASSERT_FALSE(s.has_value());
  EXPECT_THAT(s.error().message, HasSubstr("'id'"));
}

TEST(ApplyJsonTest, MoneyInUnitsWithAtMostTwoDecimals) {
  core::Network n;
  ASSERT_TRUE(ApplyJson(Parse(R"({"yearly_fee": 120.5})"), n).has_value());
  EXPECT_EQ(n.yearly_fee_cents, 12050);
  EXPECT_FALSE(ApplyJson(Parse(R"({"yearly_fee": 1.234})"), n).has_value());
  EXPECT_FALSE(ApplyJson(Parse(R"({"yearly_fee": -3})"), n).has_value());
  EXPECT_FALSE(ApplyJson(Parse(R"({"yearly_fee": "12"})"), n).has_value());
}

TEST(ApplyJsonTest, EnumsByTheirNames) {
  core::LedgerEntry e;
  ASSERT_TRUE(ApplyJson(Parse(R"({"direction": "received",
                                  "kind": "referral"})"),
                        e)
                  .has_value());
  EXPECT_EQ(e.direction, core::Direction::kReceived);
  EXPECT_EQ(e.kind, core::LedgerKind::kReferral);
  Status s = ApplyJson(Parse(R"({"kind": "bribe"})"), e);
  ASSERT_FALSE(s.has_value());
  EXPECT_THAT(s.error().message, HasSubstr("'kind'"));
  EXPECT_THAT(s.error().message, HasSubstr("tip"));
}

TEST(ApplyJsonTest, IdsArePositiveIntegers) {
  core::FollowUp f;
  EXPECT_FALSE(ApplyJson(Parse(R"({"person_id": 0})"), f).has_value());
  EXPECT_FALSE(ApplyJson(Parse(R"({"person_id": 1.5})"), f).has_value());
  ASSERT_TRUE(ApplyJson(Parse(R"({"person_id": 4})"), f).has_value());
  EXPECT_EQ(f.person_id, PersonId(4));
}

TEST(ApplyJsonTest, AMeetingWithNewPeople) {
  app::Meeting m;
  ASSERT_TRUE(ApplyJson(Parse(R"({"kind": "small_talk", "people": [2],
                                  "new_people": [{"display_name": "Ben"}]})"),
                        m)
                  .has_value());
  EXPECT_EQ(m.encounter.people.size(), 1U);
  ASSERT_EQ(m.new_people.size(), 1U);
  EXPECT_EQ(m.new_people[0].display_name, "Ben");
  Status s = ApplyJson(Parse(R"({"new_people": [{"nom": "Ben"}]})"), m);
  ASSERT_FALSE(s.has_value());
  EXPECT_THAT(s.error().message, HasSubstr("new_people"));
}

TEST(ApplyJsonTest, RoundTripsWhatTheCodecWrites) {
  core::Person p;
  p.id = PersonId(9);
  p.display_name = "Zoë";
  p.emails = {"zoe@example.org"};
  p.first_met_event = EventId(2);
  core::Person copy = p;
  copy.display_name = "changed";
  ASSERT_TRUE(ApplyJson(ToJson(p), copy).has_value());
  EXPECT_EQ(ToJson(copy), ToJson(p));
}

}  // namespace
}  // namespace knoten::json
