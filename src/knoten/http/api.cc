#include "knoten/http/api.h"

#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "knoten/app/accounts.h"
#include "knoten/app/password.h"
#include "knoten/base/text.h"
#include "knoten/http/api_routes.h"
#include "knoten/http/error_response.h"

namespace knoten::http {

namespace {

using Json = nlohmann::json;

constexpr std::string_view kApiPrefix = "/api/";

bool ChangesState(std::string_view method) {
  return method == "POST" || method == "PUT" || method == "PATCH" ||
         method == "DELETE";
}

// Whether an Origin header (if the browser sent one) names this server.
bool SameOrigin(const Request& request) {
  const auto origin = request.headers.Get("Origin");
  if (!origin) return true;
  const auto host = request.headers.Get("Host");
  if (!host) return false;
  const std::string expected =
      std::string(request.secure ? "https://" : "http://") + std::string(*host);
  return EqualsIgnoringCase(*origin, expected);
}

std::string SessionCookie(const std::string& id, bool secure) {
  return std::string(kSessionCookie) + "=" + id +
         "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
}

Response Dump(int status, const Json& doc) {
  return JsonResponse(status,
                      doc.dump(-1, ' ', false, Json::error_handler_t::replace));
}

// {"username": "...", "password": "..."} and nothing else.
Result<std::pair<std::string, std::string>> ParseLogin(std::string_view body) {
  const Json doc = Json::parse(body, nullptr, /*allow_exceptions=*/false);
  const auto bad = [] {
    return InvalidArgumentError(
        R"(Send {"username": "...", "password": "..."} as JSON.)");
  };
  if (!doc.is_object()) return bad();
  for (const auto& [key, value] : doc.items()) {
    if (key != "username" && key != "password") {
      return InvalidArgumentError("Unknown field '" + key +
                                  "'; a login has only username and "
                                  "password.");
    }
    if (!value.is_string()) return bad();
  }
  if (!doc.contains("username") || !doc.contains("password")) return bad();
  return std::make_pair(doc["username"].get<std::string>(),
                        doc["password"].get<std::string>());
}

// Every query parameter's name and value must decode (percent escapes)
// to valid UTF-8.
Status CheckQuery(std::string_view query) {
  for (const std::string_view pair : QueryPairs(query)) {
    const auto decoded = PercentDecode(pair, /*plus_is_space=*/true);
    if (!decoded || !IsValidUtf8(*decoded)) {
      return InvalidArgumentError(
          "The query string is malformed (a bad %-escape or invalid UTF-8).");
    }
  }
  return OkStatus();
}

// Whether a GET's answer depends on the stored data only (and on who asks):
// not the session's, not today's, not the reflection checklist's, not the
// network report's and not the relationships' (their figures depend on the
// time: the report's period ends now unless it is given, trust fades); and
// not the exports, files to save that may be as large as the database.
bool IsCacheable(std::string_view path) {
  return path != "/api/v1/session" && path != "/api/v1/today" &&
         path != "/api/v1/reflection" && path != "/api/v1/network-report" &&
         path != "/api/v1/relationships" && path != "/api/v1/export";
}

// Whether the request comes from this computer itself, not through a
// proxy (which would make every client look local).
bool FromThisComputer(const Request& request) {
  if (request.headers.Get("X-Forwarded-For") ||
      request.headers.Get("Forwarded")) {
    return false;
  }
  const std::string_view peer = request.peer;
  return peer.starts_with("127.") || peer == "::1" ||
         peer.starts_with("::ffff:127.");
}

}  // namespace

Api::Api(app::Context& ctx, std::shared_ptr<const StaticFiles> assets,
         MatchWords::Loader load_match_words)
    : ctx_(ctx),
      assets_(std::move(assets)),
      sessions_(ctx.clock),
      limiter_(ctx.clock),
      idempotency_(ctx.clock),
      match_words_(std::move(load_match_words)),
      match_index_(match_words_.ReadyOrNone()),
      suggestions_(ctx, match_words_, match_index_) {
  public_.Add(
      "GET", "/api/v1/openapi.json", [](const Request&, const PathParams&) {
        Response response = JsonResponse(200, std::string(OpenApiDocument()));
        response.headers.Set("Cache-Control", "no-cache");
        return response;
      });
  public_.Add("POST", "/api/v1/session",
              [this](const Request& r, const PathParams&) { return LogIn(r); });
  public_.Add(
      "GET", "/api/v1/setup", [this](const Request& r, const PathParams&) {
        auto any = app::HasAccounts(ctx_);
        if (!any) return ErrorResponse(any.error());
        return Dump(200, {{"needs_account", !*any},
                          {"allowed_here", !*any && FromThisComputer(r)}});
      });
  public_.Add("POST", "/api/v1/setup",
              [this](const Request& r, const PathParams&) { return SetUp(r); });
  AddCalendarFeedRoute(public_, ctx_);
  private_.Add(
      "GET", "/api/v1/session",
      [this](const Request& r, const PathParams&) { return WhoAmI(r); });
  private_.Add(
      "DELETE", "/api/v1/session",
      [this](const Request& r, const PathParams&) { return LogOut(r); });
  AddPeopleRoutes(private_, ctx_, match_words_);
  AddClientFitRoutes(private_, ctx_, match_words_, match_index_);
  AddNetworkRoutes(private_, ctx_);
  AddNetworkReportRoute(private_, ctx_, match_words_, match_index_);
  AddHistoryRoutes(private_, ctx_);
  AddInteropRoutes(private_, ctx_);
  AddViewRoutes(private_, ctx_, suggestions_);
}

Response Api::Handle(Request request) {
  const bool api =
      request.path.starts_with(kApiPrefix) || request.path + "/" == kApiPrefix;
  if (api) return HandleApi(request);
  if (assets_ != nullptr) {
    if (auto response = assets_->Serve(request)) return std::move(*response);
    return ErrorResponse(404, "not_found",
                         "No such file: " + request.path + ".");
  }
  return ErrorResponse(404, "not_found",
                       "The web app is not built here; the API answers "
                       "under /api/v1 (see /api/v1/openapi.json).");
}

Response Api::HandleApi(Request& request) {
  const bool changes = ChangesState(request.method);
  if (changes && !SameOrigin(request)) {
    return ErrorResponse(403, "permission_denied",
                         "The request came from another site (Origin); it "
                         "was refused.");
  }
  if (public_.Matches(request.path)) {
    Response response = public_.Route(request);
    // A public path may have private methods (GET and DELETE session).
    if (response.status != 405 || !private_.Matches(request.path)) {
      return response;
    }
  }
  const std::optional<std::string> id = SessionId(request);
  std::optional<Session> session;
  if (id) session = sessions_.Find(*id);
  if (!session) {
    return ErrorResponse(401, "unauthenticated",
                         "Log in first (POST /api/v1/session); the session "
                         "is missing or has expired.");
  }
  if (changes &&
      !app::SameToken(request.headers.Get("X-CSRF-Token").value_or(""),
                      session->csrf_token)) {
    return ErrorResponse(403, "permission_denied",
                         "The X-CSRF-Token header is missing or wrong; send "
                         "the token the login answered.");
  }
  request.account = session->account;
  request.username = session->username;
  request.csrf_token = session->csrf_token;
  if (Status s = CheckQuery(request.query); !s) return ErrorResponse(s.error());
  if (request.method == "GET" && IsCacheable(request.path)) {
    return CachedRead(request);
  }
  Response response =
      request.method == "POST"
          ? idempotency_.Run(request, request.account,
                             [&] { return private_.Route(request); })
          : private_.Route(request);
  if (changes) suggestions_.Poke();
  return response;
}

Response Api::CachedRead(const Request& request) {
  auto version = ctx_.store.Version();
  if (!version) return ErrorResponse(version.error());
  // The day is part of the key: a person's trust fades and its cap of time
  // known rises with the days, so a cached page lives at most until midnight
  // (UTC) even without a write. So is whether the word lists are loaded:
  // client fit matches with them once they are.
  const int64_t day = ctx_.clock.Now().unix_seconds() / kSecondsPerDay;
  const std::string key = std::to_string(request.account.value()) + " " +
                          std::to_string(day) +
                          (match_words_.ready() ? " w " : " - ") +
                          request.path + "?" + request.query;
  std::optional<Response> response = read_cache_.Find(key, *version);
  if (!response) {
    response = private_.Route(request);
    read_cache_.Put(key, *version, *response);
  }
  const auto etag = response->headers.Get("ETag");
  if (response->status == 200 && etag && MatchesETag(request, *etag)) {
    response->status = 304;
    response->body.clear();
  }
  return std::move(*response);
}

std::optional<std::string> Api::SessionId(const Request& request) {
  const auto cookies = request.headers.Get("Cookie");
  if (!cookies) return std::nullopt;
  const auto id = CookieValue(*cookies, kSessionCookie);
  if (!id || id->empty()) return std::nullopt;
  return std::string(*id);
}

Response Api::LogIn(const Request& request) {
  auto login = ParseLogin(request.body);
  if (!login) return ErrorResponse(login.error());
  auto& [username, password] = *login;
  const std::string key = AsciiLower(Trim(username));
  if (const int64_t wait = limiter_.WaitSeconds(key, request.peer); wait > 0) {
    Response response = ErrorResponse(429, "too_many_requests",
                                      "Too many failed logins; try again in " +
                                          std::to_string(wait) + " seconds.");
    response.headers.Set("Retry-After", std::to_string(wait));
    return response;
  }
  auto account = app::CheckLogin(ctx_, username, password);
  if (!account) {
    if (account.error().code == ErrorCode::kUnauthenticated) {
      limiter_.Failed(key, request.peer);
    }
    return ErrorResponse(account.error());
  }
  limiter_.Succeeded(key);
  return StartSession(request, *account, 200);
}

Response Api::SetUp(const Request& request) {
  if (!FromThisComputer(request)) {
    return ErrorResponse(
        403, "permission_denied",
        "The first account can only be created on the "
        "computer knoten runs on (open http://127.0.0.1:"
        "PORT/ there), or with 'knoten init --password-stdin'.");
  }
  auto login = ParseLogin(request.body);
  if (!login) return ErrorResponse(login.error());
  auto account = app::CreateOwnerAccount(ctx_, login->first, login->second);
  if (!account) return ErrorResponse(account.error());
  return StartSession(request, *account, 201);
}

Response Api::StartSession(const Request& request,
                           const app::AccountSummary& account, int status) {
  // A new session id at every login; the one the browser had ends.
  if (auto old = SessionId(request)) sessions_.End(*old);
  const auto [id, session] = sessions_.Start(account.id, account.username);
  Response response = Dump(status, {{"username", account.username},
                                    {"csrf_token", session.csrf_token}});
  response.headers.Set("Set-Cookie", SessionCookie(id, request.secure));
  return response;
}

Response Api::WhoAmI(const Request& request) {
  return Dump(200, {{"username", request.username},
                    {"csrf_token", request.csrf_token}});
}

Response Api::LogOut(const Request& request) {
  sessions_.End(*SessionId(request));
  Response response{.status = 204};
  response.headers.Set("Set-Cookie",
                       std::string(kSessionCookie) +
                           "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" +
                           (request.secure ? "; Secure" : ""));
  response.headers.Set("Cache-Control", "no-store");
  return response;
}

RequestHandler MakeKnotenHandler(app::Context& ctx,
                                 std::shared_ptr<const StaticFiles> assets,
                                 MatchWords::Loader load_match_words) {
  auto api = std::make_shared<Api>(ctx, std::move(assets),
                                   std::move(load_match_words));
  return [api](Request request) { return api->Handle(std::move(request)); };
}

}  // namespace knoten::http
