// Duplicates among the people (`knoten person dedupe`, `knoten person
// merge`): pairs who share an e-mail address, a phone number or a name
// written otherwise (contact_keys.h), and the merge of two people into one,
// which takes everything that referred to either along.
//
// Thread-safety: as the store.

#ifndef KNOTEN_APP_DEDUPE_H_
#define KNOTEN_APP_DEDUPE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/core/person.h"

namespace knoten::app {

enum class DuplicateReason { kEmail, kPhone, kName };

// "email", "phone", "name".
std::string_view DuplicateReasonName(DuplicateReason reason);

struct DuplicateCandidate {
  core::Person a;  // the lower id
  core::Person b;
  std::vector<DuplicateReason> reasons;  // in the enum's order
};

// A name shared by more people than this is a common name, not a sign.
inline constexpr size_t kMaxNamesakes = 5;

// Every pair of people (archived ones included) who share an e-mail address
// (ignoring case), a phone number (the same digits, or the last six or more
// alike: "+49 30 1234567" and "030 1234567") or a name written otherwise
// (FoldedName: "Müller, Anna" and "anna mueller"), those with more reasons
// first, then by the lower id.
Result<std::vector<DuplicateCandidate>> FindDuplicates(Context& ctx);

struct MergedPeople {
  core::Person person;  // the kept person, merged
  PersonId removed;
  // Rows that referred to the removed person and now refer to the kept
  // one, per table (PersonStore::MoveReferences).
  std::vector<std::pair<std::string, int64_t>> moved;
};

// Merges person `drop` into person `keep`, in one transaction: `keep`'s
// empty fields are filled from `drop`'s; e-mail addresses, phone numbers,
// web addresses, tags, languages and kept vCard properties are added; notes
// that differ are appended; the earlier first meeting and creation time stay;
// `keep` stays archived only if both were. Everything that referred to `drop`
// (offers, needs, encounters, ledger entries, introductions, promises,
// follow-ups, memberships, attendances, judgements, pitches) then refers to
// `keep`; what `keep` has already, or what would link `keep` with itself, goes
// with `drop`, which is deleted. kNotFound for an unknown id;
// kInvalidArgument when both are the same or the merged notes are too long.
Result<MergedPeople> MergePeople(Context& ctx, PersonId keep, PersonId drop);

}  // namespace knoten::app

#endif  // KNOTEN_APP_DEDUPE_H_
