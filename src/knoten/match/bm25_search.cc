// Bm25Index's search: the MaxScore walk, a window of documents at a time
// (see bm25_index.h).

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

#include "knoten/match/bm25_index.h"
#include "knoten/match/bm25_scoring.h"

namespace knoten::match {

using bm25::Better;
using bm25::Contribution;
using bm25::kBoundMargin;
using bm25::kNoDoc;
using bm25::LengthNorm;

namespace {

// Bounds by document length are kept for lengths up to this one; longer
// documents take its bound.
constexpr uint32_t kLengthBounds = 64;

// A word of one term reads its contribution to a document from a table for
// frequencies up to this one (and lengths below kLengthBounds).
constexpr uint32_t kImpactFrequencies = 4;

// A search reads the essential words' lists a window of this many
// documents at a time (a multiple of 64).
constexpr uint32_t kWindow = 4096;

thread_local Bm25Index::SearchStats last_search_stats;

}  // namespace

Bm25Index::SearchStats Bm25Index::LastSearchStats() {
  return last_search_stats;
}

// The state of one search: a MaxScore walk over the query's words, a window
// of documents at a time, and the best documents so far.
struct Bm25Index::Walk {
  std::vector<PreparedWord> words;  // weakest first
  std::vector<double> bound_sum;    // what words 0..i add at most
  // The same to a document of length l, at [min(l, length_slots - 1) *
  // words.size() + i]; tighter, as a longer document gets less from a word.
  std::vector<double> length_bound_sum;
  double average_length = 0;
  uint32_t length_slots = 1;  // lengths told apart in the tables below
  // Below `threshold` (the k-th best score so far, less a margin for
  // rounding) a document cannot make the result. Words 0..essential-1
  // together cannot reach it: a document only they hold is never looked at.
  double threshold = -std::numeric_limits<double>::infinity();
  size_t essential = 0;

  // The window of documents [base, limit) being walked, by slot from base:
  // what the words read so far add to each, the documents an essential
  // word holds, and those of them that may still make the result.
  DocId base = 0;
  DocId limit = 0;
  std::vector<double> window_score;
  std::vector<uint64_t> window_docs;
  std::vector<uint32_t> candidates;
  // One word's weighted frequency per slot, while its terms are read.
  std::vector<double> word_tf;
  std::vector<uint64_t> word_docs;
  bool walked = false;  // the window buffers are clear again

  // The window buffers between searches, all zero.
  struct Buffers {
    std::vector<double> window_score = std::vector<double>(kWindow);
    std::vector<uint64_t> window_docs = std::vector<uint64_t>(kWindow / 64);
    std::vector<double> word_tf = std::vector<double>(kWindow);
    std::vector<uint64_t> word_docs = std::vector<uint64_t>(kWindow / 64);

    void Lend(Walk& walk) {
      walk.window_score.swap(window_score);
      walk.window_docs.swap(window_docs);
      walk.word_tf.swap(word_tf);
      walk.word_docs.swap(word_docs);
    }
    void TakeBack(Walk& walk) noexcept {
      if (!walk.walked) {
        std::fill(walk.window_score.begin(), walk.window_score.end(), 0.0);
        std::fill(walk.window_docs.begin(), walk.window_docs.end(), 0);
        std::fill(walk.word_tf.begin(), walk.word_tf.end(), 0.0);
        std::fill(walk.word_docs.begin(), walk.word_docs.end(), 0);
      }
      walk.window_score.swap(window_score);
      walk.window_docs.swap(window_docs);
      walk.word_tf.swap(word_tf);
      walk.word_docs.swap(word_docs);
    }
  };
  PreparedWord probe;  // a word's cursors, copied to look ahead

  // Each word's contribution to a document scored exactly, by query
  // position, summed in the query's order so that equal documents tie
  // exactly.
  std::vector<double> contribution;

  // The best k so far: a heap, the worst on top.
  std::vector<Hit> hits;
  size_t k = 0;
  double min_score = 0;
  const std::function<bool(std::string_view key)>* exclude = nullptr;

  // The next document an essential word holds, or kNoDoc.
  DocId NextCandidate() const {
    DocId doc = kNoDoc;
    for (size_t i = essential; i < words.size(); ++i) {
      doc = std::min(doc, words[i].doc);
    }
    return doc;
  }

  // Fills length_bound_sum for lengths 0..slots-1 (up to the longest
  // document's).
  void FillLengthBounds(uint32_t slots) {
    length_slots = slots;
    const size_t n = words.size();
    length_bound_sum.resize(size_t{slots} * n);
    for (uint32_t length = 0; length < slots; ++length) {
      const double norm = LengthNorm(length, average_length);
      double bound = 0;
      for (size_t i = 0; i < n; ++i) {
        const PreparedWord& word = words[i];
        // No shorter document holds the word; a longer one than the last
        // length may.
        if (length >= word.shortest || length + 1 == slots) {
          bound += Contribution(word.weight, word.max_tf, norm);
        }
        length_bound_sum[length * n + i] = bound;
      }
    }
  }

  // What words 0..i-1 add at most to a document of `length`.
  double BoundBelow(uint32_t length, size_t i) const {
    if (i == 0) return 0;
    return length_bound_sum[std::min(length, length_slots - 1) * words.size() +
                            i - 1];
  }

  // Documents scoring below `worst` need not be looked at any more.
  void RaiseThreshold(double worst) {
    threshold = std::max(threshold, worst - kBoundMargin * std::abs(worst));
    while (essential < words.size() && bound_sum[essential] < threshold) {
      ++essential;
    }
  }
};

namespace {

// Adds `value` to the slot's value and marks the slot in `slots`; values
// of unmarked slots are 0.
inline void AddToSlot(uint32_t slot, double value, std::vector<double>& values,
                      std::vector<uint64_t>& slots) {
  values[slot] += value;
  slots[slot / 64] |= uint64_t{1} << (slot % 64);
}

// Calls `visit(slot)` for each slot marked in `slots`, in ascending order,
// clearing the marks.
template <typename Visit>
void TakeMarkedSlots(std::vector<uint64_t>& slots, const Visit& visit) {
  for (size_t w = 0; w < slots.size(); ++w) {
    for (uint64_t bits = std::exchange(slots[w], 0); bits != 0;
         bits &= bits - 1) {
      visit(static_cast<uint32_t>(w * 64 +
                                  static_cast<size_t>(std::countr_zero(bits))));
    }
  }
}

// Adds `scale` times the frequency of each posting in [at, end) before
// `limit` to `values`, by slot from `base`, marking the slots in `slots`.
// Returns where it stopped.
template <typename T>
const T* AddFrequencies(const T* at, const T* end, uint32_t base,
                        uint32_t limit, double scale,
                        std::vector<double>& values,
                        std::vector<uint64_t>& slots) {
  for (; at != end && at->doc < limit; ++at) {
    AddToSlot(at->doc - base, scale * at->frequency, values, slots);
  }
  return at;
}

// Reading a word's postings through a window costs about this many times
// less per posting than finding it in a candidate document.
constexpr size_t kReadOverFind = 8;

}  // namespace

void Bm25Index::ReadFrequencies(Walk& walk, size_t i) {
  PreparedWord& word = walk.words[i];
  word.SkipTo(walk.base);
  for (PreparedWord::Cursor& c : word.cursors) {
    c.read_end = AddFrequencies(c.at, c.end, walk.base, walk.limit, c.weight,
                                walk.word_tf, walk.word_docs);
  }
}

void Bm25Index::ReadSingleTerm(Walk& walk, PreparedWord& word) const {
  // A word of one term adds to the documents as it is read, mostly from a
  // table.
  PreparedWord::Cursor& c = word.cursors.front();
  if (word.impact.empty()) {
    word.impact.resize(size_t{kImpactFrequencies} * walk.length_slots);
    for (uint32_t f = 1; f <= kImpactFrequencies; ++f) {
      for (uint32_t l = 0; l < walk.length_slots; ++l) {
        word.impact[(f - 1) * walk.length_slots + l] = Contribution(
            word.weight, c.weight * f, LengthNorm(l, walk.average_length));
      }
    }
  }
  const Posting* p = c.at;
  for (; p != c.end && p->doc < walk.limit; ++p) {
    const uint32_t length = lengths_[p->doc];
    const double contribution =
        p->frequency <= kImpactFrequencies && length < walk.length_slots
            ? word.impact[(p->frequency - 1) * walk.length_slots + length]
            : Contribution(word.weight, c.weight * p->frequency,
                           LengthNorm(length, walk.average_length));
    AddToSlot(p->doc - walk.base, contribution, walk.window_score,
              walk.window_docs);
  }
  c.read_end = p;
}

void Bm25Index::ReadEssential(Walk& walk) const {
  for (size_t i = walk.essential; i < walk.words.size(); ++i) {
    PreparedWord& word = walk.words[i];
    if (word.cursors.size() == 1) {
      ReadSingleTerm(walk, word);
      continue;
    }
    ReadFrequencies(walk, i);
    TakeMarkedSlots(walk.word_docs, [&](uint32_t slot) {
      const double tf = std::exchange(walk.word_tf[slot], 0.0);
      AddToSlot(slot,
                Contribution(word.weight, tf,
                             LengthNorm(lengths_[walk.base + slot],
                                        walk.average_length)),
                walk.window_score, walk.window_docs);
    });
  }
}

void Bm25Index::AddToCandidates(Walk& walk, size_t i) const {
  PreparedWord& word = walk.words[i];
  std::vector<uint32_t>& candidates = walk.candidates;
  const DocId first = walk.base + candidates.front();
  word.SkipTo(first);
  // About how many of its postings are in the rest of the window.
  size_t postings = 0;
  for (const PreparedWord::Cursor& c : word.cursors) {
    if (c.at == c.end) continue;
    const auto left = static_cast<size_t>(c.end - c.at);
    const size_t span = (c.end - 1)->doc - c.at->doc + size_t{1};
    postings += left * std::min<size_t>(span, walk.limit - first) / span;
  }
  if (postings <= kReadOverFind * candidates.size() * word.cursors.size()) {
    // Many candidates: read the word's postings through the window.
    ReadFrequencies(walk, i);
    for (const uint32_t slot : candidates) {
      if ((walk.word_docs[slot / 64] & (uint64_t{1} << (slot % 64))) == 0) {
        continue;
      }
      walk.window_score[slot] += Contribution(
          word.weight, walk.word_tf[slot],
          LengthNorm(lengths_[walk.base + slot], walk.average_length));
    }
    TakeMarkedSlots(walk.word_docs,
                    [&](uint32_t slot) { walk.word_tf[slot] = 0; });
  } else {
    // Few: find the word in each, with a copy of its cursors, as the
    // candidates scored exactly later find it again.
    PreparedWord& probe = walk.probe;
    probe.cursors = word.cursors;
    probe.Settle();
    for (const uint32_t slot : candidates) {
      const DocId doc = walk.base + slot;
      probe.SkipTo(doc);
      if (probe.doc != doc) continue;
      walk.window_score[slot] +=
          Contribution(word.weight, probe.Frequency(),
                       LengthNorm(lengths_[doc], walk.average_length));
    }
  }
  // Keep those the words not yet read can still lift to the threshold.
  std::erase_if(candidates, [&](uint32_t slot) {
    if (walk.window_score[slot] +
            walk.BoundBelow(lengths_[walk.base + slot], i) >=
        walk.threshold) {
      return false;
    }
    walk.window_score[slot] = 0;
    return true;
  });
}

double Bm25Index::Score(Walk& walk, DocId doc) const {
  ++last_search_stats.scored;
  const double norm = LengthNorm(lengths_[doc], walk.average_length);
  std::fill(walk.contribution.begin(), walk.contribution.end(), 0.0);
  for (PreparedWord& word : walk.words) {
    word.SkipTo(doc);
    if (word.doc != doc) continue;
    walk.contribution[word.position] =
        Contribution(word.weight, word.Frequency(), norm);
  }
  double score = 0;
  for (const double c : walk.contribution) score += c;
  return score;
}

void Bm25Index::Offer(Walk& walk, DocId doc, double score) const {
  std::vector<Hit>& hits = walk.hits;
  const size_t k = walk.k;
  if (score < walk.min_score) return;
  // The key is read only on a tie or to ask `exclude`: most documents
  // scored fall short of the best k on their score alone.
  if (hits.size() == k && score < hits.front().score) return;
  const Hit hit{*docs_[doc].key, score};
  if (hits.size() == k && !Better(hit, hits.front())) return;
  if (*walk.exclude && (*walk.exclude)(hit.key)) return;
  hits.push_back(hit);
  std::push_heap(hits.begin(), hits.end(), Better);
  if (hits.size() > k) {
    std::pop_heap(hits.begin(), hits.end(), Better);
    hits.pop_back();
  }
  if (hits.size() == k) walk.RaiseThreshold(hits.front().score);
}

void Bm25Index::WalkWindow(Walk& walk) const {
  const size_t essential = walk.essential;
  ReadEssential(walk);
  walk.candidates.clear();
  TakeMarkedSlots(walk.window_docs, [&](uint32_t slot) {
    const DocId doc = walk.base + slot;
    ++last_search_stats.visited;
    if (!live_doc_[doc] ||
        walk.window_score[slot] + walk.BoundBelow(lengths_[doc], essential) <
            walk.threshold) {
      walk.window_score[slot] = 0;
      return;
    }
    walk.candidates.push_back(slot);
  });
  for (size_t i = essential; i-- > 0 && !walk.candidates.empty();) {
    AddToCandidates(walk, i);
  }
  for (const uint32_t slot : walk.candidates) {
    // The threshold may have risen since.
    if (std::exchange(walk.window_score[slot], 0.0) < walk.threshold) continue;
    const DocId doc = walk.base + slot;
    Offer(walk, doc, Score(walk, doc));
  }
  // The essential words move on to the next window.
  for (size_t i = essential; i < walk.words.size(); ++i) {
    PreparedWord& word = walk.words[i];
    for (PreparedWord::Cursor& c : word.cursors) c.at = c.read_end;
    word.Settle();
  }
}

std::vector<Bm25Index::Hit> Bm25Index::SearchWords(
    const std::vector<QueryWord>& query, size_t k,
    const std::function<bool(std::string_view key)>& exclude, double* ceiling,
    double min_share) const {
  last_search_stats = {};
  double top = 0;  // the ceiling
  if (ceiling != nullptr) *ceiling = 0;
  if (live_ == 0) return {};
  Walk walk;
  // Documents may all be of length 0 (extra terms only): then every
  // document is of average length.
  walk.average_length = live_length_ == 0 ? 1.0
                                          : static_cast<double>(live_length_) /
                                                static_cast<double>(live_);
  walk.words = Prepare(query, walk.average_length, &top);
  if (ceiling != nullptr) *ceiling = top;
  if (k == 0) return {};
  std::sort(walk.words.begin(), walk.words.end(),
            [](const PreparedWord& a, const PreparedWord& b) {
              return a.bound < b.bound;
            });
  double sum = 0;
  for (const PreparedWord& word : walk.words) {
    sum += word.bound;
    walk.bound_sum.push_back(sum);
  }
  walk.FillLengthBounds(std::min(kLengthBounds, longest_) + 1);
  walk.contribution.assign(query.size(), 0.0);
  // The window's buffers are the thread's, kept cleared between searches
  // (and cleared again should a search stop half-way).
  thread_local Walk::Buffers buffers;
  buffers.Lend(walk);
  class Return {
   public:
    explicit Return(Walk& walk) : walk_(walk) {}
    Return(const Return&) = delete;
    Return& operator=(const Return&) = delete;
    ~Return() { buffers.TakeBack(walk_); }

   private:
    Walk& walk_;
  } give_back(walk);
  walk.k = k;
  walk.exclude = &exclude;
  walk.min_score = min_share * top;
  if (min_share > 0) walk.RaiseThreshold(walk.min_score);
  // Window by window: the essential words' lists are read straight through
  // into the window's scores; the other words are added, strongest first,
  // to the documents they might still lift to the threshold; the few left
  // are scored exactly.
  for (walk.base = walk.NextCandidate(); walk.base != kNoDoc;
       walk.base = walk.NextCandidate()) {
    walk.limit = walk.base + std::min(kWindow, kNoDoc - walk.base);
    WalkWindow(walk);
  }
  walk.walked = true;
  std::sort_heap(walk.hits.begin(), walk.hits.end(), Better);
  return std::move(walk.hits);
}

}  // namespace knoten::match
