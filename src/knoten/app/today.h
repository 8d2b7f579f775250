// The "today" view: what is due now. Sections about relationships
// (keep_in_touch, suggestions, nudges) are computed by later use cases
// (issues #3 and #5) and are empty until then.

#ifndef KNOTEN_APP_TODAY_H_
#define KNOTEN_APP_TODAY_H_

#include <map>
#include <string>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/core/follow_up.h"
#include "knoten/core/promise.h"

namespace knoten::app {

inline constexpr int kPromiseHorizonDays = 7;

struct TodayView {
  Timestamp now;
  // Open follow-ups due by the end of today (UTC), overdue ones included.
  std::vector<core::FollowUp> followups_due;
  // Open promises due within kPromiseHorizonDays, overdue ones included.
  std::vector<core::Promise> promises_due;
  // Display names of every person referenced above.
  std::map<PersonId, std::string> names;
};

Result<TodayView> Today(Context& ctx);

}  // namespace knoten::app

#endif  // KNOTEN_APP_TODAY_H_
