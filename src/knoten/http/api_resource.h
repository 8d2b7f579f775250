// AddResource: the five routes of a plain record type, wired to its app use
// cases:
//   GET    {path}        the list envelope (limit, offset, q, filters)
//   POST   {path}        create from a JSON object → 201 with the record
//   GET    {path}/{id}   one record
//   PATCH  {path}/{id}   change the fields given → the record
//   DELETE {path}/{id}   → 204
// Routes whose use case is left empty are not added. Included only by
// http's api_*.cc files.

#ifndef KNOTEN_HTTP_API_RESOURCE_H_
#define KNOTEN_HTTP_API_RESOURCE_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/http/api_support.h"

namespace knoten::http {

template <typename Record, typename RecordId>
struct Resource {
  std::string path;  // "/api/v1/offers"
  // The list's own query parameters, besides limit, offset and q.
  std::vector<std::string_view> filters;
  // Reads the filters from the request and lists one page.
  std::function<Result<store::Page<Record>>(const Request&,
                                            const store::Paging&)>
      list;
  // Lists the page of records matching a text "q", where the store can
  // search; empty: the records whose JSON contains the text.
  std::function<Result<store::Page<Record>>(const Request&, std::string_view q,
                                            const store::Paging&)>
      search;
  std::function<Result<Record>(app::Context&, RecordId)> get;
  // Answers GET {path}/{id} instead of `get` (e.g. with related records).
  std::function<Response(RecordId)> show;
  std::function<Result<Record>(app::Context&, Record)> add;
  std::function<Result<Record>(app::Context&, RecordId,
                               const app::Change<Record>&)>
      edit;
  std::function<Status(app::Context&, RecordId)> remove;
  // Sets what a new record needs before the body's fields apply (e.g. a
  // time of "now"); may be empty.
  std::function<void(Record&)> defaults;
};

// A new record from the request body: defaults, then the body's fields.
template <typename Record>
Result<Record> NewRecord(const Request& request,
                         const std::function<void(Record&)>& defaults) {
  KNOTEN_ASSIGN_OR_RETURN(Json body, ReadBody(request));
  Record record;
  if (defaults) defaults(record);
  KNOTEN_RETURN_IF_ERROR(json::ApplyJson(body, record));
  return record;
}

namespace resource_internal {

template <typename Record, typename RecordId>
using Shared = std::shared_ptr<const Resource<Record, RecordId>>;

template <typename Record, typename RecordId>
Response List(const Resource<Record, RecordId>& r, const Request& request) {
  std::vector<std::string_view> known = {"limit", "offset", "q"};
  known.insert(known.end(), r.filters.begin(), r.filters.end());
  if (Status s = OnlyParameters(request, known); !s) {
    return ErrorResponse(s.error());
  }
  if (auto q = ReadQueryText(request, "q"); q && r.search) {
    auto paging = ReadPaging(request);
    if (!paging) return ErrorResponse(paging.error());
    auto page = r.search(request, *q, *paging);
    if (!page) return ErrorResponse(page.error());
    return JsonBody(200, PageJson(*page, *paging));
  }
  return ListReply<Record>(request, [&](const store::Paging& paging) {
    return r.list(request, paging);
  });
}

template <typename Record, typename RecordId>
Response Create(const Resource<Record, RecordId>& r, app::Context& ctx,
                const Request& request) {
  auto record = NewRecord<Record>(request, r.defaults);
  if (!record) return ErrorResponse(record.error());
  return Reply(r.add(ctx, std::move(*record)), 201);
}

template <typename Record, typename RecordId>
Response Show(const Resource<Record, RecordId>& r, app::Context& ctx,
              const PathParams& params) {
  auto id = ReadPathId(params);
  if (!id) return ErrorResponse(id.error());
  if (r.show) return r.show(RecordId(*id));
  return Reply(r.get(ctx, RecordId(*id)));
}

template <typename Record, typename RecordId>
Response Change(const Resource<Record, RecordId>& r, app::Context& ctx,
                const Request& request, const PathParams& params) {
  auto id = ReadPathId(params);
  if (!id) return ErrorResponse(id.error());
  auto body = ReadBody(request);
  if (!body) return ErrorResponse(body.error());
  return Reply(r.edit(ctx, RecordId(*id), [&](Record& record) {
    return json::ApplyJson(*body, record);
  }));
}

template <typename Record, typename RecordId>
Response Remove(const Resource<Record, RecordId>& r, app::Context& ctx,
                const PathParams& params) {
  auto id = ReadPathId(params);
  if (!id) return ErrorResponse(id.error());
  return Reply(r.remove(ctx, RecordId(*id)));
}

}  // namespace resource_internal

template <typename Record, typename RecordId>
void AddResource(Router& router, app::Context& ctx,
                 Resource<Record, RecordId> r) {
  namespace ri = resource_internal;
  auto shared =
      std::make_shared<const Resource<Record, RecordId>>(std::move(r));
  const std::string item_path = shared->path + "/{id}";
  router.Add("GET", shared->path,
             [shared](const Request& request, const PathParams&) {
               return ri::List(*shared, request);
             });
  if (shared->add) {
    router.Add("POST", shared->path,
               [shared, &ctx](const Request& request, const PathParams&) {
                 return ri::Create(*shared, ctx, request);
               });
  }
  router.Add("GET", item_path,
             [shared, &ctx](const Request&, const PathParams& params) {
               return ri::Show(*shared, ctx, params);
             });
  if (shared->edit) {
    router.Add(
        "PATCH", item_path,
        [shared, &ctx](const Request& request, const PathParams& params) {
          return ri::Change(*shared, ctx, request, params);
        });
  }
  if (shared->remove) {
    router.Add("DELETE", item_path,
               [shared, &ctx](const Request&, const PathParams& params) {
                 return ri::Remove(*shared, ctx, params);
               });
  }
}

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_API_RESOURCE_H_
