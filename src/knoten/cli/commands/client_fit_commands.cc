// knoten person judge ... (competence and chemistry) and knoten pitch ...:
// the user's factors of client fit and offering one's services.

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "knoten/app/judgements.h"
#include "knoten/app/pitch.h"
#include "knoten/cli/exit_codes.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/render.h"

namespace knoten::cli {
namespace {

struct JudgeFlags {
  int64_t person = 0;
  std::string competence, chemistry, evidence = "none", note, forget;
  CLI::Option* competence_opt = nullptr;
  CLI::Option* chemistry_opt = nullptr;
  CLI::Option* forget_opt = nullptr;
};

Result<Json> Judge(app::Context& ctx, const JudgeFlags& f) {
  if (f.competence_opt->count() == 0 && f.chemistry_opt->count() == 0 &&
      f.forget_opt->count() == 0) {
    return InvalidArgumentError(
        "Give --competence, --chemistry (0 to 1, or 1/5 to 5/5) or --forget "
        "competence|chemistry.");
  }
  const PersonId person(f.person);
  std::vector<core::Judgement> judgements;
  if (f.forget_opt->count() > 0) {
    KNOTEN_ASSIGN_OR_RETURN(const auto factor,
                            core::ParseJudgementFactor(f.forget));
    KNOTEN_ASSIGN_OR_RETURN(judgements,
                            app::ForgetJudgement(ctx, person, factor));
  }
  KNOTEN_ASSIGN_OR_RETURN(const auto evidence,
                          core::ParseJudgementEvidence(f.evidence));
  for (const auto& [opt, text, factor] :
       {std::tuple(f.competence_opt, &f.competence,
                   core::JudgementFactor::kCompetence),
        std::tuple(f.chemistry_opt, &f.chemistry,
                   core::JudgementFactor::kChemistry)}) {
    if (opt->count() == 0) continue;
    KNOTEN_ASSIGN_OR_RETURN(const double value,
                            core::ParseJudgementValue(*text));
    KNOTEN_ASSIGN_OR_RETURN(judgements,
                            app::JudgePerson(ctx, {.person_id = person,
                                                   .factor = factor,
                                                   .value = value,
                                                   .evidence = evidence,
                                                   .note = f.note}));
  }
  return JudgementsToJson(person, judgements);
}

void RenderJudgements(const Json& d, UiLang lang, std::ostream& out) {
  const bool de = lang == UiLang::kDe;
  if (d.at("judgements").empty()) {
    out << (de ? "Noch keine Einschätzung.\n" : "Nothing judged yet.\n");
  }
  for (const Json& j : d.at("judgements")) {
    const bool competence = CellText(j.at("factor")) == "competence";
    out << (competence ? (de ? "Kompetenz" : "Competence")
                       : (de ? "Chemie" : "Chemistry"))
        << ": " << CellText(j.at("value"));
    if (CellText(j.at("evidence")) != "none") {
      out << " (" << CellText(j.at("evidence")) << ")";
    }
    if (!CellText(j.at("note")).empty()) out << ": " << CellText(j.at("note"));
    out << '\n';
  }
}

std::string IdeaText(const Json& idea, UiLang lang) {
  const bool de = lang == UiLang::kDe;
  const std::string kind = CellText(idea.at("kind"));
  const std::string need = CellText(idea.at("need_title"));
  if (kind == "introduction") {
    return (de ? "Stell " + CellText(idea.at("person_name")) +
                     " vor: Ihr Angebot „" + CellText(idea.at("offer_title")) +
                     "“ passt zum Bedarf „" + need + "“."
               : "Introduce " + CellText(idea.at("person_name")) +
                     ": their offer '" + CellText(idea.at("offer_title")) +
                     "' meets the need '" + need + "'.");
  }
  if (kind == "tip") {
    return de ? "Gib einen Tipp zum Bedarf „" + need + "“."
              : "Pass on a tip for the need '" + need + "'.";
  }
  return de ? "Frag, was gerade gebraucht wird, und notiere es als Bedarf."
            : "Ask what they need right now and note it as a need.";
}

void RenderPitch(const Json& d, UiLang lang, std::ostream& out) {
  const bool de = lang == UiLang::kDe;
  const std::string name = CellText(d.at("person_name"));
  if (d.at("too_early").get<bool>()) {
    out << (de ? "Für ein Angebot an " + name + " ist es wohl zu früh:\n"
               : "It may be too early to pitch to " + name + ":\n");
    for (const Json& r : d.at("reasons")) {
      out << "  - " << CellText(r.at(de ? "text_de" : "text")) << '\n';
    }
    out << (de ? "Gib zuerst etwas:\n" : "Give something first:\n");
    for (const Json& idea : d.at("give_first")) {
      out << "  - " << IdeaText(idea, lang) << '\n';
    }
  }
  if (d.at("recorded").get<bool>()) {
    out << (de ? "Angebot an " + name + " festgehalten ("
               : "Pitch to " + name + " recorded (")
        << d.at("pitch").at("id").dump() << ").\n";
  } else {
    out << (de ? "Nichts festgehalten. Wenn du trotzdem willst: wiederhole "
                 "den Befehl mit --anyway.\n"
               : "Nothing recorded. To pitch anyway, repeat the command with "
                 "--anyway.\n");
  }
}

}  // namespace

void RegisterJudgeCommand(CLI::App* person, Session& s) {
  auto flags = std::make_shared<JudgeFlags>();
  CLI::App* judge = person->add_subcommand(
      "judge", s.Tr("your judgement of a person's competence and chemistry",
                    "deine Einschätzung von Kompetenz und Chemie"));
  AddId(judge, flags->person, s.Tr("person id", "Kontakt-ID"));
  flags->competence_opt =
      judge->add_option("--competence", flags->competence,
                        s.Tr("0 to 1, or a step of five such as 4/5",
                             "0 bis 1 oder eine Stufe von fünf wie 4/5"));
  flags->chemistry_opt =
      judge->add_option("--chemistry", flags->chemistry,
                        s.Tr("0 to 1, or a step of five such as 4/5",
                             "0 bis 1 oder eine Stufe von fünf wie 4/5"));
  judge->add_option("--evidence", flags->evidence,
                    "none, seen_work, recommended, worked_together");
  judge->add_option("--note", flags->note,
                    s.Tr("what it rests on, e.g. who recommended them",
                         "worauf sie beruht, z. B. wer empfohlen hat"));
  flags->forget_opt = judge->add_option(
      "--forget", flags->forget,
      s.Tr("take back a judgement: competence or chemistry",
           "Einschätzung zurücknehmen: competence oder chemistry"));
  judge->footer(s.Tr(
      "Client fit is the weakest of trust, competence, chemistry and fit; "
      "knoten never guesses the two judged by you.",
      "Geschäftsreife ist der schwächste von Vertrauen, Kompetenz, Chemie und "
      "Passung; die zwei, die du einschätzt, rät knoten nie."));
  OnRun(
      judge, s,
      [flags](app::Context& ctx) -> Result<Json> { return Judge(ctx, *flags); },
      {.kind = TextView::Kind::kCustom,
       .custom = [&s](const Json& d, std::ostream& out) {
         RenderJudgements(d, s.lang(), out);
       }});
}

void RegisterPitchCommand(CLI::App& app, Session& s) {
  struct PitchFlags {
    int64_t person = 0;
    std::string about;
    bool anyway = false;
  };
  auto flags = std::make_shared<PitchFlags>();
  CLI::App* pitch = app.add_subcommand(
      "pitch", s.Tr("record that you offered your services to someone",
                    "festhalten, dass du jemandem deine Leistung angeboten "
                    "hast"));
  AddId(pitch, flags->person, s.Tr("person id", "Kontakt-ID"));
  pitch
      ->add_option("--about", flags->about,
                   s.Tr("what you offered", "was du angeboten hast"))
      ->required();
  pitch->add_flag("--anyway", flags->anyway,
                  s.Tr("record it even when it is too early",
                       "auch festhalten, wenn es zu früh ist"));
  pitch->footer(s.Tr(
      "When trust or chemistry is low, knoten says so, suggests what to give "
      "first and records nothing without --anyway (exit code 5).",
      "Sind Vertrauen oder Chemie gering, sagt knoten das, schlägt vor, was "
      "du zuerst geben kannst, und hält ohne --anyway nichts fest "
      "(Exit-Code 5)."));
  pitch->callback([&s, flags] {
    auto context = s.Context();
    if (!context) {
      s.Fail(context.error());
      return;
    }
    auto outcome = app::PitchTo(**context, PersonId(flags->person),
                                flags->about, flags->anyway, s.LexiconSource());
    const bool recorded = outcome && outcome->pitch.has_value();
    s.Finish(outcome ? Result<Json>(ToJson(*outcome))
                     : Result<Json>(outcome.error()),
             {.kind = TextView::Kind::kCustom,
              .custom = [&s](const Json& d, std::ostream& out) {
                RenderPitch(d, s.lang(), out);
              }});
    if (outcome && !recorded) s.SetExitCode(kExitConflict);
  });
}

}  // namespace knoten::cli
