// knoten person dedupe: pairs of people who may be one, and why;
// knoten person merge KEEP DROP: one of them merged into the other, with
// everything that referred to it (app/dedupe.h).

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "knoten/app/dedupe.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/render.h"

namespace knoten::cli {
namespace {

std::string ReasonText(const std::string& reason, bool de) {
  if (reason == "email") return de ? "dieselbe E-Mail-Adresse" : "same e-mail";
  if (reason == "phone") return de ? "dieselbe Telefonnummer" : "same phone";
  return de ? "ähnlicher Name" : "similar name";
}

void RenderCandidates(const Json& r, bool de, std::ostream& out) {
  if (r.at("items").empty()) {
    out << (de ? "Keine möglichen Dubletten gefunden.\n"
               : "No possible duplicates found.\n");
    return;
  }
  out << (de ? "Mögliche Dubletten: " : "Possible duplicates: ")
      << r.at("total").get<int64_t>() << '\n';
  for (const Json& item : r.at("items")) {
    std::string why;
    for (const Json& reason : item.at("reasons")) {
      if (!why.empty()) why += ", ";
      why += ReasonText(reason.get<std::string>(), de);
    }
    out << "  " << item.at("a").at("id").get<int64_t>() << ' '
        << item.at("a").at("display_name").get<std::string>() << "  <->  "
        << item.at("b").at("id").get<int64_t>() << ' '
        << item.at("b").at("display_name").get<std::string>() << "  (" << why
        << ")\n";
  }
  out << (de ? "Zusammenführen: knoten person merge BEHALTEN ENTFERNEN\n"
             : "To merge: knoten person merge KEEP REMOVE\n");
}

}  // namespace

void RegisterDedupeCommands(CLI::App* person, Session& s) {
  CLI::App* dedupe = person->add_subcommand(
      "dedupe", s.Tr("list people who may be one person, and why",
                     "Kontakte auflisten, die ein Mensch sein könnten, "
                     "und warum"));
  dedupe->footer(s.Tr(
      "A pair shares an e-mail address (ignoring case), a phone number (the "
      "same digits, or the last six or more alike: +49 30 1234567 and 030 "
      "1234567) or a name written otherwise (Müller, Anna and anna mueller). "
      "A name shared by more than five people is not taken as a sign. "
      "Archived people are included. Nothing is changed; merge a pair with "
      "knoten person merge.",
      "Ein Paar teilt eine E-Mail-Adresse (ohne Groß-/Kleinschreibung), eine "
      "Telefonnummer (dieselben Ziffern oder die letzten sechs oder mehr: "
      "+49 30 1234567 und 030 1234567) oder einen anders geschriebenen Namen "
      "(Müller, Anna und anna mueller). Ein Name, den mehr als fünf tragen, "
      "gilt nicht als Hinweis. Archivierte Kontakte zählen mit. Nichts wird "
      "geändert; ein Paar mit knoten person merge zusammenführen."));
  OnRun(dedupe, s,
        [](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(const auto found, app::FindDuplicates(ctx));
          return ToJson(found);
        },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& r, std::ostream& out) {
           RenderCandidates(r, s.lang() == UiLang::kDe, out);
         }});

  auto ids = std::make_shared<std::pair<int64_t, int64_t>>(0, 0);
  CLI::App* merge = person->add_subcommand(
      "merge", s.Tr("merge a person into another, with all their history",
                    "einen Kontakt mit seinem ganzen Verlauf in einen "
                    "anderen zusammenführen"));
  AddId(merge, ids->first, s.Tr("the person who stays", "der bleibt"));
  AddId(merge, ids->second,
        s.Tr("the person merged into them and removed",
             "der mit ihm zusammengeführt und entfernt wird"));
  merge->footer(s.Tr(
      "Empty fields of the one who stays are filled, e-mail addresses, phone "
      "numbers, web addresses, tags and languages added, differing notes "
      "appended. Offers, needs, encounters, ledger entries, introductions, "
      "promises, follow-ups, memberships, attendances, judgements and "
      "pitches of the removed person move over; what the one who stays has "
      "already (a judgement, a membership of the same network), an "
      "introduction of the two to each other and a promise between them are "
      "dropped. One transaction: "
      "all or nothing. Take a backup first if unsure: knoten backup -o "
      "FILE.\n"
      "Example: knoten person merge 17 42",
      "Leere Felder dessen, der bleibt, werden gefüllt, E-Mail-Adressen, "
      "Telefonnummern, Webadressen, Schlagworte und Sprachen ergänzt, "
      "abweichende Notizen angehängt. Angebote, Bedarfe, Begegnungen, "
      "Einträge, Vorstellungen, Versprechen, Nachfassen, Mitgliedschaften, "
      "Teilnahmen, Einschätzungen und Angebote an ihn wandern mit; was der "
      "Bleibende schon hat (eine Einschätzung, eine Mitgliedschaft im selben "
      "Netzwerk), eine Vorstellung der beiden einander und ein Versprechen "
      "zwischen ihnen entfallen. Eine "
      "Transaktion: alles oder nichts. Im Zweifel vorher sichern: knoten "
      "backup -o DATEI.\n"
      "Beispiel: knoten person merge 17 42"));
  OnRun(merge, s,
        [ids](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(const app::MergedPeople merged,
                                  app::MergePeople(ctx, PersonId(ids->first),
                                                   PersonId(ids->second)));
          return ToJson(merged);
        },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& r, std::ostream& out) {
           out << s.Tr("Merged ", "Zusammengeführt: ")
               << r.at("removed").get<int64_t>() << s.Tr(" into ", " in ")
               << r.at("person").at("id").get<int64_t>() << " ("
               << r.at("person").at("display_name").get<std::string>()
               << s.Tr("); moved ", "); übernommen: ")
               << r.at("moved_rows").get<int64_t>()
               << (r.at("moved_rows").get<int64_t>() == 1
                       ? s.Tr(" record.\n", " Eintrag.\n")
                       : s.Tr(" records.\n", " Einträge.\n"));
         }});
}

}  // namespace knoten::cli
