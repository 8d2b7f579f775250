// Result<T>: either a value of T or an Error. Its API is a strict subset of
// C++23 std::expected<T, Error> (has_value, explicit bool, value(), error(),
// *, ->, value_or), so moving to std::expected later is a one-line alias.
// Status is Result<void>. Both are [[nodiscard]]: an ignored Status does not
// compile under -Werror.
//
// Constructing: return a T (or nothing, for Status) on success; return an
// Error, e.g. `return NotFoundError("...")`, on failure.
//
// Thread-safety: plain value types.

#ifndef KNOTEN_BASE_RESULT_H_
#define KNOTEN_BASE_RESULT_H_

#include <type_traits>
#include <utility>
#include <variant>

#include "knoten/base/check.h"
#include "knoten/base/error.h"

namespace knoten {

template <typename T>
class [[nodiscard]] Result {
 public:
  // NOLINTNEXTLINE(google-explicit-constructor): implicit by design.
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  // NOLINTNEXTLINE(google-explicit-constructor): implicit by design.
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

  bool has_value() const { return state_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  // value() and error() must only be called on the matching state; calling
  // the wrong one is a programmer error and aborts.
  T& value() & {
    KNOTEN_CHECK(has_value());
    return std::get<0>(state_);
  }
  const T& value() const& {
    KNOTEN_CHECK(has_value());
    return std::get<0>(state_);
  }
  T&& value() && {
    KNOTEN_CHECK(has_value());
    return std::get<0>(std::move(state_));
  }
  const Error& error() const& {
    KNOTEN_CHECK(!has_value());
    return std::get<1>(state_);
  }
  Error&& error() && {
    KNOTEN_CHECK(!has_value());
    return std::get<1>(std::move(state_));
  }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  template <typename U>
  T value_or(U&& fallback) const& {
    return has_value() ? std::get<0>(state_)
                       : static_cast<T>(std::forward<U>(fallback));
  }

 private:
  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  // NOLINTNEXTLINE(google-explicit-constructor): implicit by design.
  Result(Error error) : error_(std::move(error)), has_error_(true) {}

  bool has_value() const { return !has_error_; }
  explicit operator bool() const { return has_value(); }
  void value() const { KNOTEN_CHECK(has_value()); }
  const Error& error() const& {
    KNOTEN_CHECK(!has_value());
    return error_;
  }
  Error&& error() && {
    KNOTEN_CHECK(!has_value());
    return std::move(error_);
  }

 private:
  Error error_;
  bool has_error_ = false;
};

using Status = Result<void>;

// A successful Status, for readability at return sites.
inline Status OkStatus() { return {}; }

}  // namespace knoten

// NOLINTBEGIN(bugprone-macro-parentheses): `lhs` is a declaration such as
// `auto x` and cannot be parenthesised.
#define KNOTEN_INTERNAL_CONCAT2(a, b) a##b
#define KNOTEN_INTERNAL_CONCAT(a, b) KNOTEN_INTERNAL_CONCAT2(a, b)

// Returns the error of `expr` (a Result or Status) from the enclosing function.
#define KNOTEN_RETURN_IF_ERROR(expr)                               \
  do {                                                             \
    auto knoten_status_ = (expr);                                  \
    if (!knoten_status_) return std::move(knoten_status_).error(); \
  } while (false)

// `KNOTEN_ASSIGN_OR_RETURN(auto x, Compute());` declares x from the value of a
// Result or returns its error.
#define KNOTEN_ASSIGN_OR_RETURN(lhs, expr) \
  KNOTEN_INTERNAL_ASSIGN_OR_RETURN(        \
      KNOTEN_INTERNAL_CONCAT(knoten_result_, __LINE__), lhs, expr)

#define KNOTEN_INTERNAL_ASSIGN_OR_RETURN(tmp, lhs, expr) \
  auto tmp = (expr);                                     \
  if (!tmp) return std::move(tmp).error();               \
  lhs = std::move(tmp).value()
// NOLINTEND(bugprone-macro-parentheses)

#endif  // KNOTEN_BASE_RESULT_H_
