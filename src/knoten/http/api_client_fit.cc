// The factors of client fit the user judges, and pitching:
//   PUT    /api/v1/people/{id}/judgements/{factor}  {"value", "evidence",
//                                                    "note"}
//   DELETE /api/v1/people/{id}/judgements/{factor}
//   GET    /api/v1/people/{id}/pitch-check
//   POST   /api/v1/people/{id}/pitches              {"about",
//                                                    "despite_too_early"}
//   GET    /api/v1/relationships?order=&limit=&offset=
// A pitch that is too early is not recorded unless despite_too_early is
// true: 200 with "recorded": false and what to give first; 201 once
// recorded. The relationships list gives everyone's trust, client fit,
// give and take and keeping in touch, in one order (app/relationships.h).

#include <string>
#include <utility>
#include <vector>

#include "knoten/app/judgements.h"
#include "knoten/app/pitch.h"
#include "knoten/app/relationships.h"
#include "knoten/http/api_routes.h"
#include "knoten/http/api_support.h"
#include "knoten/http/error_response.h"
#include "knoten/http/free_memory.h"
#include "knoten/json/decode.h"

namespace knoten::http {
namespace {

Result<core::Judgement> ReadJudgement(const Request& request, PersonId person,
                                      core::JudgementFactor factor) {
  KNOTEN_ASSIGN_OR_RETURN(const Json body, ReadBody(request));
  if (!body.contains("value")) {
    return InvalidArgumentError(
        R"(Send the judgement as {"value": 0.8}, a number from 0 to 1, )"
        R"(optionally with "evidence" and "note".)");
  }
  core::Judgement judgement{.person_id = person, .factor = factor};
  KNOTEN_RETURN_IF_ERROR(json::ApplyJson(body, judgement));
  return judgement;
}

Response JudgementsReply(PersonId person,
                         const Result<std::vector<core::Judgement>>& result) {
  if (!result) return ErrorResponse(result.error());
  return JsonBody(200, json::JudgementsToJson(person, *result));
}

// The {id} and {factor} of a judgement's path.
Result<std::pair<PersonId, core::JudgementFactor>> JudgementPath(
    const PathParams& params) {
  KNOTEN_ASSIGN_OR_RETURN(const int64_t id, ReadPathId(params));
  auto factor = core::ParseJudgementFactor(params.at("factor"));
  if (!factor) return NotFoundError(factor.error().message);
  return std::pair(PersonId(id), *factor);
}

Response Pitch(app::Context& ctx, const MatchWords& words,
               const Request& request, PersonId person) {
  auto body = ReadBody(request);
  if (!body) return ErrorResponse(body.error());
  json::PitchInput input;
  if (Status s = json::ApplyJson(*body, input); !s) {
    return ErrorResponse(s.error());
  }
  auto outcome = app::PitchTo(ctx, person, std::move(input.about),
                              input.despite_too_early, words.ReadyOrNone());
  if (!outcome) return ErrorResponse(outcome.error());
  return JsonBody(outcome->pitch ? 201 : 200, json::ToJson(*outcome));
}

Response Relationships(app::Context& ctx, const MatchWords& words,
                       app::MatchIndex& index, const Request& request) {
  if (Status s = OnlyParameters(request, {"order", "limit", "offset"}); !s) {
    return ErrorResponse(s.error());
  }
  auto paging = ReadPaging(request);
  if (!paging) return ErrorResponse(paging.error());
  auto order = app::ParseRelationshipOrder(
      ReadQueryText(request, "order").value_or("trust"));
  if (!order) return ErrorResponse(order.error());
  // Before the word lists are loaded the fit finds the same words and stems
  // only; "client_fit_ready" says so.
  const bool ready = words.ready();
  auto page = app::ListRelationships(ctx, *order, *paging, index);
  ReturnFreedMemory();
  if (!page) return ErrorResponse(page.error());
  Json doc = PageJson(*page, *paging);
  doc["order"] = app::RelationshipOrderName(*order);
  doc["client_fit_ready"] = ready;
  return JsonBody(200, doc);
}

}  // namespace

void AddClientFitRoutes(Router& router, app::Context& ctx,
                        const MatchWords& words, app::MatchIndex& index) {
  router.Add("PUT", "/api/v1/people/{id}/judgements/{factor}",
             [&ctx](const Request& request, const PathParams& params) {
               auto path = JudgementPath(params);
               if (!path) return ErrorResponse(path.error());
               auto judgement =
                   ReadJudgement(request, path->first, path->second);
               if (!judgement) return ErrorResponse(judgement.error());
               return JudgementsReply(
                   path->first, app::JudgePerson(ctx, std::move(*judgement)));
             });
  router.Add("DELETE", "/api/v1/people/{id}/judgements/{factor}",
             [&ctx](const Request&, const PathParams& params) {
               auto path = JudgementPath(params);
               if (!path) return ErrorResponse(path.error());
               return JudgementsReply(
                   path->first,
                   app::ForgetJudgement(ctx, path->first, path->second));
             });
  router.Add(
      "GET", "/api/v1/people/{id}/pitch-check",
      [&ctx, &words](const Request&, const PathParams& params) {
        auto id = ReadPathId(params);
        if (!id) return ErrorResponse(id.error());
        return Reply(app::CheckPitch(ctx, PersonId(*id), words.ReadyOrNone()));
      });
  router.Add("GET", "/api/v1/relationships",
             [&ctx, &words, &index](const Request& request, const PathParams&) {
               return Relationships(ctx, words, index, request);
             });
  router.Add("POST", "/api/v1/people/{id}/pitches",
             [&ctx, &words](const Request& request, const PathParams& params) {
               auto id = ReadPathId(params);
               if (!id) return ErrorResponse(id.error());
               return Pitch(ctx, words, request, PersonId(*id));
             });
}

}  // namespace knoten::http
