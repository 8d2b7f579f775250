// Everyone's shared history in few columns (HistorySink): one plain
// statement per table, no sorting but for people and encounters, no
// counting, no texts, one record at a time.

#include "knoten/store/sqlite/internal/rows.h"
#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

void ReadPeople(SQLite::Database& db, HistorySink& sink) {
  SQLite::Statement select(
      db,
      "SELECT id, display_name, first_met_at, first_met_event_id, "
      "created_at, rhythm_days FROM person WHERE archived = 0 ORDER BY id");
  core::Person p;
  while (select.executeStep()) {
    p.id = ReadId<PersonId>(select, 0);
    p.display_name = ReadText(select, 1);
    p.first_met_at = ReadOptionalTime(select, 2);
    p.first_met_event = ReadOptionalId<EventId>(select, 3);
    p.created_at = ReadTime(select, 4);
    p.rhythm_days = ReadOptionalInt(select, 5);
    sink.OnPerson(p);
  }
}

// Encounters joined with their people in encounter order, so that each
// encounter's rows are consecutive: one is handed over when the next
// begins.
void ReadEncounters(SQLite::Database& db, HistorySink& sink) {
  SQLite::Statement select(
      db,
      "SELECT c.id, c.occurred_at, c.kind, c.event_id, p.person_id FROM "
      "encounter c JOIN encounter_person p ON p.encounter_id = c.id ORDER BY "
      "c.id");
  core::Encounter e;
  bool any = false;
  while (select.executeStep()) {
    const auto id = ReadId<EncounterId>(select, 0);
    if (!any || e.id != id) {
      if (any) sink.OnEncounter(e);
      any = true;
      e.id = id;
      e.occurred_at = ReadTime(select, 1);
      e.kind =
          ReadEnum<core::EncounterKind>(select, 2, core::ParseEncounterKind);
      e.event_id = ReadOptionalId<EventId>(select, 3);
      e.people.clear();
    }
    e.people.push_back(ReadId<PersonId>(select, 4));
  }
  if (any) sink.OnEncounter(e);
}

// Hands every row of `sql`, read by `read`, to `on` of `sink`.
template <typename T>
void ReadRows(SQLite::Database& db, const char* sql,
              T (*read)(const SQLite::Statement&), HistorySink& sink,
              void (HistorySink::*on)(const T&)) {
  SQLite::Statement select(db, sql);
  while (select.executeStep()) (sink.*on)(read(select));
}

}  // namespace

Status SqliteHistoryStore::Read(HistorySink& sink) {
  return Guard("reading the history", [&]() -> Status {
    ReadPeople(db_, sink);
    ReadEncounters(db_, sink);
    ReadRows(db_,
             "SELECT id, occurred_at, direction, kind, person_id, '', "
             "referral_status, business_value_cents, currency, "
             "introduction_id FROM ledger_entry",
             &ReadLedgerEntry, sink, &HistorySink::OnLedgerEntry);
    ReadRows(db_,
             "SELECT id, person_a, person_b, status, '', created_at, made_at "
             "FROM introduction",
             &ReadIntroduction, sink, &HistorySink::OnIntroduction);
    ReadRows(db_,
             "SELECT id, promisor_id, promisee_id, '', due_at, status, "
             "created_at FROM promise",
             &ReadPromise, sink, &HistorySink::OnPromise);
    ReadRows(db_,
             "SELECT id, person_id, kind, due_at, '', status, encounter_id, "
             "created_at FROM follow_up",
             &ReadFollowUp, sink, &HistorySink::OnFollowUp);
    return OkStatus();
  });
}

}  // namespace knoten::store::sqlite_internal
