#include "knoten/core/ledger_entry.h"

#include <utility>

#include "knoten/core/enum_names.h"
#include "knoten/core/field_rules.h"

namespace knoten::core {
namespace {

constexpr EnumTable<Direction, 2> kDirectionNames = {{
    {Direction::kGiven, "given"},
    {Direction::kReceived, "received"},
}};

constexpr EnumTable<LedgerKind, 7> kLedgerKindNames = {{
    {LedgerKind::kTip, "tip"},
    {LedgerKind::kRecommendation, "recommendation"},
    {LedgerKind::kIntroduction, "introduction"},
    {LedgerKind::kReferral, "referral"},
    {LedgerKind::kHelp, "help"},
    {LedgerKind::kInvitation, "invitation"},
    {LedgerKind::kFeedback, "feedback"},
}};

constexpr EnumTable<ReferralStatus, 4> kReferralStatusNames = {{
    {ReferralStatus::kOpen, "open"},
    {ReferralStatus::kContacted, "contacted"},
    {ReferralStatus::kWon, "won"},
    {ReferralStatus::kLost, "lost"},
}};

}  // namespace

std::string_view DirectionName(Direction direction) {
  return EnumName(kDirectionNames, direction);
}
Result<Direction> ParseDirection(std::string_view text) {
  return ParseEnumName(kDirectionNames, text, "direction");
}
std::string_view LedgerKindName(LedgerKind kind) {
  return EnumName(kLedgerKindNames, kind);
}
Result<LedgerKind> ParseLedgerKind(std::string_view text) {
  return ParseEnumName(kLedgerKindNames, text, "ledger kind");
}
std::string_view ReferralStatusName(ReferralStatus status) {
  return EnumName(kReferralStatusNames, status);
}
Result<ReferralStatus> ParseReferralStatus(std::string_view text) {
  return ParseEnumName(kReferralStatusNames, text, "referral status");
}

Result<LedgerEntry> ValidateLedgerEntry(LedgerEntry entry) {
  if (!entry.person_id.is_valid()) {
    return InvalidArgumentError(
        "A ledger entry needs a counterpart; give the person's id.");
  }
  KNOTEN_RETURN_IF_ERROR(CheckText("text", entry.text));
  if (entry.kind == LedgerKind::kReferral) {
    if (!entry.referral_status) entry.referral_status = ReferralStatus::kOpen;
  } else if (entry.referral_status || entry.business_value_cents) {
    return InvalidArgumentError(
        "Only a referral has a status and a business value; use the kind "
        "referral or leave them out.");
  }
  if (entry.business_value_cents) {
    KNOTEN_RETURN_IF_ERROR(
        CheckAmount("business_value", *entry.business_value_cents));
  }
  KNOTEN_RETURN_IF_ERROR(CheckCurrency(entry.currency));
  return entry;
}

}  // namespace knoten::core
