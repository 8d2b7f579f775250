// WordMap: a read-only map from words to short lists of words, for the
// word lists the matching loads once and keeps (Ding's translations,
// OpenThesaurus's synonyms, a spelling dictionary's words). Every distinct
// word is stored once in one buffer and named by a 32-bit number; keys are
// found through an open-addressed table of such numbers. It takes about a
// quarter of what an unordered_map of strings to vectors of strings takes
// (docs/benchmarks.md, "The word lists").
//
// Thread-safety: const methods may be called from many threads at once.

#ifndef KNOTEN_MATCH_WORD_MAP_H_
#define KNOTEN_MATCH_WORD_MAP_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace knoten::match {

class WordMap {
 public:
  using Lists = std::unordered_map<std::string, std::vector<std::string>>;

  WordMap() = default;
  // The keys of `lists` with their words, in their order; a key with an
  // empty list is a key all the same (Contains).
  static WordMap From(const Lists& lists);

  bool Contains(std::string_view key) const { return KeyOf(key) != kNone; }
  // The words of `key`; empty when it is no key.
  std::vector<std::string_view> Find(std::string_view key) const;
  size_t size() const { return keys_.size(); }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  struct Key {
    uint32_t word = 0;
    uint32_t first = 0;  // its words in values_
    uint32_t count = 0;
  };

  std::string_view Word(uint32_t word) const {
    const std::string_view text = text_;
    return text.substr(starts_[word], starts_[word + 1] - starts_[word]);
  }
  // The index of `key` in keys_, or kNone.
  uint32_t KeyOf(std::string_view key) const;

  std::string text_;            // every distinct word, one after another
  std::vector<size_t> starts_;  // word i is text_[starts_[i], starts_[i+1])
  std::vector<Key> keys_;
  std::vector<uint32_t> values_;  // words, by number
  // Open addressing, a power of two long: a key's index + 1, 0 for none.
  std::vector<uint32_t> slots_;
};

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_WORD_MAP_H_
