#include "knoten/base/text_file.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace knoten {
namespace {

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  EXPECT_TRUE(ForEachLine(text, [&](int number, std::string_view line) {
    EXPECT_EQ(number, static_cast<int>(lines.size()) + 1);
    lines.emplace_back(line);
    return OkStatus();
  }));
  return lines;
}

TEST(TextFileTest, WalksLinesWithNumbers) {
  EXPECT_EQ(Lines("a\n\nb"), (std::vector<std::string>{"a", "", "b"}));
  EXPECT_EQ(Lines("a\n"), (std::vector<std::string>{"a"}));
  EXPECT_TRUE(Lines("").empty());
}

TEST(TextFileTest, StopsAtTheFirstError) {
  int seen = 0;
  const Status status =
      ForEachLine("a\nb\nc", [&](int number, std::string_view) -> Status {
        ++seen;
        return number == 2 ? InvalidArgumentError("line 2") : OkStatus();
      });
  EXPECT_FALSE(status);
  EXPECT_EQ(seen, 2);
}

TEST(TextFileTest, MissingFileReadsAsNothing) {
  EXPECT_FALSE(ReadTextFile("/nonexistent/knoten/file"));
}

}  // namespace
}  // namespace knoten
