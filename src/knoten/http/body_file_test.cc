#include "knoten/http/body_file.h"

#include <array>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "testing/status_matchers.h"
#include "testing/temp_dir.h"

namespace knoten::http {
namespace {

TEST(BodyFileTest, HoldsWhatWasAppendedAndLeavesNoFileBehind) {
  TempDir dir;
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto file, BodyFile::Create(dir.path().string()));
  std::string expected;
  for (int i = 0; i < 5000; ++i) {  // past several 64 KiB blocks
    const std::string piece = "line " + std::to_string(i) + " \xc3\xa4\n";
    ASSERT_THAT(file->Append(piece), IsOk());
    expected += piece;
  }
  ASSERT_THAT(file->Finish(), IsOk());
  EXPECT_EQ(file->size(), expected.size());
  EXPECT_THAT(file->ReadAll(), IsOkAndHolds(expected));

  std::array<char, 8> piece{};
  EXPECT_THAT(file->ReadAt(5, piece), IsOkAndHolds(8U));
  EXPECT_EQ(std::string(piece.data(), 8), expected.substr(5, 8));
  EXPECT_THAT(file->ReadAt(expected.size() - 3, piece), IsOkAndHolds(3U));
  EXPECT_THAT(file->ReadAt(expected.size(), piece), IsOkAndHolds(0U));
  // The file has no name: nothing to clean up, also after a crash.
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(BodyFileTest, AnEmptyBodyAndAMissingDirectory) {
  TempDir dir;
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto file, BodyFile::Create(dir.path().string()));
  ASSERT_THAT(file->Finish(), IsOk());
  EXPECT_THAT(file->ReadAll(), IsOkAndHolds(std::string()));
  EXPECT_THAT(BodyFile::Create(dir.File("missing")),
              HasError(ErrorCode::kInternal,
                       ::testing::HasSubstr("Cannot make a temporary file")));
}

}  // namespace
}  // namespace knoten::http
