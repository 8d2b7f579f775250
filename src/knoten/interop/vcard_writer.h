// WriteVCard: a person as a vCard 4.0 (RFC 6350): FN, N, ORG, TITLE, every
// EMAIL, TEL and URL, the city as ADR's locality (unless a kept ADR has
// it), CATEGORIES, NOTE, the properties kept from an import (vcard_kept.h),
// and a UID and REV from knoten. Text is escaped, lines end in CRLF and are
// folded at 75 octets, never inside a UTF-8 character. Read back with
// vcard_reader.h and vcard_person.h, it gives the same person.
//
// Thread-safety: pure function.

#ifndef KNOTEN_INTEROP_VCARD_WRITER_H_
#define KNOTEN_INTEROP_VCARD_WRITER_H_

#include <string>
#include <vector>

#include "knoten/core/person.h"

namespace knoten::interop {

std::string WriteVCard(const core::Person& person,
                       const std::vector<std::string>& kept = {});

}  // namespace knoten::interop

#endif  // KNOTEN_INTEROP_VCARD_WRITER_H_
