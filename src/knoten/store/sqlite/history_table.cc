// Everyone's shared history in few columns (SharedHistory): one plain
// statement per table, no sorting, no counting, no texts.

#include <vector>

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

std::vector<core::LedgerEntry> ReadLedger(SQLite::Database& db) {
  std::vector<core::LedgerEntry> out;
  SQLite::Statement select(
      db,
      "SELECT id, occurred_at, direction, kind, person_id, referral_status, "
      "business_value_cents, currency, introduction_id FROM ledger_entry");
  while (select.executeStep()) {
    core::LedgerEntry& e = out.emplace_back();
    e.id = ReadId<LedgerEntryId>(select, 0);
    e.occurred_at = ReadTime(select, 1);
    e.direction = ReadEnum<core::Direction>(select, 2, core::ParseDirection);
    e.kind = ReadEnum<core::LedgerKind>(select, 3, core::ParseLedgerKind);
    e.person_id = ReadId<PersonId>(select, 4);
    if (!select.getColumn(5).isNull()) {
      e.referral_status =
          ReadEnum<core::ReferralStatus>(select, 5, core::ParseReferralStatus);
    }
    e.business_value_cents = ReadOptionalInt(select, 6);
    e.currency = ReadText(select, 7);
    e.introduction_id = ReadOptionalId<IntroductionId>(select, 8);
  }
  return out;
}

std::vector<core::Introduction> ReadIntroductions(SQLite::Database& db) {
  std::vector<core::Introduction> out;
  SQLite::Statement select(db,
                           "SELECT id, person_a, person_b, status, "
                           "created_at, made_at FROM introduction");
  while (select.executeStep()) {
    core::Introduction& i = out.emplace_back();
    i.id = ReadId<IntroductionId>(select, 0);
    i.person_a = ReadId<PersonId>(select, 1);
    i.person_b = ReadId<PersonId>(select, 2);
    i.status = ReadEnum<core::IntroductionStatus>(
        select, 3, core::ParseIntroductionStatus);
    i.created_at = ReadTime(select, 4);
    i.made_at = ReadOptionalTime(select, 5);
  }
  return out;
}

std::vector<core::Promise> ReadPromises(SQLite::Database& db) {
  std::vector<core::Promise> out;
  SQLite::Statement select(db,
                           "SELECT id, promisor_id, promisee_id, due_at, "
                           "status, created_at FROM promise");
  while (select.executeStep()) {
    core::Promise& p = out.emplace_back();
    p.id = ReadId<PromiseId>(select, 0);
    p.promisor = ReadOptionalId<PersonId>(select, 1);
    p.promisee = ReadOptionalId<PersonId>(select, 2);
    p.due_at = ReadOptionalTime(select, 3);
    p.status =
        ReadEnum<core::PromiseStatus>(select, 4, core::ParsePromiseStatus);
    p.created_at = ReadTime(select, 5);
  }
  return out;
}

std::vector<core::FollowUp> ReadFollowUps(SQLite::Database& db) {
  std::vector<core::FollowUp> out;
  SQLite::Statement select(db,
                           "SELECT id, person_id, kind, due_at, status, "
                           "encounter_id, created_at FROM follow_up");
  while (select.executeStep()) {
    core::FollowUp& f = out.emplace_back();
    f.id = ReadId<FollowUpId>(select, 0);
    f.person_id = ReadId<PersonId>(select, 1);
    f.kind = ReadEnum<core::FollowUpKind>(select, 2, core::ParseFollowUpKind);
    f.due_at = ReadTime(select, 3);
    f.status =
        ReadEnum<core::FollowUpStatus>(select, 4, core::ParseFollowUpStatus);
    f.encounter_id = ReadOptionalId<EncounterId>(select, 5);
    f.created_at = ReadTime(select, 6);
  }
  return out;
}

}  // namespace

Result<SharedHistory> SqliteHistoryStore::ReadAll() {
  return Guard("reading the history", [&]() -> Result<SharedHistory> {
    SharedHistory out;
    out.people = ReadPeople(db_);
    out.encounters = ReadEncounters(db_);
    out.ledger = ReadLedger(db_);
    out.introductions = ReadIntroductions(db_);
    out.promises = ReadPromises(db_);
    out.follow_ups = ReadFollowUps(db_);
    return out;
  });
}

}  // namespace knoten::store::sqlite_internal
