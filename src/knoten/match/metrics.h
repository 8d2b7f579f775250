// Ranking quality as PRODUCT.md defines it ("Matching data and evaluation"),
// identical to ../shared/tools/matchmetrics.py: nDCG@10 with linear gain
// (gain = grade, discount log2(rank + 1), ideal from all judged grades), MRR
// and Recall@10 counting grade >= 2 as relevant, each the mean over all
// needs in the qrels (a need with nothing ranked scores 0).

#ifndef KNOTEN_MATCH_METRICS_H_
#define KNOTEN_MATCH_METRICS_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/result.h"

namespace knoten::match {

// need id → offer id → grade.
using Qrels = std::map<std::string, std::map<std::string, int>>;

struct RankedOffer {
  std::string offer_id;
  double score = 0;
};
// need id → offers, best first.
using Run = std::map<std::string, std::vector<RankedOffer>>;

struct Scores {
  double ndcg_at_10 = 0;
  double mrr = 0;
  double recall_at_10 = 0;
  int64_t needs = 0;
};

// Parses qrels.tsv ("need_id<TAB>offer_id<TAB>grade" per line, blank lines
// ignored). kInvalidArgument names the line and the problem.
Result<Qrels> ParseQrels(std::string_view content);

Scores Evaluate(const Qrels& qrels, const Run& run);

// "ndcg@10=0.3050 mrr=0.4312 recall@10=0.2875 needs=40", as
// matchmetrics.py prints it.
std::string FormatScores(const Scores& scores);

// The run in TREC format: "need_id Q0 offer_id rank score tag" per line.
std::string FormatTrecRun(const Run& run, std::string_view tag);

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_METRICS_H_
