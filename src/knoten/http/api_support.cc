#include "knoten/http/api_support.h"

#include <algorithm>
#include <charconv>
#include <string>

#include "knoten/base/text.h"

namespace knoten::http {
namespace {

// A whole number in `text`, or nullopt.
std::optional<int64_t> ParseInteger(std::string_view text) {
  int64_t value = 0;
  const auto [end, error] =
      std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

// Lower case for ASCII and the German capitals Ä, Ö, Ü (UTF-8), enough for
// a substring search over names and titles.
std::string FoldCase(std::string_view text) {
  std::string out = AsciiLower(text);
  for (const auto& [upper, lower] :
       {std::pair{"\xC3\x84", "\xC3\xA4"}, std::pair{"\xC3\x96", "\xC3\xB6"},
        std::pair{"\xC3\x9C", "\xC3\xBC"}}) {
    for (size_t at = out.find(upper); at != std::string::npos;
         at = out.find(upper, at + 2)) {
      out.replace(at, 2, lower);
    }
  }
  return out;
}

bool ContainsFolded(const Json& value, const std::string& needle) {
  if (value.is_string()) {
    return FoldCase(value.get_ref<const std::string&>()).find(needle) !=
           std::string::npos;
  }
  if (value.is_structured()) {
    return std::ranges::any_of(
        value, [&](const Json& item) { return ContainsFolded(item, needle); });
  }
  return false;
}

}  // namespace

Response JsonBody(int status, const Json& doc) {
  return JsonResponse(status,
                      doc.dump(-1, ' ', false, Json::error_handler_t::replace));
}

Response NoContent() {
  Response response{.status = 204};
  response.headers.Set("Cache-Control", "no-store");
  return response;
}

Status OnlyParameters(const Request& request,
                      const std::vector<std::string_view>& allowed) {
  for (const std::string& name : QueryParameterNames(request.query)) {
    if (std::ranges::find(allowed, name) != allowed.end()) continue;
    std::string known;
    for (std::string_view a : allowed) {
      known += known.empty() ? "" : ", ";
      known += a;
    }
    std::string message = "Unknown query parameter '" + name + "'";
    message += "; this call knows: " + known + ".";
    return InvalidArgumentError(std::move(message));
  }
  return OkStatus();
}

Result<store::Paging> ReadPaging(const Request& request) {
  store::Paging paging{.limit = kDefaultPageSize};
  if (auto text = QueryParameter(request.query, "limit")) {
    const auto limit = ParseInteger(*text);
    if (!limit || *limit < 1 || *limit > kMaxPageSize) {
      return InvalidArgumentError("'limit' must be a whole number from 1 to " +
                                  std::to_string(kMaxPageSize) + ".");
    }
    paging.limit = *limit;
  }
  if (auto text = QueryParameter(request.query, "offset")) {
    const auto offset = ParseInteger(*text);
    if (!offset || *offset < 0) {
      return InvalidArgumentError(
          "'offset' must be a whole number, 0 or more.");
    }
    paging.offset = *offset;
  }
  return paging;
}

Result<int64_t> ReadPathId(const PathParams& params) {
  const auto it = params.find("id");
  const auto id = it == params.end() ? std::nullopt : ParseInteger(it->second);
  if (!id || *id <= 0) {
    return NotFoundError("No record has the id '" +
                         (it == params.end() ? std::string() : it->second) +
                         "'; ids are whole numbers above 0.");
  }
  return *id;
}

Result<std::optional<int64_t>> ReadQueryId(const Request& request,
                                           std::string_view name) {
  const auto text = QueryParameter(request.query, name);
  if (!text) return std::optional<int64_t>();
  const auto id = ParseInteger(*text);
  if (!id || *id <= 0) {
    return InvalidArgumentError("'" + std::string(name) +
                                "' must be an id (a whole number above 0).");
  }
  return std::optional<int64_t>(*id);
}

Result<std::optional<Timestamp>> ReadQueryTime(const Request& request,
                                               std::string_view name) {
  const auto text = QueryParameter(request.query, name);
  if (!text) return std::optional<Timestamp>();
  auto t = ParseIsoTimestamp(*text);
  if (!t) {
    return InvalidArgumentError("'" + std::string(name) +
                                "': " + t.error().message);
  }
  return std::optional<Timestamp>(*t);
}

Result<std::optional<bool>> ReadQueryFlag(const Request& request,
                                          std::string_view name) {
  const auto text = QueryParameter(request.query, name);
  if (!text) return std::optional<bool>();
  if (*text == "true") return std::optional<bool>(true);
  if (*text == "false") return std::optional<bool>(false);
  return InvalidArgumentError("'" + std::string(name) +
                              "' must be true or false.");
}

std::optional<std::string> ReadQueryText(const Request& request,
                                         std::string_view name) {
  auto text = QueryParameter(request.query, name);
  if (!text || Trim(*text).empty()) return std::nullopt;
  return std::string(Trim(*text));
}

bool JsonContainsText(const Json& record, std::string_view needle) {
  return ContainsFolded(record, FoldCase(needle));
}

Result<Json> ReadBody(const Request& request) {
  return json::ParseObject(request.body);
}

}  // namespace knoten::http
