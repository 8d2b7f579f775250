// Profile: the user ("me") as a self-employed person. There is exactly one
// profile per database; offers and needs without a person are the profile's.
//
// Thread-safety: plain value type and pure functions.

#ifndef KNOTEN_CORE_PROFILE_H_
#define KNOTEN_CORE_PROFILE_H_

#include <string>
#include <vector>

#include "knoten/base/result.h"

namespace knoten::core {

struct Profile {
  std::string name;
  std::string business_name;
  // "Who I am as a self-employed person", in the user's words.
  std::string positioning;
  std::vector<std::string> languages;  // ISO 639-1
  std::vector<std::string> expertise_areas;
};

// Returns `profile` trimmed and deduplicated, or kInvalidArgument (empty name,
// unknown language, over-long or non-UTF-8 text).
Result<Profile> ValidateProfile(Profile profile);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_PROFILE_H_
