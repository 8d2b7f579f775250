#include "knoten/match/pipeline.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <utility>

namespace knoten::match {
namespace {

// Weights of the ways a need's word can meet an offer, in one place.
// Alternatives of one word share its weight (see Bm25Index::QueryWord).
// They are priors, not fitted to the evaluation sets (docs/benchmarks.md).
constexpr double kOwnWordWeight = 1.0;       // the same term (stem, acronym)
constexpr double kTranslationWeight = 0.5;   // Ding, in either direction
constexpr double kCompoundHeadWeight = 0.5;  // the last part of a compound
constexpr double kCompoundModifierWeight = 0.25;  // the other parts
constexpr double kConceptWeight = 0.5;   // a service vocabulary concept
constexpr double kSynonymWeight = 0.25;  // OpenThesaurus, German words
constexpr double kDerivedWeight = 0.5;   // "welder" ↔ "welding" (English)

// Prefixes keeping the extra terms of an offer apart from its own words.
constexpr std::string_view kTranslatedPrefix = "x:";
constexpr std::string_view kConceptPrefix = "c:";

std::string Prefixed(std::string_view prefix, std::string_view term) {
  std::string out(prefix);
  out += term;
  return out;
}

struct WeightedWord {
  std::string folded;
  double weight;
};

// The parts of a German compound token, modifiers first, the head weighted
// above them; none for other tokens or without a splitter.
std::vector<WeightedWord> CompoundParts(const Lexicon& lexicon,
                                        const Item& item, const Token& token) {
  std::vector<WeightedWord> weighted;
  if (lexicon.compounds == nullptr || item.lang != TextLang::kDe) {
    return weighted;
  }
  std::vector<std::string> parts = lexicon.compounds->Split(token.folded);
  for (size_t i = 0; i < parts.size(); ++i) {
    weighted.push_back({std::move(parts[i]), i + 1 == parts.size()
                                                 ? kCompoundHeadWeight
                                                 : kCompoundModifierWeight});
  }
  return weighted;
}

TextLang Other(TextLang lang) {
  return lang == TextLang::kDe ? TextLang::kEn : TextLang::kDe;
}

// The terms of the translations of the case-folded word `folded` of a text
// in `lang` into the other language; empty when the dictionary does not
// know the word.
std::vector<std::string> Translations(Analyzer& analyzer,
                                      const Lexicon& lexicon, TextLang lang,
                                      const std::string& folded) {
  std::vector<std::string> terms;
  if (lexicon.dictionary == nullptr) return terms;
  const std::vector<std::string_view> words =
      lang == TextLang::kDe ? lexicon.dictionary->ToEnglish(folded)
                            : lexicon.dictionary->ToGerman(folded);
  for (const std::string_view word : words) {
    if (auto term = analyzer.TermOf(std::string(word), Other(lang))) {
      terms.push_back(std::move(*term));
    }
  }
  return terms;
}

// The German synonyms of a word, as terms.
std::vector<std::string> Synonyms(Analyzer& analyzer, const Lexicon& lexicon,
                                  const Item& item, const Token& token) {
  std::vector<std::string> terms;
  if (lexicon.thesaurus == nullptr || item.lang != TextLang::kDe) return terms;
  for (const std::string_view synonym :
       lexicon.thesaurus->SynonymsOf(token.folded)) {
    if (auto term = analyzer.TermOf(std::string(synonym), TextLang::kDe)) {
      terms.push_back(std::move(*term));
    }
  }
  return terms;
}

// One analyzed text: its tokens, their compound parts, translations and
// synonyms, and the concepts it names.
struct AnalyzedText {
  struct Word {
    Token token;
    std::vector<WeightedWord> parts;
    std::vector<std::string> part_terms;    // parallel to parts; may be empty
    std::vector<std::string> translations;  // of the word, else of its parts
    std::vector<std::vector<std::string>> part_translations;  // per part
    std::vector<std::string> synonyms;  // German words of needs only
    std::string derived;  // English agent noun's base: "welder" → "weld"
  };
  struct ConceptMention {
    uint32_t concept_index;
    std::string words;  // the text's words that name it
  };
  std::vector<Word> words;
  std::vector<ConceptMention> concepts;
};

// The stem of an English agent noun without its suffix, where Snowball
// keeps it ("welder" → "weld", "painter" → "paint", but "designer" is
// "design" already); empty otherwise.
std::string Derived(Analyzer& analyzer, TextLang lang, const Token& token) {
  const std::string& term = token.term;
  const std::string& folded = token.folded;
  if (lang != TextLang::kEn || term.size() < 5 || folded.size() < 5 ||
      !(term.ends_with("er") || term.ends_with("or")) ||
      !(folded.ends_with("er") || folded.ends_with("or"))) {
    return {};
  }
  auto base = analyzer.TermOf(folded.substr(0, folded.size() - 2), lang);
  return base && *base != term ? *base : std::string();
}

AnalyzedText::Word AnalyzeWord(Analyzer& analyzer, const Lexicon& lexicon,
                               const Item& item, Token token) {
  AnalyzedText::Word word;
  word.parts = CompoundParts(lexicon, item, token);
  word.translations = Translations(analyzer, lexicon, item.lang, token.folded);
  for (const WeightedWord& part : word.parts) {
    auto term = analyzer.TermOf(part.folded, TextLang::kDe);
    word.part_terms.push_back(term ? std::move(*term) : std::string());
    // A compound the dictionary does not know is translated by parts.
    word.part_translations.push_back(
        word.translations.empty()
            ? Translations(analyzer, lexicon, item.lang, part.folded)
            : std::vector<std::string>());
  }
  // Only needs ask with synonyms; offers are indexed without them.
  if (!item.is_offer) word.synonyms = Synonyms(analyzer, lexicon, item, token);
  word.derived = Derived(analyzer, item.lang, token);
  word.token = std::move(token);
  return word;
}

// The concepts that the words of `text` name, together or (a compound's
// head or modifier, "Hochzeitsfotografie" → photography) on their own.
std::vector<AnalyzedText::ConceptMention> Concepts(const Vocabulary& vocabulary,
                                                   const AnalyzedText& text,
                                                   TextLang lang) {
  std::vector<AnalyzedText::ConceptMention> concepts;
  std::vector<std::string> terms;
  terms.reserve(text.words.size());
  for (const AnalyzedText::Word& word : text.words) {
    terms.push_back(word.token.term);
  }
  for (const auto& mention : vocabulary.Find(terms, lang)) {
    std::string words;
    for (size_t i = mention.first; i < mention.end; ++i) {
      if (!words.empty()) words += ' ';
      words += text.words[i].token.folded;
    }
    concepts.push_back({mention.concept_index, std::move(words)});
  }
  for (const AnalyzedText::Word& word : text.words) {
    for (const std::string& part : word.part_terms) {
      if (part.empty()) continue;
      for (const auto& mention : vocabulary.Find({part}, lang)) {
        concepts.push_back({mention.concept_index, word.token.folded});
      }
    }
  }
  return concepts;
}

AnalyzedText AnalyzeItem(Analyzer& analyzer, const Lexicon& lexicon,
                         const Item& item) {
  AnalyzedText text;
  std::vector<Token> tokens = analyzer.Analyze(item.text, item.lang);
  text.words.reserve(tokens.size());
  for (Token& token : tokens) {
    text.words.push_back(
        AnalyzeWord(analyzer, lexicon, item, std::move(token)));
  }
  if (lexicon.vocabulary != nullptr) {
    text.concepts = Concepts(*lexicon.vocabulary, text, item.lang);
  }
  return text;
}

std::string ConceptTerm(const Lexicon& lexicon, uint32_t concept_index) {
  return Prefixed(kConceptPrefix,
                  lexicon.vocabulary->concept_at(concept_index).id);
}

// Collects a need's query words, a word said again counting once more.
class QueryBuilder {
 public:
  void Add(const std::string& key, Bm25Index::QueryWord word,
           NeedQuery::Source source) {
    auto [it, inserted] = index_of_.emplace(key, query_.words.size());
    if (inserted) {
      query_.words.push_back(std::move(word));
      query_.sources.push_back(std::move(source));
    } else {
      query_.words[it->second].count += 1;
    }
  }

  // A word (or compound part) `term` at `weight`, also found among the
  // offers' translations and as its own translations.
  void AddWord(const std::string& folded, const std::string& compound,
               const std::string& term,
               const std::vector<std::string>& translations,
               const std::vector<std::string>& synonyms,
               const std::string& derived, double weight, MatchKind kind,
               const std::string& key) {
    Bm25Index::QueryWord word;
    NeedQuery::Source source{.word = folded, .compound = compound};
    auto term_of = [&](std::string t, double w, MatchKind k) {
      word.terms.push_back({std::move(t), w});
      source.kinds.push_back(k);
    };
    term_of(term, weight, kind);
    term_of(Prefixed(kTranslatedPrefix, term), weight * kTranslationWeight,
            MatchKind::kTranslation);
    for (const std::string& t : translations) {
      term_of(t, weight * kTranslationWeight, MatchKind::kTranslation);
    }
    for (const std::string& t : synonyms) {
      term_of(t, weight * kSynonymWeight, MatchKind::kSynonym);
    }
    if (!derived.empty()) {
      term_of(derived, weight * kDerivedWeight, MatchKind::kStem);
    }
    Add(key, std::move(word), std::move(source));
  }

  NeedQuery Take() { return std::move(query_); }

 private:
  NeedQuery query_;
  std::unordered_map<std::string, size_t> index_of_;
};

// Calls `visit(term, extra, word, kind)` for every index term of the
// analyzed offer `text`: its own terms (`extra` false) and its
// translations, derived bases and concepts (`extra` true), each with the
// offer word it stands for and how. Own words come first.
void ForEachOfferTerm(
    const Lexicon& lexicon, const AnalyzedText& text,
    const std::function<void(std::string term, bool extra,
                             const std::string& word, MatchKind kind)>& visit) {
  for (const AnalyzedText::Word& word : text.words) {
    const std::string& folded = word.token.folded;
    visit(word.token.term, false, folded, MatchKind::kSameWord);
    if (!word.derived.empty()) {
      visit(word.derived, true, folded, MatchKind::kStem);
    }
    for (const std::string& part : word.part_terms) {
      if (!part.empty()) visit(part, false, folded, MatchKind::kCompoundPart);
    }
    for (const std::string& t : word.translations) {
      visit(Prefixed(kTranslatedPrefix, t), true, folded,
            MatchKind::kTranslation);
    }
    for (const auto& translations : word.part_translations) {
      for (const std::string& t : translations) {
        visit(Prefixed(kTranslatedPrefix, t), true, folded,
              MatchKind::kTranslation);
      }
    }
  }
  for (const auto& mention : text.concepts) {
    visit(ConceptTerm(lexicon, mention.concept_index), true, mention.words,
          MatchKind::kConcept);
  }
}

// Which offer word each term of the offer stands for (the first one).
struct OfferWord {
  std::string word;
  MatchKind kind;  // kSameWord for its own words
};
using OfferWords = std::unordered_map<std::string, OfferWord>;

OfferWords WordsOfOffer(Analyzer& analyzer, const Lexicon& lexicon,
                        const Item& offer) {
  OfferWords words;
  ForEachOfferTerm(
      lexicon, AnalyzeItem(analyzer, lexicon, offer),
      [&](std::string term, bool, const std::string& word, MatchKind kind) {
        words.emplace(std::move(term), OfferWord{word, kind});
      });
  return words;
}

// The weaker of two ways to meet: a concept over a translation over a
// synonym over a compound part over a stem.
MatchKind Weaker(MatchKind a, MatchKind b) {
  return static_cast<int>(a) > static_cast<int>(b) ? a : b;
}

}  // namespace

std::string_view MatchKindName(MatchKind kind) {
  switch (kind) {
    case MatchKind::kSameWord:
      return "same_word";
    case MatchKind::kStem:
      return "stem";
    case MatchKind::kCompoundPart:
      return "compound_part";
    case MatchKind::kSynonym:
      return "synonym";
    case MatchKind::kTranslation:
      return "translation";
    case MatchKind::kConcept:
      return "concept";
  }
  return "same_word";
}

OfferTerms TermsOfOffer(Analyzer& analyzer, const Lexicon& lexicon,
                        const Item& offer) {
  OfferTerms out;
  ForEachOfferTerm(
      lexicon, AnalyzeItem(analyzer, lexicon, offer),
      [&out](std::string term, bool extra, const std::string&, MatchKind) {
        (extra ? out.extra_terms : out.terms).push_back(std::move(term));
      });
  return out;
}

NeedQuery QueryOfNeed(Analyzer& analyzer, const Lexicon& lexicon,
                      const Item& need) {
  QueryBuilder query;
  const AnalyzedText text = AnalyzeItem(analyzer, lexicon, need);
  for (const AnalyzedText::Word& word : text.words) {
    for (size_t i = 0; i < word.parts.size(); ++i) {
      const std::string& part = word.part_terms[i];
      if (part.empty()) continue;
      query.AddWord(word.parts[i].folded, word.token.folded, part,
                    word.part_translations[i], {}, "", word.parts[i].weight,
                    MatchKind::kCompoundPart, "part:" + part);
    }
    query.AddWord(word.token.folded, "", word.token.term, word.translations,
                  word.synonyms, word.derived, kOwnWordWeight,
                  MatchKind::kSameWord, word.token.term);
  }
  for (const auto& mention : text.concepts) {
    std::string term = ConceptTerm(lexicon, mention.concept_index);
    Bm25Index::QueryWord word;
    word.terms.push_back({term, kConceptWeight});
    query.Add(term, std::move(word),
              {.word = mention.words, .kinds = {MatchKind::kConcept}});
  }
  return query.Take();
}

std::vector<MatchLink> Explain(Analyzer& analyzer, const Lexicon& lexicon,
                               const NeedQuery& need, const Item& offer) {
  const OfferWords offer_words = WordsOfOffer(analyzer, lexicon, offer);
  std::vector<MatchLink> links;
  std::set<std::pair<std::string, std::string>> linked;  // (need, offer)
  // The first way a query word meets the offer is its strongest.
  auto link_of = [&](size_t w) -> std::optional<MatchLink> {
    const auto& terms = need.words[w].terms;
    const NeedQuery::Source& source = need.sources[w];
    for (size_t t = 0; t < terms.size(); ++t) {
      const auto it = offer_words.find(terms[t].term);
      if (it == offer_words.end()) continue;
      MatchKind kind = Weaker(source.kinds[t], it->second.kind);
      if (kind == MatchKind::kSameWord && source.word != it->second.word) {
        kind = MatchKind::kStem;
      }
      return MatchLink{source.word, it->second.word, kind};
    }
    return std::nullopt;
  };
  // Whole words and concepts first, so that a compound's parts can give way.
  for (const bool parts : {false, true}) {
    for (size_t w = 0; w < need.words.size(); ++w) {
      const NeedQuery::Source& source = need.sources[w];
      if (source.compound.empty() == parts) continue;
      std::optional<MatchLink> link = link_of(w);
      if (!link || linked.contains({link->need_word, link->offer_word}) ||
          (parts && linked.contains({source.compound, link->offer_word}))) {
        continue;
      }
      linked.insert({link->need_word, link->offer_word});
      links.push_back(std::move(*link));
    }
  }
  return links;
}

}  // namespace knoten::match
