#include "knoten/core/network.h"

#include <utility>
#include <vector>

#include "knoten/core/enum_names.h"
#include "knoten/core/field_rules.h"

namespace knoten::core {
namespace {

constexpr EnumTable<NetworkKind, 8> kNetworkKindNames = {{
    {NetworkKind::kReferralGroup, "referral_group"},
    {NetworkKind::kBusinessNetwork, "business_network"},
    {NetworkKind::kChamber, "chamber"},
    {NetworkKind::kAssociation, "association"},
    {NetworkKind::kCoworking, "coworking"},
    {NetworkKind::kOnline, "online"},
    {NetworkKind::kAlumni, "alumni"},
    {NetworkKind::kOther, "other"},
}};

constexpr EnumTable<Cadence, 6> kCadenceNames = {{
    {Cadence::kWeekly, "weekly"},
    {Cadence::kBiweekly, "biweekly"},
    {Cadence::kMonthly, "monthly"},
    {Cadence::kQuarterly, "quarterly"},
    {Cadence::kYearly, "yearly"},
    {Cadence::kIrregular, "irregular"},
}};

}  // namespace

std::string_view NetworkKindName(NetworkKind kind) {
  return EnumName(kNetworkKindNames, kind);
}
Result<NetworkKind> ParseNetworkKind(std::string_view text) {
  return ParseEnumName(kNetworkKindNames, text, "network kind");
}
std::string_view CadenceName(Cadence cadence) {
  return EnumName(kCadenceNames, cadence);
}
Result<Cadence> ParseCadence(std::string_view text) {
  return ParseEnumName(kCadenceNames, text, "cadence");
}

Result<Network> ValidateNetwork(Network network) {
  KNOTEN_RETURN_IF_ERROR(CheckLine("name", network.name, true));
  if (!network.url.empty()) {
    std::vector<std::string> urls{network.url};
    KNOTEN_RETURN_IF_ERROR(CheckUrls(urls));
    network.url = urls.front();
  }
  KNOTEN_RETURN_IF_ERROR(CheckAmount("yearly_fee", network.yearly_fee_cents));
  KNOTEN_RETURN_IF_ERROR(CheckCurrency(network.currency));
  KNOTEN_RETURN_IF_ERROR(CheckText("notes", network.notes));
  return network;
}

Result<Membership> ValidateMembership(Membership membership) {
  if (!membership.network_id.is_valid()) {
    return InvalidArgumentError("A membership needs a network; give its id.");
  }
  KNOTEN_RETURN_IF_ERROR(CheckLine("role", membership.role, false));
  return membership;
}

}  // namespace knoten::core
