// Use cases for encounters: logging one meeting with several people at once,
// creating people met for the first time on the fly.

#ifndef KNOTEN_APP_ENCOUNTERS_H_
#define KNOTEN_APP_ENCOUNTERS_H_

#include <optional>
#include <string>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/core/encounter.h"
#include "knoten/core/person.h"
#include "knoten/store/aggregate_stores.h"

namespace knoten::app {

struct Meeting {
  core::Encounter encounter;  // people: those already known
  // People met for the first time; stored with first_met_at (and the event)
  // of the encounter and added to it.
  std::vector<core::Person> new_people;
};

struct MeetingLogged {
  core::Encounter encounter;
  std::vector<core::Person> created;
};

// Stores the new people and the encounter in one transaction. People met at
// an event are also recorded as its attendees.
Result<MeetingLogged> Meet(Context& ctx, Meeting meeting);

// One person met at an event, as event mode captures them: a name, what
// they offer and need in their own words, one note.
struct Capture {
  EventId event_id;
  std::string name;
  std::string offers;  // free text; empty: none
  std::string needs;   // free text; empty: none
  std::string note;
};
struct Captured {
  core::Person person;
  std::optional<core::Offer> offer;
  std::optional<core::Need> need;
  core::Encounter encounter;
};
// Stores the person (first met at the event), their offer and need (titled
// by the first line of each text) and a small-talk encounter at the event
// holding the note, all in one transaction: all or nothing.
Result<Captured> CaptureAtEvent(Context& ctx, const Capture& capture);

Result<core::Encounter> EditEncounter(Context& ctx, EncounterId id,
                                      const Change<core::Encounter>& change);
Status DeleteEncounter(Context& ctx, EncounterId id);
Result<core::Encounter> GetEncounter(Context& ctx, EncounterId id);
Result<store::Page<core::Encounter>> ListEncounters(
    Context& ctx, const store::EncounterFilter& filter,
    const store::Paging& paging);

}  // namespace knoten::app

#endif  // KNOTEN_APP_ENCOUNTERS_H_
