// knoten match: explained suggestions from the matching engine.
// knoten match-eval: ranks a matching dataset and prints its scores.

#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "knoten/app/match_eval.h"
#include "knoten/app/suggestions.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/render_suggestions.h"
#include "knoten/cli/match_dataset.h"

namespace knoten::cli {
namespace {

Result<Json> MatchEval(Session& session, const std::string& dir,
                       const std::string& run_path) {
  KNOTEN_ASSIGN_OR_RETURN(const MatchDataset dataset, ReadMatchDataset(dir));
  KNOTEN_ASSIGN_OR_RETURN(const app::MatchLexicon* lexicon,
                          session.MatchLexicon());
  KNOTEN_ASSIGN_OR_RETURN(
      auto evaluation,
      app::EvaluateMatching(dataset.items, dataset.qrels_tsv, lexicon->view()));
  if (!run_path.empty()) {
    std::ofstream out(run_path, std::ios::binary | std::ios::trunc);
    out << app::TrecRun(evaluation);
    out.close();
    if (!out) {
      return InvalidArgumentError("Cannot write the run to '" + run_path +
                                  "'; check the path.");
    }
  }
  const match::Scores& s = evaluation.scores;
  return Json{{"dataset", dir},   {"ndcg_at_10", s.ndcg_at_10},
              {"mrr", s.mrr},     {"recall_at_10", s.recall_at_10},
              {"needs", s.needs}, {"summary", app::ScoreLine(evaluation)}};
}

}  // namespace

void RegisterMatchCommands(CLI::App& app, Session& s) {
  CLI::App* suggest = app.add_subcommand(
      "match",
      s.Tr("who offers what you need, whose need you could meet, and whom "
           "you could introduce, with the reasons",
           "wer bietet, was du brauchst, wem du helfen könntest und wen du "
           "einander vorstellen könntest, mit Begründung"));
  suggest->footer(
      s.Tr("Example: knoten match --json", "Beispiel: knoten match --json"));
  OnRun(suggest, s,
        [&s](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(const app::Suggestions suggestions,
                                  app::Suggest(ctx, s.LexiconSource()));
          return ToJson(suggestions);
        },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& d, std::ostream& out) {
           RenderSuggestions(d, s, out);
         }});

  struct Flags {
    std::string dir;
    std::string run;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* eval = app.add_subcommand(
      "match-eval",
      s.Tr("rank a matching dataset and print nDCG@10, MRR and Recall@10",
           "einen Matching-Datensatz ranken und nDCG@10, MRR und Recall@10 "
           "ausgeben"));
  eval->add_option("dataset", flags->dir,
                   s.Tr("folder with items.jsonl and qrels.tsv",
                        "Ordner mit items.jsonl und qrels.tsv"))
      ->required();
  eval->add_option("--run", flags->run,
                   s.Tr("also write the ranking (top 100, TREC format) to FILE",
                        "das Ranking (Top 100, TREC-Format) auch in DATEI "
                        "schreiben"));
  eval->footer(
      s.Tr("Example: knoten match-eval ../shared/data/match-dev --run "
           "run.txt",
           "Beispiel: knoten match-eval ../shared/data/match-dev "
           "--run run.txt"));
  eval->callback([&s, flags] {
    s.Finish(MatchEval(s, flags->dir, flags->run),
             {.kind = TextView::Kind::kCustom,
              .custom = [](const Json& doc, std::ostream& out) {
                out << doc.at("summary").get<std::string>() << '\n';
              }});
  });
}

}  // namespace knoten::cli
