#include "knoten/interop/vcard_writer.h"

#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/text.h"
#include "knoten/interop/vcard.h"
#include "knoten/interop/vcard_kept.h"

namespace knoten::interop {
namespace {

constexpr size_t kFoldAt = 75;  // octets per line, CRLF not counted

// A URI value, which vCard does not escape; only line breaks are left out.
std::string Uri(std::string_view uri) {
  std::string out;
  for (const char c : uri) {
    if (c != '\r' && c != '\n') out += c;
  }
  return out;
}

bool IsContinuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

// Appends `line` folded: CRLF and a space before each further 74 octets,
// moved back so that no UTF-8 character is split.
void AppendFolded(std::string_view line, std::string& out) {
  size_t room = kFoldAt;
  while (line.size() > room) {
    size_t cut = room;
    while (cut > 1 && IsContinuation(line[cut])) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    room = kFoldAt - 1;
  }
  out.append(line);
  out += "\r\n";
}

// Whether the kept ADRs give `city` back already: a reader takes the city
// from the first address that has a locality (vcard_person.h), so the
// first kept one with a locality must have this one.
bool KeptAdrHas(const std::vector<std::string>& kept, std::string_view city) {
  for (const std::string& line : kept) {
    if (KeptLineName(line) != "ADR") continue;
    const std::vector<std::string> parts =
        VCardComponents(KeptLineValue(line), "4.0");
    if (parts.size() <= 3 || Trim(parts[3]).empty()) continue;
    return Trim(parts[3]) == Trim(city);
  }
  return false;
}

}  // namespace

std::string WriteVCard(const core::Person& p,
                       const std::vector<std::string>& kept) {
  std::string out;
  const auto line = [&out](std::string_view name, std::string_view value) {
    AppendFolded(std::string(name) + ":" + std::string(value), out);
  };
  line("BEGIN", "VCARD");
  line("VERSION", "4.0");
  if (p.id.value() != 0) {
    line("UID", "urn:knoten:person:" + std::to_string(p.id.value()));
  }
  line("FN", VCardEscaped(p.display_name));
  line("N",
       VCardEscaped(p.family_name) + ";" + VCardEscaped(p.given_name) + ";;;");
  if (!p.organisation.empty()) line("ORG", VCardEscaped(p.organisation));
  if (!p.role.empty()) line("TITLE", VCardEscaped(p.role));
  for (const std::string& email : p.emails) line("EMAIL", VCardEscaped(email));
  for (const std::string& phone : p.phones) {
    line("TEL;VALUE=text", VCardEscaped(phone));
  }
  for (const std::string& url : p.urls) line("URL", Uri(url));
  if (!p.city.empty() && !KeptAdrHas(kept, p.city)) {
    line("ADR", ";;;" + VCardEscaped(p.city) + ";;;");
  }
  if (!p.tags.empty()) {
    std::string tags;
    for (const std::string& tag : p.tags) {
      if (!tags.empty()) tags += ',';
      tags += VCardEscaped(tag);
    }
    line("CATEGORIES", tags);
  }
  if (!p.notes.empty()) line("NOTE", VCardEscaped(p.notes));
  for (const std::string& kept_line : kept) AppendFolded(kept_line, out);
  if (p.updated_at.unix_seconds() != 0) {
    std::string rev = FormatIsoTimestamp(p.updated_at);  // 2026-03-05T10:00:00Z
    std::string compact;
    for (const char c : rev) {
      if (c != '-' && c != ':') compact += c;
    }
    line("REV", compact);
  }
  line("END", "VCARD");
  return out;
}

}  // namespace knoten::interop
