// Matcher: the matching engine over a changing set of offers. Offers are
// added, replaced and removed at any time; a need gets the best offers of
// other owners, each with the reasons it matched.
//
// Thread-safety: none; a Matcher holds an Analyzer (not thread-safe).

#ifndef KNOTEN_MATCH_MATCHER_H_
#define KNOTEN_MATCH_MATCHER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "knoten/base/string_hash.h"
#include "knoten/match/analyzer.h"
#include "knoten/match/bm25_index.h"
#include "knoten/match/pipeline.h"

namespace knoten::match {

class Matcher {
 public:
  // The word lists must outlive the Matcher.
  explicit Matcher(const Lexicon& lexicon) : lexicon_(lexicon) {}

  // Adds `offer`, replacing an earlier offer with the same id.
  void Put(const Item& offer);
  // Removes the offer `id`; unknown ids are ignored.
  void Remove(const std::string& id);

  struct Match {
    std::string offer_id;
    double score = 0;
    // How much of the need the offer covers, 0 to 1 (Bm25Index::SearchWords).
    double share = 0;
    std::vector<MatchLink> links;  // filled when asked to explain
  };
  // The `k` best offers for `need`, best first, never one of the need's
  // owner; with `explain`, each says which words met and how.
  std::vector<Match> Find(const Item& need, size_t k, bool explain);

  size_t size() const { return offers_.size(); }

 private:
  struct Offer {
    std::string owner;
    TextLang lang = TextLang::kDe;
    std::string text;
  };

  Lexicon lexicon_;
  Analyzer analyzer_;
  Bm25Index index_;
  std::unordered_map<std::string, Offer, StringHash, std::equal_to<>> offers_;
};

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_MATCHER_H_
