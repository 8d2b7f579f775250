#include "knoten/match/dictionary.h"

#include <algorithm>

#include "knoten/base/text.h"
#include "knoten/base/text_file.h"
#include "knoten/match/analyzer.h"

namespace knoten::match {
namespace {

// Translations kept per word.
constexpr size_t kMaxTranslations = 6;

// Splits on `separator` (a string), trimming each part.
std::vector<std::string_view> Split(std::string_view text,
                                    std::string_view separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t at = text.find(separator, start);
    parts.push_back(Trim(text.substr(start, at - start)));
    if (at == std::string_view::npos) break;
    start = at + separator.size();
  }
  return parts;
}

// "Steuerberater {m} [econ.]" → "Steuerberater": drops {...}, (...), [...]
// and /.../ abbreviations.
std::string Clean(std::string_view phrase) {
  std::string out;
  int depth = 0;
  bool in_slashes = false;
  for (const char c : phrase) {
    if (c == '{' || c == '(' || c == '[') {
      ++depth;
    } else if ((c == '}' || c == ')' || c == ']') && depth > 0) {
      --depth;
    } else if (c == '/' && depth == 0) {
      in_slashes = !in_slashes;
    } else if (depth == 0 && !in_slashes) {
      out += c;
    }
  }
  return std::string(Trim(out));
}

// The case-folded words of `phrase`, split on spaces and hyphens.
std::vector<std::string> Words(std::string_view phrase) {
  std::vector<std::string> words;
  size_t start = 0;
  for (size_t i = 0; i <= phrase.size(); ++i) {
    if (i < phrase.size() && phrase[i] != ' ' && phrase[i] != '-' &&
        phrase[i] != ',' && phrase[i] != '.') {
      continue;
    }
    if (i > start) words.push_back(FoldCase(phrase.substr(start, i - start)));
    start = i + 1;
  }
  return words;
}

void AddAll(std::vector<std::string>& to,
            const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (to.size() >= kMaxTranslations) return;
    if (std::find(to.begin(), to.end(), w) == to.end()) to.push_back(w);
  }
}

// Both directions, while Ding is read.
struct Translations {
  WordMap::Lists de_en;
  WordMap::Lists en_de;
};

void AddAlternative(std::string_view german, std::string_view english,
                    Translations& t) {
  std::vector<std::vector<std::string>> de_phrases;
  std::vector<std::vector<std::string>> en_phrases;
  for (std::string_view p : Split(german, "; ")) {
    de_phrases.push_back(Words(Clean(p)));
  }
  for (std::string_view p : Split(english, "; ")) {
    en_phrases.push_back(Words(Clean(p)));
  }
  for (const auto& de : de_phrases) {
    if (de.size() != 1) continue;  // single German words as keys
    for (const auto& en : en_phrases) AddAll(t.de_en[de[0]], en);
  }
  for (const auto& en : en_phrases) {
    if (en.size() != 1) continue;
    for (const auto& de : de_phrases) {
      if (de.size() == 1) AddAll(t.en_de[en[0]], de);
    }
  }
}

void AddLine(std::string_view line, Translations& t) {
  if (line.empty() || line.front() == '#') return;
  const size_t sides = line.find(" :: ");
  if (sides == std::string_view::npos) return;
  const auto german = Split(line.substr(0, sides), " | ");
  const auto english = Split(line.substr(sides + 4), " | ");
  if (german.size() != english.size()) return;
  for (size_t i = 0; i < german.size(); ++i) {
    AddAlternative(german[i], english[i], t);
  }
}

}  // namespace

Dictionary Dictionary::FromDing(std::string_view content) {
  Translations t;
  // About one German and one English key per line of Ding; reserving
  // spares the maps their rehashing.
  const auto lines =
      static_cast<size_t>(std::count(content.begin(), content.end(), '\n'));
  t.de_en.reserve(lines);
  t.en_de.reserve(lines);
  static_cast<void>(ForEachLine(content, [&t](int, std::string_view line) {
    AddLine(line, t);
    return OkStatus();
  }));
  Dictionary d;
  d.de_en_ = WordMap::From(t.de_en);
  d.en_de_ = WordMap::From(t.en_de);
  return d;
}

Result<Dictionary> Dictionary::Load(const std::string& path) {
  KNOTEN_ASSIGN_OR_RETURN(const std::string content,
                          ReadPackagedFile(path, "dictionary", "trans-de-en"));
  return FromDing(content);
}

}  // namespace knoten::match
