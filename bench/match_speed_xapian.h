// The Xapian baseline of bench/match_speed.cc: the same texts, BM25, each
// text stemmed in its language (Snowball), glass backend in a directory.

#ifndef KNOTEN_BENCH_MATCH_SPEED_XAPIAN_H_
#define KNOTEN_BENCH_MATCH_SPEED_XAPIAN_H_

#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

#include "knoten/match/pipeline.h"

namespace knoten::bench {

// Indexes `offers` into a new database at `path`, each with its owner.
void XapianIndex(const std::string& path,
                 const std::vector<match::Item>& offers);

// The owners of the best `k` offers for `need` other than its own.
class XapianSearcher {
 public:
  explicit XapianSearcher(const std::string& path);
  std::vector<std::string> Owners(const match::Item& need, size_t k);

 private:
  Xapian::Database db_;
  Xapian::Enquire enquire_;
};

// The number of reciprocal member pairs from Xapian's top `k` for each of
// `needs`, on `threads` threads.
size_t XapianReciprocal(const std::string& path,
                        const std::vector<match::Item>& needs, size_t k,
                        unsigned threads);

}  // namespace knoten::bench

#endif  // KNOTEN_BENCH_MATCH_SPEED_XAPIAN_H_
