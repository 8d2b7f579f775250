// The API's error document, {"error": {"code": ..., "message": ...}}, the
// shape the CLI prints with --json, and the one mapping from knoten's
// error codes to HTTP statuses.

#ifndef KNOTEN_HTTP_ERROR_RESPONSE_H_
#define KNOTEN_HTTP_ERROR_RESPONSE_H_

#include <string>
#include <string_view>

#include "knoten/base/error.h"
#include "knoten/http/message.h"

namespace knoten::http {

// A JSON response with `status` and the error document.
Response ErrorResponse(int status, std::string_view code,
                       std::string_view message);

// The status for `code`: invalid argument 400, not found 404, already
// exists, aborted and failed precondition 409 (the record's state does not
// allow the change; 412 is kept for conditional requests), permission denied
// 403, unauthenticated 401, unavailable 503, internal 500.
int HttpStatusFor(ErrorCode code);

// ErrorResponse(HttpStatusFor(error.code), ErrorCodeName(error.code), ...).
Response ErrorResponse(const Error& error);

// A JSON response with `status` and `json` as its body.
Response JsonResponse(int status, std::string json);

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_ERROR_RESPONSE_H_
