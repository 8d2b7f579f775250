#include "knoten/core/need.h"

#include <utility>

#include "knoten/core/field_rules.h"

namespace knoten::core {

Result<Need> ValidateNeed(Need need) {
  KNOTEN_RETURN_IF_ERROR(CheckLine("title", need.title, true));
  KNOTEN_RETURN_IF_ERROR(CheckText("text", need.text));
  if (need.on_behalf_of && need.person_id &&
      *need.on_behalf_of == *need.person_id) {
    return InvalidArgumentError(
        "A need cannot be held on behalf of its own owner; leave "
        "on_behalf_of empty.");
  }
  if (!need.lang) need.lang = DetectLang(need.title + "\n" + need.text);
  return need;
}

}  // namespace knoten::core
