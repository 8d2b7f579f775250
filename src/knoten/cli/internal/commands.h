// Registration of the command families on the CLI11 application, and small
// helpers shared by them. Only cli/ includes this header.

#ifndef KNOTEN_CLI_INTERNAL_COMMANDS_H_
#define KNOTEN_CLI_INTERNAL_COMMANDS_H_

#include <functional>
#include <string>
#include <utility>

#include <CLI/CLI.hpp>

#include "knoten/cli/internal/json.h"
#include "knoten/cli/internal/parse.h"
#include "knoten/cli/internal/session.h"

namespace knoten::cli {

void RegisterPeopleCommands(CLI::App& app, Session& session);
void RegisterOfferNeedCommands(CLI::App& app, Session& session);
void RegisterNetworkCommands(CLI::App& app, Session& session);
void RegisterEventCommands(CLI::App& app, Session& session);
void RegisterEncounterCommands(CLI::App& app, Session& session);
void RegisterLedgerCommands(CLI::App& app, Session& session);
void RegisterIntroPromiseCommands(CLI::App& app, Session& session);
void RegisterFollowUpCommands(CLI::App& app, Session& session);
void RegisterMatchCommands(CLI::App& app, Session& session);
void RegisterAdminCommands(CLI::App& app, Session& session);
void RegisterAccountCommands(CLI::App& app, Session& session);
void RegisterServeCommand(CLI::App& app, Session& session);
void RegisterImportCommand(CLI::App& app, Session& session);
void RegisterBackupCommand(CLI::App& app, Session& session);
void RegisterExportCommand(CLI::App& app, Session& session);
void RegisterRestoreCommand(CLI::App& app, Session& session);
void RegisterCalendarFeedCommands(CLI::App& app, Session& session);
// knoten person dedupe and merge, added to `knoten person`.
void RegisterDedupeCommands(CLI::App* person, Session& session);
// knoten person judge, added to `knoten person`.
void RegisterJudgeCommand(CLI::App* person, Session& session);
void RegisterPitchCommand(CLI::App& app, Session& session);
void RegisterRelationshipsCommand(CLI::App& app, Session& session);
// knoten network report, added to `knoten network`.
void RegisterNetworkReport(CLI::App* network, Session& session);
// knoten me reflection / me reflect, added to `knoten me`.
void RegisterReflectionCommands(CLI::App& me, Session& session);

// Sets `body` (returning Result<Json> or, for lists, Result<JsonList>) as
// the command's action; its outcome is printed with `view`.
template <typename Body>
void OnRun(CLI::App* command, Session& session, Body body, TextView view) {
  command->callback([&session, body = std::move(body), view = std::move(view)] {
    auto context = session.Context();
    if (!context) {
      session.Fail(context.error());
      return;
    }
    session.Finish(body(**context), view);
  });
}

// Adds --limit and --offset.
void AddPaging(CLI::App* command, PagingFlags& flags, Session& session);

// Adds --user NAME: the account a command is about (default owner).
CLI::Option* AddUser(CLI::App* command, std::string& user, Session& session);

// Adds a required positional integer id.
CLI::Option* AddId(CLI::App* command, int64_t& id, const std::string& what);

// The text view of a deletion: "Deleted <noun> <id>."
TextView DeletedView(Session& session, const std::string& en,
                     const std::string& de);
Json Deleted(int64_t id);

}  // namespace knoten::cli

#endif  // KNOTEN_CLI_INTERNAL_COMMANDS_H_
