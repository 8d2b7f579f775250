#!/usr/bin/env python3
"""Writes the record parts of src/knoten/http/openapi.json.

The session calls, the error document and the security scheme are written by
hand in openapi.json; this script (re)writes the record schemas and the
record paths from the field lists below, which follow src/knoten/json/codec.cc
field by field. Enum values are read from the name tables in
src/knoten/core/*.cc, so they cannot drift from the code.

  python3 tools/openapi/generate.py          # rewrite openapi.json
  python3 tools/openapi/generate.py --check  # exit 1 if it is out of date

The API tests validate every response against the document
(src/knoten/http/openapi_check.h).
"""

import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
DOC = ROOT / "src/knoten/http/openapi.json"
GENERATED = "x-generated"  # marks what this script owns


def enum_names(table):
    """The names of the enum table `table` in src/knoten/core."""
    for path in sorted((ROOT / "src/knoten/core").glob("*.cc")):
        text = path.read_text()
        match = re.search(r"EnumTable<\w+, \d+> " + table + r" = \{\{(.*?)\}\};",
                          text, re.S)
        if match:
            return re.findall(r'"([a-z_]+)"', match.group(1))
    raise SystemExit(f"enum table {table} not found")


def field(kind):
    """A property schema from a short type name."""
    nullable = kind.endswith("?")
    kind = kind.rstrip("?")
    if kind.startswith("enum:"):
        schema = {"type": "string", "enum": enum_names(kind[5:])}
    elif kind.startswith("ref:"):
        schema = {"$ref": "#/components/schemas/" + kind[4:]}
    elif kind.startswith("list:"):
        schema = {"type": "array",
                  "items": {"$ref": "#/components/schemas/" + kind[5:]}}
    else:
        schema = {
            "id": {"type": "integer", "minimum": 1},
            "int": {"type": "integer"},
            "str": {"type": "string"},
            "strs": {"type": "array", "items": {"type": "string"}},
            "ids": {"type": "array", "items": {"type": "integer", "minimum": 1}},
            "bool": {"type": "boolean"},
            "number": {"type": "number"},
            "time": {"type": "string", "format": "date-time"},
            "date": {"type": "string", "format": "date"},
            "money": {"type": "number", "minimum": 0,
                      "description": "An amount in the record's currency, "
                                     "at most two decimals."},
            "any": {},
            "object": {"type": "object"},
            "rhythm": {"type": "integer", "minimum": 7, "maximum": 730,
                       "description": "How often to keep in touch, in days, "
                                      "as the user chose; null: the default "
                                      "from trust."},
            "giveFirstKind": {"type": "string",
                              "enum": ["introduction", "tip", "ask"]},
            "importOutcome": {"type": "string",
                              "enum": ["created", "merged", "unchanged",
                                       "skipped"]},
        }[kind]
        schema = dict(schema)
    if nullable:
        if "$ref" in schema:
            schema = {"allOf": [schema], "nullable": True}
        else:
            schema["nullable"] = True
    return schema


READ_ONLY = {"id", "created_at", "updated_at"}


def record(fields, read_only=(), description=None):
    props = {}
    for name, kind in fields:
        props[name] = field(kind)
        if name in READ_ONLY or name in read_only:
            props[name]["readOnly"] = True
    schema = {"type": "object", "required": [n for n, _ in fields],
              "additionalProperties": False, "properties": props}
    if description:
        schema["description"] = description
    return schema


PERSON = [("id", "id"), ("display_name", "str"), ("given_name", "str"),
          ("family_name", "str"), ("organisation", "str"), ("role", "str"),
          ("emails", "strs"), ("phones", "strs"), ("urls", "strs"),
          ("city", "str"), ("languages", "strs"), ("tags", "strs"),
          ("notes", "str"), ("first_met_at", "time?"),
          ("first_met_event_id", "id?"), ("rhythm_days", "rhythm?"),
          ("archived", "bool"),
          ("created_at", "time"), ("updated_at", "time")]
OFFER = [("id", "id"), ("person_id", "id?"), ("title", "str"), ("text", "str"),
         ("lang", "enum:kLangNames"), ("audience", "str"), ("active", "bool"),
         ("created_at", "time")]
NEED = [("id", "id"), ("person_id", "id?"), ("title", "str"), ("text", "str"),
        ("lang", "enum:kLangNames"), ("on_behalf_of", "id?"),
        ("active", "bool"), ("created_at", "time")]
NETWORK = [("id", "id"), ("name", "str"), ("kind", "enum:kNetworkKindNames"),
           ("url", "str"), ("yearly_fee", "money"), ("currency", "str"),
           ("cadence", "enum:kCadenceNames"), ("notes", "str"),
           ("created_at", "time")]
MEMBERSHIP = [("id", "id"), ("network_id", "id"), ("person_id", "id?"),
              ("since", "time?"), ("role", "str")]
EVENT = [("id", "id"), ("network_id", "id?"), ("title", "str"),
         ("starts_at", "time"), ("duration_minutes", "int"), ("place", "str"),
         ("cost", "money"), ("currency", "str"), ("notes", "str"),
         ("attendees", "ids")]
ENCOUNTER = [("id", "id"), ("occurred_at", "time"),
             ("kind", "enum:kEncounterKindNames"), ("event_id", "id?"),
             ("people", "ids"), ("topics", "str"), ("notes", "str")]
LEDGER = [("id", "id"), ("occurred_at", "time"),
          ("direction", "enum:kDirectionNames"),
          ("kind", "enum:kLedgerKindNames"), ("person_id", "id"),
          ("text", "str"), ("referral_status", "enum:kReferralStatusNames?"),
          ("business_value", "money?"), ("currency", "str"),
          ("introduction_id", "id?")]
INTRODUCTION = [("id", "id"), ("person_a", "id"), ("person_b", "id"),
                ("status", "enum:kIntroductionStatusNames"), ("notes", "str"),
                ("created_at", "time"), ("made_at", "time?")]
PROMISE = [("id", "id"), ("promisor_id", "id?"), ("promisee_id", "id?"),
           ("text", "str"), ("due_at", "time?"),
           ("status", "enum:kPromiseStatusNames"), ("created_at", "time")]
FOLLOW_UP = [("id", "id"), ("person_id", "id"),
             ("kind", "enum:kFollowUpKindNames"), ("due_at", "time"),
             ("about", "str"), ("status", "enum:kFollowUpStatusNames"),
             ("encounter_id", "id?"), ("created_at", "time")]
PROFILE = [("name", "str"), ("business_name", "str"), ("positioning", "str"),
           ("languages", "strs"), ("expertise_areas", "strs")]
TIMELINE_ITEM = [("at", "time"), ("kind", "str"), ("id", "int"),
                 ("detail", "str"), ("text", "str")]
MATCH_LINK = [("need_word", "str"), ("offer_word", "str"),
              ("kind", "str")]
SUGGESTED_MATCH = [("need_id", "id"), ("need_title", "str"),
                   ("need_person_id", "id?"), ("need_person_name", "str?"),
                   ("on_behalf_of", "id?"), ("on_behalf_of_name", "str?"),
                   ("offer_id", "id"), ("offer_title", "str"),
                   ("offer_person_id", "id?"), ("offer_person_name", "str?"),
                   ("share", "number"), ("why", "list:MatchLink")]
RECIPROCAL = [("person_id", "id"), ("person_name", "str"), ("score", "number"),
              ("they_offer", "ref:SuggestedMatch"),
              ("they_need", "ref:SuggestedMatch")]
SUGGESTIONS = [("reciprocal", "list:ReciprocalPair"),
               ("for_my_needs", "list:SuggestedMatch"),
               ("chances_to_help", "list:SuggestedMatch"),
               ("introductions", "list:SuggestedMatch")]
def optional_fields(schema, required):
    """`schema` with only `required` required (a request body)."""
    schema["required"] = required
    return schema


PITCH_CHECK = [("person_id", "id"), ("person_name", "str"),
               ("trust", "number"), ("chemistry", "number?"),
               ("too_early", "bool"), ("reasons", "list:TooEarlyReason"),
               ("give_first", "list:GiveFirst")]
TODAY = [("date", "date"), ("followups_due", "list:DueFollowUp"),
         ("promises_due", "list:DuePromise"), ("keep_in_touch", "list:KeepInTouch"),
         ("suggestions", "list:TodaySuggestion"), ("nudges", "list:Nudge"),
         ("suggestions_ready", "bool")]


def schemas():
    out = {
        "Person": record(PERSON),
        "PersonDetails": record(
            PERSON + [("offers", "list:Offer"), ("needs", "list:Need"),
                      ("memberships", "list:Membership"),
                      ("timeline", "list:TimelineItem"),
                      ("balance", "ref:Balance"), ("trust", "ref:Trust"),
                      ("keep_in_touch", "ref:Touch"),
                      ("judgements", "list:Judgement"),
                      ("client_fit", "ref:ClientFit")],
            read_only={"offers", "needs", "memberships", "timeline",
                       "balance", "trust", "keep_in_touch", "judgements",
                       "client_fit"},
            description="A person with their offers, needs, memberships, "
                        "history (latest first), the give and take "
                        "with them (all time), the trust derived from "
                        "that history, the rhythm of keeping in touch, "
                        "the user's judgements and the client fit "
                        "(docs/client-fit.md)."),
        "Touch": record(
            [("rhythm_days", "int?"), ("chosen", "bool"),
             ("default_days", "int?"), ("due_at", "time?"),
             ("losing_touch", "bool")],
            description="Keeping in touch with one person: the rhythm in "
                        "days that applies (the user's choice, `chosen`, "
                        "else the default from trust, `default_days`; "
                        "null: none, a new acquaintance), when the next "
                        "contact is due (the last contact, or the first "
                        "meeting, plus the rhythm) and whether it is past "
                        "due (docs/trust.md)."),
        "Judgement": record(
            [("person_id", "id"), ("factor", "enum:kJudgementFactorNames"),
             ("value", "number"), ("evidence", "enum:kJudgementEvidenceNames"),
             ("note", "str"), ("judged_at", "time")],
            description="The user's judgement of a person's competence or "
                        "of the chemistry, 0 to 1, with what it rests on."),
        "JudgementInput": optional_fields(record(
            [("value", "number"), ("evidence", "enum:kJudgementEvidenceNames"),
             ("note", "str")],
            description="A judgement to make: only 'value' (0 to 1) is "
                        "required."), ["value"]),
        "Judgements": record(
            [("person_id", "id"), ("judgements", "list:Judgement")],
            description="A person's judgements, competence first."),
        "ClientFit": record(
            [("factors", "ref:FitFactors"), ("level", "number?"),
             ("weakest", "enum:kFitFactorNames"),
             ("fit_why", "ref:FitWhy?")],
            description="Trust AND competence AND chemistry AND fit: the "
                        "level is the weakest factor, null while competence "
                        "or chemistry is not judged; 'weakest' names the "
                        "lowest factor known."),
        "FitFactors": record(
            [("trust", "number"), ("competence", "number?"),
             ("chemistry", "number?"), ("fit", "number")],
            description="The four factors, 0 to 1 with two decimals; null: "
                        "not yet judged."),
        "FitWhy": record(
            [("need_id", "id"), ("need_title", "str"), ("offer_id", "id?"),
             ("offer_title", "str")],
            description="Which of the person's needs the user's offer "
                        "meets best: the source of 'fit'."),
        "Pitch": record(
            [("id", "id"), ("person_id", "id"), ("about", "str"),
             ("pitched_at", "time"), ("too_early", "bool")],
            description="The user offered their services; 'too_early': "
                        "despite knoten's advice."),
        "PitchInput": optional_fields(record(
            [("about", "str"), ("despite_too_early", "bool")],
            description="What was offered; 'despite_too_early' records it "
                        "even when it is too early (default false)."),
            ["about"]),
        "PitchCheck": record(PITCH_CHECK,
            description="Whether a pitch to this person is too early "
                        "(trust below 0.5 or chemistry judged below 0.5), "
                        "why, and what to give first."),
        "PitchOutcome": record(
            PITCH_CHECK + [("recorded", "bool"), ("pitch", "ref:Pitch?")],
            description="The check, and the pitch if it was recorded."),
        "TooEarlyReason": record(
            [("reason", "enum:kTooEarlyReasonNames"), ("text", "str"),
             ("text_de", "str")]),
        "GiveFirst": record(
            [("kind", "giveFirstKind"), ("need_id", "id?"),
             ("need_title", "str"), ("person_id", "id?"),
             ("person_name", "str"), ("offer_id", "id?"),
             ("offer_title", "str")],
            description="Something to give before pitching: an "
                        "introduction to the contact whose offer meets one "
                        "of the person's needs, a tip for a need, or asking "
                        "what they need."),
        "Trust": record(
            [("level", "number"), ("why", "strs"), ("why_de", "strs")],
            description="Trust in a person, 0 to 1 with two decimals, "
                        "derived from the shared history as docs/trust.md "
                        "describes, never set by hand; 'why' gives the "
                        "reasons in English, 'why_de' the same in German."),
        "Balance": record(
            [("given", "int"), ("received", "int"),
             ("given_weight", "number"), ("received_weight", "number"),
             ("given_by_kind", "object"), ("received_by_kind", "object"),
             ("referrals_won_given", "int"),
             ("referrals_won_received", "int"),
             ("business_value_given", "object"),
             ("business_value_received", "object")],
            description="Give and take: counts, weights (introduction and "
                        "referral 3, recommendation and help 2, the rest "
                        "1), counts by ledger kind, won referrals and their "
                        "business value by currency, credited to the "
                        "giver."),
        "NetworkReport": record(
            [("network_id", "id"), ("name", "str"), ("currency", "str"),
             ("member", "bool"), ("events", "int"), ("hours", "number"),
             ("money", "money"), ("other_money", "object"),
             ("people", "int"), ("people_met", "int"), ("deepened", "int"),
             ("given", "int"), ("received", "int"),
             ("given_weight", "number"), ("received_weight", "number"),
             ("introductions", "int"), ("referrals", "int"),
             ("business_value", "object"),
             ("expertise_fit", "ref:ExpertiseFit")],
            description="What one network cost and brought over the "
                        "period (docs/network-report.md): its events' "
                        "hours, the fee's share and the events' costs in "
                        "the network's currency (other currencies apart), "
                        "its people, those met at its events in the "
                        "period, those whose trust rose, give and take "
                        "with its people, introductions made, referrals "
                        "and the business won by currency."),
        "ExpertiseFit": record(
            [("my_offers_meet_needs", "int"), ("their_needs", "int"),
             ("my_needs_met", "int"), ("my_needs", "int")],
            description="From the matching engine, now: how many of the "
                        "network people's active needs the user's offers "
                        "meet, and how many of the user's active needs "
                        "their offers meet."),
        "KeepInTouch": record(
            [("person_id", "id"), ("person_name", "str"), ("trust", "number"),
             ("last_contact", "time"), ("days_since", "int"),
             ("rhythm_days", "int"), ("rhythm_chosen", "bool")],
            description="Losing touch: the last contact with this person "
                        "(or the first meeting, without one) is older than "
                        "the rhythm the user chose for them "
                        "(`rhythm_chosen`) or, by default, the one their "
                        "relationship suggests (every 30 days from trust "
                        "0.5, every 60 days from 0.2; none below)."),
        "PersonFigures": record(
            [("person_id", "id"), ("person_name", "str"),
             ("trust", "number"), ("client_fit", "ref:FitSummary"),
             ("balance", "ref:BalanceCounts"),
             ("keep_in_touch", "ref:Touch")],
            description="One person's relationship figures, as on their "
                        "page."),
        "FitSummary": record(
            [("level", "number?"),
             ("weakest", "enum:kFitFactorNames")],
            description="The client fit's level (null while competence or "
                        "chemistry is not judged) and its weakest factor."),
        "BalanceCounts": record(
            [("given", "int"), ("received", "int"),
             ("given_weight", "number"), ("received_weight", "number")],
            description="The give and take with the person, all time."),
        "Nudge": record(
            [("person_id", "id"), ("person_name", "str"),
             ("kind", "enum:kLedgerKindNames"), ("given", "int"),
             ("received", "int"), ("days", "int"), ("text", "str")],
            description="Private: with this person the user has mostly "
                        "taken over the last 'days' days; 'kind' is what "
                        "was received most."),
        "TimelineItem": record(TIMELINE_ITEM),
        "Offer": record(OFFER),
        "Need": record(NEED),
        "Network": record(NETWORK),
        "Membership": record(MEMBERSHIP),
        "Event": record(EVENT),
        "Encounter": record(ENCOUNTER),
        "Meeting": record(
            ENCOUNTER + [("new_people", "list:Person")],
            description="An encounter to log, with the people met for the "
                        "first time (created with it)."),
        "MeetingLogged": record(ENCOUNTER + [("created_people", "list:Person")],
                                read_only={"created_people"}),
        "LedgerEntry": record(LEDGER, read_only={"introduction_id"}),
        "Introduction": record(INTRODUCTION, read_only={"made_at"}),
        "IntroductionChanged": record(
            INTRODUCTION + [("ledger_entries", "list:LedgerEntry")],
            read_only={"made_at", "ledger_entries"}),
        "IntroductionStatus": record(
            [("status", "enum:kIntroductionStatusNames")]),
        "Promise": record(PROMISE),
        "Capture": {
            "type": "object", "required": ["name"],
            "additionalProperties": False,
            "properties": {
                "name": {"type": "string"},
                "offers": {"type": "string",
                           "description": "What they offer, in their words; "
                                          "the first line is the title."},
                "needs": {"type": "string"},
                "note": {"type": "string"}}},
        "Captured": record([("person", "ref:Person"), ("offer", "ref:Offer?"),
                            ("need", "ref:Need?"),
                            ("encounter", "ref:Encounter")]),
        "FollowUp": record(FOLLOW_UP),
        "Profile": record(PROFILE),
        "MatchLink": record(MATCH_LINK),
        "SuggestedMatch": record(SUGGESTED_MATCH),
        "ReciprocalPair": record(RECIPROCAL),
        "Suggestions": record(SUGGESTIONS),
        "DueFollowUp": record(FOLLOW_UP + [("person_name", "str?")]),
        "DuePromise": record(PROMISE + [("promisor_name", "str?"),
                                        ("promisee_name", "str?")]),
        "TodaySuggestion": {
            "type": "object", "required": ["section"],
            "description": "A suggestion of one of the Suggestions lists, "
                           "with the list's name in 'section' (reciprocal, "
                           "for_my_needs, chances_to_help, introductions).",
            "properties": {"section": {"type": "string"}}},
        "Setup": record([("needs_account", "bool"), ("allowed_here", "bool")]),
        "CalendarFeed": record([("path", "str"), ("token", "str")]),
        "ReflectionEvidence": reflection_evidence(),
        "ReflectionCheck": record(
            [("item", "enum:kReflectionItemNames"),
             ("answer", "enum:kReflectionAnswerNames?"), ("note", "str"),
             ("answered_at", "time?"),
             ("evidence", "ref:ReflectionEvidence?")],
            description="One item of the seed's reflection checklist: the "
                        "user's answer (null before one) and the evidence "
                        "(null where knoten cannot tell)."),
        "ReflectionAnswer": {
            "type": "object", "required": ["answer"],
            "additionalProperties": False,
            "properties": {"answer": field("enum:kReflectionAnswerNames"),
                           "note": field("str")}},
        "Today": record(TODAY),
        "ImportedContact": record(
            [("outcome", "importOutcome"), ("line", "int"), ("name", "str"),
             ("person_id", "id?"), ("remarks", "strs")],
            description="One contact of the file: created, merged into "
                        "someone already there, unchanged or skipped, with "
                        "what was left out and why."),
        "ImportedFile": record(
            [("file", "str"), ("format", "str"), ("encoding", "str"),
             ("created", "int"), ("merged", "int"), ("unchanged", "int"),
             ("skipped", "int"), ("contacts", "list:ImportedContact"),
             ("problems", "strs")]),
        "DuplicatePerson": record(
            [("id", "id"), ("display_name", "str"), ("organisation", "str"),
             ("emails", "strs"), ("phones", "strs"), ("archived", "bool")]),
        "DuplicatePair": record(
            [("a", "ref:DuplicatePerson"), ("b", "ref:DuplicatePerson"),
             ("reasons", "strs")],
            description="Two people who may be one (a has the lower id), "
                        "and why: email, phone, name."),
        "Duplicates": record([("items", "list:DuplicatePair"),
                              ("total", "int")]),
        "MergeRequest": record([("keep", "id"), ("remove", "id")],
                               description="The person who stays and the "
                                           "one merged into them."),
        "Merged": record(
            [("person", "ref:Person"), ("removed", "id"), ("moved", "any"),
             ("moved_rows", "int")],
            description="The kept person, merged; moved: rows that now "
                        "refer to them, by table."),
        "ImportReport": record(
            [("dry_run", "bool"), ("created", "int"), ("merged", "int"),
             ("unchanged", "int"), ("skipped", "int"),
             ("files", "list:ImportedFile")],
            description="What an import did or, as a dry run, would do "
                        "(docs/interop.md)."),
    }
    for schema in out.values():
        schema[GENERATED] = True
    return out


def reflection_evidence():
    schema = record([("attention", "bool"), ("summary", "str"),
                     ("facts", "any")],
                    description="What the data says about the item: named "
                                "figures, whether they suggest a look, and "
                                "an English sentence.")
    schema["properties"]["facts"] = {
        "type": "object",
        "description": "Whole numbers by name, per item: ready_to_give "
                       "(given, received: the last 12 months), "
                       "know_who_i_am (positioning: 0 or 1, "
                       "expertise_areas), what_for_whom (offers, "
                       "without_audience), what_i_need (needs), "
                       "real_relationships (follow_ups_done), "
                       "different_groups (networks), small_talk "
                       "(encounters_90_days)."}
    return schema


def ref(name):
    return {"$ref": "#/components/schemas/" + name}


def body(name, description):
    return {"description": description,
            "content": {"application/json": {"schema": ref(name)}}}


def list_of(name):
    return {"description": "One page of the list.",
            "content": {"application/json": {"schema": {
                "type": "object", "required": ["items", "total"],
                "additionalProperties": False,
                "properties": {
                    "items": {"type": "array", "items": ref(name)},
                    "total": {"type": "integer", "minimum": 0,
                              "description": "Matches before paging."},
                    "limit": {"type": "integer"},
                    "offset": {"type": "integer"}}}}}}


ERRORS = {
    "400": {"$ref": "#/components/responses/BadRequest"},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "409": {"$ref": "#/components/responses/Conflict"},
}


def errors(*codes):
    return {code: ERRORS[code] for code in codes}


def query(name, description, schema):
    return {"name": name, "in": "query", "required": False,
            "description": description, "schema": schema}


PAGING = [{"$ref": "#/components/parameters/Limit"},
          {"$ref": "#/components/parameters/Offset"},
          {"$ref": "#/components/parameters/Search"}]
ID_PARAM = {"$ref": "#/components/parameters/Id"}
CSRF = {"$ref": "#/components/parameters/CsrfToken"}
IDEMPOTENCY = {"$ref": "#/components/parameters/IdempotencyKey"}
ID_QUERY = {"type": "integer", "minimum": 1}
FLAG = {"type": "boolean"}
TIME = {"type": "string", "format": "date-time"}


def collection(path, name, plural, filters, create=None, created=None,
               item=None, edit_body=None):
    create = create or name
    created = created or name
    item = item or name
    paths = {}
    ops = {"get": {
        "operationId": "list" + plural,
        "summary": f"List {plural.lower()}: a page, optionally searched "
                   "('q': text anywhere in the record) and filtered.",
        "parameters": PAGING + filters,
        "responses": {"200": list_of(name), **errors("400", "401")}}}
    if create:
        ops["post"] = {
            "operationId": "create" + name,
            "summary": f"Create: the fields given, defaults for the rest. "
                       "With an Idempotency-Key a retry stores it once.",
            "parameters": [CSRF, IDEMPOTENCY],
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": ref(create)}}},
            "responses": {"201": body(created, "Created."),
                          **errors("400", "401", "403", "404", "409"),
                          "422": {"$ref":
                                  "#/components/responses/KeyReused"}}}
    paths[path] = ops
    ops = {}
    ops["get"] = {"operationId": "get" + name,
                  "parameters": [ID_PARAM],
                  "responses": {"200": body(item, "The record."),
                                **errors("401", "404")}}
    ops["patch"] = {
        "operationId": "change" + name,
        "summary": "Change the fields given; read-only fields may be "
                   "sent only with their current value.",
        "parameters": [ID_PARAM, CSRF],
        "requestBody": {"required": True, "content": {
            "application/json": {"schema": ref(edit_body or name)}}},
        "responses": {"200": body(edit_body and created or name,
                                  "The changed record."),
                      **errors("400", "401", "403", "404", "409")}}
    ops["delete"] = {"operationId": "delete" + name,
                     "parameters": [ID_PARAM, CSRF],
                     "responses": {"204": {"description": "Deleted."},
                                   **errors("401", "403", "404", "409")}}
    paths[path + "/{id}"] = ops
    return paths


def paths():
    person_filter = [query("person_id", "That person's.", ID_QUERY)]
    owner = person_filter + [
        query("mine", "Only the user's own.", FLAG),
        query("active", "Only active ones.", FLAG)]
    out = {}
    setup_body = {"required": True, "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/Login"}}}}
    out["/setup"] = {
        "get": {"operationId": "getSetup", "security": [],
                "summary": "Whether the owner account still has to be "
                           "created, and whether it can be from here.",
                "responses": {"200": body("Setup", "The state.")}},
        "post": {"operationId": "setUp", "security": [],
                 "summary": "First visit: creates the owner account and logs "
                            "it in; only while there is none, and only from "
                            "the computer knoten runs on (never through a "
                            "proxy).",
                 "requestBody": setup_body,
                 "responses": {"201": {"$ref": "#/components/responses/"
                                               "LoggedIn"},
                               **errors("400", "403", "409")}}}
    out["/profile"] = {
        "get": {"operationId": "getProfile",
                "summary": "The user's own profile (empty before it is "
                           "written).",
                "responses": {"200": body("Profile", "The profile."),
                              **errors("401")}},
        "patch": {"operationId": "changeProfile", "parameters": [CSRF],
                  "requestBody": {"required": True, "content": {
                      "application/json": {"schema": ref("Profile")}}},
                  "responses": {"200": body("Profile", "The profile."),
                                **errors("400", "401", "403")}}}
    out["/balance"] = {"get": {
        "operationId": "getBalance",
        "summary": "Give and take, overall or with one person, since a "
                   "date.",
        "parameters": [
            query("person_id", "Only with this person.", ID_QUERY),
            query("from", "Only entries at or after this time.",
                  {"type": "string", "format": "date-time"})],
        "responses": {"200": body("Balance", "The balance."),
                      **errors("400", "401", "404")}}}
    out["/network-report"] = {"get": {
        "operationId": "getNetworkReport",
        "summary": "Every network's figures over a period, to compare "
                   "them (docs/network-report.md).",
        "parameters": [
            query("from", "The period's start (default: a year before "
                          "'until').",
                  {"type": "string", "format": "date-time"}),
            query("until", "The period's end, included (default: now).",
                  {"type": "string", "format": "date-time"}),
            query("network_id", "Only this network.", ID_QUERY)],
        "responses": {"200": {
            "description": "One report per network, by name.",
            "content": {"application/json": {"schema": {
                "type": "object",
                "required": ["items", "total", "from", "until",
                             "expertise_fit_ready"],
                "additionalProperties": False,
                "properties": {
                    "items": {"type": "array",
                              "items": ref("NetworkReport")},
                    "total": {"type": "integer", "minimum": 0},
                    "from": field("time"),
                    "until": field("time"),
                    "expertise_fit_ready": {
                        "type": "boolean",
                        "description": "Whether the expertise fit used the "
                                       "word lists (synonyms, translations, "
                                       "concepts); false while they load "
                                       "after a start: then same words and "
                                       "stems only."}}}}}},
            **errors("400", "401", "404")}}}
    out["/relationships"] = {"get": {
        "operationId": "listRelationships",
        "summary": "Everyone's relationship figures in one order: trust, "
                   "client fit, give and take and keeping in touch, as on "
                   "each person's page (docs/trust.md, docs/client-fit.md).",
        "parameters": [
            {"$ref": "#/components/parameters/Limit"},
            {"$ref": "#/components/parameters/Offset"},
            query("order", "trust (the most trusted first, the default), "
                           "client_fit (the highest first; not yet judged "
                           "last, by trust), balance (where the user "
                           "received most beyond what they gave) or "
                           "keep_in_touch (the most overdue first).",
                  {"type": "string", "enum": ["trust", "client_fit",
                                              "balance", "keep_in_touch"]})],
        "responses": {"200": {
            "description": "One page of everyone not archived.",
            "content": {"application/json": {"schema": {
                "type": "object",
                "required": ["items", "total", "limit", "offset", "order",
                             "client_fit_ready"],
                "additionalProperties": False,
                "properties": {
                    "items": {"type": "array",
                              "items": ref("PersonFigures")},
                    "total": {"type": "integer", "minimum": 0},
                    "limit": {"type": "integer"},
                    "offset": {"type": "integer"},
                    "order": {"type": "string"},
                    "client_fit_ready": {
                        "type": "boolean",
                        "description": "Whether the fit used the word "
                                       "lists; false while they load after "
                                       "a start: then same words and stems "
                                       "only."}}}}}},
            **errors("400", "401")}}}
    out["/reflection"] = {"get": {
        "operationId": "getReflection",
        "summary": "The reflection checklist: all ten items in the seed's "
                   "order, with the user's answers and what the data says.",
        "responses": {"200": list_of("ReflectionCheck"), **errors("400",
                                                                  "401")}}}
    out["/reflection/{item}"] = {"put": {
        "operationId": "answerReflection",
        "parameters": [CSRF, {"name": "item", "in": "path", "required": True,
                              "schema": field("enum:kReflectionItemNames")}],
        "summary": "Answers one item (replacing an earlier answer).",
        "requestBody": {"required": True, "content": {"application/json": {
            "schema": ref("ReflectionAnswer")}}},
        "responses": {"200": body("ReflectionCheck", "The item."),
                      **errors("400", "401", "403", "404")}}}
    out.update(collection("/people", "Person", "People", [
        query("tag", "Only people with this tag.", {"type": "string"}),
        query("network_id", "Only members of this network.", ID_QUERY),
        query("archived", "Include archived people.", FLAG)],
        item="PersonDetails"))
    out["/people/{id}/timeline"] = {"get": {
        "operationId": "getTimeline", "parameters": [ID_PARAM],
        "summary": "The person's history, latest first.",
        "responses": {"200": list_of("TimelineItem"), **errors("401", "404")}}}
    factor = {"name": "factor", "in": "path", "required": True,
              "schema": field("enum:kJudgementFactorNames")}
    out["/people/{id}/judgements/{factor}"] = {
        "put": {"operationId": "judge", "parameters": [ID_PARAM, factor, CSRF],
                "summary": "Judges the person's competence or the chemistry "
                           "(replacing an earlier judgement).",
                "requestBody": {"required": True, "content": {
                    "application/json": {"schema": ref("JudgementInput")}}},
                "responses": {"200": body("Judgements", "Their judgements."),
                              **errors("400", "401", "403", "404")}},
        "delete": {"operationId": "forgetJudgement",
                   "parameters": [ID_PARAM, factor, CSRF],
                   "summary": "Takes a judgement back.",
                   "responses": {"200": body("Judgements",
                                             "The judgements left."),
                                 **errors("401", "403", "404")}}}
    out["/people/{id}/pitch-check"] = {"get": {
        "operationId": "checkPitch", "parameters": [ID_PARAM],
        "summary": "Whether a pitch to this person would be too early, and "
                   "what to give first; records nothing.",
        "responses": {"200": body("PitchCheck", "The check."),
                      **errors("401", "404")}}}
    out["/people/{id}/pitches"] = {"post": {
        "operationId": "pitch", "parameters": [ID_PARAM, CSRF],
        "summary": "Records that the user offered their services, unless "
                   "it is too early and 'despite_too_early' is not true "
                   "(then 200 with 'recorded': false).",
        "requestBody": {"required": True, "content": {"application/json": {
            "schema": ref("PitchInput")}}},
        "responses": {"201": body("PitchOutcome", "Recorded."),
                      "200": body("PitchOutcome",
                                  "Too early: not recorded."),
                      **errors("400", "401", "403", "404")}}}
    out.update(collection("/offers", "Offer", "Offers", owner))
    out.update(collection("/needs", "Need", "Needs", owner))
    out.update(collection("/networks", "Network", "Networks", []))
    out["/networks/{id}/members"] = {
        "get": {"operationId": "listMembers", "parameters": [ID_PARAM],
                "responses": {"200": list_of("Membership"),
                              **errors("401", "404")}},
        "post": {"operationId": "join", "parameters": [ID_PARAM, CSRF,
                                                       IDEMPOTENCY],
                 "summary": "Add a member (no person_id: the user joins).",
                 "requestBody": {"required": True, "content": {
                     "application/json": {"schema": ref("Membership")}}},
                 "responses": {"201": body("Membership", "Joined."),
                               **errors("400", "401", "403", "404", "409")}}}
    out["/memberships/{id}"] = {"delete": {
        "operationId": "leave", "parameters": [ID_PARAM, CSRF],
        "responses": {"204": {"description": "Left."},
                      **errors("401", "403", "404")}}}
    out.update(collection("/events", "Event", "Events", [
        query("network_id", "Events of this network.", ID_QUERY),
        query("attendee", "Events this person attended.", ID_QUERY),
        query("from", "Starting at or after.", TIME),
        query("until", "Starting before.", TIME)]))
    out["/events/{id}/captures"] = {"post": {
        "operationId": "capture",
        "summary": "Event mode: a person met at this event, with what they "
                   "offer and need and one note, stored at once (person, "
                   "offer, need and a small-talk encounter).",
        "parameters": [ID_PARAM, CSRF, IDEMPOTENCY],
        "requestBody": {"required": True, "content": {
            "application/json": {"schema": ref("Capture")}}},
        "responses": {"201": body("Captured", "Stored."),
                      **errors("400", "401", "403", "404", "409"),
                      "422": {"$ref": "#/components/responses/KeyReused"}}}}
    out.update(collection("/encounters", "Encounter", "Encounters", [
        query("person_id", "Encounters with this person.", ID_QUERY),
        query("event_id", "Encounters at this event.", ID_QUERY),
        query("from", "At or after.", TIME)],
        create="Meeting", created="MeetingLogged"))
    out.update(collection("/ledger", "LedgerEntry", "LedgerEntries", [
        query("person_id", "With this person.", ID_QUERY),
        query("direction", "given or received.",
              {"type": "string", "enum": enum_names("kDirectionNames")}),
        query("introduction_id", "Written by this introduction.", ID_QUERY),
        query("from", "At or after.", TIME)]))
    out.update(collection("/introductions", "Introduction", "Introductions", [
        query("person_id", "Either side is this person.", ID_QUERY),
        query("status", "In this status.", {"type": "string", "enum":
              enum_names("kIntroductionStatusNames")})],
        created="IntroductionChanged", edit_body="IntroductionStatus"))
    out.update(collection("/promises", "Promise", "Promises", [
        query("person_id", "Either side is this person.", ID_QUERY),
        query("status", "In this status.", {"type": "string", "enum":
              enum_names("kPromiseStatusNames")}),
        query("due_before", "Due at or before.", TIME)]))
    out.update(collection("/followups", "FollowUp", "FollowUps", [
        query("person_id", "With this person.", ID_QUERY),
        query("status", "In this status.", {"type": "string", "enum":
              enum_names("kFollowUpStatusNames")}),
        query("due_before", "Due at or before.", TIME)]))
    out["/today"] = {"get": {
        "operationId": "getToday",
        "summary": "What is due today and what could be given; the "
                   "suggestions join once the first are worked out in the "
                   "background (suggestions_ready).",
        "responses": {"200": body("Today", "Today."),
                      **errors("400", "401")}}}
    out["/suggestions"] = {"get": {
        "operationId": "getSuggestions",
        "summary": "Explained matches: for my needs, chances to help, "
                   "introductions and reciprocal pairs; the best 200 of "
                   "each, as last worked out in the background (a change "
                   "joins once the next run is done).",
        "responses": {"200": body("Suggestions", "The suggestions."),
                      **errors("400", "401"),
                      "503": {"$ref": "#/components/responses/Loading"}}}}
    out["/import"] = {"post": {
        "operationId": "importContacts",
        "summary": "People from a contact file (vCard 2.1, 3.0, 4.0; CSV "
                   "from LinkedIn, Google, Outlook, Thunderbird), created "
                   "or merged; with dry_run, what would happen, and nothing "
                   "stored (docs/interop.md).",
        "parameters": [
            CSRF,
            query("dry_run", "Work it all out, store nothing.", FLAG),
            query("name", "The file's name, for the report.",
                  {"type": "string"})],
        "requestBody": {
            "required": True,
            "description": "The file as it is, up to 32 MiB; its format and "
                           "charset are told from the content.",
            "content": {"application/octet-stream": {
                "schema": {"type": "string", "format": "binary"}}}},
        "responses": {"200": body("ImportReport", "The report."),
                      **errors("400", "401", "403")}}}
    out["/duplicates"] = {"get": {
        "operationId": "findDuplicates",
        "summary": "Pairs of people who may be one: the same e-mail "
                   "address, phone number or a name written otherwise "
                   "(knoten person dedupe).",
        "responses": {"200": body("Duplicates", "The pairs."),
                      **errors("401")}}}
    out["/duplicates/merge"] = {"post": {
        "operationId": "mergePeople",
        "summary": "Merges remove into keep in one transaction: empty "
                   "fields filled, addresses, tags and kept vCard "
                   "properties added, everything that referred to remove "
                   "moved (knoten person merge).",
        "parameters": [CSRF],
        "requestBody": {"required": True, "content": {"application/json": {
            "schema": ref("MergeRequest")}}},
        "responses": {"200": body("Merged", "The merge."),
                      **errors("400", "401", "403", "404")}}}
    out["/export"] = {"get": {
        "operationId": "exportPeople",
        "summary": "Every person, archived ones included, as a file to "
                   "save: vCard 4.0 or CSV with formulas neutralised; "
                   "the calendar of events, open follow-ups and promises "
                   "due as iCalendar; or the JSON backup of everything but "
                   "secrets (docs/interop.md).",
        "parameters": [query("format", "vcard (the default), csv, ics or "
                             "json.",
                             {"type": "string",
                              "enum": ["vcard", "csv", "ics", "json"]}),
                       query("lang", "With ics: de for German titles.",
                             {"type": "string", "enum": ["de", "en"]})],
        "responses": {
            "200": {"description": "The file (Content-Disposition: "
                                   "attachment).",
                    "content": {
                        "text/vcard": {"schema": {"type": "string"}},
                        "text/csv": {"schema": {"type": "string"}},
                        "text/calendar": {"schema": {"type": "string"}},
                        "application/json": {"schema": {
                            "type": "object"}}}},
            **errors("400", "401")}}}
    out["/calendar-feed"] = {
        "post": {
            "operationId": "createCalendarFeed",
            "summary": "A new calendar feed for this account (events, open "
                       "follow-ups and promises as iCalendar); the old one "
                       "stops working. The token is in this answer only: "
                       "knoten keeps a hash of it (docs/interop.md).",
            "parameters": [CSRF, IDEMPOTENCY],
            "responses": {"201": body("CalendarFeed", "The new feed."),
                          **errors("400", "401", "403")}},
        "delete": {
            "operationId": "endCalendarFeed",
            "summary": "Ends this account's calendar feed (no error "
                       "without one).",
            "parameters": [CSRF],
            "responses": {"204": {"description": "Ended."},
                          **errors("400", "401", "403")}}}
    out["/calendar-feed/{token}"] = {"get": {
        "operationId": "readCalendarFeed",
        "security": [],
        "summary": "The calendar behind a feed's token, for calendar apps, "
                   "without logging in: the token is the key.",
        "parameters": [
            {"name": "token", "in": "path", "required": True,
             "schema": {"type": "string"}},
            query("lang", "de for German titles (Telefonat mit ...).",
                  {"type": "string", "enum": ["de", "en"]})],
        "responses": {
            "200": {"description": "The calendar (RFC 5545).",
                    "content": {"text/calendar": {
                        "schema": {"type": "string"}}}},
            **errors("404")}}}
    for ops in out.values():
        ops[GENERATED] = True
    return out


def error_response(description):
    return {"description": description, "content": {
        "application/json": {"schema": ref("Error")}}}


def build(doc):
    doc["paths"] = {k: v for k, v in doc["paths"].items()
                    if not v.get(GENERATED)}
    doc["paths"].update(paths())
    comps = doc["components"]
    comps["schemas"] = {k: v for k, v in comps["schemas"].items()
                        if not v.get(GENERATED)}
    comps["schemas"].update(schemas())
    comps["responses"].update({
        "LoggedIn": {"description": "Created and logged in: the session "
                                    "cookie is set.",
                     "content": {"application/json": {"schema":
                                 ref("Session")}}},
        "BadRequest": error_response(
            "Malformed JSON, an unknown field or parameter, a wrong type or "
            "an invalid value; the message names it. Nothing was changed."),
        "NotFound": error_response("No record has this id."),
        "Conflict": error_response(
            "The record's state does not allow this (e.g. an archived "
            "person, a follow-up already done), or an Idempotency-Key is "
            "still in use. Nothing was changed."),
        "KeyReused": error_response(
            "This Idempotency-Key came with another request."),
        "Loading": error_response(
            "The matching word lists are still loading; see Retry-After."),
    })
    comps["parameters"].update({
        "Id": {"name": "id", "in": "path", "required": True,
               "schema": {"type": "integer", "minimum": 1}},
        "Limit": query("limit", "Page size, 1 to 500 (default 50).",
                       {"type": "integer", "minimum": 1, "maximum": 500}),
        "Offset": query("offset", "Items to skip.",
                        {"type": "integer", "minimum": 0}),
        "Search": query("q", "Text to search for.", {"type": "string"}),
        "IdempotencyKey": {
            "name": "Idempotency-Key", "in": "header", "required": False,
            "description": "Any unique string (a UUID): a retried request "
                           "with the same key and body is answered with the "
                           "first answer instead of storing again (24 h).",
            "schema": {"type": "string", "maxLength": 200}},
    })
    return doc


def main():
    text = DOC.read_text()
    doc = build(json.loads(text))
    out = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        if out != text:
            print("openapi.json is out of date: run "
                  "python3 tools/openapi/generate.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
