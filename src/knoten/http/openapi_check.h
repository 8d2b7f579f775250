// Test support: checks an API response against the OpenAPI document, so the
// tests keep the document true. Understands the subset openapi.json uses:
// $ref, allOf, nullable, type, enum, required, properties,
// additionalProperties: false, items, minimum and the formats date and
// date-time.

#ifndef KNOTEN_HTTP_OPENAPI_CHECK_H_
#define KNOTEN_HTTP_OPENAPI_CHECK_H_

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace knoten::http {

// "" if `body` is what the document promises for `method` on `path` (the
// request path, e.g. "/api/v1/people/7") answering `status`; otherwise the
// first difference, with its place in the body ("items[0].kind: ..."). A
// response whose `content_type` is not JSON (a file to save) must have that
// media type documented; its body is not checked further.
std::string CheckAgainstOpenApi(const nlohmann::json& doc,
                                std::string_view method, std::string_view path,
                                int status, std::string_view body,
                                std::string_view content_type = {});

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_OPENAPI_CHECK_H_
