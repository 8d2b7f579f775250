#include "knoten/match/matcher.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
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

void Matcher::PutAll(const std::vector<Item>& offers, unsigned threads) {
  // Workers analyse chunks of offers, at most kAhead chunks ahead of the
  // index, which takes them in order on this thread.
  constexpr size_t kChunk = 1024;
  constexpr size_t kAhead = 8;
  const size_t chunks = (offers.size() + kChunk - 1) / kChunk;
  if (threads <= 1 || chunks <= 1) {
    for (const Item& offer : offers) Put(offer);
    return;
  }
  std::vector<std::vector<OfferTerms>> analysed(chunks);
  std::vector<bool> ready(chunks, false);
  std::mutex mutex;
  std::condition_variable changed;
  size_t next = 0;      // the next chunk to analyse
  size_t inserted = 0;  // chunks in the index
  auto analyse = [&] {
    Analyzer analyzer;
    while (true) {
      size_t chunk = 0;
      {
        std::unique_lock lock(mutex);
        changed.wait(
            lock, [&] { return next == chunks || next < inserted + kAhead; });
        if (next == chunks) return;
        chunk = next++;
      }
      std::vector<OfferTerms> terms;
      const size_t end = std::min(offers.size(), (chunk + 1) * kChunk);
      for (size_t i = chunk * kChunk; i < end; ++i) {
        terms.push_back(TermsOfOffer(analyzer, lexicon_, offers[i]));
      }
      {
        const std::lock_guard lock(mutex);
        analysed[chunk] = std::move(terms);
        ready[chunk] = true;
      }
      changed.notify_all();
    }
  };
  std::vector<std::jthread> workers;
  workers.reserve(threads);
  for (unsigned t = 0; t < threads; ++t) workers.emplace_back(analyse);
  for (size_t chunk = 0; chunk < chunks; ++chunk) {
    std::vector<OfferTerms> terms;
    {
      std::unique_lock lock(mutex);
      changed.wait(lock, [&] { return ready[chunk]; });
      terms = std::move(analysed[chunk]);
    }
    for (size_t i = 0; i < terms.size(); ++i) {
      Insert(offers[chunk * kChunk + i], terms[i]);
    }
    {
      const std::lock_guard lock(mutex);
      inserted = chunk + 1;
    }
    changed.notify_all();
  }
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
