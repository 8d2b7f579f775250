// Validation rules shared by the entities of core: trimmed, bounded, valid
// UTF-8 text; language codes; e-mail addresses, phone numbers and URLs. Each
// returns kInvalidArgument with a sentence that names the field and the fix.
//
// Thread-safety: pure functions.

#ifndef KNOTEN_CORE_FIELD_RULES_H_
#define KNOTEN_CORE_FIELD_RULES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/result.h"

namespace knoten::core {

inline constexpr size_t kMaxLineLength = 200;
inline constexpr size_t kMaxTextLength = 20000;

// Trims `value` in place and checks UTF-8, length and (for single-line fields)
// the absence of line breaks and control characters. `required` rejects empty.
Status CheckLine(std::string_view field, std::string& value, bool required);
// Like CheckLine for multi-line free text (notes, texts); tabs and newlines
// are allowed.
Status CheckText(std::string_view field, std::string& value);

// Trims each entry, drops empty ones and duplicates, and checks each with
// CheckLine.
Status CheckLines(std::string_view field, std::vector<std::string>& values);

// Language codes are ISO 639-1, lower case ("de", "en", "tr", ...).
bool IsKnownLanguageCode(std::string_view code);
Status CheckLanguages(std::string_view field, std::vector<std::string>& codes);

Status CheckEmails(std::vector<std::string>& emails);
Status CheckPhones(std::vector<std::string>& phones);
Status CheckUrls(std::vector<std::string>& urls);

// ISO 4217 style: three upper-case ASCII letters ("EUR").
Status CheckCurrency(std::string& currency);

// Money amounts are integer cents and never negative.
Status CheckAmount(std::string_view field, int64_t cents);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_FIELD_RULES_H_
