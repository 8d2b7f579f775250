// Row readers shared by a table's own store and the history read
// (history_table.cc). Each reads the columns in the order of its table's
// SELECT (kColumns in its *_table.cc); the history read selects '' for the
// texts it leaves out.

#ifndef KNOTEN_STORE_SQLITE_INTERNAL_ROWS_H_
#define KNOTEN_STORE_SQLITE_INTERNAL_ROWS_H_

#include <SQLiteCpp/Statement.h>

#include "knoten/core/follow_up.h"
#include "knoten/core/introduction.h"
#include "knoten/core/ledger_entry.h"
#include "knoten/core/promise.h"

namespace knoten::store::sqlite_internal {

// id, occurred_at, direction, kind, person_id, text, referral_status,
// business_value_cents, currency, introduction_id
core::LedgerEntry ReadLedgerEntry(const SQLite::Statement& s);
// id, person_a, person_b, status, notes, created_at, made_at
core::Introduction ReadIntroduction(const SQLite::Statement& s);
// id, promisor_id, promisee_id, text, due_at, status, created_at
core::Promise ReadPromise(const SQLite::Statement& s);
// id, person_id, kind, due_at, about, status, encounter_id, created_at
core::FollowUp ReadFollowUp(const SQLite::Statement& s);

}  // namespace knoten::store::sqlite_internal

#endif  // KNOTEN_STORE_SQLITE_INTERNAL_ROWS_H_
