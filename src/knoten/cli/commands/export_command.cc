// knoten export --format vcard|csv [-o FILE]: every person, to standard
// output or into FILE, which appears whole or not at all
// (app/export_people.h, app/atomic_file.h); with --one-per-person, a vCard
// file per person in the new folder -o names.

#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include "knoten/app/atomic_file.h"
#include "knoten/app/export_people.h"
#include "knoten/app/people.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/progress.h"

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
  const app::ExportFormat format = flags.format == "csv"
                                       ? app::ExportFormat::kCsv
                                       : app::ExportFormat::kVCard;
  if (flags.output.empty()) {  // the file itself is the output
    std::ostream& out = s.env().out;
    auto people =
        app::ExportPeople(**context, format, [&out](std::string_view piece) {
          out << piece;
          return out ? OkStatus()
                     : UnavailableError("Cannot write to standard output.");
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
      "export", s.Tr("export every person as vCard or CSV",
                     "alle Menschen als vCard oder CSV exportieren"));
  command
      ->add_option(
          "--format", flags->format,
          s.Tr("vcard (vCard 4.0) or csv", "vcard (vCard 4.0) oder csv"))
      ->required()
      ->check(CLI::IsMember({"vcard", "csv"}));
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
      "Example: knoten export --format vcard -o contacts.vcf\n"
      "         knoten export --format vcard --one-per-person -o contacts/",
      "Archivierte Menschen werden mit exportiert. CSV-Zellen, die eine "
      "Tabellenkalkulation als Formel läse (Anfang = + - @), bekommen ein ' "
      "davor; knotens Import nimmt es wieder weg. docs/interop.md nennt die "
      "Felder.\n"
      "Beispiel: knoten export --format vcard -o kontakte.vcf\n"
      "          knoten export --format vcard --one-per-person -o kontakte/"));
  command->callback([&s, flags] { Run(s, *flags); });
}

}  // namespace knoten::cli
