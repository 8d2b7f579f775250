// Network (Netzwerk): a group the user is in or watches, with what it costs;
// Membership (Mitgliedschaft): the user or a person in a network.
//
// Thread-safety: plain value types and pure functions.

#ifndef KNOTEN_CORE_NETWORK_H_
#define KNOTEN_CORE_NETWORK_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"

namespace knoten::core {

enum class NetworkKind {
  kReferralGroup,    // BNI-style chapter with referral focus
  kBusinessNetwork,  // e.g. a women's business network
  kChamber,          // IHK/HWK round tables
  kAssociation,      // professional association
  kCoworking,
  kOnline,
  kAlumni,
  kOther,
};
std::string_view NetworkKindName(NetworkKind kind);
Result<NetworkKind> ParseNetworkKind(std::string_view text);

enum class Cadence {
  kWeekly,
  kBiweekly,
  kMonthly,
  kQuarterly,
  kYearly,
  kIrregular,
};
std::string_view CadenceName(Cadence cadence);
Result<Cadence> ParseCadence(std::string_view text);

struct Network {
  NetworkId id;
  std::string name;
  NetworkKind kind = NetworkKind::kOther;
  std::string url;
  int64_t yearly_fee_cents = 0;
  std::string currency = "EUR";
  Cadence cadence = Cadence::kIrregular;
  std::string notes;
  Timestamp created_at;
};

// Returns `network` normalised or kInvalidArgument (empty name, negative fee,
// bad currency or URL).
Result<Network> ValidateNetwork(Network network);

struct Membership {
  MembershipId id;
  NetworkId network_id;
  std::optional<PersonId> person_id;  // empty: the user
  std::optional<Timestamp> since;
  std::string role;  // e.g. "member", "organiser", "guest"
};

Result<Membership> ValidateMembership(Membership membership);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_NETWORK_H_
