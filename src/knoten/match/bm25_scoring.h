// Internals of Bm25Index shared by its two source files: BM25's formula,
// galloping through a list, and a query word ready to walk. Not for use
// outside bm25_index.cc and bm25_search.cc.

#ifndef KNOTEN_MATCH_BM25_SCORING_H_
#define KNOTEN_MATCH_BM25_SCORING_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "knoten/match/bm25_index.h"

namespace knoten::match::bm25 {

// BM25's usual constants: term frequency saturation k1, length
// normalisation b, and k3 for how much a word said again in the query adds
// (Robertson's range is 7 to 1000; 8 keeps a second mention near double).
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kK3 = 8.0;

// MaxScore compares sums of bounds with scores summed in another order; this
// relative margin keeps rounding from pruning a document that would tie.
constexpr double kBoundMargin = 1e-9;

constexpr uint32_t kNoDoc = std::numeric_limits<uint32_t>::max();

// BM25's length normalisation of a document of `length` words.
inline double LengthNorm(double length, double average_length) {
  return kK1 * (1.0 - kB + kB * length / average_length);
}

// What a word of query weight `weight` (qtf times idf) adds to a document
// that holds it `tf` times (weighted), `norm` being the document's
// LengthNorm. Rises with tf and falls with norm, so bounds on both bound it.
inline double Contribution(double weight, double tf, double norm) {
  return weight * tf * (kK1 + 1.0) / (tf + norm);
}

inline bool Better(const Bm25Index::Hit& a, const Bm25Index::Hit& b) {
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

}  // namespace knoten::match::bm25

namespace knoten::match {

// A query word ready to walk: a cursor in the postings of each of its
// terms. The word is in a document if one of its terms is, and its
// frequency there is the weighted sum of theirs.
struct Bm25Index::PreparedWord {
  struct Cursor {
    const Posting* at;
    const Posting* end;
    double weight;
    const Posting* read_end = nullptr;  // where reading a window stopped
  };
  std::vector<Cursor> cursors;  // in the word's order of terms
  // For a word of one term, once read: its contribution to a document that
  // holds it f times and is of length l < Walk::length_slots, at
  // [(f - 1) * length_slots + l] for f <= kImpactFrequencies.
  std::vector<double> impact;

  size_t position = 0;       // in the query, which fixes the order of summing
  double weight = 0;         // qtf times idf
  double bound = 0;          // the most it adds to any document
  double max_tf = 0;         // bounds its weighted frequency in a document
  uint32_t shortest = 0;     // the length of the shortest document holding it
  DocId doc = bm25::kNoDoc;  // the current document; kNoDoc when done

  void Settle() {
    doc = bm25::kNoDoc;
    for (const Cursor& c : cursors) {
      if (c.at != c.end) doc = std::min(doc, c.at->doc);
    }
  }

  // Moves to the first document at or after `target`.
  void SkipTo(DocId target) {
    if (doc >= target) return;
    for (Cursor& c : cursors) c.at = bm25::Gallop(c.at, c.end, target);
    Settle();
  }

  // The weighted frequency of the word in the current document, summed in
  // the word's order of terms.
  double Frequency() const {
    double tf = 0;
    for (const Cursor& c : cursors) {
      if (c.at != c.end && c.at->doc == doc) tf += c.weight * c.at->frequency;
    }
    return tf;
  }
};

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_BM25_SCORING_H_
