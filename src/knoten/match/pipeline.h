// The matching pipeline: how an offer becomes index terms and a need
// becomes query words, and how a match is explained. Every weight of a way
// to match (same word, compound part, synonym, translation, concept) lives
// in pipeline.cc.
//
// An offer is indexed with its own terms and the parts of its compounds;
// the translations of its words (Ding) and the concepts it names (service
// vocabulary) are extra terms that do not lengthen it. A need asks with
// each word together with its translations, its German synonyms and the
// same word among the offers' translations, as one structured query word
// (Bm25Index::QueryWord); with each compound part likewise at a lower
// weight; and with each concept it names.

#ifndef KNOTEN_MATCH_PIPELINE_H_
#define KNOTEN_MATCH_PIPELINE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "knoten/match/analyzer.h"
#include "knoten/match/bm25_index.h"
#include "knoten/match/compounds.h"
#include "knoten/match/dictionary.h"
#include "knoten/match/thesaurus.h"
#include "knoten/match/vocabulary.h"

namespace knoten::match {

// An offer or a need to match.
struct Item {
  std::string id;
  bool is_offer = false;
  std::string owner;
  TextLang lang = TextLang::kDe;
  std::string text;
};

// The word lists the pipeline may use; each is optional.
struct Lexicon {
  const Dictionary* dictionary = nullptr;
  const CompoundSplitter* compounds = nullptr;
  const Vocabulary* vocabulary = nullptr;
  const Thesaurus* thesaurus = nullptr;
};

// How a need's word met an offer's word, weakest link named: "Pressearbeit
// ↔ Öffentlichkeitsarbeit" is a synonym even if both are also stems.
enum class MatchKind {
  kSameWord,      // the same word
  kStem,          // the same stem ("Fotografin" ↔ "Fotografen", "welder"
                  // ↔ "welding")
  kCompoundPart,  // a part of a compound ("Steuerberatung" ↔ "Beratung")
  kSynonym,       // OpenThesaurus
  kTranslation,   // Ding, German ↔ English
  kConcept,       // a concept of the service vocabulary
};
// "same_word", "stem", "compound_part", "synonym", "translation",
// "concept": the names in JSON.
std::string_view MatchKindName(MatchKind kind);

struct OfferTerms {
  std::vector<std::string> terms;        // the offer's own
  std::vector<std::string> extra_terms;  // translations and concepts
};
OfferTerms TermsOfOffer(Analyzer& analyzer, const Lexicon& lexicon,
                        const Item& offer);

// A need's query words, with where each of their terms comes from.
struct NeedQuery {
  struct Source {
    std::string word;              // the need's word (case-folded)
    std::string compound;          // for a compound part: the whole word
    std::vector<MatchKind> kinds;  // per term of the query word
  };
  std::vector<Bm25Index::QueryWord> words;
  std::vector<Source> sources;  // parallel to words
};
NeedQuery QueryOfNeed(Analyzer& analyzer, const Lexicon& lexicon,
                      const Item& need);

// One reason for a match: "pressearbeit ↔ öffentlichkeitsarbeit: synonym".
struct MatchLink {
  std::string need_word;
  std::string offer_word;
  MatchKind kind;

  bool operator==(const MatchLink&) const = default;
};

// Which need words met which words of `offer`, in the need's order: each
// pair of words once, at the strongest way they met; a compound's part only
// where the whole word did not meet the same offer word.
std::vector<MatchLink> Explain(Analyzer& analyzer, const Lexicon& lexicon,
                               const NeedQuery& need, const Item& offer);

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_PIPELINE_H_
