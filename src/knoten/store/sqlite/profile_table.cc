// The user's own profile: one row with id 1; the answers of the reflection
// checklist, one row per answered item.

#include <algorithm>
#include <string>
#include <vector>

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

Result<std::vector<core::ReflectionEntry>> SqliteProfileStore::Reflection() {
  return Guard(
      "reading the reflection checklist",
      [&]() -> Result<std::vector<core::ReflectionEntry>> {
        CachedStatement select = conn_.Prepare(
            "SELECT item, answer, note, answered_at FROM reflection_answer");
        std::vector<core::ReflectionEntry> entries;
        while (select->executeStep()) {
          auto item = core::ParseReflectionItem(ReadText(*select, 0));
          auto answer = core::ParseReflectionAnswer(ReadText(*select, 1));
          if (!item || !answer) {
            return InternalError("The reflection checklist holds an unknown " +
                                 std::string(item ? "answer" : "item") + " ('" +
                                 ReadText(*select, item ? 1 : 0) + "').");
          }
          entries.push_back({.item = *item,
                             .answer = *answer,
                             .note = ReadText(*select, 2),
                             .answered_at = ReadTime(*select, 3)});
        }
        std::ranges::sort(entries, {}, [](const core::ReflectionEntry& e) {
          return static_cast<int>(e.item);
        });
        return entries;
      });
}

Status SqliteProfileStore::PutReflection(const core::ReflectionEntry& entry) {
  return Guard("saving an answer of the reflection checklist", [&]() -> Status {
    CachedStatement upsert = conn_.Prepare(
        "INSERT INTO reflection_answer(item, answer, note, answered_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT(item) DO UPDATE SET "
        "answer = excluded.answer, note = excluded.note, "
        "answered_at = excluded.answered_at");
    BindText(*upsert, 1, core::ReflectionItemName(entry.item));
    BindText(*upsert, 2, core::ReflectionAnswerName(entry.answer));
    BindText(*upsert, 3, entry.note);
    BindTime(*upsert, 4, entry.answered_at);
    upsert->exec();
    return OkStatus();
  });
}

}  // namespace knoten::store::sqlite_internal
