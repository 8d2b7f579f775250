// /api/v1/networks (with their members), /events (with event mode's
// captures) and /network-report.

#include <utility>

#include "knoten/app/encounters.h"
#include "knoten/app/network_report.h"
#include "knoten/app/networks.h"
#include "knoten/http/api_resource.h"
#include "knoten/http/api_routes.h"
#include "knoten/http/free_memory.h"

namespace knoten::http {
namespace {

Result<store::EventFilter> ReadEventFilter(const Request& request) {
  store::EventFilter filter;
  KNOTEN_ASSIGN_OR_RETURN(auto network, ReadQueryId(request, "network_id"));
  KNOTEN_ASSIGN_OR_RETURN(auto attendee, ReadQueryId(request, "attendee"));
  KNOTEN_ASSIGN_OR_RETURN(filter.from, ReadQueryTime(request, "from"));
  KNOTEN_ASSIGN_OR_RETURN(filter.until, ReadQueryTime(request, "until"));
  if (network) filter.network_id = NetworkId(*network);
  if (attendee) filter.attendee = PersonId(*attendee);
  return filter;
}

void AddMemberRoutes(Router& router, app::Context& ctx) {
  router.Add("GET", "/api/v1/networks/{id}/members",
             [&ctx](const Request&, const PathParams& params) {
               auto id = ReadPathId(params);
               if (!id) return ErrorResponse(id.error());
               auto members = app::Members(ctx, NetworkId(*id));
               if (!members) return ErrorResponse(members.error());
               return JsonBody(200, json::ListToJson(*members));
             });
  router.Add("POST", "/api/v1/networks/{id}/members",
             [&ctx](const Request& request, const PathParams& params) {
               auto id = ReadPathId(params);
               if (!id) return ErrorResponse(id.error());
               auto membership = NewRecord<core::Membership>(
                   request, [&](core::Membership& m) {
                     m.network_id = NetworkId(*id);
                     m.role = "member";
                   });
               if (!membership) return ErrorResponse(membership.error());
               if (membership->network_id != NetworkId(*id)) {
                 return ErrorResponse(
                     400, "invalid_argument",
                     "'network_id' differs from the network in the path.");
               }
               return Reply(app::Join(ctx, std::move(*membership)), 201);
             });
  router.Add("DELETE", "/api/v1/memberships/{id}",
             [&ctx](const Request&, const PathParams& params) {
               auto id = ReadPathId(params);
               if (!id) return ErrorResponse(id.error());
               return Reply(app::Leave(ctx, MembershipId(*id)));
             });
}

// Event mode: POST /events/{id}/captures {"name", "offers", "needs",
// "note"} stores a person met there, with their offer and need, at once.
void AddCaptureRoute(Router& router, app::Context& ctx) {
  router.Add("POST", "/api/v1/events/{id}/captures",
             [&ctx](const Request& request, const PathParams& params) {
               auto id = ReadPathId(params);
               if (!id) return ErrorResponse(id.error());
               auto body = ReadBody(request);
               if (!body) return ErrorResponse(body.error());
               app::Capture capture{.event_id = EventId(*id)};
               if (Status s = json::ApplyJson(*body, capture); !s) {
                 return ErrorResponse(s.error());
               }
               return Reply(app::CaptureAtEvent(ctx, capture), 201);
             });
}

Result<app::NetworkReportQuery> ReadReportQuery(const Request& request) {
  KNOTEN_RETURN_IF_ERROR(
      OnlyParameters(request, {"from", "until", "network_id"}));
  app::NetworkReportQuery query;
  KNOTEN_ASSIGN_OR_RETURN(query.from, ReadQueryTime(request, "from"));
  KNOTEN_ASSIGN_OR_RETURN(query.until, ReadQueryTime(request, "until"));
  KNOTEN_ASSIGN_OR_RETURN(auto network, ReadQueryId(request, "network_id"));
  if (network) query.network_id = NetworkId(*network);
  return query;
}

}  // namespace

// GET /network-report?from=&until=&network_id=: every network's figures,
// and whether the expertise fit used the full word lists.
void AddNetworkReportRoute(Router& router, app::Context& ctx,
                           const MatchWords& words, app::MatchIndex& index) {
  router.Add("GET", "/api/v1/network-report",
             [&ctx, &words, &index](const Request& request, const PathParams&) {
               auto query = ReadReportQuery(request);
               if (!query) return ErrorResponse(query.error());
               // Before the word lists are loaded the expertise fit finds the
               // same words and stems only; "expertise_fit_ready" says so.
               const bool ready = words.ready();
               auto reports = app::ReportNetworks(ctx, *query, index);
               ReturnFreedMemory();
               if (!reports) return ErrorResponse(reports.error());
               Json doc = json::ToJson(*reports);
               doc["expertise_fit_ready"] = ready;
               return JsonBody(200, doc);
             });
}

void AddNetworkRoutes(Router& router, app::Context& ctx) {
  AddResource(router, ctx,
              Resource<core::Network, NetworkId>{
                  .path = "/api/v1/networks",
                  .list =
                      [&ctx](const Request&, const store::Paging& paging) {
                        return app::ListNetworks(ctx, paging);
                      },
                  .get = app::GetNetwork,
                  .add = app::AddNetwork,
                  .edit = app::EditNetwork,
                  .remove = app::DeleteNetwork,
              });
  AddMemberRoutes(router, ctx);
  AddCaptureRoute(router, ctx);
  AddResource(
      router, ctx,
      Resource<core::Event, EventId>{
          .path = "/api/v1/events",
          .filters = {"network_id", "attendee", "from", "until"},
          .list = [&ctx](const Request& request, const store::Paging& paging)
              -> Result<store::Page<core::Event>> {
            KNOTEN_ASSIGN_OR_RETURN(auto filter, ReadEventFilter(request));
            return app::ListEvents(ctx, filter, paging);
          },
          .get = app::GetEvent,
          .add = app::AddEvent,
          .edit = app::EditEvent,
          .remove = app::DeleteEvent,
      });
}

}  // namespace knoten::http
