// ExportPeople: every person (archived ones included) as vCard 4.0 or as
// CSV (interop/vcard_writer.h, interop/csv_writer.h), streamed piece by
// piece in one read transaction, so that a long address book need not fit
// in memory.
//
// Thread-safety: as the store.

#ifndef KNOTEN_APP_EXPORT_PEOPLE_H_
#define KNOTEN_APP_EXPORT_PEOPLE_H_

#include <cstdint>
#include <functional>
#include <string_view>

#include "knoten/app/context.h"

namespace knoten::app {

enum class ExportFormat { kVCard, kCsv };

// Calls `write` with the file's text, piece by piece (a card or a row at a
// time); stops at and returns the first error it returns. Returns the
// number of people written.
// `progress`, if given, is called after each person with those written.
Result<int64_t> ExportPeople(
    Context& ctx, ExportFormat format,
    const std::function<Status(std::string_view)>& write,
    const std::function<void(int64_t written)>& progress = {});

}  // namespace knoten::app

#endif  // KNOTEN_APP_EXPORT_PEOPLE_H_
