#include "knoten/http/idempotency.h"

#include <algorithm>
#include <string_view>

#include "knoten/http/error_response.h"

namespace knoten::http {
namespace {

bool ValidKey(std::string_view key) {
  if (key.empty() || key.size() > IdempotencyKeys::kMaxKeyLength) return false;
  return std::ranges::all_of(key, [](char c) { return c >= '!' && c <= '~'; });
}

}  // namespace

void IdempotencyKeys::ExpireLocked() {
  const Timestamp now = clock_.Now();
  while (!order_.empty()) {
    const auto& [key, sequence] = order_.front();
    const auto it = entries_.find(key);
    if (it == entries_.end() || it->second.sequence != sequence) {
      order_.pop_front();
      continue;
    }
    const bool old = now.unix_seconds() - it->second.stored_at.unix_seconds() >=
                     kLifetimeSeconds;
    const bool over = entries_.size() > kMaxKeys && it->second.answer;
    if (!old && !over) break;
    entries_.erase(it);
    order_.pop_front();
  }
}

Response IdempotencyKeys::Run(const Request& request, AccountId account,
                              const std::function<Response()>& handle) {
  const auto header = request.headers.Get("Idempotency-Key");
  if (!header) return handle();
  if (!ValidKey(*header)) {
    return ErrorResponse(400, "invalid_argument",
                         "The Idempotency-Key header must be 1 to 200 "
                         "visible ASCII characters (a UUID, say).");
  }
  const std::string key =
      std::to_string(account.value()) + " " + std::string(*header);
  const size_t fingerprint = std::hash<std::string>{}(
      request.method + " " + request.path + " " + request.body);
  uint64_t sequence = 0;
  {
    const std::lock_guard lock(mu_);
    ExpireLocked();
    if (const auto it = entries_.find(key); it != entries_.end()) {
      if (it->second.fingerprint != fingerprint) {
        return ErrorResponse(422, "invalid_argument",
                             "This Idempotency-Key was used for another "
                             "request; use a new key for a new request.");
      }
      if (!it->second.answer) {
        Response busy = ErrorResponse(
            409, "aborted",
            "The first request with this Idempotency-Key is still running; "
            "retry in a moment.");
        busy.headers.Set("Retry-After", "1");
        return busy;
      }
      Response replay = *it->second.answer;
      replay.headers.Set("Idempotent-Replayed", "true");
      return replay;
    }
    sequence = next_sequence_++;
    entries_[key] = Entry{.fingerprint = fingerprint,
                          .stored_at = clock_.Now(),
                          .sequence = sequence};
    order_.emplace_back(key, sequence);
  }
  Response response = handle();
  const std::lock_guard lock(mu_);
  const auto it = entries_.find(key);
  if (it != entries_.end() && it->second.sequence == sequence) {
    if (response.status >= 200 && response.status < 300) {
      it->second.answer = response;
    } else {
      entries_.erase(it);
    }
  }
  return response;
}

}  // namespace knoten::http
