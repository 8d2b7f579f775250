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
// body that is not JSON passes where the response documents other media
// types beside JSON (a file to save), unchecked.
std::string CheckAgainstOpenApi(const nlohmann::json& doc,
                                std::string_view method, std::string_view path,
                                int status, std::string_view body);

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_OPENAPI_CHECK_H_
