#include "knoten/core/introduction.h"

#include <string>
#include <utility>

#include "knoten/core/enum_names.h"
#include "knoten/core/field_rules.h"

namespace knoten::core {
namespace {

constexpr EnumTable<IntroductionStatus, 4> kIntroductionStatusNames = {{
    {IntroductionStatus::kProposed, "proposed"},
    {IntroductionStatus::kAsked, "asked"},
    {IntroductionStatus::kMade, "made"},
    {IntroductionStatus::kDeclined, "declined"},
}};

}  // namespace

std::string_view IntroductionStatusName(IntroductionStatus status) {
  return EnumName(kIntroductionStatusNames, status);
}
Result<IntroductionStatus> ParseIntroductionStatus(std::string_view text) {
  return ParseEnumName(kIntroductionStatusNames, text, "introduction status");
}

Result<Introduction> ValidateIntroduction(Introduction intro) {
  if (!intro.person_a.is_valid() || !intro.person_b.is_valid()) {
    return InvalidArgumentError(
        "An introduction needs two people; give both ids.");
  }
  if (intro.person_a == intro.person_b) {
    return InvalidArgumentError(
        "A person cannot be introduced to themself; choose two different "
        "people.");
  }
  KNOTEN_RETURN_IF_ERROR(CheckText("notes", intro.notes));
  return intro;
}

Status CheckIntroductionTransition(IntroductionStatus from,
                                   IntroductionStatus to) {
  if (from == to) return OkStatus();
  const bool allowed = (from == IntroductionStatus::kProposed &&
                        to != IntroductionStatus::kProposed) ||
                       (from == IntroductionStatus::kAsked &&
                        (to == IntroductionStatus::kMade ||
                         to == IntroductionStatus::kDeclined));
  if (!allowed) {
    return FailedPreconditionError(
        "An introduction that is " + std::string(IntroductionStatusName(from)) +
        " cannot become " + std::string(IntroductionStatusName(to)) +
        "; propose a new introduction instead.");
  }
  return OkStatus();
}

std::array<LedgerEntry, 2> LedgerEntriesForMadeIntroduction(
    const Introduction& intro, Timestamp made_at) {
  std::array<LedgerEntry, 2> entries;
  const std::array<PersonId, 2> people = {intro.person_a, intro.person_b};
  for (size_t i = 0; i < 2; ++i) {
    entries[i].occurred_at = made_at;
    entries[i].direction = Direction::kGiven;
    entries[i].kind = LedgerKind::kIntroduction;
    entries[i].person_id = people[i];
    entries[i].introduction_id = intro.id;
    entries[i].text = intro.notes;
  }
  return entries;
}

}  // namespace knoten::core
