// ReadCsv: the rows of a CSV file (RFC 4180 and what spreadsheet programs
// write): fields separated by commas, semicolons or tabs (whichever the
// first lines use most), quoted fields holding separators, doubled quotes
// and line breaks, lines ending in LF, CR LF, CR CR LF or CR. The text is
// read as charset.h says (byte order marks, UTF-16, and for a field that
// is not UTF-8 ICU's guess for the file); line breaks inside fields become
// "\n".
//
// Thread-safety: pure function.

#ifndef KNOTEN_INTEROP_CSV_READER_H_
#define KNOTEN_INTEROP_CSV_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/result.h"
#include "knoten/interop/charset.h"

namespace knoten::interop {

struct CsvRow {
  std::vector<std::string> fields;
  int line = 0;  // where the row begins, from 1
};

struct CsvTable {
  char delimiter = ',';
  std::string encoding;      // as charset.h's FileText::encoding
  std::vector<CsvRow> rows;  // blank lines left out
};

// kInvalidArgument, naming the line, for a quoted field that is never
// closed.
Result<CsvTable> ReadCsv(std::string_view bytes);
// The same for a file's text as charset.h's ReadFileText gave it.
Result<CsvTable> ReadCsv(const FileText& file);

}  // namespace knoten::interop

#endif  // KNOTEN_INTEROP_CSV_READER_H_
