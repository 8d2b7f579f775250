// libFuzzer target for the CSV reader and the contact CSVs: any bytes must
// read (or be refused) without a crash, a sanitizer report or a broken
// invariant. Seeds: fuzz/corpus/csv and, in `make fuzz`, every file of
// ../shared/data/interop/csv. See fuzz/CMakeLists.txt.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "knoten/base/text.h"
#include "knoten/core/person.h"
#include "knoten/interop/contact_csv.h"
#include "knoten/interop/csv_reader.h"

#include "fuzz/check.h"

using knoten::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast)
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto table = knoten::interop::ReadCsv(bytes);
  if (table) {
    int previous = 0;
    for (const auto& row : table->rows) {
      Check(row.line > previous);  // rows begin on lines in order
      previous = row.line;
      Check(!row.fields.empty());
      for (const auto& field : row.fields) {
        Check(knoten::IsValidUtf8(field));
        Check(field.find('\r') == std::string_view::npos);
      }
    }
  }
  auto contacts = knoten::interop::ReadContactCsv(bytes);
  if (!contacts) return 0;
  Check(table.has_value());
  for (const auto& entry : contacts->entries) {
    Check(entry.line > contacts->header_line);
    Check(entry.person.has_value() != !entry.skipped_because.empty());
    if (!entry.person) continue;
    auto again = knoten::core::ValidatePerson(entry.person->person);
    Check(again.has_value());
  }
  return 0;
}
