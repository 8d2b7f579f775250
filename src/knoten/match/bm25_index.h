// Bm25Index: an in-memory inverted index of documents (offers) given as
// analyzed terms, scored with BM25 (k1 = 1.2, b = 0.75). Documents can be
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
  void Put(const std::string& key, const std::vector<std::string>& terms);
  // Removes `key`; unknown keys are ignored.
  void Remove(const std::string& key);

  struct QueryTerm {
    std::string term;
    double weight = 1.0;  // multiplies the term's BM25 contribution
  };

  // The `k` best documents for `query` (a term given twice counts once,
  // with its highest weight), best first, ties by key; documents for which
  // `exclude` is true are skipped. Documents without any query term are
  // never returned.
  std::vector<Hit> SearchWeighted(
      const std::vector<QueryTerm>& query, size_t k,
      const std::function<bool(std::string_view key)>& exclude = {}) const;
  // The same with every term at weight 1.
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

  std::vector<Doc> docs_;
  std::unordered_map<std::string, uint32_t> doc_of_key_;
  std::unordered_map<std::string, TermEntry, StringHash, std::equal_to<>>
      terms_;
  size_t live_ = 0;
  uint64_t live_length_ = 0;
};

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_BM25_INDEX_H_
