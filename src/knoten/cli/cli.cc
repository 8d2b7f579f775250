#include "knoten/cli/cli.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "knoten/cli/exit_codes.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/session.h"

namespace knoten::cli {
namespace {

// The UI language: --lang anywhere on the line, else $LANG ("de..." → German;
// unset, "C" or anything else → English).
UiLang DetectUiLang(const std::vector<std::string>& args,
                    const std::string& lang_env) {
  for (size_t i = 0; i < args.size(); ++i) {
    std::string value;
    if (args[i] == "--lang" && i + 1 < args.size()) value = args[i + 1];
    if (args[i].rfind("--lang=", 0) == 0) value = args[i].substr(7);
    if (value == "de") return UiLang::kDe;
    if (value == "en") return UiLang::kEn;
  }
  return lang_env.rfind("de", 0) == 0 ? UiLang::kDe : UiLang::kEn;
}

// True if parsing stopped at a command group (e.g. `knoten person`) without
// one of its commands.
bool MissingCommand(CLI::App& app) {
  CLI::App* current = &app;
  while (!current->get_subcommands().empty()) {
    current = current->get_subcommands().front();
  }
  return !current->get_subcommands({}).empty();
}

void AddHelpCommand(CLI::App& app, Session& s) {
  auto topic = std::make_shared<std::vector<std::string>>();
  CLI::App* help = app.add_subcommand(
      "help", s.Tr("show help for knoten or a command",
                   "Hilfe zu knoten oder einem Befehl zeigen"));
  help->add_option(
      "command", *topic,
      s.Tr("command, e.g. 'person add'", "Befehl, z. B. 'person add'"));
  help->callback([&app, &s, topic] {
    const CLI::App* target = &app;
    for (const std::string& name : *topic) {
      const CLI::App* next = nullptr;
      for (const CLI::App* sub : target->get_subcommands({})) {
        if (sub->get_name() == name) next = sub;
      }
      if (next == nullptr) {
        s.FailUsage(s.Tr("There is no command '", "Es gibt keinen Befehl '") +
                    name +
                    s.Tr("'; see 'knoten help'.", "'; siehe 'knoten help'."));
        return;
      }
      target = next;
    }
    s.env().out << target->help();
  });
}

}  // namespace

int RunCli(const std::vector<std::string>& args, CliEnvironment& env) {
  Session session(env, DetectUiLang(args, env.lang));
  Session& s = session;
  CLI::App app(s.Tr("knoten: your networking companion. Give first, build "
                    "trust slowly, follow up undisturbed.",
                    "knoten: dein Begleiter fürs Netzwerken. Erst geben, "
                    "Vertrauen langsam aufbauen, in Ruhe nachfassen."),
               "knoten");
  app.set_help_flag("-h,--help", s.Tr("show help", "Hilfe zeigen"));
  app.require_subcommand(1);
  app.fallthrough();  // global flags are accepted after the command, too
  app.add_option(
      "--db", s.db_path,
      s.Tr("database file (default: $XDG_DATA_HOME/knoten/knoten.db)",
           "Datenbankdatei (Standard: $XDG_DATA_HOME/knoten/knoten.db)"));
  app.add_flag("--json", s.json,
               s.Tr("print exactly one JSON document on stdout",
                    "genau ein JSON-Dokument auf stdout ausgeben"));
  app.add_option("--lang", s.lang_flag,
                 s.Tr("language: de or en", "Sprache: de oder en"))
      ->check(CLI::IsMember({"de", "en"}));
  app.footer(
      s.Tr("Run 'knoten help COMMAND' for a command's flags and examples.",
           "'knoten help BEFEHL' zeigt Optionen und Beispiele eines Befehls."));

  RegisterAccountCommands(app, s);
  RegisterAdminCommands(app, s);
  RegisterPeopleCommands(app, s);
  RegisterOfferNeedCommands(app, s);
  RegisterNetworkCommands(app, s);
  RegisterEventCommands(app, s);
  RegisterEncounterCommands(app, s);
  RegisterLedgerCommands(app, s);
  RegisterIntroPromiseCommands(app, s);
  RegisterFollowUpCommands(app, s);
  RegisterPitchCommand(app, s);
  RegisterRelationshipsCommand(app, s);
  RegisterMatchCommands(app, s);
  RegisterImportCommand(app, s);
  RegisterBackupCommand(app, s);
  RegisterExportCommand(app, s);
  RegisterRestoreCommand(app, s);
  RegisterCalendarFeedCommands(app, s);
  RegisterServeCommand(app, s);
  AddHelpCommand(app, s);

  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    env.out << app.help();
    return kExitOk;
  } catch (const CLI::CallForAllHelp&) {
    env.out << app.help("", CLI::AppFormatMode::All);
    return kExitOk;
  } catch (const CLI::RequiredError& e) {
    // A missing command is a usage error; a missing value is invalid input.
    if (MissingCommand(app)) {
      s.FailUsage(std::string(e.what()) +
                  s.Tr("; see 'knoten help'.", "; siehe 'knoten help'."));
    } else {
      s.Fail(InvalidArgumentError(std::string(e.what()) + "."));
    }
    return s.exit_code();
  } catch (const CLI::ConversionError& e) {
    s.Fail(InvalidArgumentError(std::string(e.what()) + "."));
    return s.exit_code();
  } catch (const CLI::ValidationError& e) {
    s.Fail(InvalidArgumentError(std::string(e.what()) + "."));
    return s.exit_code();
  } catch (const CLI::ParseError& e) {
    s.FailUsage(std::string(e.what()) +
                s.Tr("; see 'knoten help'.", "; siehe 'knoten help'."));
    return s.exit_code();
  }
  return s.exit_code();
}

}  // namespace knoten::cli
