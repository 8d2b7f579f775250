// Reading a matching dataset folder (PRODUCT.md, "Matching data and
// evaluation"): items.jsonl and qrels.tsv. Used by `knoten match-eval` and
// by the matching benchmarks.

#ifndef KNOTEN_CLI_MATCH_DATASET_H_
#define KNOTEN_CLI_MATCH_DATASET_H_

#include <string>
#include <vector>

#include "knoten/app/match_eval.h"  // match::Item
#include "knoten/base/result.h"

namespace knoten::cli {

struct MatchDataset {
  std::vector<match::Item> items;
  std::string qrels_tsv;  // the text of qrels.tsv, parsed by the evaluation
};

// Reads `dir`/items.jsonl and `dir`/qrels.tsv. kInvalidArgument names the
// file, the line and the problem of a malformed item, or the file that
// cannot be read.
Result<MatchDataset> ReadMatchDataset(const std::string& dir);

}  // namespace knoten::cli

#endif  // KNOTEN_CLI_MATCH_DATASET_H_
