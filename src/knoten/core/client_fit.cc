#include "knoten/core/client_fit.h"

#include <algorithm>
#include <array>
#include <utility>

#include "knoten/core/enum_names.h"

namespace knoten::core {
namespace {

constexpr EnumTable<FitFactor, 4> kFitFactorNames = {{
    {FitFactor::kTrust, "trust"},
    {FitFactor::kCompetence, "competence"},
    {FitFactor::kChemistry, "chemistry"},
    {FitFactor::kFit, "fit"},
}};

double Clamp(double x) { return std::clamp(x, 0.0, 1.0); }

std::optional<double> Clamp(std::optional<double> x) {
  if (!x) return std::nullopt;
  return Clamp(*x);
}

}  // namespace

std::string_view FitFactorName(FitFactor factor) {
  return EnumName(kFitFactorNames, factor);
}

ClientFit ComputeClientFit(double trust, std::optional<double> competence,
                           std::optional<double> chemistry, double fit) {
  ClientFit result{.trust = Clamp(trust),
                   .competence = Clamp(competence),
                   .chemistry = Clamp(chemistry),
                   .fit = Clamp(fit)};
  const std::array<std::pair<FitFactor, std::optional<double>>, 4> factors = {{
      {FitFactor::kTrust, result.trust},
      {FitFactor::kCompetence, result.competence},
      {FitFactor::kChemistry, result.chemistry},
      {FitFactor::kFit, result.fit},
  }};
  double lowest = 2;
  bool all_known = true;
  for (const auto& [factor, value] : factors) {
    if (!value) {
      all_known = false;
    } else if (*value < lowest) {
      lowest = *value;
      result.weakest = factor;
    }
  }
  if (all_known) result.level = lowest;
  return result;
}

ClientFit ComputeClientFit(double trust,
                           const std::vector<Judgement>& judgements,
                           double fit) {
  std::optional<double> competence;
  std::optional<double> chemistry;
  for (const Judgement& j : judgements) {
    (j.factor == JudgementFactor::kCompetence ? competence : chemistry) =
        j.value;
  }
  return ComputeClientFit(trust, competence, chemistry, fit);
}

}  // namespace knoten::core
