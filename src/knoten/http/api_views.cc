// /api/v1/today and /api/v1/suggestions.

#include <string>

#include "knoten/app/suggestions.h"
#include "knoten/app/today.h"
#include "knoten/http/api_routes.h"
#include "knoten/http/api_support.h"

namespace knoten::http {
namespace {

constexpr int kRetryAfterSeconds = 2;

// The word lists as app::Suggest asks for them, or an error while they
// load (kUnavailable) or after loading failed.
Result<match::Lexicon> Lexicon(const MatchWords& words) {
  KNOTEN_ASSIGN_OR_RETURN(const app::MatchLexicon* lexicon, words.Get());
  if (lexicon == nullptr) {
    return UnavailableError(
        "The matching word lists are still loading; ask again in a moment.");
  }
  return lexicon->view();
}

Response StillLoading(const Error& error) {
  Response response = ErrorResponse(error);
  if (error.code == ErrorCode::kUnavailable) {
    response.headers.Set("Retry-After", std::to_string(kRetryAfterSeconds));
  }
  return response;
}

}  // namespace

void AddViewRoutes(Router& router, app::Context& ctx, const MatchWords& words) {
  // Today answers at once; its suggestions join once the words are loaded
  // ("suggestions_ready" says which).
  router.Add("GET", "/api/v1/today",
             [&ctx, &words](const Request& request, const PathParams&) {
               if (Status s = OnlyParameters(request, {}); !s) {
                 return ErrorResponse(s.error());
               }
               auto lexicon = Lexicon(words);
               const bool ready = lexicon.has_value();
               app::LexiconSource source;
               if (ready) source = [&lexicon] { return lexicon; };
               auto today = app::Today(ctx, source);
               if (!today) return ErrorResponse(today.error());
               Json doc = json::ToJson(*today);
               doc["suggestions_ready"] = ready;
               return JsonBody(200, doc);
             });
  router.Add("GET", "/api/v1/suggestions",
             [&ctx, &words](const Request& request, const PathParams&) {
               if (Status s = OnlyParameters(request, {}); !s) {
                 return ErrorResponse(s.error());
               }
               auto lexicon = Lexicon(words);
               if (!lexicon) return StillLoading(lexicon.error());
               return Reply(app::Suggest(ctx, *lexicon));
             });
}

}  // namespace knoten::http
