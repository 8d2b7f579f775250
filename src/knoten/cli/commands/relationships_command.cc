// knoten relationships: everyone's trust, client fit, give and take and
// keeping in touch in one order (app/relationships.h).

#include <memory>
#include <ostream>
#include <string>

#include "knoten/app/relationships.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/render.h"

namespace knoten::cli {
namespace {

struct RelationshipFlags {
  std::string order = "trust";
  PagingFlags paging{.limit = 20};
};

Result<Json> List(app::Context& ctx, Session& s, const RelationshipFlags& f) {
  KNOTEN_ASSIGN_OR_RETURN(const app::RelationshipOrder order,
                          app::ParseRelationshipOrder(f.order));
  const store::Paging paging = f.paging.ToPaging();
  KNOTEN_ASSIGN_OR_RETURN(
      const auto page,
      app::ListRelationships(ctx, order, paging, s.LexiconSource()));
  Json doc = ToJson(page);
  doc["order"] = app::RelationshipOrderName(order);
  return doc;
}

// "every 60 days, next by 2027-01-05" / "no rhythm".
std::string TouchText(const Json& touch, bool de) {
  if (touch.at("rhythm_days").is_null()) {
    return de ? "kein Rhythmus" : "no rhythm";
  }
  std::string text = (de ? "alle " : "every ") +
                     touch.at("rhythm_days").dump() + (de ? " Tage" : " days");
  const std::string due = CellText(touch.at("due_at")).substr(0, 10);
  if (touch.at("losing_touch").get<bool>()) {
    return text + (de ? ", fällig seit " : ", due since ") + due;
  }
  return text + (de ? ", nächster Kontakt bis " : ", next by ") + due;
}

void RenderRow(const Json& r, bool de, std::ostream& out) {
  const Json& fit = r.at("client_fit");
  const Json& balance = r.at("balance");
  out << "[" << r.at("person_id").dump() << "] "
      << CellText(r.at("person_name")) << "\n    "
      << (de ? "Vertrauen " : "trust ") << CellText(r.at("trust")) << " · "
      << (de ? "Geschäftsreife " : "client fit ")
      << (fit.at("level").is_null() ? std::string(de ? "offen" : "open")
                                    : CellText(fit.at("level")))
      << (de ? " (am schwächsten: " : " (weakest: ")
      << CellText(fit.at("weakest")) << ") · " << CellText(balance.at("given"))
      << (de ? " gegeben, " : " given, ") << CellText(balance.at("received"))
      << (de ? " bekommen · " : " received · ")
      << TouchText(r.at("keep_in_touch"), de) << '\n';
}

void Render(const Json& doc, UiLang lang, std::ostream& out) {
  const bool de = lang == UiLang::kDe;
  if (doc.at("items").empty()) {
    out << (de ? "Noch keine Kontakte: knoten person add NAME\n"
               : "No people yet: knoten person add NAME\n");
    return;
  }
  out << (de ? "Beziehungen nach " : "Relationships by ")
      << CellText(doc.at("order")) << " (" << doc.at("items").size()
      << (de ? " von " : " of ") << CellText(doc.at("total")) << "):\n";
  for (const Json& r : doc.at("items")) RenderRow(r, de, out);
}

}  // namespace

void RegisterRelationshipsCommand(CLI::App& app, Session& s) {
  auto flags = std::make_shared<RelationshipFlags>();
  CLI::App* command = app.add_subcommand(
      "relationships",
      s.Tr("everyone's trust, client fit, give and take and keeping in "
           "touch, best first",
           "Vertrauen, Geschäftsreife, Geben und Nehmen und Kontakt halten "
           "aller Kontakte, die besten zuerst"));
  command->add_option(
      "--order", flags->order,
      s.Tr("trust (default), client_fit, balance (where you received most "
           "beyond what you gave) or keep_in_touch (most overdue first)",
           "trust (Standard), client_fit, balance (wo du mehr bekommen als "
           "gegeben hast) oder keep_in_touch (am längsten überfällig "
           "zuerst)"));
  AddPaging(command, flags->paging, s);
  command->footer(
      s.Tr("Example: knoten relationships --order client_fit --limit 10\n"
           "docs/trust.md and docs/client-fit.md explain the figures.",
           "Beispiel: knoten relationships --order client_fit --limit 10\n"
           "docs/trust.md und docs/client-fit.md erklären die Zahlen."));
  OnRun(command, s,
        [&s, flags](app::Context& ctx) { return List(ctx, s, *flags); },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& doc, std::ostream& out) {
           Render(doc, s.lang(), out);
         }});
}

}  // namespace knoten::cli
