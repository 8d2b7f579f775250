#include "knoten/app/export_calendar.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "knoten/core/event.h"
#include "knoten/core/follow_up.h"
#include "knoten/core/promise.h"
#include "knoten/interop/icalendar.h"
#include "knoten/store/store.h"

namespace knoten::app {
namespace {

constexpr int kCallMinutes = 30;
constexpr int kMeetingMinutes = 60;

// Display names, read once per person.
class Names {
 public:
  explicit Names(store::PersonStore& people) : people_(people) {}

  Result<std::string> Of(PersonId id) {
    auto found = names_.find(id.value());
    if (found != names_.end()) return found->second;
    KNOTEN_ASSIGN_OR_RETURN(const core::Person person, people_.Get(id));
    return names_.emplace(id.value(), person.display_name).first->second;
  }

 private:
  store::PersonStore& people_;
  std::map<int64_t, std::string> names_;
};

interop::CalendarEntry EventEntry(const core::Event& event) {
  return {.uid = "event-" + std::to_string(event.id.value()) + "@knoten",
          .summary = event.title,
          .description = event.notes,
          .location = event.place,
          .starts_at = event.starts_at,
          .duration_minutes = std::max(event.duration_minutes, 1),
          .categories = {"knoten-event"}};
}

// A follow-up due at midnight UTC was given as a day ("--due 2026-03-10"):
// an all-day entry, not a call at 01:00 in Berlin.
bool IsDay(Timestamp t) { return t.unix_seconds() % kSecondsPerDay == 0; }

Result<interop::CalendarEntry> FollowUpEntry(const core::FollowUp& follow_up,
                                             Names& names, bool de) {
  KNOTEN_ASSIGN_OR_RETURN(const std::string name,
                          names.Of(follow_up.person_id));
  const bool call = follow_up.kind == core::FollowUpKind::kCall;
  const std::string what = call ? (de ? "Telefonat mit " : "Call with ")
                                : (de ? "Treffen mit " : "Meeting with ");
  return interop::CalendarEntry{
      .uid = "follow-up-" + std::to_string(follow_up.id.value()) + "@knoten",
      .summary = what + name,
      .description = follow_up.about,
      .starts_at = follow_up.due_at,
      .duration_minutes =
          IsDay(follow_up.due_at) ? 0 : (call ? kCallMinutes : kMeetingMinutes),
      .categories = {"knoten-follow-up"}};
}

Result<interop::CalendarEntry> PromiseEntry(const core::Promise& promise,
                                            Names& names, bool de) {
  std::string summary;
  if (!promise.promisor) {
    KNOTEN_ASSIGN_OR_RETURN(const std::string to, names.Of(*promise.promisee));
    summary = (de ? "Versprochen an " : "Promised to ") + to;
  } else {
    KNOTEN_ASSIGN_OR_RETURN(const std::string from,
                            names.Of(*promise.promisor));
    summary = from + (de ? " hat versprochen" : " promised");
    if (promise.promisee) {
      KNOTEN_ASSIGN_OR_RETURN(const std::string to,
                              names.Of(*promise.promisee));
      summary += (de ? " an " : " to ") + to;
    }
  }
  return interop::CalendarEntry{
      .uid = "promise-" + std::to_string(promise.id.value()) + "@knoten",
      .summary = summary + ": " + promise.text,
      .starts_at = *promise.due_at,
      .duration_minutes = 0,  // all day
      .categories = {"knoten-promise"}};
}

}  // namespace

Result<ExportedCalendar> ExportCalendar(Context& ctx, bool german) {
  return InRead(ctx, [&](store::Transaction& tx) {
    return ExportCalendarIn(tx, ctx.clock.Now(), german);
  });
}

Result<ExportedCalendar> ExportCalendarIn(store::Transaction& tx, Timestamp now,
                                          bool german) {
  Names names(tx.people());
  std::vector<interop::CalendarEntry> entries;
  ExportedCalendar out;
  KNOTEN_ASSIGN_OR_RETURN(const auto events, tx.events().List({}, {}));
  for (const core::Event& event : events.items) {
    entries.push_back(EventEntry(event));
    ++out.events;
  }
  KNOTEN_ASSIGN_OR_RETURN(
      const auto follow_ups,
      tx.follow_ups().List({.status = core::FollowUpStatus::kOpen}, {}));
  for (const core::FollowUp& follow_up : follow_ups.items) {
    KNOTEN_ASSIGN_OR_RETURN(interop::CalendarEntry entry,
                            FollowUpEntry(follow_up, names, german));
    entries.push_back(std::move(entry));
    ++out.follow_ups;
  }
  KNOTEN_ASSIGN_OR_RETURN(
      const auto promises,
      tx.promises().List({.status = core::PromiseStatus::kOpen}, {}));
  for (const core::Promise& promise : promises.items) {
    if (!promise.due_at) continue;
    KNOTEN_ASSIGN_OR_RETURN(interop::CalendarEntry entry,
                            PromiseEntry(promise, names, german));
    entries.push_back(std::move(entry));
    ++out.promises;
  }
  KNOTEN_ASSIGN_OR_RETURN(out.text, interop::WriteICalendar(entries, now));
  return out;
}

}  // namespace knoten::app
