// Promise (Zusage): who (the user or a person) promised what to whom, by
// when, and whether it was kept. Kept and broken promises feed trust later.
//
// Thread-safety: plain value type and pure functions.

#ifndef KNOTEN_CORE_PROMISE_H_
#define KNOTEN_CORE_PROMISE_H_

#include <optional>
#include <string>
#include <string_view>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"

namespace knoten::core {

enum class PromiseStatus { kOpen, kKept, kBroken };
std::string_view PromiseStatusName(PromiseStatus status);
Result<PromiseStatus> ParsePromiseStatus(std::string_view text);

struct Promise {
  PromiseId id;
  std::optional<PersonId> promisor;  // empty: the user promised
  std::optional<PersonId> promisee;  // empty: promised to the user
  std::string text;
  std::optional<Timestamp> due_at;
  PromiseStatus status = PromiseStatus::kOpen;
  Timestamp created_at;
};

// Returns `promise` normalised or kInvalidArgument: empty text, a promise
// from someone to themself (including the user to the user).
Result<Promise> ValidatePromise(Promise promise);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_PROMISE_H_
