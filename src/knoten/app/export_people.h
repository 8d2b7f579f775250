// ExportPeople: every person (archived ones included) as vCard 4.0 or as
// CSV (interop/vcard_writer.h, interop/csv_writer.h), streamed piece by
// piece in one read transaction, so that a long address book need not fit
// in memory. A vCard has the properties kept from an import too (a
// birthday, the whole address, a photo; interop/vcard_kept.h); CSV has only
// the person's fields.
//
// Thread-safety: as the store.

#ifndef KNOTEN_APP_EXPORT_PEOPLE_H_
#define KNOTEN_APP_EXPORT_PEOPLE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "knoten/app/context.h"
#include "knoten/core/person.h"

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

// Writes every person as a vCard 4.0 file of their own into the new folder
// `folder` (app/atomic_file.h: it appears whole or not at all), named by
// id and name: "17-anna-mueller.vcf". kInvalidArgument if the folder
// exists already or its parent does not. Returns the number written.
Result<int64_t> ExportVCardFolder(
    Context& ctx, const std::string& folder,
    const std::function<void(int64_t written)>& progress = {});

// The file name of `person`'s card in such a folder: the id, then the
// display name in lower-case ASCII letters and digits (German umlauts and
// ß spelt out, everything else a '-'), at most 40 of them.
std::string VCardFileName(const core::Person& person);

}  // namespace knoten::app

#endif  // KNOTEN_APP_EXPORT_PEOPLE_H_
