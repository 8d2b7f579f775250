// KNOTEN_CHECK: an always-on assertion for programmer errors (impossible
// states). Never use it on user input or on the environment; those are
// expected failures and return an Error.

#ifndef KNOTEN_BASE_CHECK_H_
#define KNOTEN_BASE_CHECK_H_

namespace knoten::internal {
[[noreturn]] void CheckFailed(const char* condition, const char* file,
                              int line);
}  // namespace knoten::internal

#define KNOTEN_CHECK(condition)                                        \
  do {                                                                 \
    if (!(condition)) {                                                \
      ::knoten::internal::CheckFailed(#condition, __FILE__, __LINE__); \
    }                                                                  \
  } while (false)

#endif  // KNOTEN_BASE_CHECK_H_
