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

TEST(KeepInTouchTest, OverdueIsTheShareOfTheRhythmGone) {
  const Timestamp met = Timestamp::FromUnixSeconds(1'767'225'600);
  const auto later = [&](int64_t days) {
    return Timestamp::FromUnixSeconds(met.unix_seconds() +
                                      days * kSecondsPerDay);
  };
  EXPECT_DOUBLE_EQ(TouchOverdue(met, 30, later(15)), 0.5);
  EXPECT_DOUBLE_EQ(TouchOverdue(met, 60, later(90)), 1.5);
}

}  // namespace
}  // namespace knoten::core
