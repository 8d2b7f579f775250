#include "knoten/http/router.h"

#include <algorithm>
#include <utility>

#include "knoten/http/error_response.h"

namespace knoten::http {

std::vector<std::string_view> PathSegments(std::string_view path) {
  std::vector<std::string_view> segments;
  while (!path.empty()) {
    const size_t slash = path.find('/');
    const std::string_view segment = path.substr(0, slash);
    if (!segment.empty()) segments.push_back(segment);
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return segments;
}

void Router::Add(std::string method, std::string_view pattern,
                 Handler handler) {
  Entry route{.method = std::move(method), .handler = std::move(handler)};
  for (const std::string_view segment : PathSegments(pattern)) {
    route.segments.emplace_back(segment);
  }
  routes_.push_back(std::move(route));
}

std::optional<PathParams> Router::Match(
    const Entry& route, const std::vector<std::string_view>& path) {
  if (route.segments.size() != path.size()) return std::nullopt;
  PathParams params;
  for (size_t i = 0; i < path.size(); ++i) {
    const std::string& segment = route.segments[i];
    if (segment.size() > 2 && segment.front() == '{' && segment.back() == '}') {
      params.emplace(segment.substr(1, segment.size() - 2), path[i]);
    } else if (segment != path[i]) {
      return std::nullopt;
    }
  }
  return params;
}

Response Router::Route(const Request& request) const {
  const std::vector<std::string_view> path = PathSegments(request.path);
  std::string allowed;
  for (const Entry& route : routes_) {
    std::optional<PathParams> params = Match(route, path);
    if (!params) continue;
    // HEAD is answered as GET; the server drops the body.
    if (route.method == request.method ||
        (request.method == "HEAD" && route.method == "GET")) {
      return route.handler(request, *params);
    }
    if (!allowed.empty()) allowed += ", ";
    allowed += route.method;
  }
  if (allowed.empty()) {
    return ErrorResponse(404, "not_found",
                         "No such resource: " + request.path + ".");
  }
  Response response =
      ErrorResponse(405, "method_not_allowed",
                    request.method + " is not allowed on " + request.path +
                        "; use " + allowed + ".");
  response.headers.Set("Allow", allowed);
  return response;
}

bool Router::Matches(std::string_view path) const {
  const std::vector<std::string_view> segments = PathSegments(path);
  return std::ranges::any_of(routes_, [&](const Entry& route) {
    return Match(route, segments).has_value();
  });
}

}  // namespace knoten::http
