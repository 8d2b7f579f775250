// Person (Kontakt): someone the user knows, with channels, languages, tags and
// where they first met. Offers and needs of a person live in their own
// records (offer.h, need.h).
//
// Thread-safety: plain value type and pure functions.

#ifndef KNOTEN_CORE_PERSON_H_
#define KNOTEN_CORE_PERSON_H_

#include <optional>
#include <string>
#include <vector>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"

namespace knoten::core {

struct Person {
  PersonId id;  // 0 until stored
  std::string given_name;
  std::string family_name;
  // Shown everywhere; derived from given and family name when left empty.
  std::string display_name;
  std::string organisation;
  std::string role;
  std::vector<std::string> emails;
  std::vector<std::string> phones;
  std::vector<std::string> urls;
  std::string city;
  std::vector<std::string> languages;  // ISO 639-1
  std::vector<std::string> tags;       // lower case, no commas
  std::string notes;
  std::optional<Timestamp> first_met_at;
  std::optional<EventId> first_met_event;
  // How often the user wants to be in touch, in days (kMinRhythmDays to
  // kMaxRhythmDays, core/keep_in_touch.h); empty: the default from trust.
  std::optional<int64_t> rhythm_days;
  bool archived = false;
  Timestamp created_at;
  Timestamp updated_at;
};

// Returns `person` normalised (trimmed fields, deduplicated lists, lower-case
// tags, display name derived) or kInvalidArgument naming the first problem:
// no name at all, a malformed e-mail/phone/URL, an unknown language, a tag
// with a comma, a rhythm out of bounds, over-long or non-UTF-8 text.
Result<Person> ValidatePerson(Person person);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_PERSON_H_
