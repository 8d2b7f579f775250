// Vocabulary: the service vocabulary written for knoten (match/vocabulary/,
// its README gives the format and provenance): concepts of what freelancers
// and small businesses offer and need, each with German and English labels.
// A text that names a concept in either language carries the concept, so
// "Pressearbeit" meets "media relations".
//
// Labels are analyzed like texts (gender forms, case folding, stop words,
// stemming), so "Fotografin", "Fotografen" and "Fotograf" name the same
// concept. A label of several words matches their terms in a row.

#ifndef KNOTEN_MATCH_VOCABULARY_H_
#define KNOTEN_MATCH_VOCABULARY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "knoten/base/result.h"
#include "knoten/base/string_hash.h"
#include "knoten/match/analyzer.h"

namespace knoten::match {

// The vocabulary files, joined at build time (cmake/embed_vocabulary.cmake).
const std::string& BuiltinVocabularyText();

class Vocabulary {
 public:
  struct Concept {
    std::string id;
    std::vector<std::string> labels_de;
    std::vector<std::string> labels_en;
  };

  // Parses `text` in the format of match/vocabulary/README.md; a line
  // "#file NAME" names the file the following lines come from. Any
  // violation is kInvalidArgument naming file, line and problem.
  static Result<Vocabulary> Parse(std::string_view text, Analyzer& analyzer);
  // The vocabulary embedded at build time.
  static Result<Vocabulary> Builtin(Analyzer& analyzer);

  // A concept named in a text: the tokens [first, end) spell one of its
  // labels.
  struct Mention {
    uint32_t concept_index;
    size_t first;
    size_t end;
  };
  // The concepts named by the index terms `terms` of a text in `lang`: at
  // every position the longest label starting there (every concept that has
  // it), so a label inside a longer one counts from its own first word
  // ("wedding photography" is photography too). Time is linear in the number of
  // terms times the few labels that share a first term.
  std::vector<Mention> Find(const std::vector<std::string>& terms,
                            TextLang lang) const;

  const Concept& concept_at(uint32_t index) const { return concepts_[index]; }
  size_t size() const { return concepts_.size(); }

 private:
  struct Label {
    std::vector<std::string> terms;
    uint32_t concept_index;
  };
  using LabelsByFirstTerm = std::unordered_map<std::string, std::vector<Label>,
                                               StringHash, std::equal_to<>>;

  Status AddLabels(std::string_view field, TextLang lang, Analyzer& analyzer,
                   std::vector<std::string>& labels);

  std::vector<Concept> concepts_;
  LabelsByFirstTerm de_;
  LabelsByFirstTerm en_;
};

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_VOCABULARY_H_
