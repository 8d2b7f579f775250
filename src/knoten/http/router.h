// Router: picks the handler for a request by method and path pattern.
// Patterns are literal segments and "{name}" placeholders:
// "/api/v1/people/{id}". A path no pattern matches is 404; a path that
// matches under another method is 405 with an Allow header. Both answers
// carry the API's error document.
//
// Thread-safety: add routes before serving; Route() is const and may run
// on many threads at once.

#ifndef KNOTEN_HTTP_ROUTER_H_
#define KNOTEN_HTTP_ROUTER_H_

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knoten/http/message.h"

namespace knoten::http {

// The values of a pattern's placeholders, by name.
using PathParams = std::map<std::string, std::string, std::less<>>;
using Handler =
    std::function<Response(const Request& request, const PathParams& params)>;

class Router {
 public:
  // `pattern` starts with "/"; a segment "{name}" matches any one non-empty
  // segment.
  void Add(std::string method, std::string_view pattern, Handler handler);

  // The handler's response, or 404/405 as above.
  Response Route(const Request& request) const;

  // Whether any pattern matches `path`, under any method.
  bool Matches(std::string_view path) const;

 private:
  struct Entry {
    std::string method;
    std::vector<std::string> segments;
    Handler handler;
  };
  static std::optional<PathParams> Match(
      const Entry& route, const std::vector<std::string_view>& path);

  std::vector<Entry> routes_;
};

// "/a/b/" → {"a", "b"}; empty segments are dropped.
std::vector<std::string_view> PathSegments(std::string_view path);

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_ROUTER_H_
