#include "knoten/match/matcher.h"

#include <algorithm>
#include <string_view>

namespace knoten::match {

void Matcher::Put(const Item& offer) {
  const OfferTerms terms = TermsOfOffer(analyzer_, lexicon_, offer);
  index_.Put(offer.id, terms.terms, terms.extra_terms);
  offers_[offer.id] = {
      .owner = offer.owner, .lang = offer.lang, .text = offer.text};
}

void Matcher::Remove(const std::string& id) {
  index_.Remove(id);
  offers_.erase(id);
}

std::vector<Matcher::Match> Matcher::Find(const Item& need, size_t k,
                                          bool explain) {
  const NeedQuery query = QueryOfNeed(analyzer_, lexicon_, need);
  double ceiling = 0;
  const auto hits = index_.SearchWords(
      query.words, k,
      [&](std::string_view offer) {
        const auto it = offers_.find(offer);
        return it != offers_.end() && it->second.owner == need.owner;
      },
      &ceiling);
  std::vector<Match> matches;
  matches.reserve(hits.size());
  for (const Bm25Index::Hit& hit : hits) {
    Match match{.offer_id = std::string(hit.key),
                .score = hit.score,
                .share = std::min(1.0, hit.score / ceiling)};
    if (explain) {
      const Offer& offer = offers_.find(match.offer_id)->second;
      match.links = Explain(analyzer_, lexicon_, query,
                            {.id = match.offer_id,
                             .is_offer = true,
                             .owner = offer.owner,
                             .lang = offer.lang,
                             .text = offer.text});
    }
    matches.push_back(std::move(match));
  }
  return matches;
}

}  // namespace knoten::match
