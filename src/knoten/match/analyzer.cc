#include "knoten/match/analyzer.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <unordered_set>

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "knoten/base/text.h"

namespace knoten::match {
namespace {

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
// A byte of a letter: ASCII letters and every byte of a non-ASCII character
// (umlauts and other letters; good enough to find word edges here).
bool IsLetterByte(char c) {
  return IsAsciiLetter(c) || static_cast<unsigned char>(c) >= 0x80;
}

bool StartsWith(std::string_view text, size_t at, std::string_view prefix) {
  return text.substr(at, prefix.size()) == prefix;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.substr(text.size() - suffix.size()) == suffix;
}

// Words whose ending looks like a gender marker but is not one.
constexpr std::array<std::string_view, 1> kBinnenIExceptions = {"Linked"};

// Folded stop words of both languages plus intent words ("suche", "biete",
// "looking", "need"): they say that something is wanted, not what.
constexpr auto kStopWords = std::to_array<std::string_view>(
    {// German
     "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines",
     "einem", "einen", "und", "oder", "für", "mit", "von", "vom", "zu", "zum",
     "zur", "im", "in", "auf", "aus", "bei", "beim", "als", "wie", "auch", "an",
     "am", "bis", "nach", "über", "unter", "so", "dass", "sich", "ich", "wir",
     "sie", "er", "es", "ihr", "du", "mein", "meine", "meinen", "meiner",
     "unser", "unsere", "unseren", "sowie", "noch", "nicht", "kein", "keine",
     "jemand", "jemanden", "jemandem", "etwas", "was", "wer", "wo", "mir",
     "mich", "uns", "euch", "dir", "dich", "ist", "sind", "bin", "war", "wird",
     "werden", "kann", "können", "möchte", "möchten", "will", "wollen", "soll",
     "sollen", "gerne", "gern", "sehr", "mehr", "alle", "allem", "allen",
     "damit", "dabei", "durch", "um", "per", "pro", "vor", "ohne", "einem",
     "suche", "suchen", "sucht", "gesucht", "biete", "bieten", "bietet",
     "brauche", "brauchen", "braucht", "benötige", "benötigen", "benötigt",
     // English
     "a", "an", "the", "and", "or", "for", "with", "of", "to", "on", "at", "by",
     "from", "as", "is", "are", "be", "i", "we", "you", "my", "our", "your",
     "me", "us", "someone", "somebody", "anyone", "something", "who", "which",
     "that", "this", "these", "those", "it", "its", "can", "could", "would",
     "will", "looking", "look", "seeking", "seek", "need", "needs", "needed",
     "offer", "offers", "offering", "want", "wanted", "provide", "provides",
     "providing", "into", "out", "about", "also", "more", "very", "all",
     "their", "them", "they", "he", "she", "his", "her", "not", "no", "do",
     "does", "help", "helps", "get", "based", "like", "just", "so", "than",
     "then", "there", "here", "what", "when", "where", "how", "our", "ours",
     "via", "etc", "usw", "bzw", "z", "b", "e", "g", "v", "s", "d"});

bool IsStopWord(std::string_view folded) {
  static const std::unordered_set<std::string_view> stop_words(
      kStopWords.begin(), kStopWords.end());
  return stop_words.contains(folded);
}

// "PR", "SEO", "B2B", "KI": two or more characters, all capitals or digits,
// at least one capital. Kept whole instead of stemmed.
bool IsAcronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 6) return false;
  bool capital = false;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') {
      capital = true;
    } else if (c < '0' || c > '9') {
      return false;
    }
  }
  return capital;
}

// Feminine forms to the base: "fotografin" → "fotograf",
// "beraterinnen" → "berater"; only where the rest ends like a person noun,
// so "berlin", "termin" or "medizin" stay.
std::string BaseOfFeminine(std::string folded) {
  constexpr std::array<std::string_view, 12> kPersonEndings = {
      "er",   "ist",   "eur", "or",   "ant", "ent",
      "graf", "graph", "log", "loge", "at",  "ar"};
  for (std::string_view suffix :
       {std::string_view("innen"), std::string_view("in")}) {
    if (!EndsWith(folded, suffix)) continue;
    const std::string_view rest =
        std::string_view{folded}.substr(0, folded.size() - suffix.size());
    if (rest.size() < 4) return folded;
    for (std::string_view ending : kPersonEndings) {
      if (EndsWith(rest, ending)) return std::string(rest);
    }
    return folded;
  }
  return folded;
}

}  // namespace

struct Analyzer::Engines {
  sb_stemmer* de = sb_stemmer_new("german", "UTF_8");
  sb_stemmer* en = sb_stemmer_new("english", "UTF_8");
  std::unique_ptr<icu::BreakIterator> words;

  Engines() {
    UErrorCode status = U_ZERO_ERROR;
    words.reset(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) != 0) words.reset();
  }
  Engines(const Engines&) = delete;
  Engines& operator=(const Engines&) = delete;
  ~Engines() {
    sb_stemmer_delete(de);
    sb_stemmer_delete(en);
  }

  std::string Stem(const std::string& folded, TextLang lang) {
    sb_stemmer* stemmer = lang == TextLang::kDe ? de : en;
    if (stemmer == nullptr) return folded;
    const sb_symbol* stem = sb_stemmer_stem(
        stemmer, reinterpret_cast<const sb_symbol*>(folded.data()),
        static_cast<int>(folded.size()));
    if (stem == nullptr) return folded;
    return {reinterpret_cast<const char*>(stem),
            static_cast<size_t>(sb_stemmer_length(stemmer))};
  }
};

Analyzer::Analyzer() : engines_(std::make_unique<Engines>()) {}
Analyzer::~Analyzer() = default;

std::string FoldCase(std::string_view text) {
  if (std::all_of(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80;
      })) {
    return AsciiLower(text);  // what NFKC_Casefold does to ASCII
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* fold =
      icu::Normalizer2::getNFKCCasefoldInstance(status);
  const icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_FAILURE(status) != 0) return std::string(text);
  const icu::UnicodeString out = fold->normalize(in, status);
  std::string utf8;
  if (U_FAILURE(status) != 0) {
    in.toUTF8String(utf8);
  } else {
    out.toUTF8String(utf8);
  }
  return utf8;
}

namespace {

// The length of the gender marker at `text[i]` ("*innen", ":in", "/-in",
// "In" after a lower-case letter), or 0. `out` is the text before it.
size_t GenderMarkerLength(std::string_view text, size_t i,
                          const std::string& out) {
  const bool letter_before = !out.empty() && IsLetterByte(out.back());
  if (!letter_before) return 0;
  auto suffix_at = [&](size_t at, std::string_view suffix) {
    const size_t end = at + suffix.size();
    return StartsWith(text, at, suffix) &&
           (end == text.size() || !IsLetterByte(text[end]));
  };
  const char c = text[i];
  if (c == '*' || c == ':' || c == '_' || c == '/') {
    size_t j = i + 1;
    if (c == '/' && j < text.size() && text[j] == '-') ++j;
    if (suffix_at(j, "innen")) return j + 5 - i;
    if (suffix_at(j, "in")) return j + 2 - i;
    return 0;
  }
  if (c != 'I' || !IsLower(out.back())) return 0;
  size_t word_start = out.size();
  while (word_start > 0 && IsLetterByte(out[word_start - 1])) --word_start;
  const std::string_view word = std::string_view{out}.substr(word_start);
  for (std::string_view exception : kBinnenIExceptions) {
    if (word == exception) return 0;
  }
  if (suffix_at(i, "Innen")) return 5;
  if (suffix_at(i, "In")) return 2;
  return 0;
}

}  // namespace

std::string StripGenderForms(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (const size_t marker = GenderMarkerLength(text, i, out); marker > 0) {
      i += marker;
    } else {
      out += text[i++];
    }
  }
  return out;
}

std::vector<Token> Analyzer::Analyze(std::string_view text, TextLang lang) {
  std::vector<Token> tokens;
  const std::string plain = StripGenderForms(text);
  const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(plain.data(), static_cast<int32_t>(plain.size())));
  icu::BreakIterator* words = engines_->words.get();
  if (words == nullptr) return tokens;
  words->setText(unicode);
  int32_t start = words->first();
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE;
       start = end, end = words->next()) {
    if (words->getRuleStatus() == UBRK_WORD_NONE) continue;
    std::string word;
    unicode.tempSubStringBetween(start, end).toUTF8String(word);
    std::string folded = FoldCase(word);
    // A word of ignorable characters only (U+FFA0) folds to nothing.
    if (folded.empty() || IsStopWord(folded)) continue;
    if (IsAcronym(word)) {
      tokens.push_back({folded, folded});
      continue;
    }
    if (lang == TextLang::kDe) folded = BaseOfFeminine(std::move(folded));
    std::string term = engines_->Stem(folded, lang);
    if (term.empty()) continue;
    tokens.push_back({std::move(folded), std::move(term)});
  }
  return tokens;
}

std::optional<std::string> Analyzer::TermOf(const std::string& folded,
                                            TextLang lang) {
  if (folded.empty() || IsStopWord(folded)) return std::nullopt;
  if (lang == TextLang::kDe) {
    return engines_->Stem(BaseOfFeminine(folded), lang);
  }
  return engines_->Stem(folded, lang);
}

}  // namespace knoten::match
