// `knoten match-eval`: ranks a matching dataset (PRODUCT.md, "Matching data
// and evaluation") with the matching engine and scores the ranking.

#ifndef KNOTEN_APP_MATCH_EVAL_H_
#define KNOTEN_APP_MATCH_EVAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/result.h"
#include "knoten/match/metrics.h"
#include "knoten/match/ranking.h"

namespace knoten::app {

struct MatchEvaluation {
  match::Run run;
  match::Scores scores;
};

// Ranks the 100 best offers for every need of `items` and scores the run
// against `qrels_tsv` (the text of qrels.tsv). kInvalidArgument if the
// qrels are malformed (naming the line) or name items that do not exist.
Result<MatchEvaluation> EvaluateMatching(const std::vector<match::Item>& items,
                                         std::string_view qrels_tsv);

// "ndcg@10=… mrr=… recall@10=… needs=N", as ../shared/tools/matchmetrics.py
// prints it.
std::string ScoreLine(const MatchEvaluation& evaluation);
// The run in TREC format, tagged "knoten".
std::string TrecRun(const MatchEvaluation& evaluation);

}  // namespace knoten::app

#endif  // KNOTEN_APP_MATCH_EVAL_H_
