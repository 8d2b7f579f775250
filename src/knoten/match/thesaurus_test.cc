#include "knoten/match/thesaurus.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace knoten::match {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

// Lines in OpenThesaurus's layout, written for this test.
constexpr const char* kSets =
    "# comment\n"
    "Pressearbeit;PR-Arbeit;Public Relations;Öffentlichkeitsarbeit\n"
    "Buchhaltung;Buchführung\n"
    "Finanzbuchhaltung;Fibu;Buchhaltung;Buchführung\n"
    "Fotograf;Photograph (veraltet);Lichtbildner (fachspr.)\n"
    "a;b;c;d;e;f;g;h;i;j;k;l;m\n";

TEST(ThesaurusTest, MapsWordsToSingleWordSynonyms) {
  const Thesaurus t = Thesaurus::FromOpenThesaurus(kSets);
  EXPECT_THAT(t.SynonymsOf("pressearbeit"),
              UnorderedElementsAre("pr-arbeit", "öffentlichkeitsarbeit"));
  EXPECT_THAT(t.SynonymsOf("fotograf"),
              UnorderedElementsAre("photograph", "lichtbildner"));
  // The smallest set first: its words are the closest.
  EXPECT_THAT(t.SynonymsOf("buchhaltung"),
              ElementsAre("buchführung", "finanzbuchhaltung", "fibu"));
  EXPECT_THAT(t.SynonymsOf("public relations"), IsEmpty());  // a phrase
  EXPECT_THAT(t.SynonymsOf("a"), IsEmpty());  // a set too large to trust
  EXPECT_THAT(t.SynonymsOf("unbekannt"), IsEmpty());
}

TEST(ThesaurusTest, ToleratesOddLines) {
  const Thesaurus t = Thesaurus::FromOpenThesaurus(
      ";;\n(nur Notiz)\nWort\n\xff\xfe;x\nEins;Zwei (");
  EXPECT_THAT(t.SynonymsOf("eins"), ElementsAre("zwei"));
}

}  // namespace
}  // namespace knoten::match
