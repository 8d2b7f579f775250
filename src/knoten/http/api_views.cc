// /api/v1/today and /api/v1/suggestions.

#include <memory>
#include <string>

#include "knoten/app/suggestions.h"
#include "knoten/app/today.h"
#include "knoten/http/api_routes.h"
#include "knoten/http/api_support.h"

namespace knoten::http {
namespace {

constexpr int kRetryAfterSeconds = 2;

// The latest suggestions, or kUnavailable before the first are worked out.
Result<std::shared_ptr<const app::Suggestions>> Ready(
    const BackgroundSuggestions& suggestions) {
  KNOTEN_ASSIGN_OR_RETURN(auto latest, suggestions.Latest());
  if (latest == nullptr) {
    return UnavailableError(
        "The suggestions are still being worked out; ask again in a "
        "moment.");
  }
  return latest;
}

Response StillLoading(const Error& error) {
  Response response = ErrorResponse(error);
  if (error.code == ErrorCode::kUnavailable) {
    response.headers.Set("Retry-After", std::to_string(kRetryAfterSeconds));
  }
  return response;
}

}  // namespace

void AddViewRoutes(Router& router, app::Context& ctx,
                   const BackgroundSuggestions& suggestions) {
  // Today answers at once; its suggestions join once the first are worked
  // out ("suggestions_ready" says which).
  router.Add("GET", "/api/v1/today",
             [&ctx, &suggestions](const Request& request, const PathParams&) {
               if (Status s = OnlyParameters(request, {}); !s) {
                 return ErrorResponse(s.error());
               }
               auto ready = Ready(suggestions);
               auto today =
                   app::TodayWith(ctx, ready ? **ready : app::Suggestions{});
               if (!today) return ErrorResponse(today.error());
               Json doc = json::ToJson(*today);
               doc["suggestions_ready"] = ready.has_value();
               return JsonBody(200, doc);
             });
  router.Add("GET", "/api/v1/suggestions",
             [&suggestions](const Request& request, const PathParams&) {
               if (Status s = OnlyParameters(request, {}); !s) {
                 return ErrorResponse(s.error());
               }
               auto ready = Ready(suggestions);
               if (!ready) return StillLoading(ready.error());
               return JsonBody(200, json::ToJson(**ready));
             });
}

}  // namespace knoten::http
