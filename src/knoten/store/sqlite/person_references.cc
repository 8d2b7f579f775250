// Moving what refers to one person over to another (PersonStore::
// MoveReferences): one UPDATE OR IGNORE per column that refers to a person,
// found from the schema. OR IGNORE leaves a row where it is when moving it
// would break a unique key or a CHECK (the two people introduced to each
// other); such rows go with the person when that person is deleted.

#include <string>
#include <utility>
#include <vector>

#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

// The person's own values, merged by the caller as values: moving their
// rows would clash with the other person's positions.
bool IsOwnValues(const std::string& table) {
  return table == "person_channel" || table == "person_tag" ||
         table == "person_vcard";
}

}  // namespace

Result<std::vector<std::pair<std::string, int64_t>>>
SqlitePersonStore::MoveReferences(PersonId from, PersonId into) {
  if (from == into) {
    return InvalidArgumentError("A person cannot be merged with themselves.");
  }
  using Moved = std::vector<std::pair<std::string, int64_t>>;
  return Guard("moving what refers to a person", [&]() -> Result<Moved> {
    for (const PersonId id : {from, into}) {
      CachedStatement exists =
          conn_.Prepare("SELECT 1 FROM person WHERE id = ?");
      exists->bind(1, id.value());
      if (!exists->executeStep()) return NotFound(kPersonRecord, id.value());
    }
    Moved moved;
    for (const Reference& reference : ReferencesTo(db_, "person")) {
      if (IsOwnValues(reference.table)) continue;
      const std::string column = QuoteIdentifier(reference.column);
      std::string sql = "UPDATE OR IGNORE ";
      sql += QuoteIdentifier(reference.table);
      sql += " SET " + column;
      sql += " = ? WHERE " + column;
      sql += " = ?";
      SQLite::Statement update(db_, sql);
      update.bind(1, into.value());
      update.bind(2, from.value());
      const int64_t changed = update.exec();
      if (changed == 0) continue;
      if (moved.empty() || moved.back().first != reference.table) {
        moved.emplace_back(reference.table, 0);
      }
      moved.back().second += changed;
    }
    // A need of `into` on behalf of `from` is now simply `into`'s own.
    CachedStatement own = conn_.Prepare(
        "UPDATE need SET on_behalf_of_id = NULL WHERE person_id = ? AND "
        "on_behalf_of_id = ?");
    own->bind(1, into.value());
    own->bind(2, into.value());
    own->exec();
    // Offers and needs are part of a person's searchable text.
    conn_.MarkSearchDirty(from);
    conn_.MarkSearchDirty(into);
    return moved;
  });
}

}  // namespace knoten::store::sqlite_internal
