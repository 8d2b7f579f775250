#include "knoten/match/matcher.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>

namespace knoten::match {

void Matcher::Put(const Item& offer) {
  Insert(offer, TermsOfOffer(analyzer_, lexicon_, offer));
}

void Matcher::Insert(const Item& offer, const OfferTerms& terms) {
  index_.Put(offer.id, terms.terms, terms.extra_terms);
  offers_[offer.id] = {
      .owner = offer.owner, .lang = offer.lang, .text = offer.text};
}

namespace {

// The hand-over of PutAll: workers analyse chunks of offers, at most kAhead
// chunks ahead of the index, which takes them in order on the calling
// thread. The first failure anywhere stops everyone and is rethrown there.
class BulkAnalysis {
 public:
  static constexpr size_t kChunk = 1024;
  static constexpr size_t kAhead = 8;

  BulkAnalysis(const Lexicon& lexicon, const std::vector<Item>& offers)
      : lexicon_(lexicon),
        offers_(offers),
        chunks_((offers.size() + kChunk - 1) / kChunk),
        analysed_(chunks_),
        ready_(chunks_, false) {}

  size_t chunks() const { return chunks_; }

  // A worker's loop.
  void Analyse() {
    try {
      Analyzer analyzer;
      for (std::optional<size_t> chunk = NextChunk(); chunk;
           chunk = NextChunk()) {
        std::vector<OfferTerms> terms;
        const size_t end = std::min(offers_.size(), (*chunk + 1) * kChunk);
        for (size_t i = *chunk * kChunk; i < end; ++i) {
          terms.push_back(TermsOfOffer(analyzer, lexicon_, offers_[i]));
        }
        {
          const std::lock_guard lock(mutex_);
          analysed_[*chunk] = std::move(terms);
          ready_[*chunk] = true;
        }
        changed_.notify_all();
      }
    } catch (...) {
      Fail(std::current_exception());
    }
  }

  // The terms of `chunk` once analysed; nothing if something failed.
  std::optional<std::vector<OfferTerms>> Take(size_t chunk) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return failure_ || ready_[chunk]; });
    if (failure_) return std::nullopt;
    return std::move(analysed_[chunk]);
  }

  void Inserted(size_t chunk) {
    {
      const std::lock_guard lock(mutex_);
      inserted_ = chunk + 1;
    }
    changed_.notify_all();
  }

  void Fail(std::exception_ptr failure) {
    {
      const std::lock_guard lock(mutex_);
      if (!failure_) failure_ = std::move(failure);
    }
    changed_.notify_all();
  }

  void RethrowFailure() const {
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  std::optional<size_t> NextChunk() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] {
      return failure_ || next_ == chunks_ || next_ < inserted_ + kAhead;
    });
    if (failure_ || next_ == chunks_) return std::nullopt;
    return next_++;
  }

  const Lexicon& lexicon_;
  const std::vector<Item>& offers_;
  const size_t chunks_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::vector<OfferTerms>> analysed_;
  std::vector<bool> ready_;
  size_t next_ = 0;      // the next chunk to analyse
  size_t inserted_ = 0;  // chunks in the index
  std::exception_ptr failure_;
};

}  // namespace

void Matcher::PutAll(const std::vector<Item>& offers, unsigned threads) {
  BulkAnalysis bulk(lexicon_, offers);
  if (threads <= 1 || bulk.chunks() <= 1) {
    for (const Item& offer : offers) Put(offer);
    index_.ShrinkToFit();
    return;
  }
  {
    std::vector<std::jthread> workers;
    try {
      const size_t count = std::min<size_t>(threads, bulk.chunks());
      for (size_t t = 0; t < count; ++t) {
        workers.emplace_back([&bulk] { bulk.Analyse(); });
      }
      for (size_t chunk = 0; chunk < bulk.chunks(); ++chunk) {
        const std::optional<std::vector<OfferTerms>> terms = bulk.Take(chunk);
        if (!terms) break;
        for (size_t i = 0; i < terms->size(); ++i) {
          Insert(offers[chunk * BulkAnalysis::kChunk + i], (*terms)[i]);
        }
        bulk.Inserted(chunk);
      }
    } catch (...) {
      bulk.Fail(std::current_exception());
    }
  }  // joins the workers
  bulk.RethrowFailure();
  index_.ShrinkToFit();
}

void Matcher::Remove(const std::string& id) {
  index_.Remove(id);
  offers_.erase(id);
}

std::vector<Matcher::Match> Matcher::Find(const Item& need, size_t k,
                                          bool explain, double min_share) {
  return Find(analyzer_, need, k, explain, min_share);
}

const std::string* Matcher::OwnerOf(std::string_view id) const {
  const auto it = offers_.find(id);
  return it == offers_.end() ? nullptr : &it->second.owner;
}

bool Matcher::Holds(const Item& offer) const {
  const auto it = offers_.find(offer.id);
  return it != offers_.end() && it->second.owner == offer.owner &&
         it->second.lang == offer.lang && it->second.text == offer.text;
}

std::vector<Matcher::Match> Matcher::Find(Analyzer& analyzer, const Item& need,
                                          size_t k, bool explain,
                                          double min_share) const {
  const NeedQuery query = QueryOfNeed(analyzer, lexicon_, need);
  double ceiling = 0;
  const auto hits = index_.SearchWords(
      query.words, k,
      [&](std::string_view offer) {
        const std::string* owner = OwnerOf(offer);
        return owner != nullptr && *owner == need.owner;
      },
      &ceiling, min_share);
  std::vector<Match> matches;
  matches.reserve(hits.size());
  for (const Bm25Index::Hit& hit : hits) {
    Match match{.offer_id = std::string(hit.key),
                .score = hit.score,
                .share = std::min(1.0, hit.score / ceiling)};
    if (explain) {
      const Offer& offer = offers_.find(match.offer_id)->second;
      match.links = Explain(analyzer, lexicon_, query,
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
