// Api: the knoten web server's request handler, the JSON API under /api/v1
// and the web app's files for everything else.
//
// Public without a session: the web app's files, the OpenAPI document
// (GET /api/v1/openapi.json), the first-visit setup (GET /api/v1/setup
// says whether an account is needed; POST creates the owner account and
// logs it in, only while there is none and only from the computer knoten
// runs on, never through a proxy) and logging in (POST /api/v1/session with
// {"username", "password"}: sets the session cookie, HttpOnly and
// SameSite=Strict, Secure over TLS, and answers {"username", "csrf_token"};
// a new session id at every login; failures counted by LoginLimiter).
// Every other /api/v1 call needs the session cookie (401 otherwise); every
// state-changing one (POST, PUT, PATCH, DELETE) also the X-CSRF-Token
// header of its session and, where the browser sends an Origin, one that
// names this server (403 otherwise). GET /api/v1/session tells who is
// logged in (and the CSRF token again, for a reloaded page); DELETE logs
// out.
//
// GET answers are kept in a ReadCache while the store's Version() is
// unchanged, except those that depend on more than the data: the session
// and today (which depends on the time). They carry an ETag (a client that
// kept its copy gets 304 for If-None-Match) but stay "no-store", so that
// the browser does not write people's details to its disk cache.
//
// Thread-safety: Handle() may run on many threads at once.

#ifndef KNOTEN_HTTP_API_H_
#define KNOTEN_HTTP_API_H_

#include <memory>
#include <string_view>

#include "knoten/app/accounts.h"
#include "knoten/app/context.h"
#include "knoten/app/match_index.h"
#include "knoten/http/background_suggestions.h"
#include "knoten/http/idempotency.h"
#include "knoten/http/login_limiter.h"
#include "knoten/http/match_words.h"
#include "knoten/http/read_cache.h"
#include "knoten/http/router.h"
#include "knoten/http/server.h"
#include "knoten/http/sessions.h"
#include "knoten/http/static_files.h"

namespace knoten::http {

// The OpenAPI 3 document of the API (embedded from openapi.json).
std::string_view OpenApiDocument();

inline constexpr std::string_view kSessionCookie = "knoten_session";

class Api {
 public:
  // `ctx` must outlive the Api. `assets` may be null: then only the API
  // answers, and the web app's paths get 404 saying the app is not built.
  // `load_match_words` runs on a thread of its own (see MatchWords).
  Api(app::Context& ctx, std::shared_ptr<const StaticFiles> assets,
      MatchWords::Loader load_match_words);

  Response Handle(Request request);

 private:
  Response HandleApi(Request& request);
  Response LogIn(const Request& request);
  // POST /api/v1/setup: the owner account, on first visit from this
  // computer only; logs it in.
  Response SetUp(const Request& request);
  Response StartSession(const Request& request,
                        const app::AccountSummary& account, int status);
  static Response WhoAmI(const Request& request);
  Response LogOut(const Request& request);
  static std::optional<std::string> SessionId(const Request& request);
  // A GET of the API, from the ReadCache when it is current.
  Response CachedRead(const Request& request);

  app::Context& ctx_;
  std::shared_ptr<const StaticFiles> assets_;
  SessionTable sessions_;
  LoginLimiter limiter_;
  IdempotencyKeys idempotency_;
  ReadCache read_cache_;
  MatchWords match_words_;
  // What the relationships and the network report match, kept while the
  // server runs (docs/decisions/0005-matching-index-kept.md).
  app::MatchIndex match_index_;        // after match_words_: uses it
  BackgroundSuggestions suggestions_;  // after match_words_: uses it
  Router public_;
  Router private_;
};

// The import's body is a whole contact file (a vCard export with photos
// runs to megabytes): its limit beside the server's 1 MiB for the rest.
inline PathBodyLimit ImportBodyLimit() {
  return {.path = "/api/v1/import", .bytes = size_t{32} << 20U};
}

// Api::Handle as a RequestHandler (the Api is shared by the copies).
RequestHandler MakeKnotenHandler(app::Context& ctx,
                                 std::shared_ptr<const StaticFiles> assets,
                                 MatchWords::Loader load_match_words);

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_API_H_
