#include "knoten/match/ranking.h"

#include <string_view>
#include <unordered_map>

#include "knoten/match/bm25_index.h"

namespace knoten::match {
namespace {

// Weights of the kinds of query terms, in one place.
constexpr double kOwnWordWeight = 1.0;
constexpr double kTranslationWeight = 0.5;
constexpr double kCompoundHeadWeight = 0.5;
constexpr double kCompoundModifierWeight = 0.25;

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

// An offer is indexed with the terms of its own text and the parts of its
// compounds.
std::vector<std::string> OfferTerms(Analyzer& analyzer, const Lexicon& lexicon,
                                    const Item& item) {
  std::vector<std::string> terms;
  for (Token& token : analyzer.Analyze(item.text, item.lang)) {
    for (const WeightedWord& part : CompoundParts(lexicon, item, token)) {
      if (auto term = analyzer.TermOf(part.folded, TextLang::kDe)) {
        terms.push_back(std::move(*term));
      }
    }
    terms.push_back(std::move(token.term));
  }
  return terms;
}

// A need asks with its own terms and, at a lower weight, with the
// translations of its words into the other language, so that it meets
// offers written in either.
// Adds the translations of the case-folded word `folded` of `item` into
// the other language at `weight` times kTranslationWeight; returns whether
// the dictionary knew the word.
bool AddTranslations(Analyzer& analyzer, const Dictionary* dictionary,
                     const Item& item, const std::string& folded, double weight,
                     std::vector<Bm25Index::QueryTerm>& terms) {
  if (dictionary == nullptr) return false;
  const bool german = item.lang == TextLang::kDe;
  const auto& translations =
      german ? dictionary->ToEnglish(folded) : dictionary->ToGerman(folded);
  for (const std::string& word : translations) {
    if (auto term =
            analyzer.TermOf(word, german ? TextLang::kEn : TextLang::kDe)) {
      terms.push_back({std::move(*term), weight * kTranslationWeight});
    }
  }
  return !translations.empty();
}

std::vector<Bm25Index::QueryTerm> NeedTerms(Analyzer& analyzer,
                                            const Lexicon& lexicon,
                                            const Item& item) {
  std::vector<Bm25Index::QueryTerm> terms;
  for (Token& token : analyzer.Analyze(item.text, item.lang)) {
    const bool translated =
        AddTranslations(analyzer, lexicon.dictionary, item, token.folded,
                        kOwnWordWeight, terms);
    for (const WeightedWord& part : CompoundParts(lexicon, item, token)) {
      if (auto term = analyzer.TermOf(part.folded, TextLang::kDe)) {
        terms.push_back({std::move(*term), part.weight});
      }
      // A compound the dictionary does not know is translated by parts.
      if (!translated) {
        AddTranslations(analyzer, lexicon.dictionary, item, part.folded,
                        part.weight, terms);
      }
    }
    terms.push_back({std::move(token.term), kOwnWordWeight});
  }
  return terms;
}

}  // namespace

Run RankNeeds(const std::vector<Item>& items, const Lexicon& lexicon,
              size_t depth) {
  Analyzer analyzer;
  Bm25Index index;
  std::unordered_map<std::string_view, std::string_view> owner_of_offer;
  for (const Item& item : items) {
    if (!item.is_offer) continue;
    index.Put(item.id, OfferTerms(analyzer, lexicon, item));
    owner_of_offer[item.id] = item.owner;
  }
  Run run;
  for (const Item& need : items) {
    if (need.is_offer) continue;
    std::vector<RankedOffer>& ranked = run[need.id];
    const auto hits = index.SearchWeighted(
        NeedTerms(analyzer, lexicon, need), depth, [&](std::string_view offer) {
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
