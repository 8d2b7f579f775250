// Dictionary: German↔English word translations from Ding, Debian's
// trans-de-en (/usr/share/trans/de-en, GPL), so that "Buchhaltung" meets
// "bookkeeping" and "web design" meets "Webdesign".
//
// A Ding line reads "German alternatives :: English alternatives", the two
// sides split alike by " | ", synonyms by "; ", with {gender}, (notes) and
// [labels] around. Every German word of an alternative maps to the words of
// the English phrases of the same alternative and back (English keys are
// single words only). Only the first few translations of a word are kept:
// Ding lists the common sense first.

#ifndef KNOTEN_MATCH_DICTIONARY_H_
#define KNOTEN_MATCH_DICTIONARY_H_

#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/result.h"
#include "knoten/match/word_map.h"

namespace knoten::match {

class Dictionary {
 public:
  // Where Debian's trans-de-en puts the file.
  static constexpr const char* kDingPath = "/usr/share/trans/de-en";

  static Dictionary FromDing(std::string_view content);
  // Reads and parses `path`; kUnavailable if it cannot be read.
  static Result<Dictionary> Load(const std::string& path);

  // Case-folded words that translate the case-folded word `folded`; empty
  // when unknown. Valid as long as the Dictionary.
  std::vector<std::string_view> ToEnglish(std::string_view folded) const {
    return de_en_.Find(folded);
  }
  std::vector<std::string_view> ToGerman(std::string_view folded) const {
    return en_de_.Find(folded);
  }

  size_t size() const { return de_en_.size() + en_de_.size(); }

 private:
  WordMap de_en_;
  WordMap en_de_;
};

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_DICTIONARY_H_
