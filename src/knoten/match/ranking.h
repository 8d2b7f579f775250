// Ranking every need of a dataset against its offers: what `knoten
// match-eval` scores and what the benchmarks compare.

#ifndef KNOTEN_MATCH_RANKING_H_
#define KNOTEN_MATCH_RANKING_H_

#include <cstddef>
#include <string>
#include <vector>

#include "knoten/match/analyzer.h"
#include "knoten/match/compounds.h"
#include "knoten/match/dictionary.h"
#include "knoten/match/metrics.h"
#include "knoten/match/thesaurus.h"
#include "knoten/match/vocabulary.h"

namespace knoten::match {

// One line of a dataset's items.jsonl.
struct Item {
  std::string id;
  bool is_offer = false;
  std::string owner;
  TextLang lang = TextLang::kDe;
  std::string text;
};

// The word lists the ranking may use; each is optional.
struct Lexicon {
  const Dictionary* dictionary = nullptr;
  const CompoundSplitter* compounds = nullptr;
  const Vocabulary* vocabulary = nullptr;
  const Thesaurus* thesaurus = nullptr;
};

// Ranks, for every need, the `depth` best offers of other owners (a need is
// never matched with its own owner's offers). With a dictionary, a need
// also asks with the translations of its words into the other language (at
// a lower weight), so German and English texts meet. With a compound
// splitter, German compounds also count as their parts (offers index them,
// needs ask with them at lower weights, the head above the modifiers).
Run RankNeeds(const std::vector<Item>& items, const Lexicon& lexicon,
              size_t depth = 100);

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_RANKING_H_
