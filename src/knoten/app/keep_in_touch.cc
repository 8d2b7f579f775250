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
    const auto rhythm = core::DefaultRhythmDays(p.trust.level);
    if (!rhythm || !p.trust.last_contact) continue;
    const double overdue =
        core::TouchOverdue(*p.trust.last_contact, *rhythm, now);
    if (overdue <= 1) continue;
    losing.emplace_back(
        overdue,
        KeepInTouch{.person_id = p.person_id,
                    .person_name = std::move(p.person_name),
                    .trust = p.trust.level,
                    .last_contact = *p.trust.last_contact,
                    .rhythm_days = *rhythm,
                    .days_since = (now.unix_seconds() -
                                   p.trust.last_contact->unix_seconds()) /
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
