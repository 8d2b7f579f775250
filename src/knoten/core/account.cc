#include "knoten/core/account.h"

#include "knoten/base/text.h"

namespace knoten::core {

namespace {

constexpr size_t kMaxUsernameLength = 64;

bool IsUsernameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == '_';
}

size_t CodePoints(std::string_view text) {
  size_t count = 0;
  for (const char c : text) {
    // Every byte but a continuation byte starts a code point.
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++count;
  }
  return count;
}

}  // namespace

Result<std::string> NormalizeUsername(std::string_view username) {
  username = Trim(username);
  std::string normalized;
  normalized.reserve(username.size());
  for (const char raw : username) {
    const char c = AsciiLowerChar(raw);
    if (!IsUsernameChar(c)) {
      return InvalidArgumentError(
          "A username may only hold letters a-z, digits, '.', '-' and '_'; "
          "choose another.");
    }
    normalized.push_back(c);
  }
  if (normalized.empty() || normalized.size() > kMaxUsernameLength) {
    return InvalidArgumentError(
        "A username needs 1 to 64 characters; choose another.");
  }
  return normalized;
}

Status CheckPassword(std::string_view password) {
  if (!IsValidUtf8(password)) {
    return InvalidArgumentError("The password is not valid UTF-8 text.");
  }
  if (password.size() > kMaxPasswordBytes) {
    return InvalidArgumentError(
        "The password is longer than 1024 bytes; choose a shorter one.");
  }
  if (CodePoints(password) < kMinPasswordLength) {
    return InvalidArgumentError(
        "The password needs at least 10 characters; a few words make a "
        "good one.");
  }
  return OkStatus();
}

}  // namespace knoten::core
