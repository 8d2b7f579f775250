#include "knoten/match/metrics.h"

#include <cmath>

#include <gtest/gtest.h>

namespace knoten::match {
namespace {

TEST(MetricsTest, ParsesQrelsAndNamesBadLines) {
  auto qrels = ParseQrels("n1\to1\t3\n\nn1\to2\t1\nn2\to1\t2\n");
  ASSERT_TRUE(qrels);
  EXPECT_EQ(qrels->size(), 2U);
  EXPECT_EQ(qrels->at("n1").at("o1"), 3);
  auto bad = ParseQrels("n1\to1\t3\nn1\to2\n");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("line 2"), std::string::npos);
  EXPECT_FALSE(ParseQrels("n1\to1\tx\n"));
}

TEST(MetricsTest, ComputesNdcgMrrAndRecallByHand) {
  Qrels qrels;
  qrels["n1"] = {{"o1", 3}, {"o2", 1}, {"o3", 2}};
  qrels["n2"] = {{"o4", 2}};
  qrels["n3"] = {{"o5", 1}};  // nothing relevant (grade < 2)
  match::Run run;
  run["n1"] = {{"o2", 5}, {"o1", 4}, {"x", 3}};
  run["n2"] = {{"x", 1}};
  // n3 has no ranking at all.
  const Scores s = Evaluate(qrels, run);
  const double dcg1 = 1 / std::log2(2.0) + 3 / std::log2(3.0);
  const double idcg1 = 3 / std::log2(2.0) + 2 / std::log2(3.0) + 1 / 2.0;
  EXPECT_NEAR(s.ndcg_at_10, (dcg1 / idcg1) / 3, 1e-12);
  EXPECT_NEAR(s.mrr, (1.0 / 2) / 3, 1e-12);
  EXPECT_NEAR(s.recall_at_10, (1.0 / 2) / 3, 1e-12);
  EXPECT_EQ(s.needs, 3);
  EXPECT_EQ(FormatTrecRun({{"n2", {{"o4", 1.5}}}}, "t"),
            "n2 Q0 o4 1 1.500000 t\n");
}

}  // namespace
}  // namespace knoten::match
