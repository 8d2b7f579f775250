// How two records are told to be one person: names that fit each other, as
// a shared phone number needs (the import's rule, import_contacts_test.cc).

#include "knoten/app/contact_keys.h"

#include <gtest/gtest.h>

namespace knoten::app {
namespace {

bool Fit(const char* a, const char* b) {
  const bool fit = NamesFit(FoldedName(a), FoldedName(b));
  EXPECT_EQ(fit, NamesFit(FoldedName(b), FoldedName(a))) << a << " / " << b;
  return fit;
}

TEST(ContactKeysTest, NamesFitWordForWordOrByInitial) {
  EXPECT_TRUE(Fit("Deniz Kaya", "Deniz Kaya"));
  EXPECT_TRUE(Fit("Kaya, Deniz", "deniz KAYA"));
  EXPECT_TRUE(Fit("D. Kaya", "Deniz Kaya"));
  EXPECT_TRUE(Fit("Anna", "Anna Müller"));
  EXPECT_TRUE(Fit("Anna Mueller", "Anna Müller"));
  EXPECT_TRUE(Fit("A. M.", "Anna Müller"));
  // An initial takes a word no other word of the name is.
  EXPECT_TRUE(Fit("A. Anna", "Anna Albers"));
  EXPECT_FALSE(Fit("A. Anna", "Anna Berg"));

  EXPECT_FALSE(Fit("Bob Other", "Dieter Deutsch"));
  EXPECT_FALSE(Fit("Ben Berg", "Anna Berg"));
  EXPECT_FALSE(Fit("Anna Weber", "Anna Berg"));
  EXPECT_FALSE(Fit("Mama", "Anna Berg"));
  EXPECT_FALSE(Fit("B. Berg", "Anna Berg"));
}

TEST(ContactKeysTest, ANameWithoutLettersFitsAnyName) {
  EXPECT_TRUE(Fit("+49 170 9876543", "Deniz Kaya"));
  EXPECT_TRUE(Fit("", "Deniz Kaya"));
}

}  // namespace
}  // namespace knoten::app
