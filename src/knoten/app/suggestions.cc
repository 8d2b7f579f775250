#include "knoten/app/suggestions.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "knoten/app/match_index.h"
#include "knoten/app/match_items.h"
#include "knoten/match/matcher.h"
#include "knoten/match/reciprocal.h"

namespace knoten::app {
namespace {

// Needs matched in one turn of the shared index (MatchIndex::FindOffers):
// small enough that a request for other figures waits no longer than a
// few tens of milliseconds behind a run on a large network.
constexpr size_t kNeedsAtOnce = 64;

bool IsBetter(const SuggestedMatch& a, const SuggestedMatch& b) {
  return std::tuple(-a.share, a.need_id.value(), a.offer_id.value()) <
         std::tuple(-b.share, b.need_id.value(), b.offer_id.value());
}

// Keeps the best `n` of `matches` (in IsBetter's order, which is total, so
// the result is the same as sorting all and keeping the first n).
void KeepBest(std::vector<SuggestedMatch>& matches, size_t n) {
  if (matches.size() <= n) return;
  std::nth_element(matches.begin(),
                   matches.begin() + static_cast<std::ptrdiff_t>(n),
                   matches.end(), IsBetter);
  matches.resize(n);
}

// Two people, in either order.
using PersonPair = std::pair<int64_t, int64_t>;
PersonPair PairOf(PersonId a, PersonId b) {
  return std::minmax(a.value(), b.value());
}

// Pairs of people with an introduction in any state: never suggested again.
std::set<PersonPair> IntroducedPairs(
    const std::vector<core::Introduction>& introductions) {
  std::set<PersonPair> pairs;
  for (const core::Introduction& i : introductions) {
    pairs.insert(PairOf(i.person_a, i.person_b));
  }
  return pairs;
}

// Sorts the sections' matches, pairs the best match of each direction per
// contact, and takes a pair's two matches out of the one-way sections.
void PairReciprocal(Suggestions& s) {
  std::map<PersonId, SuggestedMatch> they_offer;
  std::map<PersonId, SuggestedMatch> they_need;
  for (const SuggestedMatch& m : s.for_my_needs) {
    if (m.on_behalf_of) continue;  // a client's need is not mine to trade
    auto [it, inserted] = they_offer.emplace(*m.offer_person, m);
    if (!inserted && IsBetter(m, it->second)) it->second = m;
  }
  for (const SuggestedMatch& m : s.chances_to_help) {
    auto [it, inserted] = they_need.emplace(*m.need_person, m);
    if (!inserted && IsBetter(m, it->second)) it->second = m;
  }
  std::set<std::pair<int64_t, int64_t>> paired;  // (need, offer)
  for (const auto& [person, offer_match] : they_offer) {
    const auto it = they_need.find(person);
    if (it == they_need.end()) continue;
    s.reciprocal.push_back(
        {.person = person,
         .they_offer = offer_match,
         .they_need = it->second,
         .score = match::HarmonicMean(offer_match.share, it->second.share)});
    paired.insert({offer_match.need_id.value(), offer_match.offer_id.value()});
    paired.insert({it->second.need_id.value(), it->second.offer_id.value()});
  }
  auto in_pair = [&](const SuggestedMatch& m) {
    return paired.contains({m.need_id.value(), m.offer_id.value()});
  };
  std::erase_if(s.for_my_needs, in_pair);
  std::erase_if(s.chances_to_help, in_pair);
  for (auto* section :
       {&s.for_my_needs, &s.chances_to_help, &s.introductions}) {
    std::sort(section->begin(), section->end(), IsBetter);
  }
  std::sort(s.reciprocal.begin(), s.reciprocal.end(),
            [](const ReciprocalPair& a, const ReciprocalPair& b) {
              return std::tuple(-a.score, a.person.value()) <
                     std::tuple(-b.score, b.person.value());
            });
}

Status CollectNames(store::Transaction& tx, Suggestions& s) {
  std::set<PersonId> ids;
  for (const auto* section :
       {&s.for_my_needs, &s.chances_to_help, &s.introductions}) {
    for (const SuggestedMatch& m : *section) {
      for (const auto& id : {m.need_person, m.offer_person, m.on_behalf_of}) {
        if (id) ids.insert(*id);
      }
    }
  }
  for (const ReciprocalPair& p : s.reciprocal) ids.insert(p.person);
  for (const PersonId id : ids) {
    auto person = tx.people().Get(id);
    // Deleted while the matching ran (outside the transaction): unnamed.
    if (!person && person.error().code == ErrorCode::kNotFound) continue;
    if (!person) return std::move(person).error();
    s.names[id] = person->display_name;
  }
  return OkStatus();
}

// The titles of offers, read once each; none for an offer deleted.
class OfferTitles {
 public:
  explicit OfferTitles(store::Transaction& tx) : tx_(tx) {}

  // Sets the match's offer title; false if the offer is gone.
  Result<bool> Name(SuggestedMatch& m) {
    auto [it, inserted] = titles_.try_emplace(m.offer_id);
    if (inserted) {
      auto offer = tx_.offers().Get(m.offer_id);
      if (offer) {
        it->second = std::move(offer->title);
      } else if (offer.error().code != ErrorCode::kNotFound) {
        return std::move(offer).error();
      }
    }
    if (!it->second) return false;
    m.offer_title = *it->second;
    return true;
  }

 private:
  store::Transaction& tx_;
  std::map<OfferId, std::optional<std::string>> titles_;
};

// Names the offers of the suggestions, which the matching knows by id only;
// a suggestion whose offer was deleted while the matching ran is dropped.
Status NameOffers(store::Transaction& tx, Suggestions& s) {
  OfferTitles titles(tx);
  for (auto* section :
       {&s.for_my_needs, &s.chances_to_help, &s.introductions}) {
    std::vector<SuggestedMatch> named;
    named.reserve(section->size());
    for (SuggestedMatch& m : *section) {
      KNOTEN_ASSIGN_OR_RETURN(const bool found, titles.Name(m));
      if (found) named.push_back(std::move(m));
    }
    *section = std::move(named);
  }
  std::vector<ReciprocalPair> pairs;
  for (ReciprocalPair& p : s.reciprocal) {
    KNOTEN_ASSIGN_OR_RETURN(const bool offer_found, titles.Name(p.they_offer));
    KNOTEN_ASSIGN_OR_RETURN(const bool need_met_found,
                            titles.Name(p.they_need));
    if (offer_found && need_met_found) pairs.push_back(std::move(p));
  }
  s.reciprocal = std::move(pairs);
  return OkStatus();
}

// Files `found`, an offer for `need`, into its section: my need, my offer,
// or two contacts not yet introduced. The offer's title comes later
// (NameOffers).
void File(const core::Need& need, MatchIndex::FoundOffer found,
          const std::set<PersonPair>& introduced, Suggestions& s) {
  SuggestedMatch suggested{.need_id = need.id,
                           .need_title = need.title,
                           .need_person = need.person_id,
                           .on_behalf_of = need.on_behalf_of,
                           .offer_id = found.offer_id,
                           .offer_person = found.person,
                           .share = found.share,
                           .why = std::move(found.why)};
  if (!need.person_id) {
    s.for_my_needs.push_back(std::move(suggested));
  } else if (!found.person) {
    s.chances_to_help.push_back(std::move(suggested));
  } else if (!introduced.contains(PairOf(*need.person_id, *found.person))) {
    s.introductions.push_back(std::move(suggested));
  }
}

}  // namespace

void Suggestions::KeepFirst(size_t n) {
  for (auto* section : {&for_my_needs, &chances_to_help, &introductions}) {
    if (section->size() > n) section->resize(n);
  }
  if (reciprocal.size() > n) reciprocal.resize(n);
}

Result<Suggestions> Suggest(Context& ctx, const match::Lexicon& lexicon,
                            const SuggestOptions& options) {
  return Suggest(
      ctx, [&lexicon]() -> Result<match::Lexicon> { return lexicon; }, options);
}

// What Suggest reads from the store, in one read transaction. The offers
// are in the MatchIndex.
struct SuggestInput {
  std::vector<core::Need> needs;
  std::set<PersonPair> introduced;
};

Result<SuggestInput> ReadInput(Context& ctx) {
  return InRead(ctx, [&](store::Transaction& tx) -> Result<SuggestInput> {
    SuggestInput input;
    KNOTEN_ASSIGN_OR_RETURN(auto needs,
                            tx.needs().List({.active_only = true}, {}));
    input.needs = std::move(needs.items);
    if (input.needs.empty()) return input;
    KNOTEN_ASSIGN_OR_RETURN(auto introductions,
                            tx.introductions().List({}, {}));
    input.introduced = IntroducedPairs(introductions.items);
    return input;
  });
}

Result<Suggestions> Suggest(Context& ctx, const LexiconSource& lexicon_source,
                            const SuggestOptions& options) {
  if (!lexicon_source) {
    return InvalidArgumentError("Suggestions need a source of word lists.");
  }
  MatchIndex index(lexicon_source);
  return Suggest(ctx, index, options);
}

Result<Suggestions> Suggest(Context& ctx, MatchIndex& index,
                            const SuggestOptions& options) {
  // The matching runs outside any transaction, so that a large network
  // does not hold the store for others while it runs.
  KNOTEN_ASSIGN_OR_RETURN(const SuggestInput input, ReadInput(ctx));
  if (input.needs.empty()) return Suggestions{};
  Suggestions s;
  std::vector<match::Item> items;
  for (size_t first = 0; first < input.needs.size(); first += kNeedsAtOnce) {
    if (options.cancelled && options.cancelled()) {
      return AbortedError("The suggestions were cancelled.");
    }
    const size_t end = std::min(input.needs.size(), first + kNeedsAtOnce);
    items.clear();
    for (size_t i = first; i < end; ++i) {
      items.push_back(MatchItemOf(input.needs[i]));
    }
    KNOTEN_ASSIGN_OR_RETURN(
        auto found,
        index.FindOffers(ctx, items, options.per_need, options.min_share));
    for (size_t i = first; i < end; ++i) {
      for (MatchIndex::FoundOffer& offer : found[i - first]) {
        File(input.needs[i], std::move(offer), input.introduced, s);
      }
    }
    // Introductions take no part in the pairing: on a large network they
    // are most matches, so only the best are kept as the run goes.
    if (options.keep_first &&
        s.introductions.size() > 2 * *options.keep_first) {
      KeepBest(s.introductions, *options.keep_first);
    }
  }
  PairReciprocal(s);
  if (options.keep_first) s.KeepFirst(*options.keep_first);
  KNOTEN_RETURN_IF_ERROR(InRead(ctx, [&](store::Transaction& tx) -> Status {
    const Status named = NameOffers(tx, s);
    return named ? CollectNames(tx, s) : named;
  }));
  return s;
}

}  // namespace knoten::app
