#include "knoten/core/network_report.h"

#include <algorithm>
#include <cmath>

namespace knoten::core {

Result<Period> ValidatePeriod(Period period) {
  if (!(period.from < period.until)) {
    return InvalidArgumentError("the period must begin before it ends (" +
                                FormatIsoTimestamp(period.from) + " to " +
                                FormatIsoTimestamp(period.until) + ")");
  }
  return period;
}

Period LastYear(Timestamp now) {
  return {.from = Timestamp::FromUnixSeconds(now.unix_seconds() -
                                             365 * kSecondsPerDay),
          .until = now};
}

int64_t FeeInPeriod(int64_t yearly_fee_cents,
                    std::optional<Timestamp> member_since,
                    const Period& period) {
  const Timestamp begin =
      member_since ? std::max(*member_since, period.from) : period.from;
  if (!(begin < period.until)) return 0;
  const double days =
      static_cast<double>(period.until.unix_seconds() - begin.unix_seconds()) /
      kSecondsPerDay;
  return std::llround(static_cast<double>(yearly_fee_cents) * days / 365.0);
}

bool Deepened(double trust_before, double trust_after) {
  // The rounding guard keeps an exact rise of kDeepenedMinRise counting.
  return trust_after - trust_before >= kDeepenedMinRise - 1e-9;
}

void NetworkReport::AddEvent(const Event& event) {
  ++events;
  hours += event.duration_minutes / 60.0;
  if (event.currency == currency) {
    money_cents += event.cost_cents;
  } else if (event.cost_cents != 0) {
    other_money_cents[event.currency] += event.cost_cents;
  }
}

int64_t NetworkReport::Referrals() const {
  const auto referral = static_cast<size_t>(LedgerKind::kReferral);
  return balance.given.by_kind.at(referral) +
         balance.received.by_kind.at(referral);
}

}  // namespace knoten::core
