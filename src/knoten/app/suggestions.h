// Suggestions from the matching engine (capability C7): who offers what I
// need (also for the clients I hold needs for), whose need my offers meet
// (a chance to help, never a sales target), introductions between two of my
// contacts whose need and offer meet and who are not yet introduced, and
// reciprocal pairs: a contact who offers what I need and needs what I
// offer, scored by the harmonic mean of both directions. A contact met in
// one direction only is listed in that direction's section, not as a pair.

#ifndef KNOTEN_APP_SUGGESTIONS_H_
#define KNOTEN_APP_SUGGESTIONS_H_

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/base/ids.h"
#include "knoten/match/pipeline.h"

namespace knoten::app {

// One need met by one offer. A person id is empty where the need or the
// offer is the user's own.
struct SuggestedMatch {
  NeedId need_id;
  std::string need_title;
  std::optional<PersonId> need_person;
  std::optional<PersonId> on_behalf_of;  // the client the need is held for
  OfferId offer_id;
  std::string offer_title;
  std::optional<PersonId> offer_person;
  double share = 0;  // how much of the need the offer covers, 0 to 1
  std::vector<match::MatchLink> why;
};

struct ReciprocalPair {
  PersonId person;
  SuggestedMatch they_offer;  // their offer, my need
  SuggestedMatch they_need;   // my offer, their need
  double score = 0;           // harmonic mean of both shares
};

struct Suggestions {
  std::vector<SuggestedMatch> for_my_needs;
  std::vector<SuggestedMatch> chances_to_help;
  std::vector<SuggestedMatch> introductions;
  std::vector<ReciprocalPair> reciprocal;
  std::map<PersonId, std::string> names;  // of every person named above

  // Keeps the first `n` of every section.
  void KeepFirst(size_t n);
};

struct SuggestOptions {
  // Offers considered per need, best first.
  size_t per_need = 3;
  // Matches covering less of the need than this are not suggested.
  double min_share = 0.25;
  // Keeps only the best this many of every section.
  std::optional<size_t> keep_first;
  // Asked between needs; when it answers true, Suggest stops with kAborted.
  std::function<bool()> cancelled;
};

// Gives the matching word lists when they are needed: loading them takes a
// while, and a network without both offers and needs never asks.
using LexiconSource = std::function<Result<match::Lexicon>()>;

class MatchIndex;

// Matches every active need against every active offer, in `index`'s index
// of every offer (kept there for the next run and the relationship
// figures). Reads the needs in one read transaction, matches outside it
// (the store is free meanwhile) and names the offers and people in
// another: a person deleted in between stays unnamed, a suggestion whose
// offer was deleted in between is left out.
// kUnavailable if the store fails; the word lists' error if they fail;
// kAborted if cancelled.
Result<Suggestions> Suggest(Context& ctx, MatchIndex& index,
                            const SuggestOptions& options = {});
// The same with an index of its own, dropped after.
Result<Suggestions> Suggest(Context& ctx, const LexiconSource& lexicon,
                            const SuggestOptions& options = {});
Result<Suggestions> Suggest(Context& ctx, const match::Lexicon& lexicon,
                            const SuggestOptions& options = {});

}  // namespace knoten::app

#endif  // KNOTEN_APP_SUGGESTIONS_H_
