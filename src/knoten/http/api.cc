#include "knoten/http/api.h"

#include <string>
#include <utility>

#include "knoten/http/error_response.h"
#include "knoten/http/router.h"

namespace knoten::http {

namespace {

constexpr std::string_view kApiPrefix = "/api/";

// Calls that need no session.
Router PublicRoutes() {
  Router router;
  router.Add(
      "GET", "/api/v1/openapi.json", [](const Request&, const PathParams&) {
        Response response = JsonResponse(200, std::string(OpenApiDocument()));
        response.headers.Set("Cache-Control", "no-cache");
        return response;
      });
  return router;
}

}  // namespace

RequestHandler MakeKnotenHandler(std::shared_ptr<const StaticFiles> assets) {
  auto public_routes = std::make_shared<const Router>(PublicRoutes());
  return [public_routes, assets = std::move(assets)](const Request& request) {
    const bool api = request.path.starts_with(kApiPrefix) ||
                     request.path + "/" == kApiPrefix;
    if (api) {
      if (public_routes->Matches(request.path)) {
        return public_routes->Route(request);
      }
      return ErrorResponse(401, "unauthenticated",
                           "This call needs a session, and this version of "
                           "knoten cannot log in to the API yet.");
    }
    if (assets != nullptr) {
      if (auto response = assets->Serve(request)) return std::move(*response);
      return ErrorResponse(404, "not_found",
                           "No such file: " + request.path + ".");
    }
    return ErrorResponse(404, "not_found",
                         "The web app is not built here; the API answers "
                         "under /api/v1 (see /api/v1/openapi.json).");
  };
}

}  // namespace knoten::http
