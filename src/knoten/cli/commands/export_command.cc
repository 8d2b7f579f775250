// knoten export --format vcard|csv|json [-o FILE]: every person (vCard,
// CSV) or everything (the JSON backup), to standard output or into FILE,
// which appears whole or not at all (app/export_people.h,
// app/backup_data.h, app/atomic_file.h); with --one-per-person, a vCard
// file per person in the new folder -o names.

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "knoten/app/atomic_file.h"
#include "knoten/app/backup_data.h"
#include "knoten/app/export_calendar.h"
#include "knoten/app/export_people.h"
#include "knoten/app/people.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/progress.h"
#include "knoten/json/backup_file.h"

namespace knoten::cli {
namespace {

struct ExportFlags {
  std::string format;
  std::string output;
  bool one_per_person = false;
  bool quiet = false;
};

// Runs `export_all` with a progress bar over everyone (on a terminal, and
// not with --quiet), which it hands what it has written; the bar is done
// when this returns.
Result<int64_t> WithProgress(
    app::Context& ctx, Session& s, const ExportFlags& flags,
    const std::function<Result<int64_t>(
        const std::function<void(int64_t written)>& progress)>& export_all) {
  KNOTEN_ASSIGN_OR_RETURN(
      const store::Page<core::Person> first,
      app::ListPeople(ctx, {.include_archived = true}, {.limit = 1}));
  Progress bar(s.env().err, s.env().terminal && !flags.quiet,
               s.Tr("Exporting", "Exportiere"), first.total);
  return export_all([&bar](int64_t written) { bar.Update(written); });
}

Result<Json> ExportFolder(app::Context& ctx, Session& s,
                          const ExportFlags& flags) {
  if (flags.format != "vcard" || flags.output.empty()) {
    return InvalidArgumentError(
        s.Tr("--one-per-person writes vCard files into a new folder: give "
             "--format vcard and -o FOLDER.",
             "--one-per-person schreibt vCard-Dateien in einen neuen Ordner: "
             "--format vcard und -o ORDNER angeben."));
  }
  KNOTEN_ASSIGN_OR_RETURN(
      const int64_t people,
      WithProgress(ctx, s, flags, [&](const auto& progress) {
        return app::ExportVCardFolder(ctx, flags.output, progress);
      }));
  return Json{
      {"folder", flags.output}, {"format", "vcard"}, {"people", people}};
}

Result<Json> ExportInto(app::Context& ctx, Session& s, const ExportFlags& flags,
                        app::ExportFormat format) {
  KNOTEN_ASSIGN_OR_RETURN(app::AtomicFile file,
                          app::AtomicFile::Begin(flags.output));
  KNOTEN_ASSIGN_OR_RETURN(
      const int64_t people,
      WithProgress(ctx, s, flags, [&](const auto& progress) {
        return app::ExportPeople(
            ctx, format,
            [&file](std::string_view piece) { return file.Append(piece); },
            progress);
      }));
  KNOTEN_RETURN_IF_ERROR(file.Commit());
  return Json{
      {"file", file.target()}, {"format", flags.format}, {"people", people}};
}

// The JSON backup into `write`, with a progress bar over all rows when
// `bar` is set.
Result<app::BackupCounts> ExportBackup(
    app::Context& ctx, Session& s, bool bar,
    const std::function<Status(std::string_view)>& write) {
  const std::unique_ptr<app::BackupWriter> writer =
      json::NewJsonBackupWriter(write);
  std::optional<Progress> progress;
  if (!bar) return app::ExportBackup(ctx, *writer);  // no rows to count
  return app::ExportBackup(ctx, *writer, [&](int64_t written, int64_t total) {
    if (!progress) {
      progress.emplace(s.env().err, true, s.Tr("Exporting", "Exportiere"),
                       total);
    }
    progress->Update(written);
  });
}

Result<Json> ExportBackupInto(app::Context& ctx, Session& s,
                              const ExportFlags& flags) {
  KNOTEN_ASSIGN_OR_RETURN(app::AtomicFile file,
                          app::AtomicFile::Begin(flags.output));
  KNOTEN_ASSIGN_OR_RETURN(const app::BackupCounts counts,
                          ExportBackup(ctx, s, s.env().terminal && !flags.quiet,
                                       [&file](std::string_view piece) {
                                         return file.Append(piece);
                                       }));
  KNOTEN_RETURN_IF_ERROR(file.Commit());
  return Json{{"file", file.target()},
              {"format", "json"},
              {"people", counts.people},
              {"rows", counts.rows}};
}

Status WriteToStandardOutput(std::ostream& out, std::string_view piece) {
  out << piece;
  return out ? OkStatus()
             : UnavailableError("Cannot write to standard output.");
}

void RunBackup(Session& s, app::Context& ctx, const ExportFlags& flags) {
  if (flags.output.empty()) {  // the file itself is the output
    std::ostream& out = s.env().out;
    auto counts =
        ExportBackup(ctx, s, /*bar=*/false, [&out](std::string_view piece) {
          return WriteToStandardOutput(out, piece);
        });
    if (!counts) s.Fail(counts.error());
    return;
  }
  s.Finish(ExportBackupInto(ctx, s, flags),
           {.kind = TextView::Kind::kCustom,
            .custom = [&s](const Json& r, std::ostream& out) {
              out << s.Tr("Backed up everything (", "Alles gesichert (")
                  << r.at("people").get<int64_t>()
                  << s.Tr(" people, ", " Menschen, ")
                  << r.at("rows").get<int64_t>()
                  << s.Tr(" rows) to ", " Zeilen) in ")
                  << r.at("file").get<std::string>() << ".\n";
            }});
}

Result<Json> ExportCalendarInto(app::Context& ctx, Session& s,
                                const ExportFlags& flags) {
  KNOTEN_ASSIGN_OR_RETURN(const app::ExportedCalendar calendar,
                          app::ExportCalendar(ctx, s.lang() == UiLang::kDe));
  if (flags.output.empty()) {
    KNOTEN_RETURN_IF_ERROR(WriteToStandardOutput(s.env().out, calendar.text));
    return Json();
  }
  KNOTEN_ASSIGN_OR_RETURN(app::AtomicFile file,
                          app::AtomicFile::Begin(flags.output));
  KNOTEN_RETURN_IF_ERROR(file.Append(calendar.text));
  KNOTEN_RETURN_IF_ERROR(file.Commit());
  return Json{{"file", file.target()},
              {"format", "ics"},
              {"events", calendar.events},
              {"follow_ups", calendar.follow_ups},
              {"promises", calendar.promises}};
}

void RunCalendar(Session& s, app::Context& ctx, const ExportFlags& flags) {
  auto written = ExportCalendarInto(ctx, s, flags);
  if (!written) {
    s.Fail(written.error());
    return;
  }
  if (flags.output.empty()) return;  // the calendar itself was the output
  s.Finish(written, {.kind = TextView::Kind::kCustom,
                     .custom = [&s](const Json& r, std::ostream& out) {
                       out << s.Tr("Exported ", "Exportiert: ")
                           << r.at("events").get<int64_t>()
                           << s.Tr(" events, ", " Veranstaltungen, ")
                           << r.at("follow_ups").get<int64_t>()
                           << s.Tr(" follow-ups and ", " Nachfassen und ")
                           << r.at("promises").get<int64_t>()
                           << s.Tr(" promises to ", " Versprechen nach ")
                           << r.at("file").get<std::string>() << ".\n";
                     }});
}

void Run(Session& s, const ExportFlags& flags) {
  auto context = s.Context();
  if (!context) {
    s.Fail(context.error());
    return;
  }
  if (flags.one_per_person) {
    s.Finish(ExportFolder(**context, s, flags),
             {.kind = TextView::Kind::kCustom,
              .custom = [&s](const Json& r, std::ostream& out) {
                out << s.Tr("Exported ", "Exportiert: ")
                    << r.at("people").get<int64_t>()
                    << s.Tr(" people, one vCard file each, into ",
                            " Menschen, je eine vCard-Datei, nach ")
                    << r.at("folder").get<std::string>() << ".\n";
              }});
    return;
  }
  if (flags.format == "json") {
    RunBackup(s, **context, flags);
    return;
  }
  if (flags.format == "ics") {
    RunCalendar(s, **context, flags);
    return;
  }
  const app::ExportFormat format = flags.format == "csv"
                                       ? app::ExportFormat::kCsv
                                       : app::ExportFormat::kVCard;
  if (flags.output.empty()) {  // the file itself is the output
    std::ostream& out = s.env().out;
    auto people =
        app::ExportPeople(**context, format, [&out](std::string_view piece) {
          return WriteToStandardOutput(out, piece);
        });
    if (!people) s.Fail(people.error());
    return;
  }
  s.Finish(ExportInto(**context, s, flags, format),
           {.kind = TextView::Kind::kCustom,
            .custom = [&s](const Json& r, std::ostream& out) {
              out << s.Tr("Exported ", "Exportiert: ")
                  << r.at("people").get<int64_t>()
                  << s.Tr(" people to ", " Menschen nach ")
                  << r.at("file").get<std::string>() << ".\n";
            }});
}

}  // namespace

void RegisterExportCommand(CLI::App& app, Session& s) {
  auto flags = std::make_shared<ExportFlags>();
  CLI::App* command = app.add_subcommand(
      "export", s.Tr("export every person as vCard or CSV, or everything "
                     "as a JSON backup",
                     "alle Menschen als vCard oder CSV exportieren, oder "
                     "alles als JSON-Sicherung"));
  command
      ->add_option("--format", flags->format,
                   s.Tr("vcard (vCard 4.0), csv, ics (events, open "
                        "follow-ups and promises for a calendar app), or json "
                        "(a backup of everything, read back by knoten "
                        "restore)",
                        "vcard (vCard 4.0), csv, ics (Veranstaltungen, offene "
                        "Nachfassen und Versprechen für eine Kalender-App), "
                        "oder json (eine Sicherung von allem, die knoten "
                        "restore zurückliest)"))
      ->required()
      ->check(CLI::IsMember({"vcard", "csv", "ics", "json"}));
  command->add_option(
      "-o,--output", flags->output,
      s.Tr("write into this file (replaced whole, or left as it was when "
           "something fails) instead of standard output",
           "in diese Datei schreiben (ganz ersetzt, oder unverändert, wenn "
           "etwas scheitert) statt auf die Standardausgabe"));
  command->add_flag(
      "--one-per-person", flags->one_per_person,
      s.Tr("with --format vcard: one file per person (ID-name.vcf) in the "
           "new folder -o names, which appears whole or not at all",
           "mit --format vcard: eine Datei je Mensch (ID-name.vcf) im neuen "
           "Ordner, den -o nennt; er entsteht ganz oder gar nicht"));
  command->add_flag("--quiet", flags->quiet,
                    s.Tr("no progress bar while writing into FILE",
                         "kein Fortschrittsbalken beim Schreiben in DATEI"));
  command->footer(s.Tr(
      "Archived people are exported too. CSV cells that a spreadsheet would "
      "take for a formula (starting with = + - @) get a ' in front; knoten's "
      "import takes it off again. docs/interop.md has the fields.\n"
      "The JSON backup holds everything but secrets: password hashes are "
      "left out (after knoten restore, set a password with knoten "
      "password), sessions are never stored.\n"
      "Example: knoten export --format vcard -o contacts.vcf\n"
      "         knoten export --format vcard --one-per-person -o contacts/\n"
      "         knoten export --format ics -o knoten.ics\n"
      "         knoten export --format json -o knoten-backup.json",
      "Archivierte Menschen werden mit exportiert. CSV-Zellen, die eine "
      "Tabellenkalkulation als Formel läse (Anfang = + - @), bekommen ein ' "
      "davor; knotens Import nimmt es wieder weg. docs/interop.md nennt die "
      "Felder.\n"
      "Die JSON-Sicherung enthält alles außer Geheimnissen: Passwort-Hashes "
      "fehlen (nach knoten restore ein Passwort mit knoten password setzen), "
      "Sitzungen werden nie gespeichert.\n"
      "Beispiel: knoten export --format vcard -o kontakte.vcf\n"
      "          knoten export --format vcard --one-per-person -o kontakte/\n"
      "          knoten export --format ics -o knoten.ics\n"
      "          knoten export --format json -o knoten-sicherung.json"));
  command->callback([&s, flags] { Run(s, *flags); });
}

}  // namespace knoten::cli
