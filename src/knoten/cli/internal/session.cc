#include "knoten/cli/internal/session.h"

#include <string>

#include "knoten/app/database.h"
#include "knoten/cli/exit_codes.h"
#include "knoten/cli/internal/render.h"

namespace knoten::cli {

Result<std::string> Session::DatabasePath() const {
  if (!db_path.empty()) return db_path;
  return app::DefaultDatabasePath(
      env_.xdg_data_home.empty() ? nullptr : env_.xdg_data_home.c_str(),
      env_.home.empty() ? nullptr : env_.home.c_str());
}

Result<app::Context*> Session::Context() {
  if (!context_) {
    KNOTEN_ASSIGN_OR_RETURN(const std::string path, DatabasePath());
    KNOTEN_ASSIGN_OR_RETURN(
        store_, app::OpenDatabase(path, /*create_parent=*/db_path.empty()));
    context_.emplace(app::Context{*store_, env_.clock});
  }
  return &*context_;
}

void Session::Finish(const Result<Json>& result, const TextView& view) {
  if (!result) {
    Fail(result.error());
    return;
  }
  exit_code_ = kExitOk;
  const Json& doc = *result;
  std::ostream& out = env_.out;
  if (json) {
    out << doc.dump(2) << '\n';
    return;
  }
  switch (view.kind) {
    case TextView::Kind::kRecord:
      RenderRecord(doc, lang_, out);
      break;
    case TextView::Kind::kTable:
      RenderTable(ToJsonList(doc), view.columns, lang_, out);
      break;
    case TextView::Kind::kLine: {
      std::string line = view.line;
      const auto at = line.find("{id}");
      if (at != std::string::npos && doc.contains("id")) {
        line.replace(at, 4, doc.at("id").dump());
      }
      out << line << '\n';
      break;
    }
    case TextView::Kind::kCustom:
      view.custom(doc, out);
      break;
  }
}

void Session::Finish(const Result<JsonList>& result, const TextView& view) {
  if (!result) {
    Fail(result.error());
    return;
  }
  exit_code_ = kExitOk;
  if (json) {
    WriteJsonList(*result, env_.out);
  } else if (view.kind == TextView::Kind::kTable) {
    RenderTable(*result, view.columns, lang_, env_.out);
  } else {
    // Lists are shown as tables; any other view gets the whole document.
    Json items = Json::array();
    for (size_t i = 0; i < result->size; ++i) items.push_back(result->item(i));
    Finish(Json{{"items", std::move(items)}, {"total", result->total}}, view);
  }
}

void Session::Fail(const Error& error) {
  exit_code_ = ExitCodeFor(error.code);
  env_.err << "knoten: " << error.message << '\n';
  if (json) {
    const Json doc = {{"error",
                       {{"code", std::string(ErrorCodeName(error.code))},
                        {"message", error.message}}}};
    env_.out << doc.dump(2) << '\n';
  }
}

void Session::FailUsage(const std::string& message) {
  exit_code_ = kExitUsage;
  env_.err << "knoten: " << message << '\n';
  if (json) {
    const Json doc = {{"error", {{"code", "usage"}, {"message", message}}}};
    env_.out << doc.dump(2) << '\n';
  }
}

}  // namespace knoten::cli
