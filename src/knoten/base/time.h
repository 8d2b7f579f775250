// Timestamp: a point in time in UTC with second resolution, stored as seconds
// since the Unix epoch. knoten stores and exchanges UTC only; the web app
// localises.
//
// Thread-safety: plain value types and pure functions.

#ifndef KNOTEN_BASE_TIME_H_
#define KNOTEN_BASE_TIME_H_

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "knoten/base/result.h"

namespace knoten {

class Timestamp {
 public:
  constexpr Timestamp() = default;
  static constexpr Timestamp FromUnixSeconds(int64_t seconds) {
    return Timestamp(seconds);
  }
  constexpr int64_t unix_seconds() const { return seconds_; }

  // NOLINTNEXTLINE(modernize-use-nullptr): false positive on defaulted <=>.
  friend constexpr auto operator<=>(Timestamp, Timestamp) = default;

 private:
  constexpr explicit Timestamp(int64_t seconds) : seconds_(seconds) {}
  int64_t seconds_ = 0;
};

inline constexpr int64_t kSecondsPerDay = 86400;

// Parses ISO 8601 as used on the command line and in JSON:
//   2026-03-05                  midnight UTC
//   2026-03-05T18:30            (also with a space instead of 'T')
//   2026-03-05T18:30:15
// optionally followed by 'Z' or an offset such as +01:00 (converted to UTC).
// Returns kInvalidArgument naming the expected form for anything else,
// including impossible dates such as 2026-02-30.
Result<Timestamp> ParseIsoTimestamp(std::string_view text);

// Formats as "2026-03-05T18:30:00Z".
std::string FormatIsoTimestamp(Timestamp t);

// Formats the UTC calendar date only: "2026-03-05".
std::string FormatIsoDate(Timestamp t);

// Returns midnight UTC of the day containing `t`.
Timestamp StartOfDay(Timestamp t);

}  // namespace knoten

#endif  // KNOTEN_BASE_TIME_H_
