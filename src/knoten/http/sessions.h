// Sessions: who is logged in to the web app. Kept in memory: a restart of
// the server logs everyone out, which a self-hosted, single-owner server
// can afford (docs/decisions/0003-sessions-in-memory.md). A session id is
// 32 random bytes, sent only in an HttpOnly cookie; each session has its
// own CSRF token that state-changing requests must repeat in a header.
// A session ends on logout, after kIdleSeconds without a request, or
// kLifetimeSeconds after login, whichever comes first.
//
// Thread-safety: all methods may be called from many threads.

#ifndef KNOTEN_HTTP_SESSIONS_H_
#define KNOTEN_HTTP_SESSIONS_H_

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "knoten/base/clock.h"
#include "knoten/base/ids.h"
#include "knoten/base/time.h"

namespace knoten::http {

struct Session {
  AccountId account;
  std::string username;
  std::string csrf_token;
  Timestamp created_at;
  Timestamp last_seen;
};

class SessionTable {
 public:
  static constexpr int64_t kIdleSeconds = int64_t{14} * 24 * 3600;
  static constexpr int64_t kLifetimeSeconds = int64_t{30} * 24 * 3600;

  explicit SessionTable(const Clock& clock) : clock_(clock) {}

  // Starts a session; returns its id (for the cookie) and the session.
  std::pair<std::string, Session> Start(AccountId account,
                                        const std::string& username);
  // The live session of `id`, marked as seen now; nullopt if there is none
  // or it has expired (then it is forgotten).
  std::optional<Session> Find(const std::string& id);
  // Ends the session; false if there was none.
  bool End(const std::string& id);

 private:
  void ForgetExpired(Timestamp now);  // mutex_ held

  const Clock& clock_;
  std::mutex mutex_;
  std::unordered_map<std::string, Session> sessions_;  // guarded by mutex_
  Timestamp last_sweep_;                               // guarded by mutex_
};

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_SESSIONS_H_
