// The keep_in_touch section of `today` ("losing touch", C8): people whose
// relationship has a rhythm, by default or chosen (core/keep_in_touch.h),
// and whose last contact is older than it, most overdue first.
//
// Thread-safety: as the Context's store.

#ifndef KNOTEN_APP_KEEP_IN_TOUCH_H_
#define KNOTEN_APP_KEEP_IN_TOUCH_H_

#include <cstdint>
#include <string>
#include <vector>

#include "knoten/app/context.h"

namespace knoten::app {

inline constexpr size_t kMaxKeepInTouch = 5;

struct KeepInTouch {
  PersonId person_id;
  std::string person_name;
  double trust = 0;
  Timestamp last_contact;  // or when they met, if there was no contact yet
  int64_t rhythm_days = 0;
  bool rhythm_chosen = false;  // the user's choice, not the default
  int64_t days_since = 0;      // whole days since the last contact
};

// At most kMaxKeepInTouch people the user is losing touch with at `now`,
// inside `tx`.
Result<std::vector<KeepInTouch>> KeepInTouchList(store::Transaction& tx,
                                                 Timestamp now);

}  // namespace knoten::app

#endif  // KNOTEN_APP_KEEP_IN_TOUCH_H_
