#include "knoten/core/balance.h"

#include <gtest/gtest.h>

namespace knoten::core {
namespace {

LedgerEntry Entry(Direction direction, LedgerKind kind) {
  return LedgerEntry{.direction = direction, .kind = kind};
}

TEST(BalanceTest, AnIntroductionWeighsMoreThanATip) {
  EXPECT_GT(LedgerWeight(LedgerKind::kIntroduction),
            LedgerWeight(LedgerKind::kTip));
  EXPECT_GT(LedgerWeight(LedgerKind::kReferral),
            LedgerWeight(LedgerKind::kRecommendation));
  EXPECT_GT(LedgerWeight(LedgerKind::kRecommendation),
            LedgerWeight(LedgerKind::kInvitation));
}

TEST(BalanceTest, CountsAndWeighsEachSide) {
  Balance b;
  b.Add(Entry(Direction::kGiven, LedgerKind::kTip));
  b.Add(Entry(Direction::kGiven, LedgerKind::kTip));
  b.Add(Entry(Direction::kReceived, LedgerKind::kIntroduction));
  EXPECT_EQ(b.given.count, 2);
  EXPECT_EQ(b.received.count, 1);
  EXPECT_DOUBLE_EQ(b.given.weight, 2);
  EXPECT_DOUBLE_EQ(b.received.weight, 3);
  EXPECT_DOUBLE_EQ(b.Net(), -1);  // two tips do not outweigh an introduction
  EXPECT_EQ(b.given.by_kind.at(static_cast<size_t>(LedgerKind::kTip)), 2);
}

TEST(BalanceTest, WonReferralsCreditTheirValueToTheGiver) {
  Balance b;
  LedgerEntry won = Entry(Direction::kGiven, LedgerKind::kReferral);
  won.referral_status = ReferralStatus::kWon;
  won.business_value_cents = 250000;
  b.Add(won);
  LedgerEntry open = Entry(Direction::kGiven, LedgerKind::kReferral);
  open.referral_status = ReferralStatus::kOpen;
  open.business_value_cents = 90000;  // not closed: not counted as business
  b.Add(open);
  LedgerEntry chf = won;
  chf.direction = Direction::kReceived;
  chf.currency = "CHF";
  chf.business_value_cents = 1000;
  b.Add(chf);
  EXPECT_EQ(b.given.referrals_won, 1);
  EXPECT_EQ(b.given.business_value_cents.at("EUR"), 250000);
  EXPECT_EQ(b.given.business_value_cents.size(), 1U);
  EXPECT_EQ(b.received.referrals_won, 1);
  EXPECT_EQ(b.received.business_value_cents.at("CHF"), 1000);
}

}  // namespace
}  // namespace knoten::core
