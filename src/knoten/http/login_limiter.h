// LoginLimiter: slows down password guessing. Failed logins are counted
// per username and per client address over a sliding window; beyond the
// limit, further attempts are refused (429) until the oldest failure in
// the window has aged out, without checking the password at all. A
// successful login clears its username's count.
//
// Thread-safety: all methods may be called from many threads.

#ifndef KNOTEN_HTTP_LOGIN_LIMITER_H_
#define KNOTEN_HTTP_LOGIN_LIMITER_H_

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

#include "knoten/base/clock.h"

namespace knoten::http {

class LoginLimiter {
 public:
  static constexpr int64_t kWindowSeconds = int64_t{15} * 60;
  static constexpr size_t kFailuresPerAccount = 5;
  static constexpr size_t kFailuresPerAddress = 20;
  // Beyond this many names or addresses, failures out of the window are
  // swept at the next failure.
  static constexpr size_t kMaxKeys = 10000;

  explicit LoginLimiter(const Clock& clock) : clock_(clock) {}

  // Seconds until `username` may try again from `address`; 0 if now.
  int64_t WaitSeconds(const std::string& username, const std::string& address);
  void Failed(const std::string& username, const std::string& address);
  void Succeeded(const std::string& username);

 private:
  using Failures = std::unordered_map<std::string, std::deque<int64_t>>;
  // Seconds until `key` in `failures` drops below `limit`; mutex_ held.
  static int64_t Wait(Failures& failures, const std::string& key, size_t limit,
                      int64_t now);

  const Clock& clock_;
  std::mutex mutex_;
  Failures by_account_;  // guarded by mutex_
  Failures by_address_;  // guarded by mutex_
};

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_LOGIN_LIMITER_H_
