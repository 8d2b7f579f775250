// Judgement (Einschätzung): the user's own view of a person's competence or
// of the chemistry between them, 0 to 1 (entered as a level or as one of
// five steps), with optional evidence. Two of the four factors of client
// fit (core/client_fit.h); knoten never guesses them.
//
// Thread-safety: plain value types and pure functions.

#ifndef KNOTEN_CORE_JUDGEMENT_H_
#define KNOTEN_CORE_JUDGEMENT_H_

#include <string>
#include <string_view>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"

namespace knoten::core {

enum class JudgementFactor { kCompetence, kChemistry };
std::string_view JudgementFactorName(JudgementFactor factor);
Result<JudgementFactor> ParseJudgementFactor(std::string_view text);

// What the judgement rests on.
enum class JudgementEvidence {
  kNone,
  kSeenWork,        // the user has seen their work
  kRecommended,     // recommended by a trusted contact
  kWorkedTogether,  // the user has worked with them
};
std::string_view JudgementEvidenceName(JudgementEvidence evidence);
Result<JudgementEvidence> ParseJudgementEvidence(std::string_view text);

struct Judgement {
  PersonId person_id;
  JudgementFactor factor = JudgementFactor::kCompetence;
  double value = 0;  // 0..1
  JudgementEvidence evidence = JudgementEvidence::kNone;
  std::string note;  // the user's own words, e.g. who recommended them
  Timestamp judged_at;
};

// The number of steps of the scale ("4/5").
inline constexpr int kJudgementSteps = 5;

// Reads a level between 0 and 1 ("0.8", also "0,8") or a step of five
// ("4/5" is 0.8); kInvalidArgument otherwise.
Result<double> ParseJudgementValue(std::string_view text);

// Returns `judgement` with its note trimmed, or kInvalidArgument (no person,
// value outside 0..1, bad note).
Result<Judgement> ValidateJudgement(Judgement judgement);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_JUDGEMENT_H_
