// CSV for spreadsheets, safe to open: fields quoted where RFC 4180 needs it,
// and a cell that a spreadsheet would take for a formula (its first
// character, after any spaces, is '=', '+', '-', '@', a tab or a carriage
// return) is written with a "'" in front, so that it stays text (OWASP's
// advice on CSV injection).
//
// Thread-safety: pure functions.

#ifndef KNOTEN_INTEROP_CSV_WRITER_H_
#define KNOTEN_INTEROP_CSV_WRITER_H_

#include <string>
#include <string_view>
#include <vector>

#include "knoten/core/person.h"

namespace knoten::interop {

// One field, neutralised and quoted as needed.
std::string CsvField(std::string_view value);

// One row of fields, ending in CRLF.
std::string CsvRowText(const std::vector<std::string>& fields);

// The header row of the people's CSV: Display Name, First Name, Last Name,
// Company, Job Title, Email, Phone, Web Page, City, Tags, Notes (names
// knoten's CSV import reads back).
std::string PeopleCsvHeader();
// A person as a row under that header; several e-mail addresses, phone
// numbers, web addresses or tags are joined with " ::: ".
std::string PeopleCsvRow(const core::Person& person);

}  // namespace knoten::interop

#endif  // KNOTEN_INTEROP_CSV_WRITER_H_
