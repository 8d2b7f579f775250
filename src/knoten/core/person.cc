#include "knoten/core/person.h"

#include <string>
#include <utility>

#include "knoten/base/text.h"
#include "knoten/core/field_rules.h"
#include "knoten/core/keep_in_touch.h"

namespace knoten::core {
namespace {

Status CheckTags(std::vector<std::string>& tags) {
  for (std::string& tag : tags) {
    tag = AsciiLower(Trim(tag));
    if (tag.find(',') != std::string::npos) {
      return InvalidArgumentError("tag '" + tag +
                                  "' contains a comma; give each tag on its "
                                  "own.");
    }
  }
  return CheckLines("tag", tags);
}

// Checks the three name fields and derives the display name if needed.
Status CheckNames(Person& person) {
  KNOTEN_RETURN_IF_ERROR(CheckLine("given_name", person.given_name, false));
  KNOTEN_RETURN_IF_ERROR(CheckLine("family_name", person.family_name, false));
  KNOTEN_RETURN_IF_ERROR(CheckLine("display_name", person.display_name, false));
  if (person.display_name.empty()) {
    person.display_name = person.given_name;
    if (!person.family_name.empty()) {
      if (!person.display_name.empty()) person.display_name += ' ';
      person.display_name += person.family_name;
    }
    // Two names of up to kMaxLineLength each may make a longer one; it is
    // cut at a character's start so that it stays valid as it is stored.
    if (person.display_name.size() > kMaxLineLength) {
      size_t end = kMaxLineLength;
      while (end > 0 && (static_cast<unsigned char>(person.display_name[end]) &
                         0xC0U) == 0x80U) {
        --end;
      }
      person.display_name.resize(end);
      person.display_name = std::string(Trim(person.display_name));
    }
  }
  if (person.display_name.empty()) {
    return InvalidArgumentError(
        "A person needs a name; give a display name or a given or family "
        "name.");
  }
  return OkStatus();
}

Status CheckWork(Person& person) {
  KNOTEN_RETURN_IF_ERROR(CheckLine("organisation", person.organisation, false));
  KNOTEN_RETURN_IF_ERROR(CheckLine("role", person.role, false));
  KNOTEN_RETURN_IF_ERROR(CheckLine("city", person.city, false));
  return CheckText("notes", person.notes);
}

Status CheckChannels(Person& person) {
  KNOTEN_RETURN_IF_ERROR(CheckEmails(person.emails));
  KNOTEN_RETURN_IF_ERROR(CheckPhones(person.phones));
  return CheckUrls(person.urls);
}

Status CheckRhythm(const Person& person) {
  if (!person.rhythm_days) return OkStatus();
  const int64_t days = *person.rhythm_days;
  if (days >= kMinRhythmDays && days <= kMaxRhythmDays) return OkStatus();
  return InvalidArgumentError(
      "rhythm_days must be between " + std::to_string(kMinRhythmDays) +
      " and " + std::to_string(kMaxRhythmDays) + " days, not " +
      std::to_string(days) + "; leave it empty for the default from trust.");
}

}  // namespace

Result<Person> ValidatePerson(Person person) {
  KNOTEN_RETURN_IF_ERROR(CheckNames(person));
  KNOTEN_RETURN_IF_ERROR(CheckWork(person));
  KNOTEN_RETURN_IF_ERROR(CheckChannels(person));
  KNOTEN_RETURN_IF_ERROR(CheckLanguages("languages", person.languages));
  KNOTEN_RETURN_IF_ERROR(CheckTags(person.tags));
  KNOTEN_RETURN_IF_ERROR(CheckRhythm(person));
  return person;
}

}  // namespace knoten::core
