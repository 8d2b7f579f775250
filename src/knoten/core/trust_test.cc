#include "knoten/core/trust.h"

#include <algorithm>
#include <string>

#include <gtest/gtest.h>

namespace knoten::core {
namespace {

constexpr int64_t kDay = kSecondsPerDay;
constexpr Timestamp kStart = Timestamp::FromUnixSeconds(1'767'225'600);  // 2026

Timestamp Day(int64_t n) {
  return Timestamp::FromUnixSeconds(kStart.unix_seconds() + n * kDay);
}

TrustSignal Met(int64_t day, EncounterKind kind) {
  return {.at = Day(day),
          .kind = TrustSignalKind::kEncounter,
          .encounter_kind = kind};
}

TrustSignal Signal(int64_t day, TrustSignalKind kind) {
  return {.at = Day(day), .kind = kind};
}

bool Mentions(const Trust& t, const std::string& words, Lang lang = Lang::kEn) {
  return std::ranges::any_of(t.why, [&](const TrustReason& r) {
    return TrustReasonText(r, lang).find(words) != std::string::npos;
  });
}

// A good working relationship: each month a 1:1 meeting, something given
// and something received, for `months` months from day 0.
TrustHistory Steady(int months) {
  TrustHistory h(Day(0));
  for (int m = 0; m < months; ++m) {
    h.Add(Met(30 * m + 5, EncounterKind::kOneOnOne));
    h.Add(Signal(30 * m + 10, TrustSignalKind::kGiven));
    h.Add(Signal(30 * m + 20, TrustSignalKind::kReceived));
  }
  return h;
}

TEST(TrustTest, NoHistoryIsNoTrust) {
  const Trust t = ComputeTrust(TrustHistory(Day(0)), Day(3));
  EXPECT_EQ(t.level, 0);
  EXPECT_TRUE(Mentions(t, "no shared history yet"));
}

TEST(TrustTest, AStrangerAfterOneGreatEventIsNotTrusted) {
  // One evening: small talk, a long 1:1 talk, a call the day after, a tip
  // each way and a promise kept at once.
  TrustHistory h(Day(0));
  h.Add(Met(0, EncounterKind::kSmallTalk));
  h.Add(Met(0, EncounterKind::kOneOnOne));
  h.Add(Met(1, EncounterKind::kCall));
  h.Add(Signal(1, TrustSignalKind::kGiven));
  h.Add(Signal(1, TrustSignalKind::kReceived));
  h.Add(Signal(1, TrustSignalKind::kPromiseKept));
  const Trust t = ComputeTrust(h, Day(2));
  // 13 points, capped at 6: 0.15; and two days known allow 0.2 at most.
  EXPECT_NEAR(t.level, 0.15, 1e-9);
  EXPECT_TRUE(Mentions(t, "capped in 1 month"));
  EXPECT_TRUE(Mentions(t, "1 promise kept"));
  EXPECT_TRUE(Mentions(t, "3 encounters (2 of them 1:1 meetings or calls)"));
}

TEST(TrustTest, AOneOnOneMeetingWeighsMoreThanSmallTalk) {
  TrustHistory talk(Day(0));
  talk.Add(Met(1, EncounterKind::kSmallTalk));
  TrustHistory meeting(Day(0));
  meeting.Add(Met(1, EncounterKind::kOneOnOne));
  EXPECT_GT(ComputeTrust(meeting, Day(20)).level,
            ComputeTrust(talk, Day(20)).level);
}

TEST(TrustTest, ExchangesInBothDirectionsCountMoreThanOneWay) {
  TrustHistory one_way(Day(0));
  one_way.Add(Signal(1, TrustSignalKind::kReceived));
  one_way.Add(Signal(2, TrustSignalKind::kReceived));
  TrustHistory both(Day(0));
  both.Add(Signal(1, TrustSignalKind::kGiven));
  both.Add(Signal(2, TrustSignalKind::kReceived));
  const Trust t = ComputeTrust(both, Day(20));
  EXPECT_GT(t.level, ComputeTrust(one_way, Day(20)).level);
  EXPECT_TRUE(Mentions(t, "gave 1, received 1; both ways in 1 month"));
}

TEST(TrustTest, TimeKnownCapsTrust) {
  // Twelve steady months reach the cap of time known (0.2 + 0.8 × 360/540),
  // not the 0.86 that the gains alone would give.
  const Trust t = ComputeTrust(Steady(12), Day(360));
  EXPECT_NEAR(t.level, 0.2 + 0.8 * 360.0 / 540.0, 1e-9);
  EXPECT_TRUE(Mentions(t, "trust can reach at most 0.73 so far"));
  EXPECT_TRUE(Mentions(t,
                       "seit 12 Monaten bekannt: Vertrauen kann bisher "
                       "höchstens 0,73 erreichen",
                       Lang::kDe));
}

TEST(TrustTest, OneBrokenPromiseCostsMoreThanOneKeptPromiseEarns) {
  // A 1:1 meeting a month: below the monthly cap, so a kept promise adds.
  TrustHistory base(Day(0));
  for (int m = 0; m < 8; ++m) {
    base.Add(Met(30 * m + 5, EncounterKind::kOneOnOne));
  }
  TrustHistory kept = base;
  kept.Add(Signal(215, TrustSignalKind::kPromiseKept));
  TrustHistory broken = base;
  broken.Add(Signal(215, TrustSignalKind::kPromiseBroken));
  const double before = ComputeTrust(base, Day(239)).level;
  const double with_kept = ComputeTrust(kept, Day(239)).level;
  const Trust with_broken = ComputeTrust(broken, Day(239));
  EXPECT_GT(with_kept, before);
  EXPECT_LT(with_kept - before, before - with_broken.level);
  EXPECT_NEAR(with_broken.level, before / 2, 1e-9);
  EXPECT_TRUE(Mentions(with_broken, "1 promise broken: each one halves"));
  EXPECT_TRUE(Mentions(with_broken, "1 Zusage gebrochen: jede halbiert das",
                       Lang::kDe));
}

TEST(TrustTest, WithANewAcquaintanceABrokenPromiseOutweighsAKeptOne) {
  TrustHistory met(Day(0));
  met.Add(Met(0, EncounterKind::kSmallTalk));
  met.Add(Signal(1, TrustSignalKind::kGiven));
  const double before = ComputeTrust(met, Day(5)).level;  // 2 points: 0.05
  TrustHistory both = met;
  both.Add(Signal(2, TrustSignalKind::kPromiseKept));
  both.Add(Signal(3, TrustSignalKind::kPromiseBroken));
  // Halving 0.125 would leave 0.0625, more than before; the minimum loss
  // of 0.15 takes it to 0.
  EXPECT_NEAR(before, 0.05, 1e-9);
  EXPECT_EQ(ComputeTrust(both, Day(5)).level, 0);
}

TEST(TrustTest, ADeclinedIntroductionCostsThirtyPercent) {
  TrustHistory h = Steady(6);
  const double before = ComputeTrust(h, Day(179)).level;
  h.Add(Signal(170, TrustSignalKind::kIntroductionDeclined));
  const Trust t = ComputeTrust(h, Day(179));
  EXPECT_NEAR(t.level, before * 0.7, 1e-9);
  EXPECT_TRUE(Mentions(t, "1 introduction declined: each one costs 30%"));
}

TEST(TrustTest, FadesSlowlyWithoutContact) {
  const TrustHistory h = Steady(12);
  const double active = ComputeTrust(h, Day(359)).level;
  const Trust half_year_later = ComputeTrust(h, Day(359 + 180));
  EXPECT_LT(half_year_later.level, active);
  EXPECT_GT(half_year_later.level, 0.75 * active);  // slowly
  EXPECT_TRUE(Mentions(half_year_later, "no contact for 6 months"));
  // Three quiet months are normal and cost nothing yet.
  EXPECT_FALSE(Mentions(ComputeTrust(h, Day(359 + 60)), "no contact"));
}

TEST(TrustTest, SignalsAfterNowDoNotCount) {
  TrustHistory h(Day(0));
  h.Add(Met(40, EncounterKind::kOneOnOne));
  EXPECT_EQ(ComputeTrust(h, Day(10)).level, 0);
}

TEST(TrustTest, RecordsBecomeSignals) {
  TrustHistory h(Day(0));
  h.Add(Promise{.status = PromiseStatus::kOpen, .created_at = Day(1)}, Day(5));
  h.Add(FollowUp{.due_at = Day(3), .status = FollowUpStatus::kCancelled},
        Day(5));
  h.Add(Introduction{.status = IntroductionStatus::kMade});
  EXPECT_TRUE(h.signals().empty());  // open, cancelled, made: no signal

  // A done follow-up due later than now happened by now.
  h.Add(FollowUp{.due_at = Day(9), .status = FollowUpStatus::kDone}, Day(5));
  h.Add(Promise{.due_at = Day(2),
                .status = PromiseStatus::kBroken,
                .created_at = Day(1)},
        Day(5));
  ASSERT_EQ(h.signals().size(), 2U);
  EXPECT_EQ(h.signals()[0].kind, TrustSignalKind::kFollowUpHappened);
  EXPECT_EQ(h.signals()[0].at, Day(5));
  EXPECT_EQ(h.signals()[1].kind, TrustSignalKind::kPromiseBroken);
  EXPECT_EQ(h.signals()[1].at, Day(2));
}

// A year of a demo user's history with three contacts, the clock moved on
// a month at a time: the figures move the way docs/trust.md says.
TEST(TrustTest, ASimulatedYear) {
  const TrustHistory steady = Steady(12);
  TrustHistory once(Day(0));  // met once at an event, never again
  once.Add(Met(0, EncounterKind::kSmallTalk));
  once.Add(Met(0, EncounterKind::kOneOnOne));
  TrustHistory breaker = Steady(12);  // steady, but broke a promise in month 7
  breaker.Add(Signal(200, TrustSignalKind::kPromiseBroken));

  double steady_before = 0;
  double once_peak = 0;
  for (int month = 1; month <= 12; ++month) {
    const Timestamp now = Day(30 * month - 1);
    const double s = ComputeTrust(steady, now).level;
    const double o = ComputeTrust(once, now).level;
    const double b = ComputeTrust(breaker, now).level;
    // Steady contact: trust grows every month, by at most 0.15.
    EXPECT_GT(s, steady_before) << "month " << month;
    EXPECT_LE(s - steady_before, 0.15 + 1e-9) << "month " << month;
    steady_before = s;
    // Met once: never more than one capped month's worth, then fading.
    once_peak = std::max(once_peak, o);
    EXPECT_LE(o, 0.15 + 1e-9);
    if (month >= 5) {
      EXPECT_LT(o, once_peak) << "month " << month;
    }
    // The broken promise: the same as steady until month 7, half at once,
    // and still behind steady at the end of the year.
    if (month < 7) {
      EXPECT_DOUBLE_EQ(b, s);
    }
    if (month == 7) {
      EXPECT_NEAR(b, s / 2, 0.02);
    }
    if (month > 7) {
      EXPECT_LT(b, s);
    }
  }
  EXPECT_GT(steady_before, 0.6);  // a year of steady contact: trusted
  EXPECT_LT(ComputeTrust(steady, Day(89)).level, 0.35);  // not in 3 months
}

}  // namespace
}  // namespace knoten::core
