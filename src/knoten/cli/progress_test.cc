#include "knoten/cli/internal/progress.h"

#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace knoten::cli {
namespace {

using ::testing::EndsWith;
using ::testing::HasSubstr;

TEST(ProgressTest, DrawsABarThatGrowsAndEndsItsLine) {
  std::ostringstream out;
  {
    Progress progress(out, true, "Importing", 1000);
    for (int64_t done = 1; done <= 1000; ++done) progress.Update(done);
  }
  const std::string text = out.str();
  EXPECT_THAT(text, HasSubstr("\rImporting  [#-------------------]  50/1000"));
  EXPECT_THAT(text, EndsWith("[####################]  1000/1000\n"));
  // One drawing per step of the bar, not one per record.
  EXPECT_EQ(std::count(text.begin(), text.end(), '\r'), 20);
}

TEST(ProgressTest, StaysQuietWhenNotAskedOrForFewRecords) {
  std::ostringstream out;
  {
    Progress off(out, false, "Importing", 1000);
    off.Update(500);
    Progress few(out, true, "Importing", Progress::kMinRecords);
    few.Update(100);
  }
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace knoten::cli
