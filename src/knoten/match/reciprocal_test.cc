#include "knoten/match/reciprocal.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace knoten::match {
namespace {

Item Offer(std::string id, std::string owner, std::string text) {
  return {.id = std::move(id),
          .is_offer = true,
          .owner = std::move(owner),
          .text = std::move(text)};
}

Item Need(std::string id, std::string owner, std::string text) {
  return {
      .id = std::move(id), .owner = std::move(owner), .text = std::move(text)};
}

class ReciprocalTest : public ::testing::Test {
 protected:
  ReciprocalTest() {
    // ada and ben meet both ways; cem needs what ben offers, but offers
    // what nobody needs; dora's need meets nobody.
    for (const Item& offer :
         {Offer("o1", "ada", "Webdesign und Webseiten"),
          Offer("o2", "ben", "Buchhaltung für kleine Betriebe"),
          Offer("o3", "cem", "Gartenpflege"),
          Offer("o4", "dora", "Fotografie")}) {
      matcher_.Put(offer);
    }
    needs_ = {Need("n1", "ada", "Buchhaltung"),
              Need("n2", "ben", "Webdesign für meinen Betrieb"),
              Need("n3", "cem", "Buchhaltung"),
              Need("n4", "dora", "Steuerberatung"),
              Need("n5", "ada", "Webdesign")};  // ada's own offer: skipped
  }

  Matcher matcher_{Lexicon{}};
  std::vector<Item> needs_;
};

TEST_F(ReciprocalTest, FindsPairsThatMeetBothWays) {
  const auto pairs = FindReciprocalPairs(matcher_, needs_, {});
  ASSERT_EQ(pairs.size(), 1U);
  EXPECT_EQ(pairs[0].member_a, "ada");
  EXPECT_EQ(pairs[0].member_b, "ben");
  EXPECT_GT(pairs[0].share_a, 0.25);
  EXPECT_GT(pairs[0].share_b, 0.25);
  EXPECT_NEAR(pairs[0].score, 2 / (1 / pairs[0].share_a + 1 / pairs[0].share_b),
              1e-12);
}

TEST_F(ReciprocalTest, WeakMatchesDoNotCount) {
  EXPECT_TRUE(
      FindReciprocalPairs(matcher_, needs_, {.min_share = 1.01}).empty());
}

TEST_F(ReciprocalTest, ThreadsChangeNothing) {
  // More pairs than threads and more threads than needs.
  for (int i = 0; i < 40; ++i) {
    const std::string m = "m" + std::to_string(i);
    const std::string partner = "m" + std::to_string(i ^ 1);
    matcher_.Put(
        Offer("x" + std::to_string(i), m, "Leistung" + std::to_string(i)));
    needs_.push_back(
        Need("y" + std::to_string(i), partner, "Leistung" + std::to_string(i)));
  }
  const auto one = FindReciprocalPairs(matcher_, needs_, {.threads = 1});
  EXPECT_EQ(one.size(), 21U);  // ada and ben, and m0 to m39 in twos
  for (const unsigned threads : {2U, 3U, 100U}) {
    const auto many =
        FindReciprocalPairs(matcher_, needs_, {.threads = threads});
    ASSERT_EQ(many.size(), one.size());
    for (size_t i = 0; i < one.size(); ++i) {
      EXPECT_EQ(many[i].member_a, one[i].member_a);
      EXPECT_EQ(many[i].member_b, one[i].member_b);
      EXPECT_EQ(many[i].score, one[i].score);
    }
  }
  EXPECT_TRUE(FindReciprocalPairs(matcher_, {}, {.threads = 2}).empty());
}

}  // namespace
}  // namespace knoten::match
