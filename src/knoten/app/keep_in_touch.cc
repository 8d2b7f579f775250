#include "knoten/app/keep_in_touch.h"

#include <algorithm>
#include <utility>

#include "knoten/app/trust.h"
#include "knoten/core/keep_in_touch.h"

namespace knoten::app {

Result<std::vector<KeepInTouch>> KeepInTouchList(store::Transaction& tx,
                                                 Timestamp now) {
  KNOTEN_ASSIGN_OR_RETURN(auto everyone, TrustOfEveryone(tx, now));
  std::vector<std::pair<double, KeepInTouch>> losing;
  for (PersonTrust& p : everyone) {
    const core::Touch touch =
        core::TouchWith(p.rhythm_days, p.trust, p.known_since, now);
    if (!touch.losing_touch()) continue;
    losing.emplace_back(touch.overdue,
                        KeepInTouch{.person_id = p.person_id,
                                    .person_name = std::move(p.person_name),
                                    .trust = p.trust.level,
                                    .last_contact = touch.since,
                                    .rhythm_days = *touch.rhythm.days,
                                    .rhythm_chosen = touch.rhythm.chosen,
                                    .days_since = (now.unix_seconds() -
                                                   touch.since.unix_seconds()) /
                                                  kSecondsPerDay});
  }
  std::ranges::stable_sort(
      losing, [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<KeepInTouch> out;
  for (auto& [overdue, item] : losing) {
    if (out.size() == kMaxKeepInTouch) break;
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace knoten::app
