#include "knoten/match/ranking.h"

#include <string_view>
#include <unordered_map>

#include "knoten/match/bm25_index.h"

namespace knoten::match {
namespace {

std::vector<std::string> Terms(Analyzer& analyzer, const Item& item) {
  std::vector<std::string> terms;
  for (Token& token : analyzer.Analyze(item.text, item.lang)) {
    terms.push_back(std::move(token.term));
  }
  return terms;
}

}  // namespace

Run RankNeeds(const std::vector<Item>& items, size_t depth) {
  Analyzer analyzer;
  Bm25Index index;
  std::unordered_map<std::string_view, std::string_view> owner_of_offer;
  for (const Item& item : items) {
    if (!item.is_offer) continue;
    index.Put(item.id, Terms(analyzer, item));
    owner_of_offer[item.id] = item.owner;
  }
  Run run;
  for (const Item& need : items) {
    if (need.is_offer) continue;
    std::vector<RankedOffer>& ranked = run[need.id];
    const auto hits =
        index.Search(Terms(analyzer, need), depth, [&](std::string_view offer) {
          const auto it = owner_of_offer.find(offer);
          return it != owner_of_offer.end() && it->second == need.owner;
        });
    for (const Bm25Index::Hit& hit : hits) {
      ranked.push_back({std::string(hit.key), hit.score});
    }
  }
  return run;
}

}  // namespace knoten::match
