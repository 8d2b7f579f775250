#include "knoten/base/time.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <optional>
#include <string>

namespace knoten {
namespace {

// Reads exactly `width` ASCII digits at `pos`, advancing it.
std::optional<int> ReadDigits(std::string_view text, size_t& pos,
                              size_t width) {
  if (pos + width > text.size()) return std::nullopt;
  int value = 0;
  for (size_t i = 0; i < width; ++i) {
    const char c = text[pos + i];
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  pos += width;
  return value;
}

bool Expect(std::string_view text, size_t& pos, char c) {
  if (pos < text.size() && text[pos] == c) {
    ++pos;
    return true;
  }
  return false;
}

Error Malformed(std::string_view text) {
  return InvalidArgumentError(
      "'" + std::string(text) +
      "' is not a date or time; use ISO 8601 such as 2026-03-05 or "
      "2026-03-05T18:30.");
}

// Parses an optional "Z" or "+HH:MM"/"-HH:MM" suffix into an offset in
// seconds east of UTC.
std::optional<int64_t> ReadZone(std::string_view text, size_t& pos) {
  if (pos == text.size()) return 0;
  if (Expect(text, pos, 'Z') || Expect(text, pos, 'z')) return 0;
  const char sign = text[pos];
  if (sign != '+' && sign != '-') return std::nullopt;
  ++pos;
  auto hours = ReadDigits(text, pos, 2);
  if (!hours) return std::nullopt;
  Expect(text, pos, ':');
  auto minutes = ReadDigits(text, pos, 2);
  if (!minutes || *hours > 14 || *minutes > 59) return std::nullopt;
  const int64_t offset = (int64_t{*hours} * 60 + *minutes) * 60;
  return sign == '+' ? offset : -offset;
}

}  // namespace

Result<Timestamp> ParseIsoTimestamp(std::string_view text) {
  size_t pos = 0;
  auto year = ReadDigits(text, pos, 4);
  if (!year || !Expect(text, pos, '-')) return Malformed(text);
  auto month = ReadDigits(text, pos, 2);
  if (!month || !Expect(text, pos, '-')) return Malformed(text);
  auto day = ReadDigits(text, pos, 2);
  if (!day) return Malformed(text);
  const std::chrono::year_month_day ymd{
      std::chrono::year{*year},
      std::chrono::month{static_cast<unsigned>(*month)},
      std::chrono::day{static_cast<unsigned>(*day)}};
  if (!ymd.ok()) {
    return InvalidArgumentError("'" + std::string(text) +
                                "' is not a calendar date; check month and "
                                "day (YYYY-MM-DD).");
  }
  int64_t seconds_of_day = 0;
  if (pos < text.size() &&
      (text[pos] == 'T' || text[pos] == 't' || text[pos] == ' ')) {
    ++pos;
    auto hour = ReadDigits(text, pos, 2);
    if (!hour || !Expect(text, pos, ':')) return Malformed(text);
    auto minute = ReadDigits(text, pos, 2);
    if (!minute) return Malformed(text);
    int second = 0;
    if (Expect(text, pos, ':')) {
      auto s = ReadDigits(text, pos, 2);
      if (!s) return Malformed(text);
      second = *s;
    }
    if (*hour > 23 || *minute > 59 || second > 59) return Malformed(text);
    seconds_of_day = (*hour * 60 + *minute) * 60 + second;
  }
  auto offset = ReadZone(text, pos);
  if (!offset || pos != text.size()) return Malformed(text);
  const auto days = std::chrono::sys_days{ymd}.time_since_epoch().count();
  return Timestamp::FromUnixSeconds(days * kSecondsPerDay + seconds_of_day -
                                    *offset);
}

std::string FormatIsoTimestamp(Timestamp t) {
  const int64_t seconds = t.unix_seconds();
  int64_t days = seconds / kSecondsPerDay;
  int64_t rest = seconds % kSecondsPerDay;
  if (rest < 0) {
    rest += kSecondsPerDay;
    --days;
  }
  const std::chrono::year_month_day ymd{
      std::chrono::sys_days{std::chrono::days{days}}};
  const int year = static_cast<int>(ymd.year());
  if (year < 0 || year > 9999) {
    std::array<char, 32> buffer{};
    std::snprintf(
        buffer.data(), buffer.size(), "%04d-%02u-%02uT%02d:%02d:%02dZ", year,
        static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
        static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
        static_cast<int>(rest % 60));
    return buffer.data();
  }
  // The common case without snprintf: lists print two timestamps per record.
  std::string out = "0000-00-00T00:00:00Z";
  auto put = [&out](size_t at, int digits, int value) {
    for (int i = digits - 1; i >= 0; --i) {
      out[at + static_cast<size_t>(i)] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
  };
  put(0, 4, year);
  put(5, 2, static_cast<int>(static_cast<unsigned>(ymd.month())));
  put(8, 2, static_cast<int>(static_cast<unsigned>(ymd.day())));
  put(11, 2, static_cast<int>(rest / 3600));
  put(14, 2, static_cast<int>(rest / 60 % 60));
  put(17, 2, static_cast<int>(rest % 60));
  return out;
}

std::string FormatIsoDate(Timestamp t) {
  return FormatIsoTimestamp(t).substr(0, 10);
}

Timestamp StartOfDay(Timestamp t) {
  int64_t seconds = t.unix_seconds();
  int64_t rest = seconds % kSecondsPerDay;
  if (rest < 0) rest += kSecondsPerDay;
  return Timestamp::FromUnixSeconds(seconds - rest);
}

}  // namespace knoten
