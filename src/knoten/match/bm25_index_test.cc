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

TEST(Bm25IndexTest, WeightsScaleATermsFrequency) {
  Bm25Index index;
  index.Put("de", {"buchhaltung", "steuer"});
  index.Put("en", {"bookkeeping", "tax"});
  index.Put("other", {"garten", "pflege"});
  using W = Bm25Index::QueryWord;
  const auto hits = index.SearchWords(
      {W{.terms = {{"buchhaltung", 1.0}, {"bookkeeping", 0.5}}}}, 10);
  ASSERT_EQ(hits.size(), 2U);
  EXPECT_EQ(hits[0].key, "de");
  EXPECT_EQ(hits[1].key, "en");
  EXPECT_LT(hits[1].score, hits[0].score);
  EXPECT_GT(hits[1].score, 0);
}

TEST(Bm25IndexTest, AWordWithManyAlternativesCountsAsOne) {
  Bm25Index index;
  index.Put("a", {"pr"});
  index.Put("b", {"pressearbeit"});
  index.Put("c", {"garten"});
  index.Put("d", {"fotografie"});
  using W = Bm25Index::QueryWord;
  // As separate words the two terms would each add their weight; as the
  // alternatives of one word, a document holding one of them scores like a
  // document holding the single term of a word with one.
  const auto grouped =
      index.SearchWords({W{.terms = {{"pr"}, {"pressearbeit"}}}}, 10);
  ASSERT_EQ(grouped.size(), 2U);
  EXPECT_NEAR(grouped[0].score, grouped[1].score, 1e-9);
  const auto single = index.SearchWords({W{.terms = {{"garten"}}}}, 10);
  ASSERT_EQ(single.size(), 1U);
  // The union of two terms is found in more documents: a lower idf.
  EXPECT_LT(grouped[0].score, single[0].score);
}

TEST(Bm25IndexTest, AWordSaidAgainAddsLessEachTime) {
  Bm25Index index;
  index.Put("a", {"steuer"});
  index.Put("b", {"garten"});
  using W = Bm25Index::QueryWord;
  const double once =
      index.SearchWords({W{.terms = {{"steuer"}}, .count = 1}}, 1)[0].score;
  const double twice =
      index.SearchWords({W{.terms = {{"steuer"}}, .count = 2}}, 1)[0].score;
  const double thrice =
      index.SearchWords({W{.terms = {{"steuer"}}, .count = 3}}, 1)[0].score;
  EXPECT_GT(twice, once);
  EXPECT_LT(twice, 2 * once);
  EXPECT_LT(thrice - twice, twice - once);
}

TEST(Bm25IndexTest, ExtraTermsAreFoundButLeaveTheLengthAlone) {
  Bm25Index plain;
  plain.Put("a", {"steuer", "beratung"});
  plain.Put("b", {"garten", "pflege"});
  Bm25Index extended;
  extended.Put("a", {"steuer", "beratung"}, {"x:tax", "x:advic", "c:tax"});
  extended.Put("b", {"garten", "pflege"});
  const auto p = plain.Search({"steuer"}, 10);
  const auto e = extended.Search({"steuer"}, 10);
  ASSERT_EQ(p.size(), 1U);
  ASSERT_EQ(e.size(), 1U);
  EXPECT_NEAR(p[0].score, e[0].score, 1e-9);
  EXPECT_EQ(Keys(extended.Search({"c:tax"}, 10)),
            (std::vector<std::string>{"a"}));
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
