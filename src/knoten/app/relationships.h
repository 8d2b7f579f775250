// The relationship figures of everyone at once (C5, C8, C9): for each
// person not archived, what their page shows (trust, the give and take,
// keeping in touch, client fit), from one read of the whole history, not
// one page at a time: `knoten relationships`, GET /api/v1/relationships,
// and measured in bench/relationship_bench.cc.
//
// Thread-safety: as the Context's store.

#ifndef KNOTEN_APP_RELATIONSHIPS_H_
#define KNOTEN_APP_RELATIONSHIPS_H_

#include <string>
#include <string_view>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/app/match_index.h"
#include "knoten/app/suggestions.h"
#include "knoten/core/balance.h"
#include "knoten/core/client_fit.h"
#include "knoten/core/keep_in_touch.h"
#include "knoten/core/trust.h"
#include "knoten/store/list_options.h"

namespace knoten::app {

struct PersonFigures {
  PersonId person_id;
  std::string person_name;
  core::Trust trust;
  core::Balance balance;  // all time
  core::Touch touch;
  core::ClientFit client_fit;
};

// Everyone not archived at the clock's now, by id, with the same figures
// as ShowPerson gives one by one; the client fit's "fit" from `index`.
Result<std::vector<PersonFigures>> FiguresOfEveryone(Context& ctx,
                                                     MatchIndex& index);
// The same with an index of its own, matching with `lexicon`'s word lists
// (asked for only when the user has offers and someone has needs).
Result<std::vector<PersonFigures>> FiguresOfEveryone(
    Context& ctx, const LexiconSource& lexicon = {});

// The orders of the relationships list, each best first; ties by name
// (ignoring case), then id.
enum class RelationshipOrder {
  kTrust,        // the most trusted
  kClientFit,    // the highest client fit; not yet judged last, by trust
  kBalance,      // where the user received most beyond what they gave
  kKeepInTouch,  // the most overdue contact; without a rhythm last
};
// "trust", "client_fit", "balance", "keep_in_touch": the names in the CLI
// and the API.
std::string_view RelationshipOrderName(RelationshipOrder order);
Result<RelationshipOrder> ParseRelationshipOrder(std::string_view name);

// FiguresOfEveryone in `order`, one page of it.
Result<store::Page<PersonFigures>> ListRelationships(
    Context& ctx, RelationshipOrder order, const store::Paging& paging,
    MatchIndex& index);
Result<store::Page<PersonFigures>> ListRelationships(
    Context& ctx, RelationshipOrder order, const store::Paging& paging,
    const LexiconSource& lexicon = {});

}  // namespace knoten::app

#endif  // KNOTEN_APP_RELATIONSHIPS_H_
