#include "knoten/match/bm25_index.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <unordered_map>

#include "knoten/match/bm25_scoring.h"

namespace knoten::match {

using bm25::Contribution;
using bm25::kK1;
using bm25::kK3;
using bm25::kNoDoc;
using bm25::LengthNorm;

namespace {

// Removed documents are dropped once they outnumber the live ones and are
// at least this many.
constexpr size_t kMinRemovedToRenumber = 1024;

// The number of documents holding one of a word's terms is remembered (up
// to kMaxCounts words per thread) when their lists hold this many postings.
constexpr size_t kRememberCountsFrom = 4096;
constexpr size_t kMaxCounts = 65536;

}  // namespace

Bm25Index::TermId Bm25Index::InternTerm(std::string_view term) {
  auto it = term_ids_.find(term);
  if (it == term_ids_.end()) {
    it =
        term_ids_.emplace(std::string(term), static_cast<TermId>(terms_.size()))
            .first;
    terms_.emplace_back();
  }
  return it->second;
}

void Bm25Index::Put(const std::string& key,
                    const std::vector<std::string>& terms,
                    const std::vector<std::string>& extra_terms) {
  Remove(key);
  version_ = NewVersion();
  const auto doc = static_cast<DocId>(docs_.size());
  const auto length = static_cast<uint32_t>(terms.size());
  const auto entry = doc_of_key_.emplace(key, doc).first;
  docs_.push_back({.key = &entry->first, .first_term = doc_terms_.size()});
  lengths_.push_back(length);
  live_doc_.push_back(true);
  longest_ = std::max(longest_, length);

  std::vector<std::string_view> all;
  all.reserve(terms.size() + extra_terms.size());
  all.insert(all.end(), terms.begin(), terms.end());
  all.insert(all.end(), extra_terms.begin(), extra_terms.end());
  std::sort(all.begin(), all.end());
  for (size_t i = 0; i < all.size();) {
    size_t j = i + 1;
    while (j < all.size() && all[j] == all[i]) ++j;
    const TermId id = InternTerm(all[i]);
    Term& term = terms_[id];
    const auto frequency = static_cast<uint32_t>(j - i);
    term.postings.push_back({doc, frequency});
    ++term.live_docs;
    term.max_frequency = std::max(term.max_frequency, frequency);
    term.min_length = std::min(term.min_length, length);
    doc_terms_.push_back(id);
    ++docs_.back().term_count;
    i = j;
  }
  ++live_;
  live_length_ += length;
}

void Bm25Index::Remove(const std::string& key) {
  const auto it = doc_of_key_.find(key);
  if (it == doc_of_key_.end()) return;
  version_ = NewVersion();
  Doc& doc = docs_[it->second];
  live_doc_[it->second] = false;
  --live_;
  live_length_ -= lengths_[it->second];
  for (uint64_t i = doc.first_term; i < doc.first_term + doc.term_count; ++i) {
    --terms_[doc_terms_[i]].live_docs;
  }
  doc.key = nullptr;
  doc_of_key_.erase(it);
  const size_t removed = docs_.size() - live_;
  if (removed >= kMinRemovedToRenumber && removed > live_) Renumber();
}

void Bm25Index::ShrinkToFit() {
  for (Term& term : terms_) term.postings.shrink_to_fit();
  terms_.shrink_to_fit();
  docs_.shrink_to_fit();
  lengths_.shrink_to_fit();
  live_doc_.shrink_to_fit();
  doc_terms_.shrink_to_fit();
}

void Bm25Index::Renumber() {
  std::vector<DocId> new_doc(docs_.size(), kNoDoc);
  std::vector<TermId> new_term(terms_.size(), kNoDoc);
  std::vector<Term> terms;
  for (auto it = term_ids_.begin(); it != term_ids_.end();) {
    if (terms_[it->second].live_docs == 0) {
      it = term_ids_.erase(it);
      continue;
    }
    new_term[it->second] = static_cast<TermId>(terms.size());
    it->second = new_term[it->second];
    terms.emplace_back();
    ++it;
  }
  std::vector<Doc> docs;
  std::vector<uint32_t> lengths;
  std::vector<TermId> doc_terms;
  docs.reserve(live_);
  lengths.reserve(live_);
  for (DocId old = 0; old < docs_.size(); ++old) {
    if (!live_doc_[old]) continue;
    Doc doc = docs_[old];
    new_doc[old] = static_cast<DocId>(docs.size());
    lengths.push_back(lengths_[old]);
    const uint64_t first = doc.first_term;
    doc.first_term = doc_terms.size();
    for (uint64_t i = first; i < first + doc.term_count; ++i) {
      doc_terms.push_back(new_term[doc_terms_[i]]);
    }
    docs.push_back(doc);
  }
  for (TermId old = 0; old < terms_.size(); ++old) {
    if (new_term[old] == kNoDoc) continue;
    Term& term = terms[new_term[old]];
    term.live_docs = terms_[old].live_docs;
    term.postings.reserve(term.live_docs);
    for (const Posting& p : terms_[old].postings) {
      if (new_doc[p.doc] == kNoDoc) continue;
      term.postings.push_back({new_doc[p.doc], p.frequency});
      term.max_frequency = std::max(term.max_frequency, p.frequency);
      term.min_length = std::min(term.min_length, lengths[new_doc[p.doc]]);
    }
  }
  for (auto& [key, doc] : doc_of_key_) doc = new_doc[doc];
  docs_ = std::move(docs);
  lengths_ = std::move(lengths);
  doc_terms_ = std::move(doc_terms);
  terms_ = std::move(terms);
  live_doc_.assign(docs_.size(), true);
}

std::vector<Bm25Index::Hit> Bm25Index::Search(
    const std::vector<std::string>& query, size_t k,
    const std::function<bool(std::string_view key)>& exclude) const {
  std::vector<QueryWord> words;
  words.reserve(query.size());
  for (const std::string& term : query) {
    words.push_back({.terms = {{.term = term}}});
  }
  return SearchWords(words, k, exclude);
}

Bm25Index::Sizes Bm25Index::sizes() const {
  Sizes sizes{.documents = live_, .terms = terms_.size()};
  for (const Term& term : terms_) sizes.postings += term.postings.size();
  return sizes;
}

uint64_t Bm25Index::NewVersion() {
  static std::atomic<uint64_t> last{0};
  return ++last;
}

size_t Bm25Index::CountLiveDocs(const std::vector<TermId>& terms) const {
  size_t postings = 0;
  for (const TermId id : terms) postings += terms_[id].postings.size();
  if (postings < kRememberCountsFrom) return CountLiveDocsNow(terms);
  // Long lists are counted once per index version and thread: the same
  // words come up again and again in the needs of one network.
  struct Counts {
    uint64_t version = 0;
    std::unordered_map<std::string, size_t> of_terms;  // by sorted term ids
  };
  thread_local Counts counts;
  if (counts.version != version_ || counts.of_terms.size() >= kMaxCounts) {
    counts.of_terms.clear();
    counts.version = version_;
  }
  std::vector<TermId> sorted = terms;
  std::sort(sorted.begin(), sorted.end());
  std::string key(sorted.size() * sizeof(TermId), '\0');
  std::memcpy(key.data(), sorted.data(), key.size());
  const auto it = counts.of_terms.find(key);
  if (it != counts.of_terms.end()) return it->second;
  const size_t count = CountLiveDocsNow(terms);
  counts.of_terms.emplace(std::move(key), count);
  return count;
}

size_t Bm25Index::CountLiveDocsNow(const std::vector<TermId>& terms) const {
  // Per thread, one bit per document, left cleared after use.
  thread_local std::vector<uint64_t> seen;
  if (seen.size() * 64 < docs_.size()) seen.resize(docs_.size() / 64 + 1);
  DocId first = kNoDoc;
  DocId last = 0;
  size_t count = 0;
  const bool all_live = live_ == docs_.size();
  for (const TermId id : terms) {
    const std::vector<Posting>& postings = terms_[id].postings;
    if (postings.empty()) continue;
    first = std::min(first, postings.front().doc);
    last = std::max(last, postings.back().doc);
    for (const Posting& p : postings) {
      if (!all_live && !live_doc_[p.doc]) continue;
      uint64_t& bits = seen[p.doc / 64];
      const uint64_t bit = uint64_t{1} << (p.doc % 64);
      count += static_cast<size_t>((bits & bit) == 0);
      bits |= bit;
    }
  }
  if (first != kNoDoc) {
    std::fill(seen.begin() + first / 64, seen.begin() + last / 64 + 1, 0);
  }
  return count;
}

std::vector<Bm25Index::PreparedWord> Bm25Index::Prepare(
    const std::vector<QueryWord>& query, double average_length,
    double* ceiling) const {
  const auto n = static_cast<double>(live_);
  std::vector<PreparedWord> words;
  std::vector<TermId> found;
  for (size_t position = 0; position < query.size(); ++position) {
    const QueryWord& word = query[position];
    PreparedWord prepared{.position = position};
    found.clear();
    double heaviest = 0;
    double most_frequent = 0;  // bounds the word's weighted frequency
    uint32_t shortest = UINT32_MAX;
    for (const QueryTerm& q : word.terms) {
      heaviest = std::max(heaviest, q.weight);
      const auto it = term_ids_.find(q.term);
      if (it == term_ids_.end()) continue;
      const Term& term = terms_[it->second];
      if (term.live_docs == 0) continue;
      found.push_back(it->second);
      prepared.cursors.push_back(
          {.at = term.postings.data(),
           .end = term.postings.data() + term.postings.size(),
           .weight = q.weight});
      most_frequent += q.weight * term.max_frequency;
      shortest = std::min(shortest, term.min_length);
    }
    // The word's document frequency is that of the union of its terms.
    const double df =
        found.size() == 1
            ? terms_[found[0]].live_docs
            : static_cast<double>(found.empty() ? 0 : CountLiveDocs(found));
    const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
    const double qtf = (kK3 + 1.0) * word.count / (kK3 + word.count);
    prepared.weight = qtf * idf;
    if (ceiling != nullptr) {
      // Found once at its heaviest weight in a document of average length.
      *ceiling += Contribution(prepared.weight, heaviest, kK1);
    }
    if (found.empty()) continue;
    prepared.max_tf = most_frequent;
    prepared.shortest = shortest;
    prepared.bound = Contribution(prepared.weight, most_frequent,
                                  LengthNorm(shortest, average_length));
    prepared.Settle();
    words.push_back(std::move(prepared));
  }
  return words;
}

}  // namespace knoten::match
