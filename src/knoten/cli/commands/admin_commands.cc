// knoten demo, knoten today.

#include <memory>
#include <string>

#include "knoten/app/demo.h"
#include "knoten/app/today.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/render.h"
#include "knoten/cli/internal/render_suggestions.h"

namespace knoten::cli {
namespace {

// "no contact for 70 days (every 30 days suits you two)".
std::string KeepInTouchLine(const Json& k, Session& s) {
  const bool en = s.lang() == UiLang::kEn;
  std::string line = en ? "no contact for " : "seit ";
  line += k.at("days_since").dump();
  line += en ? " days (every " : " Tagen kein Kontakt (alle ";
  line += k.at("rhythm_days").dump();
  if (k.at("rhythm_chosen").get<bool>()) {
    line += en ? " days, as you chose)" : " Tage, wie du es gewählt hast)";
  } else {
    line += en ? " days suits you two)" : " Tage passt zu euch)";
  }
  return line;
}

void RenderToday(const Json& t, Session& s, std::ostream& out) {
  out << s.Tr("Today, ", "Heute, ") << CellText(t.at("date")) << "\n";
  out << '\n' << s.Tr("Follow-ups due:", "Fällige Nachfass-Termine:") << '\n';
  if (t.at("followups_due").empty()) {
    out << "  " << s.Tr("nothing due", "nichts fällig") << '\n';
  }
  for (const Json& f : t.at("followups_due")) {
    out << "  [" << f.at("id").dump() << "] "
        << CellText(f.at("due_at")).substr(0, 16) << "  "
        << CellText(f.at("kind")) << s.Tr(" with ", " mit ")
        << CellText(f.at("person_name"));
    if (!CellText(f.at("about")).empty()) {
      out << ": " << CellText(f.at("about"));
    }
    out << '\n';
  }
  if (!t.at("followups_due").empty()) {
    out << "  "
        << s.Tr(
               "Did it happen? knoten followup done ID (it counts for "
               "trust), or knoten followup cancel ID",
               "Hat es stattgefunden? knoten followup done ID (das zählt "
               "für das Vertrauen), sonst knoten followup cancel ID")
        << '\n';
  }
  out << '\n' << s.Tr("Promises due:", "Fällige Zusagen:") << '\n';
  if (t.at("promises_due").empty()) {
    out << "  " << s.Tr("nothing due", "nichts fällig") << '\n';
  }
  for (const Json& p : t.at("promises_due")) {
    const std::string by = p.at("promisor_name").is_null()
                               ? s.Tr("you", "du")
                               : CellText(p.at("promisor_name"));
    const std::string to = p.at("promisee_name").is_null()
                               ? s.Tr("you", "dir")
                               : CellText(p.at("promisee_name"));
    out << "  [" << p.at("id").dump() << "] "
        << CellText(p.at("due_at")).substr(0, 10) << "  " << by << " → " << to
        << ": " << CellText(p.at("text")) << '\n';
  }
  if (!t.at("keep_in_touch").empty()) {
    out << '\n' << s.Tr("Losing touch:", "Kontakt halten:") << '\n';
  }
  for (const Json& k : t.at("keep_in_touch")) {
    out << "  [" << k.at("person_id").dump() << "] "
        << CellText(k.at("person_name")) << ": " << KeepInTouchLine(k, s)
        << '\n';
  }
  if (!t.at("nudges").empty()) {
    out << '\n' << s.Tr("Give back?", "Etwas zurückgeben?") << '\n';
  }
  for (const Json& n : t.at("nudges")) {
    out << "  "
        << (s.lang() == UiLang::kEn
                ? CellText(n.at("text"))
                : "Von " + CellText(n.at("person_name")) + " zuletzt " +
                      n.at("received").dump() + "-mal bekommen, " +
                      n.at("given").dump() +
                      "-mal gegeben: Gibt es etwas, das du weitergeben "
                      "kannst?")
        << '\n';
  }
  out << '\n' << s.Tr("Suggestions:", "Vorschläge:") << '\n';
  if (t.at("suggestions").empty()) {
    out << "  " << s.Tr("none yet", "noch keine") << '\n';
  }
  for (const Json& item : t.at("suggestions")) {
    RenderSuggestion(item.at("section").get<std::string>(), item, s, out);
  }
}

}  // namespace

void RegisterAdminCommands(CLI::App& app, Session& s) {
  struct DemoFlags {
    int64_t people = app::kDemoDefaultPeople;
    uint64_t seed = 1;
  };
  auto demo_flags = std::make_shared<DemoFlags>();
  CLI::App* demo = app.add_subcommand(
      "demo",
      s.Tr(
          "seed an empty database with a realistic demo network",
          "eine leere Datenbank mit einem realistischen Demo-Netzwerk füllen"));
  demo->add_option(
      "--people", demo_flags->people,
      s.Tr("number of people (default 60)", "Anzahl Kontakte (Standard 60)"));
  demo->add_option("--seed", demo_flags->seed,
                   s.Tr("random seed; the same seed gives the same network",
                        "Startwert; gleicher Wert, gleiches Netzwerk"));
  demo->footer(
      s.Tr("Example: knoten --db /tmp/demo.db demo --people 200 --seed 7",
           "Beispiel: knoten --db /tmp/demo.db demo --people 200 --seed 7"));
  OnRun(demo, s,
        [demo_flags](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(
              app::DemoSummary summary,
              app::SeedDemo(ctx, {.people = demo_flags->people,
                                  .seed = demo_flags->seed}));
          return ToJson(summary);
        },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& d, std::ostream& out) {
           out << s.Tr("Demo network created: ", "Demo-Netzwerk angelegt: ")
               << d.at("people").dump() << s.Tr(" people, ", " Kontakte, ")
               << d.at("networks").dump() << s.Tr(" networks, ", " Netzwerke, ")
               << d.at("events").dump()
               << s.Tr(" events, ", " Veranstaltungen, ")
               << d.at("encounters").dump()
               << s.Tr(" encounters, ", " Begegnungen, ")
               << d.at("ledger_entries").dump()
               << s.Tr(" ledger entries.", " Einträge im Geben-und-Nehmen.")
               << '\n';
         }});

  CLI::App* today = app.add_subcommand(
      "today",
      s.Tr("what is due today: follow-ups, promises and suggestions",
           "was heute ansteht: Nachfass-Termine, Zusagen und Vorschläge"));
  OnRun(today, s,
        [&s](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(app::TodayView view,
                                  app::Today(ctx, s.LexiconSource()));
          return ToJson(view);
        },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& t, std::ostream& out) {
           RenderToday(t, s, out);
         }});
}

}  // namespace knoten::cli
