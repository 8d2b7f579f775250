#include "knoten/http/security_headers.h"

namespace knoten::http {

void AddSecurityHeaders(bool secure, Response& response) {
  response.headers.Set(
      "Content-Security-Policy",
      "default-src 'self'; script-src 'self'; style-src 'self'; "
      "img-src 'self' data:; connect-src 'self'; font-src 'self'; "
      "object-src 'none'; base-uri 'none'; form-action 'self'; "
      "frame-ancestors 'none'");
  response.headers.Set("X-Content-Type-Options", "nosniff");
  response.headers.Set("X-Frame-Options", "DENY");
  response.headers.Set("Referrer-Policy", "no-referrer");
  response.headers.Set("Cross-Origin-Opener-Policy", "same-origin");
  if (secure) {
    response.headers.Set("Strict-Transport-Security", "max-age=31536000");
  }
}

}  // namespace knoten::http
