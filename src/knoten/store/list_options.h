// Paging for list queries: a page of items plus the total number of matches,
// as in the JSON list envelope {"items": [...], "total": N}.

#ifndef KNOTEN_STORE_LIST_OPTIONS_H_
#define KNOTEN_STORE_LIST_OPTIONS_H_

#include <cstdint>
#include <optional>
#include <vector>

namespace knoten::store {

struct Paging {
  std::optional<int64_t> limit;  // empty: all
  int64_t offset = 0;
};

template <typename T>
struct Page {
  std::vector<T> items;
  int64_t total = 0;  // matches before paging
};

}  // namespace knoten::store

#endif  // KNOTEN_STORE_LIST_OPTIONS_H_
