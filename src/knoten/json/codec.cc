#include "knoten/json/codec.h"

#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "knoten/json/codec_internal.h"
#include "knoten/json/writer.h"

namespace knoten::json {
namespace {

using codec_internal::IdOrNull;
using codec_internal::Time;
using codec_internal::TimeOrNull;
using codec_internal::WholeOrNull;

Json Ids(const std::vector<PersonId>& ids) {
  Json out = Json::array();
  for (PersonId id : ids) out.push_back(id.value());
  return out;
}

}  // namespace

Json Money(int64_t cents) {
  if (cents % 100 == 0) return cents / 100;
  return static_cast<double>(cents) / 100.0;
}

Json ToJson(const core::Profile& p) {
  return {{"name", p.name},
          {"business_name", p.business_name},
          {"positioning", p.positioning},
          {"languages", p.languages},
          {"expertise_areas", p.expertise_areas}};
}

namespace {

// The fields of a person in order, shared by the JSON tree and the writer.
template <typename Visit>
void PersonFields(const core::Person& p, Visit&& field) {
  field("id", p.id.value());
  field("display_name", p.display_name);
  field("given_name", p.given_name);
  field("family_name", p.family_name);
  field("organisation", p.organisation);
  field("role", p.role);
  field("emails", p.emails);
  field("phones", p.phones);
  field("urls", p.urls);
  field("city", p.city);
  field("languages", p.languages);
  field("tags", p.tags);
  field("notes", p.notes);
  field("first_met_at", p.first_met_at);
  field("first_met_event_id", p.first_met_event);
  field("rhythm_days", p.rhythm_days);
  field("archived", p.archived);
  field("created_at", p.created_at);
  field("updated_at", p.updated_at);
}

Json TreeValue(int64_t v) { return v; }
Json TreeValue(bool v) { return v; }
Json TreeValue(const std::string& v) { return v; }
Json TreeValue(const std::vector<std::string>& v) { return v; }
Json TreeValue(Timestamp t) { return Time(t); }
Json TreeValue(const std::optional<Timestamp>& t) { return TimeOrNull(t); }
Json TreeValue(const std::optional<int64_t>& v) { return WholeOrNull(v); }
template <typename Tag>
Json TreeValue(const std::optional<Id<Tag>>& id) {
  return IdOrNull(id);
}

void WriteValue(JsonObjectWriter& w, std::string_view key,
                const std::string& v) {
  const std::string_view view = v;
  w.Field(key, view);
}
void WriteValue(JsonObjectWriter& w, std::string_view key, Timestamp t) {
  WriteValue(w, key, FormatIsoTimestamp(t));
}
void WriteValue(JsonObjectWriter& w, std::string_view key,
                const std::optional<Timestamp>& t) {
  if (t) {
    WriteValue(w, key, *t);
  } else {
    w.Field(key, nullptr);
  }
}
void WriteValue(JsonObjectWriter& w, std::string_view key,
                const std::optional<int64_t>& v) {
  if (v) {
    w.Field(key, *v);
  } else {
    w.Field(key, nullptr);
  }
}
template <typename Tag>
void WriteValue(JsonObjectWriter& w, std::string_view key,
                const std::optional<Id<Tag>>& id) {
  if (id) {
    w.Field(key, id->value());
  } else {
    w.Field(key, nullptr);
  }
}
template <typename V>
void WriteValue(JsonObjectWriter& w, std::string_view key, const V& v) {
  w.Field(key, v);
}

}  // namespace

Json ToJson(const core::Person& p) {
  Json out = Json::object();
  PersonFields(p, [&out](const char* key, const auto& value) {
    out[key] = TreeValue(value);
  });
  return out;
}

void AppendJson(const core::Person& p, int depth, std::string& out) {
  JsonObjectWriter writer(out, depth);
  PersonFields(p, [&writer](const char* key, const auto& value) {
    WriteValue(writer, key, value);
  });
  writer.Finish();
}

Json ToJson(const core::Offer& o) {
  return {{"id", o.id.value()},
          {"person_id", IdOrNull(o.person_id)},
          {"title", o.title},
          {"text", o.text},
          {"lang", core::LangName(o.lang.value_or(core::Lang::kDe))},
          {"audience", o.audience},
          {"active", o.active},
          {"created_at", Time(o.created_at)}};
}

Json ToJson(const core::Need& n) {
  return {{"id", n.id.value()},
          {"person_id", IdOrNull(n.person_id)},
          {"title", n.title},
          {"text", n.text},
          {"lang", core::LangName(n.lang.value_or(core::Lang::kDe))},
          {"on_behalf_of", IdOrNull(n.on_behalf_of)},
          {"active", n.active},
          {"created_at", Time(n.created_at)}};
}

Json ToJson(const core::Network& n) {
  return {{"id", n.id.value()},
          {"name", n.name},
          {"kind", core::NetworkKindName(n.kind)},
          {"url", n.url},
          {"yearly_fee", Money(n.yearly_fee_cents)},
          {"currency", n.currency},
          {"cadence", core::CadenceName(n.cadence)},
          {"notes", n.notes},
          {"created_at", Time(n.created_at)}};
}

Json ToJson(const core::Membership& m) {
  return {{"id", m.id.value()},
          {"network_id", m.network_id.value()},
          {"person_id", IdOrNull(m.person_id)},
          {"since", TimeOrNull(m.since)},
          {"role", m.role}};
}

Json ToJson(const core::Event& e) {
  return {{"id", e.id.value()},
          {"network_id", IdOrNull(e.network_id)},
          {"title", e.title},
          {"starts_at", Time(e.starts_at)},
          {"duration_minutes", e.duration_minutes},
          {"place", e.place},
          {"cost", Money(e.cost_cents)},
          {"currency", e.currency},
          {"notes", e.notes},
          {"attendees", Ids(e.attendees)}};
}

Json ToJson(const core::Encounter& e) {
  return {{"id", e.id.value()},
          {"occurred_at", Time(e.occurred_at)},
          {"kind", core::EncounterKindName(e.kind)},
          {"event_id", IdOrNull(e.event_id)},
          {"people", Ids(e.people)},
          {"topics", e.topics},
          {"notes", e.notes}};
}

Json ToJson(const core::LedgerEntry& e) {
  return {
      {"id", e.id.value()},
      {"occurred_at", Time(e.occurred_at)},
      {"direction", core::DirectionName(e.direction)},
      {"kind", core::LedgerKindName(e.kind)},
      {"person_id", e.person_id.value()},
      {"text", e.text},
      {"referral_status",
       e.referral_status ? Json(core::ReferralStatusName(*e.referral_status))
                         : Json(nullptr)},
      {"business_value",
       e.business_value_cents ? Money(*e.business_value_cents) : Json(nullptr)},
      {"currency", e.currency},
      {"introduction_id", IdOrNull(e.introduction_id)}};
}

Json ToJson(const core::Introduction& i) {
  return {{"id", i.id.value()},
          {"person_a", i.person_a.value()},
          {"person_b", i.person_b.value()},
          {"status", core::IntroductionStatusName(i.status)},
          {"notes", i.notes},
          {"created_at", Time(i.created_at)},
          {"made_at", TimeOrNull(i.made_at)}};
}

Json ToJson(const core::Promise& p) {
  return {{"id", p.id.value()},
          {"promisor_id", IdOrNull(p.promisor)},
          {"promisee_id", IdOrNull(p.promisee)},
          {"text", p.text},
          {"due_at", TimeOrNull(p.due_at)},
          {"status", core::PromiseStatusName(p.status)},
          {"created_at", Time(p.created_at)}};
}

Json ToJson(const core::ReflectionEntry& e) {
  return {{"item", core::ReflectionItemName(e.item)},
          {"answer", core::ReflectionAnswerName(e.answer)},
          {"note", e.note},
          {"answered_at", Time(e.answered_at)}};
}

Json ToJson(const app::ReflectionCheck& c) {
  Json doc = {{"item", core::ReflectionItemName(c.item)},
              {"answer", nullptr},
              {"note", ""},
              {"answered_at", nullptr},
              {"evidence", nullptr}};
  if (c.answer) {
    doc["answer"] = core::ReflectionAnswerName(c.answer->answer);
    doc["note"] = c.answer->note;
    doc["answered_at"] = Time(c.answer->answered_at);
  }
  if (c.evidence) {
    Json facts = Json::object();
    for (const auto& [name, value] : c.evidence->facts) facts[name] = value;
    doc["evidence"] = {{"attention", c.evidence->attention},
                       {"summary", c.evidence->summary},
                       {"facts", std::move(facts)}};
  }
  return doc;
}

Json ToJson(const core::FollowUp& f) {
  return {{"id", f.id.value()},
          {"person_id", f.person_id.value()},
          {"kind", core::FollowUpKindName(f.kind)},
          {"due_at", Time(f.due_at)},
          {"about", f.about},
          {"status", core::FollowUpStatusName(f.status)},
          {"encounter_id", IdOrNull(f.encounter_id)},
          {"created_at", Time(f.created_at)}};
}

Json ToJson(const app::MeetingLogged& logged) {
  Json doc = ToJson(logged.encounter);
  doc["created_people"] = ListToJson(logged.created)["items"];
  return doc;
}

Json ToJson(const app::Captured& captured) {
  return {{"person", ToJson(captured.person)},
          {"offer", captured.offer ? ToJson(*captured.offer) : Json(nullptr)},
          {"need", captured.need ? ToJson(*captured.need) : Json(nullptr)},
          {"encounter", ToJson(captured.encounter)}};
}

Json ToJson(const app::IntroductionChanged& changed) {
  Json doc = ToJson(changed.introduction);
  doc["ledger_entries"] = ListToJson(changed.ledger_entries)["items"];
  return doc;
}

namespace {

Json PersonRef(const app::Suggestions& s, std::optional<PersonId> id) {
  return id ? Json(s.names.at(*id)) : Json(nullptr);
}

Json IdOrNull(std::optional<PersonId> id) {
  return id ? Json(id->value()) : Json(nullptr);
}

Json ToJson(const app::Suggestions& s, const app::SuggestedMatch& m) {
  Json why = Json::array();
  for (const match::MatchLink& link : m.why) {
    why.push_back({{"need_word", link.need_word},
                   {"offer_word", link.offer_word},
                   {"kind", match::MatchKindName(link.kind)}});
  }
  return {{"need_id", m.need_id.value()},
          {"need_title", m.need_title},
          {"need_person_id", IdOrNull(m.need_person)},
          {"need_person_name", PersonRef(s, m.need_person)},
          {"on_behalf_of", IdOrNull(m.on_behalf_of)},
          {"on_behalf_of_name", PersonRef(s, m.on_behalf_of)},
          {"offer_id", m.offer_id.value()},
          {"offer_title", m.offer_title},
          {"offer_person_id", IdOrNull(m.offer_person)},
          {"offer_person_name", PersonRef(s, m.offer_person)},
          {"share", m.share},
          {"why", std::move(why)}};
}

Json ToJson(const app::Suggestions& s, const app::ReciprocalPair& p) {
  return {{"person_id", p.person.value()},
          {"person_name", s.names.at(p.person)},
          {"score", p.score},
          {"they_offer", ToJson(s, p.they_offer)},
          {"they_need", ToJson(s, p.they_need)}};
}

}  // namespace

Json ToJson(const app::Suggestions& s) {
  Json out = Json::object();
  Json reciprocal = Json::array();
  for (const app::ReciprocalPair& p : s.reciprocal) {
    reciprocal.push_back(ToJson(s, p));
  }
  out["reciprocal"] = std::move(reciprocal);
  for (const auto& [name, section] :
       {std::pair{"for_my_needs", &s.for_my_needs},
        std::pair{"chances_to_help", &s.chances_to_help},
        std::pair{"introductions", &s.introductions}}) {
    Json items = Json::array();
    for (const app::SuggestedMatch& m : *section) items.push_back(ToJson(s, m));
    out[name] = std::move(items);
  }
  return out;
}

Json ToJson(const app::TodayView& t) {
  auto with_name = [&](Json item, const char* field,
                       std::optional<PersonId> id) {
    item[field] = id ? Json(t.names.at(*id)) : Json(nullptr);
    return item;
  };
  Json follow_ups = Json::array();
  for (const core::FollowUp& f : t.followups_due) {
    follow_ups.push_back(with_name(ToJson(f), "person_name", f.person_id));
  }
  Json promises = Json::array();
  for (const core::Promise& p : t.promises_due) {
    Json item = with_name(ToJson(p), "promisor_name", p.promisor);
    promises.push_back(with_name(std::move(item), "promisee_name", p.promisee));
  }
  // The suggestions of every section in one list, each naming its section.
  Json suggestions = Json::array();
  const Json by_section = ToJson(t.suggestions);
  for (const auto& [section, items] : by_section.items()) {
    for (const Json& item : items) {
      Json entry = {{"section", section}};
      entry.update(item);
      suggestions.push_back(std::move(entry));
    }
  }
  Json nudges = Json::array();
  for (const app::Nudge& n : t.nudges) {
    nudges.push_back({{"person_id", n.person_id.value()},
                      {"person_name", n.person_name},
                      {"kind", core::LedgerKindName(n.kind)},
                      {"given", n.balance.given.count},
                      {"received", n.balance.received.count},
                      {"days", app::kNudgeDays},
                      {"text", n.text}});
  }
  Json keep_in_touch = Json::array();
  for (const app::KeepInTouch& k : t.keep_in_touch) {
    keep_in_touch.push_back({{"person_id", k.person_id.value()},
                             {"person_name", k.person_name},
                             {"trust", std::round(k.trust * 100) / 100},
                             {"last_contact", Time(k.last_contact)},
                             {"days_since", k.days_since},
                             {"rhythm_days", k.rhythm_days},
                             {"rhythm_chosen", k.rhythm_chosen}});
  }
  return {{"date", FormatIsoDate(t.now)},
          {"followups_due", std::move(follow_ups)},
          {"promises_due", std::move(promises)},
          {"keep_in_touch", std::move(keep_in_touch)},
          {"suggestions", std::move(suggestions)},
          {"nudges", std::move(nudges)}};
}

Json ToJson(const app::DemoSummary& s) {
  return {{"people", s.people},
          {"networks", s.networks},
          {"events", s.events},
          {"encounters", s.encounters},
          {"ledger_entries", s.ledger_entries},
          {"offers", s.offers},
          {"needs", s.needs},
          {"promises", s.promises},
          {"follow_ups", s.follow_ups},
          {"introductions", s.introductions}};
}

namespace {

class TreeItem final : public ListItem {
 public:
  explicit TreeItem(const Json& tree) : tree_(tree) {}
  Json Tree() const override { return tree_; }
  void AppendTo(std::string& out) const override { AppendListItem(tree_, out); }

 private:
  const Json& tree_;
};

}  // namespace

void AppendListItem(const Json& item, std::string& out) {
  for (const char c : item.dump(2)) {
    out += c;
    if (c == '\n') out += "    ";
  }
}

JsonList ToJsonList(Json list) {
  auto shared = std::make_shared<const Json>(std::move(list));
  return {.produce = [shared](const ItemSink& sink) -> Result<int64_t> {
    for (const Json& item : shared->at("items")) sink(TreeItem(item));
    return shared->at("total").get<int64_t>();
  }};
}

Result<int64_t> WriteJsonList(const JsonList& list,
                              const std::function<void(std::string&&)>& emit) {
  constexpr size_t kPiece = size_t{1} << 20U;
  std::string out;
  out.reserve(kPiece + kPiece / 4);
  out += "{\n  \"items\": [";
  bool first = true;
  KNOTEN_ASSIGN_OR_RETURN(const int64_t total,
                          list.produce([&](const ListItem& item) {
                            out += first ? "\n    " : ",\n    ";
                            first = false;
                            item.AppendTo(out);
                            if (out.size() >= kPiece) {
                              emit(std::move(out));
                              out.clear();
                              out.reserve(kPiece + kPiece / 4);
                            }
                          }));
  out += first ? "]" : "\n  ]";
  out += ",\n  \"total\": " + std::to_string(total) + "\n}\n";
  emit(std::move(out));
  return total;
}

}  // namespace knoten::json
