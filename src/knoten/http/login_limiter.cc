#include "knoten/http/login_limiter.h"

#include <algorithm>

namespace knoten::http {

int64_t LoginLimiter::Wait(Failures& failures, const std::string& key,
                           size_t limit, int64_t now) {
  auto it = failures.find(key);
  if (it == failures.end()) return 0;
  std::deque<int64_t>& times = it->second;
  while (!times.empty() && now - times.front() >= kWindowSeconds) {
    times.pop_front();
  }
  if (times.empty()) {
    failures.erase(it);
    return 0;
  }
  if (times.size() < limit) return 0;
  // The failure that must age out for one more attempt.
  return times[times.size() - limit] + kWindowSeconds - now;
}

int64_t LoginLimiter::WaitSeconds(const std::string& username,
                                  const std::string& address) {
  const int64_t now = clock_.Now().unix_seconds();
  std::lock_guard lock(mutex_);
  return std::max(Wait(by_account_, username, kFailuresPerAccount, now),
                  Wait(by_address_, address, kFailuresPerAddress, now));
}

void LoginLimiter::Failed(const std::string& username,
                          const std::string& address) {
  const int64_t now = clock_.Now().unix_seconds();
  std::lock_guard lock(mutex_);
  // Guessing many names must not grow the tables without bound.
  for (Failures* failures : {&by_account_, &by_address_}) {
    if (failures->size() < kMaxKeys) continue;
    std::erase_if(*failures, [&](const auto& entry) {
      return now - entry.second.back() >= kWindowSeconds;
    });
  }
  by_account_[username].push_back(now);
  by_address_[address].push_back(now);
}

void LoginLimiter::Succeeded(const std::string& username) {
  std::lock_guard lock(mutex_);
  by_account_.erase(username);
}

}  // namespace knoten::http
