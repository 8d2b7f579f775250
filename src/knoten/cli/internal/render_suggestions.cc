#include "knoten/cli/internal/render_suggestions.h"

#include <array>
#include <cmath>
#include <string>

#include "knoten/cli/internal/render.h"

namespace knoten::cli {
namespace {

std::string Quoted(const Json& title) { return "«" + CellText(title) + "»"; }

std::string Percent(const Json& share) {
  return std::to_string(std::lround(share.get<double>() * 100)) + "%";
}

std::string KindLabel(const std::string& kind, const Session& s) {
  if (kind == "same_word") return s.Tr("same word", "gleiches Wort");
  if (kind == "stem") return s.Tr("same stem", "gleicher Wortstamm");
  if (kind == "compound_part") return s.Tr("part of a compound", "Wortteil");
  if (kind == "synonym") return s.Tr("synonym", "Synonym");
  if (kind == "translation") return s.Tr("translation", "Übersetzung");
  return s.Tr("same concept", "gleicher Begriff");
}

void RenderWhy(const Json& match, const Session& s, std::ostream& out) {
  for (const Json& link : match.at("why")) {
    out << "      " << CellText(link.at("need_word")) << " ↔ "
        << CellText(link.at("offer_word")) << ": "
        << KindLabel(link.at("kind").get<std::string>(), s) << '\n';
  }
}

// " (for client NAME)" for a need held on behalf of someone.
std::string ForClient(const Json& match, const Session& s) {
  if (match.at("on_behalf_of_name").is_null()) return "";
  return s.Tr(" (for ", " (für ") + CellText(match.at("on_behalf_of_name")) +
         ")";
}

}  // namespace

void RenderSuggestion(std::string_view section, const Json& m, const Session& s,
                      std::ostream& out) {
  if (section == "reciprocal") {
    const Json& offer = m.at("they_offer");
    const Json& need = m.at("they_need");
    out << "  ⇄ " << CellText(m.at("person_name")) << ": "
        << s.Tr("offers ", "bietet ") << Quoted(offer.at("offer_title"))
        << s.Tr(" for your ", " für deinen Bedarf ")
        << Quoted(offer.at("need_title"))
        << s.Tr(" and needs ", " und braucht ") << Quoted(need.at("need_title"))
        << s.Tr(", which your ", ", wobei dein ")
        << Quoted(need.at("offer_title")) << s.Tr(" meets", " hilft") << " ("
        << Percent(m.at("score")) << ")\n";
    RenderWhy(offer, s, out);
    RenderWhy(need, s, out);
    return;
  }
  if (section == "for_my_needs") {
    out << "  ← " << CellText(m.at("offer_person_name")) << ": "
        << Quoted(m.at("offer_title"))
        << s.Tr(" for your ", " für deinen Bedarf ")
        << Quoted(m.at("need_title")) << ForClient(m, s);
  } else if (section == "chances_to_help") {
    out << "  → " << CellText(m.at("need_person_name"))
        << s.Tr(" needs ", " braucht ") << Quoted(m.at("need_title"))
        << s.Tr(": your ", ": dein Angebot ") << Quoted(m.at("offer_title"))
        << s.Tr(" could help", " könnte helfen");
  } else {
    out << "  ↔ " << CellText(m.at("need_person_name"))
        << s.Tr(" needs ", " braucht ") << Quoted(m.at("need_title")) << ", "
        << CellText(m.at("offer_person_name")) << s.Tr(" offers ", " bietet ")
        << Quoted(m.at("offer_title"))
        << s.Tr(": introduce them?", ": einander vorstellen?");
  }
  out << " (" << Percent(m.at("share")) << ")\n";
  RenderWhy(m, s, out);
}

void RenderSuggestions(const Json& suggestions, const Session& s,
                       std::ostream& out) {
  struct Section {
    const char* key;
    std::string heading;
  };
  const std::array<Section, 4> sections = {{
      {"reciprocal",
       s.Tr("Both ways (you could help each other):",
            "In beide Richtungen (ihr könntet einander helfen):")},
      {"for_my_needs",
       s.Tr("Who offers what you need:", "Wer bietet, was du brauchst:")},
      {"chances_to_help", s.Tr("Chances to help (give first):",
                               "Gelegenheiten zu helfen (zuerst geben):")},
      {"introductions", s.Tr("Introductions you could make:",
                             "Vorstellungen, die du vermitteln könntest:")},
  }};
  bool first = true;
  for (const Section& section : sections) {
    if (!first) out << '\n';
    first = false;
    out << section.heading << '\n';
    const Json& items = suggestions.at(section.key);
    if (items.empty()) out << "  " << s.Tr("none", "keine") << '\n';
    for (const Json& item : items) {
      RenderSuggestion(section.key, item, s, out);
    }
  }
}

}  // namespace knoten::cli
