#include "knoten/app/dedupe.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "knoten/app/contact_keys.h"
#include "knoten/app/people.h"
#include "knoten/base/text.h"
#include "knoten/interop/vcard_kept.h"
#include "knoten/store/store.h"

namespace knoten::app {
namespace {

// An e-mail address or number shared by more people than this is a shared
// mailbox or switchboard, not a sign of one person.
constexpr size_t kMaxSharing = 20;

using Buckets = std::unordered_map<std::string, std::vector<size_t>>;

// The pairs found so far: (lower index, higher index) → reasons as bits.
using Pairs = std::map<std::pair<size_t, size_t>, unsigned>;

void AddPairs(
    const Buckets& buckets, size_t limit, DuplicateReason reason, Pairs& pairs,
    const std::function<bool(size_t, size_t)>& same = [](size_t, size_t) {
      return true;
    }) {
  for (const auto& [key, people] : buckets) {
    (void)key;
    if (people.size() < 2 || people.size() > limit) continue;
    for (size_t i = 0; i < people.size(); ++i) {
      for (size_t j = i + 1; j < people.size(); ++j) {
        if (people[i] == people[j] || !same(people[i], people[j])) continue;
        const auto pair = std::minmax(people[i], people[j]);
        pairs[{pair.first, pair.second}] |= 1U << static_cast<unsigned>(reason);
      }
    }
  }
}

void AddOnce(std::vector<size_t>& list, size_t i) {
  if (list.empty() || list.back() != i) list.push_back(i);
}

std::vector<DuplicateCandidate> Candidates(
    const std::vector<core::Person>& people) {
  Buckets by_email;
  Buckets by_phone_tail;
  Buckets by_name;
  for (size_t i = 0; i < people.size(); ++i) {
    for (const std::string& email : people[i].emails) {
      AddOnce(by_email[AsciiLower(email)], i);
    }
    for (const std::string& phone : people[i].phones) {
      const std::string key = PhoneKey(phone);
      if (key.size() >= kPhoneTail) {
        AddOnce(by_phone_tail[key.substr(key.size() - kPhoneTail)], i);
      }
    }
    // A name of punctuation only folds to nothing: no sign of anything.
    if (std::string name = FoldedName(people[i].display_name); !name.empty()) {
      AddOnce(by_name[std::move(name)], i);
    }
  }
  Pairs pairs;
  AddPairs(by_email, kMaxSharing, DuplicateReason::kEmail, pairs);
  AddPairs(by_phone_tail, kMaxSharing, DuplicateReason::kPhone, pairs,
           [&people](size_t a, size_t b) {
             return SharePhone(people[a].phones, people[b].phones);
           });
  AddPairs(by_name, kMaxNamesakes, DuplicateReason::kName, pairs);

  std::vector<DuplicateCandidate> out;
  out.reserve(pairs.size());
  for (const auto& [pair, bits] : pairs) {
    DuplicateCandidate& c = out.emplace_back();
    c.a = people[pair.first];
    c.b = people[pair.second];
    if (c.b.id.value() < c.a.id.value()) std::swap(c.a, c.b);
    for (const DuplicateReason reason :
         {DuplicateReason::kEmail, DuplicateReason::kPhone,
          DuplicateReason::kName}) {
      if ((bits & (1U << static_cast<unsigned>(reason))) != 0) {
        c.reasons.push_back(reason);
      }
    }
  }
  std::ranges::sort(out, [](const auto& x, const auto& y) {
    if (x.reasons.size() != y.reasons.size()) {
      return x.reasons.size() > y.reasons.size();
    }
    return std::pair{x.a.id.value(), x.b.id.value()} <
           std::pair{y.a.id.value(), y.b.id.value()};
  });
  return out;
}

// `keep` with what `drop` adds (MergePeople's rules).
core::Person Merged(const core::Person& keep, const core::Person& drop) {
  core::Person merged = keep;
  MergeContact(merged, drop);
  if (!keep.notes.empty() && !drop.notes.empty() && keep.notes != drop.notes) {
    merged.notes = keep.notes + "\n\n" + drop.notes;
  }
  for (const std::string& language : drop.languages) {
    if (!HasIgnoringCase(language, merged.languages)) {
      merged.languages.push_back(language);
    }
  }
  if (drop.first_met_at &&
      (!keep.first_met_at || *drop.first_met_at < *keep.first_met_at)) {
    merged.first_met_at = drop.first_met_at;
    merged.first_met_event = drop.first_met_event;
  }
  if (!merged.first_met_event) merged.first_met_event = drop.first_met_event;
  if (!merged.rhythm_days) merged.rhythm_days = drop.rhythm_days;
  merged.created_at = std::min(keep.created_at, drop.created_at);
  merged.archived = keep.archived && drop.archived;
  return merged;
}

// Adds the kept vCard properties of `drop` that `keep` lacks to `keep`'s.
Status MergeKeptVCard(store::PersonStore& people, PersonId keep,
                      PersonId drop) {
  KNOTEN_ASSIGN_OR_RETURN(std::vector<std::string> kept,
                          people.KeptVCard(keep));
  KNOTEN_ASSIGN_OR_RETURN(const std::vector<std::string> dropped,
                          people.KeptVCard(drop));
  return people.SetKeptVCard(
      keep, interop::UnionOfKeptLines(std::move(kept), dropped));
}

}  // namespace

std::string_view DuplicateReasonName(DuplicateReason reason) {
  switch (reason) {
    case DuplicateReason::kEmail:
      return "email";
    case DuplicateReason::kPhone:
      return "phone";
    case DuplicateReason::kName:
      return "name";
  }
  return "name";
}

Result<std::vector<DuplicateCandidate>> FindDuplicates(Context& ctx) {
  std::vector<core::Person> people;
  KNOTEN_RETURN_IF_ERROR(ForEachPerson(ctx, {.include_archived = true}, {},
                                       [&people](const core::Person& person) {
                                         people.push_back(person);
                                         return OkStatus();
                                       }));
  return Candidates(people);
}

Result<MergedPeople> MergePeople(Context& ctx, PersonId keep, PersonId drop) {
  if (keep == drop) {
    return InvalidArgumentError(
        "Give two different people: a person cannot be merged with "
        "themselves.");
  }
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<MergedPeople> {
    store::PersonStore& people = tx.people();
    KNOTEN_ASSIGN_OR_RETURN(const core::Person kept, people.Get(keep));
    KNOTEN_ASSIGN_OR_RETURN(const core::Person dropped, people.Get(drop));
    core::Person merged = Merged(kept, dropped);
    merged.updated_at = ctx.clock.Now();
    KNOTEN_ASSIGN_OR_RETURN(merged, core::ValidatePerson(std::move(merged)));
    KNOTEN_RETURN_IF_ERROR(people.Update(merged));
    KNOTEN_RETURN_IF_ERROR(MergeKeptVCard(people, keep, drop));
    MergedPeople result{.person = merged, .removed = drop};
    KNOTEN_ASSIGN_OR_RETURN(result.moved, people.MoveReferences(drop, keep));
    KNOTEN_RETURN_IF_ERROR(people.Delete(drop));
    return result;
  });
}

}  // namespace knoten::app
