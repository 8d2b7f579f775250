#include "knoten/app/match_index.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "knoten/app/match_items.h"

namespace knoten::app {

// Contacts' offers and needs straight as matching items: on a large
// network the records themselves are never all in memory at once.
struct MatchIndex::Active {
  std::vector<core::Offer> my_offers;
  std::vector<core::Need> my_needs;
  // Contacts', by id; empty when they were compared with the kept index
  // as they were read (then `put` says whether any was put into it).
  std::vector<match::Item> offers;
  size_t contact_offers = 0;
  bool put = false;
  // Every active offer's person by offer id (0 for the user's own).
  std::unordered_map<int64_t, int64_t> offer_person;
  struct Need {
    int64_t id = 0;
    int64_t person_id = 0;
    match::Item item;
  };
  std::vector<Need> needs;  // contacts', by id
};

Result<MatchIndex::Active> MatchIndex::ReadActive(store::Transaction& tx,
                                                  match::Matcher* kept) {
  Active read;
  const store::OwnerFilter active{.active_only = true};
  KNOTEN_RETURN_IF_ERROR(tx.offers().ForEach(active, [&](const core::Offer& o) {
    const int64_t person = o.person_id ? o.person_id->value() : 0;
    read.offer_person.emplace(o.id.value(), person);
    if (!o.person_id) {
      read.my_offers.push_back(o);
      return OkStatus();
    }
    ++read.contact_offers;
    match::Item item = MatchItemOf(o);
    if (kept == nullptr) {
      read.offers.push_back(std::move(item));
    } else if (!kept->Holds(item)) {
      kept->Put(item);
      read.put = true;
    }
    return OkStatus();
  }));
  KNOTEN_RETURN_IF_ERROR(tx.needs().ForEach(active, [&](const core::Need& n) {
    if (n.person_id) {
      read.needs.push_back({.id = n.id.value(),
                            .person_id = n.person_id->value(),
                            .item = MatchItemOf(n)});
    } else {
      read.my_needs.push_back(n);
    }
    return OkStatus();
  }));
  return read;
}

namespace {

bool SameWords(const match::Lexicon& a, const match::Lexicon& b) {
  return a.dictionary == b.dictionary && a.compounds == b.compounds &&
         a.vocabulary == b.vocabulary && a.thesaurus == b.thesaurus;
}

// Whether the two lists of offers match alike: the same ids, titles, texts
// and languages, in the same order.
bool SameOffers(const std::vector<core::Offer>& a,
                const std::vector<core::Offer>& b) {
  return std::ranges::equal(a, b,
                            [](const core::Offer& x, const core::Offer& y) {
                              return x.id == y.id && x.title == y.title &&
                                     x.text == y.text && x.lang == y.lang;
                            });
}

bool SameItem(const match::Item& a, const match::Item& b) {
  return a.id == b.id && a.owner == b.owner && a.lang == b.lang &&
         a.text == b.text;
}

// The id of an offer from its matching item's id (MatchItemOf).
int64_t OfferIdOf(const std::string& item_id) {
  int64_t id = 0;
  std::from_chars(item_id.data(), item_id.data() + item_id.size(), id);
  return id;
}

}  // namespace

MatchIndex::MatchIndex(LexiconSource lexicon) : source_(std::move(lexicon)) {}

MatchIndex::~MatchIndex() = default;

Result<bool> MatchIndex::UpToDate(uint64_t version, bool build_everyone) {
  if (version_ != version || build_everyone) return false;
  if (!something_to_match_ || !source_) return true;
  KNOTEN_ASSIGN_OR_RETURN(const match::Lexicon words, source_());
  return SameWords(words, words_);
}

Status MatchIndex::Sync(Context& ctx, Offers offers) {
  KNOTEN_ASSIGN_OR_RETURN(const uint64_t version, ctx.store.Version());
  auto wanted = [&] {
    return everyone_ || offers == Offers::kAlways ||
           (offers == Offers::kForMyNeeds && !my_needs_.empty());
  };
  KNOTEN_ASSIGN_OR_RETURN(const bool up_to_date,
                          UpToDate(version, !everyone_ && wanted()));
  if (up_to_date) return OkStatus();
  // The word lists, asked for at most once here: with the index of every
  // offer kept and the same words, contacts' offers are compared with it as
  // they are read, so that a large network's offers are never all in
  // memory at once.
  std::optional<match::Lexicon> words;
  if (everyone_ && source_) {
    KNOTEN_ASSIGN_OR_RETURN(words, source_());
  }
  match::Matcher* const kept =
      everyone_ && (!words || SameWords(*words, words_)) ? everyone_.get()
                                                         : nullptr;
  // Read at `version` or later: a change in between is read again next time.
  version_.reset();  // until all of it is applied
  KNOTEN_ASSIGN_OR_RETURN(Active read, InRead(ctx, [&](store::Transaction& tx) {
                            return ReadActive(tx, kept);
                          }));
  something_to_match_ = (!read.my_offers.empty() || read.contact_offers > 0) &&
                        (!read.my_needs.empty() || !read.needs.empty());
  if (something_to_match_ && source_) {
    if (!words) {
      KNOTEN_ASSIGN_OR_RETURN(words, source_());
    }
    UseWords(*words);
  }
  ApplyMyOffers(read);
  ApplyNeeds(read);
  if (wanted()) ApplyOffers(read);
  version_ = version;
  return OkStatus();
}

void MatchIndex::UseWords(const match::Lexicon& words) {
  if (SameWords(words, words_)) return;
  words_ = words;
  mine_.reset();
  for (auto& [id, need] : needs_) need.share.reset();
  everyone_.reset();
  offer_person_.clear();
  my_needs_met_by_.reset();
}

void MatchIndex::ApplyMyOffers(const Active& read) {
  if (mine_ && SameOffers(read.my_offers, my_offers_)) return;
  my_offers_ = read.my_offers;
  mine_ = std::make_unique<OfferFit>(my_offers_, words_);
  for (auto& [id, need] : needs_) need.share.reset();
}

void MatchIndex::ApplyNeeds(Active& read) {
  // In place: a second map of every need would double what they take.
  std::vector<int64_t> ids;
  ids.reserve(read.needs.size());
  needs_of_.clear();
  for (Active::Need& n : read.needs) {
    ids.push_back(n.id);
    needs_of_[n.person_id].push_back(n.id);
    auto [kept, added] = needs_.try_emplace(n.id);
    if (added || !SameItem(kept->second.item, n.item)) {
      kept->second = {.person_id = n.person_id, .item = std::move(n.item)};
    }
  }
  read.needs.clear();
  // The store hands needs over by id; sorted in any case for the search.
  if (!std::ranges::is_sorted(ids)) std::ranges::sort(ids);
  std::erase_if(needs_, [&](const auto& kept) {
    return !std::ranges::binary_search(ids, kept.first);
  });
  std::vector<match::Item> mine;
  mine.reserve(read.my_needs.size());
  for (const core::Need& n : read.my_needs) mine.push_back(MatchItemOf(n));
  if (!std::ranges::equal(mine, my_needs_, SameItem)) {
    my_needs_ = std::move(mine);
    my_needs_met_by_.reset();
  }
}

void MatchIndex::ApplyOffers(Active& read) {
  // The user's own first, then the contacts', each by id.
  std::vector<match::Item> items;
  items.reserve(read.my_offers.size() + read.offers.size());
  for (const core::Offer& o : read.my_offers) items.push_back(MatchItemOf(o));
  std::ranges::move(read.offers, std::back_inserter(items));
  read.offers.clear();
  if (!everyone_) {
    everyone_ = std::make_unique<match::Matcher>(words_);
    everyone_->PutAll(items, std::max(1U, std::thread::hardware_concurrency()));
    offer_person_ = std::move(read.offer_person);
    my_needs_met_by_.reset();
    return;
  }
  bool changed = read.put;
  for (const match::Item& item : items) {
    if (!everyone_->Holds(item)) {
      everyone_->Put(item);
      changed = true;
    }
  }
  for (const auto& [id, person] : offer_person_) {
    if (read.offer_person.contains(id)) continue;
    everyone_->Remove(std::to_string(id));
    changed = true;
  }
  offer_person_ = std::move(read.offer_person);
  if (changed) my_needs_met_by_.reset();
}

double MatchIndex::ShareOf(KeptNeed& need) {
  if (!need.share) need.share = mine_ ? mine_->Of(need.item).share : 0;
  return *need.share;
}

const std::vector<MatchIndex::IdSet>& MatchIndex::MyNeedsMetBy() {
  if (my_needs_met_by_) return *my_needs_met_by_;
  std::vector<IdSet> met(my_needs_.size());
  if (everyone_ && everyone_->size() > 0) {
    for (size_t i = 0; i < my_needs_.size(); ++i) {
      for (const match::Matcher::Match& m :
           everyone_->Find(my_needs_[i], everyone_->size(),
                           /*explain=*/false, kFitMinShare)) {
        met[i].insert(offer_person_.at(OfferIdOf(m.offer_id)));
      }
    }
  }
  my_needs_met_by_ = std::move(met);
  return *my_needs_met_by_;
}

Result<std::unordered_map<int64_t, double>> MatchIndex::FitOfEveryone(
    Context& ctx) {
  const std::lock_guard lock(mu_);
  KNOTEN_RETURN_IF_ERROR(Sync(ctx, Offers::kIfKept));
  std::unordered_map<int64_t, double> fits;
  fits.reserve(needs_of_.size());
  for (const auto& [person, ids] : needs_of_) {
    double best = 0;
    for (int64_t id : ids) best = std::max(best, ShareOf(needs_.at(id)));
    fits.emplace(person, best);
  }
  return fits;
}

Result<MatchIndex::Expertise> MatchIndex::ExpertiseFor(Context& ctx,
                                                       const IdSet& people) {
  const std::lock_guard lock(mu_);
  KNOTEN_RETURN_IF_ERROR(Sync(ctx, Offers::kForMyNeeds));
  Expertise out;
  for (int64_t person : people) {
    const auto ids = needs_of_.find(person);
    if (ids == needs_of_.end()) continue;
    NeedsMet& counts = out.their_needs[person];
    for (int64_t id : ids->second) {
      ++counts.needs;
      counts.met += ShareOf(needs_.at(id)) >= kFitMinShare ? 1 : 0;
    }
  }
  out.my_needs_met_by = MyNeedsMetBy();
  return out;
}

Result<std::vector<std::vector<MatchIndex::FoundOffer>>> MatchIndex::FindOffers(
    Context& ctx, const std::vector<match::Item>& needs, size_t k,
    double min_share) {
  const std::lock_guard lock(mu_);
  KNOTEN_RETURN_IF_ERROR(Sync(ctx, Offers::kAlways));
  std::vector<std::vector<FoundOffer>> found(needs.size());
  for (size_t i = 0; i < needs.size(); ++i) {
    for (match::Matcher::Match& m :
         everyone_->Find(needs[i], k, /*explain=*/true, min_share)) {
      const int64_t id = OfferIdOf(m.offer_id);
      const int64_t person = offer_person_.at(id);
      found[i].push_back(
          {.offer_id = OfferId(id),
           .person = person == 0 ? std::nullopt
                                 : std::optional<PersonId>(PersonId(person)),
           .share = m.share,
           .why = std::move(m.links)});
    }
  }
  return found;
}

}  // namespace knoten::app
