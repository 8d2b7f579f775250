// Exit codes of the knoten CLI (PRODUCT.md, "CLI and API conventions").

#ifndef KNOTEN_CLI_EXIT_CODES_H_
#define KNOTEN_CLI_EXIT_CODES_H_

#include "knoten/base/error.h"

namespace knoten::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInternal = 1;
inline constexpr int kExitUsage = 2;    // unknown command or flag
inline constexpr int kExitInvalid = 3;  // validation, malformed input
inline constexpr int kExitNotFound = 4;
inline constexpr int kExitConflict = 5;     // conflict, failed precondition
inline constexpr int kExitUnavailable = 6;  // storage unusable

// The one mapping from error codes to exit codes.
int ExitCodeFor(ErrorCode code);

}  // namespace knoten::cli

#endif  // KNOTEN_CLI_EXIT_CODES_H_
