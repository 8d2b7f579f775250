// Judging people: the user's view of a person's competence and of the
// chemistry between them, two of the four factors of client fit.
//
// Thread-safety: as the Context's store.

#ifndef KNOTEN_APP_JUDGEMENTS_H_
#define KNOTEN_APP_JUDGEMENTS_H_

#include <vector>

#include "knoten/app/context.h"
#include "knoten/core/judgement.h"

namespace knoten::app {

// Creates or replaces the judgement of `judgement.factor` for the person,
// judged now. Returns all of the person's judgements, competence first.
// kInvalidArgument if it does not validate; kNotFound if there is no such
// person.
Result<std::vector<core::Judgement>> JudgePerson(Context& ctx,
                                                 core::Judgement judgement);

// Takes a judgement back; returns the person's judgements that are left.
// kNotFound if there is no such person.
Result<std::vector<core::Judgement>> ForgetJudgement(
    Context& ctx, PersonId person_id, core::JudgementFactor factor);

}  // namespace knoten::app

#endif  // KNOTEN_APP_JUDGEMENTS_H_
