// MatchIndex: what the relationship figures match across the whole
// database, kept between calls and brought up to date when the data changed
// (docs/decisions/0005-matching-index-kept.md):
//   - for every contact's active need, the share of it the user's active
//     offers meet (OfferFit), worked out the first time it is asked for and
//     kept while the need's text, the user's offers and the word lists stay;
//   - an index of every active offer (the user's too), built the first
//     time the user's needs are matched against everyone or the suggestions
//     ask for it, and then changed offer by offer. The server's background
//     suggestions (app::Suggest) share it, so that one index of everyone's
//     offers is in memory, not two.
// Before each use the store's version (store::Store::Version()) is compared
// with the one last read; when it changed, the active offers and needs are
// read again in one transaction. A kept answer always equals the one worked
// out anew.
//
// Thread-safety: every method may be called from many threads at once; the
// calls run one after the other.

#ifndef KNOTEN_APP_MATCH_INDEX_H_
#define KNOTEN_APP_MATCH_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/app/offer_fit.h"
#include "knoten/app/suggestions.h"
#include "knoten/base/ids.h"
#include "knoten/match/matcher.h"

namespace knoten::app {

class MatchIndex {
 public:
  using IdSet = std::unordered_set<int64_t>;

  // Matches with the word lists `lexicon` answers, asked for only when
  // there is something to match; when it answers other word lists than
  // before (the server loads them after it starts), everything analysed is
  // dropped. An empty source matches the same words and stems only.
  explicit MatchIndex(LexiconSource lexicon);
  MatchIndex(const MatchIndex&) = delete;
  MatchIndex& operator=(const MatchIndex&) = delete;
  ~MatchIndex();

  // For every contact with active needs, by person id: the largest share
  // of one of them that one of the user's active offers meets (as
  // OfferFit::Of over the person's needs); 0 when the user offers nothing.
  Result<std::unordered_map<int64_t, double>> FitOfEveryone(Context& ctx);

  struct NeedsMet {
    int64_t needs = 0;  // active
    int64_t met = 0;    // of them, met by the user's offers (kFitMinShare)

    bool operator==(const NeedsMet&) const = default;
  };
  struct Expertise {
    // For those of the asked people who have active needs, by person id.
    std::unordered_map<int64_t, NeedsMet> their_needs;
    // For each active need of the user: the contacts with an active offer
    // that meets it (kFitMinShare), among the offers of every contact.
    std::vector<IdSet> my_needs_met_by;
  };
  // Both directions of the expertise fit between the user and `people`.
  Result<Expertise> ExpertiseFor(Context& ctx, const IdSet& people);

  // One offer found for a need (FindOffers).
  struct FoundOffer {
    OfferId offer_id;
    std::optional<PersonId> person;  // the offer's; empty for the user's own
    double share = 0;                // as match::Matcher::Match
    std::vector<match::MatchLink> why;
  };
  // For each of `needs` (matching items, MatchItemOf), the `k` best active
  // offers of other owners covering at least `min_share` of it, explained,
  // as match::Matcher::Find gives them; the offers are those active now,
  // which may be newer than what the caller read. Holds the index for one
  // call only: a long run asks in parts, so that others get their turn.
  Result<std::vector<std::vector<FoundOffer>>> FindOffers(
      Context& ctx, const std::vector<match::Item>& needs, size_t k,
      double min_share);

 private:
  struct Active;  // the active offers and needs, as read
  struct KeptNeed {
    int64_t person_id = 0;
    match::Item item;
    std::optional<double> share;  // once worked out
  };

  // Which index of every offer Sync brings up to date: the one kept, if
  // any; one built too when the user has needs; one built in any case.
  enum class Offers { kIfKept, kForMyNeeds, kAlways };

  // Reads what is active; contacts' offers go into `kept`, if given, as
  // they are read (those it does not hold yet), not into the result.
  static Result<Active> ReadActive(store::Transaction& tx,
                                   match::Matcher* kept);
  // Whether everything was read at `version` with the word lists the
  // source answers now, and no index of every offer is to be built.
  Result<bool> UpToDate(uint64_t version, bool build_everyone);
  // Brings everything up to date with the store, the index of every offer
  // as `offers` says.
  Status Sync(Context& ctx, Offers offers);
  void UseWords(const match::Lexicon& words);
  void ApplyMyOffers(const Active& read);
  void ApplyNeeds(Active& read);
  // Last of the Apply steps: empties the offers of `read`.
  void ApplyOffers(Active& read);
  double ShareOf(KeptNeed& need);
  const std::vector<IdSet>& MyNeedsMetBy();

  const LexiconSource source_;
  std::mutex mu_;
  // The store's version everything below was read at; empty: read again.
  std::optional<uint64_t> version_;
  bool something_to_match_ = false;
  match::Lexicon words_;
  // The user's active offers and their index.
  std::vector<core::Offer> my_offers_;
  std::unique_ptr<OfferFit> mine_;
  // Contacts' active needs by need id, and their ids by person.
  std::unordered_map<int64_t, KeptNeed> needs_;
  std::unordered_map<int64_t, std::vector<int64_t>> needs_of_;
  // The user's active needs.
  std::vector<match::Item> my_needs_;
  // Every active offer, once asked for: the index and each offer's person
  // by offer id (0 for the user's own).
  std::unique_ptr<match::Matcher> everyone_;
  std::unordered_map<int64_t, int64_t> offer_person_;
  std::optional<std::vector<IdSet>> my_needs_met_by_;
};

}  // namespace knoten::app

#endif  // KNOTEN_APP_MATCH_INDEX_H_
