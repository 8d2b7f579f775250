#include "knoten/interop/charset.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>

#include <climits>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

#include "knoten/base/text.h"

namespace knoten::interop {
namespace {

bool Failed(UErrorCode status) { return U_FAILURE(status) != 0; }

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// Whether `bytes` look like UTF-16 without a byte order mark: text of
// mostly ASCII letters has a zero byte in every other position. Returns
// "UTF-16BE", "UTF-16LE" or empty.
std::string_view GuessUtf16(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size() & ~size_t{1}, 512);
  if (n < 4) return {};
  size_t zero_even = 0;
  size_t zero_odd = 0;
  for (size_t i = 0; i < n; ++i) {
    if (bytes[i] != '\0') continue;
    ++(i % 2 == 0 ? zero_even : zero_odd);
  }
  const size_t pairs = n / 2;
  if (zero_even * 10 >= pairs * 8 && zero_odd == 0) return "UTF-16BE";
  if (zero_odd * 10 >= pairs * 8 && zero_even == 0) return "UTF-16LE";
  return {};
}

// ICU's guess at the charset of `bytes`, which are not UTF-8.
std::string GuessCharset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(
      ucsdet_open(&status), &ucsdet_close);
  if (Failed(status)) return "windows-1252";
  const auto length =
      static_cast<int32_t>(std::min<size_t>(bytes.size(), INT32_MAX));
  ucsdet_setText(detector.get(), bytes.data(), length, &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (Failed(status) || match == nullptr) return "windows-1252";
  const char* name = ucsdet_getName(match, &status);
  if (Failed(status) || name == nullptr) return "windows-1252";
  std::string guess = name;
  // Text that ICU takes for ISO-8859-1 is read as its superset; UTF-8 it
  // cannot be, since the bytes were checked.
  if (guess == "ISO-8859-1" || guess == "UTF-8") return "windows-1252";
  return guess;
}

}  // namespace

Result<std::string> ToUtf8(std::string_view bytes, std::string_view charset) {
  if (bytes.empty()) return std::string();
  if (bytes.size() > INT32_MAX / 4) {
    return InvalidArgumentError("text too long to convert");
  }
  const std::string from(charset);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(
      ucnv_open(from.c_str(), &status), &ucnv_close);
  if (Failed(status) || converter == nullptr) {
    return InvalidArgumentError("unknown charset \"" + ValidUtf8(from) + "\"");
  }
  // Bytes that are not in the charset are an error, not a substitute.
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr,
                      nullptr, nullptr, &status);
  const auto length = static_cast<int32_t>(bytes.size());
  std::u16string wide(2 * bytes.size() + 1, u'\0');
  const int32_t units = ucnv_toUChars(converter.get(), wide.data(),
                                      static_cast<int32_t>(wide.size()),
                                      bytes.data(), length, &status);
  if (Failed(status)) {
    return InvalidArgumentError("text is not in the charset \"" +
                                ValidUtf8(from) + "\"");
  }
  std::string out(static_cast<size_t>(units) * 3, '\0');
  int32_t written = 0;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &written,
              wide.data(), units, &status);
  if (Failed(status)) {
    return InvalidArgumentError("text is not in the charset \"" +
                                ValidUtf8(from) + "\"");
  }
  out.resize(static_cast<size_t>(written));
  return out;
}

std::string LegacyToUtf8(std::string_view bytes, std::string_view guessed) {
  for (const std::string_view charset :
       {guessed, std::string_view("windows-1252"),
        std::string_view("ISO-8859-1")}) {
    if (charset.empty()) continue;
    if (auto text = ToUtf8(bytes, charset)) return std::move(*text);
  }
  return ValidUtf8(bytes);
}

Result<FileText> ReadFileText(std::string_view bytes) {
  FileText text;
  if (StartsWith(bytes, kUtf8Bom)) {
    bytes.remove_prefix(kUtf8Bom.size());
    text.encoding = "UTF-8 with BOM";
  }
  std::string_view utf16;
  if (StartsWith(bytes, "\xFE\xFF")) {
    utf16 = "UTF-16BE";
    bytes.remove_prefix(2);
  } else if (StartsWith(bytes, "\xFF\xFE")) {
    utf16 = "UTF-16LE";
    bytes.remove_prefix(2);
  } else {
    utf16 = GuessUtf16(bytes);
  }
  if (!utf16.empty()) {
    auto converted = ToUtf8(bytes, utf16);
    if (!converted) {
      return InvalidArgumentError(
          "the file looks like " + std::string(utf16) +
          " but is not well-formed; save it as UTF-8 and try again");
    }
    text.bytes = std::move(*converted);
    text.encoding = std::string(utf16);
    return text;
  }
  text.bytes = std::string(bytes);
  text.utf8 = IsValidUtf8(text.bytes);
  if (!text.utf8) text.guessed_charset = GuessCharset(text.bytes);
  if (text.encoding.empty()) {
    text.encoding = text.utf8 ? "UTF-8" : text.guessed_charset;
  }
  return text;
}

}  // namespace knoten::interop
