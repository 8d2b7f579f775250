// Charsets of imported files: what a file is written in, and its text as
// UTF-8. ICU does the converting and the guessing; its headers stay in
// charset.cc.
//
// Thread-safety: pure functions.

#ifndef KNOTEN_INTEROP_CHARSET_H_
#define KNOTEN_INTEROP_CHARSET_H_

#include <string>
#include <string_view>

#include "knoten/base/result.h"

namespace knoten::interop {

// A file's bytes with any byte order mark removed and UTF-16 (with or
// without a mark) turned into UTF-8; other files keep their bytes, since
// their parts may declare charsets of their own.
struct FileText {
  std::string bytes;
  // What the file was read as: "UTF-8", "UTF-8 with BOM", "UTF-16LE",
  // "UTF-16BE", or for a file that is not UTF-8 throughout its guessed
  // charset.
  std::string encoding;
  // Whether the bytes are well-formed UTF-8 throughout.
  bool utf8 = true;
  // For a file that is not: ICU's guess for the parts that declare no
  // charset ("Shift_JIS", "windows-1252", ...).
  std::string guessed_charset;
};
Result<FileText> ReadFileText(std::string_view bytes);

// `bytes` in `charset` (any name ICU knows: "UTF-8", "ISO-8859-1",
// "windows-1252", "Shift_JIS", ...) as UTF-8; kInvalidArgument for an
// unknown charset or bytes that are not in it.
Result<std::string> ToUtf8(std::string_view bytes, std::string_view charset);

// `bytes`, which are not UTF-8, as UTF-8 from `guessed` (a FileText's
// guessed_charset; empty: none), else windows-1252, else ISO-8859-1, which
// has a character for every byte: it never fails.
std::string LegacyToUtf8(std::string_view bytes, std::string_view guessed);

}  // namespace knoten::interop

#endif  // KNOTEN_INTEROP_CHARSET_H_
