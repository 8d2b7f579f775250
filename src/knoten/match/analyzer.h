// Analyzer: turns an offer's or need's free text into index terms. Steps, in
// order: gender forms to their base ("Fotograf*in", "Fotograf:innen",
// "FotografIn" → "Fotograf"), Unicode NFKC case folding (ICU), word breaking
// (ICU), acronyms kept whole ("PR", "SEO"), stop and intent words dropped
// ("und", "the", "suche", "looking"), and Snowball stemming for the text's
// language (libstemmer). Later steps (compound splitting, synonyms,
// translations, the service vocabulary) build on these terms.
//
// Thread-safety: an Analyzer is not thread-safe (the stemmers keep state);
// use one per thread.

#ifndef KNOTEN_MATCH_ANALYZER_H_
#define KNOTEN_MATCH_ANALYZER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace knoten::match {

enum class TextLang { kDe, kEn };

struct Token {
  std::string folded;  // case-folded surface form ("pressearbeit")
  std::string term;    // index term: the stem, or the acronym ("pr")
};

class Analyzer {
 public:
  Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;
  ~Analyzer();

  // Any bytes are accepted: invalid UTF-8 is replaced, never an error. Time
  // is linear in the length of `text`.
  std::vector<Token> Analyze(std::string_view text, TextLang lang);

  // The index term of one case-folded word (a dictionary translation), or
  // nothing for a stop word.
  std::optional<std::string> TermOf(const std::string& folded, TextLang lang);

 private:
  struct Engines;  // the ICU word breaker and the Snowball stemmers
  std::unique_ptr<Engines> engines_;
};

// Case-folds `text` (NFKC_Casefold: "Straße" → "strasse", "ﬁ" → "fi").
std::string FoldCase(std::string_view text);

// Replaces German gender markers with the base form: "Berater*innen",
// "Berater:in", "Berater_in", "Berater/-in", "BeraterIn" → "Berater".
std::string StripGenderForms(std::string_view text);

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_ANALYZER_H_
