#include "knoten/http/message.h"

#include <algorithm>
#include <cstddef>

namespace knoten::http {

namespace {

char LowerAscii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return std::ranges::equal(
      a, b, [](char x, char y) { return LowerAscii(x) == LowerAscii(y); });
}

std::optional<std::string_view> Headers::Get(std::string_view name) const {
  for (const auto& [field, value] : fields_) {
    if (EqualsIgnoringCase(field, name)) return value;
  }
  return std::nullopt;
}

void Headers::Set(std::string_view name, std::string value) {
  std::erase_if(fields_, [&](const auto& f) {
    return EqualsIgnoringCase(f.first, name);
  });
  fields_.emplace_back(std::string(name), std::move(value));
}

void Headers::Add(std::string name, std::string value) {
  fields_.emplace_back(std::move(name), std::move(value));
}

std::optional<std::string> PercentDecode(std::string_view text,
                                         bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      const int high = HexValue(text[i + 1]);
      const int low = HexValue(text[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      out.push_back(static_cast<char>(high * 16 + low));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::optional<std::string_view> CookieValue(std::string_view cookies,
                                            std::string_view name) {
  while (!cookies.empty()) {
    const size_t semicolon = cookies.find(';');
    std::string_view pair = cookies.substr(0, semicolon);
    cookies = semicolon == std::string_view::npos
                  ? std::string_view()
                  : cookies.substr(semicolon + 1);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    const size_t eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == name) {
      return pair.substr(eq + 1);
    }
  }
  return std::nullopt;
}

std::vector<std::string_view> QueryPairs(std::string_view query) {
  std::vector<std::string_view> pairs;
  while (!query.empty()) {
    const size_t amp = query.find('&');
    if (amp != 0) pairs.push_back(query.substr(0, amp));
    query = amp == std::string_view::npos ? std::string_view()
                                          : query.substr(amp + 1);
  }
  return pairs;
}

std::optional<std::string> QueryParameter(std::string_view query,
                                          std::string_view name) {
  for (const std::string_view pair : QueryPairs(query)) {
    const size_t eq = pair.find('=');
    const auto key = PercentDecode(pair.substr(0, eq), true);
    if (!key || *key != name) continue;
    if (eq == std::string_view::npos) return std::string();
    return PercentDecode(pair.substr(eq + 1), true);
  }
  return std::nullopt;
}

std::vector<std::string> QueryParameterNames(std::string_view query) {
  std::vector<std::string> names;
  for (const std::string_view pair : QueryPairs(query)) {
    const std::string_view name = pair.substr(0, pair.find('='));
    names.push_back(PercentDecode(name, true).value_or(std::string(name)));
  }
  return names;
}

}  // namespace knoten::http
