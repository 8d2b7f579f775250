// Promises: who promised what to whom.

#include <string>

#include "knoten/store/sqlite/internal/rows.h"
#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

constexpr RecordKind kPromise{"promise", "promise"};

constexpr const char* kColumns =
    "SELECT id, promisor_id, promisee_id, text, due_at, status, created_at "
    "FROM promise";

void BindPromise(SQLite::Statement& s, const core::Promise& p) {
  BindId(s, 1, p.promisor);
  BindId(s, 2, p.promisee);
  BindText(s, 3, p.text);
  BindTime(s, 4, p.due_at);
  BindText(s, 5, core::PromiseStatusName(p.status));
  BindTime(s, 6, p.created_at);
}

}  // namespace

core::Promise ReadPromise(const SQLite::Statement& s) {
  core::Promise p;
  p.id = ReadId<PromiseId>(s, 0);
  p.promisor = ReadOptionalId<PersonId>(s, 1);
  p.promisee = ReadOptionalId<PersonId>(s, 2);
  p.text = ReadText(s, 3);
  p.due_at = ReadOptionalTime(s, 4);
  p.status = ReadEnum<core::PromiseStatus>(s, 5, core::ParsePromiseStatus);
  p.created_at = ReadTime(s, 6);
  return p;
}

Result<PromiseId> SqlitePromiseStore::Create(const core::Promise& promise) {
  return Guard("saving a promise", [&]() -> Result<PromiseId> {
    CachedStatement insert = conn_.Prepare(
        "INSERT INTO promise(promisor_id, promisee_id, "
        "text, due_at, status, created_at) VALUES "
        "(?, ?, ?, ?, ?, ?)");
    BindPromise(*insert, promise);
    insert->exec();
    return PromiseId(db_.getLastInsertRowid());
  });
}

Result<core::Promise> SqlitePromiseStore::Get(PromiseId id) {
  return Guard("reading a promise", [&]() -> Result<core::Promise> {
    CachedStatement select =
        conn_.Prepare(std::string(kColumns) + " WHERE id = ?");
    select->bind(1, id.value());
    if (!select->executeStep()) return NotFound(kPromise, id.value());
    return ReadPromise(*select);
  });
}

Status SqlitePromiseStore::Update(const core::Promise& promise) {
  return Guard("updating a promise", [&]() -> Status {
    CachedStatement update = conn_.Prepare(
        "UPDATE promise SET promisor_id = ?, promisee_id "
        "= ?, text = ?, due_at = ?, status = ?, "
        "created_at = ? WHERE id = ?");
    BindPromise(*update, promise);
    update->bind(7, promise.id.value());
    update->exec();
    return ExpectOneChange(db_, kPromise, promise.id.value());
  });
}

Status SqlitePromiseStore::Delete(PromiseId id) {
  return Guard("deleting a promise", [&]() -> Status {
    return DeleteRow(db_, "promise", kPromise, id.value());
  });
}

Result<Page<core::Promise>> SqlitePromiseStore::List(
    const PromiseFilter& filter, const Paging& paging) {
  return Guard("listing promises", [&]() -> Result<Page<core::Promise>> {
    Filter where;
    if (filter.person_id) {
      const int64_t id = filter.person_id->value();
      where.Add("(promisor_id = ? OR promisee_id = ?)", {id, id});
    }
    if (filter.status) {
      where.Add("status = ?",
                {std::string(core::PromiseStatusName(*filter.status))});
    }
    if (filter.due_before) {
      where.Add("due_at <= ?", {filter.due_before->unix_seconds()});
    }
    Page<core::Promise> page;
    page.total = CountRows(db_, "FROM promise", where);
    SQLite::Statement select(db_, std::string(kColumns) + where.Sql() +
                                      " ORDER BY due_at IS NULL, due_at, id" +
                                      PagingSql(paging));
    where.BindTo(select);
    while (select.executeStep()) page.items.push_back(ReadPromise(select));
    return page;
  });
}

}  // namespace knoten::store::sqlite_internal
