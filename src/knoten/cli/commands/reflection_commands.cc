// knoten me reflection and knoten me reflect ITEM ANSWER [--note TEXT]: the
// seed's reflection checklist in the profile.

#include <array>
#include <memory>
#include <string>
#include <utility>

#include "knoten/app/reflection.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/render.h"

namespace knoten::cli {
namespace {

struct ItemText {
  std::string_view name, en, de;
};

// The checklist's items as the seed puts them.
constexpr std::array<ItemText, 10> kItemTexts = {{
    {"ready_to_give", "You are ready to give yourself.",
     "Du bist bereit, selbst zu geben."},
    {"build_trust_slowly", "You build trust slowly.",
     "Du baust Vertrauen langsam auf."},
    {"know_who_i_am", "You know who you are as a self-employed person.",
     "Du weißt, wer du als Selbstständige/r bist."},
    {"what_for_whom", "You know what exactly you offer, and for whom.",
     "Du weißt, was du für wen konkret anbietest."},
    {"what_i_need", "You know what you could need.",
     "Du weißt, was du brauchen könntest."},
    {"real_relationships", "You want real relationships with like minds.",
     "Du willst echte Netzwerk-Beziehungen zu Gleichgesinnten aufbauen."},
    {"different_groups", "You like moving in different groups.",
     "Du tummelst dich gerne in unterschiedlichen Gruppen."},
    {"small_talk", "You like small talk.", "Du führst gerne Smalltalk."},
    {"which_network", "You know which network moves you forward.",
     "Du weißt, was für ein Netzwerk dich weiterbringt."},
    {"expertise_well_placed", "You know where your expertise is well placed.",
     "Du weißt, wo du mit deiner Expertise gut aufgehoben bist."},
}};

struct FactLabel {
  std::string_view name, en, de;
};

constexpr std::array<FactLabel, 13> kFactLabels = {{
    {"given", "given (12 months)", "gegeben (12 Monate)"},
    {"received", "received (12 months)", "bekommen (12 Monate)"},
    {"positioning", "positioning written", "Positionierung geschrieben"},
    {"expertise_areas", "expertise areas", "Fachgebiete"},
    {"offers", "offers", "Angebote"},
    {"without_audience", "without audience", "ohne Zielgruppe"},
    {"needs", "needs", "Bedarfe"},
    {"follow_ups_done", "follow-ups that happened", "erfolgte Nachfassen"},
    {"networks", "networks", "Netzwerke"},
    {"encounters_90_days", "encounters (90 days)", "Begegnungen (90 Tage)"},
    {"close_relationships", "working trust or closer",
     "Arbeitsbeziehungen oder enger"},
    {"growing_relationships", "growing trust", "wachsendes Vertrauen"},
    {"broken_promises", "broken promises", "gebrochene Zusagen"},
}};

std::string AnswerText(const Json& answer, const Session& s) {
  if (answer.is_null()) return s.Tr("not answered", "noch offen");
  const auto name = answer.get<std::string>();
  if (name == "yes") return s.Tr("yes", "ja");
  if (name == "partly") return s.Tr("partly", "teilweise");
  return s.Tr("not yet", "noch nicht");
}

// "given (12 months) 1, received (12 months) 2" in the session's language.
std::string FactsText(const Json& facts, const Session& s) {
  std::string text;
  for (const auto& [name, value] : facts.items()) {
    std::string label = name;
    for (const FactLabel& f : kFactLabels) {
      if (f.name == name) label = s.Tr(f.en, f.de);
    }
    if (!text.empty()) text += ", ";
    text += label + " " + CellText(value);
  }
  return text;
}

void RenderCheck(const Json& check, const Session& s, std::ostream& out) {
  const auto item = check.at("item").get<std::string>();
  std::string question = item;
  for (const ItemText& t : kItemTexts) {
    if (t.name == item) question = s.Tr(t.en, t.de);
  }
  out << question << "  [" << item << "]\n";
  out << "  " << s.Tr("Your answer: ", "Deine Antwort: ")
      << AnswerText(check.at("answer"), s);
  if (!check.at("note").get<std::string>().empty()) {
    out << " (" << CellText(check.at("note")) << ")";
  }
  out << '\n';
  const Json& evidence = check.at("evidence");
  if (evidence.is_null()) return;
  out << "  " << (evidence.at("attention").get<bool>() ? "! " : "")
      << s.Tr("knoten sees: ", "knoten sieht: ")
      << (s.lang() == UiLang::kEn ? CellText(evidence.at("summary"))
                                  : FactsText(evidence.at("facts"), s))
      << '\n';
}

}  // namespace

void RegisterReflectionCommands(CLI::App& me, Session& s) {
  CLI::App* show = me.add_subcommand(
      "reflection",
      s.Tr("the reflection checklist: your answers and what the data says",
           "die Checkliste zur Selbstreflexion: deine Antworten und was die "
           "Daten sagen"));
  OnRun(show, s,
        [](app::Context& ctx) -> Result<Json> {
          // The list envelope; ten items, so built whole.
          KNOTEN_ASSIGN_OR_RETURN(auto checks, app::Reflection(ctx));
          Json items = Json::array();
          for (const auto& check : checks) items.push_back(ToJson(check));
          const auto total = static_cast<int64_t>(items.size());
          return Json{{"items", std::move(items)}, {"total", total}};
        },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& list, std::ostream& out) {
           bool first = true;
           for (const Json& check : list.at("items")) {
             if (!first) out << '\n';
             first = false;
             RenderCheck(check, s, out);
           }
         }});

  struct Flags {
    std::string item, answer, note;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* reflect = me.add_subcommand(
      "reflect", s.Tr("answer one item of the reflection checklist",
                      "einen Punkt der Checkliste beantworten"));
  reflect
      ->add_option("item", flags->item,
                   s.Tr("the item, e.g. ready_to_give (see 'knoten me "
                        "reflection')",
                        "der Punkt, z. B. ready_to_give (siehe 'knoten me "
                        "reflection')"))
      ->required();
  reflect
      ->add_option("answer", flags->answer,
                   s.Tr("yes, partly or not_yet", "yes, partly oder not_yet"))
      ->required();
  reflect->add_option("--note", flags->note,
                      s.Tr("your own words", "deine eigenen Worte"));
  OnRun(reflect, s,
        [flags](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(const core::ReflectionItem item,
                                  core::ParseReflectionItem(flags->item));
          KNOTEN_ASSIGN_OR_RETURN(const core::ReflectionAnswer answer,
                                  core::ParseReflectionAnswer(flags->answer));
          KNOTEN_ASSIGN_OR_RETURN(
              auto check,
              app::AnswerReflection(ctx, item, answer, flags->note));
          return ToJson(check);
        },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& check, std::ostream& out) {
           RenderCheck(check, s, out);
         }});
}

}  // namespace knoten::cli
