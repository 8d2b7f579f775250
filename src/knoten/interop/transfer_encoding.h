// The transfer encodings of vCard values: quoted-printable (RFC 2045 6.7,
// vCard 2.1) and base64 (RFC 4648; vCard 2.1's BASE64, 3.0's b).
//
// Thread-safety: pure functions.

#ifndef KNOTEN_INTEROP_TRANSFER_ENCODING_H_
#define KNOTEN_INTEROP_TRANSFER_ENCODING_H_

#include <optional>
#include <string>
#include <string_view>

namespace knoten::interop {

// "=XX" becomes the byte XX; a soft line break ("=" at the end, or before a
// line break) is dropped; an '=' not followed by two hex digits is kept.
std::string DecodeQuotedPrintable(std::string_view text);

// The bytes of `text`, whose white space is ignored; nullopt when it holds
// anything but the base64 alphabet and its padding, or data after the
// padding. A value cut short keeps the whole bytes it has.
std::optional<std::string> DecodeBase64(std::string_view text);

std::string EncodeBase64(std::string_view bytes);

}  // namespace knoten::interop

#endif  // KNOTEN_INTEROP_TRANSFER_ENCODING_H_
