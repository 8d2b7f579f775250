#include "knoten/app/export_people.h"

#include "knoten/app/people.h"
#include "knoten/interop/csv_writer.h"
#include "knoten/interop/vcard_writer.h"

namespace knoten::app {

Result<int64_t> ExportPeople(
    Context& ctx, ExportFormat format,
    const std::function<Status(std::string_view)>& write) {
  if (format == ExportFormat::kCsv) {
    KNOTEN_RETURN_IF_ERROR(write(interop::PeopleCsvHeader()));
  }
  return ForEachPerson(ctx, {.include_archived = true}, {},
                       [&](const core::Person& person) {
                         return write(format == ExportFormat::kVCard
                                          ? interop::WriteVCard(person)
                                          : interop::PeopleCsvRow(person));
                       });
}

}  // namespace knoten::app
