// ReadVCards: the cards of a vCard file (2.1, 3.0 and 4.0), as forgiving as
// the files people really have. Lines are unfolded (also where a fold splits
// a UTF-8 sequence), quoted-printable and base64 decoded, each value turned
// into UTF-8 from the charset it declares, else from the file's (UTF-8,
// UTF-16 with or without a byte order mark, or ICU's guess: Shift_JIS,
// windows-1252, ...). Nested cards (2.1's AGENT) are cards of their own.
//
// What cannot be read is skipped and reported with its line: a line that is
// no property, lines outside a card, a card without END:VCARD, an unknown
// charset. Refused, with the line where there is one: jCard and xCard files,
// and a base64 value that is neither base64 nor raw bytes.
//
// Thread-safety: pure function.

#ifndef KNOTEN_INTEROP_VCARD_READER_H_
#define KNOTEN_INTEROP_VCARD_READER_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/result.h"
#include "knoten/interop/charset.h"
#include "knoten/interop/vcard.h"

namespace knoten::interop {

struct VCardReadOptions {
  // Whether binary values (inline photos, logos, sounds, keys) are kept;
  // without, their properties are left out.
  bool keep_binary = true;
  // When set, each card is handed over once the outermost card it is in
  // has ended (nested cards in the order of their BEGIN lines, just after
  // the card around them), instead of being kept in VCardFile::cards: a
  // large file's cards need not all be in memory at once.
  std::function<void(VCard card)> on_card;
};

struct VCardProblem {
  int line = 0;
  std::string message;  // one sentence, English
  // Whether something of the file was left out (a line, lines outside a
  // card); false where it was read in a relaxed way and nothing was lost.
  bool skipped = true;
};

struct VCardFile {
  // In the order of their BEGIN lines; empty with VCardReadOptions::on_card.
  std::vector<VCard> cards;
  std::vector<VCardProblem> problems;
  std::string encoding;  // as charset.h's FileText::encoding
};

Result<VCardFile> ReadVCards(std::string_view bytes,
                             const VCardReadOptions& options = {});
// The same for a file's text as charset.h's ReadFileText gave it.
Result<VCardFile> ReadVCards(FileText file,
                             const VCardReadOptions& options = {});

// Whether `bytes` hold vCard text (a BEGIN:VCARD line in any case and
// charset), or its JSON or XML forms, which ReadVCards refuses saying so.
bool LooksLikeVCard(std::string_view bytes);
// The same for a file's text as ReadFileText gave it.
bool LooksLikeVCard(const FileText& file);

}  // namespace knoten::interop

#endif  // KNOTEN_INTEROP_VCARD_READER_H_
