#include "knoten/core/field_rules.h"

#include <algorithm>
#include <array>
#include <string>

#include "knoten/base/text.h"

namespace knoten::core {
namespace {

// ISO 639-1 codes of the languages a user is likely to list.
constexpr std::array<std::string_view, 70> kLanguageCodes = {
    "af", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de",
    "el", "en", "eo", "es", "et", "eu", "fa", "fi", "fr", "ga", "gl", "he",
    "hi", "hr", "hu", "hy", "id", "is", "it", "ja", "ka", "kk", "ko", "ku",
    "lb", "lt", "lv", "mk", "ml", "mn", "ms", "mt", "nb", "nl", "nn", "no",
    "pa", "pl", "ps", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "sw",
    "ta", "th", "ti", "tl", "tr", "uk", "ur", "uz", "vi", "zh"};

Error Invalid(std::string_view field, std::string_view problem) {
  return InvalidArgumentError(std::string(field) + " " + std::string(problem));
}

bool HasControl(std::string_view value, bool allow_newlines) {
  return std::any_of(value.begin(), value.end(), [&](char c) {
    const auto u = static_cast<unsigned char>(c);
    if (allow_newlines && (c == '\n' || c == '\t' || c == '\r')) return false;
    return u < 0x20 || u == 0x7F;
  });
}

Status CheckCommon(std::string_view field, std::string& value,
                   size_t max_length, bool multi_line) {
  value = std::string(Trim(value));
  if (!IsValidUtf8(value)) {
    return Invalid(field, "is not valid UTF-8 text; save it as UTF-8.");
  }
  if (value.size() > max_length) {
    return Invalid(field, "is too long (" + std::to_string(value.size()) +
                              " bytes); shorten it to at most " +
                              std::to_string(max_length) + ".");
  }
  if (HasControl(value, multi_line)) {
    return Invalid(field, multi_line
                              ? "contains control characters; remove them."
                              : "must be a single line without control "
                                "characters.");
  }
  return OkStatus();
}

}  // namespace

Status CheckLine(std::string_view field, std::string& value, bool required) {
  KNOTEN_RETURN_IF_ERROR(CheckCommon(field, value, kMaxLineLength, false));
  if (required && value.empty()) {
    return Invalid(field, "must not be empty; give a value.");
  }
  return OkStatus();
}

Status CheckText(std::string_view field, std::string& value) {
  return CheckCommon(field, value, kMaxTextLength, true);
}

Status CheckLines(std::string_view field, std::vector<std::string>& values) {
  std::vector<std::string> kept;
  for (std::string& value : values) {
    KNOTEN_RETURN_IF_ERROR(CheckLine(field, value, false));
    if (value.empty()) continue;
    if (std::find(kept.begin(), kept.end(), value) == kept.end()) {
      kept.push_back(std::move(value));
    }
  }
  values = std::move(kept);
  return OkStatus();
}

bool IsKnownLanguageCode(std::string_view code) {
  return std::find(kLanguageCodes.begin(), kLanguageCodes.end(), code) !=
         kLanguageCodes.end();
}

Status CheckLanguages(std::string_view field, std::vector<std::string>& codes) {
  for (std::string& code : codes) code = AsciiLower(Trim(code));
  KNOTEN_RETURN_IF_ERROR(CheckLines(field, codes));
  for (const std::string& code : codes) {
    if (!IsKnownLanguageCode(code)) {
      return Invalid(field, "contains the unknown language '" + code +
                                "'; use ISO 639-1 codes such as de, en, tr.");
    }
  }
  return OkStatus();
}

Status CheckEmails(std::vector<std::string>& emails) {
  KNOTEN_RETURN_IF_ERROR(CheckLines("email", emails));
  for (const std::string& email : emails) {
    const size_t at = email.find('@');
    const bool ok = at != std::string::npos && at > 0 &&
                    at + 1 < email.size() &&
                    email.find('@', at + 1) == std::string::npos &&
                    email.find(' ') == std::string::npos &&
                    email.find('.', at) != std::string::npos;
    if (!ok) {
      return Invalid("email", "'" + email +
                                  "' is not an e-mail address; use the form "
                                  "name@example.org.");
    }
  }
  return OkStatus();
}

Status CheckPhones(std::vector<std::string>& phones) {
  KNOTEN_RETURN_IF_ERROR(CheckLines("phone", phones));
  for (const std::string& phone : phones) {
    int digits = 0;
    bool ok = true;
    for (char c : phone) {
      if (c >= '0' && c <= '9') {
        ++digits;
      } else if (std::string_view(" +-/().").find(c) ==
                 std::string_view::npos) {
        ok = false;
      }
    }
    if (!ok || digits < 3) {
      return Invalid("phone", "'" + phone +
                                  "' is not a phone number; use digits with "
                                  "optional +, spaces, - / ( ).");
    }
  }
  return OkStatus();
}

Status CheckUrls(std::vector<std::string>& urls) {
  KNOTEN_RETURN_IF_ERROR(CheckLines("url", urls));
  for (const std::string& url : urls) {
    if (url.find_first_of(" \t") != std::string::npos ||
        url.find('.') == std::string::npos) {
      return Invalid("url", "'" + url +
                                "' is not a web address; use the form "
                                "https://example.org.");
    }
  }
  return OkStatus();
}

Status CheckCurrency(std::string& currency) {
  currency = std::string(Trim(currency));
  for (char& c : currency) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  const bool ok = currency.size() == 3 &&
                  std::all_of(currency.begin(), currency.end(),
                              [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!ok) {
    return Invalid("currency", "'" + currency +
                                   "' is not a currency code; use three "
                                   "letters such as EUR or CHF.");
  }
  return OkStatus();
}

Status CheckAmount(std::string_view field, int64_t cents) {
  if (cents < 0) return Invalid(field, "must not be negative.");
  return OkStatus();
}

}  // namespace knoten::core
