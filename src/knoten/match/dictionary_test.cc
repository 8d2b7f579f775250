#include "knoten/match/dictionary.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace knoten::match {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Lines in Ding's layout, written for this test.
constexpr const char* kDing =
    "# comment line\n"
    "Webdesign {n}; Webgestaltung {f} :: web design\n"
    "Buchhaltung {f} [econ.] | Lohnbuchhaltung {f} /LB/ :: bookkeeping; "
    "accounting | payroll accounting\n"
    "Übersetzerin {f} (Sprachen) :: translator\n"
    "broken line without separator\n"
    "Eins | Zwei :: one\n";

TEST(DictionaryTest, ParsesDingAlternativesAndSynonyms) {
  const Dictionary d = Dictionary::FromDing(kDing);
  EXPECT_THAT(d.ToEnglish("webdesign"), ElementsAre("web", "design"));
  EXPECT_THAT(d.ToEnglish("webgestaltung"), ElementsAre("web", "design"));
  EXPECT_THAT(d.ToEnglish("buchhaltung"),
              ElementsAre("bookkeeping", "accounting"));
  EXPECT_THAT(d.ToEnglish("lohnbuchhaltung"),
              ElementsAre("payroll", "accounting"));
  EXPECT_THAT(d.ToEnglish("übersetzerin"), ElementsAre("translator"));
  EXPECT_THAT(d.ToGerman("bookkeeping"), ElementsAre("buchhaltung"));
  EXPECT_THAT(d.ToGerman("translator"), ElementsAre("übersetzerin"));
  // English phrases are not keys; mismatched alternatives are skipped.
  EXPECT_THAT(d.ToGerman("web"), IsEmpty());
  EXPECT_THAT(d.ToEnglish("eins"), IsEmpty());
  EXPECT_THAT(d.ToEnglish("unknown"), IsEmpty());
}

TEST(DictionaryTest, MissingFileIsUnavailable) {
  auto loaded = Dictionary::Load("/nonexistent/de-en");
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().code, ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace knoten::match
