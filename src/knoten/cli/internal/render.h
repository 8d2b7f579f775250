// Plain-text rendering of JSON results for terminals: a record as
// "label: value" lines, a list as an aligned table.

#ifndef KNOTEN_CLI_INTERNAL_RENDER_H_
#define KNOTEN_CLI_INTERNAL_RENDER_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "knoten/cli/internal/json.h"
#include "knoten/cli/internal/session.h"

namespace knoten::cli {

// The label of a JSON field in the UI language ("display_name" → "Name").
std::string FieldLabel(std::string_view field, UiLang lang);

// The number of code points in `text`, a fair proxy for its width on a
// terminal ("übersprungen" is 12 wide, not 13).
size_t TextWidth(std::string_view text);

// A scalar or list of scalars as text; "" for null and empty values.
std::string CellText(const Json& value);

void RenderRecord(const Json& record, UiLang lang, std::ostream& out);
// Prints the list once all its items are read; returns the producer's error
// (and prints nothing) if reading fails.
Status RenderTable(const JsonList& list,
                   const std::vector<std::string>& columns, UiLang lang,
                   std::ostream& out);

}  // namespace knoten::cli

#endif  // KNOTEN_CLI_INTERNAL_RENDER_H_
