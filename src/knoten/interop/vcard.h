// VCard: one contact card as read from a vCard file (2.1, RFC 2426's 3.0,
// RFC 6350's 4.0), property by property, with nothing dropped: knoten maps
// the properties it knows to a person and keeps the others for export.
//
// Thread-safety: plain value types and pure functions.

#ifndef KNOTEN_INTEROP_VCARD_H_
#define KNOTEN_INTEROP_VCARD_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace knoten::interop {

struct VCardProperty {
  std::string group;  // "item1" of "item1.EMAIL"; empty without a group
  std::string name;   // upper case: "EMAIL", "X-ABLABEL"
  // Upper-case parameter names with their values as written (quotes and
  // RFC 6868's ^-escapes undone); 2.1's bare values ("TEL;WORK;VOICE") are
  // TYPE parameters, its bare encodings ENCODING and CHARSET. Encoding and
  // charset are undone in `value`, so ENCODING and CHARSET are left out.
  std::vector<std::pair<std::string, std::string>> params;
  // Text values: UTF-8 with the vCard escapes still in (see VCardText and
  // VCardComponents). Binary values (an inline photo): the decoded bytes.
  std::string value;
  bool binary = false;
  int line = 0;  // where the property starts in the file, from 1

  // The first value of the parameter `key` (upper case), or empty.
  std::string_view Param(std::string_view key) const;
  // Whether TYPE (any of its comma-separated values) holds `type`,
  // ignoring case.
  bool HasType(std::string_view type) const;
};

struct VCard {
  std::string version;  // "2.1", "3.0", "4.0"; empty when not given
  std::vector<VCardProperty> properties;  // BEGIN, END and VERSION left out
  int line = 0;                           // of its BEGIN:VCARD
  int nested_in = -1;  // index of the card it is nested in (2.1's AGENT)

  // The first property called `property` (upper case), or null.
  const VCardProperty* Find(std::string_view property) const;
};

// `text` as a vCard text value: '\\', ',' and ';' escaped, a line break
// written "\\n" (a carriage return left out). VCardText undoes it.
std::string VCardEscaped(std::string_view text);

// A text value with its escapes undone: "\n" and "\N" become a line break,
// "\," "\;" "\:" and "\\" the character itself. vCard 2.1 escapes only ';'.
std::string VCardText(std::string_view value, std::string_view version);

// A structured value (N, ADR, ORG) split at unescaped semicolons, each part
// unescaped as by VCardText.
std::vector<std::string> VCardComponents(std::string_view value,
                                         std::string_view version);

}  // namespace knoten::interop

#endif  // KNOTEN_INTEROP_VCARD_H_
