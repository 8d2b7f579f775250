// CompoundSplitter: splits German compounds into words of Debian's wngerman
// list (/usr/share/dict/ngerman), so that "Öffentlichkeitsarbeit" also
// meets "Arbeit" and "Steuerberaterin" meets "Berater". The head (the last
// part) must be a noun of the list (German nouns are capitalised there),
// which keeps "Unternehmen" whole; every part has at least four letters;
// linking "s", "es", "n", "en" and "e" between parts are allowed.

#ifndef KNOTEN_MATCH_COMPOUNDS_H_
#define KNOTEN_MATCH_COMPOUNDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/result.h"
#include "knoten/match/word_map.h"

namespace knoten::match {

class CompoundSplitter {
 public:
  static constexpr const char* kWordListPath = "/usr/share/dict/ngerman";

  // One word per line, as wngerman ships it.
  static CompoundSplitter FromWordList(std::string_view content);
  // kUnavailable if `path` cannot be read.
  static Result<CompoundSplitter> Load(const std::string& path);

  // The parts of the case-folded word `folded`, modifiers first and the
  // head last, or nothing if it is not a compound of known words.
  std::vector<std::string> Split(const std::string& folded) const;

 private:
  bool SplitInto(std::string_view word, std::vector<std::string>& parts) const;

  WordMap words_;  // case-folded, as keys
  WordMap nouns_;  // case-folded, as keys
};

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_COMPOUNDS_H_
