#include "knoten/cli/internal/session.h"

#include <sstream>
#include <string>
#include <vector>

#include "knoten/app/database.h"
#include "knoten/cli/exit_codes.h"
#include "knoten/cli/internal/render.h"

namespace knoten::cli {

Result<const app::MatchLexicon*> Session::MatchLexicon() {
  if (env_.match_lexicon != nullptr) return env_.match_lexicon;
  if (!match_lexicon_) {
    KNOTEN_ASSIGN_OR_RETURN(match_lexicon_, app::LoadMatchLexicon());
  }
  return match_lexicon_.get();
}

app::LexiconSource Session::LexiconSource() {
  return [this]() -> Result<match::Lexicon> {
    KNOTEN_ASSIGN_OR_RETURN(const app::MatchLexicon* lexicon, MatchLexicon());
    return lexicon->view();
  };
}

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
        store_,
        app::OpenDatabase(path, /*create_parent=*/db_path.empty(),
                          app::DatabaseReads::kMapped, database_writes));
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
      // A list already in memory cannot fail to render.
      static_cast<void>(RenderTable(ToJsonList(doc), view.columns, lang_, out));
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
  if (json) {
    FinishJsonList(*result);
    return;
  }
  // Lists are shown as tables (every list command registers a kTable view).
  std::ostringstream table;
  if (Status rendered = RenderTable(*result, view.columns, lang_, table);
      !rendered) {
    Fail(rendered.error());
    return;
  }
  exit_code_ = kExitOk;
  env_.out << table.str();
}

void Session::FinishJsonList(const JsonList& list) {
  // The document is held until it passes held_json_bytes, so that an error
  // while reading leaves stdout with exactly one document: the error. Longer
  // lists (8 MB are about 13k people) are streamed to keep memory flat; if
  // reading fails after streaming began, stdout ends truncated and the exit
  // code and stderr report the error (docs/decisions/0002-streamed-lists.md).
  std::vector<std::string> held;
  size_t held_bytes = 0;
  bool streaming = false;
  auto written = WriteJsonList(list, [&](std::string&& piece) {
    if (streaming) {
      env_.out << piece;
      return;
    }
    held_bytes += piece.size();
    held.push_back(std::move(piece));
    if (held_bytes >= env_.held_json_bytes) {
      for (const std::string& p : held) env_.out << p;
      held.clear();
      streaming = true;
    }
  });
  if (!written) {
    if (streaming) {
      exit_code_ = ExitCodeFor(written.error().code);
      env_.err << "knoten: " << written.error().message << '\n';
    } else {
      Fail(written.error());
    }
    return;
  }
  exit_code_ = kExitOk;
  for (const std::string& p : held) env_.out << p;
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
