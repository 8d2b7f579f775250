#include "knoten/app/match_eval.h"

#include <optional>
#include <set>
#include <string>
#include <system_error>
#include <thread>
#include <utility>

namespace knoten::app {

Result<std::unique_ptr<MatchLexicon>> LoadMatchLexicon() {
  // Ding takes longest to read; the other lists are read meanwhile (on
  // this thread too, should no thread start).
  auto load_ding = [] {
    try {
      return match::Dictionary::Load(match::Dictionary::kDingPath);
    } catch (const std::exception& e) {
      return Result<match::Dictionary>(UnavailableError(
          std::string("Cannot load the dictionary: ") + e.what()));
    }
  };
  std::optional<Result<match::Dictionary>> dictionary;
  std::jthread ding;
  try {
    ding = std::jthread([&] { dictionary.emplace(load_ding()); });
  } catch (const std::system_error&) {
    dictionary.emplace(load_ding());
  }
  auto compounds =
      match::CompoundSplitter::Load(match::CompoundSplitter::kWordListPath);
  match::Analyzer analyzer;
  auto vocabulary = match::Vocabulary::Builtin(analyzer);
  auto thesaurus = match::Thesaurus::Load(match::Thesaurus::kOpenThesaurusPath);
  if (ding.joinable()) ding.join();
  if (!*dictionary) return std::move(*dictionary).error();
  if (!compounds) return std::move(compounds).error();
  if (!vocabulary) return std::move(vocabulary).error();
  if (!thesaurus) return std::move(thesaurus).error();
  return std::make_unique<MatchLexicon>(
      MatchLexicon{.dictionary = std::move(**dictionary),
                   .compounds = std::move(*compounds),
                   .vocabulary = std::move(*vocabulary),
                   .thesaurus = std::move(*thesaurus)});
}

Result<MatchEvaluation> EvaluateMatching(const std::vector<match::Item>& items,
                                         std::string_view qrels_tsv,
                                         const match::Lexicon& lexicon) {
  KNOTEN_ASSIGN_OR_RETURN(match::Qrels qrels, match::ParseQrels(qrels_tsv));
  std::set<std::string> needs;
  std::set<std::string> offers;
  for (const match::Item& item : items) {
    (item.is_offer ? offers : needs).insert(item.id);
  }
  for (const auto& [need, judged] : qrels) {
    if (!needs.contains(need)) {
      return InvalidArgumentError("qrels.tsv names the need '" + need +
                                  "', which items.jsonl does not hold.");
    }
    for (const auto& [offer, grade] : judged) {
      if (!offers.contains(offer)) {
        return InvalidArgumentError("qrels.tsv names the offer '" + offer +
                                    "', which items.jsonl does not hold.");
      }
    }
  }
  MatchEvaluation evaluation;
  evaluation.run = match::RankNeeds(items, lexicon);
  evaluation.scores = match::Evaluate(qrels, evaluation.run);
  return evaluation;
}

std::string ScoreLine(const MatchEvaluation& evaluation) {
  return match::FormatScores(evaluation.scores);
}

std::string TrecRun(const MatchEvaluation& evaluation) {
  return match::FormatTrecRun(evaluation.run, "knoten");
}

}  // namespace knoten::app
