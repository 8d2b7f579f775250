// ReadContactFile: the contacts of a file people bring along, whatever it
// is: vCard (vcard_reader.h) or a contact CSV (contact_csv.h), told apart
// by the content, not the file's name.
//
// Thread-safety: pure function.

#ifndef KNOTEN_INTEROP_CONTACT_FILE_H_
#define KNOTEN_INTEROP_CONTACT_FILE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/result.h"
#include "knoten/interop/vcard.h"
#include "knoten/interop/vcard_person.h"

namespace knoten::interop {

// One contact of a file: the person, or why the card or row was skipped.
struct ContactEntry {
  int line = 0;
  std::optional<ImportedPerson> person;
  std::string skipped_because;  // when there is no person
};

// The entry of `card`: its person, or why it has none.
ContactEntry ContactEntryOf(const VCard& card);

struct ContactFile {
  // "vcard", or "csv-" and the CSV's flavour ("csv-linkedin", ...).
  std::string format;
  std::string encoding;
  std::vector<ContactEntry> entries;  // in the file's order
  // Lines skipped or read in a relaxed way: "line N: ...".
  std::vector<std::string> problems;
};

// kInvalidArgument for a file that is neither, or that its format refuses
// (naming the line).
Result<ContactFile> ReadContactFile(std::string_view bytes);

}  // namespace knoten::interop

#endif  // KNOTEN_INTEROP_CONTACT_FILE_H_
