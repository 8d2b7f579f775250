// StringHash: a transparent hash for unordered containers keyed by
// std::string, so that lookups with a std::string_view or a literal do not
// build a temporary string. Use with std::equal_to<>.

#ifndef KNOTEN_BASE_STRING_HASH_H_
#define KNOTEN_BASE_STRING_HASH_H_

#include <cstddef>
#include <functional>
#include <string_view>

namespace knoten {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return std::hash<std::string_view>{}(s);
  }
};

}  // namespace knoten

#endif  // KNOTEN_BASE_STRING_HASH_H_
