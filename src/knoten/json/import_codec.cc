// The report of an import (app/import_contacts.h) as JSON.

#include "knoten/app/import_contacts.h"
#include "knoten/json/codec.h"

namespace knoten::json {
namespace {

void PutCounts(const app::ImportCounts& counts, Json& out) {
  out["created"] = counts.created;
  out["merged"] = counts.merged;
  out["unchanged"] = counts.unchanged;
  out["skipped"] = counts.skipped;
}

Json FileJson(const app::ImportedFile& file) {
  Json contacts = Json::array();
  for (const app::ImportedContact& c : file.contacts) {
    contacts.push_back({{"outcome", app::ImportOutcomeName(c.outcome)},
                        {"line", c.line},
                        {"name", c.name},
                        {"person_id", c.person_id ? Json(c.person_id->value())
                                                  : Json(nullptr)},
                        {"remarks", c.remarks}});
  }
  Json out = {{"file", file.name},
              {"format", file.format},
              {"encoding", file.encoding},
              {"contacts", std::move(contacts)},
              {"problems", file.problems}};
  PutCounts(file.counts, out);
  return out;
}

}  // namespace

Json ToJson(const app::ImportReport& report) {
  Json files = Json::array();
  for (const app::ImportedFile& file : report.files) {
    files.push_back(FileJson(file));
  }
  Json out = {{"dry_run", report.dry_run}, {"files", std::move(files)}};
  PutCounts(report.counts, out);
  return out;
}

}  // namespace knoten::json
