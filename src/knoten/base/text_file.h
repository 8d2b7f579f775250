// Reading text files and walking their lines: the shared plumbing of the
// word lists, dictionaries and datasets the matching engine reads.

#ifndef KNOTEN_BASE_TEXT_FILE_H_
#define KNOTEN_BASE_TEXT_FILE_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "knoten/base/result.h"

namespace knoten {

// The whole content of the file at `path`, or nothing if it cannot be read
// (callers say what the file was for).
std::optional<std::string> ReadTextFile(const std::string& path);

// The content of a data file a Debian package installs (a word list, a
// dictionary), or kUnavailable: "Cannot read the `what` 'path'; install
// Debian's `package`."
Result<std::string> ReadPackagedFile(const std::string& path,
                                     std::string_view what,
                                     std::string_view package);

// Calls `visit(number, line)` for every line of `text`, numbered from 1 and
// without its '\n' (a final line without '\n' counts; nothing follows a
// final '\n'). Stops at, and returns, the first error `visit` returns.
Status ForEachLine(std::string_view text,
                   const std::function<Status(int, std::string_view)>& visit);

}  // namespace knoten

#endif  // KNOTEN_BASE_TEXT_FILE_H_
