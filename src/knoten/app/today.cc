#include "knoten/app/today.h"

#include <optional>
#include <utility>

namespace knoten::app {
namespace {

Status AddName(store::Transaction& tx, std::optional<PersonId> id,
               std::map<PersonId, std::string>& names) {
  if (!id || names.contains(*id)) return OkStatus();
  KNOTEN_ASSIGN_OR_RETURN(core::Person p, tx.people().Get(*id));
  names[*id] = p.display_name;
  return OkStatus();
}

Status CollectNames(store::Transaction& tx, TodayView& view) {
  for (const core::FollowUp& f : view.followups_due) {
    KNOTEN_RETURN_IF_ERROR(AddName(tx, f.person_id, view.names));
  }
  for (const core::Promise& p : view.promises_due) {
    KNOTEN_RETURN_IF_ERROR(AddName(tx, p.promisor, view.names));
    KNOTEN_RETURN_IF_ERROR(AddName(tx, p.promisee, view.names));
  }
  return OkStatus();
}

}  // namespace

Result<TodayView> Today(Context& ctx, const LexiconSource& lexicon) {
  Suggestions suggestions;
  if (lexicon) {
    KNOTEN_ASSIGN_OR_RETURN(suggestions, Suggest(ctx, lexicon));
  }
  return TodayWith(ctx, std::move(suggestions));
}

Result<TodayView> TodayWith(Context& ctx, Suggestions suggestions) {
  TodayView view;
  view.suggestions = std::move(suggestions);
  view.suggestions.KeepFirst(kTodaySuggestionsPerSection);
  view.now = ctx.clock.Now();
  const Timestamp end_of_day = Timestamp::FromUnixSeconds(
      StartOfDay(view.now).unix_seconds() + kSecondsPerDay - 1);
  const Timestamp promise_horizon = Timestamp::FromUnixSeconds(
      end_of_day.unix_seconds() + kPromiseHorizonDays * kSecondsPerDay);
  return InRead(ctx, [&](store::Transaction& tx) -> Result<TodayView> {
    KNOTEN_ASSIGN_OR_RETURN(
        auto follow_ups,
        tx.follow_ups().List(
            {.status = core::FollowUpStatus::kOpen, .due_before = end_of_day},
            {}));
    view.followups_due = std::move(follow_ups.items);
    KNOTEN_ASSIGN_OR_RETURN(
        auto promises, tx.promises().List({.status = core::PromiseStatus::kOpen,
                                           .due_before = promise_horizon},
                                          {}));
    view.promises_due = std::move(promises.items);
    KNOTEN_ASSIGN_OR_RETURN(view.keep_in_touch, KeepInTouchList(tx, view.now));
    KNOTEN_ASSIGN_OR_RETURN(view.nudges, TakingNudges(tx, view.now));
    KNOTEN_RETURN_IF_ERROR(CollectNames(tx, view));
    return view;
  });
}

}  // namespace knoten::app
