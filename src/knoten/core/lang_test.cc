#include "knoten/core/lang.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace knoten::core {
namespace {

TEST(LangTest, DetectsGerman) {
  EXPECT_EQ(DetectLang("Ich biete Pressearbeit für kleine Unternehmen"),
            Lang::kDe);
  EXPECT_EQ(DetectLang("Öffentlichkeitsarbeit"), Lang::kDe);
  EXPECT_EQ(DetectLang("Buchhaltung und Steuerberatung"), Lang::kDe);
}

TEST(LangTest, DetectsEnglish) {
  EXPECT_EQ(DetectLang("Looking for someone to help with my bookkeeping"),
            Lang::kEn);
  EXPECT_EQ(DetectLang("Media relations for small businesses"), Lang::kEn);
}

TEST(LangTest, TieFavoursGerman) { EXPECT_EQ(DetectLang("PR"), Lang::kDe); }

TEST(LangTest, ParsesNames) {
  EXPECT_EQ(*ParseLang("en"), Lang::kEn);
  EXPECT_EQ(LangName(Lang::kDe), "de");
  EXPECT_THAT(ParseLang("fr"), HasError(ErrorCode::kInvalidArgument));
}

}  // namespace
}  // namespace knoten::core
