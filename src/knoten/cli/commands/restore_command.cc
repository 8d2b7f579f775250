// knoten restore FILE: a JSON backup (knoten export --format json) into a
// new, empty database, all or nothing (app/backup_data.h,
// json/backup_file.h).

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <system_error>

#include "knoten/app/backup_data.h"
#include "knoten/app/database.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/progress.h"
#include "knoten/json/backup_file.h"

namespace knoten::cli {
namespace {

struct RestoreFlags {
  std::string file;
  bool quiet = false;
};

Result<Json> Restore(app::Context& ctx, Session& s, const RestoreFlags& flags) {
  std::error_code error;
  if (std::filesystem::is_directory(flags.file, error)) {
    return InvalidArgumentError("'" + flags.file +
                                "' is a folder; give the backup file.");
  }
  std::ifstream in(flags.file, std::ios::binary);
  if (!in) {
    return NotFoundError("Cannot open '" + flags.file +
                         "'; check the path of the backup file.");
  }
  const uintmax_t size = std::filesystem::file_size(flags.file, error);
  std::optional<Progress> bar;
  if (!error) {
    bar.emplace(s.env().err, s.env().terminal && !flags.quiet,
                s.Tr("Restoring (KiB)", "Stelle wieder her (KiB)"),
                static_cast<int64_t>(size / 1024));
  }
  KNOTEN_ASSIGN_OR_RETURN(
      const app::BackupCounts counts,
      app::RestoreBackup(ctx, [&](app::BackupRowSink& sink) {
        return json::ReadJsonBackup(in, sink, [&bar](uint64_t bytes) {
          if (bar) bar->Update(static_cast<int64_t>(bytes / 1024));
        });
      }));
  return Json{
      {"file", flags.file}, {"people", counts.people}, {"rows", counts.rows}};
}

}  // namespace

void RegisterRestoreCommand(CLI::App& app, Session& s) {
  auto flags = std::make_shared<RestoreFlags>();
  CLI::App* command = app.add_subcommand(
      "restore", s.Tr("restore a JSON backup into a new, empty database",
                      "eine JSON-Sicherung in eine neue, leere Datenbank "
                      "zurückspielen"));
  command
      ->add_option("FILE", flags->file,
                   s.Tr("the backup, written by knoten export --format json",
                        "die Sicherung, geschrieben von knoten export "
                        "--format json"))
      ->required();
  command->add_flag("--quiet", flags->quiet,
                    s.Tr("no progress bar", "kein Fortschrittsbalken"));
  // Runs when the command line is read, before OnRun opens the database.
  command->parse_complete_callback(
      [&s] { s.database_writes = app::DatabaseWrites::kFillNew; });
  command->footer(s.Tr(
      "The database (--db) must be new or empty: a backup is never merged "
      "into data. Everything is restored or, when the file is malformed or "
      "from a newer knoten, nothing. Password hashes are not in a backup: "
      "set the password with knoten password before logging in to the web "
      "app.\n"
      "Example: knoten --db ~/knoten-restored.db restore knoten-backup.json",
      "Die Datenbank (--db) muss neu oder leer sein: eine Sicherung wird nie "
      "in Daten gemischt. Alles wird zurückgespielt oder, wenn die Datei "
      "fehlerhaft oder von einem neueren knoten ist, nichts. Passwort-Hashes "
      "stehen nicht in einer Sicherung: vor der Anmeldung in der Web-App "
      "das Passwort mit knoten password setzen.\n"
      "Beispiel: knoten --db ~/knoten-zurueck.db restore "
      "knoten-sicherung.json"));
  OnRun(command, s,
        [&s, flags](app::Context& ctx) { return Restore(ctx, s, *flags); },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& r, std::ostream& out) {
           out << s.Tr("Restored ", "Zurückgespielt: ")
               << r.at("people").get<int64_t>()
               << s.Tr(" people (", " Menschen (")
               << r.at("rows").get<int64_t>()
               << s.Tr(" rows) from ", " Zeilen) aus ")
               << r.at("file").get<std::string>() << ".\n";
         }});
}

}  // namespace knoten::cli
