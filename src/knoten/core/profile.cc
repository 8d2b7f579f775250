#include "knoten/core/profile.h"

#include <utility>

#include "knoten/core/field_rules.h"

namespace knoten::core {

Result<Profile> ValidateProfile(Profile profile) {
  KNOTEN_RETURN_IF_ERROR(CheckLine("name", profile.name, true));
  KNOTEN_RETURN_IF_ERROR(
      CheckLine("business_name", profile.business_name, false));
  KNOTEN_RETURN_IF_ERROR(CheckText("positioning", profile.positioning));
  KNOTEN_RETURN_IF_ERROR(CheckLanguages("languages", profile.languages));
  KNOTEN_RETURN_IF_ERROR(
      CheckLines("expertise_areas", profile.expertise_areas));
  return profile;
}

}  // namespace knoten::core
