// Network report (Netzwerk-Bilanz, C10): what one network cost the user and
// brought them over a period, so that networks compare: hours and money
// spent, people met, relationships that deepened, give and take with its
// people, introductions, referrals and business won, and the expertise fit
// (how many of its people's needs the user's offers meet and how many of
// the user's needs its people's offers meet). docs/network-report.md gives
// every rule with an example.
//
// Thread-safety: plain value types and pure functions.

#ifndef KNOTEN_CORE_NETWORK_REPORT_H_
#define KNOTEN_CORE_NETWORK_REPORT_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"
#include "knoten/core/balance.h"
#include "knoten/core/event.h"

namespace knoten::core {

// A period from `from` to `until`, both included, so that what happened
// "now" counts in a period that ends now.
struct Period {
  Timestamp from;
  Timestamp until;

  bool Contains(Timestamp t) const { return from <= t && t <= until; }
};

// kInvalidArgument unless from < until.
Result<Period> ValidatePeriod(Period period);

// The default period: the year before `now`.
Period LastYear(Timestamp now);

// The part of a yearly fee that falls into `period` for a membership since
// `member_since` (empty: since before the period), in whole cents, pro rata
// by day on a 365-day year.
int64_t FeeInPeriod(int64_t yearly_fee_cents,
                    std::optional<Timestamp> member_since,
                    const Period& period);

// A relationship deepened when trust rose by at least this much over the
// period; a rise below it is noise of the monthly steps (docs/trust.md).
inline constexpr double kDeepenedMinRise = 0.05;
bool Deepened(double trust_before, double trust_after);

// Counted with the matching engine at the time of the report; the period
// does not apply.
struct ExpertiseFit {
  int64_t my_offers_meet_needs = 0;  // of their active needs ...
  int64_t their_needs = 0;           // ... out of these
  int64_t my_needs_met = 0;          // of my active needs ...
  int64_t my_needs = 0;              // ... out of these
};

struct NetworkReport {
  NetworkId network_id;
  std::string name;
  std::string currency;     // the network's; `money_cents` is in it
  bool member = false;      // the user is a member (pays the fee)
  int64_t events = 0;       // in the period
  double hours = 0;         // the events' durations
  int64_t money_cents = 0;  // the fee's share and the events' costs
  // Event costs in other currencies than the network's, by currency.
  std::map<std::string, int64_t> other_money_cents;
  int64_t people = 0;         // the network's people (members, attendees, ...)
  int64_t people_met = 0;     // met at its events in the period
  int64_t deepened = 0;       // its people whose trust rose (Deepened)
  Balance balance;            // ledger entries with its people in the period
  int64_t introductions = 0;  // made in the period, one side its person
  ExpertiseFit expertise_fit;

  // Adds one event of the network (the caller checks the period): its
  // hours and its cost.
  void AddEvent(const Event& event);
  // Referrals given and received in the period.
  int64_t Referrals() const;
};

}  // namespace knoten::core

#endif  // KNOTEN_CORE_NETWORK_REPORT_H_
