// gtest matchers for Result<T> and Status:
//   EXPECT_THAT(store.Get(id), IsOk());
//   EXPECT_THAT(Validate(p), HasError(ErrorCode::kInvalidArgument));
// On failure they print the error's code and message.

#ifndef KNOTEN_TESTS_TESTING_STATUS_MATCHERS_H_
#define KNOTEN_TESTS_TESTING_STATUS_MATCHERS_H_

#include <ostream>

#include <gmock/gmock.h>

#include "knoten/base/error.h"
#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"

namespace knoten {

inline void PrintTo(const Error& error, std::ostream* os) {
  *os << ErrorCodeName(error.code) << ": " << error.message;
}

template <typename Tag>
void PrintTo(Id<Tag> id, std::ostream* os) {
  *os << "id " << id.value();
}

inline void PrintTo(Timestamp t, std::ostream* os) {
  *os << FormatIsoTimestamp(t);
}

MATCHER(IsOk, "is OK") {
  if (arg.has_value()) return true;
  *result_listener << "error " << ErrorCodeName(arg.error().code) << ": "
                   << arg.error().message;
  return false;
}

// Matches an OK Result whose value equals `expected`.
MATCHER_P(IsOkAndHolds, expected,
          "is OK and holds " + ::testing::PrintToString(expected)) {
  if (!arg.has_value()) {
    *result_listener << "error " << ErrorCodeName(arg.error().code) << ": "
                     << arg.error().message;
    return false;
  }
  *result_listener << "holds " << ::testing::PrintToString(*arg);
  return *arg == expected;
}

MATCHER_P(HasError, code, "has error " + std::string(ErrorCodeName(code))) {
  if (arg.has_value()) {
    *result_listener << "has a value";
    return false;
  }
  *result_listener << "error " << ErrorCodeName(arg.error().code) << ": "
                   << arg.error().message;
  return arg.error().code == code;
}

// The same, and the message matches `message` (a string matcher).
MATCHER_P2(HasError, code, message,
           "has error " + std::string(ErrorCodeName(code))) {
  if (arg.has_value()) {
    *result_listener << "has a value";
    return false;
  }
  *result_listener << "error " << ErrorCodeName(arg.error().code) << ": "
                   << arg.error().message;
  return arg.error().code == code &&
         ::testing::Matches(message)(arg.error().message);
}

}  // namespace knoten

// Asserts that `expr` (a Result) is OK and declares `lhs` from its value.
#define KNOTEN_ASSERT_OK_AND_ASSIGN(lhs, expr)                               \
  KNOTEN_TESTING_ASSIGN(KNOTEN_INTERNAL_CONCAT(knoten_test_, __LINE__), lhs, \
                        expr)
#define KNOTEN_TESTING_ASSIGN(tmp, lhs, expr) \
  auto tmp = (expr);                          \
  ASSERT_THAT(tmp, ::knoten::IsOk());         \
  lhs = std::move(tmp).value()

#endif  // KNOTEN_TESTS_TESTING_STATUS_MATCHERS_H_
