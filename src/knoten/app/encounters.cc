#include "knoten/app/encounters.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "knoten/app/people.h"
#include "knoten/base/text.h"
#include "knoten/core/field_rules.h"

namespace knoten::app {
namespace {

Status RequireEncounterReferences(store::Transaction& tx,
                                  const core::Encounter& e) {
  if (e.event_id) KNOTEN_RETURN_IF_ERROR(tx.events().Get(*e.event_id));
  for (PersonId p : e.people) KNOTEN_RETURN_IF_ERROR(tx.people().Get(p));
  return OkStatus();
}

// Adds the encounter's people to its event's attendees.
Status RecordAttendance(store::Transaction& tx, const core::Encounter& e) {
  if (!e.event_id) return OkStatus();
  KNOTEN_ASSIGN_OR_RETURN(core::Event event, tx.events().Get(*e.event_id));
  bool changed = false;
  for (PersonId p : e.people) {
    if (std::find(event.attendees.begin(), event.attendees.end(), p) ==
        event.attendees.end()) {
      event.attendees.push_back(p);
      changed = true;
    }
  }
  if (!changed) return OkStatus();
  std::sort(event.attendees.begin(), event.attendees.end());
  return tx.events().Update(event);
}

// Stamps and validates the people met for the first time.
Status PrepareNewPeople(Meeting& meeting, Timestamp now) {
  for (core::Person& person : meeting.new_people) {
    if (!person.first_met_at) {
      person.first_met_at = meeting.encounter.occurred_at;
    }
    if (!person.first_met_event) {
      person.first_met_event = meeting.encounter.event_id;
    }
    person.created_at = now;
    person.updated_at = now;
    KNOTEN_ASSIGN_OR_RETURN(person, core::ValidatePerson(std::move(person)));
  }
  return OkStatus();
}

Result<MeetingLogged> StoreMeeting(store::Transaction& tx, Meeting meeting) {
  if (meeting.encounter.event_id) {
    KNOTEN_RETURN_IF_ERROR(tx.events().Get(*meeting.encounter.event_id));
  }
  MeetingLogged logged;
  for (core::Person& person : meeting.new_people) {
    KNOTEN_ASSIGN_OR_RETURN(person.id, tx.people().Create(person));
    meeting.encounter.people.push_back(person.id);
    logged.created.push_back(person);
  }
  KNOTEN_ASSIGN_OR_RETURN(
      logged.encounter, core::ValidateEncounter(std::move(meeting.encounter)));
  KNOTEN_RETURN_IF_ERROR(RequireEncounterReferences(tx, logged.encounter));
  KNOTEN_ASSIGN_OR_RETURN(logged.encounter.id,
                          tx.encounters().Create(logged.encounter));
  KNOTEN_RETURN_IF_ERROR(RecordAttendance(tx, logged.encounter));
  return logged;
}

// The first line of `text`, cut to a title's length at a character
// boundary.
std::string TitleOf(std::string_view text) {
  std::string_view line = Trim(text.substr(0, text.find('\n')));
  if (line.size() > core::kMaxLineLength) {
    size_t cut = core::kMaxLineLength;
    // Back up over UTF-8 continuation bytes (10xxxxxx).
    while (cut > 0 &&
           (static_cast<unsigned char>(line[cut]) & 0xC0U) == 0x80U) {
      --cut;
    }
    line = line.substr(0, cut);
  }
  return std::string(line);
}

// The text beyond the title, or "" when the title says it all.
std::string RestOf(std::string_view text, const std::string& title) {
  const std::string_view whole = Trim(text);
  return whole == title ? std::string() : std::string(whole);
}

Result<Captured> StoreCapture(store::Transaction& tx, Meeting meeting,
                              std::optional<core::Offer> offer,
                              std::optional<core::Need> need) {
  KNOTEN_ASSIGN_OR_RETURN(MeetingLogged logged,
                          StoreMeeting(tx, std::move(meeting)));
  Captured captured{.person = logged.created.front(),
                    .encounter = std::move(logged.encounter)};
  if (offer) {
    offer->person_id = captured.person.id;
    KNOTEN_ASSIGN_OR_RETURN(offer->id, tx.offers().Create(*offer));
    captured.offer = std::move(offer);
  }
  if (need) {
    need->person_id = captured.person.id;
    KNOTEN_ASSIGN_OR_RETURN(need->id, tx.needs().Create(*need));
    captured.need = std::move(need);
  }
  return captured;
}

}  // namespace

Result<Captured> CaptureAtEvent(Context& ctx, const Capture& capture) {
  const Timestamp now = ctx.clock.Now();
  Meeting meeting;
  meeting.encounter.occurred_at = now;
  meeting.encounter.kind = core::EncounterKind::kSmallTalk;
  meeting.encounter.event_id = capture.event_id;
  meeting.encounter.notes = capture.note;
  core::Person person;
  person.display_name = capture.name;
  meeting.new_people.push_back(std::move(person));
  KNOTEN_RETURN_IF_ERROR(PrepareNewPeople(meeting, now));
  std::optional<core::Offer> offer;
  if (!Trim(capture.offers).empty()) {
    core::Offer o{.title = TitleOf(capture.offers), .created_at = now};
    o.text = RestOf(capture.offers, o.title);
    KNOTEN_ASSIGN_OR_RETURN(offer, core::ValidateOffer(std::move(o)));
  }
  std::optional<core::Need> need;
  if (!Trim(capture.needs).empty()) {
    core::Need n{.title = TitleOf(capture.needs), .created_at = now};
    n.text = RestOf(capture.needs, n.title);
    KNOTEN_ASSIGN_OR_RETURN(need, core::ValidateNeed(std::move(n)));
  }
  return InWrite(ctx, [&](store::Transaction& tx) {
    return StoreCapture(tx, std::move(meeting), std::move(offer),
                        std::move(need));
  });
}

Result<MeetingLogged> Meet(Context& ctx, Meeting meeting) {
  KNOTEN_RETURN_IF_ERROR(PrepareNewPeople(meeting, ctx.clock.Now()));
  // One transaction: if the encounter turns out invalid, the people created
  // for it are not kept either.
  return InWrite(ctx, [&](store::Transaction& tx) {
    return StoreMeeting(tx, std::move(meeting));
  });
}

Result<core::Encounter> EditEncounter(Context& ctx, EncounterId id,
                                      const Change<core::Encounter>& change) {
  return EditRecord(
      ctx, id, change,
      [](store::Transaction & tx) -> auto& { return tx.encounters(); },
      core::ValidateEncounter,
      [](store::Transaction& tx, const core::Encounter& r) {
        return RequireEncounterReferences(tx, r);
      });
}

Status DeleteEncounter(Context& ctx, EncounterId id) {
  return InWrite(
      ctx, [&](store::Transaction& tx) { return tx.encounters().Delete(id); });
}

Result<core::Encounter> GetEncounter(Context& ctx, EncounterId id) {
  return InRead(
      ctx, [&](store::Transaction& tx) { return tx.encounters().Get(id); });
}

Result<store::Page<core::Encounter>> ListEncounters(
    Context& ctx, const store::EncounterFilter& filter,
    const store::Paging& paging) {
  return InRead(ctx, [&](store::Transaction& tx) {
    return tx.encounters().List(filter, paging);
  });
}

}  // namespace knoten::app
