// Thesaurus: German synonyms from OpenThesaurus, Debian's
// openthesaurus-de-text (/usr/share/openthesaurus-de/openthesaurus.txt,
// LGPL), so that "Buchhaltung" also meets "Buchführung".
//
// A line is one synonym set, its members separated by ";", each with
// optional "(notes)". Only single-word members count (phrases are left to
// the service vocabulary), and a word keeps at most a few synonyms, from
// the smallest sets first: a small set is a close one.

#ifndef KNOTEN_MATCH_THESAURUS_H_
#define KNOTEN_MATCH_THESAURUS_H_

#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/result.h"
#include "knoten/match/word_map.h"

namespace knoten::match {

class Thesaurus {
 public:
  static constexpr const char* kOpenThesaurusPath =
      "/usr/share/openthesaurus-de/openthesaurus.txt";

  static Thesaurus FromOpenThesaurus(std::string_view content);
  // kUnavailable if `path` cannot be read.
  static Result<Thesaurus> Load(const std::string& path);

  // Case-folded synonyms of the case-folded German word `folded`; empty
  // when unknown. Valid as long as the Thesaurus.
  std::vector<std::string_view> SynonymsOf(std::string_view folded) const {
    return synonyms_.Find(folded);
  }

  size_t size() const { return synonyms_.size(); }

 private:
  WordMap synonyms_;
};

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_THESAURUS_H_
