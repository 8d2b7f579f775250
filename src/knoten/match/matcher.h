// Matcher: the matching engine over a changing set of offers. Offers are
// added, replaced and removed at any time; a need gets the best offers of
// other owners, each with the reasons it matched.
//
// Thread-safety: Put, Remove and the Find that uses the Matcher's own
// Analyzer need exclusive access; the const Find may run on many threads at
// once, each with its own Analyzer.

#ifndef KNOTEN_MATCH_MATCHER_H_
#define KNOTEN_MATCH_MATCHER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
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
  // Puts all of `offers`, in order, analysing them on `threads` threads
  // (one fills the index); the same as putting them one by one, but for
  // the index's spare room, which it gives back after.
  void PutAll(const std::vector<Item>& offers, unsigned threads);
  // Removes the offer `id`; unknown ids are ignored.
  void Remove(const std::string& id);

  struct Match {
    std::string offer_id;
    double score = 0;
    // How much of the need the offer covers, 0 to 1 (Bm25Index::SearchWords).
    double share = 0;
    std::vector<MatchLink> links;  // filled when asked to explain
  };
  // The `k` best offers for `need` with a share of at least `min_share`,
  // best first, never one of the need's owner; with `explain`, each says
  // which words met and how.
  std::vector<Match> Find(const Item& need, size_t k, bool explain,
                          double min_share = 0);
  // The same, analysing with `analyzer`, which is the caller's.
  std::vector<Match> Find(Analyzer& analyzer, const Item& need, size_t k,
                          bool explain, double min_share = 0) const;

  // The owner of the offer `id`, or null for an unknown id.
  const std::string* OwnerOf(std::string_view id) const;
  // Whether `offer` is held as it is: the same id, owner, language and text.
  bool Holds(const Item& offer) const;

  size_t size() const { return offers_.size(); }
  const Bm25Index& index() const { return index_; }

 private:
  struct Offer {
    std::string owner;
    TextLang lang = TextLang::kDe;
    std::string text;
  };

  void Insert(const Item& offer, const OfferTerms& terms);

  Lexicon lexicon_;
  Analyzer analyzer_;
  Bm25Index index_;
  std::unordered_map<std::string, Offer, StringHash, std::equal_to<>> offers_;
};

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_MATCHER_H_
