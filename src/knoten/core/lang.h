// Lang: the language an offer or need is written in. knoten matches across
// German and English, so these two are the languages of texts; a person's
// spoken languages are free ISO 639-1 codes (see field_rules.h).
//
// Thread-safety: pure functions.

#ifndef KNOTEN_CORE_LANG_H_
#define KNOTEN_CORE_LANG_H_

#include <string>
#include <string_view>

#include "knoten/base/result.h"

namespace knoten::core {

enum class Lang { kDe, kEn };

std::string_view LangName(Lang lang);  // "de" or "en"
Result<Lang> ParseLang(std::string_view text);

// Guesses whether `text` is German or English from function words, umlauts
// and German noun endings. German wins ties: knoten is German first.
Lang DetectLang(std::string_view text);

// x (0 ≤ x) with two decimals, with a decimal comma in German: "0.25",
// "0,25".
std::string FormatFixed2(double x, Lang lang);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_LANG_H_
