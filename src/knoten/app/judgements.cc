#include "knoten/app/judgements.h"

#include <utility>

namespace knoten::app {

Result<std::vector<core::Judgement>> JudgePerson(Context& ctx,
                                                 core::Judgement judgement) {
  judgement.judged_at = ctx.clock.Now();
  KNOTEN_ASSIGN_OR_RETURN(judgement,
                          core::ValidateJudgement(std::move(judgement)));
  return InWrite(
      ctx, [&](store::Transaction& tx) -> Result<std::vector<core::Judgement>> {
        KNOTEN_RETURN_IF_ERROR(tx.judgements().Put(judgement));
        return tx.judgements().Of(judgement.person_id);
      });
}

Result<std::vector<core::Judgement>> ForgetJudgement(
    Context& ctx, PersonId person_id, core::JudgementFactor factor) {
  return InWrite(
      ctx, [&](store::Transaction& tx) -> Result<std::vector<core::Judgement>> {
        KNOTEN_RETURN_IF_ERROR(tx.people().Get(person_id));
        KNOTEN_RETURN_IF_ERROR(tx.judgements().Remove(person_id, factor));
        return tx.judgements().Of(person_id);
      });
}

}  // namespace knoten::app
