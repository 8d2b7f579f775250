// Reading knoten's records from JSON (the HTTP API's request bodies), with
// the field names codec.h writes.
//
// Strict, so that a typo never goes unnoticed: a field the record does not
// have, a value of the wrong type and an invalid value are each
// kInvalidArgument naming the field. Read-only fields (id, created_at, ...)
// may be sent back unchanged, as a client that edits what it read does, but
// not with another value. Apply* changes only the fields present (a create
// applies them to a new record, an edit to the stored one); on an error the
// record may be half changed, so callers apply to a copy or inside the
// transaction that the error then rolls back.

#ifndef KNOTEN_JSON_DECODE_H_
#define KNOTEN_JSON_DECODE_H_

#include <string_view>

#include "knoten/app/encounters.h"
#include "knoten/base/result.h"
#include "knoten/core/event.h"
#include "knoten/core/follow_up.h"
#include "knoten/core/introduction.h"
#include "knoten/core/judgement.h"
#include "knoten/core/ledger_entry.h"
#include "knoten/core/need.h"
#include "knoten/core/network.h"
#include "knoten/core/offer.h"
#include "knoten/core/person.h"
#include "knoten/core/profile.h"
#include "knoten/core/promise.h"
#include "knoten/core/reflection.h"
#include "knoten/json/codec.h"

namespace knoten::json {

// Parses a request body that must be one JSON object. Malformed JSON
// (including invalid UTF-8) is kInvalidArgument with the parser's position.
Result<Json> ParseObject(std::string_view body);

Status ApplyJson(const Json& fields, core::Profile& profile);
Status ApplyJson(const Json& fields, core::Person& person);
Status ApplyJson(const Json& fields, core::Offer& offer);
Status ApplyJson(const Json& fields, core::Need& need);
Status ApplyJson(const Json& fields, core::Network& network);
Status ApplyJson(const Json& fields, core::Membership& membership);
Status ApplyJson(const Json& fields, core::Event& event);
Status ApplyJson(const Json& fields, core::Encounter& encounter);
Status ApplyJson(const Json& fields, core::LedgerEntry& entry);
// The status is changed through SetIntroductionStatus, not here.
Status ApplyJson(const Json& fields, core::Introduction& intro);
Status ApplyJson(const Json& fields, core::Promise& promise);
Status ApplyJson(const Json& fields, core::FollowUp& follow_up);
// An encounter's fields plus "new_people": [person, ...], people met for
// the first time.
Status ApplyJson(const Json& fields, app::Meeting& meeting);
// An answer of the reflection checklist: "answer" and "note" ("item" and
// "answered_at" are read-only).
Status ApplyJson(const Json& fields, core::ReflectionEntry& entry);
// A judgement's "value", "evidence" and "note" ("person_id", "factor" and
// "judged_at" are read-only).
Status ApplyJson(const Json& fields, core::Judgement& judgement);
// A pitch as the API takes it: what was offered, and whether to record it
// even when it is too early.
struct PitchInput {
  std::string about;
  bool despite_too_early = false;
};
Status ApplyJson(const Json& fields, PitchInput& pitch);
// Event mode's four fields: "name", "offers", "needs", "note".
Status ApplyJson(const Json& fields, app::Capture& capture);

}  // namespace knoten::json

#endif  // KNOTEN_JSON_DECODE_H_
