#include "knoten/match/ranking.h"

#include <string_view>
#include <unordered_map>

#include "knoten/match/bm25_index.h"

namespace knoten::match {
namespace {

// Weights of the ways a need's word can meet an offer, in one place.
// Alternatives of one word share its weight (see Bm25Index::QueryWord).
constexpr double kOwnWordWeight = 1.0;       // the same term (stem, acronym)
constexpr double kTranslationWeight = 0.5;   // Ding, in either direction
constexpr double kCompoundHeadWeight = 0.5;  // the last part of a compound
constexpr double kCompoundModifierWeight = 0.25;  // the other parts
constexpr double kConceptWeight = 0.5;   // a service vocabulary concept
constexpr double kSynonymWeight = 0.25;  // OpenThesaurus, German words

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
  const auto& words = lang == TextLang::kDe
                          ? lexicon.dictionary->ToEnglish(folded)
                          : lexicon.dictionary->ToGerman(folded);
  for (const std::string& word : words) {
    if (auto term = analyzer.TermOf(word, Other(lang))) {
      terms.push_back(std::move(*term));
    }
  }
  return terms;
}

// One analyzed text: its tokens, their compound parts and translations,
// and the concepts it names.
struct AnalyzedText {
  struct Word {
    Token token;
    std::vector<WeightedWord> parts;
    std::vector<std::string> part_terms;    // parallel to parts; may be empty
    std::vector<std::string> translations;  // of the word, else of its parts
    std::vector<std::vector<std::string>> part_translations;  // per part
    std::vector<std::string> synonyms;  // German words only
  };
  std::vector<Word> words;
  std::vector<uint32_t> concepts;
};

// The German synonyms of a word, as terms.
std::vector<std::string> Synonyms(Analyzer& analyzer, const Lexicon& lexicon,
                                  const Item& item, const Token& token) {
  std::vector<std::string> terms;
  if (lexicon.thesaurus == nullptr || item.lang != TextLang::kDe) return terms;
  for (const std::string& synonym :
       lexicon.thesaurus->SynonymsOf(token.folded)) {
    if (auto term = analyzer.TermOf(synonym, TextLang::kDe)) {
      terms.push_back(std::move(*term));
    }
  }
  return terms;
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
  word.synonyms = Synonyms(analyzer, lexicon, item, token);
  word.token = std::move(token);
  return word;
}

// The concepts that the words of `text` name, together or (a compound's
// head or modifier, "Hochzeitsfotografie" → photography) on their own.
std::vector<uint32_t> Concepts(const Vocabulary& vocabulary,
                               const AnalyzedText& text, TextLang lang) {
  std::vector<uint32_t> concepts;
  std::vector<std::string> terms;
  terms.reserve(text.words.size());
  for (const AnalyzedText::Word& word : text.words) {
    terms.push_back(word.token.term);
  }
  for (const auto& mention : vocabulary.Find(terms, lang)) {
    concepts.push_back(mention.concept_index);
  }
  for (const AnalyzedText::Word& word : text.words) {
    for (const std::string& part : word.part_terms) {
      if (part.empty()) continue;
      for (const auto& mention : vocabulary.Find({part}, lang)) {
        concepts.push_back(mention.concept_index);
      }
    }
  }
  return concepts;
}

AnalyzedText AnalyzeItem(Analyzer& analyzer, const Lexicon& lexicon,
                         const Item& item) {
  AnalyzedText text;
  for (Token& token : analyzer.Analyze(item.text, item.lang)) {
    text.words.push_back(
        AnalyzeWord(analyzer, lexicon, item, std::move(token)));
  }
  if (lexicon.vocabulary != nullptr) {
    text.concepts = Concepts(*lexicon.vocabulary, text, item.lang);
  }
  return text;
}

// An offer is indexed with its own terms and the parts of its compounds;
// its words' translations and its concepts are extra terms.
void PutOffer(Analyzer& analyzer, const Lexicon& lexicon, const Item& item,
              Bm25Index& index) {
  std::vector<std::string> terms;
  std::vector<std::string> extra;
  const AnalyzedText text = AnalyzeItem(analyzer, lexicon, item);
  for (const AnalyzedText::Word& word : text.words) {
    for (const std::string& part : word.part_terms) {
      if (!part.empty()) terms.push_back(part);
    }
    terms.push_back(word.token.term);
    for (const std::string& t : word.translations) {
      extra.push_back(Prefixed(kTranslatedPrefix, t));
    }
    for (const auto& translations : word.part_translations) {
      for (const std::string& t : translations) {
        extra.push_back(Prefixed(kTranslatedPrefix, t));
      }
    }
  }
  for (const uint32_t c : text.concepts) {
    extra.push_back(
        Prefixed(kConceptPrefix, lexicon.vocabulary->concept_at(c).id));
  }
  index.Put(item.id, terms, extra);
}

// A need asks with each of its words together with the word's
// translations (which meet offers in the other language) and the same word
// among the offers' translations; with each compound part likewise at the
// part's weight; and with each concept it names. A word said twice counts
// twice.
std::vector<Bm25Index::QueryWord> NeedWords(Analyzer& analyzer,
                                            const Lexicon& lexicon,
                                            const Item& item) {
  std::vector<Bm25Index::QueryWord> words;
  std::unordered_map<std::string, size_t> index_of;
  auto add = [&](const std::string& key, Bm25Index::QueryWord word) {
    auto [it, inserted] = index_of.emplace(key, words.size());
    if (inserted) {
      words.push_back(std::move(word));
    } else {
      words[it->second].count += 1;
    }
  };
  auto alternatives = [](const std::string& term,
                         const std::vector<std::string>& translations,
                         double weight) {
    Bm25Index::QueryWord word;
    word.terms.push_back({term, weight});
    word.terms.push_back(
        {Prefixed(kTranslatedPrefix, term), weight * kTranslationWeight});
    for (const std::string& t : translations) {
      word.terms.push_back({t, weight * kTranslationWeight});
    }
    return word;
  };
  const AnalyzedText text = AnalyzeItem(analyzer, lexicon, item);
  for (const AnalyzedText::Word& word : text.words) {
    for (size_t i = 0; i < word.parts.size(); ++i) {
      if (word.part_terms[i].empty()) continue;
      add("part:" + word.part_terms[i],
          alternatives(word.part_terms[i], word.part_translations[i],
                       word.parts[i].weight));
    }
    Bm25Index::QueryWord whole =
        alternatives(word.token.term, word.translations, kOwnWordWeight);
    for (const std::string& synonym : word.synonyms) {
      whole.terms.push_back({synonym, kSynonymWeight});
    }
    add(word.token.term, std::move(whole));
  }
  for (const uint32_t c : text.concepts) {
    std::string term =
        Prefixed(kConceptPrefix, lexicon.vocabulary->concept_at(c).id);
    Bm25Index::QueryWord word;
    word.terms.push_back({term, kConceptWeight});
    add(term, std::move(word));
  }
  return words;
}

}  // namespace

Run RankNeeds(const std::vector<Item>& items, const Lexicon& lexicon,
              size_t depth) {
  Analyzer analyzer;
  Bm25Index index;
  std::unordered_map<std::string_view, std::string_view> owner_of_offer;
  for (const Item& item : items) {
    if (!item.is_offer) continue;
    PutOffer(analyzer, lexicon, item, index);
    owner_of_offer[item.id] = item.owner;
  }
  Run run;
  for (const Item& need : items) {
    if (need.is_offer) continue;
    std::vector<RankedOffer>& ranked = run[need.id];
    const auto hits = index.SearchWords(
        NeedWords(analyzer, lexicon, need), depth, [&](std::string_view offer) {
          const auto it = owner_of_offer.find(offer);
          return it != owner_of_offer.end() && it->second == need.owner;
        });
    for (const Bm25Index::Hit& hit : hits) {
      ranked.push_back({std::string(hit.key), hit.score});
    }
  }
  return run;
}

}  // namespace knoten::match
