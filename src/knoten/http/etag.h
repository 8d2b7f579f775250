// Entity tags (RFC 9110, 8.8.3): a strong tag from a body's content, and
// the If-None-Match check that lets a client keep its copy (304).
//
// Thread-safety: free functions on values.

#ifndef KNOTEN_HTTP_ETAG_H_
#define KNOTEN_HTTP_ETAG_H_

#include <string>
#include <string_view>

namespace knoten::http {

// "\"0123456789abcdef\"": FNV-1a (64 bits) of `content`, enough to tell
// versions of one file or one answer apart.
std::string ContentETag(std::string_view content);

// Whether any entity tag in an If-None-Match value is `etag`, or the value
// is "*". Weak tags (W/) compare by their opaque part.
bool ETagMatches(std::string_view if_none_match, std::string_view etag);

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_ETAG_H_
