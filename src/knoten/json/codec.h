// JSON shapes of knoten's records, shared by `--json` output (and later the
// HTTP API): glossary words in snake_case, ids as integers, times as ISO 8601
// UTC strings, money as decimal numbers, "me" as null person ids.

#ifndef KNOTEN_JSON_CODEC_H_
#define KNOTEN_JSON_CODEC_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "knoten/app/dedupe.h"
#include "knoten/app/demo.h"
#include "knoten/app/encounters.h"
#include "knoten/app/import_contacts.h"
#include "knoten/app/ledger.h"
#include "knoten/app/network_report.h"
#include "knoten/app/person_details.h"
#include "knoten/app/pitch.h"
#include "knoten/app/reflection.h"
#include "knoten/app/relationships.h"
#include "knoten/app/today.h"
#include "knoten/base/result.h"
#include "knoten/core/balance.h"
#include "knoten/core/encounter.h"
#include "knoten/core/event.h"
#include "knoten/core/follow_up.h"
#include "knoten/core/introduction.h"
#include "knoten/core/ledger_entry.h"
#include "knoten/core/need.h"
#include "knoten/core/network.h"
#include "knoten/core/offer.h"
#include "knoten/core/person.h"
#include "knoten/core/profile.h"
#include "knoten/core/promise.h"
#include "knoten/core/trust.h"
#include "knoten/store/list_options.h"

namespace knoten::json {

using Json = nlohmann::ordered_json;

Json ToJson(const core::Profile& profile);
Json ToJson(const core::Person& person);
Json ToJson(const core::Offer& offer);
Json ToJson(const core::Need& need);
Json ToJson(const core::Network& network);
Json ToJson(const core::Membership& membership);
Json ToJson(const core::Event& event);
Json ToJson(const core::Encounter& encounter);
Json ToJson(const core::LedgerEntry& entry);
Json ToJson(const core::Introduction& intro);
Json ToJson(const core::Promise& promise);
Json ToJson(const core::FollowUp& follow_up);
// {"given", "received", "given_weight", "received_weight", "given_by_kind",
// "received_by_kind", "referrals_won_given", "referrals_won_received",
// "business_value_given", "business_value_received"}; values by currency.
Json ToJson(const core::Balance& balance);
Json ToJson(const core::Trust& trust);
// Includes "trust", "balance", "judgements" and "client_fit": {"factors":
// {"trust", "competence", "chemistry", "fit"}, "level", "weakest",
// "fit_why": {"need_id", "need_title", "offer_id", "offer_title"} or null}.
Json ToJson(const app::PersonDetails& details);
// {"person_id", "person_name", "trust", "client_fit": {"level", "weakest"},
// "balance": {"given", "received", "given_weight", "received_weight"},
// "keep_in_touch": as in the person's details}: one row of the
// relationships list.
Json ToJson(const app::PersonFigures& figures);
Json ToJson(const core::Judgement& judgement);
// {"person_id", "judgements": [...]}: a person's judgements after a change.
Json JudgementsToJson(PersonId person,
                      const std::vector<core::Judgement>& judgements);
Json ToJson(const core::Pitch& pitch);
// {"person_id", "person_name", "trust", "chemistry", "too_early": bool,
//  "reasons": [{"reason", "text", "text_de"}], "give_first": [...]}.
Json ToJson(const app::PitchCheck& check);
// The check's fields, and "recorded" and "pitch" (or null).
Json ToJson(const app::PitchOutcome& outcome);
// The list envelope {"items", "total"} plus the period ("from", "until");
// each item {"network_id", "name", "currency", "member", "events", "hours",
// "money", "other_money", "people", "people_met", "deepened", "given",
// "received", "given_weight", "received_weight", "introductions",
// "referrals", "business_value", "expertise_fit": {"my_offers_meet_needs",
// "their_needs", "my_needs_met", "my_needs"}}.
Json ToJson(const app::NetworkReports& reports);
// The encounter plus "created_people": the people it created.
Json ToJson(const app::MeetingLogged& logged);
// {"person", "offer" (or null), "need" (or null), "encounter"}.
Json ToJson(const app::Captured& captured);
// The introduction plus "ledger_entries": those its change created.
Json ToJson(const app::IntroductionChanged& changed);
Json ToJson(const app::TodayView& today);
// {"item", "answer" (or null), "note", "answered_at" (or null), "evidence":
// {"attention", "summary", "facts": {name: N, ...}} (or null)}.
Json ToJson(const app::ReflectionCheck& check);
// The answer alone, as ApplyJson reads it back: {"item", "answer", "note",
// "answered_at"}.
Json ToJson(const core::ReflectionEntry& entry);
// {"reciprocal": [...], "for_my_needs": [...], "chances_to_help": [...],
//  "introductions": [...]}; every match with its "why".
Json ToJson(const app::Suggestions& suggestions);
Json ToJson(const app::DemoSummary& summary);
// {"dry_run", "created", "merged", "unchanged", "skipped", "files": [{"file",
// "format", "encoding", the four counts, "contacts": [{"outcome", "line",
// "name", "person_id" (or null), "remarks"}], "problems"}]}.
Json ToJson(const app::ImportReport& report);

// {"items": [{"a", "b": {"id", "display_name", "organisation", "emails",
// "phones", "archived"}, "reasons": ["email", "phone", "name"]}], "total"}.
Json ToJson(const std::vector<app::DuplicateCandidate>& candidates);
// {"person": the kept person, "removed": id, "moved": {table: rows},
// "moved_rows"}.
Json ToJson(const app::MergedPeople& merged);

// Appends `person` as ToJson(person).dump(2) prints it `depth` levels deep,
// without building the tree (the fast path for long lists).
void AppendJson(const core::Person& person, int depth, std::string& out);

// Appends `item` as its dump(2) prints inside {"items": [...]}.
void AppendListItem(const Json& item, std::string& out);

// One item of a list being printed.
class ListItem {
 public:
  ListItem() = default;
  ListItem(const ListItem&) = delete;
  ListItem& operator=(const ListItem&) = delete;
  virtual ~ListItem() = default;

  virtual Json Tree() const = 0;
  // Appends the item as AppendListItem(Tree(), out) would.
  virtual void AppendTo(std::string& out) const = 0;
};

template <typename T>
class RecordItem final : public ListItem {
 public:
  explicit RecordItem(const T& record) : record_(record) {}
  Json Tree() const override { return ToJson(record_); }
  void AppendTo(std::string& out) const override {
    if constexpr (requires(const T& t, std::string& s) {
                    AppendJson(t, 2, s);
                  }) {
      AppendJson(record_, 2, out);
    } else {
      AppendListItem(Tree(), out);
    }
  }

 private:
  const T& record_;
};

using ItemSink = std::function<void(const ListItem&)>;

// A list result that hands out its items in order, one at a time, while it
// is printed: a list of 100k people never exists as one JSON tree, and when
// it is streamed from the store not even as one vector. Printed as
// {"items": [...], "total": N}.
struct JsonList {
  // Feeds every item to the sink, then returns the total.
  std::function<Result<int64_t>(const ItemSink&)> produce;
};

template <typename T>
JsonList ToJsonList(store::Page<T> page) {
  auto shared = std::make_shared<const store::Page<T>>(std::move(page));
  return {.produce = [shared](const ItemSink& sink) -> Result<int64_t> {
    for (const T& item : shared->items) sink(RecordItem<T>(item));
    return shared->total;
  }};
}

// A list read by `for_each`, which calls its visitor for every record and
// returns the total (as app::ForEachPerson does).
template <typename T>
JsonList StreamJsonList(
    std::function<Result<int64_t>(const std::function<Status(const T&)>&)>
        for_each) {
  return {.produce = [for_each = std::move(for_each)](const ItemSink& sink) {
    return for_each([&sink](const T& record) {
      sink(RecordItem<T>(record));
      return OkStatus();
    });
  }};
}

// A list already in JSON form ({"items": [...], "total": N}).
JsonList ToJsonList(Json list);

// Writes `list` as ToJson(page).dump(2) + "\n" would print it, handing it
// to `emit` in pieces of about a megabyte, so a long list is never held as
// one string. Returns the total, or the error that stopped the producer
// (what was emitted so far is then a partial document).
Result<int64_t> WriteJsonList(const JsonList& list,
                              const std::function<void(std::string&&)>& emit);

// {"items": [...], "total": N}
template <typename T>
Json ToJson(const store::Page<T>& page) {
  Json items = Json::array();
  for (const T& item : page.items) items.push_back(ToJson(item));
  return Json{{"items", std::move(items)}, {"total", page.total}};
}

template <typename T>
Json ListToJson(const std::vector<T>& all) {
  Json items = Json::array();
  for (const T& item : all) items.push_back(ToJson(item));
  return Json{{"items", std::move(items)},
              {"total", static_cast<int64_t>(all.size())}};
}

// Money in cents as a decimal number (12.5 for 1250).
Json Money(int64_t cents);

}  // namespace knoten::json

#endif  // KNOTEN_JSON_CODEC_H_
