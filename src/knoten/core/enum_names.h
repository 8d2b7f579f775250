// Tables that give each domain enum its one stable snake_case name, used alike
// in SQL, JSON, the CLI and the UI, and parse it back with a helpful error.
//
// Thread-safety: pure functions over constant tables.

#ifndef KNOTEN_CORE_ENUM_NAMES_H_
#define KNOTEN_CORE_ENUM_NAMES_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "knoten/base/check.h"
#include "knoten/base/result.h"

namespace knoten::core {

template <typename E, size_t N>
using EnumTable = std::array<std::pair<E, std::string_view>, N>;

// Returns the name of `value`; every enumerator must be in `table`.
template <typename E, size_t N>
std::string_view EnumName(const EnumTable<E, N>& table, E value) {
  for (const auto& [e, name] : table) {
    if (e == value) return name;
  }
  KNOTEN_CHECK(false && "enumerator missing from its name table");
  return {};
}

// Returns the enumerator named `text`, or kInvalidArgument naming `what` and
// listing the valid names.
template <typename E, size_t N>
Result<E> ParseEnumName(const EnumTable<E, N>& table, std::string_view text,
                        std::string_view what) {
  std::string choices;
  for (const auto& [e, name] : table) {
    if (name == text) return e;
    if (!choices.empty()) choices += ", ";
    choices += name;
  }
  return InvalidArgumentError("'" + std::string(text) + "' is not a valid " +
                              std::string(what) + "; use one of: " + choices +
                              ".");
}

}  // namespace knoten::core

#endif  // KNOTEN_CORE_ENUM_NAMES_H_
