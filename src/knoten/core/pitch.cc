#include "knoten/core/pitch.h"

#include <string>
#include <utility>

#include "knoten/core/enum_names.h"
#include "knoten/core/field_rules.h"

namespace knoten::core {
namespace {

constexpr EnumTable<TooEarlyReason, 2> kTooEarlyReasonNames = {{
    {TooEarlyReason::kLittleTrust, "little_trust"},
    {TooEarlyReason::kWeakChemistry, "weak_chemistry"},
}};

}  // namespace

std::string_view TooEarlyReasonName(TooEarlyReason reason) {
  return EnumName(kTooEarlyReasonNames, reason);
}

Result<Pitch> ValidatePitch(Pitch pitch) {
  if (!pitch.person_id.is_valid()) {
    return InvalidArgumentError("A pitch needs a person; give their id.");
  }
  KNOTEN_RETURN_IF_ERROR(CheckText("about", pitch.about));
  if (pitch.about.empty()) {
    return InvalidArgumentError(
        "Say what you offered (--about TEXT), so that you remember it.");
  }
  return pitch;
}

std::vector<TooEarlyReason> TooEarlyReasons(double trust,
                                            std::optional<double> chemistry) {
  std::vector<TooEarlyReason> reasons;
  if (trust < kPitchMinTrust) reasons.push_back(TooEarlyReason::kLittleTrust);
  if (chemistry && *chemistry < kPitchMinChemistry) {
    reasons.push_back(TooEarlyReason::kWeakChemistry);
  }
  return reasons;
}

std::string TooEarlyReasonText(TooEarlyReason reason, double trust,
                               std::optional<double> chemistry, Lang lang) {
  const bool de = lang == Lang::kDe;
  if (reason == TooEarlyReason::kLittleTrust) {
    const std::string level = FormatFixed2(trust, lang);
    const std::string needed = FormatFixed2(kPitchMinTrust, lang);
    return de ? "Das Vertrauen liegt bei " + level +
                    ": Ihr lernt euch noch kennen (eine Arbeitsbeziehung "
                    "beginnt bei " +
                    needed + ")."
              : "Trust is " + level +
                    ": you are still getting to know each other (a working "
                    "relationship starts at " +
                    needed + ").";
  }
  const std::string level = FormatFixed2(chemistry.value_or(0), lang);
  return de ? "Die Chemie schätzt du auf " + level +
                  ": Ein Angebot überzeugt erst, wenn sie stimmt."
            : "You judged the chemistry at " + level +
                  ": an offer convinces only once it is right.";
}

}  // namespace knoten::core
