#include "knoten/match/thesaurus.h"

#include <algorithm>
#include <optional>

#include "knoten/base/text.h"
#include "knoten/base/text_file.h"
#include "knoten/match/analyzer.h"

namespace knoten::match {
namespace {

constexpr size_t kMaxSynonyms = 6;
// Larger sets mix senses ("Bild; Aufnahme; Abzug; ..."): they are skipped.
constexpr size_t kMaxSetSize = 12;

// "Foto (Hauptform)" → "Foto"; phrases and empty members → nothing.
std::optional<std::string> SingleWord(std::string_view member) {
  std::string word;
  int depth = 0;
  for (const char c : member) {
    if (c == '(') {
      ++depth;
    } else if (c == ')' && depth > 0) {
      --depth;
    } else if (depth == 0) {
      word += c;
    }
  }
  const std::string_view trimmed = Trim(word);
  if (trimmed.empty() || trimmed.find(' ') != std::string_view::npos) {
    return std::nullopt;
  }
  return FoldCase(trimmed);
}

// The single-word members of one line (a synonym set).
std::vector<std::string> SingleWords(std::string_view line) {
  std::vector<std::string> words;
  for (const std::string& member : SplitAndTrim(line, ';')) {
    if (auto word = SingleWord(member)) words.push_back(std::move(*word));
  }
  return words;
}

}  // namespace

Thesaurus Thesaurus::FromOpenThesaurus(std::string_view content) {
  std::vector<std::vector<std::string>> sets;
  static_cast<void>(ForEachLine(content, [&sets](int, std::string_view line) {
    if (line.empty() || line.starts_with('#')) return OkStatus();
    std::vector<std::string> words = SingleWords(line);
    if (words.size() >= 2 && words.size() <= kMaxSetSize) {
      sets.push_back(std::move(words));
    }
    return OkStatus();
  }));
  std::stable_sort(sets.begin(), sets.end(), [](const auto& a, const auto& b) {
    return a.size() < b.size();
  });
  WordMap::Lists synonyms_of;
  for (const std::vector<std::string>& words : sets) {
    for (const std::string& word : words) {
      std::vector<std::string>& synonyms = synonyms_of[word];
      for (const std::string& other : words) {
        if (synonyms.size() >= kMaxSynonyms) break;
        if (other != word && std::find(synonyms.begin(), synonyms.end(),
                                       other) == synonyms.end()) {
          synonyms.push_back(other);
        }
      }
    }
  }
  Thesaurus thesaurus;
  thesaurus.synonyms_ = WordMap::From(synonyms_of);
  return thesaurus;
}

Result<Thesaurus> Thesaurus::Load(const std::string& path) {
  KNOTEN_ASSIGN_OR_RETURN(
      const std::string content,
      ReadPackagedFile(path, "thesaurus", "openthesaurus-de-text"));
  return FromOpenThesaurus(content);
}

}  // namespace knoten::match
