#include "knoten/app/export_people.h"

#include "knoten/app/people.h"
#include "knoten/interop/csv_writer.h"
#include "knoten/interop/vcard_writer.h"

namespace knoten::app {

Result<int64_t> ExportPeople(
    Context& ctx, ExportFormat format,
    const std::function<Status(std::string_view)>& write,
    const std::function<void(int64_t written)>& progress) {
  if (format == ExportFormat::kCsv) {
    KNOTEN_RETURN_IF_ERROR(write(interop::PeopleCsvHeader()));
  }
  int64_t written = 0;
  return ForEachPerson(
      ctx, {.include_archived = true}, {},
      [&](const core::Person& person) -> Status {
        KNOTEN_RETURN_IF_ERROR(write(format == ExportFormat::kVCard
                                         ? interop::WriteVCard(person)
                                         : interop::PeopleCsvRow(person)));
        if (progress) progress(++written);
        return OkStatus();
      });
}

}  // namespace knoten::app
