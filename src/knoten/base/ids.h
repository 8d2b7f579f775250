// Strong integer ids: a PersonId cannot be passed where an EventId is
// expected. Ids are positive; a default-constructed id (0) means "not stored
// yet".
//
// Thread-safety: plain value types.

#ifndef KNOTEN_BASE_IDS_H_
#define KNOTEN_BASE_IDS_H_

#include <compare>
#include <cstdint>
#include <functional>

namespace knoten {

template <typename Tag>
class Id {
 public:
  constexpr Id() = default;
  constexpr explicit Id(int64_t value) : value_(value) {}

  constexpr int64_t value() const { return value_; }
  constexpr bool is_valid() const { return value_ > 0; }

  // NOLINTNEXTLINE(modernize-use-nullptr): false positive on defaulted <=>.
  friend constexpr auto operator<=>(Id, Id) = default;

 private:
  int64_t value_ = 0;
};

using PersonId = Id<struct PersonTag>;
using AccountId = Id<struct AccountTag>;
using OfferId = Id<struct OfferTag>;
using NeedId = Id<struct NeedTag>;
using NetworkId = Id<struct NetworkTag>;
using MembershipId = Id<struct MembershipTag>;
using EventId = Id<struct EventTag>;
using EncounterId = Id<struct EncounterTag>;
using LedgerEntryId = Id<struct LedgerEntryTag>;
using IntroductionId = Id<struct IntroductionTag>;
using PromiseId = Id<struct PromiseTag>;
using FollowUpId = Id<struct FollowUpTag>;
using PitchId = Id<struct PitchTag>;

}  // namespace knoten

template <typename Tag>
struct std::hash<knoten::Id<Tag>> {
  size_t operator()(knoten::Id<Tag> id) const noexcept {
    return std::hash<int64_t>{}(id.value());
  }
};

#endif  // KNOTEN_BASE_IDS_H_
