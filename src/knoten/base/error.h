// Error vocabulary of knoten: a code from a small canonical set and one
// human-readable sentence. Every expected failure in every layer is reported
// as an Error inside a Result<T>; adapters map the code to an exit code or an
// HTTP status in exactly one place each (cli/exit_codes.cc,
// http/error_mapping.cc).
//
// Choosing a code (after Abseil's canonical codes):
//   kInvalidArgument    the input is malformed or violates a rule; retrying the
//                       same input cannot help.
//   kNotFound           a referenced record does not exist.
//   kAlreadyExists      a record with the same identity exists.
//   kFailedPrecondition the state must change first (e.g. a person still
//                       referenced); do not retry until it has.
//   kAborted            a concurrent change interfered; retry the transaction.
//   kPermissionDenied   the caller may not do this.
//   kUnauthenticated    the caller is not known.
//   kUnavailable        storage or a service cannot be used now (unreadable,
//                       read-only or newer-schema database); retrying later
//                       or with another file may help.
//   kInternal           a bug or a broken invariant.
//
// Thread-safety: plain value types.

#ifndef KNOTEN_BASE_ERROR_H_
#define KNOTEN_BASE_ERROR_H_

#include <string>
#include <string_view>

namespace knoten {

enum class ErrorCode {
  kInvalidArgument,
  kNotFound,
  kAlreadyExists,
  kFailedPrecondition,
  kAborted,
  kPermissionDenied,
  kUnauthenticated,
  kUnavailable,
  kInternal,
};

// Returns the stable snake_case name of `code`, e.g. "invalid_argument". The
// name appears in JSON error documents and never changes.
std::string_view ErrorCodeName(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  // One sentence naming the problem and, where possible, the fix.
  std::string message;
};

Error InvalidArgumentError(std::string message);
Error NotFoundError(std::string message);
Error AlreadyExistsError(std::string message);
Error FailedPreconditionError(std::string message);
Error AbortedError(std::string message);
Error PermissionDeniedError(std::string message);
Error UnauthenticatedError(std::string message);
Error UnavailableError(std::string message);
Error InternalError(std::string message);

}  // namespace knoten

#endif  // KNOTEN_BASE_ERROR_H_
