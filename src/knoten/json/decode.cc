#include "knoten/json/decode.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace knoten::json {
namespace {

constexpr int64_t kMaxMoneyUnits = 1'000'000'000'000;

std::string Quoted(std::string_view key) {
  return "'" + std::string(key) + "'";
}

// Reads the fields of one JSON object into a record, one call per field;
// remembers the first error and which fields were used, so that Finish()
// can refuse the ones the record does not have.
class FieldReader {
 public:
  // `current` is the record as ToJson writes it before the change, for the
  // read-only fields.
  FieldReader(const Json& object, Json current)
      : object_(object), current_(std::move(current)) {}

  FieldReader& Text(const char* key, std::string& target) {
    if (const Json* v = Take(key)) {
      if (!v->is_string()) return Fail(key, "must be a string");
      target = v->get<std::string>();
    }
    return *this;
  }

  FieldReader& Texts(const char* key, std::vector<std::string>& target) {
    if (const Json* v = Take(key)) {
      if (!v->is_array()) return Fail(key, "must be a list of strings");
      std::vector<std::string> values;
      for (const Json& item : *v) {
        if (!item.is_string()) return Fail(key, "must be a list of strings");
        values.push_back(item.get<std::string>());
      }
      target = std::move(values);
    }
    return *this;
  }

  FieldReader& Flag(const char* key, bool& target) {
    if (const Json* v = Take(key)) {
      if (!v->is_boolean()) return Fail(key, "must be true or false");
      target = v->get<bool>();
    }
    return *this;
  }

  FieldReader& Number(const char* key, double& target) {
    if (const Json* v = Take(key)) {
      if (!v->is_number()) return Fail(key, "must be a number");
      target = v->get<double>();
    }
    return *this;
  }

  FieldReader& Count(const char* key, int& target) {
    if (const Json* v = Take(key)) {
      if (!v->is_number_integer() || v->get<int64_t>() < 0 ||
          v->get<int64_t>() > std::numeric_limits<int>::max()) {
        return Fail(key, "must be a whole number, 0 or more");
      }
      target = v->get<int>();
    }
    return *this;
  }

  // A whole number or null (empty); the record's rules check its range.
  FieldReader& OptionalWhole(const char* key, std::optional<int64_t>& target) {
    if (const Json* v = Take(key)) {
      if (v->is_null()) {
        target.reset();
      } else if (!v->is_number_integer()) {
        return Fail(key, "must be a whole number or null");
      } else {
        target = v->get<int64_t>();
      }
    }
    return *this;
  }

  FieldReader& Time(const char* key, Timestamp& target) {
    if (const Json* v = Take(key)) {
      if (auto t = ReadTime(key, *v)) target = *t;
    }
    return *this;
  }

  FieldReader& OptionalTime(const char* key, std::optional<Timestamp>& target) {
    if (const Json* v = Take(key)) {
      if (v->is_null()) {
        target.reset();
        return *this;
      }
      if (auto t = ReadTime(key, *v)) target = *t;
    }
    return *this;
  }

  template <typename Tag>
  FieldReader& Ref(const char* key, Id<Tag>& target) {
    if (const Json* v = Take(key)) {
      auto id = ReadId(key, *v);
      if (id) target = Id<Tag>(*id);
    }
    return *this;
  }

  template <typename Tag>
  FieldReader& OptionalRef(const char* key, std::optional<Id<Tag>>& target) {
    if (const Json* v = Take(key)) {
      if (v->is_null()) {
        target.reset();
      } else if (auto id = ReadId(key, *v)) {
        target = Id<Tag>(*id);
      }
    }
    return *this;
  }

  template <typename Tag>
  FieldReader& Refs(const char* key, std::vector<Id<Tag>>& target) {
    if (const Json* v = Take(key)) {
      if (!v->is_array()) return Fail(key, "must be a list of ids");
      std::vector<Id<Tag>> ids;
      for (const Json& item : *v) {
        auto id = ReadId(key, item);
        if (!id) return *this;
        ids.push_back(Id<Tag>(*id));
      }
      target = std::move(ids);
    }
    return *this;
  }

  FieldReader& Money(const char* key, int64_t& cents) {
    if (const Json* v = Take(key)) {
      if (auto c = ReadMoney(key, *v)) cents = *c;
    }
    return *this;
  }

  FieldReader& OptionalMoney(const char* key, std::optional<int64_t>& cents) {
    if (const Json* v = Take(key)) {
      if (v->is_null()) {
        cents.reset();
      } else if (auto c = ReadMoney(key, *v)) {
        cents = *c;
      }
    }
    return *this;
  }

  template <typename E>
  FieldReader& Enum(const char* key, E& target,
                    Result<E> (*parse)(std::string_view)) {
    if (const Json* v = Take(key)) {
      if (auto e = ReadEnum(key, *v, parse)) target = *e;
    }
    return *this;
  }

  template <typename E>
  FieldReader& OptionalEnum(const char* key, std::optional<E>& target,
                            Result<E> (*parse)(std::string_view)) {
    if (const Json* v = Take(key)) {
      if (v->is_null()) {
        target.reset();
      } else if (auto e = ReadEnum(key, *v, parse)) {
        target = *e;
      }
    }
    return *this;
  }

  // A field knoten sets itself: accepted only with its current value.
  FieldReader& ReadOnly(const char* key) {
    if (const Json* v = Take(key)) {
      const auto it = current_.find(key);
      if (it == current_.end() || *it != *v) {
        return Fail(key,
                    "is set by knoten and cannot be changed; leave it out");
      }
    }
    return *this;
  }

  // A field read by the caller itself (e.g. a nested list).
  const Json* Other(const char* key) { return Take(key); }

  // The first error, or an unknown field.
  Status Finish() {
    if (!error_.has_value()) return error_;
    for (const auto& [key, value] : object_.items()) {
      if (!used_.contains(key)) {
        return InvalidArgumentError("Unknown field " + Quoted(key) + ".");
      }
    }
    return OkStatus();
  }

 private:
  static const char* TimeHint() {
    return "must be a date or time in ISO 8601, e.g. \"2026-03-05\" or "
           "\"2026-03-05T18:30:00Z\"";
  }

  const Json* Take(const char* key) {
    used_.insert(key);
    if (!error_.has_value()) return nullptr;
    const auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }

  FieldReader& Fail(const char* key, std::string_view problem) {
    if (error_.has_value()) {
      error_ = InvalidArgumentError("Field " + Quoted(key) + " " +
                                    std::string(problem) +
                                    (problem.ends_with('.') ? "" : "."));
    }
    return *this;
  }

  std::optional<Timestamp> ReadTime(const char* key, const Json& v) {
    if (!v.is_string()) {
      Fail(key, TimeHint());
      return std::nullopt;
    }
    auto t = ParseIsoTimestamp(v.get<std::string>());
    if (!t) {
      Fail(key, t.error().message);
      return std::nullopt;
    }
    return *t;
  }

  std::optional<int64_t> ReadId(const char* key, const Json& v) {
    if (!v.is_number_integer() || v.get<int64_t>() <= 0) {
      Fail(key, "must be an id (a whole number above 0)");
      return std::nullopt;
    }
    return v.get<int64_t>();
  }

  std::optional<int64_t> ReadMoney(const char* key, const Json& v) {
    if (!v.is_number()) {
      Fail(key, "must be an amount, a number such as 120 or 120.5");
      return std::nullopt;
    }
    const double amount = v.get<double>();
    if (!(amount >= 0) || amount > static_cast<double>(kMaxMoneyUnits)) {
      Fail(key, "must be an amount of 0 or more");
      return std::nullopt;
    }
    const double cents = amount * 100.0;
    const double rounded = std::round(cents);
    if (std::abs(cents - rounded) > 1e-6) {
      Fail(key, "must have at most two decimal places");
      return std::nullopt;
    }
    return static_cast<int64_t>(rounded);
  }

  template <typename E>
  std::optional<E> ReadEnum(const char* key, const Json& v,
                            Result<E> (*parse)(std::string_view)) {
    if (!v.is_string()) {
      Fail(key, "must be a string");
      return std::nullopt;
    }
    auto e = parse(v.get<std::string>());
    if (!e) {
      Fail(key, e.error().message);
      return std::nullopt;
    }
    return *e;
  }

  const Json& object_;
  Json current_;
  std::set<std::string, std::less<>> used_;
  Status error_;
};

Status RequireObject(const Json& fields) {
  if (fields.is_object()) return OkStatus();
  return InvalidArgumentError("Send the fields as one JSON object.");
}

void ReadPerson(FieldReader& f, core::Person& p) {
  f.ReadOnly("id")
      .Text("display_name", p.display_name)
      .Text("given_name", p.given_name)
      .Text("family_name", p.family_name)
      .Text("organisation", p.organisation)
      .Text("role", p.role)
      .Texts("emails", p.emails)
      .Texts("phones", p.phones)
      .Texts("urls", p.urls)
      .Text("city", p.city)
      .Texts("languages", p.languages)
      .Texts("tags", p.tags)
      .Text("notes", p.notes)
      .OptionalTime("first_met_at", p.first_met_at)
      .OptionalRef("first_met_event_id", p.first_met_event)
      .OptionalWhole("rhythm_days", p.rhythm_days)
      .Flag("archived", p.archived)
      .ReadOnly("created_at")
      .ReadOnly("updated_at");
}

void ReadEncounter(FieldReader& f, core::Encounter& e) {
  f.ReadOnly("id")
      .Time("occurred_at", e.occurred_at)
      .Enum("kind", e.kind, &core::ParseEncounterKind)
      .OptionalRef("event_id", e.event_id)
      .Refs("people", e.people)
      .Text("topics", e.topics)
      .Text("notes", e.notes);
}

}  // namespace

Result<Json> ParseObject(std::string_view body) {
  Json doc;
  try {
    doc = Json::parse(body);
  } catch (const Json::parse_error& e) {
    return InvalidArgumentError("The body is not valid JSON (at byte " +
                                std::to_string(e.byte) +
                                "); send one JSON object in UTF-8.");
  }
  KNOTEN_RETURN_IF_ERROR(RequireObject(doc));
  return doc;
}

Status ApplyJson(const Json& fields, core::Profile& p) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, ToJson(p));
  f.Text("name", p.name)
      .Text("business_name", p.business_name)
      .Text("positioning", p.positioning)
      .Texts("languages", p.languages)
      .Texts("expertise_areas", p.expertise_areas);
  return f.Finish();
}

Status ApplyJson(const Json& fields, core::ReflectionEntry& e) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, ToJson(e));
  f.ReadOnly("item")
      .Enum("answer", e.answer, &core::ParseReflectionAnswer)
      .Text("note", e.note)
      .ReadOnly("answered_at");
  return f.Finish();
}

Status ApplyJson(const Json& fields, core::Judgement& j) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, ToJson(j));
  f.ReadOnly("person_id")
      .ReadOnly("factor")
      .Number("value", j.value)
      .Enum("evidence", j.evidence, &core::ParseJudgementEvidence)
      .Text("note", j.note)
      .ReadOnly("judged_at");
  return f.Finish();
}

Status ApplyJson(const Json& fields, PitchInput& pitch) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, Json::object());
  f.Text("about", pitch.about)
      .Flag("despite_too_early", pitch.despite_too_early);
  return f.Finish();
}

Status ApplyJson(const Json& fields, core::Person& p) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, ToJson(p));
  ReadPerson(f, p);
  return f.Finish();
}

Status ApplyJson(const Json& fields, core::Offer& o) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, ToJson(o));
  f.ReadOnly("id")
      .OptionalRef("person_id", o.person_id)
      .Text("title", o.title)
      .Text("text", o.text)
      .OptionalEnum("lang", o.lang, &core::ParseLang)
      .Text("audience", o.audience)
      .Flag("active", o.active)
      .ReadOnly("created_at");
  return f.Finish();
}

Status ApplyJson(const Json& fields, core::Need& n) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, ToJson(n));
  f.ReadOnly("id")
      .OptionalRef("person_id", n.person_id)
      .Text("title", n.title)
      .Text("text", n.text)
      .OptionalEnum("lang", n.lang, &core::ParseLang)
      .OptionalRef("on_behalf_of", n.on_behalf_of)
      .Flag("active", n.active)
      .ReadOnly("created_at");
  return f.Finish();
}

Status ApplyJson(const Json& fields, core::Network& n) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, ToJson(n));
  f.ReadOnly("id")
      .Text("name", n.name)
      .Enum("kind", n.kind, &core::ParseNetworkKind)
      .Text("url", n.url)
      .Money("yearly_fee", n.yearly_fee_cents)
      .Text("currency", n.currency)
      .Enum("cadence", n.cadence, &core::ParseCadence)
      .Text("notes", n.notes)
      .ReadOnly("created_at");
  return f.Finish();
}

Status ApplyJson(const Json& fields, core::Membership& m) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, ToJson(m));
  f.ReadOnly("id")
      .Ref("network_id", m.network_id)
      .OptionalRef("person_id", m.person_id)
      .OptionalTime("since", m.since)
      .Text("role", m.role);
  return f.Finish();
}

Status ApplyJson(const Json& fields, core::Event& e) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, ToJson(e));
  f.ReadOnly("id")
      .OptionalRef("network_id", e.network_id)
      .Text("title", e.title)
      .Time("starts_at", e.starts_at)
      .Count("duration_minutes", e.duration_minutes)
      .Text("place", e.place)
      .Money("cost", e.cost_cents)
      .Text("currency", e.currency)
      .Text("notes", e.notes)
      .Refs("attendees", e.attendees);
  return f.Finish();
}

Status ApplyJson(const Json& fields, core::Encounter& e) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, ToJson(e));
  ReadEncounter(f, e);
  return f.Finish();
}

Status ApplyJson(const Json& fields, app::Meeting& meeting) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, ToJson(meeting.encounter));
  ReadEncounter(f, meeting.encounter);
  if (const Json* people = f.Other("new_people")) {
    if (!people->is_array()) {
      return InvalidArgumentError(
          "Field 'new_people' must be a list of people.");
    }
    for (const Json& item : *people) {
      core::Person person;
      if (Status s = ApplyJson(item, person); !s) {
        return InvalidArgumentError("In 'new_people': " + s.error().message);
      }
      meeting.new_people.push_back(std::move(person));
    }
  }
  return f.Finish();
}

Status ApplyJson(const Json& fields, app::Capture& capture) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, Json::object());
  f.Text("name", capture.name)
      .Text("offers", capture.offers)
      .Text("needs", capture.needs)
      .Text("note", capture.note);
  return f.Finish();
}

Status ApplyJson(const Json& fields, core::LedgerEntry& e) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, ToJson(e));
  f.ReadOnly("id")
      .Time("occurred_at", e.occurred_at)
      .Enum("direction", e.direction, &core::ParseDirection)
      .Enum("kind", e.kind, &core::ParseLedgerKind)
      .Ref("person_id", e.person_id)
      .Text("text", e.text)
      .OptionalEnum("referral_status", e.referral_status,
                    &core::ParseReferralStatus)
      .OptionalMoney("business_value", e.business_value_cents)
      .Text("currency", e.currency)
      .ReadOnly("introduction_id");
  return f.Finish();
}

Status ApplyJson(const Json& fields, core::Introduction& i) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, ToJson(i));
  f.ReadOnly("id")
      .Ref("person_a", i.person_a)
      .Ref("person_b", i.person_b)
      .ReadOnly("status")
      .Text("notes", i.notes)
      .ReadOnly("created_at")
      .ReadOnly("made_at");
  return f.Finish();
}

Status ApplyJson(const Json& fields, core::Promise& p) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, ToJson(p));
  f.ReadOnly("id")
      .OptionalRef("promisor_id", p.promisor)
      .OptionalRef("promisee_id", p.promisee)
      .Text("text", p.text)
      .OptionalTime("due_at", p.due_at)
      .Enum("status", p.status, &core::ParsePromiseStatus)
      .ReadOnly("created_at");
  return f.Finish();
}

Status ApplyJson(const Json& fields, core::FollowUp& follow_up) {
  KNOTEN_RETURN_IF_ERROR(RequireObject(fields));
  FieldReader f(fields, ToJson(follow_up));
  f.ReadOnly("id")
      .Ref("person_id", follow_up.person_id)
      .Enum("kind", follow_up.kind, &core::ParseFollowUpKind)
      .Time("due_at", follow_up.due_at)
      .Text("about", follow_up.about)
      .Enum("status", follow_up.status, &core::ParseFollowUpStatus)
      .OptionalRef("encounter_id", follow_up.encounter_id)
      .ReadOnly("created_at");
  return f.Finish();
}

}  // namespace knoten::json
