// Request and Response: the HTTP messages as the rest of knoten sees them,
// free of Boost.Beast (which stays in server.cc). Header names compare
// without regard to case, as RFC 9110 asks.
//
// Thread-safety: plain value types.

#ifndef KNOTEN_HTTP_MESSAGE_H_
#define KNOTEN_HTTP_MESSAGE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "knoten/base/ids.h"

namespace knoten::http {

class BodyFile;  // body_file.h

// Header fields in the order they were added; names keep their spelling.
class Headers {
 public:
  // The first value of `name`, if present.
  std::optional<std::string_view> Get(std::string_view name) const;
  // Replaces every field named `name` by one with `value`.
  void Set(std::string_view name, std::string value);
  void Add(std::string name, std::string value);

  const std::vector<std::pair<std::string, std::string>>& fields() const {
    return fields_;
  }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // the target's path, percent-decoded: "/api/v1/people"
  std::string query;   // the raw text after "?", "" when none
  Headers headers;
  std::string body;
  bool secure = false;  // came over TLS (or through a TLS proxy we trust)
  std::string peer;     // the client's address, "127.0.0.1"
  // Who sent it, once the API has checked the session; 0 before.
  AccountId account;
  std::string username;
  std::string csrf_token;  // of the session
};

struct Response {
  int status = 200;
  Headers headers;
  std::string body;
  // When set, the body is this finished file's content and `body` is empty:
  // a download too large to hold in memory (see body_file.h).
  std::shared_ptr<const BodyFile> body_file;
};

// True if `a` and `b` are equal ignoring ASCII case.
bool EqualsIgnoringCase(std::string_view a, std::string_view b);

// The value of the cookie `name` in a Cookie header's value
// ("a=1; knoten_session=abc"), if present.
std::optional<std::string_view> CookieValue(std::string_view cookies,
                                            std::string_view name);

// The "name=value" pieces of a query string "a=1&&b=x", undecoded, empty
// pieces left out.
std::vector<std::string_view> QueryPairs(std::string_view query);

// The value of `name` in a query string "a=1&b=x%20y" (percent- and
// plus-decoded), if present.
std::optional<std::string> QueryParameter(std::string_view query,
                                          std::string_view name);

// The decoded names of all parameters in a query string, in order; a
// malformed name is returned as written.
std::vector<std::string> QueryParameterNames(std::string_view query);

// Decodes %XX escapes (and "+" as a space if `plus_is_space`); nullopt if an
// escape is malformed.
std::optional<std::string> PercentDecode(std::string_view text,
                                         bool plus_is_space);

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_MESSAGE_H_
