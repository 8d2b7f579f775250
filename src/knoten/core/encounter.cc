#include "knoten/core/encounter.h"

#include <algorithm>
#include <utility>

#include "knoten/core/enum_names.h"
#include "knoten/core/field_rules.h"

namespace knoten::core {
namespace {

constexpr EnumTable<EncounterKind, 5> kEncounterKindNames = {{
    {EncounterKind::kSmallTalk, "small_talk"},
    {EncounterKind::kOneOnOne, "one_on_one"},
    {EncounterKind::kCall, "call"},
    {EncounterKind::kOnline, "online"},
    {EncounterKind::kOther, "other"},
}};

}  // namespace

std::string_view EncounterKindName(EncounterKind kind) {
  return EnumName(kEncounterKindNames, kind);
}
Result<EncounterKind> ParseEncounterKind(std::string_view text) {
  return ParseEnumName(kEncounterKindNames, text, "encounter kind");
}

Result<Encounter> ValidateEncounter(Encounter encounter) {
  std::sort(encounter.people.begin(), encounter.people.end());
  encounter.people.erase(
      std::unique(encounter.people.begin(), encounter.people.end()),
      encounter.people.end());
  if (encounter.people.empty()) {
    return InvalidArgumentError(
        "An encounter needs at least one person; name who you met.");
  }
  KNOTEN_RETURN_IF_ERROR(CheckText("topics", encounter.topics));
  KNOTEN_RETURN_IF_ERROR(CheckText("notes", encounter.notes));
  return encounter;
}

}  // namespace knoten::core
