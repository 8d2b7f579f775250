#include "knoten/interop/contact_file.h"

#include <string>
#include <utility>

#include "knoten/interop/contact_csv.h"
#include "knoten/interop/vcard_reader.h"

namespace knoten::interop {
namespace {

Result<ContactFile> FromVCards(FileText text) {
  ContactFile out;
  out.format = "vcard";
  // Binary values (photos) are kept: the import keeps them for export.
  // Each card becomes its entry as soon as it is read, so the file's cards
  // are never all in memory beside their entries.
  VCardReadOptions options;
  options.on_card = [&out](const VCard& card) {
    out.entries.push_back(ContactEntryOf(card));
  };
  KNOTEN_ASSIGN_OR_RETURN(const VCardFile file,
                          ReadVCards(std::move(text), options));
  out.encoding = file.encoding;
  for (const VCardProblem& problem : file.problems) {
    out.problems.push_back("line " + std::to_string(problem.line) + ": " +
                           problem.message);
  }
  return out;
}

}  // namespace

ContactEntry ContactEntryOf(const VCard& card) {
  ContactEntry entry;
  entry.line = card.line;
  auto person = PersonFromVCard(card);
  if (person) {
    entry.person = std::move(*person);
  } else {
    entry.skipped_because = person.error().message;
  }
  return entry;
}

Result<ContactFile> ReadContactFile(std::string_view bytes) {
  // Read once: the charset is worked out here, not again per format.
  auto text = ReadFileText(bytes);
  if (text && LooksLikeVCard(*text)) return FromVCards(std::move(*text));
  auto csv = text ? ReadContactCsv(*text) : Result<ContactCsv>(text.error());
  if (!csv) {
    return InvalidArgumentError(
        "not a vCard file (no BEGIN:VCARD), and as CSV: " +
        csv.error().message);
  }
  ContactFile out;
  out.format = "csv-" + csv->flavour;
  out.encoding = csv->encoding;
  out.entries = std::move(csv->entries);
  if (csv->header_line > 1) {
    out.problems.push_back("lines 1 to " +
                           std::to_string(csv->header_line - 1) +
                           " come before the header row and were skipped");
  }
  return out;
}

}  // namespace knoten::interop
