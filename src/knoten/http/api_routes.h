// The API's resources under /api/v1, one function per group, each adding
// its routes to the router of calls that need a session. Names, fields and
// the list envelope are the CLI's (knoten/json); lists take "limit",
// "offset" and a text "q", plus the filters named in openapi.json.

#ifndef KNOTEN_HTTP_API_ROUTES_H_
#define KNOTEN_HTTP_API_ROUTES_H_

#include "knoten/app/context.h"
#include "knoten/app/match_index.h"
#include "knoten/http/background_suggestions.h"
#include "knoten/http/match_words.h"
#include "knoten/http/router.h"

namespace knoten::http {

// /profile, /people, /people/{id}, /people/{id}/timeline, /offers, /needs;
// a person's client fit matches with `words` once they are loaded.
void AddPeopleRoutes(Router& router, app::Context& ctx,
                     const MatchWords& words);

// /people/{id}/judgements/{factor}, /people/{id}/pitch-check,
// /people/{id}/pitches, /relationships; the relationships' client fit
// comes from `index`.
void AddClientFitRoutes(Router& router, app::Context& ctx,
                        const MatchWords& words, app::MatchIndex& index);

// /networks, /networks/{id}/members, /memberships/{id}, /events
void AddNetworkRoutes(Router& router, app::Context& ctx);

// /network-report; the expertise fit comes from `index`, which matches
// with `words` once they are loaded.
void AddNetworkReportRoute(Router& router, app::Context& ctx,
                           const MatchWords& words, app::MatchIndex& index);

// /encounters, /ledger, /introductions, /promises, /followups
void AddHistoryRoutes(Router& router, app::Context& ctx);

// /today and /suggestions from `suggestions`; both answer at once before
// the first are worked out (today without suggestions, /suggestions with
// 503 and Retry-After).
void AddViewRoutes(Router& router, app::Context& ctx,
                   const BackgroundSuggestions& suggestions);

// /import (a contact file in the body; dry_run previews) and /export (every
// person as vCard or CSV, a file to save).
void AddInteropRoutes(Router& router, app::Context& ctx);
// The public GET of a calendar feed (the token in the path is the key).
void AddCalendarFeedRoute(Router& router, app::Context& ctx);

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_API_ROUTES_H_
