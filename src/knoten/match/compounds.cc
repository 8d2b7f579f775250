#include "knoten/match/compounds.h"

#include <array>

#include "knoten/base/text_file.h"
#include "knoten/match/analyzer.h"

namespace knoten::match {
namespace {

constexpr size_t kMinPart = 4;   // bytes; "Amt" and "Bau" stay unsplit
constexpr size_t kMaxWord = 64;  // longer tokens are no words to split

bool IsCharStart(std::string_view word, size_t at) {
  return at == word.size() ||
         (static_cast<unsigned char>(word[at]) & 0xC0U) != 0x80U;
}

bool StartsUpper(std::string_view line) {
  if (line.empty()) return false;
  const auto c = static_cast<unsigned char>(line[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // Ä, Ö, Ü in UTF-8: C3 84, C3 96, C3 9C.
  return c == 0xC3 && line.size() > 1 &&
         (static_cast<unsigned char>(line[1]) == 0x84 ||
          static_cast<unsigned char>(line[1]) == 0x96 ||
          static_cast<unsigned char>(line[1]) == 0x9C);
}

}  // namespace

CompoundSplitter CompoundSplitter::FromWordList(std::string_view content) {
  WordMap::Lists words;
  WordMap::Lists nouns;
  static_cast<void>(ForEachLine(content, [&](int, std::string_view line) {
    if (line.size() < kMinPart) return OkStatus();
    std::string folded = FoldCase(line);
    if (StartsUpper(line)) nouns.try_emplace(folded);
    words.try_emplace(std::move(folded));
    return OkStatus();
  }));
  CompoundSplitter s;
  s.words_ = WordMap::From(words);
  s.nouns_ = WordMap::From(nouns);
  return s;
}

Result<CompoundSplitter> CompoundSplitter::Load(const std::string& path) {
  KNOTEN_ASSIGN_OR_RETURN(const std::string content,
                          ReadPackagedFile(path, "word list", "wngerman"));
  return FromWordList(content);
}

// Splits `word` into known parts (appended to `parts`, head last), trying
// the longest head first.
bool CompoundSplitter::SplitInto(std::string_view word,
                                 std::vector<std::string>& parts) const {
  constexpr std::array<std::string_view, 6> kLinks = {"",  "s",  "es",
                                                      "n", "en", "e"};
  for (size_t cut = kMinPart; cut + kMinPart <= word.size(); ++cut) {
    if (!IsCharStart(word, cut)) continue;
    const std::string_view head = word.substr(cut);
    if (!nouns_.Contains(head)) continue;
    const std::string_view rest = word.substr(0, cut);
    for (std::string_view link : kLinks) {
      if (rest.size() < link.size() + kMinPart ||
          rest.substr(rest.size() - link.size()) != link) {
        continue;
      }
      const std::string_view modifier =
          rest.substr(0, rest.size() - link.size());
      std::vector<std::string> found;
      if (words_.Contains(modifier)) {
        found.emplace_back(modifier);
      } else if (!SplitInto(modifier, found)) {
        continue;
      }
      parts.insert(parts.end(), found.begin(), found.end());
      parts.emplace_back(head);
      return true;
    }
  }
  return false;
}

std::vector<std::string> CompoundSplitter::Split(
    const std::string& folded) const {
  std::vector<std::string> parts;
  if (folded.size() < 2 * kMinPart || folded.size() > kMaxWord) return parts;
  if (!SplitInto(folded, parts)) parts.clear();
  return parts;
}

}  // namespace knoten::match
