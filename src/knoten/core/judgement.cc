#include "knoten/core/judgement.h"

#include <charconv>
#include <cmath>
#include <string>
#include <system_error>

#include "knoten/base/text.h"
#include "knoten/core/enum_names.h"
#include "knoten/core/field_rules.h"

namespace knoten::core {
namespace {

constexpr EnumTable<JudgementFactor, 2> kJudgementFactorNames = {{
    {JudgementFactor::kCompetence, "competence"},
    {JudgementFactor::kChemistry, "chemistry"},
}};

constexpr EnumTable<JudgementEvidence, 4> kJudgementEvidenceNames = {{
    {JudgementEvidence::kNone, "none"},
    {JudgementEvidence::kSeenWork, "seen_work"},
    {JudgementEvidence::kRecommended, "recommended"},
    {JudgementEvidence::kWorkedTogether, "worked_together"},
}};

Error BadValue(std::string_view text) {
  return InvalidArgumentError(
      "'" + std::string(text) +
      "' is not a judgement; give a level between 0 and 1 (e.g. 0.8) or a "
      "step of five (e.g. 4/5).");
}

// Digits with at most one decimal point or comma, nothing else.
bool IsPlainDecimal(std::string_view text) {
  bool point = false;
  bool digit = false;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if ((c == '.' || c == ',') && !point) {
      point = true;
    } else {
      return false;
    }
  }
  return digit;
}

}  // namespace

std::string_view JudgementFactorName(JudgementFactor factor) {
  return EnumName(kJudgementFactorNames, factor);
}
Result<JudgementFactor> ParseJudgementFactor(std::string_view text) {
  return ParseEnumName(kJudgementFactorNames, text, "judgement factor");
}
std::string_view JudgementEvidenceName(JudgementEvidence evidence) {
  return EnumName(kJudgementEvidenceNames, evidence);
}
Result<JudgementEvidence> ParseJudgementEvidence(std::string_view text) {
  return ParseEnumName(kJudgementEvidenceNames, text, "kind of evidence");
}

Result<double> ParseJudgementValue(std::string_view text) {
  const std::string_view trimmed = Trim(text);
  if (const size_t slash = trimmed.find('/'); slash != std::string_view::npos) {
    const std::string_view step = trimmed.substr(0, slash);
    const std::string_view of = trimmed.substr(slash + 1);
    if (step.size() != 1 || of != "5" || step[0] < '1' || step[0] > '5') {
      return BadValue(text);
    }
    return static_cast<double>(step[0] - '0') / kJudgementSteps;
  }
  if (!IsPlainDecimal(trimmed)) return BadValue(text);
  std::string decimal(trimmed);
  for (char& c : decimal) {
    if (c == ',') c = '.';
  }
  double value = 0;
  const auto [end, error] =
      std::from_chars(decimal.data(), decimal.data() + decimal.size(), value);
  if (error != std::errc() || end != decimal.data() + decimal.size() ||
      value > 1) {
    return BadValue(text);
  }
  return value;
}

Result<Judgement> ValidateJudgement(Judgement judgement) {
  if (!judgement.person_id.is_valid()) {
    return InvalidArgumentError("A judgement needs a person; give their id.");
  }
  if (!std::isfinite(judgement.value) || judgement.value < 0 ||
      judgement.value > 1) {
    return InvalidArgumentError("A judgement is a level between 0 and 1.");
  }
  KNOTEN_RETURN_IF_ERROR(CheckText("note", judgement.note));
  return judgement;
}

}  // namespace knoten::core
