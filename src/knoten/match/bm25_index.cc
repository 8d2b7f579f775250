#include "knoten/match/bm25_index.h"

#include <algorithm>
#include <cmath>

namespace knoten::match {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

}  // namespace

void Bm25Index::Put(const std::string& key,
                    const std::vector<std::string>& terms) {
  Remove(key);
  const auto doc = static_cast<uint32_t>(docs_.size());
  docs_.push_back({.key = key,
                   .length = static_cast<uint32_t>(terms.size()),
                   .live = true});
  doc_of_key_[key] = doc;
  std::unordered_map<std::string, uint32_t> frequency;
  for (const std::string& term : terms) ++frequency[term];
  for (const auto& [term, count] : frequency) {
    TermEntry& entry = terms_[term];
    entry.postings.push_back({doc, count});
    ++entry.live_docs;
    docs_.back().distinct_terms.push_back(term);
  }
  ++live_;
  live_length_ += terms.size();
}

void Bm25Index::Remove(const std::string& key) {
  const auto it = doc_of_key_.find(key);
  if (it == doc_of_key_.end()) return;
  Doc& doc = docs_[it->second];
  doc.live = false;
  --live_;
  live_length_ -= doc.length;
  // The postings of a removed document stay and are skipped when searched;
  // only the counts that scoring uses change.
  for (const std::string& term : doc.distinct_terms) {
    if (auto entry = terms_.find(term); entry != terms_.end()) {
      --entry->second.live_docs;
    }
  }
  doc.distinct_terms.clear();
  doc.distinct_terms.shrink_to_fit();
  doc_of_key_.erase(it);
}

std::vector<Bm25Index::Hit> Bm25Index::Search(
    const std::vector<std::string>& query, size_t k,
    const std::function<bool(std::string_view key)>& exclude) const {
  std::vector<QueryTerm> weighted;
  weighted.reserve(query.size());
  for (const std::string& term : query) weighted.push_back({term, 1.0});
  return SearchWeighted(weighted, k, exclude);
}

std::vector<Bm25Index::Hit> Bm25Index::SearchWeighted(
    const std::vector<QueryTerm>& query, size_t k,
    const std::function<bool(std::string_view key)>& exclude) const {
  std::vector<Hit> hits;
  if (live_ == 0 || k == 0) return hits;
  const auto n = static_cast<double>(live_);
  const double average_length = static_cast<double>(live_length_) / n;
  std::unordered_map<std::string_view, double> weight_of;
  for (const QueryTerm& q : query) {
    double& w = weight_of[q.term];
    w = std::max(w, q.weight);
  }
  std::unordered_map<uint32_t, double> scores;
  for (const auto& [term, weight] : weight_of) {
    const auto entry = terms_.find(term);
    if (entry == terms_.end() || entry->second.live_docs == 0) continue;
    const auto df = static_cast<double>(entry->second.live_docs);
    const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
    for (const Posting& p : entry->second.postings) {
      const Doc& doc = docs_[p.doc];
      if (!doc.live) continue;
      const double tf = p.frequency;
      const double norm = kK1 * (1.0 - kB + kB * doc.length / average_length);
      scores[p.doc] += weight * idf * tf * (kK1 + 1.0) / (tf + norm);
    }
  }
  for (const auto& [doc, score] : scores) {
    if (exclude && exclude(docs_[doc].key)) continue;
    hits.push_back({docs_[doc].key, score});
  }
  auto better = [](const Hit& a, const Hit& b) {
    return a.score != b.score ? a.score > b.score : a.key < b.key;
  };
  if (hits.size() > k) {
    std::partial_sort(hits.begin(), hits.begin() + static_cast<long>(k),
                      hits.end(), better);
    hits.resize(k);
  } else {
    std::sort(hits.begin(), hits.end(), better);
  }
  return hits;
}

}  // namespace knoten::match
