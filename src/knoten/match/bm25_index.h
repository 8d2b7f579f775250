// Bm25Index: an in-memory inverted index of documents (offers) given as
// analyzed terms, scored with BM25 (k1 = 1.2, b = 0.75, k3 = 8) over
// structured query words. Documents can be added, replaced and removed at
// any time.
//
// A search prunes with MaxScore (Turtle and Flood): each word knows the
// most it can add to a document of a given length, and once the k-th best
// score so far exceeds what the weakest words could add together, documents
// holding only those words are never looked at. It walks a window of 4,096
// documents at a time: the other (essential) words' postings there are
// read straight through into per-document sums; the weakest words are then
// added, strongest first, only to the documents they might still lift to
// the k-th score, and the few left are scored exactly. A word's
// alternative terms are walked side by side, never merged. The result is
// the same as scoring every document.
//
// Removed documents stay in the posting lists, skipped, until they
// outnumber the live ones; then the index renumbers its documents and
// drops them (amortised O(1) per change).
//
// Thread-safety: const methods may run concurrently; Put and Remove need
// exclusive access.

#ifndef KNOTEN_MATCH_BM25_INDEX_H_
#define KNOTEN_MATCH_BM25_INDEX_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "knoten/base/string_hash.h"

namespace knoten::match {

class Bm25Index {
 public:
  struct Hit {
    std::string_view key;  // valid until the index next changes
    double score = 0;
  };

  // Adds the document `key`, replacing an earlier one with the same key.
  // `terms` are the document's own words; `extra_terms` (translations,
  // concepts) are found like them but leave the document's length alone.
  void Put(const std::string& key, const std::vector<std::string>& terms,
           const std::vector<std::string>& extra_terms = {});
  // Removes `key`; unknown keys are ignored.
  void Remove(const std::string& key);
  // Gives back the room the index's lists grew into beyond what they hold
  // (after many Puts at once; about a fifth of a large index).
  void ShrinkToFit();

  struct QueryTerm {
    std::string term;
    double weight = 1.0;  // scales the term's frequency in a document
  };
  // One word of a query: the alternative terms it may be found as (the
  // word itself, its translations, a concept it names), each with a weight,
  // and how often the query says it. A document's frequency of the word is
  // the weighted sum of its terms' frequencies and the word's document
  // frequency that of their union, so a word with many translations counts
  // no more than a word with one (Pirkola's structured queries). A word
  // said again adds less each time (BM25's k3).
  struct QueryWord {
    std::vector<QueryTerm> terms;
    double count = 1;
  };

  // The `k` best documents for `query`, best first, ties by key; documents
  // for which `exclude` is true are skipped (it is asked only about
  // documents good enough to enter the result). Documents without any
  // query term are never returned.
  //
  // With `ceiling`, also sets *ceiling to the score of a document of
  // average length that holds every word of `query` once, at its heaviest
  // term (a word no document holds counts at the highest idf; 0 for an
  // empty index). A hit's score divided by it tells how much of the query
  // the document covers, comparably across queries; it may exceed 1 for a
  // document that repeats the words.
  //
  // With `min_share`, only documents scoring at least min_share times the
  // ceiling are returned; the search starts with that threshold, so a
  // higher one also makes it faster.
  std::vector<Hit> SearchWords(
      const std::vector<QueryWord>& query, size_t k,
      const std::function<bool(std::string_view key)>& exclude = {},
      double* ceiling = nullptr, double min_share = 0) const;

  // The same with every term a word of its own at weight 1.
  std::vector<Hit> Search(
      const std::vector<std::string>& query, size_t k,
      const std::function<bool(std::string_view key)>& exclude = {}) const;

  size_t size() const { return live_; }

  // Sizes, for benchmarks: live documents, distinct terms, postings
  // (removed documents' included until renumbered).
  struct Sizes {
    size_t documents = 0;
    size_t terms = 0;
    size_t postings = 0;
  };
  Sizes sizes() const;

  // What the calling thread's last search did, for tests and benchmarks.
  struct SearchStats {
    uint64_t visited = 0;  // documents some essential word was found in
    uint64_t scored = 0;   // documents whose score was computed
  };
  static SearchStats LastSearchStats();

 private:
  using TermId = uint32_t;
  using DocId = uint32_t;
  struct Posting {
    DocId doc;
    uint32_t frequency;
  };
  struct Term {
    std::vector<Posting> postings;  // ascending doc; removed ones included
    uint32_t live_docs = 0;         // live documents holding the term
    // Bounds over the postings, for pruning: the highest frequency and the
    // shortest document. Removal leaves them (still bounds); renumbering
    // tightens them.
    uint32_t max_frequency = 0;
    uint32_t min_length = UINT32_MAX;
  };
  struct Doc {
    const std::string* key = nullptr;  // in doc_of_key_; null once removed
    uint64_t first_term = 0;           // its distinct terms in doc_terms_
    uint32_t term_count = 0;
  };
  struct PreparedWord;
  struct Walk;

  TermId InternTerm(std::string_view term);
  // Drops removed documents and unused terms, renumbering both.
  void Renumber();
  std::vector<PreparedWord> Prepare(const std::vector<QueryWord>& query,
                                    double average_length,
                                    double* ceiling) const;
  // How many live documents hold one of `terms`; remembered per thread
  // for the index's version.
  size_t CountLiveDocs(const std::vector<TermId>& terms) const;
  size_t CountLiveDocsNow(const std::vector<TermId>& terms) const;
  // Adds the weighted frequency of the walk's word `i` in each document
  // of the window to its word_tf, marking them in word_docs.
  static void ReadFrequencies(Walk& walk, size_t i);
  // Adds what `word`, a word of one term, adds to each document of the
  // window.
  void ReadSingleTerm(Walk& walk, PreparedWord& word) const;
  // Adds what the essential words add to each document of the window.
  void ReadEssential(Walk& walk) const;
  // Adds what word `i` adds to the window's candidates and drops those that
  // cannot make the result any more.
  void AddToCandidates(Walk& walk, size_t i) const;
  // The exact score of `doc`, summed in the query's order.
  double Score(Walk& walk, DocId doc) const;
  // Takes `doc` into the best k if it belongs there.
  void Offer(Walk& walk, DocId doc, double score) const;
  // Walks the window [walk.base, walk.limit).
  void WalkWindow(Walk& walk) const;

  // Per document; the lengths and live flags apart, as a search reads them
  // for many documents it then rejects.
  std::vector<Doc> docs_;
  std::vector<uint32_t> lengths_;
  std::vector<bool> live_doc_;
  std::vector<TermId> doc_terms_;  // see Doc
  std::unordered_map<std::string, DocId, StringHash, std::equal_to<>>
      doc_of_key_;
  std::unordered_map<std::string, TermId, StringHash, std::equal_to<>>
      term_ids_;
  std::vector<Term> terms_;
  size_t live_ = 0;
  uint64_t live_length_ = 0;
  uint32_t longest_ = 0;  // no document was ever longer
  // Changes with every Put and Remove, and differs between indexes: what a
  // search keeps for later searches holds while it is the same.
  uint64_t version_ = NewVersion();
  static uint64_t NewVersion();
};

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_BM25_INDEX_H_
