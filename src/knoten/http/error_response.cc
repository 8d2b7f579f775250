#include "knoten/http/error_response.h"

#include <utility>

#include <nlohmann/json.hpp>

namespace knoten::http {

Response JsonResponse(int status, std::string json) {
  Response response{.status = status, .body = std::move(json)};
  response.headers.Set("Content-Type", "application/json; charset=utf-8");
  response.headers.Set("Cache-Control", "no-store");
  return response;
}

Response ErrorResponse(int status, std::string_view code,
                       std::string_view message) {
  const nlohmann::json doc = {
      {"error",
       {{"code", std::string(code)}, {"message", std::string(message)}}}};
  // Replace rather than throw on invalid UTF-8 (a path may carry any byte).
  return JsonResponse(
      status,
      doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

int HttpStatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
      return 400;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kAlreadyExists:
    case ErrorCode::kAborted:
    case ErrorCode::kFailedPrecondition:
      return 409;
    case ErrorCode::kPermissionDenied:
      return 403;
    case ErrorCode::kUnauthenticated:
      return 401;
    case ErrorCode::kUnavailable:
      return 503;
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

Response ErrorResponse(const Error& error) {
  return ErrorResponse(HttpStatusFor(error.code), ErrorCodeName(error.code),
                       error.message);
}

}  // namespace knoten::http
