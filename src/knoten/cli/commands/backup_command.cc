// knoten backup -o FILE: a consistent copy of the database in one file
// (app/backup.h), also while `knoten serve` runs.

#include <array>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

#include "knoten/app/backup.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/render.h"

namespace knoten::cli {
namespace {

Result<Json> Backup(app::Context& ctx, Session& s, const std::string& output) {
  KNOTEN_ASSIGN_OR_RETURN(const std::string database, s.DatabasePath());
  // Neither the database nor SQLite's files beside it (-wal, -shm,
  // -journal), which a running server uses.
  std::error_code output_error;
  std::error_code database_error;
  const std::string target =
      std::filesystem::weakly_canonical(output, output_error).string();
  const std::string live =
      std::filesystem::weakly_canonical(database, database_error).string();
  if (!output_error && !database_error &&
      (target == live || target == live + "-wal" || target == live + "-shm" ||
       target == live + "-journal")) {
    return InvalidArgumentError(
        "The backup must go to another file than the database and its -wal, "
        "-shm and -journal files.");
  }
  KNOTEN_ASSIGN_OR_RETURN(const app::BackupWritten written,
                          app::BackupDatabase(ctx, output));
  return Json{{"file", written.path}, {"bytes", written.bytes}};
}

}  // namespace

void RegisterBackupCommand(CLI::App& app, Session& s) {
  auto output = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand(
      "backup", s.Tr("write a consistent copy of the database into one file",
                     "eine stimmige Kopie der Datenbank in eine Datei "
                     "schreiben"));
  command
      ->add_option("-o,--output", *output,
                   s.Tr("the backup file (replaced if it exists)",
                        "die Sicherungsdatei (wird ersetzt, falls vorhanden)"))
      ->required();
  command->footer(s.Tr(
      "Safe while knoten serve runs. The backup is a knoten database: open it "
      "with --db FILE, or copy it back in place of the database while knoten "
      "is stopped. It holds everything, password hash and sessions' secrets "
      "included: keep it as safe as the database.\n"
      "Example: knoten backup -o ~/knoten-2026-12-06.db",
      "Sicher, während knoten serve läuft. Die Sicherung ist eine "
      "knoten-Datenbank: mit --db DATEI öffnen oder bei angehaltenem knoten "
      "an die Stelle der Datenbank kopieren. Sie enthält alles, auch den "
      "Passwort-Hash: so sicher aufbewahren wie die Datenbank.\n"
      "Beispiel: knoten backup -o ~/knoten-2026-12-06.db"));
  OnRun(command, s,
        [&s, output](app::Context& ctx) { return Backup(ctx, s, *output); },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& r, std::ostream& out) {
           std::array<char, 32> mib{};
           std::snprintf(
               mib.data(), mib.size(), "%.1f",
               static_cast<double>(r.at("bytes").get<uint64_t>()) / 1048576.0);
           out << s.Tr("Backed up to ", "Gesichert in ")
               << r.at("file").get<std::string>() << " (" << mib.data()
               << " MiB).\n";
         }});
}

}  // namespace knoten::cli
