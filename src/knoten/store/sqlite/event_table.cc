// Events and who attended them.

#include <string>
#include <unordered_map>

#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

constexpr RecordKind kEvent{"event", "event"};

constexpr const char* kColumns =
    "SELECT e.id, e.network_id, e.title, e.starts_at, e.duration_minutes, "
    "e.place, e.cost_cents, e.currency, e.notes FROM event e";

core::Event ReadEvent(const SQLite::Statement& s) {
  core::Event e;
  e.id = ReadId<EventId>(s, 0);
  e.network_id = ReadOptionalId<NetworkId>(s, 1);
  e.title = ReadText(s, 2);
  e.starts_at = ReadTime(s, 3);
  e.duration_minutes = s.getColumn(4).getInt();
  e.place = ReadText(s, 5);
  e.cost_cents = s.getColumn(6).getInt64();
  e.currency = ReadText(s, 7);
  e.notes = ReadText(s, 8);
  return e;
}

void BindEvent(SQLite::Statement& s, const core::Event& e) {
  BindId(s, 1, e.network_id);
  BindText(s, 2, e.title);
  BindTime(s, 3, e.starts_at);
  s.bind(4, e.duration_minutes);
  BindText(s, 5, e.place);
  s.bind(6, e.cost_cents);
  BindText(s, 7, e.currency);
  BindText(s, 8, e.notes);
}

void WriteAttendees(Connection& conn, const core::Event& e) {
  CachedStatement clear =
      conn.Prepare("DELETE FROM event_attendee WHERE event_id = ?");
  clear->bind(1, e.id.value());
  clear->exec();
  CachedStatement insert = conn.Prepare(
      "INSERT INTO event_attendee(event_id, person_id) VALUES (?, ?)");
  for (PersonId person : e.attendees) {
    insert->bind(1, e.id.value());
    insert->bind(2, person.value());
    insert->exec();
    insert->reset();
  }
}

}  // namespace

Result<EventId> SqliteEventStore::Create(const core::Event& event) {
  return Guard("saving an event", [&]() -> Result<EventId> {
    CachedStatement insert = conn_.Prepare(
        "INSERT INTO event(network_id, title, starts_at, duration_minutes, "
        "place, cost_cents, currency, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    BindEvent(*insert, event);
    insert->exec();
    core::Event stored = event;
    stored.id = EventId(db_.getLastInsertRowid());
    WriteAttendees(conn_, stored);
    return stored.id;
  });
}

Result<core::Event> SqliteEventStore::Get(EventId id) {
  return Guard("reading an event", [&]() -> Result<core::Event> {
    CachedStatement select =
        conn_.Prepare(std::string(kColumns) + " WHERE e.id = ?");
    select->bind(1, id.value());
    if (!select->executeStep()) return NotFound(kEvent, id.value());
    core::Event event = ReadEvent(*select);
    CachedStatement attendees = conn_.Prepare(
        "SELECT person_id FROM event_attendee WHERE event_id = ? ORDER BY "
        "person_id");
    attendees->bind(1, id.value());
    while (attendees->executeStep()) {
      event.attendees.push_back(ReadId<PersonId>(*attendees, 0));
    }
    return event;
  });
}

Status SqliteEventStore::Update(const core::Event& event) {
  return Guard("updating an event", [&]() -> Status {
    CachedStatement update = conn_.Prepare(
        "UPDATE event SET network_id = ?, title = ?, starts_at = ?, "
        "duration_minutes = ?, place = ?, cost_cents = ?, currency = ?, "
        "notes = ? WHERE id = ?");
    BindEvent(*update, event);
    update->bind(9, event.id.value());
    update->exec();
    KNOTEN_RETURN_IF_ERROR(ExpectOneChange(db_, kEvent, event.id.value()));
    WriteAttendees(conn_, event);
    return OkStatus();
  });
}

Status SqliteEventStore::Delete(EventId id) {
  return Guard("deleting an event", [&]() -> Status {
    return DeleteRow(db_, "event", kEvent, id.value());
  });
}

Result<Page<core::Event>> SqliteEventStore::List(const EventFilter& filter,
                                                 const Paging& paging) {
  return Guard("listing events", [&]() -> Result<Page<core::Event>> {
    Filter where;
    if (filter.network_id) {
      where.Add("e.network_id = ?", {filter.network_id->value()});
    }
    if (filter.attendee) {
      where.Add(
          // IN, not a correlated EXISTS (see encounter_table.cc).
          "e.id IN (SELECT event_id FROM event_attendee WHERE person_id = ?)",
          {filter.attendee->value()});
    }
    if (filter.from) {
      where.Add("e.starts_at >= ?", {filter.from->unix_seconds()});
    }
    if (filter.until) {
      where.Add("e.starts_at < ?", {filter.until->unix_seconds()});
    }
    Page<core::Event> page;
    page.total = CountRows(db_, "FROM event e", where);
    const std::string order =
        " ORDER BY e.starts_at DESC, e.id DESC" + PagingSql(paging);
    SQLite::Statement select(db_, std::string(kColumns) + where.Sql() + order);
    where.BindTo(select);
    while (select.executeStep()) page.items.push_back(ReadEvent(select));
    std::unordered_map<int64_t, core::Event*> by_id;
    for (core::Event& e : page.items) by_id[e.id.value()] = &e;
    if (by_id.empty()) return page;
    SQLite::Statement attendees(
        db_,
        "SELECT event_id, person_id FROM event_attendee WHERE event_id IN "
        "(SELECT e.id FROM event e" +
            where.Sql() + order + ") ORDER BY event_id, person_id");
    where.BindTo(attendees);
    while (attendees.executeStep()) {
      auto it = by_id.find(attendees.getColumn(0).getInt64());
      if (it != by_id.end()) {
        it->second->attendees.push_back(ReadId<PersonId>(attendees, 1));
      }
    }
    return page;
  });
}

}  // namespace knoten::store::sqlite_internal
