#include "knoten/match/bm25_index.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace knoten::match {
namespace {

std::vector<std::string> Keys(const std::vector<Bm25Index::Hit>& hits) {
  std::vector<std::string> keys;
  keys.reserve(hits.size());
  for (const auto& h : hits) keys.emplace_back(h.key);
  return keys;
}

TEST(Bm25IndexTest, RanksByTermWeightAndLength) {
  Bm25Index index;
  index.Put("web", {"webdesign", "websit", "shop"});
  index.Put("pr", {"pressearbeit", "pr", "pressemitteil"});
  index.Put("mixed",
            {"pressearbeit", "webdesign", "fotograf", "text", "lektorat"});
  EXPECT_EQ(Keys(index.Search({"pressearbeit"}, 10)),
            (std::vector<std::string>{"pr", "mixed"}));  // shorter first
  EXPECT_EQ(Keys(index.Search({"webdesign", "shop"}, 10)),
            (std::vector<std::string>{"web", "mixed"}));
  EXPECT_EQ(Keys(index.Search({"webdesign"}, 1)),
            (std::vector<std::string>{"web"}));
  EXPECT_TRUE(index.Search({"unknown"}, 10).empty());
  EXPECT_TRUE(index.Search({}, 10).empty());
}

TEST(Bm25IndexTest, WeightsScaleATermsContribution) {
  Bm25Index index;
  index.Put("de", {"buchhaltung", "buchhaltung"});
  index.Put("en", {"bookkeeping", "bookkeeping"});
  using Q = Bm25Index::QueryTerm;
  const auto hits =
      index.SearchWeighted({Q{"buchhaltung", 1.0}, Q{"bookkeeping", 0.5}}, 10);
  ASSERT_EQ(hits.size(), 2U);
  EXPECT_EQ(hits[0].key, "de");
  EXPECT_NEAR(hits[1].score, hits[0].score / 2, 1e-9);
  // A term given twice counts once, at its highest weight.
  const auto twice =
      index.SearchWeighted({Q{"bookkeeping", 0.5}, Q{"bookkeeping", 1.0}}, 10);
  ASSERT_EQ(twice.size(), 1U);
  EXPECT_NEAR(twice[0].score, hits[0].score, 1e-9);
}

TEST(Bm25IndexTest, ReplacesRemovesAndExcludes) {
  Bm25Index index;
  index.Put("a", {"steuer"});
  index.Put("b", {"steuer", "beratung"});
  index.Put("a", {"garten"});  // replaced
  EXPECT_EQ(Keys(index.Search({"steuer"}, 10)),
            (std::vector<std::string>{"b"}));
  EXPECT_EQ(Keys(index.Search({"garten"}, 10)),
            (std::vector<std::string>{"a"}));
  index.Remove("b");
  index.Remove("never-there");
  EXPECT_TRUE(index.Search({"steuer"}, 10).empty());
  EXPECT_EQ(index.size(), 1U);
  EXPECT_TRUE(index
                  .Search({"garten"}, 10,
                          [](std::string_view key) { return key == "a"; })
                  .empty());
}

}  // namespace
}  // namespace knoten::match
