// JSON shapes of knoten's records, shared by `--json` output (and later the
// HTTP API): glossary words in snake_case, ids as integers, times as ISO 8601
// UTC strings, money as decimal numbers, "me" as null person ids.

#ifndef KNOTEN_CLI_INTERNAL_JSON_CODEC_H_
#define KNOTEN_CLI_INTERNAL_JSON_CODEC_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "knoten/app/demo.h"
#include "knoten/app/person_details.h"
#include "knoten/app/today.h"
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
#include "knoten/store/list_options.h"

namespace knoten::cli {

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
Json ToJson(const app::PersonDetails& details);
Json ToJson(const app::TodayView& today);
Json ToJson(const app::DemoSummary& summary);

// A list result kept as typed records and turned into JSON one item at a
// time while it is printed, so that a list of 100k people never exists as
// one JSON tree. Printed as {"items": [...], "total": N}.
struct JsonList {
  int64_t total = 0;
  size_t size = 0;
  std::function<Json(size_t)> item;  // the JSON of item i < size
  // Optional fast path: appends item i as item(i).dump(2) would print it
  // inside the list (two levels deep), without building the tree.
  std::function<void(size_t, std::string&)> append;
};

// Appends `person` as ToJson(person).dump(2) prints it `depth` levels deep.
void AppendJson(const core::Person& person, int depth, std::string& out);

template <typename T>
JsonList ToJsonList(store::Page<T> page) {
  auto items = std::make_shared<const std::vector<T>>(std::move(page.items));
  JsonList list{.total = page.total,
                .size = items->size(),
                .item = [items](size_t i) { return ToJson((*items)[i]); }};
  if constexpr (requires(const T& t, std::string& s) { AppendJson(t, 2, s); }) {
    list.append = [items](size_t i, std::string& out) {
      AppendJson((*items)[i], 2, out);
    };
  }
  return list;
}

// A list already in JSON form ({"items": [...], "total": N}) as a JsonList.
JsonList ToJsonList(Json list);

// Writes `list` as ToJson(page).dump(2) would, item by item.
void WriteJsonList(const JsonList& list, std::ostream& out);

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

}  // namespace knoten::cli

#endif  // KNOTEN_CLI_INTERNAL_JSON_CODEC_H_
