#include "knoten/match/word_map.h"

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace knoten::match {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(WordMapTest, FindsEachKeysWordsInTheirOrder) {
  const WordMap map =
      WordMap::From({{"buchhaltung", {"bookkeeping", "accounting"}},
                     {"bookkeeping", {"buchhaltung"}},
                     {"web", {}}});
  EXPECT_EQ(map.size(), 3U);
  EXPECT_THAT(map.Find("buchhaltung"),
              ElementsAre("bookkeeping", "accounting"));
  EXPECT_THAT(map.Find("bookkeeping"), ElementsAre("buchhaltung"));
  EXPECT_TRUE(map.Contains("web"));
  EXPECT_THAT(map.Find("web"), IsEmpty());
  // A word that is only ever a value is no key.
  EXPECT_FALSE(map.Contains("accounting"));
  EXPECT_THAT(map.Find("accounting"), IsEmpty());
  EXPECT_FALSE(map.Contains(""));
  EXPECT_FALSE(map.Contains("buchhaltun"));
  EXPECT_FALSE(map.Contains("buchhaltungs"));
}

TEST(WordMapTest, EmptyMapKnowsNothing) {
  const WordMap empty;
  EXPECT_EQ(empty.size(), 0U);
  EXPECT_FALSE(empty.Contains("a"));
  EXPECT_THAT(empty.Find("a"), IsEmpty());
  EXPECT_FALSE(WordMap::From({}).Contains(""));
}

// Many keys, so that slots collide and probe on: every key is found with
// its words, and words that are no keys are not.
TEST(WordMapTest, ManyKeysAllFound) {
  WordMap::Lists lists;
  for (int i = 0; i < 20000; ++i) {
    lists["wort" + std::to_string(i)] = {"w" + std::to_string(i % 7),
                                         "ü" + std::to_string(i)};
  }
  lists[""] = {"leer"};
  const WordMap map = WordMap::From(lists);
  ASSERT_EQ(map.size(), lists.size());
  for (const auto& [key, words] : lists) {
    const auto found = map.Find(key);
    ASSERT_EQ(found.size(), words.size()) << key;
    for (size_t i = 0; i < words.size(); ++i) EXPECT_EQ(found[i], words[i]);
  }
  for (int i = 20000; i < 21000; ++i) {
    EXPECT_FALSE(map.Contains("wort" + std::to_string(i)));
  }
  EXPECT_FALSE(map.Contains("w3"));
}

}  // namespace
}  // namespace knoten::match
