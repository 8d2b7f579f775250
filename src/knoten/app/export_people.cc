#include "knoten/app/export_people.h"

#include <array>
#include <string>
#include <vector>

#include "knoten/app/atomic_file.h"
#include "knoten/app/people.h"
#include "knoten/interop/csv_writer.h"
#include "knoten/interop/vcard_writer.h"

namespace knoten::app {
namespace {

// Calls `visit` with every person (archived ones too) and their vCard, with
// the properties kept from an import, in one read transaction.
Result<int64_t> ForEachVCard(
    Context& ctx,
    const std::function<Status(const core::Person&, const std::string&)>&
        visit) {
  return InRead(ctx, [&](store::Transaction& tx) {
    store::PersonStore& people = tx.people();
    return people.ForEach(
        {.include_archived = true}, {},
        [&](const core::Person& person) -> Status {
          KNOTEN_ASSIGN_OR_RETURN(const std::vector<std::string> kept,
                                  people.KeptVCard(person.id));
          return visit(person, interop::WriteVCard(person, kept));
        });
  });
}

}  // namespace

Result<int64_t> ExportPeople(
    Context& ctx, ExportFormat format,
    const std::function<Status(std::string_view)>& write,
    const std::function<void(int64_t written)>& progress) {
  int64_t written = 0;
  if (format == ExportFormat::kVCard) {
    return ForEachVCard(
        ctx, [&](const core::Person&, const std::string& card) -> Status {
          KNOTEN_RETURN_IF_ERROR(write(card));
          if (progress) progress(++written);
          return OkStatus();
        });
  }
  KNOTEN_RETURN_IF_ERROR(write(interop::PeopleCsvHeader()));
  return ForEachPerson(
      ctx, {.include_archived = true}, {},
      [&](const core::Person& person) -> Status {
        KNOTEN_RETURN_IF_ERROR(write(interop::PeopleCsvRow(person)));
        if (progress) progress(++written);
        return OkStatus();
      });
}

std::string VCardFileName(const core::Person& person) {
  constexpr size_t kMaxSlug = 40;
  // Two-byte UTF-8 letters spelt out; every other non-ASCII byte is a gap.
  struct Spelling {
    std::string_view utf8;
    std::string_view ascii;
  };
  constexpr std::array<Spelling, 7> kSpelt = {{{"\xC3\xA4", "ae"},
                                               {"\xC3\xB6", "oe"},
                                               {"\xC3\xBC", "ue"},
                                               {"\xC3\x84", "ae"},
                                               {"\xC3\x96", "oe"},
                                               {"\xC3\x9C", "ue"},
                                               {"\xC3\x9F", "ss"}}};
  std::string slug;
  auto gap = [&slug] {
    if (!slug.empty() && slug.back() != '-') slug += '-';
  };
  const std::string_view name = person.display_name;
  for (size_t i = 0; i < name.size() && slug.size() < kMaxSlug;) {
    const char c = name[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug += c;
      ++i;
      continue;
    }
    if (c >= 'A' && c <= 'Z') {
      slug += static_cast<char>(c - 'A' + 'a');
      ++i;
      continue;
    }
    bool spelt = false;
    for (const Spelling& s : kSpelt) {
      if (name.substr(i).starts_with(s.utf8)) {
        slug += s.ascii;
        i += s.utf8.size();
        spelt = true;
        break;
      }
    }
    if (!spelt) {
      gap();
      ++i;
    }
  }
  if (slug.size() > kMaxSlug) slug.resize(kMaxSlug);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return std::to_string(person.id.value()) + (slug.empty() ? "" : "-") + slug +
         ".vcf";
}

Result<int64_t> ExportVCardFolder(
    Context& ctx, const std::string& folder,
    const std::function<void(int64_t written)>& progress) {
  KNOTEN_ASSIGN_OR_RETURN(AtomicFolder out, AtomicFolder::Begin(folder));
  int64_t written = 0;
  const auto write = [&](const core::Person& person,
                         const std::string& card) -> Status {
    KNOTEN_RETURN_IF_ERROR(out.Write(VCardFileName(person), card));
    ++written;
    if (progress) progress(written);
    return OkStatus();
  };
  KNOTEN_RETURN_IF_ERROR(ForEachVCard(ctx, write));
  KNOTEN_RETURN_IF_ERROR(out.Commit());
  return written;
}

}  // namespace knoten::app
