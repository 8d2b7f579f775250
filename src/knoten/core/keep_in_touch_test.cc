#include "knoten/core/keep_in_touch.h"

#include <gtest/gtest.h>

namespace knoten::core {
namespace {

TEST(KeepInTouchTest, TheRhythmFollowsTheStrengthOfTheRelationship) {
  EXPECT_EQ(DefaultRhythmDays(0.8), 30);
  EXPECT_EQ(DefaultRhythmDays(0.5), 30);
  EXPECT_EQ(DefaultRhythmDays(0.3), 60);
  EXPECT_EQ(DefaultRhythmDays(0.2), 60);
  EXPECT_FALSE(DefaultRhythmDays(0.15).has_value());  // a new acquaintance
}

TEST(KeepInTouchTest, ARhythmTheUserChoseWinsOverTheDefault) {
  const Rhythm chosen = RhythmFor(14, 0.8);
  EXPECT_EQ(chosen.days, 14);
  EXPECT_TRUE(chosen.chosen);
  // Also for a new acquaintance, who has no default rhythm.
  EXPECT_EQ(RhythmFor(90, 0.05).days, 90);
  const Rhythm by_trust = RhythmFor(std::nullopt, 0.3);
  EXPECT_EQ(by_trust.days, 60);
  EXPECT_FALSE(by_trust.chosen);
  EXPECT_FALSE(RhythmFor(std::nullopt, 0.05).days.has_value());
}

TEST(KeepInTouchTest, OverdueIsTheShareOfTheRhythmGone) {
  const Timestamp met = Timestamp::FromUnixSeconds(1'767'225'600);
  const auto later = [&](int64_t days) {
    return Timestamp::FromUnixSeconds(met.unix_seconds() +
                                      days * kSecondsPerDay);
  };
  EXPECT_DOUBLE_EQ(TouchOverdue(met, 30, later(15)), 0.5);
  EXPECT_DOUBLE_EQ(TouchOverdue(met, 60, later(90)), 1.5);
  EXPECT_EQ(TouchDueAt(met, 30), later(30));
  EXPECT_DOUBLE_EQ(TouchOverdue(met, 30, TouchDueAt(met, 30)), 1.0);
}

TEST(KeepInTouchTest, TouchCountsFromTheLastContactOrFromTheFirstMeeting) {
  const Timestamp met = Timestamp::FromUnixSeconds(1'767'225'600);
  const auto later = [&](int64_t days) {
    return Timestamp::FromUnixSeconds(met.unix_seconds() +
                                      days * kSecondsPerDay);
  };
  Trust close{.level = 0.6, .last_contact = later(10)};
  Touch t = TouchWith(std::nullopt, close, met, later(35));
  EXPECT_EQ(t.since, later(10));
  EXPECT_EQ(t.due_at, later(40));
  EXPECT_FALSE(t.losing_touch());
  t = TouchWith(std::nullopt, close, met, later(41));
  EXPECT_TRUE(t.losing_touch());

  // A chosen rhythm for someone never contacted counts from the meeting.
  const Trust stranger{.level = 0.05};
  t = TouchWith(14, stranger, met, later(15));
  EXPECT_TRUE(t.rhythm.chosen);
  EXPECT_EQ(t.since, met);
  EXPECT_EQ(t.due_at, later(14));
  EXPECT_TRUE(t.losing_touch());
  // Without a choice, a new acquaintance has no rhythm and is never due.
  t = TouchWith(std::nullopt, stranger, met, later(400));
  EXPECT_FALSE(t.due_at.has_value());
  EXPECT_FALSE(t.losing_touch());
}

}  // namespace
}  // namespace knoten::core
