// Ranking every need of a dataset against its offers: what `knoten
// match-eval` scores and what the benchmarks compare.

#ifndef KNOTEN_MATCH_RANKING_H_
#define KNOTEN_MATCH_RANKING_H_

#include <cstddef>
#include <vector>

#include "knoten/match/metrics.h"
#include "knoten/match/pipeline.h"

namespace knoten::match {

// Ranks, for every need, the `depth` best offers of other owners (a need is
// never matched with its own owner's offers) with a Matcher over all the
// offers of `items`; the pipeline (pipeline.h) uses what `lexicon` holds.
Run RankNeeds(const std::vector<Item>& items, const Lexicon& lexicon,
              size_t depth = 100);

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_RANKING_H_
