#include "knoten/base/error.h"

#include <utility>

namespace knoten {

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
      return "invalid_argument";
    case ErrorCode::kNotFound:
      return "not_found";
    case ErrorCode::kAlreadyExists:
      return "already_exists";
    case ErrorCode::kFailedPrecondition:
      return "failed_precondition";
    case ErrorCode::kAborted:
      return "aborted";
    case ErrorCode::kPermissionDenied:
      return "permission_denied";
    case ErrorCode::kUnauthenticated:
      return "unauthenticated";
    case ErrorCode::kUnavailable:
      return "unavailable";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "internal";
}

Error InvalidArgumentError(std::string message) {
  return {ErrorCode::kInvalidArgument, std::move(message)};
}
Error NotFoundError(std::string message) {
  return {ErrorCode::kNotFound, std::move(message)};
}
Error AlreadyExistsError(std::string message) {
  return {ErrorCode::kAlreadyExists, std::move(message)};
}
Error FailedPreconditionError(std::string message) {
  return {ErrorCode::kFailedPrecondition, std::move(message)};
}
Error AbortedError(std::string message) {
  return {ErrorCode::kAborted, std::move(message)};
}
Error PermissionDeniedError(std::string message) {
  return {ErrorCode::kPermissionDenied, std::move(message)};
}
Error UnauthenticatedError(std::string message) {
  return {ErrorCode::kUnauthenticated, std::move(message)};
}
Error UnavailableError(std::string message) {
  return {ErrorCode::kUnavailable, std::move(message)};
}
Error InternalError(std::string message) {
  return {ErrorCode::kInternal, std::move(message)};
}

}  // namespace knoten
