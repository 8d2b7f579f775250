#include "knoten/match/bm25_index.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace knoten::match {
namespace {

// BM25's usual constants: term frequency saturation k1, length
// normalisation b, and k3 for how much a word said again in the query adds
// (Robertson's range is 7 to 1000; 8 keeps a second mention near double).
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kK3 = 8.0;

// Removed documents are dropped once they outnumber the live ones and are
// at least this many.
constexpr size_t kMinRemovedToRenumber = 1024;

// MaxScore compares sums of bounds with scores summed in another order; this
// relative margin keeps rounding from pruning a document that would tie.
constexpr double kBoundMargin = 1e-9;

constexpr uint32_t kNoDoc = std::numeric_limits<uint32_t>::max();

thread_local Bm25Index::SearchStats last_search_stats;

// BM25's length normalisation of a document of `length` words.
double LengthNorm(double length, double average_length) {
  return kK1 * (1.0 - kB + kB * length / average_length);
}

// What a word of query weight `weight` (qtf times idf) adds to a document
// that holds it `tf` times (weighted), `norm` being the document's
// LengthNorm. Rises with tf and falls with norm, so bounds on both bound it.
double Contribution(double weight, double tf, double norm) {
  return weight * tf * (kK1 + 1.0) / (tf + norm);
}

bool Better(const Bm25Index::Hit& a, const Bm25Index::Hit& b) {
  return a.score != b.score ? a.score > b.score : a.key < b.key;
}

// The first element of [at, end) whose doc is at least `target`, found by
// galloping from `at`.
template <typename T>
const T* Gallop(const T* at, const T* end, uint32_t target) {
  if (at == end || at->doc >= target) return at;
  size_t step = 1;
  const T* low = at;
  while (static_cast<size_t>(end - low) > step && low[step].doc < target) {
    low += step;
    step *= 2;
  }
  const T* high = static_cast<size_t>(end - low) > step ? low + step + 1 : end;
  return std::lower_bound(low, high, target,
                          [](const T& e, uint32_t d) { return e.doc < d; });
}

}  // namespace

// A query word ready to walk, as one list of documents with the word's
// weighted frequency in each: a word of one term walks that term's
// postings; the alternatives of a word of several are merged first.
struct Bm25Index::PreparedWord {
  struct Entry {
    DocId doc;
    double tf;
  };
  std::vector<Entry> merged;  // for a word of several terms
  const Entry* entry = nullptr;
  const Entry* entries_end = nullptr;
  const Posting* posting = nullptr;  // for a word of one term
  const Posting* postings_end = nullptr;
  double term_weight = 0;

  size_t position = 0;    // in the query, which fixes the order of summing
  double weight = 0;      // qtf times idf
  double bound = 0;       // the most it adds to any document
  double norm_floor = 0;  // LengthNorm of the shortest document holding it
  DocId doc = kNoDoc;     // the current document; kNoDoc when done

  bool single() const { return posting != nullptr; }

  void Settle() {
    if (single()) {
      doc = posting != postings_end ? posting->doc : kNoDoc;
    } else {
      doc = entry != entries_end ? entry->doc : kNoDoc;
    }
  }

  // Moves past the current document.
  void Next() {
    if (single()) {
      ++posting;
    } else {
      ++entry;
    }
    Settle();
  }

  // Moves to the first document at or after `target`.
  void SkipTo(DocId target) {
    if (doc >= target) return;
    if (single()) {
      posting = Gallop(posting, postings_end, target);
    } else {
      entry = Gallop(entry, entries_end, target);
    }
    Settle();
  }

  // The weighted frequency of the word in the current document.
  double Frequency() const {
    return single() ? term_weight * posting->frequency : entry->tf;
  }
};

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
  const auto doc = static_cast<DocId>(docs_.size());
  const auto length = static_cast<uint32_t>(terms.size());
  const auto entry = doc_of_key_.emplace(key, doc).first;
  docs_.push_back({.key = &entry->first, .first_term = doc_terms_.size()});
  lengths_.push_back(length);
  live_doc_.push_back(true);

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

Bm25Index::SearchStats Bm25Index::LastSearchStats() {
  return last_search_stats;
}

void Bm25Index::Merge(const std::vector<WeightedTerm>& terms,
                      PreparedWord& word) const {
  // Per thread, one bit and one sum per document, left cleared after use.
  thread_local std::vector<uint64_t> seen;
  thread_local std::vector<double> tf;
  if (seen.size() * 64 < docs_.size()) seen.resize(docs_.size() / 64 + 1);
  if (tf.size() < docs_.size()) tf.resize(docs_.size());
  // Room for the whole list before the scratch is marked: nothing below
  // can then fail and leave it marked for the next search on this thread.
  size_t most = 0;
  for (const auto& [id, weight] : terms) most += terms_[id].postings.size();
  word.merged.reserve(most);
  DocId first = kNoDoc;
  DocId last = 0;
  size_t count = 0;
  const bool all_live = live_ == docs_.size();
  for (const auto& [id, weight] : terms) {
    const std::vector<Posting>& postings = terms_[id].postings;
    if (postings.empty()) continue;
    first = std::min(first, postings.front().doc);
    last = std::max(last, postings.back().doc);
    for (const Posting& p : postings) {
      if (!all_live && !live_doc_[p.doc]) continue;
      uint64_t& bits = seen[p.doc / 64];
      const uint64_t bit = uint64_t{1} << (p.doc % 64);
      if ((bits & bit) == 0) {
        bits |= bit;
        ++count;
      }
      // Summed in the word's order of terms, as scoring one by one would.
      tf[p.doc] += weight * p.frequency;
    }
  }
  if (count > 0) {
    for (size_t w = first / 64; w <= last / 64; ++w) {
      for (uint64_t bits = seen[w]; bits != 0; bits &= bits - 1) {
        const auto doc = static_cast<DocId>(
            w * 64 + static_cast<size_t>(std::countr_zero(bits)));
        word.merged.push_back({doc, tf[doc]});
        tf[doc] = 0;
      }
      seen[w] = 0;
    }
  }
  word.entry = word.merged.data();
  word.entries_end = word.merged.data() + word.merged.size();
}

std::vector<Bm25Index::PreparedWord> Bm25Index::Prepare(
    const std::vector<QueryWord>& query, double average_length,
    double* ceiling) const {
  const auto n = static_cast<double>(live_);
  std::vector<PreparedWord> words;
  std::vector<WeightedTerm> found;
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
      found.emplace_back(it->second, q.weight);
      most_frequent += q.weight * term.max_frequency;
      shortest = std::min(shortest, term.min_length);
    }
    double df = 0;
    if (found.size() == 1) {
      const Term& term = terms_[found[0].first];
      prepared.posting = term.postings.data();
      prepared.postings_end = term.postings.data() + term.postings.size();
      prepared.term_weight = found[0].second;
      df = term.live_docs;
    } else if (found.size() > 1) {
      Merge(found, prepared);
      df = static_cast<double>(prepared.merged.size());
    }
    const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
    const double qtf = (kK3 + 1.0) * word.count / (kK3 + word.count);
    prepared.weight = qtf * idf;
    if (ceiling != nullptr) {
      // Found once at its heaviest weight in a document of average length.
      *ceiling += Contribution(prepared.weight, heaviest, kK1);
    }
    if (found.empty()) continue;
    prepared.norm_floor = LengthNorm(shortest, average_length);
    prepared.bound =
        Contribution(prepared.weight, most_frequent, prepared.norm_floor);
    prepared.Settle();
    words.push_back(std::move(prepared));
  }
  return words;
}

// The state of one MaxScore walk over a query's words.
struct Bm25Index::Walk {
  std::vector<PreparedWord> words;  // weakest first
  std::vector<double> bound_sum;    // what words 0..i add at most
  // Each word's contribution to the current document, by query position,
  // summed in the query's order so that equal documents tie exactly.
  std::vector<double> contribution;
  std::vector<double> frequency;  // per word here; -1: not in the document
  double average_length = 0;
  // Below `threshold` (the k-th best score so far, less a margin for
  // rounding) a document cannot make the result. Words 0..essential-1
  // together cannot reach it: a document only they hold is never looked at.
  double threshold = -std::numeric_limits<double>::infinity();
  size_t essential = 0;

  // The next document an essential word holds, or kNoDoc.
  DocId NextCandidate() const {
    DocId doc = kNoDoc;
    for (size_t i = essential; i < words.size(); ++i) {
      doc = std::min(doc, words[i].doc);
    }
    return doc;
  }

  // Documents scoring below `worst` need not be looked at any more.
  void RaiseThreshold(double worst) {
    threshold = std::max(threshold, worst - kBoundMargin * std::abs(worst));
    while (essential < words.size() && bound_sum[essential] < threshold) {
      ++essential;
    }
  }
};

bool Bm25Index::Score(Walk& walk, DocId doc, double& score) const {
  std::vector<PreparedWord>& words = walk.words;
  // The essential words' frequencies here, and what they add at most
  // before the document's own length is read: most documents stop here.
  double upper = walk.essential > 0 ? walk.bound_sum[walk.essential - 1] : 0;
  for (size_t i = walk.essential; i < words.size(); ++i) {
    PreparedWord& word = words[i];
    walk.frequency[i] = -1;
    if (word.doc != doc) continue;
    walk.frequency[i] = word.Frequency();
    upper += Contribution(word.weight, walk.frequency[i], word.norm_floor);
    word.Next();
  }
  if (upper < walk.threshold || !live_doc_[doc]) return false;
  const double norm = LengthNorm(lengths_[doc], walk.average_length);
  std::fill(walk.contribution.begin(), walk.contribution.end(), 0.0);
  double partial = 0;
  for (size_t i = walk.essential; i < words.size(); ++i) {
    if (walk.frequency[i] < 0) continue;
    const double c = Contribution(words[i].weight, walk.frequency[i], norm);
    walk.contribution[words[i].position] = c;
    partial += c;
  }
  // The other words, strongest first, while they can still matter.
  for (size_t i = walk.essential; i-- > 0;) {
    if (partial + walk.bound_sum[i] < walk.threshold) return false;
    PreparedWord& word = words[i];
    word.SkipTo(doc);
    if (word.doc != doc) continue;
    const double c = Contribution(word.weight, word.Frequency(), norm);
    walk.contribution[word.position] = c;
    partial += c;
  }
  ++last_search_stats.scored;
  score = 0;
  for (const double c : walk.contribution) score += c;
  return true;
}

std::vector<Bm25Index::Hit> Bm25Index::SearchWords(
    const std::vector<QueryWord>& query, size_t k,
    const std::function<bool(std::string_view key)>& exclude, double* ceiling,
    double min_share) const {
  last_search_stats = {};
  std::vector<Hit> hits;  // a heap, the worst of the best k on top
  double top = 0;         // the ceiling
  if (ceiling != nullptr) *ceiling = 0;
  if (live_ == 0) return hits;
  Walk walk;
  // Documents may all be of length 0 (extra terms only): then every
  // document is of average length.
  walk.average_length = live_length_ == 0 ? 1.0
                                          : static_cast<double>(live_length_) /
                                                static_cast<double>(live_);
  walk.words = Prepare(query, walk.average_length, &top);
  if (ceiling != nullptr) *ceiling = top;
  if (k == 0) return hits;
  std::sort(walk.words.begin(), walk.words.end(),
            [](const PreparedWord& a, const PreparedWord& b) {
              return a.bound < b.bound;
            });
  double sum = 0;
  for (const PreparedWord& word : walk.words) {
    sum += word.bound;
    walk.bound_sum.push_back(sum);
  }
  walk.contribution.assign(query.size(), 0.0);
  walk.frequency.assign(walk.words.size(), -1);
  const double min_score = min_share * top;
  if (min_share > 0) walk.RaiseThreshold(min_score);
  for (DocId doc = walk.NextCandidate(); doc != kNoDoc;
       doc = walk.NextCandidate()) {
    ++last_search_stats.visited;
    double score = 0;
    if (!Score(walk, doc, score) || score < min_score) continue;
    // The key is read only on a tie or to ask `exclude`: most documents
    // scored fall short of the best k on their score alone.
    if (hits.size() == k && score < hits.front().score) continue;
    const Hit hit{*docs_[doc].key, score};
    if (hits.size() == k && !Better(hit, hits.front())) continue;
    if (exclude && exclude(hit.key)) continue;
    hits.push_back(hit);
    std::push_heap(hits.begin(), hits.end(), Better);
    if (hits.size() > k) {
      std::pop_heap(hits.begin(), hits.end(), Better);
      hits.pop_back();
    }
    if (hits.size() == k) walk.RaiseThreshold(hits.front().score);
  }
  std::sort_heap(hits.begin(), hits.end(), Better);
  return hits;
}

}  // namespace knoten::match
