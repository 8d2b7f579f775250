// Context: what every use case needs (the store and the clock), and the
// transaction helpers that give each use case all-or-nothing semantics: the
// body runs in one transaction that commits only if the body succeeds.
//
// Thread-safety: a Context may be shared; use cases are as thread-safe as
// the Store.

#ifndef KNOTEN_APP_CONTEXT_H_
#define KNOTEN_APP_CONTEXT_H_

#include <functional>
#include <memory>
#include <utility>

#include "knoten/base/clock.h"
#include "knoten/base/result.h"
#include "knoten/store/store.h"

namespace knoten::app {

struct Context {
  store::Store& store;
  const Clock& clock;
};

// Runs `body(Transaction&)`, which returns a Result or Status, in a write
// transaction and commits if it succeeded. On any error nothing is written.
template <typename Body>
auto InWrite(Context& ctx, Body&& body)
    -> decltype(body(std::declval<store::Transaction&>())) {
  auto tx = ctx.store.Begin(store::TransactionMode::kWrite);
  if (!tx) return std::move(tx).error();
  auto result = body(**tx);
  if (!result) return result;
  KNOTEN_RETURN_IF_ERROR((*tx)->Commit());
  return result;
}

// Runs `body(Transaction&)` in a read transaction.
template <typename Body>
auto InRead(Context& ctx, Body&& body)
    -> decltype(body(std::declval<store::Transaction&>())) {
  auto tx = ctx.store.Begin(store::TransactionMode::kRead);
  if (!tx) return std::move(tx).error();
  return body(**tx);
}

// A change to one record, applied by the Edit* use cases between loading and
// validating it. It may reject the change with an Error.
template <typename Record>
using Change = std::function<Status(Record&)>;

}  // namespace knoten::app

#endif  // KNOTEN_APP_CONTEXT_H_
