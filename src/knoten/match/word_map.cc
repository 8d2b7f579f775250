#include "knoten/match/word_map.h"

#include <bit>
#include <functional>

namespace knoten::match {
namespace {

size_t HashOf(std::string_view word) {
  return std::hash<std::string_view>{}(word);
}

}  // namespace

WordMap WordMap::From(const Lists& lists) {
  WordMap map;
  std::unordered_map<std::string_view, uint32_t> numbers;
  numbers.reserve(2 * lists.size());
  auto number = [&](const std::string& word) {
    const auto [it, inserted] =
        numbers.emplace(word, static_cast<uint32_t>(map.starts_.size()));
    if (inserted) {
      map.starts_.push_back(map.text_.size());
      map.text_ += word;
    }
    return it->second;
  };
  map.keys_.reserve(lists.size());
  for (const auto& [key, words] : lists) {
    Key k{.word = number(key),
          .first = static_cast<uint32_t>(map.values_.size()),
          .count = static_cast<uint32_t>(words.size())};
    for (const std::string& word : words) map.values_.push_back(number(word));
    map.keys_.push_back(k);
  }
  map.starts_.push_back(map.text_.size());
  map.text_.shrink_to_fit();
  map.starts_.shrink_to_fit();
  map.values_.shrink_to_fit();
  // At most half full, so that a miss ends soon.
  map.slots_.assign(std::bit_ceil(2 * map.keys_.size() + 1), 0);
  const size_t mask = map.slots_.size() - 1;
  for (uint32_t i = 0; i < map.keys_.size(); ++i) {
    size_t slot = HashOf(map.Word(map.keys_[i].word)) & mask;
    while (map.slots_[slot] != 0) slot = (slot + 1) & mask;
    map.slots_[slot] = i + 1;
  }
  return map;
}

uint32_t WordMap::KeyOf(std::string_view key) const {
  if (slots_.empty()) return kNone;
  const size_t mask = slots_.size() - 1;
  for (size_t slot = HashOf(key) & mask; slots_[slot] != 0;
       slot = (slot + 1) & mask) {
    const uint32_t index = slots_[slot] - 1;
    if (Word(keys_[index].word) == key) return index;
  }
  return kNone;
}

std::vector<std::string_view> WordMap::Find(std::string_view key) const {
  std::vector<std::string_view> words;
  const uint32_t index = KeyOf(key);
  if (index == kNone) return words;
  const Key& k = keys_[index];
  words.reserve(k.count);
  for (uint32_t i = k.first; i < k.first + k.count; ++i) {
    words.push_back(Word(values_[i]));
  }
  return words;
}

}  // namespace knoten::match
