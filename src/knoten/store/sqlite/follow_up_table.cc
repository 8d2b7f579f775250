// Follow-ups: meetings and calls to come.

#include <string>

#include "knoten/store/sqlite/internal/rows.h"
#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

constexpr RecordKind kFollowUp{"follow-up", "followup"};

constexpr const char* kColumns =
    "SELECT id, person_id, kind, due_at, about, status, encounter_id, "
    "created_at FROM follow_up";

void BindFollowUp(SQLite::Statement& s, const core::FollowUp& f) {
  BindId(s, 1, f.person_id);
  BindText(s, 2, core::FollowUpKindName(f.kind));
  BindTime(s, 3, f.due_at);
  BindText(s, 4, f.about);
  BindText(s, 5, core::FollowUpStatusName(f.status));
  BindId(s, 6, f.encounter_id);
  BindTime(s, 7, f.created_at);
}

}  // namespace

core::FollowUp ReadFollowUp(const SQLite::Statement& s) {
  core::FollowUp f;
  f.id = ReadId<FollowUpId>(s, 0);
  f.person_id = ReadId<PersonId>(s, 1);
  f.kind = ReadEnum<core::FollowUpKind>(s, 2, core::ParseFollowUpKind);
  f.due_at = ReadTime(s, 3);
  f.about = ReadText(s, 4);
  f.status = ReadEnum<core::FollowUpStatus>(s, 5, core::ParseFollowUpStatus);
  f.encounter_id = ReadOptionalId<EncounterId>(s, 6);
  f.created_at = ReadTime(s, 7);
  return f;
}

Result<FollowUpId> SqliteFollowUpStore::Create(const core::FollowUp& f) {
  return Guard("saving a follow-up", [&]() -> Result<FollowUpId> {
    CachedStatement insert = conn_.Prepare(
        "INSERT INTO follow_up(person_id, kind, due_at, "
        "about, status, encounter_id, created_at) VALUES "
        "(?, ?, ?, ?, ?, ?, ?)");
    BindFollowUp(*insert, f);
    insert->exec();
    return FollowUpId(db_.getLastInsertRowid());
  });
}

Result<core::FollowUp> SqliteFollowUpStore::Get(FollowUpId id) {
  return Guard("reading a follow-up", [&]() -> Result<core::FollowUp> {
    CachedStatement select =
        conn_.Prepare(std::string(kColumns) + " WHERE id = ?");
    select->bind(1, id.value());
    if (!select->executeStep()) return NotFound(kFollowUp, id.value());
    return ReadFollowUp(*select);
  });
}

Status SqliteFollowUpStore::Update(const core::FollowUp& f) {
  return Guard("updating a follow-up", [&]() -> Status {
    CachedStatement update = conn_.Prepare(
        "UPDATE follow_up SET person_id = ?, kind = ?, "
        "due_at = ?, about = ?, status = ?, encounter_id "
        "= ?, created_at = ? WHERE id = ?");
    BindFollowUp(*update, f);
    update->bind(8, f.id.value());
    update->exec();
    return ExpectOneChange(db_, kFollowUp, f.id.value());
  });
}

Status SqliteFollowUpStore::Delete(FollowUpId id) {
  return Guard("deleting a follow-up", [&]() -> Status {
    return DeleteRow(db_, "follow_up", kFollowUp, id.value());
  });
}

Result<Page<core::FollowUp>> SqliteFollowUpStore::List(
    const FollowUpFilter& filter, const Paging& paging) {
  return Guard("listing follow-ups", [&]() -> Result<Page<core::FollowUp>> {
    Filter where;
    if (filter.person_id) {
      where.Add("person_id = ?", {filter.person_id->value()});
    }
    if (filter.status) {
      where.Add("status = ?",
                {std::string(core::FollowUpStatusName(*filter.status))});
    }
    if (filter.due_before) {
      where.Add("due_at <= ?", {filter.due_before->unix_seconds()});
    }
    Page<core::FollowUp> page;
    page.total = CountRows(db_, "FROM follow_up", where);
    SQLite::Statement select(db_, std::string(kColumns) + where.Sql() +
                                      " ORDER BY due_at, id" +
                                      PagingSql(paging));
    where.BindTo(select);
    while (select.executeStep()) page.items.push_back(ReadFollowUp(select));
    return page;
  });
}

}  // namespace knoten::store::sqlite_internal
