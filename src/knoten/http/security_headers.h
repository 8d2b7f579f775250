// The headers every response carries: a Content-Security-Policy without
// 'unsafe-inline' or 'unsafe-eval' and with frame-ancestors 'none',
// X-Content-Type-Options nosniff, X-Frame-Options DENY (for browsers that
// predate frame-ancestors), Referrer-Policy no-referrer and, over TLS,
// Strict-Transport-Security.

#ifndef KNOTEN_HTTP_SECURITY_HEADERS_H_
#define KNOTEN_HTTP_SECURITY_HEADERS_H_

#include "knoten/http/message.h"

namespace knoten::http {

void AddSecurityHeaders(bool secure, Response& response);

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_SECURITY_HEADERS_H_
