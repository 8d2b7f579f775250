#include "knoten/match/bm25_index.h"

#include <algorithm>
#include <cmath>

namespace knoten::match {
namespace {

// BM25's usual constants: term frequency saturation k1, length
// normalisation b, and k3 for how much a word said again in the query adds
// (Robertson's range is 7 to 1000; 8 keeps a second mention near double).
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kK3 = 8.0;

// Sorts `hits` best first (ties by key) and keeps the first `k`.
void KeepBest(std::vector<Bm25Index::Hit>& hits, size_t k) {
  auto better = [](const Bm25Index::Hit& a, const Bm25Index::Hit& b) {
    return a.score != b.score ? a.score > b.score : a.key < b.key;
  };
  if (hits.size() > k) {
    std::partial_sort(hits.begin(), hits.begin() + static_cast<long>(k),
                      hits.end(), better);
    hits.resize(k);
  } else {
    std::sort(hits.begin(), hits.end(), better);
  }
}

}  // namespace

void Bm25Index::Put(const std::string& key,
                    const std::vector<std::string>& terms,
                    const std::vector<std::string>& extra_terms) {
  Remove(key);
  const auto doc = static_cast<uint32_t>(docs_.size());
  const auto length = static_cast<uint32_t>(terms.size());
  docs_.push_back({.key = key, .length = length, .live = true});
  doc_of_key_[key] = doc;
  std::unordered_map<std::string_view, uint32_t> frequency;
  for (const std::string& term : terms) ++frequency[term];
  for (const std::string& term : extra_terms) ++frequency[term];
  for (const auto& [term, count] : frequency) {
    auto entry = terms_.find(term);
    if (entry == terms_.end()) {
      entry = terms_.emplace(std::string(term), TermEntry{}).first;
    }
    entry->second.postings.push_back({doc, count});
    ++entry->second.live_docs;
    docs_.back().distinct_terms.emplace_back(term);
  }
  ++live_;
  live_length_ += length;
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
  std::vector<QueryWord> words;
  words.reserve(query.size());
  for (const std::string& term : query) {
    words.push_back({.terms = {{.term = term}}});
  }
  return SearchWords(words, k, exclude);
}

double Bm25Index::CeilingOfWord(const QueryWord& word, double weight) {
  double heaviest = 0;
  for (const QueryTerm& q : word.terms) heaviest = std::max(heaviest, q.weight);
  // Found once at its heaviest weight in a document of average length.
  return weight * heaviest * (kK1 + 1.0) / (heaviest + kK1);
}

void Bm25Index::AddWordFrequencies(
    const QueryWord& word,
    std::unordered_map<uint32_t, double>& frequency) const {
  frequency.clear();
  for (const QueryTerm& q : word.terms) {
    const auto entry = terms_.find(q.term);
    if (entry == terms_.end() || entry->second.live_docs == 0) continue;
    for (const Posting& p : entry->second.postings) {
      if (docs_[p.doc].live) frequency[p.doc] += q.weight * p.frequency;
    }
  }
}

std::vector<Bm25Index::Hit> Bm25Index::SearchWords(
    const std::vector<QueryWord>& query, size_t k,
    const std::function<bool(std::string_view key)>& exclude,
    double* ceiling) const {
  std::vector<Hit> hits;
  if (ceiling != nullptr) *ceiling = 0;
  if (live_ == 0 || k == 0) return hits;
  const auto n = static_cast<double>(live_);
  const double average_length = static_cast<double>(live_length_) / n;
  std::unordered_map<uint32_t, double> scores;
  std::unordered_map<uint32_t, double> frequency;
  for (const QueryWord& word : query) {
    AddWordFrequencies(word, frequency);
    const auto df = static_cast<double>(frequency.size());
    const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
    const double qtf = (kK3 + 1.0) * word.count / (kK3 + word.count);
    if (ceiling != nullptr) *ceiling += CeilingOfWord(word, qtf * idf);
    for (const auto& [doc, tf] : frequency) {
      const double norm =
          kK1 * (1.0 - kB + kB * docs_[doc].length / average_length);
      scores[doc] += qtf * idf * tf * (kK1 + 1.0) / (tf + norm);
    }
  }
  for (const auto& [doc, score] : scores) {
    if (exclude && exclude(docs_[doc].key)) continue;
    hits.push_back({docs_[doc].key, score});
  }
  KeepBest(hits, k);
  return hits;
}

}  // namespace knoten::match
