// `knoten match-eval`: ranks a matching dataset (PRODUCT.md, "Matching data
// and evaluation") with the matching engine and scores the ranking.

#ifndef KNOTEN_APP_MATCH_EVAL_H_
#define KNOTEN_APP_MATCH_EVAL_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/result.h"
#include "knoten/match/compounds.h"
#include "knoten/match/dictionary.h"
#include "knoten/match/metrics.h"
#include "knoten/match/ranking.h"
#include "knoten/match/thesaurus.h"
#include "knoten/match/vocabulary.h"

namespace knoten::app {

struct MatchEvaluation {
  match::Run run;
  match::Scores scores;
};

// The word lists of the matching engine: Ding (Debian's trans-de-en),
// wngerman, the built-in service vocabulary and OpenThesaurus.
struct MatchLexicon {
  match::Dictionary dictionary;
  match::CompoundSplitter compounds;
  match::Vocabulary vocabulary;
  match::Thesaurus thesaurus;

  match::Lexicon view() const {
    return {.dictionary = &dictionary,
            .compounds = &compounds,
            .vocabulary = &vocabulary,
            .thesaurus = &thesaurus};
  }
};
// kUnavailable naming the file if a word list cannot be read.
Result<std::unique_ptr<MatchLexicon>> LoadMatchLexicon();

// Ranks the 100 best offers for every need of `items` with `lexicon` and
// scores the run against `qrels_tsv` (the text of qrels.tsv).
// kInvalidArgument if the qrels are malformed (naming the line) or name
// items that do not exist.
Result<MatchEvaluation> EvaluateMatching(const std::vector<match::Item>& items,
                                         std::string_view qrels_tsv,
                                         const match::Lexicon& lexicon);

// "ndcg@10=… mrr=… recall@10=… needs=N", as ../shared/tools/matchmetrics.py
// prints it.
std::string ScoreLine(const MatchEvaluation& evaluation);
// The run in TREC format, tagged "knoten".
std::string TrecRun(const MatchEvaluation& evaluation);

}  // namespace knoten::app

#endif  // KNOTEN_APP_MATCH_EVAL_H_
