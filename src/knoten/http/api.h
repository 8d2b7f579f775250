// The knoten web server's request handler: the JSON API under /api/v1 and
// the web app's files for everything else.
//
// Public without a session: the web app's files and the OpenAPI document
// (/api/v1/openapi.json). Every other /api/v1 call needs a session and,
// without one, is answered 401 with the error document. Logging in
// (POST /api/v1/session, for the account `knoten init --password-stdin`
// creates) is the next milestone of issue #4; until then every other API
// call is 401.
//
// Thread-safety: the handler may run on many threads at once.

#ifndef KNOTEN_HTTP_API_H_
#define KNOTEN_HTTP_API_H_

#include <memory>
#include <string_view>

#include "knoten/http/server.h"
#include "knoten/http/static_files.h"

namespace knoten::http {

// The OpenAPI 3 document of the API (embedded from openapi.json).
std::string_view OpenApiDocument();

// `assets` may be null: then only the API answers, and the web app's paths
// get 404 saying the app is not built.
RequestHandler MakeKnotenHandler(std::shared_ptr<const StaticFiles> assets);

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_API_H_
