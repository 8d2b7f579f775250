// Client fit (the seed's "many ANDs"): someone becomes a good client or
// partner only with trust AND competence AND chemistry AND fit. Trust comes
// from the history (core/trust.h), competence and chemistry are the user's
// judgement (core/judgement.h), fit comes from the matching engine (how much
// of their needs the user's offers cover). The weakest factor decides:
// the level is the minimum, so no strength makes up for a weakness, and it
// stays unknown while competence or chemistry is not yet judged.
// docs/client-fit.md explains it with examples.
//
// Thread-safety: plain value types and pure functions.

#ifndef KNOTEN_CORE_CLIENT_FIT_H_
#define KNOTEN_CORE_CLIENT_FIT_H_

#include <optional>
#include <string_view>
#include <vector>

#include "knoten/core/judgement.h"

namespace knoten::core {

enum class FitFactor { kTrust, kCompetence, kChemistry, kFit };
// "trust", "competence", "chemistry", "fit": the names in JSON.
std::string_view FitFactorName(FitFactor factor);

struct ClientFit {
  double trust = 0;
  std::optional<double> competence;  // empty: not yet judged
  std::optional<double> chemistry;   // empty: not yet judged
  double fit = 0;
  // The minimum of the four; empty while a factor is not judged.
  std::optional<double> level;
  // The lowest of the known factors (the first in the order above on a tie);
  // while competence or chemistry is unjudged, the lowest of the others.
  FitFactor weakest = FitFactor::kTrust;
};

// Every factor is clamped to 0..1.
ClientFit ComputeClientFit(double trust, std::optional<double> competence,
                           std::optional<double> chemistry, double fit);
// The same with competence and chemistry from one person's `judgements`.
ClientFit ComputeClientFit(double trust,
                           const std::vector<Judgement>& judgements,
                           double fit);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_CLIENT_FIT_H_
