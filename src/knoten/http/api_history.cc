// /api/v1/encounters, /ledger, /introductions, /promises and /followups.

#include <optional>
#include <string>
#include <utility>

#include "knoten/app/balance.h"
#include "knoten/app/encounters.h"
#include "knoten/app/follow_ups.h"
#include "knoten/app/ledger.h"
#include "knoten/http/api_resource.h"
#include "knoten/http/api_routes.h"

namespace knoten::http {
namespace {

// POST /encounters takes an encounter plus "new_people" (app::Meet).
void AddEncounterRoutes(Router& router, app::Context& ctx) {
  AddResource(
      router, ctx,
      Resource<core::Encounter, EncounterId>{
          .path = "/api/v1/encounters",
          .filters = {"person_id", "event_id", "from"},
          .list = [&ctx](const Request& request, const store::Paging& paging)
              -> Result<store::Page<core::Encounter>> {
            store::EncounterFilter filter;
            KNOTEN_ASSIGN_OR_RETURN(auto person,
                                    ReadQueryId(request, "person_id"));
            KNOTEN_ASSIGN_OR_RETURN(auto event,
                                    ReadQueryId(request, "event_id"));
            KNOTEN_ASSIGN_OR_RETURN(filter.from,
                                    ReadQueryTime(request, "from"));
            if (person) filter.person_id = PersonId(*person);
            if (event) filter.event_id = EventId(*event);
            return app::ListEncounters(ctx, filter, paging);
          },
          .get = app::GetEncounter,
          .edit = app::EditEncounter,
          .remove = app::DeleteEncounter,
      });
  router.Add("POST", "/api/v1/encounters",
             [&ctx](const Request& request, const PathParams&) {
               auto body = ReadBody(request);
               if (!body) return ErrorResponse(body.error());
               app::Meeting meeting;
               meeting.encounter.occurred_at = ctx.clock.Now();
               if (Status s = json::ApplyJson(*body, meeting); !s) {
                 return ErrorResponse(s.error());
               }
               return Reply(app::Meet(ctx, std::move(meeting)), 201);
             });
}

void AddLedgerRoutes(Router& router, app::Context& ctx) {
  AddResource(
      router, ctx,
      Resource<core::LedgerEntry, LedgerEntryId>{
          .path = "/api/v1/ledger",
          .filters = {"person_id", "direction", "introduction_id", "from"},
          .list = [&ctx](const Request& request, const store::Paging& paging)
              -> Result<store::Page<core::LedgerEntry>> {
            store::LedgerFilter filter;
            KNOTEN_ASSIGN_OR_RETURN(auto person,
                                    ReadQueryId(request, "person_id"));
            KNOTEN_ASSIGN_OR_RETURN(auto intro,
                                    ReadQueryId(request, "introduction_id"));
            KNOTEN_ASSIGN_OR_RETURN(filter.from,
                                    ReadQueryTime(request, "from"));
            if (auto direction = QueryParameter(request.query, "direction")) {
              KNOTEN_ASSIGN_OR_RETURN(filter.direction,
                                      core::ParseDirection(*direction));
            }
            if (person) filter.person_id = PersonId(*person);
            if (intro) filter.introduction_id = IntroductionId(*intro);
            return app::ListLedger(ctx, filter, paging);
          },
          .get = app::GetLedgerEntry,
          .add = app::AddLedgerEntry,
          .edit = app::EditLedgerEntry,
          .remove = app::DeleteLedgerEntry,
          .defaults =
              [&ctx](core::LedgerEntry& e) { e.occurred_at = ctx.clock.Now(); },
      });
}

// POST /introductions: an introduction, optionally with the status it
// already has (e.g. "made"), which ProposeIntroduction then applies.
Response ProposeIntroduction(app::Context& ctx, const Request& request) {
  auto body = ReadBody(request);
  if (!body) return ErrorResponse(body.error());
  core::Introduction intro;
  std::optional<core::IntroductionStatus> status;
  if (auto it = body->find("status"); it != body->end()) {
    if (!it->is_string()) {
      return ErrorResponse(400, "invalid_argument",
                           "Field 'status' must be a string.");
    }
    auto parsed = core::ParseIntroductionStatus(it->get<std::string>());
    if (!parsed) return ErrorResponse(parsed.error());
    status = *parsed;
    body->erase(it);
  }
  if (Status s = json::ApplyJson(*body, intro); !s) {
    return ErrorResponse(s.error());
  }
  if (status) intro.status = *status;
  return Reply(app::ProposeIntroduction(ctx, intro), 201);
}

// PATCH /introductions/{id} {"status": ...}: the only change an
// introduction takes after its proposal (it may write ledger entries).
Response ChangeIntroductionStatus(app::Context& ctx, const Request& request,
                                  const PathParams& params) {
  auto id = ReadPathId(params);
  if (!id) return ErrorResponse(id.error());
  auto body = ReadBody(request);
  if (!body) return ErrorResponse(body.error());
  const auto status = body->find("status");
  if (body->size() != 1 || status == body->end() || !status->is_string()) {
    return ErrorResponse(400, "invalid_argument",
                         R"(Send {"status": "..."}; an introduction changes )"
                         "only its status.");
  }
  auto parsed = core::ParseIntroductionStatus(status->get<std::string>());
  if (!parsed) return ErrorResponse(parsed.error());
  return Reply(app::SetIntroductionStatus(ctx, IntroductionId(*id), *parsed));
}

// Introductions change only their status after the proposal (PATCH
// {"status": ...}), which may write ledger entries.
void AddIntroductionRoutes(Router& router, app::Context& ctx) {
  AddResource(
      router, ctx,
      Resource<core::Introduction, IntroductionId>{
          .path = "/api/v1/introductions",
          .filters = {"person_id", "status"},
          .list = [&ctx](const Request& request, const store::Paging& paging)
              -> Result<store::Page<core::Introduction>> {
            store::IntroductionFilter filter;
            KNOTEN_ASSIGN_OR_RETURN(auto person,
                                    ReadQueryId(request, "person_id"));
            if (auto status = QueryParameter(request.query, "status")) {
              KNOTEN_ASSIGN_OR_RETURN(filter.status,
                                      core::ParseIntroductionStatus(*status));
            }
            if (person) filter.person_id = PersonId(*person);
            return app::ListIntroductions(ctx, filter, paging);
          },
          .get = app::GetIntroduction,
          .remove = app::DeleteIntroduction,
      });
  router.Add("POST", "/api/v1/introductions",
             [&ctx](const Request& request, const PathParams&) {
               return ProposeIntroduction(ctx, request);
             });
  router.Add("PATCH", "/api/v1/introductions/{id}",
             [&ctx](const Request& request, const PathParams& params) {
               return ChangeIntroductionStatus(ctx, request, params);
             });
}

// ?person_id, ?status and ?due_before: the filter of promises and of
// follow-ups alike.
template <typename Filter, typename StatusEnum>
Result<Filter> ReadDueFilter(
    const Request& request,
    Result<StatusEnum> (*parse_status)(std::string_view)) {
  Filter filter;
  KNOTEN_ASSIGN_OR_RETURN(auto person, ReadQueryId(request, "person_id"));
  KNOTEN_ASSIGN_OR_RETURN(filter.due_before,
                          ReadQueryTime(request, "due_before"));
  if (auto status = QueryParameter(request.query, "status")) {
    KNOTEN_ASSIGN_OR_RETURN(filter.status, parse_status(*status));
  }
  if (person) filter.person_id = PersonId(*person);
  return filter;
}

void AddPromiseRoutes(Router& router, app::Context& ctx) {
  AddResource(
      router, ctx,
      Resource<core::Promise, PromiseId>{
          .path = "/api/v1/promises",
          .filters = {"person_id", "status", "due_before"},
          .list = [&ctx](const Request& request, const store::Paging& paging)
              -> Result<store::Page<core::Promise>> {
            KNOTEN_ASSIGN_OR_RETURN(auto filter,
                                    (ReadDueFilter<store::PromiseFilter>(
                                        request, &core::ParsePromiseStatus)));
            return app::ListPromises(ctx, filter, paging);
          },
          .get = app::GetPromise,
          .add = app::AddPromise,
          .edit = app::EditPromise,
          .remove = app::DeletePromise,
      });
}

// A follow-up's status moves only as core::CheckFollowUpTransition allows.
Result<core::FollowUp> EditFollowUpChecked(
    app::Context& ctx, FollowUpId id,
    const app::Change<core::FollowUp>& change) {
  return app::EditFollowUp(ctx, id, [&](core::FollowUp& f) -> Status {
    const core::FollowUpStatus before = f.status;
    KNOTEN_RETURN_IF_ERROR(change(f));
    if (f.status == before) return OkStatus();
    return core::CheckFollowUpTransition(before, f.status);
  });
}

void AddFollowUpRoutes(Router& router, app::Context& ctx) {
  AddResource(
      router, ctx,
      Resource<core::FollowUp, FollowUpId>{
          .path = "/api/v1/followups",
          .filters = {"person_id", "status", "due_before"},
          .list = [&ctx](const Request& request, const store::Paging& paging)
              -> Result<store::Page<core::FollowUp>> {
            KNOTEN_ASSIGN_OR_RETURN(auto filter,
                                    (ReadDueFilter<store::FollowUpFilter>(
                                        request, &core::ParseFollowUpStatus)));
            return app::ListFollowUps(ctx, filter, paging);
          },
          .get = app::GetFollowUp,
          .add = app::AddFollowUp,
          .edit = EditFollowUpChecked,
          .remove = app::DeleteFollowUp,
      });
}

}  // namespace

// GET /balance?person_id=&from=: give and take, overall or with a person.
void AddBalanceRoute(Router& router, app::Context& ctx) {
  router.Add(
      "GET", "/api/v1/balance",
      [&ctx](const Request& request, const PathParams&) -> Response {
        if (Status s = OnlyParameters(request, {"person_id", "from"}); !s) {
          return ErrorResponse(s.error());
        }
        app::BalanceQuery query;
        auto person = ReadQueryId(request, "person_id");
        if (!person) return ErrorResponse(person.error());
        if (*person) query.person_id = PersonId(**person);
        auto from = ReadQueryTime(request, "from");
        if (!from) return ErrorResponse(from.error());
        query.from = *from;
        return Reply(app::LedgerBalance(ctx, query));
      });
}

void AddHistoryRoutes(Router& router, app::Context& ctx) {
  AddEncounterRoutes(router, ctx);
  AddLedgerRoutes(router, ctx);
  AddBalanceRoute(router, ctx);
  AddIntroductionRoutes(router, ctx);
  AddPromiseRoutes(router, ctx);
  AddFollowUpRoutes(router, ctx);
}

}  // namespace knoten::http
