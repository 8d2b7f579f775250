// Need (Bedarf): something the user or a person needs, possibly on behalf of a
// client (C6: "one of my clients needs X"). A need without a person is the
// user's own.
//
// Thread-safety: plain value type and pure functions.

#ifndef KNOTEN_CORE_NEED_H_
#define KNOTEN_CORE_NEED_H_

#include <optional>
#include <string>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"
#include "knoten/core/lang.h"

namespace knoten::core {

struct Need {
  NeedId id;
  std::optional<PersonId> person_id;  // empty: the user's own need
  std::string title;
  std::string text;
  std::optional<Lang> lang;  // detected when left empty
  // The client the need is held for, when it is not the owner's own.
  std::optional<PersonId> on_behalf_of;
  bool active = true;
  Timestamp created_at;
};

// Returns `need` trimmed and with `lang` set, or kInvalidArgument (empty
// title, a need held on behalf of its own owner, bad text).
Result<Need> ValidateNeed(Need need);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_NEED_H_
