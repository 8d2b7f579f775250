// The user's own profile: one row with id 1.

#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {

Result<core::Profile> SqliteProfileStore::Get() {
  return Guard("reading the profile", [&]() -> Result<core::Profile> {
    CachedStatement select = conn_.Prepare(
        "SELECT name, business_name, positioning, "
        "languages, expertise_areas FROM profile");
    if (!select->executeStep()) {
      return NotFoundError(
          "There is no profile yet; create it with 'knoten me edit --name "
          "NAME'.");
    }
    core::Profile profile;
    profile.name = ReadText(*select, 0);
    profile.business_name = ReadText(*select, 1);
    profile.positioning = ReadText(*select, 2);
    profile.languages = SplitLines(ReadText(*select, 3));
    profile.expertise_areas = SplitLines(ReadText(*select, 4));
    return profile;
  });
}

Status SqliteProfileStore::Put(const core::Profile& profile) {
  return Guard("saving the profile", [&]() -> Status {
    CachedStatement upsert = conn_.Prepare(
        "INSERT INTO profile(id, name, business_name, positioning, languages, "
        "expertise_areas) VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE "
        "SET name = excluded.name, business_name = excluded.business_name, "
        "positioning = excluded.positioning, languages = excluded.languages, "
        "expertise_areas = excluded.expertise_areas");
    BindText(*upsert, 1, profile.name);
    BindText(*upsert, 2, profile.business_name);
    BindText(*upsert, 3, profile.positioning);
    BindText(*upsert, 4, JoinLines(profile.languages));
    BindText(*upsert, 5, JoinLines(profile.expertise_areas));
    upsert->exec();
    return OkStatus();
  });
}

}  // namespace knoten::store::sqlite_internal
