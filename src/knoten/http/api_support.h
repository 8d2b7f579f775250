// Helpers shared by the API's resource handlers (api_*.cc): reading ids,
// query parameters, paging and bodies; answering with records, lists and
// errors in the CLI's shapes. Included only by http's .cc files (it brings
// nlohmann/json through the json module).

#ifndef KNOTEN_HTTP_API_SUPPORT_H_
#define KNOTEN_HTTP_API_SUPPORT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "knoten/base/result.h"
#include "knoten/base/time.h"
#include "knoten/http/error_response.h"
#include "knoten/http/message.h"
#include "knoten/http/router.h"
#include "knoten/json/codec.h"
#include "knoten/json/decode.h"
#include "knoten/store/list_options.h"

namespace knoten::http {

using json::Json;

inline constexpr int64_t kDefaultPageSize = 50;
inline constexpr int64_t kMaxPageSize = 500;

// `doc` as the body of a JSON response (compact, invalid UTF-8 replaced).
Response JsonBody(int status, const Json& doc);

// 204 without a body.
Response NoContent();

// The record as JSON with `status`, or the error document.
template <typename T>
Response Reply(Result<T> result, int status = 200) {
  if (!result) return ErrorResponse(result.error());
  return JsonBody(status, json::ToJson(*result));
}

inline Response Reply(const Status& status) {
  if (!status) return ErrorResponse(status.error());
  return NoContent();
}

// kInvalidArgument naming the first query parameter not in `allowed`.
Status OnlyParameters(const Request& request,
                      const std::vector<std::string_view>& allowed);

// "limit" (1..500, default 50) and "offset" (0 or more).
Result<store::Paging> ReadPaging(const Request& request);

// The {id} of the path: a whole number above 0 (kNotFound otherwise, since
// no record has such an id).
Result<int64_t> ReadPathId(const PathParams& params);

// A query parameter that names a record id, if given.
Result<std::optional<int64_t>> ReadQueryId(const Request& request,
                                           std::string_view name);
// A query parameter holding an ISO 8601 date or time, if given.
Result<std::optional<Timestamp>> ReadQueryTime(const Request& request,
                                               std::string_view name);
// "true" or "false", if given.
Result<std::optional<bool>> ReadQueryFlag(const Request& request,
                                          std::string_view name);
// The text of a query parameter, if given and not blank.
std::optional<std::string> ReadQueryText(const Request& request,
                                         std::string_view name);

// Whether any string in `record` (at any depth) contains `needle`,
// ignoring case for ASCII and for the German umlauts.
bool JsonContainsText(const Json& record, std::string_view needle);

// The list envelope {"items": [...], "total": N, "limit": L, "offset": O}
// of `page`, whose items are ToJson'ed.
template <typename T>
Json PageJson(const store::Page<T>& page, const store::Paging& paging) {
  Json doc = json::ToJson(page);
  doc["limit"] = paging.limit.value_or(page.total);
  doc["offset"] = paging.offset;
  return doc;
}

// A list endpoint's answer. With a text `q`, `list` is asked for every
// record and the page is cut from those whose JSON contains the text;
// otherwise `list` gets the paging itself.
template <typename T, typename List>
Response ListReply(const Request& request, List&& list) {
  auto paging = ReadPaging(request);
  if (!paging) return ErrorResponse(paging.error());
  const std::optional<std::string> q = ReadQueryText(request, "q");
  if (!q) {
    Result<store::Page<T>> page = list(*paging);
    if (!page) return ErrorResponse(page.error());
    return JsonBody(200, PageJson(*page, *paging));
  }
  Result<store::Page<T>> all = list(store::Paging{});
  if (!all) return ErrorResponse(all.error());
  store::Page<T> page;
  for (T& item : all->items) {
    if (!JsonContainsText(json::ToJson(item), *q)) continue;
    if (page.total >= paging->offset &&
        std::cmp_less(page.items.size(), *paging->limit)) {
      page.items.push_back(std::move(item));
    }
    ++page.total;
  }
  return JsonBody(200, PageJson(page, *paging));
}

// The request body as a JSON object, or the error.
Result<Json> ReadBody(const Request& request);

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_API_SUPPORT_H_
