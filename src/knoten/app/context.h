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

// The shared shape of every Edit* use case, in one write transaction: load
// record `id` from the aggregate store `store_of(tx)`, apply `change`, keep
// the id, validate with `validate` (a core Validate* function), check the
// records it references with `require(tx, record)`, and store it.
template <typename Record, typename RecordId, typename StoreOf,
          typename Validate, typename Require>
Result<Record> EditRecord(Context& ctx, RecordId id,
                          const Change<Record>& change, StoreOf store_of,
                          Validate validate, Require require) {
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<Record> {
    auto& records = store_of(tx);
    KNOTEN_ASSIGN_OR_RETURN(Record record, records.Get(id));
    KNOTEN_RETURN_IF_ERROR(change(record));
    record.id = id;
    KNOTEN_ASSIGN_OR_RETURN(record, validate(std::move(record)));
    KNOTEN_RETURN_IF_ERROR(require(tx, record));
    KNOTEN_RETURN_IF_ERROR(records.Update(record));
    return record;
  });
}

}  // namespace knoten::app

#endif  // KNOTEN_APP_CONTEXT_H_
