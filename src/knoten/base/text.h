// Small, dependency-free string helpers shared by all layers. Unicode-aware
// normalisation (case folding, word breaks) belongs to match/, which uses ICU.
//
// Thread-safety: pure functions.

#ifndef KNOTEN_BASE_TEXT_H_
#define KNOTEN_BASE_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace knoten {

// Returns `text` without leading and trailing ASCII whitespace.
std::string_view Trim(std::string_view text);

// Returns true if `text` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view text);

// `text` with every byte that is not part of well-formed UTF-8 replaced by
// U+FFFD: safe to show and to put into JSON, whatever a file held.
std::string ValidUtf8(std::string_view text);

// Lower-cases ASCII letters only; other bytes are kept.
std::string AsciiLower(std::string_view text);
constexpr char AsciiLowerChar(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Splits on `separator`, trims each part and drops empty parts.
std::vector<std::string> SplitAndTrim(std::string_view text, char separator);

// Joins `parts` with `separator` between them.
std::string Join(const std::vector<std::string>& parts,
                 std::string_view separator);

}  // namespace knoten

#endif  // KNOTEN_BASE_TEXT_H_
