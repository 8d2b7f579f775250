#include "knoten/cli/internal/parse.h"

#include <charconv>

#include "knoten/base/text.h"

namespace knoten::cli {

Result<Timestamp> ParseWhen(const std::string& text, const Clock& clock) {
  const std::string word = AsciiLower(Trim(text));
  const Timestamp now = clock.Now();
  const int64_t today = StartOfDay(now).unix_seconds();
  if (word == "now" || word == "jetzt") return now;
  if (word == "today" || word == "heute") {
    return Timestamp::FromUnixSeconds(today);
  }
  if (word == "tomorrow" || word == "morgen") {
    return Timestamp::FromUnixSeconds(today + kSecondsPerDay);
  }
  if (word == "yesterday" || word == "gestern") {
    return Timestamp::FromUnixSeconds(today - kSecondsPerDay);
  }
  return ParseIsoTimestamp(Trim(text));
}

Result<int64_t> ParseMoney(const std::string& text, const std::string& field) {
  std::string value(Trim(text));
  for (char& c : value) {
    if (c == ',') c = '.';
  }
  const auto bad = [&] {
    return InvalidArgumentError("--" + field + " '" + text +
                                "' is not an amount; use a number such as 120 "
                                "or 120.50.");
  };
  const size_t dot = value.find('.');
  const std::string whole = value.substr(0, dot);
  std::string fraction = dot == std::string::npos ? "" : value.substr(dot + 1);
  if (whole.empty() || fraction.size() > 2) return bad();
  fraction.resize(2, '0');
  int64_t units = 0;
  int64_t cents = 0;
  auto [p1, e1] =
      std::from_chars(whole.data(), whole.data() + whole.size(), units);
  auto [p2, e2] = std::from_chars(fraction.data(),
                                  fraction.data() + fraction.size(), cents);
  if (e1 != std::errc() || p1 != whole.data() + whole.size() ||
      e2 != std::errc() || p2 != fraction.data() + fraction.size() ||
      units < 0 || units > 1'000'000'000'000) {
    return bad();
  }
  return units * 100 + cents;
}

Result<std::optional<PersonId>> ParseParty(const std::string& text) {
  const std::string word = AsciiLower(Trim(text));
  if (word == "me" || word == "ich") return std::optional<PersonId>();
  int64_t id = 0;
  auto [ptr, ec] = std::from_chars(word.data(), word.data() + word.size(), id);
  if (ec != std::errc() || ptr != word.data() + word.size() || id <= 0) {
    return InvalidArgumentError("'" + text +
                                "' is neither 'me' nor a person id; give a "
                                "number from 'knoten person list' or 'me'.");
  }
  return std::optional<PersonId>(PersonId(id));
}

Result<std::optional<int64_t>> ParseRhythm(const std::string& text) {
  const std::string word = AsciiLower(Trim(text));
  if (word == "default" || word == "standard") return std::optional<int64_t>();
  int64_t days = 0;
  auto [ptr, ec] =
      std::from_chars(word.data(), word.data() + word.size(), days);
  if (ec != std::errc() || ptr != word.data() + word.size()) {
    return InvalidArgumentError(
        "--rhythm '" + text +
        "' is neither a number of days nor 'default'; e.g. --rhythm 30 "
        "(every 30 days) or --rhythm default (from trust).");
  }
  return std::optional<int64_t>(days);
}

std::vector<std::string> SplitValues(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& value : values) {
    for (std::string& part : SplitAndTrim(value, ',')) {
      out.push_back(std::move(part));
    }
  }
  return out;
}

store::Paging PagingFlags::ToPaging() const {
  store::Paging paging;
  if (limit >= 0) paging.limit = limit;
  paging.offset = offset;
  return paging;
}

}  // namespace knoten::cli
