// Parsing of CLI values into domain values, with one clear sentence on
// failure (kInvalidArgument, exit code 3).

#ifndef KNOTEN_CLI_INTERNAL_PARSE_H_
#define KNOTEN_CLI_INTERNAL_PARSE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "knoten/base/clock.h"
#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"
#include "knoten/store/list_options.h"

namespace knoten::cli {

// ISO 8601 dates and times, or "now", "today", "tomorrow", "yesterday".
Result<Timestamp> ParseWhen(const std::string& text, const Clock& clock);

// "120", "120.5", "120,50" → cents. Negative amounts are rejected.
Result<int64_t> ParseMoney(const std::string& text, const std::string& field);

// "me" → empty (the user); a positive integer → that person.
Result<std::optional<PersonId>> ParseParty(const std::string& text);

// "30" → every 30 days; "default" (or "standard") → empty, the default
// rhythm from trust. The range is core's to check.
Result<std::optional<int64_t>> ParseRhythm(const std::string& text);

// Flattens repeated and comma-separated values: {"de,en", "tr"} → {de,en,tr}.
std::vector<std::string> SplitValues(const std::vector<std::string>& values);

// --limit/--offset as bound by AddPaging; limit < 0 means all.
struct PagingFlags {
  int64_t limit = -1;
  int64_t offset = 0;
  store::Paging ToPaging() const;
};

}  // namespace knoten::cli

#endif  // KNOTEN_CLI_INTERNAL_PARSE_H_
