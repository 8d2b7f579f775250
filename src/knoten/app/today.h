// The "today" view: what is due now, the people the user is losing touch
// with, where they mostly took lately, and the best suggestions of the
// matching engine.

#ifndef KNOTEN_APP_TODAY_H_
#define KNOTEN_APP_TODAY_H_

#include <map>
#include <string>
#include <vector>

#include "knoten/app/balance.h"
#include "knoten/app/context.h"
#include "knoten/app/keep_in_touch.h"
#include "knoten/app/suggestions.h"
#include "knoten/core/follow_up.h"
#include "knoten/core/promise.h"

namespace knoten::app {

inline constexpr int kPromiseHorizonDays = 7;
inline constexpr size_t kTodaySuggestionsPerSection = 3;

struct TodayView {
  Timestamp now;
  // Open follow-ups due by the end of today (UTC), overdue ones included.
  std::vector<core::FollowUp> followups_due;
  // Open promises due within kPromiseHorizonDays, overdue ones included.
  std::vector<core::Promise> promises_due;
  // Whom the user is losing touch with (keep_in_touch.h).
  std::vector<KeepInTouch> keep_in_touch;
  // Where the user has mostly taken lately (balance.h), private.
  std::vector<Nudge> nudges;
  // Display names of every person referenced above.
  std::map<PersonId, std::string> names;
  // The best kTodaySuggestionsPerSection of each section; names inside.
  Suggestions suggestions;
};

// With a source of word lists, also suggests matches (suggestions.h);
// without, the suggestions stay empty.
Result<TodayView> Today(Context& ctx, const LexiconSource& lexicon = {});
// With suggestions worked out before (the server's, in the background):
// their best kTodaySuggestionsPerSection per section.
Result<TodayView> TodayWith(Context& ctx, Suggestions suggestions);

}  // namespace knoten::app

#endif  // KNOTEN_APP_TODAY_H_
