// /api/v1/profile, /people, /offers and /needs.

#include <optional>
#include <string>
#include <utility>

#include "knoten/app/people.h"
#include "knoten/app/person_details.h"
#include "knoten/app/reflection.h"
#include "knoten/http/api_resource.h"
#include "knoten/http/api_routes.h"

namespace knoten::http {
namespace {

// ?person_id=N (that person's), ?mine=true (the user's own), ?active=true.
Result<store::OwnerFilter> ReadOwnerFilter(const Request& request) {
  store::OwnerFilter filter;
  KNOTEN_ASSIGN_OR_RETURN(auto person, ReadQueryId(request, "person_id"));
  KNOTEN_ASSIGN_OR_RETURN(auto mine, ReadQueryFlag(request, "mine"));
  KNOTEN_ASSIGN_OR_RETURN(auto active, ReadQueryFlag(request, "active"));
  if (person && mine.value_or(false)) {
    return InvalidArgumentError("Use either 'person_id' or 'mine', not both.");
  }
  if (person) {
    filter.scope = store::OwnerFilter::Scope::kPerson;
    filter.person_id = PersonId(*person);
  } else if (mine.value_or(false)) {
    filter.scope = store::OwnerFilter::Scope::kMine;
  }
  filter.active_only = active.value_or(false);
  return filter;
}

Result<store::PersonFilter> ReadPersonFilter(const Request& request) {
  store::PersonFilter filter;
  KNOTEN_ASSIGN_OR_RETURN(auto archived, ReadQueryFlag(request, "archived"));
  filter.include_archived = archived.value_or(false);
  filter.tag = ReadQueryText(request, "tag");
  KNOTEN_ASSIGN_OR_RETURN(auto network, ReadQueryId(request, "network_id"));
  if (network) filter.network_id = NetworkId(*network);
  return filter;
}

// The profile; an empty one before the user wrote any.
Result<core::Profile> ProfileOrEmpty(app::Context& ctx) {
  auto profile = app::GetProfile(ctx);
  if (!profile && profile.error().code == ErrorCode::kNotFound) {
    return core::Profile{};
  }
  return profile;
}

void AddProfileRoutes(Router& router, app::Context& ctx) {
  router.Add("GET", "/api/v1/profile",
             [&ctx](const Request&, const PathParams&) {
               return Reply(ProfileOrEmpty(ctx));
             });
  router.Add("PATCH", "/api/v1/profile",
             [&ctx](const Request& request, const PathParams&) {
               auto body = ReadBody(request);
               if (!body) return ErrorResponse(body.error());
               auto profile = ProfileOrEmpty(ctx);
               if (!profile) return ErrorResponse(profile.error());
               if (Status s = json::ApplyJson(*body, *profile); !s) {
                 return ErrorResponse(s.error());
               }
               return Reply(app::SaveProfile(ctx, std::move(*profile)));
             });
}

// GET /reflection: every item of the checklist (the list envelope, all ten);
// PUT /reflection/{item}: {"answer": "yes"|"partly"|"not_yet", "note"}.
void AddReflectionRoutes(Router& router, app::Context& ctx) {
  router.Add("GET", "/api/v1/reflection",
             [&ctx](const Request& request, const PathParams&) {
               if (Status s = OnlyParameters(request, {}); !s) {
                 return ErrorResponse(s.error());
               }
               auto checks = app::Reflection(ctx);
               if (!checks) return ErrorResponse(checks.error());
               Json items = Json::array();
               for (const auto& check : *checks) {
                 items.push_back(json::ToJson(check));
               }
               const auto total = static_cast<int64_t>(items.size());
               return JsonBody(200, {{"items", std::move(items)},
                                     {"total", total},
                                     {"limit", total},
                                     {"offset", 0}});
             });
  router.Add("PUT", "/api/v1/reflection/{item}",
             [&ctx](const Request& request, const PathParams& params) {
               auto item = core::ParseReflectionItem(params.at("item"));
               if (!item) {
                 return ErrorResponse(NotFoundError(
                     "No such item of the reflection checklist: " +
                     item.error().message));
               }
               auto body = ReadBody(request);
               if (!body) return ErrorResponse(body.error());
               if (!body->contains("answer")) {
                 return ErrorResponse(InvalidArgumentError(
                     "Send the answer: {\"answer\": \"yes\"}, \"partly\" or "
                     "\"not_yet\", and optionally a \"note\"."));
               }
               core::ReflectionEntry entry{.item = *item};
               if (Status s = json::ApplyJson(*body, entry); !s) {
                 return ErrorResponse(s.error());
               }
               return Reply(app::AnswerReflection(ctx, *item, entry.answer,
                                                  std::move(entry.note)));
             });
}

void AddPersonTimeline(Router& router, app::Context& ctx) {
  // The timeline needs no matching: no word lists.
  router.Add("GET", "/api/v1/people/{id}/timeline",
             [&ctx](const Request&, const PathParams& params) {
               auto id = ReadPathId(params);
               if (!id) return ErrorResponse(id.error());
               auto details = app::ShowPerson(ctx, PersonId(*id));
               if (!details) return ErrorResponse(details.error());
               Json doc = json::ToJson(*details);
               Json timeline = std::move(doc["timeline"]);
               const auto total = static_cast<int64_t>(timeline.size());
               return JsonBody(
                   200, {{"items", std::move(timeline)}, {"total", total}});
             });
}

}  // namespace

void AddPeopleRoutes(Router& router, app::Context& ctx,
                     const MatchWords& words) {
  AddProfileRoutes(router, ctx);
  AddReflectionRoutes(router, ctx);
  AddResource(
      router, ctx,
      Resource<core::Person, PersonId>{
          .path = "/api/v1/people",
          .filters = {"tag", "network_id", "archived"},
          .list = [&ctx](const Request& request, const store::Paging& paging)
              -> Result<store::Page<core::Person>> {
            KNOTEN_ASSIGN_OR_RETURN(auto filter, ReadPersonFilter(request));
            return app::ListPeople(ctx, filter, paging);
          },
          .search = [&ctx](const Request& request, std::string_view q,
                           const store::Paging& paging)
              -> Result<store::Page<core::Person>> {
            if (QueryParameter(request.query, "tag") ||
                QueryParameter(request.query, "network_id") ||
                QueryParameter(request.query, "archived")) {
              return InvalidArgumentError(
                  "A search ('q') cannot be combined with 'tag', "
                  "'network_id' or 'archived' yet; search, then filter.");
            }
            return app::SearchPeople(ctx, q, paging);
          },
          .get = app::GetPerson,
          .show =
              [&ctx, &words](PersonId id) {
                auto details = app::ShowPerson(ctx, id, words.ReadyOrNone());
                if (!details) return ErrorResponse(details.error());
                return JsonBody(200, json::ToJson(*details));
              },
          .add = app::AddPerson,
          .edit = app::EditPerson,
          .remove = app::DeletePerson,
      });
  AddPersonTimeline(router, ctx);
  AddResource(
      router, ctx,
      Resource<core::Offer, OfferId>{
          .path = "/api/v1/offers",
          .filters = {"person_id", "mine", "active"},
          .list = [&ctx](const Request& request, const store::Paging& paging)
              -> Result<store::Page<core::Offer>> {
            KNOTEN_ASSIGN_OR_RETURN(auto filter, ReadOwnerFilter(request));
            return app::ListOffers(ctx, filter, paging);
          },
          .get = app::GetOffer,
          .add = app::AddOffer,
          .edit = app::EditOffer,
          .remove = app::DeleteOffer,
      });
  AddResource(
      router, ctx,
      Resource<core::Need, NeedId>{
          .path = "/api/v1/needs",
          .filters = {"person_id", "mine", "active"},
          .list = [&ctx](const Request& request, const store::Paging& paging)
              -> Result<store::Page<core::Need>> {
            KNOTEN_ASSIGN_OR_RETURN(auto filter, ReadOwnerFilter(request));
            return app::ListNeeds(ctx, filter, paging);
          },
          .get = app::GetNeed,
          .add = app::AddNeed,
          .edit = app::EditNeed,
          .remove = app::DeleteNeed,
      });
}

}  // namespace knoten::http
