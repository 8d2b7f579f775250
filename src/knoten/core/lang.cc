#include "knoten/core/lang.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>

#include "knoten/base/text.h"
#include "knoten/core/enum_names.h"

namespace knoten::core {
namespace {

constexpr EnumTable<Lang, 2> kLangNames = {{
    {Lang::kDe, "de"},
    {Lang::kEn, "en"},
}};

constexpr std::array<std::string_view, 40> kGermanWords = {
    "und",  "der",   "die",    "das",    "für",    "mit",    "ich", "ein",
    "eine", "nicht", "suche",  "biete",  "wir",    "sie",    "auf", "bei",
    "von",  "zu",    "im",     "ist",    "oder",   "auch",   "den", "dem",
    "des",  "meine", "unsere", "jemand", "kleine", "kunden", "zum", "zur",
    "über", "wie",   "nach",   "noch",   "sowie",  "bis",    "vom", "aus"};

constexpr std::array<std::string_view, 40> kEnglishWords = {
    "the",     "and",      "for",      "with",    "i",      "a",    "an",
    "of",      "to",       "in",       "looking", "offer",  "need", "my",
    "our",     "we",       "you",      "your",    "is",     "are",  "who",
    "someone", "help",     "small",    "on",      "from",   "by",   "or",
    "their",   "can",      "this",     "that",    "at",     "as",   "into",
    "clients", "business", "services", "team",    "support"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& words,
              std::string_view word) {
  return std::ranges::find(words, word) != words.end();
}

bool HasGermanLetters(std::string_view word) {
  constexpr std::array<std::string_view, 7> kLetters = {"ä", "ö", "ü", "ß",
                                                        "Ä", "Ö", "Ü"};
  return std::ranges::any_of(kLetters, [&](std::string_view letter) {
    return word.find(letter) != std::string_view::npos;
  });
}

bool HasGermanEnding(std::string_view word) {
  constexpr std::array<std::string_view, 5> kEndings = {"ung", "heit", "keit",
                                                        "schaft", "lich"};
  return std::ranges::any_of(kEndings, [&](std::string_view ending) {
    return word.size() > ending.size() + 2 && word.ends_with(ending);
  });
}

}  // namespace

std::string_view LangName(Lang lang) { return EnumName(kLangNames, lang); }

Result<Lang> ParseLang(std::string_view text) {
  return ParseEnumName(kLangNames, text, "text language");
}

Lang DetectLang(std::string_view text) {
  int german = 0;
  int english = 0;
  std::string word;
  auto score = [&] {
    if (word.empty()) return;
    const std::string lower = AsciiLower(word);
    if (Contains(kGermanWords, lower) || HasGermanLetters(lower) ||
        HasGermanEnding(lower)) {
      ++german;
    }
    if (Contains(kEnglishWords, lower) || lower.ends_with("ing")) ++english;
    word.clear();
  };
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      word += c;
    } else {
      score();
    }
  }
  score();
  return english > german ? Lang::kEn : Lang::kDe;
}

std::string FormatFixed2(double x, Lang lang) {
  const int64_t hundredths = std::llround(x * 100);
  const int64_t cents = hundredths % 100;
  return std::to_string(hundredths / 100) + (lang == Lang::kDe ? "," : ".") +
         (cents < 10 ? "0" : "") + std::to_string(cents);
}

}  // namespace knoten::core
