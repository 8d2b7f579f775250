// PersonFromVCard: the person a vCard describes. Names from N (else FN),
// organisation from ORG, role from TITLE (else ROLE), every EMAIL, TEL and
// URL, the city from the first ADR that has one, tags from CATEGORIES and
// the note from NOTE; the other properties are kept (vcard_kept.h). A value
// knoten cannot take (an e-mail address without '@', a line too long) is
// left out with a remark; a card without a name
// is named after its nickname, organisation, e-mail address, phone number or
// web address.
//
// Thread-safety: pure function.

#ifndef KNOTEN_INTEROP_VCARD_PERSON_H_
#define KNOTEN_INTEROP_VCARD_PERSON_H_

#include <string>
#include <vector>

#include "knoten/base/result.h"
#include "knoten/core/person.h"
#include "knoten/interop/vcard.h"

namespace knoten::interop {

struct ImportedPerson {
  core::Person person;  // validated by core::ValidatePerson; no id yet
  int line = 0;         // of the card's BEGIN:VCARD
  // What of the card was left out and why, one sentence each.
  std::vector<std::string> remarks;
  // The card's properties knoten keeps for export (vcard_kept.h).
  std::vector<std::string> kept;
};

// kInvalidArgument, naming the card's line, for a card with none of these.
Result<ImportedPerson> PersonFromVCard(const VCard& card);

}  // namespace knoten::interop

#endif  // KNOTEN_INTEROP_VCARD_PERSON_H_
