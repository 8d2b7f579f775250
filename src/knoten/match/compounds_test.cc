#include "knoten/match/compounds.h"

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace knoten::match {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A word list in wngerman's layout, written for this test.
constexpr const char* kWords =
    "Arbeit\nÖffentlichkeit\nPresse\nBerater\nSteuer\nnehmen\nunter\n"
    "Gestaltung\nWebseite\nHandwerk\nBetrieb\nAmt\n";

TEST(CompoundSplitterTest, SplitsIntoKnownPartsHeadLast) {
  const CompoundSplitter s = CompoundSplitter::FromWordList(kWords);
  EXPECT_THAT(s.Split("öffentlichkeitsarbeit"),
              ElementsAre("öffentlichkeit", "arbeit"));  // linking "s"
  EXPECT_THAT(s.Split("pressearbeit"), ElementsAre("presse", "arbeit"));
  EXPECT_THAT(s.Split("webseitengestaltung"),
              ElementsAre("webseite", "gestaltung"));  // linking "n"
  EXPECT_THAT(s.Split("handwerksbetrieb"), ElementsAre("handwerk", "betrieb"));
  EXPECT_THAT(s.Split("steuerberater"), ElementsAre("steuer", "berater"));
}

TEST(CompoundSplitterTest, LeavesOtherWordsWhole) {
  const CompoundSplitter s = CompoundSplitter::FromWordList(kWords);
  EXPECT_THAT(s.Split("unternehmen"), IsEmpty());  // the head is no noun
  EXPECT_THAT(s.Split("arbeit"), IsEmpty());
  EXPECT_THAT(s.Split("bauamt"), IsEmpty());  // parts under four letters
  EXPECT_THAT(s.Split("xyzarbeit"), IsEmpty());
  EXPECT_THAT(s.Split(std::string(100000, 'a')), IsEmpty());
}

}  // namespace
}  // namespace knoten::match
