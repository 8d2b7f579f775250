// Duplicates among the people and the merge of two (app/dedupe.h) as JSON.

#include <string>
#include <utility>
#include <vector>

#include "knoten/app/dedupe.h"
#include "knoten/json/codec.h"

namespace knoten::json {
namespace {

// What tells the two apart at a glance.
Json Who(const core::Person& person) {
  return Json{{"id", person.id.value()},
              {"display_name", person.display_name},
              {"organisation", person.organisation},
              {"emails", person.emails},
              {"phones", person.phones},
              {"archived", person.archived}};
}

}  // namespace

Json ToJson(const std::vector<app::DuplicateCandidate>& candidates) {
  Json items = Json::array();
  for (const app::DuplicateCandidate& c : candidates) {
    Json reasons = Json::array();
    for (const app::DuplicateReason reason : c.reasons) {
      reasons.push_back(std::string(app::DuplicateReasonName(reason)));
    }
    items.push_back(Json{
        {"a", Who(c.a)}, {"b", Who(c.b)}, {"reasons", std::move(reasons)}});
  }
  return Json{{"items", std::move(items)},
              {"total", static_cast<int64_t>(candidates.size())}};
}

Json ToJson(const app::MergedPeople& merged) {
  Json moved = Json::object();
  int64_t rows = 0;
  for (const auto& [table, count] : merged.moved) {
    moved[table] = count;
    rows += count;
  }
  return Json{{"person", ToJson(merged.person)},
              {"removed", merged.removed.value()},
              {"moved", std::move(moved)},
              {"moved_rows", rows}};
}

}  // namespace knoten::json
