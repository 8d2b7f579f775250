// Session: the state of one CLI invocation shared by all commands: global
// flags, the UI language, the lazily opened database, and how the outcome is
// printed (text or one JSON document) and turned into an exit code.

#ifndef KNOTEN_CLI_INTERNAL_SESSION_H_
#define KNOTEN_CLI_INTERNAL_SESSION_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/app/database.h"
#include "knoten/app/match_eval.h"
#include "knoten/app/suggestions.h"
#include "knoten/cli/cli.h"
#include "knoten/cli/internal/json.h"
#include "knoten/store/store.h"

namespace knoten::cli {

enum class UiLang { kEn, kDe };

// How a command's JSON result is shown without --json.
struct TextView {
  enum class Kind { kRecord, kTable, kLine, kCustom };
  Kind kind = Kind::kRecord;
  // kTable: the fields shown as columns, in order.
  std::vector<std::string> columns;
  // kLine: the sentence printed; "{id}" is replaced by the result's id.
  std::string line;
  // kCustom: renders the result itself.
  std::function<void(const Json&, std::ostream&)> custom;
};

class Session {
 public:
  Session(CliEnvironment& env, UiLang lang) : env_(env), lang_(lang) {}

  // Global flags, bound by RunCli.
  std::string db_path;
  bool json = false;
  std::string lang_flag;

  UiLang lang() const { return lang_; }
  // Picks the English or German text.
  std::string Tr(std::string_view en, std::string_view de) const {
    return std::string(lang_ == UiLang::kDe ? de : en);
  }
  const Clock& clock() const { return env_.clock; }
  CliEnvironment& env() { return env_; }

  // How Context() opens the database for writing; a command that fills a
  // new database sets it before its callback runs.
  app::DatabaseWrites database_writes = app::DatabaseWrites::kShared;

  // Opens the database on first use: --db PATH, else the default location
  // (created if missing).
  Result<app::Context*> Context();
  // The path Context() opens.
  Result<std::string> DatabasePath() const;
  // The environment's word lists for matching, else the system's (loaded
  // once per session).
  Result<const app::MatchLexicon*> MatchLexicon();
  // MatchLexicon as app::Suggest asks for it: loaded only when called.
  app::LexiconSource LexiconSource();

  // Prints `result` (JSON with --json, else rendered by `view`) or its error,
  // and records the exit code.
  void Finish(const Result<Json>& result, const TextView& view);
  void Finish(const Result<JsonList>& result, const TextView& view);
  void Fail(const Error& error);
  void FailUsage(const std::string& message);
  int exit_code() const { return exit_code_; }
  // After Finish: a result that is not a success (e.g. a pitch not
  // recorded because it came too early).
  void SetExitCode(int code) { exit_code_ = code; }

 private:
  void FinishJsonList(const JsonList& list);

  CliEnvironment& env_;
  UiLang lang_;
  std::unique_ptr<store::Store> store_;
  std::optional<app::Context> context_;
  std::unique_ptr<app::MatchLexicon> match_lexicon_;
  int exit_code_ = 0;
};

}  // namespace knoten::cli

#endif  // KNOTEN_CLI_INTERNAL_SESSION_H_
