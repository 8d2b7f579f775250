#include "knoten/base/result.h"

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace knoten {
namespace {

Result<int> Half(int n) {
  if (n % 2 != 0) return InvalidArgumentError("odd");
  return n / 2;
}

Result<int> Quarter(int n) {
  KNOTEN_ASSIGN_OR_RETURN(int half, Half(n));
  return Half(half);
}

Status CheckEven(int n) {
  KNOTEN_RETURN_IF_ERROR(Half(n));
  return OkStatus();
}

TEST(ResultTest, HoldsValue) {
  Result<int> r = Half(8);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(*r, 4);
  EXPECT_EQ(r.value_or(-1), 4);
}

TEST(ResultTest, HoldsError) {
  Result<int> r = Half(3);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().message, "odd");
  EXPECT_EQ(r.value_or(-1), -1);
}

TEST(ResultTest, AssignOrReturnPropagates) {
  EXPECT_EQ(*Quarter(8), 2);
  EXPECT_THAT(Quarter(6), HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(CheckEven(2), IsOk());
  EXPECT_THAT(CheckEven(3), HasError(ErrorCode::kInvalidArgument));
}

TEST(ResultTest, MoveOnlyValue) {
  Result<std::unique_ptr<std::string>> r =
      std::make_unique<std::string>("knoten");
  ASSERT_TRUE(r);
  std::unique_ptr<std::string> owned = std::move(r).value();
  EXPECT_EQ(*owned, "knoten");
}

TEST(ResultTest, ErrorCodeNamesAreStable) {
  EXPECT_EQ(ErrorCodeName(ErrorCode::kNotFound), "not_found");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kFailedPrecondition),
            "failed_precondition");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kUnavailable), "unavailable");
}

TEST(ResultDeathTest, WrongAccessAborts) {
  Result<int> r = Half(3);
  EXPECT_DEATH((void)r.value(), "KNOTEN_CHECK failed");
}

}  // namespace
}  // namespace knoten
