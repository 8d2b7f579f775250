#include "knoten/match/analyzer.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace knoten::match {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Terms(const std::string& text, TextLang lang) {
  Analyzer analyzer;
  std::vector<std::string> terms;
  for (const Token& t : analyzer.Analyze(text, lang)) terms.push_back(t.term);
  return terms;
}

TEST(AnalyzerTest, FoldsCaseAndCompatibilityForms) {
  EXPECT_EQ(FoldCase("Straße"), "strasse");
  EXPECT_EQ(FoldCase("ÖFFENTLICHKEIT"), "öffentlichkeit");
  EXPECT_EQ(FoldCase("ﬁnanzen"), "finanzen");
}

TEST(AnalyzerTest, StripsGenderForms) {
  EXPECT_EQ(StripGenderForms("Fotograf*in gesucht"), "Fotograf gesucht");
  EXPECT_EQ(StripGenderForms("Berater:innen und Coach_in"),
            "Berater und Coach");
  EXPECT_EQ(StripGenderForms("Grafiker/-in, LektorIn, TexterInnen"),
            "Grafiker, Lektor, Texter");
  // Not gender markers.
  EXPECT_EQ(StripGenderForms("LinkedIn, Berlin, 10:in, *innen"),
            "LinkedIn, Berlin, 10:in, *innen");
}

TEST(AnalyzerTest, StemsDropsStopAndIntentWordsKeepsAcronyms) {
  EXPECT_THAT(Terms("Suche eine Fotografin für unsere Website", TextLang::kDe),
              ElementsAre("fotograf", "websit"));
  EXPECT_THAT(
      Terms("Ich biete PR und SEO für Handwerksbetriebe", TextLang::kDe),
      ElementsAre("pr", "seo", "handwerksbetrieb"));
  EXPECT_THAT(
      Terms("Looking for someone to manage my bookkeeping", TextLang::kEn),
      ElementsAre("manag", "bookkeep"));
  // Feminine forms meet the base form; "Berlin" keeps its "in".
  EXPECT_EQ(Terms("Steuerberaterinnen", TextLang::kDe),
            Terms("Steuerberater", TextLang::kDe));
  EXPECT_THAT(Terms("Berlin", TextLang::kDe), ElementsAre("berlin"));
}

TEST(AnalyzerTest, SurvivesHostileInput) {
  EXPECT_TRUE(Terms("", TextLang::kDe).empty());
  EXPECT_TRUE(Terms("   \t\n ", TextLang::kEn).empty());
  const std::string garbage = std::string("\xff\xfe\x00\x80 abc \xc3", 9);
  EXPECT_THAT(Terms(garbage, TextLang::kDe), ElementsAre("abc"));
  EXPECT_FALSE(Terms("Webdesign 🚀 und Αθήνα, 東京", TextLang::kDe).empty());
  const std::string big(1 << 20, 'a');
  EXPECT_EQ(Terms(big, TextLang::kEn).size(), 1U);
  // Found by the fuzzer: a word of ignorable characters (U+FFA0) folds to
  // nothing and is no token.
  EXPECT_THAT(Terms("\xef\xbe\xa0 web", TextLang::kEn), ElementsAre("web"));
}

}  // namespace
}  // namespace knoten::match
