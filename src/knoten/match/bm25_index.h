// Bm25Index: an in-memory inverted index of documents (offers) given as
// analyzed terms, scored with BM25 (k1 = 1.2, b = 0.75, k3 = 8) over
// structured query words. Documents can be
// added, replaced and removed at any time. Scoring walks the posting lists
// of the query's terms; top-k pruning (MaxScore) comes with the 1M-offer
// benchmark.
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
#include <vector>

#include "knoten/base/string_hash.h"

namespace knoten::match {

class Bm25Index {
 public:
  struct Hit {
    std::string_view key;  // valid until the document is replaced or removed
    double score = 0;
  };

  // Adds the document `key`, replacing an earlier one with the same key.
  // `terms` are the document's own words; `extra_terms` (translations,
  // concepts) are found like them but leave the document's length alone.
  void Put(const std::string& key, const std::vector<std::string>& terms,
           const std::vector<std::string>& extra_terms = {});
  // Removes `key`; unknown keys are ignored.
  void Remove(const std::string& key);

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
  // for which `exclude` is true are skipped. Documents without any query
  // term are never returned.
  //
  // With `ceiling`, also sets *ceiling, in the same pass, to the score of a
  // document of average length that holds every word of `query` once, at
  // its heaviest term (a word no document holds counts at the highest idf;
  // 0 for an empty index). A hit's score divided by it tells how much of
  // the query the document covers, comparably across queries; it may
  // exceed 1 for a document that repeats the words.
  std::vector<Hit> SearchWords(
      const std::vector<QueryWord>& query, size_t k,
      const std::function<bool(std::string_view key)>& exclude = {},
      double* ceiling = nullptr) const;

  // The same with every term a word of its own at weight 1.
  std::vector<Hit> Search(
      const std::vector<std::string>& query, size_t k,
      const std::function<bool(std::string_view key)>& exclude = {}) const;

  size_t size() const { return live_; }

 private:
  struct Posting {
    uint32_t doc;
    uint32_t frequency;
  };
  struct Doc {
    std::string key;
    uint32_t length = 0;
    bool live = false;
    std::vector<std::string> distinct_terms;  // to undo the counts
  };
  struct TermEntry {
    std::vector<Posting> postings;  // also of removed documents
    uint32_t live_docs = 0;         // live documents holding the term
  };

  // Fills `frequency` with each live document's weighted frequency of
  // `word`.
  void AddWordFrequencies(
      const QueryWord& word,
      std::unordered_map<uint32_t, double>& frequency) const;

  // What `word` adds to the ceiling (see SearchWords), `weight` being its
  // qtf times idf.
  static double CeilingOfWord(const QueryWord& word, double weight);

  std::vector<Doc> docs_;
  std::unordered_map<std::string, uint32_t> doc_of_key_;
  std::unordered_map<std::string, TermEntry, StringHash, std::equal_to<>>
      terms_;
  size_t live_ = 0;
  uint64_t live_length_ = 0;
};

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_BM25_INDEX_H_
