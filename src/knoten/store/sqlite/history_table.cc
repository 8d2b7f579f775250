// Everyone's shared history in few columns (SharedHistory): one plain
// statement per table, no sorting, no counting, no texts.

#include <vector>

#include "knoten/store/sqlite/internal/rows.h"
#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

std::vector<core::Person> ReadPeople(SQLite::Database& db) {
  std::vector<core::Person> out;
  SQLite::Statement select(
      db,
      "SELECT id, display_name, first_met_at, first_met_event_id, "
      "created_at, rhythm_days FROM person WHERE archived = 0 ORDER BY id");
  while (select.executeStep()) {
    core::Person& p = out.emplace_back();
    p.id = ReadId<PersonId>(select, 0);
    p.display_name = ReadText(select, 1);
    p.first_met_at = ReadOptionalTime(select, 2);
    p.first_met_event = ReadOptionalId<EventId>(select, 3);
    p.created_at = ReadTime(select, 4);
    p.rhythm_days = ReadOptionalInt(select, 5);
  }
  return out;
}

// Encounters joined with their people in encounter order, so that each
// encounter's rows are consecutive.
std::vector<core::Encounter> ReadEncounters(SQLite::Database& db) {
  std::vector<core::Encounter> out;
  SQLite::Statement select(
      db,
      "SELECT c.id, c.occurred_at, c.kind, c.event_id, p.person_id FROM "
      "encounter c JOIN encounter_person p ON p.encounter_id = c.id ORDER BY "
      "c.id");
  while (select.executeStep()) {
    const auto id = ReadId<EncounterId>(select, 0);
    if (out.empty() || out.back().id != id) {
      core::Encounter& e = out.emplace_back();
      e.id = id;
      e.occurred_at = ReadTime(select, 1);
      e.kind =
          ReadEnum<core::EncounterKind>(select, 2, core::ParseEncounterKind);
      e.event_id = ReadOptionalId<EventId>(select, 3);
    }
    out.back().people.push_back(ReadId<PersonId>(select, 4));
  }
  return out;
}

// Every row of `sql` read by `read`.
template <typename T>
std::vector<T> ReadRows(SQLite::Database& db, const char* sql,
                        T (*read)(const SQLite::Statement&)) {
  std::vector<T> out;
  SQLite::Statement select(db, sql);
  while (select.executeStep()) out.push_back(read(select));
  return out;
}

}  // namespace

Result<SharedHistory> SqliteHistoryStore::ReadAll() {
  return Guard("reading the history", [&]() -> Result<SharedHistory> {
    SharedHistory out;
    out.people = ReadPeople(db_);
    out.encounters = ReadEncounters(db_);
    out.ledger = ReadRows(db_,
                          "SELECT id, occurred_at, direction, kind, person_id, "
                          "'', referral_status, business_value_cents, "
                          "currency, introduction_id FROM ledger_entry",
                          &ReadLedgerEntry);
    out.introductions = ReadRows(db_,
                                 "SELECT id, person_a, person_b, status, '', "
                                 "created_at, made_at FROM introduction",
                                 &ReadIntroduction);
    out.promises = ReadRows(db_,
                            "SELECT id, promisor_id, promisee_id, '', due_at, "
                            "status, created_at FROM promise",
                            &ReadPromise);
    out.follow_ups = ReadRows(db_,
                              "SELECT id, person_id, kind, due_at, '', status, "
                              "encounter_id, created_at FROM follow_up",
                              &ReadFollowUp);
    return out;
  });
}

}  // namespace knoten::store::sqlite_internal
