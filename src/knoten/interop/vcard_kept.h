// Kept vCard properties: what a contact file says of a person that knoten
// does not map to the person's fields (vcard_person.h), kept with the person
// as vCard 4.0 content lines so that the vCard export (vcard_writer.h) gives
// it back: a birthday, the whole address, a photo, X- properties and the
// like. What every export writes anew (UID, PRODID, REV) is not kept, nor
// what 3.0 says of the file (NAME, PROFILE, MAILER). From a card before 4.0,
// a property 4.0 dropped (LABEL, CLASS, SORT-STRING, AGENT) is kept as an
// extension ("X-LABEL"), TYPE=pref becomes PREF=1, and a photo given as bare
// base64 a data: URI (RFC 6350, appendix A).
//
// A kept line is unfolded (no line break in it), valid UTF-8, with its group,
// parameters and value as a vCard 4.0 reader expects them; a binary value
// (an inline photo) is a data: URI.
//
// Thread-safety: pure functions.

#ifndef KNOTEN_INTEROP_VCARD_KEPT_H_
#define KNOTEN_INTEROP_VCARD_KEPT_H_

#include <string>
#include <string_view>
#include <vector>

#include "knoten/interop/vcard.h"

namespace knoten::interop {

// Whether `property` of `card` is kept: neither mapped to the person nor
// written anew by every export. ROLE is mapped only when there is no TITLE;
// an ADR is kept unless it holds nothing but the city, unqualified.
bool IsKeptProperty(const VCard& card, const VCardProperty& property);

// `property` of a card of `version` as one unfolded vCard 4.0 content line.
std::string KeptLine(const VCardProperty& property, std::string_view version);

// The name of a kept line ("ADR" of "item1.ADR;TYPE=work:..."), upper case,
// and its value (after the first ':' outside quotes).
std::string_view KeptLineName(std::string_view line);
std::string_view KeptLineValue(std::string_view line);

// `lines` followed by those of `more` it lacks, in their order; a property
// a card has at most once (BDAY, ANNIVERSARY, GENDER, KIND) and a PHOTO
// only when `lines` has none, so that a changed birthday or photo does not
// pile up beside the one kept. A group of `more` ("item1.") whose lines one
// group of `lines` has already is left out; one whose name `lines` uses for
// another group is renamed to the first free "itemN".
std::vector<std::string> UnionOfKeptLines(std::vector<std::string> lines,
                                          const std::vector<std::string>& more);

}  // namespace knoten::interop

#endif  // KNOTEN_INTEROP_VCARD_KEPT_H_
