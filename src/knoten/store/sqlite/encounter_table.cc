// Encounters and the people met in each.

#include <string>
#include <unordered_map>

#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

constexpr RecordKind kEncounter{"encounter", "encounter"};

constexpr const char* kColumns =
    "SELECT c.id, c.occurred_at, c.kind, c.event_id, c.topics, c.notes FROM "
    "encounter c";

core::Encounter ReadEncounter(const SQLite::Statement& s) {
  core::Encounter e;
  e.id = ReadId<EncounterId>(s, 0);
  e.occurred_at = ReadTime(s, 1);
  e.kind = ReadEnum<core::EncounterKind>(s, 2, core::ParseEncounterKind);
  e.event_id = ReadOptionalId<EventId>(s, 3);
  e.topics = ReadText(s, 4);
  e.notes = ReadText(s, 5);
  return e;
}

void BindEncounter(SQLite::Statement& s, const core::Encounter& e) {
  BindTime(s, 1, e.occurred_at);
  BindText(s, 2, core::EncounterKindName(e.kind));
  BindId(s, 3, e.event_id);
  BindText(s, 4, e.topics);
  BindText(s, 5, e.notes);
}

void WritePeople(Connection& conn, const core::Encounter& e) {
  CachedStatement clear =
      conn.Prepare("DELETE FROM encounter_person WHERE encounter_id = ?");
  clear->bind(1, e.id.value());
  clear->exec();
  CachedStatement insert = conn.Prepare(
      "INSERT INTO encounter_person(encounter_id, person_id) VALUES (?, ?)");
  for (PersonId person : e.people) {
    insert->bind(1, e.id.value());
    insert->bind(2, person.value());
    insert->exec();
    insert->reset();
  }
}

}  // namespace

Result<EncounterId> SqliteEncounterStore::Create(
    const core::Encounter& encounter) {
  return Guard("saving an encounter", [&]() -> Result<EncounterId> {
    CachedStatement insert = conn_.Prepare(
        "INSERT INTO encounter(occurred_at, kind, "
        "event_id, topics, notes) VALUES (?, ?, ?, ?, ?)");
    BindEncounter(*insert, encounter);
    insert->exec();
    core::Encounter stored = encounter;
    stored.id = EncounterId(db_.getLastInsertRowid());
    WritePeople(conn_, stored);
    return stored.id;
  });
}

Result<core::Encounter> SqliteEncounterStore::Get(EncounterId id) {
  return Guard("reading an encounter", [&]() -> Result<core::Encounter> {
    CachedStatement select =
        conn_.Prepare(std::string(kColumns) + " WHERE c.id = ?");
    select->bind(1, id.value());
    if (!select->executeStep()) return NotFound(kEncounter, id.value());
    core::Encounter encounter = ReadEncounter(*select);
    CachedStatement people = conn_.Prepare(
        "SELECT person_id FROM encounter_person WHERE "
        "encounter_id = ? ORDER BY person_id");
    people->bind(1, id.value());
    while (people->executeStep()) {
      encounter.people.push_back(ReadId<PersonId>(*people, 0));
    }
    return encounter;
  });
}

Status SqliteEncounterStore::Update(const core::Encounter& encounter) {
  return Guard("updating an encounter", [&]() -> Status {
    CachedStatement update = conn_.Prepare(
        "UPDATE encounter SET occurred_at = ?, kind = ?, "
        "event_id = ?, topics = ?, notes = ? WHERE id = ?");
    BindEncounter(*update, encounter);
    update->bind(6, encounter.id.value());
    update->exec();
    KNOTEN_RETURN_IF_ERROR(
        ExpectOneChange(db_, kEncounter, encounter.id.value()));
    WritePeople(conn_, encounter);
    return OkStatus();
  });
}

Status SqliteEncounterStore::Delete(EncounterId id) {
  return Guard("deleting an encounter", [&]() -> Status {
    return DeleteRow(db_, "encounter", kEncounter, id.value());
  });
}

Result<Page<core::Encounter>> SqliteEncounterStore::List(
    const EncounterFilter& filter, const Paging& paging) {
  return Guard("listing encounters", [&]() -> Result<Page<core::Encounter>> {
    Filter where;
    if (filter.person_id) {
      where.Add(
          // IN, not a correlated EXISTS: the person's few rows are found
          // through encounter_person_by_person instead of probing for
          // each of possibly 100,000s of encounters.
          "c.id IN (SELECT encounter_id FROM encounter_person WHERE "
          "person_id = ?)",
          {filter.person_id->value()});
    }
    if (filter.event_id) {
      where.Add("c.event_id = ?", {filter.event_id->value()});
    }
    if (filter.from) {
      where.Add("c.occurred_at >= ?", {filter.from->unix_seconds()});
    }
    Page<core::Encounter> page;
    page.total = CountRows(db_, "FROM encounter c", where);
    const std::string order =
        " ORDER BY c.occurred_at DESC, c.id DESC" + PagingSql(paging);
    SQLite::Statement select(db_, std::string(kColumns) + where.Sql() + order);
    where.BindTo(select);
    while (select.executeStep()) page.items.push_back(ReadEncounter(select));
    std::unordered_map<int64_t, core::Encounter*> by_id;
    for (core::Encounter& e : page.items) by_id[e.id.value()] = &e;
    if (by_id.empty()) return page;
    SQLite::Statement people(
        db_,
        "SELECT encounter_id, person_id FROM encounter_person WHERE "
        "encounter_id IN (SELECT c.id FROM encounter c" +
            where.Sql() + order + ") ORDER BY encounter_id, person_id");
    where.BindTo(people);
    while (people.executeStep()) {
      auto it = by_id.find(people.getColumn(0).getInt64());
      if (it != by_id.end()) {
        it->second->people.push_back(ReadId<PersonId>(people, 1));
      }
    }
    return page;
  });
}

}  // namespace knoten::store::sqlite_internal
