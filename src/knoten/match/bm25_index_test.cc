#include "knoten/match/bm25_index.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
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

// BM25 over structured words computed the plain way, document by document,
// as the reference MaxScore must agree with.
class ReferenceIndex {
 public:
  void Put(const std::string& key, const std::vector<std::string>& terms,
           const std::vector<std::string>& extra) {
    Doc& doc = docs_[key];
    doc = {};
    doc.length = static_cast<double>(terms.size());
    for (const auto& t : terms) ++doc.frequency[t];
    for (const auto& t : extra) ++doc.frequency[t];
  }
  void Remove(const std::string& key) { docs_.erase(key); }

  std::vector<std::pair<std::string, double>> Search(
      const std::vector<Bm25Index::QueryWord>& query) const {
    const auto n = static_cast<double>(docs_.size());
    double total_length = 0;
    for (const auto& [key, doc] : docs_) total_length += doc.length;
    const double average = total_length / n;
    std::map<std::string, double> scores;
    for (const Bm25Index::QueryWord& word : query) {
      std::map<std::string, double> tf;
      for (const auto& [key, doc] : docs_) {
        for (const auto& q : word.terms) {
          if (const auto it = doc.frequency.find(q.term);
              it != doc.frequency.end()) {
            tf[key] += q.weight * it->second;
          }
        }
      }
      const auto df = static_cast<double>(tf.size());
      const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
      const double qtf = 9.0 * word.count / (8.0 + word.count);
      for (const auto& [key, f] : tf) {
        const double norm =
            1.2 * (0.25 + 0.75 * docs_.at(key).length / average);
        scores[key] += qtf * idf * f * 2.2 / (f + norm);
      }
    }
    std::vector<std::pair<std::string, double>> ranked(scores.begin(),
                                                       scores.end());
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return ranked;
  }

 private:
  struct Doc {
    double length = 0;
    std::map<std::string, int> frequency;
  };
  std::map<std::string, Doc> docs_;
};

// Random documents over a skewed vocabulary: a few words everywhere, most
// rare, as in real offers.
class RandomCorpus {
 public:
  explicit RandomCorpus(uint32_t seed) : random_(seed) {}

  std::string Word() {
    return "w" +
           std::to_string(static_cast<int>(
               std::pow(std::uniform_real_distribution<>(0, 1)(random_), 3.0) *
               300));
  }
  std::vector<std::string> Words(int min, int max) {
    std::vector<std::string> words(static_cast<size_t>(
        std::uniform_int_distribution<>(min, max)(random_)));
    for (auto& w : words) w = Word();
    return words;
  }
  Bm25Index::QueryWord QueryWord() {
    Bm25Index::QueryWord word;
    const int alternatives = std::uniform_int_distribution<>(1, 4)(random_);
    for (int i = 0; i < alternatives; ++i) {
      word.terms.push_back(
          {.term = Word(),
           .weight = std::uniform_real_distribution<>(0.2, 1.0)(random_)});
    }
    word.count = std::uniform_int_distribution<>(1, 3)(random_);
    return word;
  }
  int Int(int min, int max) {
    return std::uniform_int_distribution<>(min, max)(random_);
  }

 private:
  std::mt19937 random_;
};

// MaxScore must return exactly what scoring every document returns, on
// many random indexes with replacements and removals, for any k.
TEST(Bm25IndexTest, PruningReturnsWhatScoringEveryDocumentReturns) {
  int renumbered = 0;  // seeds that removed enough to renumber
  for (uint32_t seed = 1; seed <= 12; ++seed) {
    RandomCorpus corpus(seed);
    Bm25Index index;
    ReferenceIndex reference;
    size_t puts = 0;
    // Few keys for many documents replace often enough to renumber.
    const int documents = corpus.Int(50, 12000);
    const int keys = corpus.Int(10, documents);
    for (int i = 0; i < documents; ++i) {
      const std::string key = "d" + std::to_string(corpus.Int(0, keys));
      if (corpus.Int(0, 9) == 0) {
        index.Remove(key);
        reference.Remove(key);
        continue;
      }
      const auto terms = corpus.Words(0, 12);
      const auto extra = corpus.Words(0, 4);
      index.Put(key, terms, extra);
      reference.Put(key, terms, extra);
      ++puts;
    }
    const size_t removed = puts - index.size();  // at least
    if (removed >= 1024 && removed > index.size()) ++renumbered;
    for (int q = 0; q < 15; ++q) {
      std::vector<Bm25Index::QueryWord> query(
          static_cast<size_t>(corpus.Int(1, 8)));
      for (auto& word : query) word = corpus.QueryWord();
      const auto expected = reference.Search(query);
      for (const size_t k : {size_t{1}, size_t{3}, size_t{10}, size_t{100}}) {
        const auto hits = index.SearchWords(query, k);
        ASSERT_EQ(hits.size(), std::min(k, expected.size()))
            << "seed " << seed << " query " << q << " k " << k;
        for (size_t i = 0; i < hits.size(); ++i) {
          // Scores agree; keys too, except where two documents tie within
          // rounding and may come in either order.
          EXPECT_NEAR(hits[i].score, expected[i].second,
                      1e-9 * expected[i].second);
          if (std::abs(hits[i].score - expected[i].second) < 1e-12) {
            const bool tie =
                (i + 1 < expected.size() &&
                 std::abs(expected[i + 1].second - expected[i].second) <
                     1e-9) ||
                (i > 0 &&
                 std::abs(expected[i - 1].second - expected[i].second) < 1e-9);
            if (!tie) {
              EXPECT_EQ(hits[i].key, expected[i].first);
            }
          }
        }
      }
      // Excluded documents make room for the next ones.
      auto excluded = [](std::string_view key) { return key.ends_with('3'); };
      std::vector<double> kept;
      for (const auto& [key, score] : expected) {
        if (!excluded(key) && kept.size() < 10) kept.push_back(score);
      }
      const auto hits = index.SearchWords(query, 10, excluded);
      ASSERT_EQ(hits.size(), kept.size());
      for (size_t i = 0; i < hits.size(); ++i) {
        EXPECT_FALSE(excluded(hits[i].key));
        EXPECT_NEAR(hits[i].score, kept[i], 1e-9 * kept[i]);
      }
    }
  }
  EXPECT_GT(renumbered, 0);
}

// A minimum share starts the search at that threshold: the result must be
// what a full search returns above it.
TEST(Bm25IndexTest, MinimumShareKeepsOnlyTheDocumentsAboveIt) {
  for (uint32_t seed = 1; seed <= 6; ++seed) {
    RandomCorpus corpus(seed);
    Bm25Index index;
    for (int i = 0; i < 2000; ++i) {
      index.Put("d" + std::to_string(i), corpus.Words(1, 12),
                corpus.Words(0, 3));
    }
    for (int q = 0; q < 20; ++q) {
      std::vector<Bm25Index::QueryWord> query(
          static_cast<size_t>(corpus.Int(1, 8)));
      for (auto& word : query) word = corpus.QueryWord();
      double ceiling = 0;
      const auto all = index.SearchWords(query, 5000, {}, &ceiling);
      for (const double min_share : {0.1, 0.3, 0.6}) {
        std::vector<std::string> expected;
        for (const auto& hit : all) {
          if (hit.score >= min_share * ceiling && expected.size() < 10) {
            expected.emplace_back(hit.key);
          }
        }
        double again = 0;
        EXPECT_EQ(Keys(index.SearchWords(query, 10, {}, &again, min_share)),
                  expected)
            << "seed " << seed << " query " << q << " share " << min_share;
        EXPECT_EQ(again, ceiling);
      }
    }
  }
}

TEST(Bm25IndexTest, PruningSkipsDocumentsThatCannotMakeTheTopK) {
  Bm25Index index;
  // "common" is in every document, "rare" in a few: once the few are
  // found, documents holding only "common" cannot beat them.
  for (int i = 0; i < 5000; ++i) {
    std::vector<std::string> terms = {"common", "filler" + std::to_string(i)};
    if (i % 50 == 0) terms.emplace_back("rare");
    index.Put("d" + std::to_string(i), terms);
  }
  const auto hits = index.Search({"rare", "common"}, 5);
  ASSERT_EQ(hits.size(), 5U);
  for (const auto& hit : hits) {
    EXPECT_EQ(std::stoi(std::string(hit.key.substr(1))) % 50, 0);
  }
  // Until five "rare" documents are in, documents with "common" alone
  // might still tie; after that only the 100 "rare" ones are scored.
  EXPECT_LT(Bm25Index::LastSearchStats().scored, 400U);
  // Asking for every document scores every document.
  EXPECT_EQ(index.Search({"rare", "common"}, 10000).size(), 5000U);
  EXPECT_EQ(Bm25Index::LastSearchStats().scored, 5000U);
}

TEST(Bm25IndexTest, DocumentsOfExtraTermsOnlyScoreAsOfAverageLength) {
  Bm25Index index;
  index.Put("a", {}, {"c:tax"});
  index.Put("b", {}, {"c:garden"});
  double ceiling = 0;
  const auto hits =
      index.SearchWords({{.terms = {{"c:tax"}}}}, 10, {}, &ceiling);
  ASSERT_EQ(hits.size(), 1U);
  EXPECT_TRUE(std::isfinite(hits[0].score));
  EXPECT_GT(hits[0].score, 0);
  EXPECT_TRUE(std::isfinite(ceiling));
  double no_hits_ceiling = 0;
  EXPECT_TRUE(
      index.SearchWords({{.terms = {{"c:tax"}}}}, 0, {}, &no_hits_ceiling)
          .empty());
  EXPECT_EQ(no_hits_ceiling, ceiling);  // k = 0 still tells the ceiling
}

TEST(Bm25IndexTest, ManyRemovalsRenumberWithoutChangingResults) {
  Bm25Index index;
  for (int i = 0; i < 3000; ++i) {
    index.Put("d" + std::to_string(i),
              {"t" + std::to_string(i % 7), "u" + std::to_string(i % 11)});
  }
  const std::vector<std::string> expected = Keys(index.Search({"t3", "u5"}, 5));
  // Remove every document without both terms, well past the point where
  // the removed outnumber the live; the best five hold both.
  for (int i = 0; i < 3000; ++i) {
    if (i % 7 != 3 || i % 11 != 5) index.Remove("d" + std::to_string(i));
  }
  EXPECT_EQ(index.size(), 3000U / 77 + 1);
  EXPECT_EQ(Keys(index.Search({"t3", "u5"}, 5)), expected);
  index.Put("new", {"t3", "u5"});
  EXPECT_EQ(index.Search({"t3", "u5"}, 100).size(), 3000U / 77 + 2);
  EXPECT_TRUE(index.Search({"t4"}, 10).empty());
}

}  // namespace
}  // namespace knoten::match
