// ReadContactCsv: the people of a contact CSV file, recognised by its header
// row (../shared/data/interop/csv/FORMATS.md): LinkedIn's Connections.csv
// (with or without the note lines before the header, with or without the
// URL column), Google Contacts (the current and the old layout), Outlook
// (desktop and Outlook.com, English and German headers) and Thunderbird,
// and any file whose header names columns knoten knows ("Name", "Email",
// ...). Lines before the header are skipped; each row becomes a person as
// vcard_person.h maps a card, with the same remarks.
//
// Thread-safety: pure function.

#ifndef KNOTEN_INTEROP_CONTACT_CSV_H_
#define KNOTEN_INTEROP_CONTACT_CSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/result.h"
#include "knoten/interop/charset.h"
#include "knoten/interop/contact_file.h"

namespace knoten::interop {

struct ContactCsv {
  // "linkedin", "google", "outlook", "thunderbird" or "csv" (known columns
  // of no particular program).
  std::string flavour;
  std::string encoding;
  int header_line = 0;
  std::vector<ContactEntry> entries;
};

// kInvalidArgument when no row of the first ones is a header knoten knows,
// or when the CSV cannot be read (naming the line).
Result<ContactCsv> ReadContactCsv(std::string_view bytes);
// The same for a file's text as charset.h's ReadFileText gave it.
Result<ContactCsv> ReadContactCsv(const FileText& file);

}  // namespace knoten::interop

#endif  // KNOTEN_INTEROP_CONTACT_CSV_H_
