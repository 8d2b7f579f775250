// IdempotencyKeys: remembers the answers to creates sent with an
// "Idempotency-Key" header, so that a retried request (the phone lost the
// answer, event mode resent what it queued offline) gets the first answer
// again instead of storing the record twice.
//
// A key belongs to one account and one request (method, path and body): the
// same key with another request is 422; while the first request with a key
// still runs, another with it is 409. Only successful answers (2xx) are
// kept, for 24 hours and at most kMaxKeys of them (the oldest go first);
// a failed request may be retried with its key. Kept in memory (decision
// 0003's reasoning: one process serves one owner).
//
// Thread-safety: Run() may be called from many threads at once.

#ifndef KNOTEN_HTTP_IDEMPOTENCY_H_
#define KNOTEN_HTTP_IDEMPOTENCY_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

#include "knoten/base/clock.h"
#include "knoten/base/ids.h"
#include "knoten/http/message.h"

namespace knoten::http {

class IdempotencyKeys {
 public:
  static constexpr int64_t kLifetimeSeconds = int64_t{24} * 60 * 60;
  static constexpr size_t kMaxKeys = 10'000;
  static constexpr size_t kMaxKeyLength = 200;

  explicit IdempotencyKeys(const Clock& clock) : clock_(clock) {}

  // Answers `request` by `handle`, or by the answer stored for its
  // Idempotency-Key. Without the header, just calls `handle`.
  Response Run(const Request& request, AccountId account,
               const std::function<Response()>& handle);

 private:
  struct Entry {
    size_t fingerprint = 0;
    std::optional<Response> answer;  // empty while the request runs
    Timestamp stored_at;
    uint64_t sequence = 0;
  };
  void ExpireLocked();

  const Clock& clock_;
  std::mutex mu_;
  std::map<std::string, Entry, std::less<>> entries_;
  // (key, sequence) of `entries_` oldest first; a pair whose entry is gone
  // or has another sequence is stale.
  std::deque<std::pair<std::string, uint64_t>> order_;
  uint64_t next_sequence_ = 0;
};

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_IDEMPOTENCY_H_
