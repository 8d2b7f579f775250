#include "knoten/match/ranking.h"

#include "knoten/match/matcher.h"

namespace knoten::match {

Run RankNeeds(const std::vector<Item>& items, const Lexicon& lexicon,
              size_t depth) {
  Matcher matcher(lexicon);
  for (const Item& item : items) {
    if (item.is_offer) matcher.Put(item);
  }
  Run run;
  for (const Item& need : items) {
    if (need.is_offer) continue;
    std::vector<RankedOffer>& ranked = run[need.id];
    for (Matcher::Match& match : matcher.Find(need, depth, false)) {
      ranked.push_back({std::move(match.offer_id), match.score});
    }
  }
  return run;
}

}  // namespace knoten::match
