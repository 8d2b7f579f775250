// Introductions between two of the user's contacts.

#include <string>

#include "knoten/store/sqlite/internal/rows.h"
#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

constexpr RecordKind kIntroduction{"introduction", "intro"};

constexpr const char* kColumns =
    "SELECT id, person_a, person_b, status, notes, created_at, made_at FROM "
    "introduction";

void BindIntroduction(SQLite::Statement& s, const core::Introduction& i) {
  BindId(s, 1, i.person_a);
  BindId(s, 2, i.person_b);
  BindText(s, 3, core::IntroductionStatusName(i.status));
  BindText(s, 4, i.notes);
  BindTime(s, 5, i.created_at);
  BindTime(s, 6, i.made_at);
}

}  // namespace

core::Introduction ReadIntroduction(const SQLite::Statement& s) {
  core::Introduction i;
  i.id = ReadId<IntroductionId>(s, 0);
  i.person_a = ReadId<PersonId>(s, 1);
  i.person_b = ReadId<PersonId>(s, 2);
  i.status =
      ReadEnum<core::IntroductionStatus>(s, 3, core::ParseIntroductionStatus);
  i.notes = ReadText(s, 4);
  i.created_at = ReadTime(s, 5);
  i.made_at = ReadOptionalTime(s, 6);
  return i;
}

Result<IntroductionId> SqliteIntroductionStore::Create(
    const core::Introduction& intro) {
  return Guard("saving an introduction", [&]() -> Result<IntroductionId> {
    CachedStatement insert = conn_.Prepare(
        "INSERT INTO introduction(person_a, person_b, "
        "status, notes, created_at, made_at) VALUES "
        "(?, ?, ?, ?, ?, ?)");
    BindIntroduction(*insert, intro);
    insert->exec();
    return IntroductionId(db_.getLastInsertRowid());
  });
}

Result<core::Introduction> SqliteIntroductionStore::Get(IntroductionId id) {
  return Guard("reading an introduction", [&]() -> Result<core::Introduction> {
    CachedStatement select =
        conn_.Prepare(std::string(kColumns) + " WHERE id = ?");
    select->bind(1, id.value());
    if (!select->executeStep()) return NotFound(kIntroduction, id.value());
    return ReadIntroduction(*select);
  });
}

Status SqliteIntroductionStore::Update(const core::Introduction& intro) {
  return Guard("updating an introduction", [&]() -> Status {
    CachedStatement update = conn_.Prepare(
        "UPDATE introduction SET person_a = ?, person_b = "
        "?, status = ?, notes = ?, created_at = ?, "
        "made_at = ? WHERE id = ?");
    BindIntroduction(*update, intro);
    update->bind(7, intro.id.value());
    update->exec();
    return ExpectOneChange(db_, kIntroduction, intro.id.value());
  });
}

Status SqliteIntroductionStore::Delete(IntroductionId id) {
  return Guard("deleting an introduction", [&]() -> Status {
    return DeleteRow(db_, "introduction", kIntroduction, id.value());
  });
}

Result<Page<core::Introduction>> SqliteIntroductionStore::List(
    const IntroductionFilter& filter, const Paging& paging) {
  return Guard(
      "listing introductions", [&]() -> Result<Page<core::Introduction>> {
        Filter where;
        if (filter.person_id) {
          const int64_t id = filter.person_id->value();
          where.Add("(person_a = ? OR person_b = ?)", {id, id});
        }
        if (filter.status) {
          where.Add(
              "status = ?",
              {std::string(core::IntroductionStatusName(*filter.status))});
        }
        Page<core::Introduction> page;
        page.total = CountRows(db_, "FROM introduction", where);
        SQLite::Statement select(db_, std::string(kColumns) + where.Sql() +
                                          " ORDER BY id DESC" +
                                          PagingSql(paging));
        where.BindTo(select);
        while (select.executeStep()) {
          page.items.push_back(ReadIntroduction(select));
        }
        return page;
      });
}

}  // namespace knoten::store::sqlite_internal
