// The storage interface of knoten. A Store hands out Transactions; each
// Transaction exposes one narrow store per aggregate (people, offers, ...).
// All reads and writes happen inside a transaction; nothing is visible to
// others until Commit() succeeds, and a transaction destroyed without Commit()
// is rolled back. This is how every multi-step change stays atomic.
//
// Backends: store/sqlite (OpenSqliteStore), later store/postgres. The same
// conformance suite (tests/store_conformance_test.cc) runs against each.
//
// Records passed in are expected to be validated by core's Validate*
// functions; backends enforce referential integrity and report:
//   kNotFound           a record or a referenced record does not exist;
//   kFailedPrecondition a constraint other than a missing reference failed;
//   kUnavailable        the database cannot be used (I/O, locked, read-only);
//   kInternal           anything unexpected.
//
// Thread-safety: a Store may be shared between threads; a Transaction and the
// stores it hands out belong to one thread at a time.

#ifndef KNOTEN_STORE_STORE_H_
#define KNOTEN_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <string>

#include "knoten/base/result.h"
#include "knoten/store/aggregate_stores.h"
#include "knoten/store/table_store.h"

namespace knoten::store {

class Transaction {
 public:
  Transaction() = default;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  virtual ~Transaction() = default;

  // The per-aggregate stores; valid as long as the transaction.
  virtual AccountStore& accounts() = 0;
  virtual ProfileStore& profile() = 0;
  virtual PersonStore& people() = 0;
  virtual OfferStore& offers() = 0;
  virtual NeedStore& needs() = 0;
  virtual NetworkStore& networks() = 0;
  virtual EventStore& events() = 0;
  virtual EncounterStore& encounters() = 0;
  virtual LedgerStore& ledger() = 0;
  virtual IntroductionStore& introductions() = 0;
  virtual PromiseStore& promises() = 0;
  virtual FollowUpStore& follow_ups() = 0;
  virtual JudgementStore& judgements() = 0;
  virtual PitchStore& pitches() = 0;
  // Everyone's history, record by record, in few columns (HistorySink).
  virtual HistoryStore& history() = 0;
  // The tables as they are, for the JSON backup (table_store.h).
  virtual TableStore& tables() = 0;

  // Makes every change of this transaction durable. After Commit (successful
  // or not) the transaction must not be used again.
  virtual Status Commit() = 0;
};

enum class TransactionMode { kRead, kWrite };

class Store {
 public:
  Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  virtual ~Store() = default;

  // Starts a transaction. kWrite takes the write lock up front, so a write
  // transaction never fails half-way for lack of it. Returns kUnavailable if
  // the database is busy or cannot be written.
  virtual Result<std::unique_ptr<Transaction>> Begin(TransactionMode mode) = 0;

  // A number that changes whenever committed data changes, by this store
  // (at once) or by another process writing the same database (seen within
  // a millisecond): what was read at one version is still true while
  // Version() answers the same number (caches rely on this). Returns
  // kUnavailable if the database cannot be read.
  virtual Result<uint64_t> Version() = 0;

  // Writes a consistent copy of all committed data into a new file at
  // `path`, which this backend's opener reads back as it is (a backup).
  // Other processes' transactions go on meanwhile. kAlreadyExists when
  // `path` exists; kUnavailable when it cannot be written.
  virtual Status CopyTo(const std::string& path) = 0;
};

}  // namespace knoten::store

#endif  // KNOTEN_STORE_STORE_H_
