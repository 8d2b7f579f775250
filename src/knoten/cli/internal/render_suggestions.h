// Text rendering of match suggestions (`knoten match`, `knoten today`):
// one line per suggestion, then one line per reason it matched.

#ifndef KNOTEN_CLI_INTERNAL_RENDER_SUGGESTIONS_H_
#define KNOTEN_CLI_INTERNAL_RENDER_SUGGESTIONS_H_

#include <ostream>

#include "knoten/cli/internal/json.h"
#include "knoten/cli/internal/session.h"

namespace knoten::cli {

// Renders one suggestion of `section` ("reciprocal", "for_my_needs",
// "chances_to_help", "introductions") as ToJson(Suggestions) writes it.
void RenderSuggestion(std::string_view section, const Json& item,
                      const Session& s, std::ostream& out);

// Renders ToJson(Suggestions) under a heading per section.
void RenderSuggestions(const Json& suggestions, const Session& s,
                       std::ostream& out);

}  // namespace knoten::cli

#endif  // KNOTEN_CLI_INTERNAL_RENDER_SUGGESTIONS_H_
