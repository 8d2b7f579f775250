// knoten import FILE...: people from contact files (app/import_contacts.h),
// created or merged, with --dry-run to see what would happen first.

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "knoten/app/import_contacts.h"
#include "knoten/base/text_file.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/progress.h"
#include "knoten/cli/internal/render.h"
#include "knoten/json/codec.h"

namespace knoten::cli {
namespace {

// Larger files are refused before they are read into memory whole.
constexpr uintmax_t kMaxFileBytes = uintmax_t{64} << 20U;

struct ImportFlags {
  std::vector<std::string> files;
  bool dry_run = false;
  bool quiet = false;
  bool without_photos = false;
};

Result<Json> Import(app::Context& ctx, Session& s, const ImportFlags& flags) {
  std::vector<app::ImportFile> files;
  for (const std::string& path : flags.files) {
    std::error_code error;
    const uintmax_t size = std::filesystem::file_size(path, error);
    if (!error && size > kMaxFileBytes) {
      return InvalidArgumentError(path +
                                  ": larger than 64 MiB; split it and import "
                                  "the parts.");
    }
    std::optional<std::string> bytes = ReadTextFile(path);
    if (!bytes || error) {
      return NotFoundError("Cannot read '" + path +
                           "'; check the path and that you may read it.");
    }
    files.push_back({.name = path, .bytes = std::move(*bytes)});
  }
  // The bar is made once the total is known, and ends before the report.
  std::unique_ptr<Progress> bar;
  app::ImportOptions options{.dry_run = flags.dry_run,
                             .keep_photos = !flags.without_photos};
  options.progress = [&](int64_t done, int64_t total) {
    if (!bar) {
      bar = std::make_unique<Progress>(s.env().err,
                                       s.env().terminal && !flags.quiet,
                                       s.Tr("Importing", "Importiere"), total);
    }
    bar->Update(done);
  };
  auto report = app::ImportContacts(ctx, files, options);
  bar.reset();
  if (!report) return report.error();
  if (flags.quiet && !s.json) {
    // The text shows only the counts: no need to turn 100k contacts into
    // JSON first. --json keeps the whole report.
    for (app::ImportedFile& file : report->files) file.contacts.clear();
  }
  return json::ToJson(*report);
}

std::string Counts(const Json& r, bool de) {
  return CellText(r.at("created")) + (de ? " neu, " : " created, ") +
         CellText(r.at("merged")) + (de ? " ergänzt, " : " merged, ") +
         CellText(r.at("unchanged")) +
         (de ? " unverändert, " : " unchanged, ") + CellText(r.at("skipped")) +
         (de ? " übersprungen" : " skipped");
}

// "vcard" as "vCard", "csv-linkedin" as "LinkedIn CSV".
std::string FormatName(const std::string& format) {
  if (format == "vcard") return "vCard";
  if (format == "csv-linkedin") return "LinkedIn CSV";
  if (format == "csv-google") return "Google CSV";
  if (format == "csv-outlook") return "Outlook CSV";
  if (format == "csv-thunderbird") return "Thunderbird CSV";
  return "CSV";
}

std::string OutcomeText(const std::string& outcome, bool de) {
  if (!de) return outcome;
  if (outcome == "created") return "neu";
  if (outcome == "merged") return "ergänzt";
  if (outcome == "unchanged") return "unverändert";
  return "übersprungen";
}

void RenderContact(const Json& c, bool de, std::ostream& out) {
  const std::string outcome = c.at("outcome").get<std::string>();
  const std::string label = OutcomeText(outcome, de);
  constexpr size_t kLabelWidth = 12;  // "übersprungen", the widest
  out << "  " << label
      << std::string(kLabelWidth + 1 - std::min(TextWidth(label), kLabelWidth),
                     ' ')
      << (outcome == "skipped" ? std::string(de ? "Karte" : "card")
                               : CellText(c.at("name")))
      << (de ? " (Zeile " : " (line ") << CellText(c.at("line")) << ")";
  if (!c.at("person_id").is_null()) {
    out << (de ? " → Person " : " → person ") << CellText(c.at("person_id"));
  }
  out << '\n';
  for (const Json& remark : c.at("remarks")) {
    out << "      " << CellText(remark) << '\n';
  }
}

void RenderReport(const Json& report, bool de, bool quiet, std::ostream& out) {
  for (const Json& file : report.at("files")) {
    out << CellText(file.at("file")) << " ("
        << FormatName(file.at("format").get<std::string>()) << ", "
        << CellText(file.at("encoding")) << "): " << Counts(file, de) << '\n';

    if (quiet) continue;
    for (const Json& c : file.at("contacts")) RenderContact(c, de, out);
    if (!file.at("problems").empty()) {
      out << (de ? "  In der Datei:\n" : "  In the file:\n");
    }
    // A damaged file can have hundreds; --json lists them all.
    constexpr size_t kShownProblems = 20;
    const Json& problems = file.at("problems");
    for (size_t i = 0; i < std::min(problems.size(), kShownProblems); ++i) {
      out << "      " << CellText(problems[i]) << '\n';
    }
    if (problems.size() > kShownProblems) {
      const std::string more = std::to_string(problems.size() - kShownProblems);
      out << (de ? "      … und " + more + " weitere (alle mit --json)\n"
                 : "      … and " + more + " more (all of them with --json)\n");
    }
  }
  if (report.at("files").size() > 1) {
    out << (de ? "Zusammen: " : "Together: ") << Counts(report, de) << '\n';
  }
  if (report.at("dry_run").get<bool>()) {
    out << (de ? "Probelauf: nichts wurde gespeichert. Ohne --dry-run "
                 "importieren.\n"
               : "Dry run: nothing was stored. Run again without --dry-run "
                 "to import.\n");
  }
}

}  // namespace

void RegisterImportCommand(CLI::App& app, Session& s) {
  auto flags = std::make_shared<ImportFlags>();
  CLI::App* command = app.add_subcommand(
      "import", s.Tr("import people from contact files (vCard, CSV)",
                     "Menschen aus Kontaktdateien importieren (vCard, CSV)"));
  command
      ->add_option("FILE", flags->files,
                   s.Tr("contact files: vCard 2.1, 3.0 or 4.0; CSV from "
                        "LinkedIn, Google, Outlook or Thunderbird",
                        "Kontaktdateien: vCard 2.1, 3.0 oder 4.0; CSV von "
                        "LinkedIn, Google, Outlook oder Thunderbird"))
      ->required();
  command->add_flag("--dry-run", flags->dry_run,
                    s.Tr("show what would be created, merged or skipped, "
                         "and store nothing",
                         "zeigen, was neu, ergänzt oder übersprungen würde, "
                         "ohne etwas zu speichern"));
  command->add_flag("--quiet", flags->quiet,
                    s.Tr("print only the counts per file, and no progress bar",
                         "nur die Zahlen je Datei ausgeben, ohne "
                         "Fortschrittsbalken"));
  command->add_flag("--without-photos", flags->without_photos,
                    s.Tr("leave the contacts' photos out",
                         "die Fotos der Kontakte weglassen"));
  command->footer(s.Tr(
      "A contact who shares an e-mail address or phone number with someone "
      "you know (or, without either, the name) is merged into them: empty "
      "fields are filled, nothing is overwritten. Importing the same file "
      "again creates nobody new. What knoten has no field for (a birthday, "
      "the whole address, a photo, other apps' own properties) is kept and "
      "comes back in the vCard export.\n"
      "Example: knoten import --dry-run contacts.vcf Connections.csv",
      "Ein Kontakt, der eine E-Mail-Adresse oder Telefonnummer mit jemandem "
      "teilt, den du kennst (oder ohne beides den Namen), wird mit ihm "
      "zusammengeführt: leere Felder werden gefüllt, nichts wird "
      "überschrieben. Dieselbe Datei noch einmal legt niemanden neu an. Was "
      "knoten in keinem Feld führt (Geburtstag, die ganze Anschrift, ein Foto, "
      "eigene Angaben anderer Apps), bleibt erhalten und kommt beim "
      "vCard-Export wieder mit.\n"
      "Beispiel: knoten import --dry-run kontakte.vcf Connections.csv"));
  OnRun(command, s,
        [&s, flags](app::Context& ctx) { return Import(ctx, s, *flags); },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s, flags](const Json& r, std::ostream& out) {
           RenderReport(r, s.lang() == UiLang::kDe, flags->quiet, out);
         }});
}

}  // namespace knoten::cli
